"""The wizard in a real terminal (tmux), against a minimal Textual app timed the same way.

* first screen: from starting the command to its first interactive screen being drawn
  (the wizard's current question; the minimal app's "ready"). Target: within 2x.
* keystroke to repaint: typing into a long answer of a 5,000-word story with the preview
  shown, against the minimal app echoing keys into a Static. Target: within 2x.
"""

from __future__ import annotations

import os
import random
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

from bench import terminal
from bench.common import Row, Timing
from bench.stories import write_long_story

ROOT = Path(__file__).resolve().parent.parent
STORYBUILDER = str(Path(sys.executable).parent / "storybuilder")
MINIMAL = f"{sys.executable} {ROOT / 'bench' / 'minimal_app.py'}"


def _story(folder: Path) -> Path:
    path = write_long_story(folder / "story.toml", words=5000)
    text = path.read_text()
    # Resume at the goal specification: a long text answer, as when revising a story.
    return _with_resume_point(path, text, "goal-specification")


def _with_resume_point(path: Path, text: str, question: str) -> Path:
    from storybuilder import storefile

    story = storefile.parse(text)
    story = story.model_copy(
        update={"interview": story.interview.model_copy(update={"at": question})}
    )
    path.write_text(storefile.dumps(story))
    return path


def first_screens(story: Path, prompt: str, repeat: int) -> tuple[Timing, Timing]:
    env = f"env XDG_STATE_HOME={story.parent / 'state'} XDG_CACHE_HOME={story.parent / 'cache'}"
    minimal: list[float] = []
    wizard: list[float] = []
    terminal.first_screen(f"{env} {STORYBUILDER} edit {story}", prompt)  # fills the caches
    for _ in range(repeat):
        minimal.append(terminal.first_screen(MINIMAL, "ready"))
        wizard.append(terminal.first_screen(f"{env} {STORYBUILDER} edit {story}", prompt))
    return Timing(tuple(minimal)), Timing(tuple(wizard))


def keystrokes(story: Path, prompt: str, count: int) -> tuple[Timing, Timing]:
    env = f"env XDG_STATE_HOME={story.parent / 'state'} XDG_CACHE_HOME={story.parent / 'cache'}"
    with terminal.session(MINIMAL) as name:
        terminal.wait_for(name, "ready")
        minimal = terminal.keystroke_latencies(
            name, ("abcdefghij" * count)[:count], context="ready "
        )
    with terminal.session(f"{env} {STORYBUILDER} edit {story}", width=120, height=40) as name:
        terminal.wait_for(name, prompt)
        terminal._tmux("send-keys", "-t", name, "C-t")  # show the preview beside the answer
        terminal.wait_for(name, "Preview")
        # The cursor starts at the top of the long answer: open an empty first line and
        # type there, so the whole answer reflows under each keystroke.
        for key in ("Enter", "Up"):
            _untimed_key(name, key)
        wizard = _latencies_in_text_area(name, count)
    return Timing(tuple(minimal)), Timing(tuple(wizard))


# Each line typed into the answer is shorter than the answer box is wide, so it never
# wraps; the lines differ, so a finished line never passes for the one being typed.
_LINE = 24
_KEYS = "BCDFGHJKLMNPQRSTVWXZ0123456789"


def _untimed_key(name: str, key: str) -> None:
    # Keys sent back to back were sometimes lost; the pause also keeps the work a key
    # starts out of the next timed keystroke.
    terminal._tmux("send-keys", "-t", name, key)
    time.sleep(0.3)


def _latencies_in_text_area(name: str, count: int) -> list[float]:
    rng = random.Random(7)
    latencies = []
    line = ""
    for i in range(count):
        if i and i % _LINE == 0:
            _untimed_key(name, "Enter")  # a fresh line
            line = ""
        char = rng.choice(_KEYS)
        line += char
        # The typed line alone inside the answer's borders: "▊ <line>   ▎".
        drawn = re.compile(r"▊ " + re.escape(line) + r" *▎")
        start = time.perf_counter()
        terminal._tmux("send-keys", "-t", name, "-l", char)
        while not drawn.search(terminal.screen(name)):
            if time.perf_counter() - start > 10:
                raise TimeoutError(f"{line!r} never appeared:\n{terminal.screen(name)}")
            time.sleep(terminal.POLL)
        latencies.append(time.perf_counter() - start)
    return latencies


def _byte_compile_storybuilder() -> None:
    # `pip install .` byte-compiles the package; an editable install under
    # PYTHONDONTWRITEBYTECODE never does, and would be timed compiling its own source.
    import compileall

    import storybuilder

    compileall.compile_dir(Path(storybuilder.__file__).parent, quiet=1)


def rows(repeat: int = 15, keys: int = 48) -> list[Row]:
    if not terminal.have_tmux():
        return [Row("wizard in tmux", "tmux is not installed", "", "", None)]
    from storybuilder.bank import packaged_bank

    _byte_compile_storybuilder()

    prompt = packaged_bank("core").by_id["goal-specification"].prompt[:24]
    folder = Path(tempfile.mkdtemp(prefix="storybuilder-bench-"))
    os.environ["XDG_CACHE_HOME"] = str(folder / "cache")
    story = _story(folder)
    with terminal.server():
        minimal_first, wizard_first = first_screens(story, prompt, repeat)
        minimal_keys, wizard_keys = keystrokes(story, prompt, keys)
    first_ratio = wizard_first.median / minimal_first.median
    key_ratio = wizard_keys.median / minimal_keys.median
    return [
        Row("first screen: minimal Textual app", minimal_first.ms(), "1.00x", "", None),
        Row(
            "first screen: storybuilder edit (5,000 words)",
            wizard_first.ms(),
            f"{first_ratio:.2f}x",
            "<= 2x",
            first_ratio <= 2,
        ),
        Row("keystroke to repaint: minimal app", minimal_keys.ms(), "1.00x", "", None),
        Row(
            "keystroke to repaint: long answer, preview shown",
            wizard_keys.ms(),
            f"{key_ratio:.2f}x",
            "<= 2x",
            key_ratio <= 2,
        ),
        Row(
            "  (keystroke p90 wizard / minimal)",
            f"{_p90(wizard_keys) * 1000:.1f} / {_p90(minimal_keys) * 1000:.1f} ms",
            "",
            "",
            None,
        ),
    ]


def _p90(timing: Timing) -> float:
    return statistics.quantiles(timing.samples, n=10)[-1]


if __name__ == "__main__":
    from bench.common import print_table

    print_table(rows())
