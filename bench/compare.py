"""``storybuilder compare`` of 300 different stories, cold.

The stories are the shipped examples, each copy numbered (see :func:`story_folder`).

Floor: the import floor (see bench.common). Target: within 5x of it.

Beside it, no target: the critic alone on the same stories, timed inside one fresh
process after they are loaded (compare shares it among one worker per core). It is most
of compare's time, and what the target would need it to shed.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import tomllib
from importlib import resources
from pathlib import Path
from typing import Any

import tomli_w

from bench.common import (
    COLD,
    IMPORT_FLOOR,
    Row,
    Timing,
    floor_row,
    interleaved,
    python,
    ratio_row,
    run_once,
)
from bench.common import storybuilder as command
from storybuilder.compare import WORKERS_VARIABLE

STORIES = 300
TARGET = 5.0


def story_folder(folder: Path, count: int = STORIES) -> Path:
    """``count`` different stories: the shipped examples, each copy's prose numbered.

    Identical copies would let whatever storybuilder keeps per text in a process (the
    words of a text, the verdict on a specification) serve every copy after the first:
    the row would time cache hits.
    """
    examples = sorted(
        (p for p in (resources.files("storybuilder") / "examples").iterdir()),
        key=lambda p: p.name,
    )
    tables = [
        tomllib.loads(p.read_text(encoding="utf-8")) for p in examples if p.name.endswith(".toml")
    ]
    stories = folder / "stories"
    stories.mkdir()
    for i in range(count):
        story = _numbered(tables[i % len(tables)], i)
        (stories / f"story-{i:03d}.toml").write_text(tomli_w.dumps(story), encoding="utf-8")
    return stories


def _numbered(value: Any, number: int) -> Any:
    """The story with " (Copy N.)" after each answer of more than a few words."""
    if isinstance(value, dict):
        return {k: _numbered(v, number) for k, v in value.items()}
    if isinstance(value, list):
        return [_numbered(v, number) for v in value]
    if isinstance(value, str) and len(value.split()) > 5:
        return f"{value} (Copy {number}.)"
    return value


def check_workers(stories: Path, folder: Path) -> None:
    """The document compare writes with its worker processes is the one it writes alone."""
    outputs = []
    for workers in ("", "1"):
        out = folder / f"compare-{workers or 'default'}.md"
        run_once(
            command(
                "compare",
                str(stories),
                "-o",
                str(out),
                cold=True,
                env={WORKERS_VARIABLE: workers},
            )
        )
        outputs.append(out.read_bytes())
    if outputs[0] != outputs[1]:
        raise SystemExit("compare writes another document with its workers than alone")


_CRITIC_ALONE = """
import sys, time
from pathlib import Path
from storybuilder import critic, storefile
from storybuilder.bank import packaged_bank
stories = [storefile.load(p) for p in sorted(Path(sys.argv[1]).glob("*.toml"))]
bank = packaged_bank()
start = time.perf_counter()
for story in stories:
    critic.detect(story, bank)
print(time.perf_counter() - start)
"""


def critic_alone(stories: Path, repeat: int = 3) -> Timing:
    """Seconds the critic takes over the stories in one fresh process, once loaded."""
    samples = []
    for _ in range(repeat):
        done = subprocess.run(
            [sys.executable, "-c", _CRITIC_ALONE, str(stories)],
            capture_output=True,
            text=True,
            check=True,
        )
        samples.append(float(done.stdout.strip()))
    return Timing(tuple(samples))


def rows(repeat: int = 5) -> list[Row]:
    folder = Path(tempfile.mkdtemp(prefix="storybuilder-bench-"))
    try:
        stories = story_folder(folder)
        check_workers(stories, folder)
        out = str(folder / "compare.md")
        timings = interleaved(
            {
                "floor": python(IMPORT_FLOOR),
                "compare": command("compare", str(stories), "-o", out, cold=True),
            },
            repeat=repeat,
        )
        alone = critic_alone(stories)
        return [
            floor_row("import floor", timings["floor"]),
            ratio_row(
                f"compare, {STORIES} stories, no cache",
                timings["compare"],
                timings["floor"],
                COLD,
                TARGET,
            ),
            ratio_row(
                f"  the critic alone on them, one process ({alone.median / STORIES * 1000:.1f} ms each)",
                alone,
                timings["floor"],
                COLD,
            ),
        ]
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    from bench.common import print_table

    print_table(rows())
