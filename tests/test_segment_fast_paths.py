"""The segmenter's shortcuts decide as the full computations they skip: a run's language from one
scan (:func:`bilingual.text.language.detect`) as from weighing every evidence letter."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bilingual.text import language
from bilingual.text.script import PF_MAP, ZWNJ

# Arabic letters and marks, every evidence letter, presentation forms that fold to one (and some
# that do not), ZWNJ, spaces and punctuation: what decides a run's language, and what does not.
_EVIDENCE = "".join(language._CLASS)
_ALPHABET = (
    "\u0627\u0644\u0645\u0646\u0628\u062a\u0633\u0639\u0631\u0648\u064e\u0651"  # ا ل م ن ب ت س ع ر و, fatha, shadda
    + _EVIDENCE + "".join(language._FOLD_PF) + "".join(list(PF_MAP)[:40]) + ZWNJ + " \u060c.\n"
)
runs = st.text(alphabet=_ALPHABET, max_size=60)


@settings(max_examples=400, deadline=None)
@given(runs)
def test_detect_decides_as_the_full_weighing(run: str) -> None:
    assert language.detect(run) == language._weigh(run)


def test_detect_on_runs_of_each_kind() -> None:
    plain = "ذهبت إلى المدرسة في الصباح"  # Arabic-only letters: the one-scan path
    assert language.detect(plain) == language._weigh(plain) == ("ar", 0.8)  # إ ى ة ي: four Arabic-only letters
    assert language.detect("سلام") == ("und", None)  # no evidence at all
    persian = "من به مدرسه می‌روم و کتاب می‌خوانم"  # ZWNJ, Persian yeh and keheh: the weighing path
    assert language.detect(persian).code == "fa"
    urdu = "میں نے کتاب پڑھی ہے اور وہ بہت اچھی تھی"
    assert language.detect(urdu).code == "ur"
