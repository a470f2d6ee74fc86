"""Which answer input a question gets, by its kind."""

from __future__ import annotations

from typing import Any

from storybuilder.bank import Bank, Question
from storybuilder.tui.widgets.answer_input import AnswerInput
from storybuilder.tui.widgets.choice_answer import ChoiceAnswer
from storybuilder.tui.widgets.entries_answer import EntriesAnswer
from storybuilder.tui.widgets.info_answer import InfoAnswer
from storybuilder.tui.widgets.line_answer import LineAnswer
from storybuilder.tui.widgets.list_answer import ListAnswer
from storybuilder.tui.widgets.multi_choice_answer import MultiChoiceAnswer
from storybuilder.tui.widgets.text_answer import TextAnswer
from storybuilder.tui.widgets.yes_no_answer import YesNoAnswer

_BY_KIND: dict[str, type[AnswerInput]] = {
    "line": LineAnswer,
    "text": TextAnswer,
    "list": ListAnswer,
    "choice": ChoiceAnswer,
    "multi-choice": MultiChoiceAnswer,
    "yes-no": YesNoAnswer,
    "yes-no-unsure": YesNoAnswer,
    "entries": EntriesAnswer,
    "info": InfoAnswer,
}


def answer_input_for(question: Question, bank: Bank, value: Any) -> AnswerInput:
    """A new input for the question, showing ``value`` (the saved answer or a draft)."""
    widget_class = _BY_KIND.get(question.kind, LineAnswer)
    return widget_class(question, bank, value, id="answer", classes=f"kind-{question.kind}")
