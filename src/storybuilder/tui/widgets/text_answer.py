"""A long answer (a specification, an argument), with a word count."""

from __future__ import annotations

from typing import Any

from textual import on
from textual.app import ComposeResult
from textual.widgets import Static, TextArea

from storybuilder.tui.widgets.answer_input import AnswerInput
from storybuilder.tui.widgets.stable_text_area import StableTextArea


def count_words(text: str) -> int:
    return len(text.split())


class TextAnswer(AnswerInput):
    """Several paragraphs of text. Enter starts a new line; Next confirms."""

    DEFAULT_CSS = """
    TextAnswer {
        & > TextArea {
            height: 30vh;
            min-height: 5;
        }
        & > .word-count {
            color: $text-muted;
            height: 1;
            text-align: right;
        }
        & > .word-count.-short {
            color: $text-warning;
        }
    }
    """

    def compose(self) -> ComposeResult:
        yield StableTextArea(
            str(self.initial or ""),
            soft_wrap=True,
            tab_behavior="focus",
            placeholder="Write your answer. Enter starts a new line; Next confirms it.",
            id="text-input",
        )
        self._shown_label = self._count_label(count_words(str(self.initial or "")))
        yield Static(self._shown_label, classes="word-count")

    def _count_label(self, words: int) -> str:
        minimum = self.question.min_words
        label = f"{words} word{'s' if words != 1 else ''}"
        return f"{label} (at least {minimum})" if minimum else label

    @on(TextArea.Changed)
    def _changed(self, event: TextArea.Changed) -> None:
        words = count_words(event.text_area.text)
        label = self._count_label(words)
        if label == self._shown_label:
            return  # most keys do not change the count: nothing to redraw
        self._shown_label = label
        counter = self.query_one(".word-count", Static)
        # One line of fixed height: a new count never needs a new layout of the screen.
        counter.update(label, layout=False)
        minimum = self.question.min_words
        counter.set_class(bool(minimum) and words < minimum, "-short")

    @property
    def value(self) -> Any:
        return self.query_one(TextArea).text
