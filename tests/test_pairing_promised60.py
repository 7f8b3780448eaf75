"""Issue 14, round 28's false pairs: a label kept for a translation not written yet ("**EN:** (will add tonight, on my
phone now)") shared "now" and "tonight" with the Arabic and was paired as its English; a reply calling a machine's
output nonsense ("google translate says gibberish, something about a window and a cow") was introduced by "google
translate says" and picked out words of the Arabic. Neither is a translation; the same leads before one still are."""

from __future__ import annotations

from test_pairing import make_thread

from bilingual.pairing import pairs
from bilingual.pairing.cues import describes, promises

PROMISED = ["**EN:** (will add tonight, on my phone now)", "Translation - I'll add it tomorrow", "EN: will post it later", "Translation: TBD",
            "English: (I'll type it up when I'm home)", "tl: will do it in a bit"]
NOT_PROMISED = ["Translation: I will come back tomorrow.", "EN: He will add it tonight.", "Translation: Later, he went home.", "Translation: I'm at work now.",
                "EN: Do it tomorrow.", "It says: Coming soon to theaters"]
NONSENSE = ["google translate says gibberish, something about a window and a cow", "Google Translate gives complete garbage - something about eggs and a bus?",
            "DeepL: total nonsense lol, a goat and a lamp", "google translate says it's gibberish, mentions a bedroom and a car",
            "Translate app: pure nonsense. Something about a sleeping friend?"]
NOT_NONSENSE = ["Translation: Nonsense is what he speaks.", "It says: Stop talking nonsense to me.", "He said the junk food was bad.", "Garbage collection is on Tuesday.",
                "Translation: The rubbish bins are full."]
# Arabic that shares a word of time ("now", "tonight", "tomorrow") or a topic with such English
TIMED = ["أنا لا أرغب في التّفكير في الزّواج الآن.", "سأتصل بك غدا بعد العمل.", "هو مشغول الآن في العمل.", "سنسافر الليلة إلى القاهرة.", "لا أستطيع الكلام الآن، أنا أقود."]
SENTENCES = [("كانت ليلى نائمة في غرفة نومها.", "Layla was sleeping in her bedroom."), ("وصل توم متأخرا كالعادة.", "Tom arrived late as usual."),
             ("سافر سامي إلى مصر مع أصدقائه.", "Sami traveled to Egypt with his friends."),
             ("إذا كانت لديك أي أسئلة عن السفر أو المناسبات، يرجى عدم التردد في إبلاغنا.", "If you have any questions about travel or events, please let us know.")]


def _paired(rows: list[tuple[str, str | None, str, str]]) -> bool:
    """Whether the passage of comment 1 is paired."""
    return any(p.translation is not None for p in pairs(make_thread(rows)) if p.passage.location.comment == "1")


def test_promises():
    """A label's English that only says when the translation will come; not a sentence that says when something happens."""
    for text in PROMISED:
        assert promises(text, 0, len(text)), text
    for text in NOT_PROMISED:
        assert not promises(text, 0, len(text)), text


def test_describes_nonsense():
    """English that calls what a machine gives nonsense; not a sentence with such a word in it."""
    for text in NONSENSE:
        assert describes(text, 0, len(text)), text
    for text in NOT_NONSENSE:
        assert not describes(text, 0, len(text)), text


def test_promised_translation_is_none():
    """The label and its promise under the Arabic in its comment pair nothing (before: 3 of 10 paired)."""
    for ar in TIMED:
        for promise in PROMISED[:2]:
            assert not _paired([("1", None, "A", f"From the troupe leader:\n{ar}\n\n{promise}")]), (ar, promise)


def test_nonsense_is_no_translation():
    """A reply calling the machine's output nonsense pairs nothing (before: 3 of 20); the same leads before a translation do."""
    for ar, _ in SENTENCES:
        for reply in NONSENSE[1:]:
            assert not _paired([("1", None, "A", "Message in the group:\n" + ar), ("2", "1", "B", reply)]), (ar, reply)
    for ar, en in SENTENCES:
        for lead in ["EN: {E}", "google translate says: {E}", "Translation: {E}"]:
            assert _paired([("1", None, "A", f"From the leader:\n{ar}\n\n{lead.format(E=en)}")]), (ar, lead)
            assert _paired([("1", None, "A", "From the leader:\n" + ar), ("2", "1", "B", lead.format(E=en))]), (ar, lead)
