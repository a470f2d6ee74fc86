"""Small helpers shared by the Pilot tests."""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from textual import events
from textual.pilot import Pilot

from storybuilder.tui.screens.interview import InterviewScreen


def read_toml(path: Path) -> dict[str, Any]:
    return tomllib.loads(path.read_text(encoding="utf-8"))


def current_id(pilot: Pilot[Any]) -> str | None:
    """The id of the question the interview screen shows."""
    screen = pilot.app.screen
    assert isinstance(screen, InterviewScreen), type(screen).__name__
    question = screen.interview.current
    return question.id if question else None


async def type_text(pilot: Pilot[Any], text: str) -> None:
    """Type text key by key (newlines as Enter)."""
    keys = ["enter" if ch == "\n" else ("space" if ch == " " else ch) for ch in text]
    await pilot.press(*keys)


async def paste(pilot: Pilot[Any], text: str) -> None:
    """Paste text into the focused widget, as a terminal's bracketed paste does.

    Much faster than typing long answers key by key in a test.
    """
    focused = pilot.app.focused
    assert focused is not None, "nothing has the focus"
    pilot.app.post_message(events.Paste(text))
    await pilot.pause()


def feedback_text(pilot: Pilot[Any]) -> str:
    return str(pilot.app.screen.query_one("#feedback").render())


async def until(pilot: Pilot[Any], holds: Callable[[], bool]) -> bool:
    """Whether `holds` becomes true while the app works through its messages.

    A loaded CI machine can need more than a fixed number of pauses for messages,
    workers and refreshes to settle, so tests wait on the outcome (for at most 2 s).
    """
    for _ in range(100):
        if holds():
            return True
        await pilot.pause(0.02)
    return holds()
