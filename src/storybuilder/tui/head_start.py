"""The wizard's first critic run and first document, worked out in a forked process.

At 120 columns the wizard shows the preview beside the first question: the critic's
first run, then the document rendered from its result (Jinja's first import included),
all after the first frame, on the one core the wizard runs on. Yet from the moment the
story is open until that first frame the process only imports Textual and builds the
screen, which never needs the critic. So :func:`start` forks there (before Textual runs
a thread): the child, a copy of the process with the story and the bank already loaded,
runs the critic and renders the preview's document on another core, sends both back as
plain data (JSON: the problems' fields, the document's text) and exits.

The parent reads them once its first frame is drawn (:meth:`HeadStart.collect`, in a
thread: the screen stays live) and uses them only for the story they were made from
(the editor checks that its story still has the same content). Anything unexpected -- no
``fork`` on this system, threads already running, the child failing, exiting without
a result, sending something of another shape, or taking too long -- leaves no result,
and the wizard runs the critic itself, as it does without a head start. Textual-free.
"""

from __future__ import annotations

import contextlib
import json
import os
import select
import signal
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from storybuilder.problem import OpenProblem
    from storybuilder.story import Story

WAIT_LIMIT = 1.0
"""Seconds a collect waits at most. The wizard collects only a child that has started
sending its result (see ``ready``); one not done yet is never waited for."""

MAX_RESULT = 64 * 1024 * 1024
"""Largest result read, in bytes (far above a long story's document and problems)."""

_FIELDS = (
    "rule",
    "title",
    "detail",
    "status",
    "note",
    "source",
    "evidence",
    "refs",
    "members",
    "item",
    "covers",
)
"""The fields of an OpenProblem, in the order they travel."""


class HeadResult(NamedTuple):
    """What the child worked out for the story it was forked with."""

    story: Story
    """The story the child worked from (the parent's object: the fork copied it)."""
    problems: tuple[OpenProblem, ...]
    """The critic's problems and the author's own, as ``StoryEditor.snapshot`` lists them."""
    document: str
    """The preview's document for those problems, nothing being typed."""


def _as_data(problem: OpenProblem) -> list[Any]:
    values = [getattr(problem, name) for name in _FIELDS]
    values[_FIELDS.index("status")] = problem.status.value
    return [list(v) if isinstance(v, tuple) else v for v in values]


def _problem(values: Any) -> OpenProblem:
    """An OpenProblem from its plain fields (ValueError or TypeError when not of that
    shape)."""
    from storybuilder.problem import OpenProblem
    from storybuilder.story import ProblemStatus

    if not isinstance(values, list) or len(values) != len(_FIELDS):
        raise ValueError("not a problem")
    fields = dict(zip(_FIELDS, values, strict=True))
    for name in ("refs", "members", "covers"):
        items = fields[name]
        if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
            raise ValueError(f"{name} is not a list of strings")
        fields[name] = tuple(items)
    for name in ("rule", "note", "source", "evidence", "item"):
        if fields[name] is not None and not isinstance(fields[name], str):
            raise ValueError(f"{name} is not a string")
    for name in ("title", "detail"):
        if not isinstance(fields[name], str):
            raise ValueError(f"{name} is not a string")
    fields["status"] = ProblemStatus(fields["status"])
    return OpenProblem(**fields)


def _single_threaded() -> bool:
    return threading.active_count() == 1


class HeadStart:
    """A child process working out the first snapshot's problems and document."""

    def __init__(self, pid: int, fd: int, story: Story) -> None:
        self.pid = pid
        self._fd = fd
        self.story = story
        """The story the child works from."""
        self._lock = threading.Lock()
        """Guards the state: 'running', 'collecting' (a thread reads the result),
        'dropped' (dropped while being read) or 'done' (the child reaped)."""
        self._state = "running"
        self._result: HeadResult | None = None

    @classmethod
    def start(
        cls,
        story: Story,
        work: Callable[[], tuple[tuple[OpenProblem, ...], str]],
    ) -> HeadStart | None:
        """Fork a child that calls ``work`` (the problems and the document for
        ``story``); None when this cannot be done safely here.

        Forking a process that runs threads can leave the child stuck on a lock one of
        them held: only a single-threaded process forks.
        """
        if not hasattr(os, "fork") or not _single_threaded():
            return None
        try:
            read_end, write_end = os.pipe()
        except OSError:
            return None
        try:
            pid = os.fork()
        except OSError:
            os.close(read_end)
            os.close(write_end)
            return None
        if pid == 0:  # pragma: no cover - the child; its result is what the tests check
            _child(read_end, write_end, work)
        os.close(write_end)
        return cls(pid, read_end, story)

    @property
    def done(self) -> bool:
        """The child is gone: its result, if any, is in ``result``."""
        return self._state == "done"

    def ready(self) -> bool:
        """Whether the child has sent its result or ended (collect will not wait)."""
        with self._lock:
            if self._state != "running":
                return self._state == "done"
            return bool(select.select([self._fd], [], [], 0)[0])

    @property
    def result(self) -> HeadResult | None:
        """The result, once collected (never waits)."""
        return self._result if self._state == "done" else None

    def collect(self, timeout: float | None = None) -> HeadResult | None:
        """Wait for the child's result (blocking: call it from a thread), at most
        ``timeout`` seconds (default WAIT_LIMIT); None when there is none to use. The
        child is reaped either way."""
        if timeout is None:
            timeout = WAIT_LIMIT
        with self._lock:
            if self._state != "running":
                return self._result
            self._state = "collecting"
        result = self._read(timeout)
        with self._lock:
            if self._state == "collecting":
                self._result = result
            self._end_child()
        return self._result

    def discard(self) -> None:
        """Drop the child and its result, without waiting (the result is not needed)."""
        with self._lock:
            self._result = None
            if self._state == "running":
                self._end_child()
            elif self._state == "collecting":
                # A thread is reading: ending the child ends its read, and it reaps.
                self._state = "dropped"
                with contextlib.suppress(ProcessLookupError):
                    os.kill(self.pid, signal.SIGKILL)

    def _read(self, timeout: float) -> HeadResult | None:
        fd = self._fd
        chunks: list[bytes] = []
        size = 0
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([fd], [], [], left)[0]:
                return None  # too slow: the wizard does the work itself
            chunk = os.read(fd, 1 << 16)
            if not chunk:
                break
            size += len(chunk)
            if size > MAX_RESULT:
                return None
            chunks.append(chunk)
        try:
            data = json.loads(b"".join(chunks))
            if not isinstance(data, dict) or not isinstance(data.get("document"), str):
                return None
            problems = data.get("problems")
            if not isinstance(problems, list):
                return None
            return HeadResult(self.story, tuple(_problem(p) for p in problems), data["document"])
        except (ValueError, TypeError):
            return None

    def _end_child(self) -> None:
        """Close the pipe and reap the child, ending it if still at work (lock held)."""
        self._state = "done"
        os.close(self._fd)
        try:
            pid, _ = os.waitpid(self.pid, os.WNOHANG)
            if pid == 0:
                os.kill(self.pid, signal.SIGKILL)
                os.waitpid(self.pid, 0)
        except ChildProcessError:
            pass


def _run_when_idle() -> None:  # pragma: no cover - runs in the forked child
    try:
        os.sched_setscheduler(0, os.SCHED_IDLE, os.sched_param(0))
    except (AttributeError, OSError):
        os.nice(19)


def _child(
    read_end: int, write_end: int, work: Callable[[], tuple[tuple[OpenProblem, ...], str]]
) -> None:  # pragma: no cover - runs in the forked child
    """Do the work, write the result, and end without running anything of the parent's
    (atexit handlers, buffered output, Textual)."""
    status = 1
    try:
        os.close(read_end)
        # Nothing of the child's may reach the terminal the wizard draws on.
        devnull = os.open(os.devnull, os.O_RDWR)
        for fd in (0, 1, 2):
            os.dup2(devnull, fd)
        # Only on a core nothing else wants: never at the cost of the wizard's first
        # frame (on a busy machine the child may not be done by then; the wizard then
        # does the work itself).
        _run_when_idle()
        problems, document = work()
        payload = json.dumps(
            {"problems": [_as_data(p) for p in problems], "document": document}
        ).encode()
        view = memoryview(payload)
        while view:
            written = os.write(write_end, view)
            view = view[written:]
        status = 0
    except BaseException:
        status = 1
    finally:
        os._exit(status)
