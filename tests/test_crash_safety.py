"""Crash safety: SIGKILL a process in the middle of a save loop, many times.

After every kill the story file must parse and equal one of the versions the loop saved,
and so must the backup. This is what "a crash, kill or power loss at any moment leaves
the last saved story intact" means for the atomic write.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from storybuilder import storefile
from storybuilder.story import Story

SAVE_LOOP = r"""
import sys
from pathlib import Path
from storybuilder import storefile
from storybuilder.story import Story

path = Path(sys.argv[1])
body = "A long answer about the model's internals. " * 400
i = 0
while True:
    i += 1
    story = Story.model_validate(
        {"meta": {"title": f"v{i}"}, "goal": {"specification": f"{body}\nversion {i}"}}
    )
    storefile.save(story, path)
    if i == 1:
        print("saved", flush=True)
"""


def version_of(story: Story) -> int:
    title = story.meta.title or ""
    assert title.startswith("v"), title
    number = int(title[1:])
    assert story.goal.specification is not None
    assert story.goal.specification.endswith(f"\nversion {number}")
    return number


def test_sigkill_during_saves_never_leaves_a_broken_file(tmp_path: Path) -> None:
    rng = random.Random(20261129)
    path = tmp_path / "story.toml"
    seen: list[int] = []
    for _ in range(25):
        process = subprocess.Popen(
            [sys.executable, "-c", SAVE_LOOP, str(path)],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "saved"
        time.sleep(rng.uniform(0.0, 0.08))
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
        story = storefile.load(path)
        seen.append(version_of(story))
        backup = path.with_name(path.name + ".bak")
        if backup.exists():
            version_of(storefile.load(backup))  # a whole earlier version, never a torn one
        leftovers = [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
        for name in leftovers:  # a kill between mkstemp and rename leaves one; never the story
            (tmp_path / name).unlink()
    assert len(set(seen)) > 1, "the loop never got past its first save"
