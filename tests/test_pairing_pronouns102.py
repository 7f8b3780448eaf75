"""Issue 14 (false pairs; the tuned sets' "translation three replies down", "neg: article text" and "author answers, two
sentences" negatives): Arabic that writes out a personal pronoun (أنا "I", أنت "you") was paired with English about
someone else ("Fadil encouraged Dania to go to college." for أنا أذهب إلى جامعة تيزي وزو.) on a name, a word or a common
concept. Arabic drops a subject pronoun its verb already says, so one written out is said with weight and a translation
keeps it (1,523 of 1,545 right pairs' English for أنا); English that renders none of the pronouns the Arabic writes
counts against the pair (:func:`~bilingual.pairing.evidence.pronouns_unsaid`). The sentences below are written for this
test, not taken from the development set."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import evidence, pairs


def _paired(rows: list[tuple[str, str | None, str, str]]) -> list[str]:
    """The translations found for comment 1's passage."""
    return [p.translation_text for p in pairs(make_thread(rows)) if p.passage.location.comment == "1" and p.translation is not None]


def test_pronouns_unsaid():
    """A pronoun written out and rendered by none of its English forms counts against; one rendered, none at all, or a
    "you" the writer's own "I" goes with (a loose translation drops a quoted "you"), nothing."""
    assert evidence.pronouns_unsaid(("أنا أذهبُ إلى الجامعة.",), ("Fadil went to college.",)) < 0
    assert evidence.pronouns_unsaid(("وانا صغير كنت بحب الكورة",), ("Omar remembers the old house.",)) < 0
    assert evidence.pronouns_unsaid(("أنتَ لم تُرِد أن تدرس",), ("Sami had no injuries.",)) < 0
    assert evidence.pronouns_unsaid(("انتي فين؟",), ("where r u?",)) == 0.0
    assert evidence.pronouns_unsaid(("أنا أذهبُ إلى الجامعة.",), ("im going to college",)) == 0.0
    assert evidence.pronouns_unsaid(("أنا قلت ماحدش هيقولي أنت اتغيرت",), ("I said nobody will blame me for changing.",)) == 0.0
    assert evidence.pronouns_unsaid(("ذهب سامي إلى الجامعة.",), ("Fadil went to college.",)) == 0.0
    assert evidence.pronouns_unsaid(("كانت أنانية",), ("She was selfish.",)) == 0.0  # أنانية is no أنا


@pytest.mark.parametrize(("arabic", "english"), [
    ("أنا لا أحب القهوة في الصباح.", "Hassan doesn't like coffee either."),
    ("أنت دائما تصل متأخرا إلى الاجتماع.", "They always argue about politics at dinner."),
    ("وانا صغير كنت بحب الكورة جدا", "Omar remembers the old house very well."),
    ("فاكرة لما أنتِ جيتي البيت متأخر؟", "Omar remembers the old house very well."),
])
def test_english_about_someone_else_answers_no_request(arabic, english):
    """The author's answer to a request that renders none of the Arabic's pronouns is no translation (before: paired)."""
    assert _paired([("1", None, "A", arabic), ("2", "1", "B", "what does this mean?"), ("3", "2", "A", english)]) == []


@pytest.mark.parametrize(("arabic", "english"), [
    ("أنا لا أحب القهوة في الصباح.", "Hassan doesn't like coffee either."),
    ("أنت دائما تصل متأخرا إلى الاجتماع.", "They always argue about politics at dinner."),
])
def test_english_about_someone_else_on_the_next_line(arabic, english):
    """The same under the Arabic in its comment (before: paired)."""
    assert _paired([("1", None, "A", f"{arabic}\n{english}")]) == []


@pytest.mark.parametrize(("arabic", "english"), [
    ("أنا لا أحب القهوة في الصباح.", "I don't like coffee in the morning."),
    ("هل أنت متأكد من هذا القرار؟", "Are you sure about this decision?"),
    ("انا مش فاكر اسمه بس كان لطيف جدا", "I don't remember his name but he was really nice"),
    ("فاكرة لما أنتِ جيتي البيت متأخر؟", "Remember when u came home late?"),
    ("أنا وأخويا بنشتغل في نفس الشركة", "My brother and I work at the same company"),
])
def test_translations_keep_their_pronouns(arabic, english):
    """A translation renders the pronoun, in any of its forms, and is found as before."""
    assert _paired([("1", None, "A", arabic), ("2", "1", "B", "what does this mean?"), ("3", "2", "A", english)]) == [english]
    assert _paired([("1", None, "A", f"{arabic}\n{english}")]) == [english]


def test_a_machine_called_nonsense_for_me_is_no_translation():
    """"google translate gives me complete nonsense for this lol" passed "google translate gives" as a lead and paired
    "me complete nonsense for this" (round 42's tuned "google translate is useless"): the verdict, to "me" or "us", is none."""
    for reply in ["google translate gives me complete nonsense for this lol", "Google gives us total garbage, something about a song"]:
        assert _paired([("1", None, "A", "لنغني هذه الأغنية معا في الحفلة."), ("2", "1", "B", reply)]) == [], reply
