"""Headless ``render`` and ``check`` of a 5,000-word story, cold and warm, against the floor.

The floor is what the dependencies cost by themselves (product.md):
``python -c "import jinja2, tomllib, tomli_w, pydantic; pydantic.create_model('M', x=(str, ...))"``.

* cold (the headline rows): every run starts with an empty cache, as the first run
  after an edit. Targets: render <= 1.3x the floor, check <= 1.2x.
* warm: the output cache holds the result, so these rows time a cache hit; they are
  reported apart, with their own interleaved floor, and carry no target.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from bench.common import (
    COLD,
    IMPORT_FLOOR,
    WARM,
    Row,
    floor_row,
    interleaved,
    python,
    ratio_row,
    storybuilder,
)
from bench.stories import write_long_story

TARGETS = {"render": 1.3, "check": 1.2}


def rows(repeat: int = 11) -> list[Row]:
    folder = Path(tempfile.mkdtemp(prefix="storybuilder-bench-"))
    try:
        story = str(write_long_story(folder / "story.toml", words=5000))
        cold = interleaved(
            {
                "floor": python(IMPORT_FLOOR),
                "render": storybuilder("render", story, cold=True),
                "check": storybuilder("check", story, cold=True),
            },
            repeat=repeat,
        )
        result = [floor_row("import floor (jinja2, tomllib, tomli_w, pydantic)", cold["floor"])]
        for name in ("render", "check"):
            result.append(
                ratio_row(
                    f"{name}, 5,000-word story, no cache",
                    cold[name],
                    cold["floor"],
                    COLD,
                    TARGETS[name],
                )
            )
        env = {"XDG_CACHE_HOME": str(folder / "cache")}
        warm = interleaved(
            {
                "floor": python(IMPORT_FLOOR),
                "render": storybuilder("render", story, cold=False, env=env),
                "check": storybuilder("check", story, cold=False, env=env),
            },
            repeat=repeat,
        )
        result.append(floor_row("import floor (again, for the warm rows)", warm["floor"]))
        for name in ("render", "check"):
            result.append(
                ratio_row(
                    f"{name}, 5,000-word story, output cached", warm[name], warm["floor"], WARM
                )
            )
        return result
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    from bench.common import print_table

    print_table(rows())
