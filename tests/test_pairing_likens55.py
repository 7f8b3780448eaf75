"""Issue 14, false pairs on negatives: English the writer introduces as another text the Arabic reminds them of
("Reminds me of my textbook example: Thus, it is much more challenging to control the epidemic of SARS-CoV-2 ...") shares
its names and topic, so the word evidence read it as a translation; and English run on after "can't help with that one."
answers nothing. A translation after a comparison made in a sentence of its own, or after an ordinary "I can't help
you.", keeps its pair."""

from __future__ import annotations

import itertools

from test_pairing import make_thread

from bilingual.pairing import pairs
from bilingual.pairing.cues import introduces, likens

# (Arabic, another sentence on the same topic sharing its names, the Arabic's translation)
SENTENCES = [
    ("يفسر هذا جزئيًّا سبب انتشار سارس-كوف-2 بشكل أسرع وأوسع بكثير من سارس-كوف.",
     "Thus, it is much more challenging to control the epidemic of SARS-CoV-2 than those of MERS-CoV and SARS-CoV.",
     "This partly explains why SARS-CoV-2 spread faster and much wider than SARS-CoV."),
    ("بالرغم من ذلك، فقد اكتُشف أن إعطاء ريمديسيفير، وهو نظير نيوكليتيدي، وريديًّا كان فعالًا مع مريض كوفيد-19 أمريكي.",
     "Based on this, plasma was collected from the blood of a group of patients who recovered from COVID-19 and was injected into 10 seriously ill patients.",
     "However, intravenous administration with remdesivir, a nucleotide analog, has been found to be efficacious in an American patient with COVID-19."),
    ("في 11 مارس، أعلنت منظمة الصحة العالمية تفشي كورونا فيروس كجائحة.",
     "On 11 March, Italy closed all shops except supermarkets and pharmacies because of the coronavirus.",
     "On 11 March, the World Health Organization declared the coronavirus outbreak a pandemic."),
]
LIKENED = ["Reminds me of my textbook example: {E}", "Kind of like the sentence in our reader: {E}", "Similar to what my teacher wrote: {E}",
           "reminds me of this one from class - {E}"]
DECLINED = ["can't help with that one. {E}", "Can't help with that one, sorry. {E}", "I can't help you with this one. {E}"]


def _paired(rows: list[tuple[str, str | None, str, str]]) -> bool:
    """Whether the passage of comment 1 is paired."""
    return any(p.translation is not None for p in pairs(make_thread(rows)) if p.passage.location.comment == "1")


def test_likens():
    """A likening lead on the English's line and in its sentence; one ended before a translation, or none, is not."""
    for text in [w.format(E="Sami left early.") for w in LIKENED]:
        assert likens(text, text.index("Sami")), text
    for text in ["Reminds me of my grandma. Translation: Sami left early.", "Translation: Sami left early.", "It is similar. Sami left early."]:
        assert not likens(text, text.index("Sami")), text


def test_can_not_help_with_that_one():
    """"can't help with that one" is a non-answer, and the English run on after it is none either; "I can't help you." and
    "I can't help with the cooking." may be translations."""
    for lead in ["can't help with that one.", "I can't help you with this one, sorry.", "Can't help with that one lol."]:
        text = lead + " Based on this, plasma was collected."
        assert introduces(text, 0, len(lead)) and introduces(text, len(lead) + 1, len(text)), lead
    for lead in ["I can't help you.", "I can't help with the cooking."]:
        text = lead + " Based on this, plasma was collected."
        assert not introduces(text, 0, len(lead)) and not introduces(text, len(lead) + 1, len(text)), lead


def test_another_text_is_no_translation():
    """The other sentence after a likening lead, as a reply to a learner's post, and run on after a non-answer to a request:
    none paired (before: 8 of 12 and 6 of 9)."""
    likened = sum(_paired([("1", None, "A", "Practising my Arabic! Please correct me 🙏\n" + ar), ("2", "1", "B", w.format(E=other))])
                  for (ar, other, _), w in itertools.product(SENTENCES, LIKENED))
    declined = sum(_paired([("1", None, "A", ar), ("2", "1", "B", "would love a translation of this"), ("3", "2", "C", w.format(E=other))])
                   for (ar, other, _), w in itertools.product(SENTENCES, DECLINED))
    print(f"paired: {likened} of 12 likened, {declined} of 9 declined")
    assert likened == 0 and declined == 0


def test_translations_keep_their_pairs():
    """The translation after a comparison in a sentence of its own, introduced or plain, and after "I can't help you." """
    for (ar, _, tr), lead in itertools.product(SENTENCES, ["Reminds me of my grandma. Translation: ", "Translation: ", ""]):
        assert _paired([("1", None, "A", "Practising my Arabic! Please correct me 🙏\n" + ar), ("2", "1", "B", lead + tr)]), lead + tr
