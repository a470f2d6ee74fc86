"""Helpers shared by the benchmark scripts: repeated timing and a results table.

Every row says how it was run:

* ``cold``: no cache of any kind. Each run gets a fresh, empty ``XDG_CACHE_HOME``, as
  the first run after an edit of the story, the bank or storybuilder itself (nothing
  storybuilder computed before can be reused, and the caches are filled as a real first
  run fills them).
* ``warm``: the caches were filled by an earlier run of the same command, so a result
  may be a cache hit. Never a headline figure.
* ``in-process``: timed inside one running process (whatever it compiled is reused).
* ``floor``: the reference the ratios below it are taken to, timed in the same
  interleaved run (floor, measure, floor, measure, ...) so that machine noise hits both.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

COLD = "cold"
WARM = "warm"
FLOOR = "floor"
IN_PROCESS = "in-process"

IMPORT_FLOOR = "import jinja2, tomllib, tomli_w, pydantic; pydantic.create_model('M', x=(str, ...))"
"""What the headless commands' dependencies cost by themselves (product.md)."""


@dataclass(frozen=True)
class Timing:
    """Seconds over repeated runs."""

    samples: tuple[float, ...]

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    @property
    def low(self) -> float:
        return min(self.samples)

    @property
    def high(self) -> float:
        return max(self.samples)

    def ms(self) -> str:
        return (
            f"{self.median * 1000:8.1f} ms (min {self.low * 1000:.1f}, max {self.high * 1000:.1f})"
        )


def time_call(action: Callable[[], object], repeat: int = 15, warmup: int = 2) -> Timing:
    for _ in range(warmup):
        action()
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        samples.append(time.perf_counter() - start)
    return Timing(tuple(samples))


@dataclass(frozen=True)
class Command:
    """A command to time: its argv, and whether each run starts with no cache at all."""

    argv: list[str]
    cold: bool = False
    env: Mapping[str, str] = field(default_factory=dict)


def run_once(command: Command) -> float:
    """Seconds one run of the command takes (a cold run gets a fresh, empty cache)."""
    env = {**os.environ, **command.env}
    env.pop("STORYBUILDER_NO_CACHE", None)
    fresh = None
    if command.cold:
        fresh = tempfile.mkdtemp(prefix="storybuilder-bench-cache-")
        env["XDG_CACHE_HOME"] = fresh
    try:
        start = time.perf_counter()
        subprocess.run(command.argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        return time.perf_counter() - start
    finally:
        if fresh is not None:
            shutil.rmtree(fresh, ignore_errors=True)


def interleaved(commands: Mapping[str, Command], repeat: int = 11) -> dict[str, Timing]:
    """Time several commands in alternation, so machine noise hits them alike.

    Two untimed rounds first: they load the files into the OS cache and, for warm
    commands, fill storybuilder's caches.
    """
    samples: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(2):
        for command in commands.values():
            run_once(command)
    for _ in range(repeat):
        for name, command in commands.items():
            samples[name].append(run_once(command))
    return {name: Timing(tuple(values)) for name, values in samples.items()}


def python(code: str) -> Command:
    return Command([sys.executable, "-c", code])


def storybuilder(*args: str, cold: bool, env: Mapping[str, str] | None = None) -> Command:
    return Command([sys.executable, "-m", "storybuilder", *args], cold=cold, env=env or {})


def byte_compile_storybuilder() -> None:
    """Byte-compile the package, as ``pip install .`` does.

    An editable install under PYTHONDONTWRITEBYTECODE never writes its .pyc files, and
    every run would be timed compiling storybuilder's own source.
    """
    import compileall
    from pathlib import Path

    import storybuilder

    compileall.compile_dir(Path(storybuilder.__file__).parent, quiet=1)


@dataclass(frozen=True)
class Row:
    name: str
    value: str
    ratio: str
    target: str
    met: bool | None
    mode: str = ""
    """cold, warm, in-process or floor (see the module docstring)."""


def floor_row(name: str, timing: Timing) -> Row:
    return Row(name, timing.ms(), "1.00x", "", None, FLOOR)


def ratio_row(
    name: str, timing: Timing, floor: Timing, mode: str, target: float | None = None
) -> Row:
    """A measure as a ratio to its floor, with the target ratio beside it."""
    ratio = timing.median / floor.median
    return Row(
        name,
        timing.ms(),
        f"{ratio:.2f}x",
        f"<= {target:g}x" if target is not None else "",
        ratio <= target if target is not None else None,
        mode,
    )


def print_table(rows: list[Row]) -> None:
    width = max(len(r.name) for r in rows)
    print(
        f"{'measure':<{width}}  {'run':<10}  {'median (min, max)':<40}  {'ratio':>8}  "
        f"{'target':<10}  met"
    )
    for r in rows:
        met = "-" if r.met is None else ("yes" if r.met else "NO")
        print(
            f"{r.name:<{width}}  {r.mode:<10}  {r.value:<40}  {r.ratio:>8}  {r.target:<10}  {met}"
        )
    sys.stdout.flush()
