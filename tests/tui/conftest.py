"""Fixtures of the wizard's tests: an isolated state directory, no cursor blink, a story."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

# The wizard imports Rich's Markdown after its first screen; importing it here makes
# every screen in the tests show formatted help from the start (stable snapshots).
import rich.markdown  # noqa: F401
from textual.widgets import Input, TextArea

from storybuilder.bank import Bank, load_bank
from storybuilder.session import create_story
from storybuilder.story import Story
from storybuilder.tui.app import StorybuilderApp
from storybuilder.tui.editor import StoryEditor

DATA = Path(__file__).resolve().parent.parent / "data"
MINI_BANK = DATA / "mini_bank.toml"


@pytest.fixture(autouse=True)
def _isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Recent files and keymaps under tmp_path; the working directory too; no blinking."""
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.chdir(tmp_path)
    # A blinking cursor makes screenshots depend on timing.
    monkeypatch.setattr(Input, "_toggle_cursor", lambda self: None)
    monkeypatch.setattr(TextArea, "_toggle_cursor_blink_visible", lambda self: None)


@pytest.fixture
def mini_bank() -> Bank:
    return load_bank(MINI_BANK)


@pytest.fixture
def skip_on_f5(tmp_path: Path) -> None:
    """A user keymap (under the isolated config folder) that moves Skip to f5."""
    keys = tmp_path / "config" / "storybuilder" / "keys.toml"
    keys.parent.mkdir(parents=True)
    keys.write_text('[keys]\n"interview.skip" = "f5"\n', encoding="utf-8")


@pytest.fixture
def story_path(tmp_path: Path) -> Path:
    return tmp_path / "story.toml"


@pytest.fixture
def new_editor(story_path: Path, mini_bank: Bank) -> Callable[..., StoryEditor]:
    """A factory of editors on a freshly created story (optionally with content)."""

    def make(story: Story | None = None) -> StoryEditor:
        return StoryEditor(create_story(story_path, story or Story(), mini_bank), MINI_BANK)

    return make


@pytest.fixture
def editor(new_editor: Callable[..., StoryEditor]) -> StoryEditor:
    return new_editor()


@pytest.fixture
def app(editor: StoryEditor, mini_bank: Bank) -> StorybuilderApp:
    return StorybuilderApp(editor=editor, bank=mini_bank, bank_path=MINI_BANK)
