"""The wizard pauses the cyclic collector for start-up and always turns it back on."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator

import pytest

from storybuilder.bank import Bank
from storybuilder.story import Story
from storybuilder.tui import startup_gc
from storybuilder.tui.app import StorybuilderApp
from storybuilder.tui.editor import StoryEditor, StorySnapshot
from storybuilder.tui.widgets.document_preview import DocumentPreview

from .helpers import until


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


async def test_the_wizard_collects_again_once_its_start_up_work_is_drawn(
    collector_state: None,
    new_editor: Callable[..., StoryEditor],
    mini_bank: Bank,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # At 120 columns the preview is built after the first frame; the critic's first run
    # and the pane make long-lived objects, and no full pass should walk them meanwhile.
    gc.enable()
    gc.unfreeze()
    editor = new_editor(Story.model_validate({"meta": {"title": "Paused"}}))
    paused_for_critic: list[bool] = []
    real_snapshot = editor.snapshot

    def snapshot() -> StorySnapshot:
        paused_for_critic.append(not gc.isenabled())
        return real_snapshot()

    monkeypatch.setattr(editor, "snapshot", snapshot)
    startup_gc.pause()
    app = StorybuilderApp(editor=editor, bank=mini_bank)
    async with app.run_test(size=(120, 40)) as pilot:
        assert await until(pilot, gc.isenabled)
        preview = app.screen.query_one("#preview", DocumentPreview)
        assert preview.markdown_mounted
        assert paused_for_critic and paused_for_critic[0]
