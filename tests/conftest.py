"""Shared fixtures: the small test bank and story helpers."""

from __future__ import annotations

from pathlib import Path

import pytest

from storybuilder.bank import Bank, load_bank

DATA = Path(__file__).parent / "data"


@pytest.fixture(autouse=True)
def _private_cache(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each test session gets its own cache, so no test depends on an earlier run."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.getbasetemp() / "cache"))


@pytest.fixture(scope="session")
def mini_bank() -> Bank:
    return load_bank(DATA / "mini_bank.toml")
