"""Issue 14, false pairs on negatives: English whose lead says it translates another post ("Translating the previous post,
not this one: ...", "(for the other comment, not this one)", "wrong post, but: ...") is some other Arabic's English.
A lead that names the passage's own post ("Translating my previous post:") keeps its pair."""

from __future__ import annotations

import itertools

from test_pairing import make_thread

from bilingual.pairing import pairs
from bilingual.pairing.cues import names_another

SENTENCES = [("علينا عمل هذا بأنفسنا.", "We have to do this ourselves."), ("كان سامي صديقا لأصدقاء ليلى.", "Sami was a friend of Layla's friends."),
             ("سافر أحمد إلى القاهرة في عام 2019 مع عائلته.", "Ahmed travelled to Cairo in 2019 with his family."),
             ("لا يتوفر لقاح حتى الآن.", "No vaccine is available yet.")]
OTHERS = ["We'll have to postpone the meeting.", "Sami put all that behind him last year.", "Ahmed moved to Dubai in 2021 for work.",
          "No flights are available this week."]
LEADS = ["Translating the previous post, not this one: ", "(for the other comment, not this one) ", "wrong post, but: ",
         "Translation of the one above, not this one: ", "Not this post, the other: "]


def _paired(rows: list[tuple[str, str | None, str, str]]) -> bool:
    return any(p.translation is not None for p in pairs(make_thread(rows)) if p.passage.location.comment == "1")


def test_names_another():
    for lead in LEADS:
        assert names_another(lead + "We will go.", len(lead)), lead
    for lead in ["Translation: ", "Not this time: ", "The other day: ", "Translating my previous post: ", "Translation of the previous post: "]:
        assert not names_another(lead + "We will go.", len(lead)), lead


def test_english_said_to_be_of_another_post_is_not_this_ones():
    """The author's later comment, and a reply: another sentence's English under a lead naming another post is not paired
    (before, 16 of 40 were)."""
    paired = 0
    for (k, (ar, _)), lead in itertools.product(enumerate(SENTENCES), LEADS):
        other = OTHERS[k]
        paired += _paired([("1", None, "A", ar), ("2", None, "A", lead + other)])
        paired += _paired([("1", None, "A", ar), ("2", "1", "B", lead + other)])
    print(f"paired: {paired} of 40")
    assert paired == 0


def test_a_lead_naming_this_post_keeps_the_pair():
    for (ar, tr), lead in itertools.product(SENTENCES, ["Translating my previous post: ", "Translation: ", "Not this time, but here: "]):
        assert _paired([("1", None, "A", ar), ("2", None, "A", lead + tr)]), lead
