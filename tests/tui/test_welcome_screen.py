"""Pilot tests of the welcome screen: new story, open a file, examples, recent files."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.widgets import OptionList

from storybuilder.bank import Bank
from storybuilder.examples import list_examples
from storybuilder.tui import recent
from storybuilder.tui.app import StorybuilderApp
from storybuilder.tui.screens.error import ErrorScreen
from storybuilder.tui.screens.example_picker import ExamplePickerScreen
from storybuilder.tui.screens.interview import InterviewScreen
from storybuilder.tui.screens.path_prompt import PathPromptScreen
from storybuilder.tui.screens.welcome import WelcomeScreen

from .conftest import MINI_BANK
from .helpers import current_id, feedback_text, paste, read_toml


def welcome_app(bank: Bank) -> StorybuilderApp:
    return StorybuilderApp(bank=bank, bank_path=MINI_BANK)


async def test_new_story_asks_for_a_path_and_starts_the_interview(
    mini_bank: Bank, tmp_path: Path
) -> None:
    app = welcome_app(mini_bank)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, WelcomeScreen)
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, PathPromptScreen)
        await pilot.press("ctrl+u")  # clear the suggested name
        await paste(pilot, "fresh.toml")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, InterviewScreen)
        assert current_id(pilot) == "title"
    assert read_toml(tmp_path / "fresh.toml")["interview"]["bank"] == "mini"
    assert recent.load_recent() == [(tmp_path / "fresh.toml").resolve()]


async def test_new_story_refuses_an_existing_file_at_the_input(
    mini_bank: Bank, tmp_path: Path
) -> None:
    existing = tmp_path / "taken.toml"
    existing.write_text("not a story", encoding="utf-8")
    app = welcome_app(mini_bank)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("n")
        await pilot.pause()
        await pilot.press("ctrl+u")
        await paste(pilot, "taken.toml")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, PathPromptScreen)
        assert "already exists" in str(app.screen.query_one("#path-feedback").render())
    assert existing.read_text(encoding="utf-8") == "not a story"


async def test_opening_an_invalid_file_shows_the_problem_and_never_writes(
    mini_bank: Bank, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.toml"
    broken.write_text('format = 1\n[meta]\ntitle = "unterminated\n', encoding="utf-8")
    app = welcome_app(mini_bank)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("o")
        await pilot.pause()
        await paste(pilot, "broken.toml")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ErrorScreen)
        text = str(app.screen.query_one("#error-text").render())
        assert "broken.toml" in text and "line 3" in text
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, WelcomeScreen)
        assert len(app.screen_stack) == 1  # back to the same welcome, not a second one
    assert broken.read_text(encoding="utf-8") == 'format = 1\n[meta]\ntitle = "unterminated\n'


async def test_recent_files_are_listed_and_open(
    mini_bank: Bank, tmp_path: Path, new_editor: Any, story_path: Path
) -> None:
    new_editor()
    recent.remember(story_path)
    app = welcome_app(mini_bank)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        listing = app.screen.query_one("#recent", OptionList)
        assert listing.display and listing.option_count == 1
        listing.focus()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, InterviewScreen)


async def test_a_story_opened_at_start_up_joins_the_recent_list(
    mini_bank: Bank, new_editor: Any, story_path: Path
) -> None:
    app = StorybuilderApp(editor=new_editor(), bank=mini_bank, bank_path=MINI_BANK)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, InterviewScreen)
    assert recent.load_recent() == [story_path.resolve()]


async def test_examples_when_none_are_shipped(
    monkeypatch: pytest.MonkeyPatch, mini_bank: Bank
) -> None:
    import storybuilder.examples

    monkeypatch.setattr(storybuilder.examples, "list_examples", lambda: [])
    app = welcome_app(mini_bank)
    notes: list[str] = []
    monkeypatch.setattr(app, "notify", lambda message, **kw: notes.append(message))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, WelcomeScreen)
        assert notes == ["No example stories are shipped yet."]


@pytest.mark.skipif(not list_examples(), reason="no example stories are shipped yet")
async def test_start_from_an_example(tmp_path: Path) -> None:
    example = list_examples()[0]
    app = StorybuilderApp()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, ExamplePickerScreen)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, PathPromptScreen)
        await pilot.press("enter")  # the suggested name
        await pilot.pause()
        assert isinstance(app.screen, InterviewScreen), feedback_text(pilot)
    data = read_toml(tmp_path / f"{example.name}.toml")
    assert data["meta"]["title"] == example.title
    assert data["interview"].get("at") != "never-set"
