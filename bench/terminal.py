"""Timing programs in a real terminal (tmux): time to first screen, keystroke to repaint."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

POLL = 0.005
SOCKET = f"storybuilder-bench-{uuid.uuid4().hex[:6]}"
"""A private tmux server, so benchmarks never touch a user's sessions."""


def have_tmux() -> bool:
    return shutil.which("tmux") is not None


# A parent shell may export its own COLUMNS and LINES, which Textual would trust over
# the pane's real size: leave them out.
_ENV = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")}


def _tmux(*args: str) -> str:
    return subprocess.run(
        ["tmux", "-L", SOCKET, *args], capture_output=True, text=True, check=False, env=_ENV
    ).stdout


@contextmanager
def server() -> Iterator[None]:
    """Keep the private tmux server up between sessions.

    tmux exits when its last session ends, and starting a session while it shuts down
    fails; a keeper session avoids the race.
    """
    _tmux("new-session", "-d", "-s", "keeper", "sleep 3600")
    try:
        yield
    finally:
        _tmux("kill-server")
        # tmux leaves its socket file behind after kill-server.
        socket = Path(os.environ.get("TMUX_TMPDIR", "/tmp")) / f"tmux-{os.getuid()}" / SOCKET
        socket.unlink(missing_ok=True)


def screen(session: str) -> str:
    return _tmux("capture-pane", "-p", "-t", session)


def wait_for(session: str, text: str, timeout: float = 30.0) -> float:
    """Seconds until text is on the screen; raises TimeoutError."""
    start = time.perf_counter()
    while time.perf_counter() - start < timeout:
        if text in screen(session):
            return time.perf_counter() - start
        time.sleep(POLL)
    raise TimeoutError(f"{text!r} did not appear; the screen shows:\n{screen(session)}")


@contextmanager
def session(command: str, width: int = 100, height: int = 30) -> Iterator[str]:
    name = f"bench-{uuid.uuid4().hex[:8]}"
    _tmux("new-session", "-d", "-s", name, "-x", str(width), "-y", str(height), command)
    try:
        yield name
    finally:
        _tmux("kill-session", "-t", name)


def first_screen(command: str, marker: str, width: int = 100, height: int = 30) -> float:
    """Seconds from starting the command in tmux to the marker being drawn."""
    return milestones(command, [lambda text: marker in text], width, height)[0]


def milestones_in(
    session_name: str, shown: Sequence[Callable[[str], bool]], timeout: float = 30.0
) -> None:
    """Wait until each test holds of the session's screen, in order."""
    start = time.perf_counter()
    for test in shown:
        while not test(text := screen(session_name)):
            if time.perf_counter() - start > timeout:
                raise TimeoutError(f"the screen never got there; it shows:\n{text}")
            time.sleep(POLL)


def milestones(
    command: str,
    shown: Sequence[Callable[[str], bool]],
    width: int = 120,
    height: int = 40,
    timeout: float = 30.0,
) -> list[float]:
    """Seconds from starting the command in tmux until each test holds of the screen.

    The tests are waited for in order (each from the start of the command).
    """
    start = time.perf_counter()
    name = f"bench-{uuid.uuid4().hex[:8]}"
    _tmux("new-session", "-d", "-s", name, "-x", str(width), "-y", str(height), command)
    try:
        found: list[float] = []
        for test in shown:
            while not test(text := screen(name)):
                if time.perf_counter() - start > timeout:
                    raise TimeoutError(f"the screen never got there; it shows:\n{text}")
                time.sleep(POLL)
            found.append(time.perf_counter() - start)
        return found
    finally:
        _tmux("kill-session", "-t", name)


def keystroke_latencies(session_name: str, keys: str, context: str = "") -> list[float]:
    """For each character: seconds from send-keys until it is visible after ``context``."""
    latencies = []
    typed = context
    for char in keys:
        typed += char
        start = time.perf_counter()
        _tmux("send-keys", "-t", session_name, "-l", char)
        deadline = start + 10
        while typed not in screen(session_name):
            if time.perf_counter() > deadline:
                raise TimeoutError(f"{typed!r} never appeared")
            time.sleep(POLL)
        latencies.append(time.perf_counter() - start)
    return latencies
