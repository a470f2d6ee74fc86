"""Helpers shared by the benchmark scripts: repeated timing and a results table."""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass


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


def time_command(argv: list[str], repeat: int = 11, warmup: int = 2) -> Timing:
    def run() -> None:
        subprocess.run(argv, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    return time_call(run, repeat=repeat, warmup=warmup)


def interleaved(commands: dict[str, list[str]], repeat: int = 11) -> dict[str, Timing]:
    """Time several commands in alternation, so machine noise hits them alike."""
    samples: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(2):
        for argv in commands.values():
            subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(repeat):
        for name, argv in commands.items():
            start = time.perf_counter()
            subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            samples[name].append(time.perf_counter() - start)
    return {name: Timing(tuple(values)) for name, values in samples.items()}


@dataclass(frozen=True)
class Row:
    name: str
    value: str
    ratio: str
    target: str
    met: bool | None


def print_table(rows: list[Row]) -> None:
    width = max(len(r.name) for r in rows)
    print(f"{'measure':<{width}}  {'median (min, max)':<40}  {'ratio':>8}  target      met")
    for r in rows:
        met = "-" if r.met is None else ("yes" if r.met else "NO")
        print(f"{r.name:<{width}}  {r.value:<40}  {r.ratio:>8}  {r.target:<10}  {met}")
    sys.stdout.flush()
