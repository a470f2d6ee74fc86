"""The preview splits the document into parts and redraws only those that changed."""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

import pytest

from storybuilder.bank import Bank, packaged_bank
from storybuilder.session import create_story
from storybuilder.story import Story
from storybuilder.tui.app import StorybuilderApp
from storybuilder.tui.editor import StoryEditor
from storybuilder.tui.widgets.document_preview import DocumentPreview, split_parts

from .helpers import until

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


async def test_one_answer_redraws_only_its_part_of_a_5000_word_preview(
    new_editor: Callable[..., StoryEditor], mini_bank: Bank
) -> None:
    # How long this takes is measured by bench/preview_refresh.py, not asserted here.
    editor = new_editor(big_story())
    assert len(editor.render_preview().split()) >= 5000
    app = StorybuilderApp(editor=editor, bank=mini_bank)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause(0.3)
        await app.workers.wait_for_complete()
        await pilot.pause()
        preview = app.screen.query_one("#preview", DocumentPreview)
        assert preview.markdown_mounted
        before = [part.source for part in preview.parts]

        spec = editor.bank.by_id["specification"]
        editor.interview.answer(f"{editor.interview.value(spec)} One more sentence.", spec)
        await preview.show_text(editor.render_preview())
        await pilot.pause()

        after = [part.source for part in preview.parts]
        changed = [i for i, (old, new) in enumerate(zip(before, after, strict=True)) if old != new]
        assert len(changed) == 1
        assert "One more sentence." in after[changed[0]]


def test_the_document_is_split_at_headings_but_never_inside_code() -> None:
    text = "# T\n\nintro\n\n## A\n\ntext\n\n```\n# not a heading\n```\n\n## B\n\nmore\n"
    assert split_parts(text) == [
        "# T\n\nintro",
        "## A\n\ntext\n\n```\n# not a heading\n```",
        "## B\n\nmore",
    ]


async def test_a_long_document_is_drawn_at_its_final_width_from_the_first_layout(
    new_editor: Callable[..., StoryEditor], mini_bank: Bank
) -> None:
    # The scroll bar of a long document is there from the start: a bar that came once
    # the parts were measured narrowed the text, and every part was drawn again.
    app = StorybuilderApp(editor=new_editor(big_story()), bank=mini_bank)
    async with app.run_test(size=(120, 40)) as pilot:
        assert await until(pilot, lambda: bool(app.screen.query("#preview")))
        preview = app.screen.query_one("#preview", DocumentPreview)
        assert preview.styles.overflow_y == "scroll"
        assert await until(pilot, lambda: preview.markdown_mounted)
        await pilot.pause()
        # Each part was rendered at one width only.
        widths = {
            key[2]
            for part in preview.parts
            if part._markdown is not None
            for key in part._markdown._rendered
        }
        assert len(widths) == 1


async def test_the_preview_opens_on_the_section_being_edited_with_the_whole_document(
    story_path: Path,
) -> None:
    # The parts around the section come once its view is drawn: the view stays on the
    # section, and the document is whole, in order, above and below it.
    core = packaged_bank("core")
    editor = StoryEditor(create_story(story_path, big_story(), core))
    editor.interview.jump("objective-misgeneralization-reason", come_back=False)
    app = StorybuilderApp(editor=editor, bank=core)
    async with app.run_test(size=(120, 40)) as pilot:
        assert await until(pilot, lambda: bool(app.screen.query("#preview")))
        preview = app.screen.query_one("#preview", DocumentPreview)
        assert await until(pilot, lambda: preview._rest is None and not preview._scroll_pending)
        await pilot.pause()
        document = split_parts(editor.render_preview())
        assert [part.source for part in preview.parts] == document
        part = preview.part_for("Failure modes")
        assert part is not None and part is not preview.parts[0]
        assert preview.scroll_y == part.virtual_region.y > 0


async def test_a_refresh_before_the_rest_of_the_document_came_keeps_the_section_in_view(
    story_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The document changes while the first view (the parts from the section on) is all
    # there is: the parts above it come in their places and the view stays on it.
    core = packaged_bank("core")
    editor = StoryEditor(create_story(story_path, big_story(), core))
    editor.interview.jump("objective-misgeneralization-reason", come_back=False)
    held: list[DocumentPreview] = []

    async def hold(self: DocumentPreview) -> None:
        held.append(self)

    monkeypatch.setattr(DocumentPreview, "_mount_rest", hold)
    app = StorybuilderApp(editor=editor, bank=core)
    async with app.run_test(size=(120, 40)) as pilot:
        assert await until(pilot, lambda: bool(held))
        preview = held[0]
        assert preview._rest is not None and preview._rest[0], "the first view starts above"
        document = split_parts(editor.render_preview())
        await preview.show_text(editor.render_preview())
        assert await until(pilot, lambda: not preview._scroll_pending)
        await pilot.pause()
        assert [part.source for part in preview.parts] == document
        part = preview.part_for("Failure modes")
        assert part is not None
        assert preview.scroll_y == part.virtual_region.y > 0
