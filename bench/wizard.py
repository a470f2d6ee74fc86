"""The wizard in a real terminal (tmux) at 120x40, against a minimal Textual app.

Floor: the minimal app (bench/minimal_app.py) started the same way at the same size,
interleaved with the wizard's runs.

* first question visible: from starting ``storybuilder edit`` on a 5,000-word story
  until its current question is drawn. Cold (no cache): target <= 1.5x the floor.
* preview fully painted: at 120 columns the preview is on beside the question; from
  the start until it shows the document scrolled to the current question's section, the
  view the author is left with (not its placeholder, nor the top of the document drawn
  for a frame before the scroll).
  Cold: target <= 2.5x.
* the minimal app again, after importing pydantic and validating one small model
  (bench/minimal_app_with_pydantic.py): no target. The wizard validates the story with
  pydantic before it shows any of it, so this is the part of its first screen that the
  dependency alone takes (about 1.4x the floor on our machines, of the 1.5x target).
* both again warm (the caches filled by earlier runs), for comparison; no target.
* keystroke to repaint: typing into a long answer of a 5,000-word story with the preview
  shown, against the minimal app echoing keys into a Static. Target: within 2x.
"""

from __future__ import annotations

import os
import random
import re
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from bench import terminal
from bench.common import (
    COLD,
    FLOOR,
    IN_PROCESS,
    WARM,
    Row,
    Timing,
    byte_compile_storybuilder,
    floor_row,
    ratio_row,
)
from bench.stories import write_long_story

ROOT = Path(__file__).resolve().parent.parent
STORYBUILDER = str(Path(sys.executable).parent / "storybuilder")
MINIMAL = f"{sys.executable} {ROOT / 'bench' / 'minimal_app.py'}"
MINIMAL_WITH_PYDANTIC = f"{sys.executable} {ROOT / 'bench' / 'minimal_app_with_pydantic.py'}"
"""The minimal app after pydantic is imported and one model validates a record: what the
dependency alone costs before any first screen that shows validated data."""
WIDTH, HEIGHT = 120, 40
PREVIEW_PLACEHOLDER = "Preparing the preview"
PREVIEW_SECTION = "Goal class:"
"""A line of the current question's section (Training goal), which only the preview's
document shows."""
PREVIEW_TOP = "A. Researcher"
"""The author line at the top of the document. A frame that still shows it is the preview
before it scrolls to the current question's section, not the view the author is left with
(the 5,000-word document is far taller than the screen)."""


def _story(folder: Path) -> Path:
    path = write_long_story(folder / "story.toml", words=5000)
    text = path.read_text()
    # Resume at the goal specification: a long text answer, as when revising a story.
    return _with_resume_point(path, text, "goal-specification")


def _with_resume_point(path: Path, text: str, question: str) -> Path:
    from storybuilder import storefile

    story = storefile.parse(text)
    story = story.model_copy(
        update={"interview": story.interview.model_copy(update={"bank": "core"})}
    )
    story = story.model_copy(
        update={"interview": story.interview.model_copy(update={"at": question})}
    )
    path.write_text(storefile.dumps(story))
    return path


def _preview_painted(text: str) -> bool:
    return PREVIEW_SECTION in text and PREVIEW_TOP not in text and PREVIEW_PLACEHOLDER not in text


def _wizard_run(story: Path, prompt: str, cache: str | None) -> tuple[float, float]:
    """Seconds to the first question and to the painted preview; cache None: cold."""
    fresh = cache or tempfile.mkdtemp(prefix="storybuilder-bench-cache-")
    env = f"env XDG_STATE_HOME={story.parent / 'state'} XDG_CACHE_HOME={fresh}"
    try:
        question, preview = terminal.milestones(
            f"{env} {STORYBUILDER} edit {story}",
            [lambda text: prompt in text, _preview_painted],
            WIDTH,
            HEIGHT,
        )
    finally:
        if cache is None:
            shutil.rmtree(fresh, ignore_errors=True)
    return question, preview


def first_screens(story: Path, prompt: str, repeat: int) -> dict[str, Timing]:
    warm_cache = str(story.parent / "cache")
    samples: dict[str, list[float]] = {
        name: []
        for name in (
            "minimal",
            "minimal with pydantic",
            "question cold",
            "preview cold",
            "question warm",
            "preview warm",
        )
    }
    _wizard_run(story, prompt, warm_cache)  # fills the warm cache
    terminal.first_screen(MINIMAL, "ready", WIDTH, HEIGHT)
    for _ in range(repeat):
        samples["minimal"].append(terminal.first_screen(MINIMAL, "ready", WIDTH, HEIGHT))
        samples["minimal with pydantic"].append(
            terminal.first_screen(MINIMAL_WITH_PYDANTIC, "ready", WIDTH, HEIGHT)
        )
        question, preview = _wizard_run(story, prompt, None)
        samples["question cold"].append(question)
        samples["preview cold"].append(preview)
        question, preview = _wizard_run(story, prompt, warm_cache)
        samples["question warm"].append(question)
        samples["preview warm"].append(preview)
    return {name: Timing(tuple(values)) for name, values in samples.items()}


def keystrokes(story: Path, prompt: str, count: int) -> tuple[Timing, Timing]:
    env = f"env XDG_STATE_HOME={story.parent / 'state'} XDG_CACHE_HOME={story.parent / 'cache'}"
    with terminal.session(MINIMAL, width=WIDTH, height=HEIGHT) as name:
        terminal.wait_for(name, "ready")
        minimal = terminal.keystroke_latencies(
            name, ("abcdefghij" * count)[:count], context="ready "
        )
    with terminal.session(f"{env} {STORYBUILDER} edit {story}", WIDTH, HEIGHT) as name:
        terminal.wait_for(name, prompt)
        # At 120 columns the preview is on beside the answer from the start.
        terminal.milestones_in(name, [_preview_painted])
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


def rows(repeat: int = 11, keys: int = 48) -> list[Row]:
    if not terminal.have_tmux():
        return [Row("wizard in tmux", "tmux is not installed", "", "", None)]
    from storybuilder.bank import packaged_bank

    byte_compile_storybuilder()

    prompt = packaged_bank("core").by_id["goal-specification"].prompt[:24]
    folder = Path(tempfile.mkdtemp(prefix="storybuilder-bench-"))
    os.environ["XDG_CACHE_HOME"] = str(folder / "cache")
    story = _story(folder)
    try:
        with terminal.server():
            first = first_screens(story, prompt, repeat)
            minimal_keys, wizard_keys = keystrokes(story, prompt, keys)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    floor = first["minimal"]
    key_ratio = wizard_keys.median / minimal_keys.median
    return [
        floor_row(f"first screen: minimal Textual app, {WIDTH}x{HEIGHT}", floor),
        ratio_row(
            "  the same app after importing pydantic, one model",
            first["minimal with pydantic"],
            floor,
            COLD,
        ),
        ratio_row(
            "wizard: first question visible (5,000 words)", first["question cold"], floor, COLD, 1.5
        ),
        ratio_row(
            "wizard: preview fully painted, core bank", first["preview cold"], floor, COLD, 2.5
        ),
        ratio_row("wizard: first question visible", first["question warm"], floor, WARM),
        ratio_row("wizard: preview fully painted", first["preview warm"], floor, WARM),
        Row("keystroke to repaint: minimal app", minimal_keys.ms(), "1.00x", "", None, FLOOR),
        Row(
            "keystroke to repaint: long answer, preview shown",
            wizard_keys.ms(),
            f"{key_ratio:.2f}x",
            "<= 2x",
            key_ratio <= 2,
            IN_PROCESS,
        ),
        Row(
            "  (keystroke p90 wizard / minimal)",
            f"{_p90(wizard_keys) * 1000:.1f} / {_p90(minimal_keys) * 1000:.1f} ms",
            "",
            "",
            None,
            IN_PROCESS,
        ),
    ]


def _p90(timing: Timing) -> float:
    return statistics.quantiles(timing.samples, n=10)[-1]


if __name__ == "__main__":
    from bench.common import print_table

    print_table(rows())
