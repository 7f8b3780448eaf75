"""Issue 14, round 35's tuned half: a translation given as a locale or config file's entry ("  errors.unreachable: ..." under
"en:", as YAML writes it) starts after the entry's key, whatever words of the
Arabic the key's parts spell ("errors" of خطأ): an identifier, its words joined by dots or underscores, is no English."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs

_ARABIC = "حدث خطأ، لم نتمكن من الاتصال بالخادم."
_ENGLISH = "Something went wrong, we couldn't reach the server."


@pytest.mark.parametrize("key", ["errors.unreachable", "error_unreachable", "app.error.title"])
def test_a_yaml_entrys_key_is_no_part_of_the_translation(key: str) -> None:
    reply = f"Suggested entry:\n\nar:\n  {key}: {_ARABIC}\nen:\n  {key}: {_ENGLISH}\n"
    rows = [("1", None, "A", f"Can someone give me the English for this string?\n\n{_ARABIC}"), ("2", "1", "B", reply)]
    assert pairs(make_thread(rows))[0].translation_text == _ENGLISH

