"""The preview of a 5,000-word story refreshes in under 300 ms, off the typing path."""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import Callable
from typing import Any

from textual.pilot import Pilot

from storybuilder.bank import Bank
from storybuilder.story import Story
from storybuilder.tui.app import StorybuilderApp
from storybuilder.tui.editor import StoryEditor
from storybuilder.tui.widgets.document_preview import DocumentPreview, split_parts

BUDGET = 0.3
SENTENCE = (
    "the model represents objects as bundles of shape and texture features and computes "
    "a mapping from images to labels with no search no planning and no memory"
)
WORDS = str.split(SENTENCE)


def _paragraphs(rng: random.Random, words: int, per: int = 80) -> str:
    return "\n\n".join(
        " ".join(rng.choice(WORDS) for _ in range(per)).capitalize() + "."
        for _ in range(max(1, words // per))
    )


def big_story() -> Story:
    rng = random.Random(5)
    return Story.model_validate(
        {
            "meta": {"title": "A long story", "summary": _paragraphs(rng, 480)},
            "goal": {
                "classes": ["simulator"],
                "specification": _paragraphs(rng, 960),
                "desirability": _paragraphs(rng, 800),
            },
            "rationale": {
                "constraints": _paragraphs(rng, 800),
                "nudges": _paragraphs(rng, 800),
            },
            "failure_modes": {
                "deceptive-alignment": {
                    "relevance": "applies",
                    "reason": _paragraphs(rng, 320),
                    "mitigation": _paragraphs(rng, 320),
                }
            },
            "claims": [
                {"claim": _paragraphs(rng, 15, 15), "test": _paragraphs(rng, 25, 25)}
                for _ in range(12)
            ],
        }
    )


async def _timed_refresh(preview: DocumentPreview, editor: StoryEditor, pilot: Pilot[Any]) -> float:
    started = time.perf_counter()
    text = await asyncio.to_thread(editor.render_preview)
    await preview.show_text(text)
    await pilot.pause()  # layout and paint
    return time.perf_counter() - started


async def test_a_5000_word_preview_refreshes_in_under_300_ms(
    new_editor: Callable[..., StoryEditor], mini_bank: Bank
) -> None:
    editor = new_editor(big_story())
    assert len(editor.render_preview().split()) >= 5000
    app = StorybuilderApp(editor=editor, bank=mini_bank)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause(0.3)
        await app.workers.wait_for_complete()
        await pilot.pause()
        preview = app.screen.query_one("#preview", DocumentPreview)
        assert preview.markdown_mounted

        # After one answer: only its part of the document changes.
        answers = []
        for attempt in range(3):
            spec = editor.bank.by_id["specification"]
            editor.interview.answer(f"{editor.interview.value(spec)} More {attempt}.", spec)
            answers.append(await _timed_refresh(preview, editor, pilot))
        assert min(answers) < BUDGET, answers

        # The whole document changed (another story opened, a theme change...).
        full = []
        for _ in range(3):
            for part in preview.parts:
                part.source = ""
            full.append(await _timed_refresh(preview, editor, pilot))
        assert min(full) < BUDGET, full


def test_the_document_is_split_at_headings_but_never_inside_code() -> None:
    text = "# T\n\nintro\n\n## A\n\ntext\n\n```\n# not a heading\n```\n\n## B\n\nmore\n"
    assert split_parts(text) == [
        "# T\n\nintro",
        "## A\n\ntext\n\n```\n# not a heading\n```",
        "## B\n\nmore",
    ]
