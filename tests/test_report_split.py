"""A translation its writer split over several comments ("(cont.)", "Part 2:"), as the reports show it
(issue 14, twelfth round): every part named and linked, marked in the thread view, in the JSON and the
page's records, and the whole passage scored against all the parts in thread order."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest

from bilingual.report import build, render_html, render_terminal, to_json
from bilingual.threads import read_string

ARABIC = "يقع هذا المكان في قلب المدينة القديمة. ويزوره آلاف السياح كل عام."
FIRST, REST = "This place lies in the heart of the old city.", "Thousands of tourists visit it every year."


@pytest.fixture(scope="module", autouse=True)
def _no_model(no_model_home: Path) -> Path:
    return no_model_home


def _thread(first: str, then: str) -> str:
    rows = [("1", None, "A", ARABIC), ("2", "1", "B", "what does it mean?"), ("3", "2", "A", first), ("4", "3", "A", then)]
    return "".join(json.dumps({"id": i, "parent": p, "author": a, "text": t}, ensure_ascii=False) + "\n" for i, p, a, t in rows)


@pytest.fixture(scope="module")
def split_report():
    return build(read_string(_thread(f"{FIRST} (cont.)", REST), name="split.jsonl"), source="split.jsonl")


def test_every_part_is_in_the_json_in_thread_order(split_report) -> None:
    (passage,) = split_report.passages
    tr = passage.translation
    assert tr is not None and (tr.location.comment, tr.text) == ("3", FIRST)
    assert [(c.location.comment, c.text) for c in tr.continued] == [("4", REST)]
    assert tr.whole == f"{FIRST} {REST}"
    record = json.loads(to_json(split_report))["passages"][0]["translation"]
    assert record["continued"] == [{"comment": "4", "start": 0, "end": len(REST), "text": REST}]


def test_an_unsplit_translation_keeps_its_json_as_before() -> None:
    report = build(read_string(_thread(f"{FIRST} Thousands of tourists visit it every year.", "Nice city."), name="one.jsonl"), source="one.jsonl")
    (passage,) = report.passages
    assert passage.translation is not None and passage.translation.continued == ()
    assert "continued" not in json.loads(to_json(report))["passages"][0]["translation"]


def test_the_page_links_and_marks_every_part(split_report) -> None:
    html = render_html(split_report)
    (card,) = re.findall(r'<div class="pairing">.*?</div>', html, flags=re.S)
    (anchor,) = re.findall(r'It goes on in <a href="#([^"]+)">comment <bdi class="mono">4</bdi></a>', card)
    assert f'id="{anchor}"' in html  # the link lands on comment 4's card
    assert f'<q class="continued">{REST}</q>' in card
    assert re.search(rf'<mark class="translation"[^>]*>{re.escape(REST)}</mark>', html)  # marked in the thread view


def test_the_terminal_names_the_other_part(split_report) -> None:
    from rich.console import Console

    out = io.StringIO()
    render_terminal(split_report, Console(file=out, width=200, color_system=None))
    assert f"it goes on in comment 4: {REST}" in out.getvalue()
