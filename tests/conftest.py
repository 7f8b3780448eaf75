"""Shared fixtures: the seed documents and the evaluation data beside the project (skipped when absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED_DATA = ROOT.parent / "shared" / "data"
SEED000 = SEEDS / "000_2161432b20e98764.txt"
SEED002 = SEEDS / "002_ec4515d8566cb32e.txt"


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """``../shared/data``; tests that need it are skipped on a checkout without it."""
    if not SHARED_DATA.is_dir():
        pytest.skip("../shared/data is not present")
    return SHARED_DATA


@pytest.fixture(scope="session")
def seed000():
    """Seed 000 read as a thread."""
    from bilingual.threads import read

    return read(SEED000)
