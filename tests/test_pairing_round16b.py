"""Issue 14, forty-fifth round: round 16's tuned half again, each form probed with wordings of its own (not the round's):
chat's "it's" written without its apostrophe after chat markers ("lol its the storm caused ..."), X's "Replying to @a @b"
header over an answer, a lead handing the answer over ("Here you go: "), a machine translation named as the source
("According to google it's "), more ways of asking, a reply's quote of the request, a lead's clause about those who
asked, a word to the asker after an address ("@ben_w Sure thing."). The share of probes paired exactly is printed
(``-s``) and held to a floor."""

from __future__ import annotations

import itertools

from test_pairing import make_thread
from test_pairing_leads17 import PLAIN, _answer

from bilingual.pairing import pairs
from bilingual.pairing.cues import introduces, is_request, marked
from bilingual.pairing.edges import extra_lead


def _lower(english: str) -> str:
    """The translation as a careless chat reply writes it: lower case, no full stop."""
    return english.lower().rstrip(".!?")


def _share(cases: list[tuple[str, str, str]]) -> float:
    """The share of ``cases`` (arabic, answer, english) whose pair is the English, from its first word to its last."""
    return sum([p.translation_text for p in _answer(arabic, answer)] == [english] for arabic, answer, english in cases) / len(cases)


MARKERS = ["lol", "ok so", "lmao", "haha ok", "okay", "k", "lol ok", "ok"]


def _apostrophe_dropped() -> list[tuple[str, str, str]]:
    """Chat markers, then "its" for "it's", then the translation in lower case."""
    cases = []
    for k, marker in enumerate(MARKERS):
        for j in range(3):
            arabic, english = PLAIN[(3 * k + j) % len(PLAIN)]
            cases.append((arabic, f"{marker} its {_lower(english)}", _lower(english)))
    return cases


def test_its_without_its_apostrophe_is_a_copula_in_a_chat_lead():
    """"lol its the storm caused ..." leads as "lol it's the storm caused ..." does (its "its" had been the
    possessive: no frame, the lead was kept with the translation)."""
    cases = _apostrophe_dropped()
    share = _share(cases)
    print(f"its: {share:.3f} of {len(cases)}")
    assert share >= 0.9


def test_its_saying_stays_a_lead_of_saying():
    """"its saying ..." is "it is saying": the verb goes with the lead, not with the translation."""
    arabic, english = PLAIN[1]
    (p,) = _answer(arabic, f"its saying {_lower(english)}")
    assert p.translation_text == _lower(english)


HEADERS = [
    "Replying to @{asker} @{author}\n",
    "Replying to @{asker} and @{author}\n",
    "replying to @{asker}\n",
    "Replying to @{asker}, @{author} and 2 others\n",
    "In reply to @{asker}:\n",
]
ANSWERS = ["Here you go: {e}", "{e}", "translation: {e}", "it says {e}"]


def _replied(header: str, answer: str, arabic: str, english: str):
    """The pairs of an X thread: the Arabic, a request, an answer under a "Replying to" header."""
    return pairs(make_thread([
        ("1", None, "noura_k", arabic),
        ("2", "1", "ben_w", "Replying to @noura_k\nwhat does this say?"),
        ("3", "2", "sam.t", header.format(asker="ben_w", author="noura_k") + answer.format(e=english)),
    ]))


def test_an_x_replying_to_header_is_no_word_of_the_answer():
    """X's header naming whom a reply answers ("Replying to @a @b") goes before the answer as an address does
    ("@a @b ..."): it is no word of the translation, and the answer's own lead after it is seen as one."""
    cases = list(itertools.product(HEADERS, ANSWERS))
    right = 0
    for k, (header, answer) in enumerate(cases):
        arabic, english = PLAIN[k % len(PLAIN)]
        right += [p.translation_text for p in _replied(header, answer, arabic, english)] == [english]
    print(f"replying to: {right / len(cases):.3f} of {len(cases)}")
    assert right / len(cases) >= 0.9


HANDED = ["Here you go: ", "here you go: ", "Sure, here it is: ", "There you go mate: ", "Here: ", "ok here ya go: ", "Here you are: "]


def test_a_lead_handing_the_answer_over_marks_a_translation():
    """"Here you go: <English>" under a request is the answer asked for, introduced as one (it was a lead passed, no marker);
    the same words closed by a full stop, or without a colon before a remark, mark nothing."""
    for k, lead in enumerate(HANDED):
        english = PLAIN[k % len(PLAIN)][1]
        assert marked(lead + english, 0, len(lead) + len(english)), lead
    for text in ("Here you go. The storm caused a lot of damage.", "Here is the thing, nobody reads it."):
        assert not marked(text, 0, len(text)), text


TOOLS = ["According to google it's ", "according to Google Translate it's ", "google says it's ", "Per DeepL it's ", "according to google translate, it's "]


def test_a_machine_translation_named_as_the_source_marks_a_translation():
    """"According to google it's <English>" pastes a machine translation: the frame introduces it (its clause was cut as a
    lead, no marker); "Google it, it's easy to find." names no source."""
    for k, lead in enumerate(TOOLS):
        english = PLAIN[k % len(PLAIN)][1]
        assert marked(lead + english, 0, len(lead) + len(english)), lead
    text = "Google it, it's easy to find."
    assert not marked(text, 0, len(text))


ASKS = [
    "is there an english version", "Is there an English translation?", "any english version?", "got an english translation?",
    "I'd love to know what this says", "would like to know what it means", "I really want to know what she said",
    "not all of us read arabic my guy", "Not everyone here speaks Arabic lol", "not everybody can read arabic you know",
]
NOT_ASKS = ["I know what it means", "Everyone here speaks Arabic", "There is an English version of the song too."]


def test_more_ways_of_asking_for_a_translation():
    """An English version asked for, a wish to know what the text says, the readers who cannot read it: requests
    (none was one), so an answer below them is the author's or someone's answer to a request."""
    assert [t for t in ASKS if not is_request(t)] == []
    assert [t for t in NOT_ASKS if is_request(t)] == []


QUOTED_REQUESTS = ["what does it say?", "google translate gives me nonsense, what does it actually say?", "can someone translate this please"]


def test_a_quote_of_the_request_over_the_answer_changes_nothing():
    """Reddit's quote of the comment a reply answers ("> what does it say?" over the answer) is the asker's words: the
    answer scores as it does without it (the quote was English before the translation, and made the answer a request)."""
    for k, (request, by) in enumerate(itertools.product(QUOTED_REQUESTS, ("A", "C"))):
        arabic, english = PLAIN[k % len(PLAIN)]
        thread = [("1", None, "A", arabic), ("2", "1", "B", request)]
        (quoting,) = pairs(make_thread([*thread, ("3", "2", by, f"> {request}\n\n{english}")]))
        (plain,) = pairs(make_thread([*thread, ("3", "2", by, english)]))
        assert quoting.translation_text == english
        assert quoting.score == plain.score, request


ASKERS_ARABIC = [  # Arabic whose words the table gives as words of an askers' clause ("those", "since", "few")
    ("هؤلاء الأطفال يلعبون في الحديقة.", "These children are playing in the garden."),
    ("أولئك الرجال يعملون في المصنع.", "Those men work in the factory."),
    ("لم أره منذ سنتين.", "I haven't seen him for two years."),
    ("نظرا لأن الطقس بارد، بقينا في البيت.", "The weather was cold, so we stayed home."),
    ("بقي القليل من الخبز.", "There is a little bread left."),
]
ASKERS_LEADS = [
    "for those asking, it means ", "Since people keep asking, my comment up there says ", "since a few of you asked, it says ",
    "For those wondering, this says ", "since a few people were curious, it means ",
]


def test_a_clause_about_those_who_asked_is_never_the_translations_own():
    """"for those asking, it means <English>": the clause's words are the askers' even where the Arabic's words give
    "those" or "since" (the lead was kept as the translation's own start: 15 of 25)."""
    for (arabic, english), lead in itertools.product(ASKERS_ARABIC, ASKERS_LEADS):
        text = lead + english
        assert extra_lead(text, 0, len(text), arabic) == len(lead), (lead, english)


ACKS = ["Sure thing.", "Of course!", "No problem.", "Here you go.", "Haha ok.", "Happy to help!", "Sure!"]
ADDRESSES = ["@ben_w ", "@ben_w: ", "@ben_w, ", "Replying to @ben_w\n"]


def test_a_word_to_the_asker_after_an_address_is_no_translation():
    """"@ben_w Sure thing. <English>": the word to the asker is none of the translation after the name it addresses too
    (it was a sentence of the English, aligned with the Arabic's)."""
    for k, (ack, address) in enumerate(itertools.product(ACKS, ADDRESSES)):
        arabic, english = PLAIN[k % len(PLAIN)]
        text = f"{address}{ack} {english}"
        assert introduces(text, 0, len(address) + len(ack)), (address, ack)
        thread = [("1", None, "noura", arabic), ("2", "1", "ben_w", "@noura what does it say?"), ("3", "1", "noura", text)]
        assert [p.translation_text for p in pairs(make_thread(thread))] == [english]
    text = "@ben_w Sure thing is, nobody knows."
    assert not introduces(text, 0, len(text))
