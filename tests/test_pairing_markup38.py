"""Issue 14: forum and chat wording around a translation is no part of its span: closing BBCode tags and smiley codes
after it ("[i]...[/i] :D", ":thumbsup:"), a short lead proposing the translation in quotation marks ("I'd sub it as
“...”", 'Going with "..."'), and a language label before a bracket, a dash or a semicolon ("(EN) ", "In English - ",
"tl; "). Near-misses keep their spans: a quoted phrase in lower case, a lead the Arabic accounts for, "tl;dr", a
face-like "3:2"."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs


def _span(rows: list[tuple[str, str | None, str, str]]) -> str | None:
    """The translation found for the passage of comment "1"."""
    (pair,) = [p for p in pairs(make_thread(rows)) if p.passage.location.comment == "1"]
    return pair.translation_text


def _reply(arabic: str, english: str) -> str | None:
    return _span([("1", None, "A", arabic), ("2", "1", "B", english)])


@pytest.mark.parametrize(
    ("arabic", "english", "wanted"),
    [
        ("يمكنها ان تعد من واحد إلى عشرة.", "[i]She can count from one to ten.[/i] :)", "She can count from one to ten."),
        ("كان جالسا، يحتسي النبيذ.", "[b]He was sitting, drinking wine.[/b] :D", "He was sitting, drinking wine."),
        ("كان جالسا، يحتسي النبيذ.", "[spoiler]He was sitting, drinking wine.[/spoiler] :lol:", "He was sitting, drinking wine."),
        ("كان جالسا، يحتسي النبيذ.", "Translation: [i]He was sitting, drinking wine.[/i] :thumbsup:", "He was sitting, drinking wine."),
        ("يمكنها ان تعد من واحد إلى عشرة.", "[b][i]She can count from one to ten.[/i][/b] :D", "She can count from one to ten."),
        ("يمكنها ان تعد من واحد إلى عشرة.", "[i]She can count from one to ten.[/i] Cute kid btw.", "She can count from one to ten."),
        ("يمكنها ان تعد من واحد إلى عشرة.", "She can count from one to ten :-)", "She can count from one to ten"),
    ],
)
def test_forum_tags_and_faces_close_no_span(arabic: str, english: str, wanted: str) -> None:
    """Before, each span kept its closing tag and what was left of the face ("... ten.[/i] :")."""
    assert _reply(arabic, english) == wanted


def test_a_ratio_is_no_face() -> None:
    assert _reply("فاز الفريق بنتيجة 3:2 في المباراة.", "The team won the match 3:2") == "The team won the match 3:2"


@pytest.mark.parametrize(
    ("arabic", "english", "wanted"),
    [
        ("كنا نسبح كثيرا في هذا النهر.", "I'd sub it as “We used to swim in this river a lot.”", "We used to swim in this river a lot."),
        ("توقف عن محاولة إبهاجي.", 'Going with "Stop trying to cheer me up."', "Stop trying to cheer me up."),
        ("دونالد ترامب كذاب مرضي.", 'How about "Donald Trump is a pathological liar."?', "Donald Trump is a pathological liar."),
        ("كنا نسبح كثيرا في هذا النهر.", "I'd put it as 'We used to swim in this river a lot.'", "We used to swim in this river a lot."),
        ("لقد غيّر سامي حياتي.", "My vote goes to “Sami changed my life.”", "Sami changed my life."),
        ("لقد أنقذت ليلى حياة سامي.", "Let's use «Layla saved Sami's life.»", "Layla saved Sami's life."),
    ],
)
def test_a_proposal_in_quotes_is_the_quotation(arabic: str, english: str, wanted: str) -> None:
    """Before, the lead stayed in each span, with the opening quote ("I'd sub it as “...”")."""
    assert _reply(arabic, english) == wanted


@pytest.mark.parametrize(
    ("arabic", "english"),
    [
        ("يسمونه الأسد الكبير في القرية.", 'In the village they call him "the big lion"'),  # a phrase of the sentence
        ("كتب على الباب ممنوع الدخول.", 'On the door it was written "No entry allowed"'),  # the Arabic gives the lead
        ("قالت ليلى إنها تحب سامي كثيرا.", 'Layla said "I love Sami very much."'),  # a name the Arabic spells
    ],
)
def test_a_quotation_inside_the_translation_keeps_its_lead(arabic: str, english: str) -> None:
    found = _reply(arabic, english)
    assert found is not None and found.startswith(english.split()[0])


@pytest.mark.parametrize(
    ("rows", "wanted"),
    [
        ([("1", None, "A", "نسي سامي تلك الكلمة.\nIn English - Sami forgot the word.")], "Sami forgot the word."),
        ([("1", None, "A", "★★★★☆\nلقد غيّر سامي حياتي.\n(EN) Sami changed my life.\n- Mona, Alexandria")], "Sami changed my life."),
        ([("1", None, "A", "يحلب سامي الأبقار مرّتين في اليوم."), ("2", "1", "B", "Eng — Sami milks the cows twice a day.")], "Sami milks the cows twice a day."),
        ([("1", None, "A", "لقد أنقذت ليلى حياة سامي."), ("2", "1", "B", "English | Layla saved Sami's life.")], "Layla saved Sami's life."),
        (
            [("1", None, "A", "يحلب سامي الأبقار مرّتين في اليوم."), ("2", None, "B", "lmaooo"), ("3", None, "A", "tl; Sami milks the cows twice a day.")],
            "Sami milks the cows twice a day.",
        ),
    ],
)
def test_a_language_label_before_a_dash_or_bracket_is_no_part_of_the_span(rows: list[tuple[str, str | None, str, str]], wanted: str) -> None:
    """Before, each span opened with its label ("In English - ...", "EN) ...", "tl; ...")."""
    assert _span(rows) == wanted


def test_a_summary_mark_and_a_language_named_stay() -> None:
    """"tl;dr" marks a summary, not a label; "English - a very hard language." names the language in lower case."""
    assert _reply("لقد أنقذت ليلى حياة سامي. كان ذلك في الصيف الماضي عندما غرق في البحر.", "tl;dr Layla saved Sami's life.") in (None, "tl;dr Layla saved Sami's life.")
    assert _reply("الإنجليزية - لغة صعبة جدا.", "English - a very hard language.") == "English - a very hard language."


@pytest.mark.parametrize(
    "tag",
    ["[AR -> EN] Saw this painted on a wall in Amman", "(Arabic -> English) A coworker sent me this text", "[Arabic > English] Got this in a birthday card"],
)
def test_a_request_tags_language_pair_is_no_label(tag: str) -> None:
    """r/translator's title tag names the request's languages: its bracket does not open at "EN"/"English", so the words after
    it are the asker's, not a translation ("[AR -> EN] Found this ..." was paired with its own passage as a labelled one)."""
    rows = [("1", None, "A", f"{tag}\n\nهذا الفيلم ليس الفيلم الذي ظننته."), ("2", "1", "B", "my owl would be so disappointed in me right now")]
    assert [p.translation_text for p in pairs(make_thread(rows))] == [None]
