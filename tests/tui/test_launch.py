"""``storybuilder new`` / ``edit`` / no command: what is refused before the wizard opens."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from storybuilder.tui import launch as launch_module
from storybuilder.tui.app import StorybuilderApp
from storybuilder.tui.screens.error import ErrorScreen

from .conftest import MINI_BANK
from .helpers import read_toml


@pytest.fixture
def started(monkeypatch: pytest.MonkeyPatch) -> list[StorybuilderApp]:
    """Record the apps launch() would run, instead of running them."""
    apps: list[StorybuilderApp] = []

    def run(self: StorybuilderApp, *args: Any, **kwargs: Any) -> int | None:
        apps.append(self)
        return None

    monkeypatch.setattr(StorybuilderApp, "run", run)
    return apps


def test_new_refuses_an_existing_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], started: list[StorybuilderApp]
) -> None:
    existing = tmp_path / "mine.toml"
    existing.write_text("keep me", encoding="utf-8")
    status = launch_module.launch(command="new", file=existing, bank_path=MINI_BANK)
    assert status == 2
    assert "already exists" in capsys.readouterr().err
    assert existing.read_text(encoding="utf-8") == "keep me"
    assert not started


def test_new_with_an_unknown_example(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], started: list[StorybuilderApp]
) -> None:
    status = launch_module.launch(command="new", file=tmp_path / "x.toml", example="nope")
    assert status == 2
    assert "no example called 'nope'" in capsys.readouterr().err
    assert not (tmp_path / "x.toml").exists()
    assert not started


def test_new_creates_the_file_and_opens_the_interview(
    tmp_path: Path, started: list[StorybuilderApp]
) -> None:
    target = tmp_path / "new.toml"
    assert launch_module.launch(command="new", file=target, bank_path=MINI_BANK) == 0
    assert read_toml(target)["interview"]["bank"] == "mini"
    assert started and started[0].editor is not None
    assert started[0].editor.path == target


def test_edit_on_an_invalid_file_opens_the_error_screen(
    tmp_path: Path, started: list[StorybuilderApp]
) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text("format = 99\n", encoding="utf-8")
    assert launch_module.launch(command="edit", file=bad) == 2
    app = started[0]
    assert app.editor is None
    assert app.start_error is not None and "format 99" in app.start_error
    assert bad.read_text(encoding="utf-8") == "format = 99\n"


async def test_the_error_app_shows_the_error_screen(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    app = StorybuilderApp(error=f"{bad}: format: this file is format 99", error_path=bad)
    async with app.run_test() as pilot:
        await pilot.pause()
        assert isinstance(app.screen, ErrorScreen)


def test_refusals_and_the_core_never_import_textual(tmp_path: Path) -> None:
    existing = tmp_path / "exists.toml"
    existing.write_text("x", encoding="utf-8")
    script = (
        "import sys\n"
        "import storybuilder.story, storybuilder.storefile, storybuilder.bank\n"
        "import storybuilder.interview, storybuilder.critic, storybuilder.render\n"
        "import storybuilder.session, storybuilder.examples\n"
        "import storybuilder.tui.editor, storybuilder.tui.recent, storybuilder.tui.keymap\n"
        "from storybuilder.cli import main\n"
        f"status = main(['new', {str(existing)!r}])\n"
        "assert 'textual' not in sys.modules, 'textual was imported'\n"
        "sys.exit(status)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 2, result.stderr
    assert "already exists" in result.stderr


def test_new_from_an_example_starts_a_fresh_copy(tmp_path: Path) -> None:
    from storybuilder import storefile
    from storybuilder.examples import load_example
    from storybuilder.tui.launch import _new_story

    opened = _new_story(tmp_path / "mine.toml", "microscope-ai", None)
    saved = storefile.load(tmp_path / "mine.toml")
    example = load_example("microscope-ai")
    assert saved.goal == example.goal and saved.triage == example.triage
    assert saved.interview.at is None and saved.interview.skipped == []
    assert saved.meta.created is not None and saved.meta.created != example.meta.created
    assert opened.bank.id == "core"
