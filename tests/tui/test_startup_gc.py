"""The wizard pauses the cyclic collector for start-up and always turns it back on."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from storybuilder.tui import startup_gc


@pytest.fixture
def collector_state() -> Iterator[None]:
    was_enabled = gc.isenabled()
    yield
    startup_gc.resume()
    gc.unfreeze()
    if was_enabled:
        gc.enable()
    else:
        gc.disable()


def test_pause_then_resume_collects_again_and_freezes_start_up_objects(
    collector_state: None,
) -> None:
    gc.enable()
    gc.unfreeze()
    startup_gc.pause()
    assert not gc.isenabled()
    startup_gc.resume()
    assert gc.isenabled()
    # What start-up made is kept out of later full passes.
    assert gc.get_freeze_count() > 0


def test_resume_without_pause_changes_nothing(collector_state: None) -> None:
    gc.disable()
    gc.unfreeze()
    startup_gc.resume()
    assert not gc.isenabled()
    assert gc.get_freeze_count() == 0


def test_a_collector_turned_off_by_the_user_stays_off(collector_state: None) -> None:
    gc.disable()
    startup_gc.pause()
    startup_gc.resume()
    assert not gc.isenabled()


def test_resume_twice_is_harmless(collector_state: None) -> None:
    gc.enable()
    startup_gc.pause()
    startup_gc.resume()
    startup_gc.resume()
    assert gc.isenabled()
