"""The Arabic script's character tables (bilingual.text.script)."""

from __future__ import annotations

from bilingual.text import script


def test_scanning_the_arabic_blocks_finds_what_two_planes_hold() -> None:
    # The import-time scan covers only ARABIC_BLOCKS; a letter or mark outside them would be lost.
    assert script.arabic_chars_by_category() == script.arabic_chars_by_category([(0, 0x20000)])


def test_tables_hold_the_letters_and_marks_people_type() -> None:
    assert {"ب", "پ", "ڤ", "ھ", "ی"} <= script.BASE_LETTERS
    assert {"\u064e", "\u0651", "\u0670"} <= script.MARKS | script.SMALL_LETTERS
    assert chr(0x102E0) in script.MARKS  # Coptic epact thousands mark: Arabic in its Script_Extensions
