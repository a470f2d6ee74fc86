"""SIGKILL right after an answer is confirmed loses nothing that was confirmed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from storybuilder import storefile

from .conftest import MINI_BANK

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

APP_SCRIPT = textwrap.dedent(
    """
    import asyncio, sys
    from pathlib import Path
    from storybuilder.bank import load_bank
    from storybuilder.session import create_story
    from storybuilder.story import Story
    from storybuilder.tui.app import StorybuilderApp
    from storybuilder.tui.editor import StoryEditor

    path, bank_path = Path(sys.argv[1]), Path(sys.argv[2])
    bank = load_bank(bank_path)
    editor = StoryEditor(create_story(path, Story(), bank), bank_path)

    async def main():
        app = StorybuilderApp(editor=editor, bank=bank)
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            await pilot.press(*"Killed", "enter")
            print("CONFIRMED title", flush=True)
            await pilot.press("A", "d", "a", "ctrl+n")
            print("CONFIRMED authors", flush=True)
            await pilot.press("space")  # advanced: Yes, chosen but not confirmed
            print("UNCONFIRMED", flush=True)
            await asyncio.sleep(3600)

    asyncio.run(main())
    """
)

LOOP_SCRIPT = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from storybuilder.bank import load_bank
    from storybuilder.session import create_story
    from storybuilder.story import Story
    from storybuilder.tui.editor import StoryEditor

    path, bank_path = Path(sys.argv[1]), Path(sys.argv[2])
    editor = StoryEditor(create_story(path, Story(), load_bank(bank_path)), bank_path)
    n = 0
    while True:
        n += 1
        editor.interview.answer(f"version {n} " + "x" * 20000, editor.bank.by_id["title"])
        assert editor.save().ok
        print(f"SAVED {n}", flush=True)
    """
)


def _run_until(script: str, path: Path, marker: str) -> tuple[subprocess.Popen[str], list[str]]:
    process = subprocess.Popen(
        [sys.executable, "-c", script, str(path), str(MINI_BANK)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    lines: list[str] = []
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if not line:
            break
        lines.append(line.strip())
        if line.startswith(marker):
            return process, lines
    process.kill()
    raise AssertionError(
        f"no {marker!r} from the child: {lines} {process.stderr.read() if process.stderr else ''}"
    )


def _kill(process: subprocess.Popen[str]) -> None:
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL


def test_killing_the_wizard_after_an_answer_keeps_every_confirmed_answer(tmp_path: Path) -> None:
    path = tmp_path / "killed.toml"
    process, lines = _run_until(APP_SCRIPT, path, "UNCONFIRMED")
    _kill(process)
    assert lines[:2] == ["CONFIRMED title", "CONFIRMED authors"]
    story = storefile.load(path)
    assert story.meta.title == "Killed"
    assert story.meta.authors == ["Ada"]
    assert story.meta.advanced is None  # chosen, never confirmed
    assert story.interview.at == "advanced"  # edit resumes here


@pytest.mark.parametrize("delay", [0.0, 0.05, 0.2])
def test_killing_during_saves_leaves_a_valid_file_with_the_last_confirmed_answer(
    tmp_path: Path, delay: float
) -> None:
    path = tmp_path / "looping.toml"
    process, lines = _run_until(LOOP_SCRIPT, path, "SAVED 3")
    time.sleep(delay)
    _kill(process)
    assert process.stdout is not None
    lines += [line.strip() for line in process.stdout.read().splitlines()]
    last = max(int(line.split()[1]) for line in lines if line.startswith("SAVED"))
    story = storefile.load(path)  # parses: never half-written
    assert story.meta.title is not None
    saved = int(story.meta.title.split()[1])
    assert saved >= last  # nothing confirmed is lost (a later save may also have landed)
    assert saved <= last + 1
