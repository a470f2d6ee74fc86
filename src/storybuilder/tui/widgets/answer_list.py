"""The story's answers in the review, one per question asked; choosing one edits it."""

from __future__ import annotations

from textual import on
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option, OptionDoesNotExist

from storybuilder.terminal_text import safe
from storybuilder.tui.editor import StoryEditor
from storybuilder.tui.widgets.plain_option_list import PlainOptionList


class AnswerList(PlainOptionList):
    """Each question asked, with its answer; Enter posts ``EditRequested``."""

    class EditRequested(Message):
        """The author wants to change the answer to a question."""

        def __init__(self, answer_list: AnswerList, question_id: str) -> None:
            super().__init__()
            self.answer_list = answer_list
            self.question_id = question_id

        @property
        def control(self) -> AnswerList:
            return self.answer_list

    def show_answers(self, editor: StoryEditor) -> None:
        """List the questions asked with the story's current answers, in order."""
        highlighted = self.highlighted
        options = []
        for question in editor.interview.reachable():
            if not question.answerable:
                continue
            prompt = Content.from_markup(
                "[b]$prompt[/b]\n[$text-muted]$answer[/]",
                prompt=safe(question.prompt),
                answer=safe(editor.answer_summary(question), multiline=False),
            )
            options.append(Option(prompt, id=question.id))
        self.set_options(options)
        if options:
            self.highlighted = min(highlighted or 0, len(options) - 1)

    def show_answer(self, question_id: str) -> bool:
        """Highlight the answer to a question; whether it is listed."""
        try:
            self.highlighted = self.get_option_index(question_id)
        except OptionDoesNotExist:
            return False
        return True

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None:
            self.post_message(self.EditRequested(self, event.option.id))
