"""Issue 14, one comment translating several writers' Arabic at once, each line labelled with the name of the comment's
writer ("fig_and_honey: ...\\n\\nkebab_enjoyer: ..."). Only the first writer's line was introduced (by the lead above
it); the second got nothing. A line opening with a label naming a writer of Arabic in the thread is now that
writer's translation, and only that line is (find._writer_lines, cues.writer_label), as "First post:" names a post by
its place."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs
from bilingual.pairing.cues import writer_label

OVEN = "نسيت أطفئ الفرن قبل ما نخرج."
BUS = "الحافلة ما جاتش اليوم كامل."
TEA = "جدتي تشرب الشاي بالنعناع كل صباح."
OVEN_EN = "I forgot to turn off the oven before we left."
BUS_EN = "The bus didn't come all day."
TEA_EN = "My grandmother drinks mint tea every morning."


def _paired(rows: list[tuple[str, str | None, str | None, str]]) -> dict[str | None, str | None]:
    return {p.passage.location.comment: p.translation_text for p in pairs(make_thread(rows))}


def _two(first: str, second: str, answer: str, parent: str | None = None) -> dict[str | None, str | None]:
    """Two writers' Arabic (the second a reply to the first) and ``answer`` translating both, its parent ``parent``."""
    return _paired([("1", None, first, OVEN), ("2", "1", second, BUS), ("3", parent, "lurker_99", answer)])


@pytest.mark.parametrize(("first", "second", "label1", "label2"), [
    ("sahara_nights", "DesertRose_7", "sahara_nights:", "DesertRose_7:"),
    ("sahara_nights", "DesertRose_7", "@sahara_nights:", "@desertrose_7:"),
    ("sahara_nights", "DesertRose_7", "u/sahara_nights -", "u/DesertRose_7 -"),
    ("sahara_nights", "DesertRose_7", "sahara_nights's:", "DesertRose_7's:"),
    ("sahara_nights", "DesertRose_7", "Re sahara_nights:", "Re DesertRose_7:"),
    ("sahara_nights", "DesertRose_7", "Re: sahara_nights:", "Re: DesertRose_7:"),
    ("sahara_nights", "DesertRose_7", "sahara_nights says:", "DesertRose_7 wrote:"),
    ("Omar K.", "Lina Haddad", "Omar K.:", "Lina Haddad:"),
    ("@omar.k", "@lina_h", "**@omar.k:**", "**@lina_h:**"),
])
def test_each_line_to_its_writer(first: str, second: str, label1: str, label2: str) -> None:
    answer = f"Translating both since nobody did\n{label1} {OVEN_EN}\n{label2} {BUS_EN}"
    assert _two(first, second, answer) == {"1": OVEN_EN, "2": BUS_EN}


def test_lines_in_another_order() -> None:
    answer = f"DesertRose_7: {BUS_EN}\n\nsahara_nights: {OVEN_EN}"
    assert _two("sahara_nights", "DesertRose_7", answer) == {"1": OVEN_EN, "2": BUS_EN}


@pytest.mark.parametrize("parent", ["1", "2"])
def test_labelled_reply(parent: str) -> None:
    """A reply (with its parent link) under either Arabic comment gives each its own line, not its parent the other's."""
    answer = f"ok so\n\nDesertRose_7: {BUS_EN}\n\nsahara_nights: {OVEN_EN}\n\nhope that helps"
    assert _two("sahara_nights", "DesertRose_7", answer, parent) == {"1": OVEN_EN, "2": BUS_EN}


def test_three_writers_far_down() -> None:
    """Labelled lines many comments below the Arabic, past the comments looked at beside it."""
    rows = [("1", None, "sahara_nights", OVEN), ("2", None, "Omar K.", TEA), ("3", "1", "DesertRose_7", BUS)]
    rows += [(f"c{k}", None, f"viewer{k}", f"great video number {k}, subscribed") for k in range(8)]
    rows.append(("9", None, "lurker_99", f"for the non Arabic speakers:\nOmar K.: {TEA_EN}\nsahara_nights: {OVEN_EN}\nDesertRose_7: {BUS_EN}"))
    assert _paired(rows) == {"1": OVEN_EN, "2": TEA_EN, "3": BUS_EN}


def test_label_naming_no_arabic_writer() -> None:
    """A label naming someone who wrote no Arabic in the thread (the asker) labels nothing: the line beside the Arabic is
    not introduced as its translation."""
    rows = [
        ("1", None, "sahara_nights", OVEN), ("2", "1", "curious_cat", "is this about cooking?"),
        ("3", None, "lurker_99", f"two things\ncurious_cat: {OVEN_EN}\nsahara_nights_fan: {BUS_EN}"),
    ]
    assert _paired(rows) == {"1": None}


def test_lone_address_no_label() -> None:
    """A comment opening with a writer's name and a colon, and no other label, addresses her: no label of a line."""
    rows = [("1", None, "sahara_nights", OVEN), ("2", None, "DesertRose_7", BUS), ("3", None, "lurker_99", f"DesertRose_7: {BUS_EN}")]
    assert _paired(rows) == {"1": None, "2": BUS_EN}


@pytest.mark.parametrize(("line", "name"), [
    ("kebab_enjoyer: He made up his mind.", "kebab_enjoyer"),
    ("@kebab_enjoyer: He made up.", "kebab_enjoyer"),
    ("u/kebab_enjoyer - He made up.", "kebab_enjoyer"),
    ("Omar K.: He made up.", "Omar K."),
    ("Re kebab_enjoyer: He made", "kebab_enjoyer"),
    ("Re: kebab_enjoyer: He made", "kebab_enjoyer"),
    ("kebab_enjoyer says: He made", "kebab_enjoyer"),
])
def test_writer_label(line: str, name: str) -> None:
    found = writer_label(f"two at once\n{line}", 12)
    assert found is not None and found[0] == name and line[found[1] - 12 :].startswith("He")


@pytest.mark.parametrize("line", ["no label here at all", "well, I think that it says: the bus never came"])
def test_no_writer_label(line: str) -> None:
    assert writer_label(line, 0) is None
