"""Shared fixtures: the small test bank and story helpers."""

from __future__ import annotations

from pathlib import Path

import pytest

from storybuilder.bank import Bank, load_bank

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="session")
def mini_bank() -> Bank:
    return load_bank(DATA / "mini_bank.toml")
