"""Preview refresh of a 5,000-word story on the core bank in the wizard (headless), < 300 ms.

Times the whole refresh as the wizard does it after an answer: render the document in
a thread, update the parts that changed, and let Textual lay out and paint. Measured
after one answer (one part changes) and with every part changed (another story opened).
"""

from __future__ import annotations

import asyncio
import os
import tempfile
import time
from pathlib import Path

from bench.common import IN_PROCESS, Row, Timing, print_table

ROUNDS = 7


async def _measure() -> tuple[Timing, Timing]:
    from bench.stories import long_story
    from storybuilder.bank import packaged_bank
    from storybuilder.session import create_story
    from storybuilder.tui.app import StorybuilderApp
    from storybuilder.tui.editor import StoryEditor
    from storybuilder.tui.widgets.document_preview import DocumentPreview

    bank = packaged_bank("core")
    folder = Path(tempfile.mkdtemp())
    editor = StoryEditor(create_story(folder / "story.toml", long_story(5000), bank), bank)
    app = StorybuilderApp(editor=editor, bank=bank)
    one: list[float] = []
    every: list[float] = []
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause(0.3)
        await app.workers.wait_for_complete()
        await pilot.pause()
        preview = app.screen.query_one("#preview", DocumentPreview)
        spec = bank.by_id["goal-specification"]
        for attempt in range(ROUNDS):
            editor.interview.answer(f"{editor.interview.value(spec)} More {attempt}.", spec)
            one.append(await _timed(preview, editor, pilot))
        for _ in range(ROUNDS):
            for part in preview.parts:
                part.source = ""
            every.append(await _timed(preview, editor, pilot))
    return Timing(tuple(one)), Timing(tuple(every))


async def _timed(preview: object, editor: object, pilot: object) -> float:
    started = time.perf_counter()
    text = await asyncio.to_thread(editor.render_preview)  # type: ignore[attr-defined]
    await preview.show_text(text)  # type: ignore[attr-defined]
    await pilot.pause()  # type: ignore[attr-defined]
    return time.perf_counter() - started


def rows() -> list[Row]:
    os.environ.setdefault("XDG_STATE_HOME", tempfile.mkdtemp())
    one, every = asyncio.run(_measure())
    return [
        Row(
            "preview refresh after one answer, 5,000 words",
            one.ms(),
            "",
            "< 300 ms",
            one.median < 0.3,
            IN_PROCESS,
        ),
        Row(
            "preview refresh, every part changed",
            every.ms(),
            "",
            "< 300 ms",
            every.median < 0.3,
            IN_PROCESS,
        ),
    ]


if __name__ == "__main__":
    print_table(rows())
