"""Which answer input a question gets, by its kind."""

from __future__ import annotations

import importlib
from typing import Any

from storybuilder.bank import Bank, Question
from storybuilder.tui.widgets.answer_input import AnswerInput

# Module and class of the input for each kind, imported when a question of that kind is
# first shown: the entries and multi-choice inputs pull in widgets the first screen
# rarely needs, and start-up time is part of the product.
_BY_KIND: dict[str, tuple[str, str]] = {
    "line": ("line_answer", "LineAnswer"),
    "text": ("text_answer", "TextAnswer"),
    "list": ("list_answer", "ListAnswer"),
    "choice": ("choice_answer", "ChoiceAnswer"),
    "multi-choice": ("multi_choice_answer", "MultiChoiceAnswer"),
    "yes-no": ("yes_no_answer", "YesNoAnswer"),
    "yes-no-unsure": ("yes_no_answer", "YesNoAnswer"),
    "entries": ("entries_answer", "EntriesAnswer"),
    "info": ("info_answer", "InfoAnswer"),
}


def input_class(kind: str) -> type[AnswerInput]:
    module, name = _BY_KIND.get(kind, _BY_KIND["line"])
    widget_class: type[AnswerInput] = getattr(
        importlib.import_module(f"storybuilder.tui.widgets.{module}"), name
    )
    return widget_class


def answer_input_for(question: Question, bank: Bank, value: Any) -> AnswerInput:
    """A new input for the question, showing ``value`` (the saved answer or a draft)."""
    widget_class = input_class(question.kind)
    return widget_class(question, bank, value, id="answer", classes=f"kind-{question.kind}")
