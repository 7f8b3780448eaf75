"""Unicode tag characters (U+E0000-U+E007F) hide text: every output shows them as markers, except
inside a flag's emoji sequence, where they are the flag's own."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from bilingual.display.wrap import displayable
from bilingual.report.markup import t
from bilingual.safe import terminal_safe, visible_controls

HIDDEN = "".join(chr(0xE0000 + ord(c)) for c in "ignore this")  # invisible "ignore this"
SCOTLAND = "\U0001f3f4\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f"


def test_hidden_tag_text_is_marked() -> None:
    out = visible_controls("ok" + HIDDEN)
    assert out.startswith("ok⟨U+E0069⟩⟨U+E0067⟩")
    assert out.count("⟨U+E") == len(HIDDEN)
    assert terminal_safe("x\U000e0001") == "x⟨U+E0001⟩"


def test_a_flag_keeps_its_tags() -> None:
    assert visible_controls(f"Go {SCOTLAND}!") == f"Go {SCOTLAND}!"
    # A flag followed by hidden tags keeps the flag and marks the rest.
    assert visible_controls(SCOTLAND + "\U000e0041") == SCOTLAND + "⟨U+E0041⟩"
    # Tags with no black flag before them are no flag.
    assert "⟨U+E0067⟩" in visible_controls(SCOTLAND[1:])


def test_the_page_marks_them() -> None:
    html = t("مرحبا" + HIDDEN)
    assert html.count('<span class="ctl"') == len(HIDDEN)
    assert "⟨U+E0069⟩" in html and "\U000e0069" not in html
    assert t(SCOTLAND) == SCOTLAND


def test_the_terminal_layout_marks_them_and_maps_back() -> None:
    para = "a" + "\U000e0041" + "b " + SCOTLAND + " c"
    shown, origin = displayable(para)
    assert shown == "a⟨U+E0041⟩b " + SCOTLAND + " c"
    assert origin is not None and len(origin) == len(shown) + 1
    assert [para[i] for i in origin[: len(shown)] if para[i] == "b"] == ["b"]
    flag_at = shown.index(SCOTLAND)
    assert origin[flag_at : flag_at + len(SCOTLAND)] == list(range(para.index(SCOTLAND), para.index(SCOTLAND) + len(SCOTLAND)))
    assert origin[-1] == len(para)


def test_segment_prints_markers_not_hidden_text(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    row = {"id": "c1" + HIDDEN, "parent": None, "author": "A", "text": "السلام عليكم ورحمة الله وبركاته"}
    path.write_text(json.dumps(row) + "\n", encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "bilingual", "segment", str(path)], capture_output=True, text=True,
                         encoding="utf-8", check=True).stdout
    assert "⟨U+E0069⟩" in out and "\U000e0069" not in out
