"""SVG snapshots of the main screens (pytest-textual-snapshot).

Update with ``pytest tests/tui --snapshot-update`` and look at the new SVGs before
committing them. The stories use a small bank with help texts (``data/help_bank.toml``)
so that the pictures do not change when the core bank's wording does.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual.pilot import Pilot

from storybuilder.bank import load_bank
from storybuilder.session import create_story
from storybuilder.story import Story
from storybuilder.tui.app import StorybuilderApp
from storybuilder.tui.editor import StoryEditor
from storybuilder.tui.screens.interview import DRAFT_DELAY

HELP_BANK = Path(__file__).parent / "data" / "help_bank.toml"

STORY = {
    "meta": {"title": "Cat classifier", "authors": ["Ada Lovelace"]},
    "goal": {
        "classes": ["task-model"],
        "specification": "A bundle of shape and texture heuristics, with no planning.",
    },
    "claims": [
        {"claim": "No search circuits", "test": "Probe the activations for search"},
        {"claim": "Features are human-like"},
    ],
}


def _app(
    tmp_path: Path, story: dict[str, Any] | None = None, at: str | None = None
) -> StorybuilderApp:
    bank = load_bank(HELP_BANK)
    editor = StoryEditor(
        create_story(tmp_path / "story.toml", Story.model_validate(story or {}), bank), HELP_BANK
    )
    if at is not None:
        editor.interview.jump(at, come_back=False)
    return StorybuilderApp(editor=editor, bank=bank, bank_path=HELP_BANK)


async def _settle(pilot: Pilot[Any]) -> None:
    await pilot.pause(0.3)
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def test_welcome(snap_compare: Any) -> None:
    assert snap_compare(StorybuilderApp(bank=load_bank(HELP_BANK)), terminal_size=(80, 24))


def test_interview_80x24(snap_compare: Any, tmp_path: Path) -> None:
    app = _app(tmp_path, STORY, at="specification")
    assert snap_compare(app, terminal_size=(80, 24), run_before=_settle)


def test_interview_120x40_with_preview(snap_compare: Any, tmp_path: Path) -> None:
    app = _app(tmp_path, STORY, at="specification")

    async def show_example(pilot: Pilot[Any]) -> None:
        await _settle(pilot)
        await pilot.click("#example-toggle")
        await _settle(pilot)

    assert snap_compare(app, terminal_size=(120, 40), run_before=show_example)


def test_interview_entries_and_validation(snap_compare: Any, tmp_path: Path) -> None:
    app = _app(tmp_path, {"meta": {"title": "Cat classifier"}}, at="claims")

    async def invalid_entry(pilot: Pilot[Any]) -> None:
        await _settle(pilot)
        await pilot.press("tab", "x", "ctrl+n")  # a test without its claim
        # Past the draft delay, whatever the load: the status line says the draft is kept.
        await pilot.pause(DRAFT_DELAY * 2)
        await _settle(pilot)

    assert snap_compare(app, terminal_size=(80, 24), run_before=invalid_entry)


def test_review(snap_compare: Any, tmp_path: Path) -> None:
    app = _app(tmp_path, STORY, at="claims")

    async def review(pilot: Pilot[Any]) -> None:
        await _settle(pilot)
        await pilot.press("ctrl+r")
        await _settle(pilot)

    assert snap_compare(app, terminal_size=(100, 30), run_before=review)


def test_glossary(snap_compare: Any, tmp_path: Path) -> None:
    app = _app(tmp_path, STORY)

    async def glossary(pilot: Pilot[Any]) -> None:
        await _settle(pilot)
        await pilot.press("f1")  # this question's help, then the guide, then the glossary
        await _settle(pilot)
        await pilot.press("ctrl+t", "ctrl+t")
        await _settle(pilot)

    assert snap_compare(app, terminal_size=(80, 24), run_before=glossary)


def test_error_screen(snap_compare: Any) -> None:
    app = StorybuilderApp(
        error="broken.toml: line 3, column 9: malformed TOML: Unclosed string",
        error_path=Path("broken.toml"),
    )
    assert snap_compare(app, terminal_size=(80, 24))


def test_choice_list_follows_the_highlight_80x24(snap_compare: Any, tmp_path: Path) -> None:
    # The core bank's ten goal classes are taller than the question pane at 80x24.
    from storybuilder.bank import packaged_bank

    core = packaged_bank("core")
    story = Story.model_validate({"meta": {"title": "Small screen"}})
    editor = StoryEditor(create_story(tmp_path / "story.toml", story, core))
    editor.interview.jump("goal-classes", come_back=False)
    app = StorybuilderApp(editor=editor, bank=core)

    async def down_to_the_last(pilot: Pilot[Any]) -> None:
        await _settle(pilot)
        await pilot.press(*["down"] * 9)
        await _settle(pilot)

    assert snap_compare(app, terminal_size=(80, 24), run_before=down_to_the_last)


def test_review_80x24(snap_compare: Any, tmp_path: Path) -> None:
    app = _app(tmp_path, STORY, at="claims")

    async def review(pilot: Pilot[Any]) -> None:
        await _settle(pilot)
        await pilot.press("ctrl+r")
        await _settle(pilot)

    assert snap_compare(app, terminal_size=(80, 24), run_before=review)


def test_entry_labels_stay_whole_beside_the_preview_120x40(
    snap_compare: Any, tmp_path: Path
) -> None:
    # The sensitivity form's labels ("Assumption", "What training produces if it is
    # wrong") in the question column narrowed by the preview.
    app = _app(tmp_path, STORY, at="sensitivity")
    assert snap_compare(app, terminal_size=(120, 40), run_before=_settle)
