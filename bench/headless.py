"""Headless ``render`` and ``check`` against the render floor, in one interleaved run.

The floor is what the dependencies cost by themselves (product.md):
``python -c "import jinja2, tomllib, tomli_w, pydantic; pydantic.create_model('M', x=(str, ...))"``.
Target: each command within 1.2x of it. The first, cache-filling run is timed apart.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.common import Row, interleaved, time_command
from bench.stories import write_long_story

FLOOR = "import jinja2, tomllib, tomli_w, pydantic; pydantic.create_model('M', x=(str, ...))"


def rows(repeat: int = 15) -> list[Row]:
    folder = Path(tempfile.mkdtemp(prefix="storybuilder-bench-"))
    story = write_long_story(folder / "story.toml", words=5000)
    exe = [sys.executable, "-m", "storybuilder"]
    # A fresh cache for the cold measurement, then the warm ones reuse it.
    os.environ["XDG_CACHE_HOME"] = str(folder / "cache")
    cold = time_command([*exe, "render", str(story)], repeat=1, warmup=0)
    timings = interleaved(
        {
            "floor": [sys.executable, "-c", FLOOR],
            "render": [*exe, "render", str(story)],
            "check": [*exe, "check", str(story)],
        },
        repeat=repeat,
    )
    floor = timings["floor"].median
    result = [
        Row(
            "render floor (imports + first pydantic model)",
            timings["floor"].ms(),
            "1.00x",
            "",
            None,
        )
    ]
    for name in ("render", "check"):
        ratio = timings[name].median / floor
        result.append(
            Row(
                f"storybuilder {name}, 5,000-word story",
                timings[name].ms(),
                f"{ratio:.2f}x",
                "<= 1.2x",
                ratio <= 1.2,
            )
        )
    result.append(
        Row(
            "storybuilder render, first run (empty cache)",
            cold.ms(),
            f"{cold.median / floor:.2f}x",
            "",
            None,
        )
    )
    subprocess.run(["rm", "-rf", str(folder)], check=False)
    return result


if __name__ == "__main__":
    from bench.common import print_table

    print_table(rows())
