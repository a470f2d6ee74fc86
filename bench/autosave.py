"""Autosave of a 5,000-word story: what the wizard does after every answer.

Measured against writing the same bytes with a plain fsynced write (the floor: the
atomic save adds a temporary file, a rename, a backup and a directory fsync).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from bench.common import FLOOR, IN_PROCESS, Row, time_call
from bench.stories import long_story
from storybuilder import storefile
from storybuilder.story import Claim


def rows() -> list[Row]:
    folder = Path(tempfile.mkdtemp(prefix="storybuilder-bench-"))
    path = folder / "story.toml"
    story, fingerprint = storefile.save(long_story(5000), path)
    counter = iter(range(1_000_000))

    def save_changed() -> None:
        nonlocal story, fingerprint
        changed = story.model_copy(update={"claims": [Claim(claim=f"claim {next(counter)}")]})
        story, fingerprint = storefile.save(changed, path, expected=fingerprint)

    data = path.read_bytes()

    def plain_write() -> None:
        with open(folder / "plain.toml", "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())

    floor = time_call(plain_write)
    save = time_call(save_changed)
    return [
        Row(
            "plain fsynced write of the same bytes (floor)",
            floor.ms(),
            "1.00x",
            "",
            None,
            FLOOR,
        ),
        Row(
            "autosave, 5,000-word story (atomic + backup)",
            save.ms(),
            f"{save.median / floor.median:.2f}x",
            "",
            None,
            IN_PROCESS,
        ),
    ]


if __name__ == "__main__":
    from bench.common import print_table

    print_table(rows())
