"""Issue 14, round 34's tuned half: a translation laid out as a site lays out its text kept the layout's own words in its
span: a chat's emotes opening the line ("LUL israel knows ..."), a GitHub collapsed block's opening and title
("<details>\\n<summary>EN</summary>"), a Slack label over a quote line ("*EN:*\\n>Hello ..."), a Facebook export's name
line over the comment ("Walid.tr\\n...\\nLike · Reply · 1y") and a Tumblr reblog's attribution line ("adnan:\\n\\n..."). Each
is now left out of the translation."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs

_ARABIC = "قال سامي أنّه وُلد في هذه العيادة."
_ENGLISH = "Sami said he was born in this clinic."


def _reply(reply: str, arabic: str = _ARABIC) -> str:
    """The translation a reply to the Arabic, asked for, is paired with."""
    rows = [("1", None, "A", arabic), ("2", "1", "B", "what does this say?"), ("3", "1", "C", reply)]
    return pairs(make_thread(rows))[0].translation_text


@pytest.mark.parametrize("emotes", ["LUL ", "Kappa ", "PogChamp KEKW ", ":pray: "])
def test_emotes_opening_a_chat_line_are_no_part_of_the_translation(emotes: str) -> None:
    english = _ENGLISH.lower()
    assert _reply(f"{emotes}{english} Kappa") == english


@pytest.mark.parametrize("title", ["Translation", "English", "EN (click to expand)"])
def test_a_collapsed_blocks_opening_and_title_are_no_part_of_the_translation(title: str) -> None:
    arabic = (
        "هل تشعر بأي ضيق تنفس مع ألم الصدر ذلك؟ أصبح غسل اليدين الطبي إلزاميًّا لفترة طويلة بعد أن اكتشف الطبيب المجري أجناتس"
        " سيملفيس فعاليته (في 1846) في الوقاية من الأمراض في بيئة المستشفى."
    )
    english = (
        "do you have any shortness of breath with that chest pain? Medical hand-washing became mandatory long after Hungarian"
        " physician Ignaz Semmelweis discovered its effectiveness (in 1846) in preventing disease in a hospital environment."
    )
    rows = [("1", None, "A", f"Our Arabic strings file has this one with no English source:\n\n{arabic}"),
            ("2", "1", "B", f"<details>\n<summary>{title}</summary>\n\n{english}\n\n</details>")]
    assert pairs(make_thread(rows))[0].translation_text == english


@pytest.mark.parametrize("label", ["*EN:*", "*Translation* :white_check_mark:", "_english_ :flag-gb:", "here you go"])
def test_a_label_line_over_a_chat_quote_is_no_part_of_the_translation(label: str) -> None:
    assert _reply(f"{label}\n>{_ENGLISH}") == _ENGLISH
    assert _reply(f"{label}\n> {_ENGLISH}") == _ENGLISH


@pytest.mark.parametrize("name", ["Walid.tr", "Marisol Vega", "karim_e"])
def test_a_name_line_over_a_comment_copied_with_its_reactions_is_the_writers(name: str) -> None:
    assert _reply(f"{name}\n{_ENGLISH}\nLike · Reply · 3w") == _ENGLISH


def test_a_first_line_with_no_reactions_under_the_comment_stays_judged_as_before() -> None:
    english = "Sami said he was born in this clinic."
    assert _reply(f"Clinic\n{english}") in (english, f"Clinic\n{english}")


@pytest.mark.parametrize("blog", ["adnan", "karim_e", "night-owl.writes"])
def test_a_reblog_chains_attribution_line_is_no_part_of_the_translation(blog: str) -> None:
    arabic = "بالرغم من ذلك، يستطيع فيروس كورونا الحد من وظائف الخلايا التائية عن طريق حث الموت المبرمج للخلايا التائية."
    english = "However, CoV can inhibit T cell functions by inducing apoptosis of T cells."
    post = f"yasmin_t:\n\n{arabic}\n\n{blog}:\n\n{english}\n\n#reblog #arabic"
    assert pairs(make_thread([("1", None, "A", post)]))[0].translation_text == english


def test_a_first_line_the_arabic_gives_stays_over_the_reactions() -> None:
    english = "Hello my friend\nHow are you today?"
    assert _reply(f"{english}\nLike · Reply · 3w", arabic="مرحبا يا صديقي\nكيف حالك اليوم؟") == english


@pytest.mark.parametrize("lead", ["A/N: a few of you asked, so here's the line in English:", "(A/N) The grandmother's line translated:"])
def test_a_paragraph_naming_the_english_under_it_is_a_lead_though_its_words_are_common(lead: str) -> None:
    arabic = "يعني مثلا الأول انا كان .. ماكنتش بعرف أقعد في البيت خالص خالص يعني كان لازم انزل كان لازم .. يعني ماينفعش اقعد في البيت"
    english = "At the beginning, I .. I couldn't stand staying at home at all, I had to go out, I had to .. I couldn't stand staying at home."
    rows = [("1", None, "A", f"Chapter 7 excerpt:\n\nSitti leaned over the stove and said, {arabic}"), ("2", "1", "B", "what does she say??"),
            ("3", None, "A", f"{lead}\n\n{english}\n\nThank you for reading! Next chapter Sunday.")]
    assert pairs(make_thread(rows))[0].translation_text == english
