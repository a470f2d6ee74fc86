"""A long answer (a specification, an argument), with a word count."""

from __future__ import annotations

from typing import Any

from textual import on
from textual.app import ComposeResult
from textual.widgets import Static, TextArea

from storybuilder.tui.widgets.answer_input import AnswerInput


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
        yield TextArea(
            str(self.initial or ""),
            soft_wrap=True,
            tab_behavior="focus",
            placeholder="Write your answer. Enter starts a new line; Next confirms it.",
            id="text-input",
        )
        yield Static(self._count_label(str(self.initial or "")), classes="word-count")

    def _count_label(self, text: str) -> str:
        words = count_words(text)
        minimum = self.question.min_words
        label = f"{words} word{'s' if words != 1 else ''}"
        return f"{label} (at least {minimum})" if minimum else label

    @on(TextArea.Changed)
    def _changed(self, event: TextArea.Changed) -> None:
        text = event.text_area.text
        counter = self.query_one(".word-count", Static)
        counter.update(self._count_label(text))
        minimum = self.question.min_words
        counter.set_class(bool(minimum) and count_words(text) < minimum, "-short")

    @property
    def value(self) -> Any:
        return self.query_one(TextArea).text
