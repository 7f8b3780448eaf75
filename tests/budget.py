"""How many examples a property test runs: the count the test names in CI's pass over the property tests
(``BILINGUAL_HYPOTHESIS=full`` or ``thorough``, `.ci/run`), a third of it in the default run, which must stay under a
minute (the tests that name no count run 34 of Hypothesis's 100 there: tests/conftest.py)."""

from __future__ import annotations

import os

FULL = os.environ.get("BILINGUAL_HYPOTHESIS") in ("full", "thorough")


def examples(count: int) -> int:
    """``count`` in CI's pass over the property tests, a third of it (at least 10) in the default run."""
    return count if FULL else max(10, count // 3)
