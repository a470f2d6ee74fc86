"""The open problems of the story, as a list with their triage status."""

from __future__ import annotations

from collections.abc import Sequence

from textual import on
from textual.content import Content
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from storybuilder.problem import OpenProblem
from storybuilder.story import ProblemStatus
from storybuilder.terminal_text import safe
from storybuilder.tui.editor import StorySnapshot
from storybuilder.tui.widgets.plain_option_list import PlainOptionList

STATUS_MARKS = {
    ProblemStatus.OPEN: "[$text-warning]○ open[/]",
    ProblemStatus.ADDRESSED: "[$text-success]✓ addressed[/]",
    ProblemStatus.ACCEPTED: "[$text-accent]~ accepted[/]",
}


def problem_prompt(problem: OpenProblem, *, detail: bool) -> Content:
    """One problem as shown in a list: status, title and (optionally) what to do."""
    mark = Content.from_markup(STATUS_MARKS[problem.status])
    title = Content.from_markup("[b]$title[/b]", title=safe(problem.title))
    parts: list[str | Content] = [mark, " ", title]
    if problem.rule is None:
        parts.append(Content.from_markup(" [$text-muted](your own)[/]"))
    if detail and problem.detail:
        parts.extend(["\n", Content.from_markup("[$text-muted]$d[/]", d=safe(problem.detail))])
    if problem.note:
        note = safe(problem.note)
        note = note if detail or len(note) <= 70 else note[:69] + "…"
        parts.extend(["\n", Content.from_markup("[i]Note: $note[/i]", note=note)])
    return Content.assemble(*parts)


class ProblemList(PlainOptionList):
    """Open problems; choosing one posts ``ProblemChosen`` (to jump to it, or triage it)."""

    class ProblemMessage(Message):
        """Base of the messages about one problem of the list."""

        def __init__(self, problem_list: ProblemList, problem: OpenProblem) -> None:
            super().__init__()
            self.problem_list = problem_list
            self.problem = problem

        @property
        def control(self) -> ProblemList:
            return self.problem_list

    class ProblemChosen(ProblemMessage):
        """The author chose (Enter or click) a problem."""

    class ProblemHighlighted(ProblemMessage):
        """The cursor moved onto a problem."""

    def __init__(
        self, *, detail: bool = True, id: str | None = None, classes: str | None = None
    ) -> None:
        super().__init__(id=id, classes=classes)
        self.detail = detail
        """Show each problem's explanation under its title."""
        self.problems: list[OpenProblem] = []

    snapshot: reactive[StorySnapshot | None] = reactive(None, init=False, repaint=False)
    """The story whose problems are listed (bound to the screen's, or set by it; new
    options repaint the list)."""

    def watch_snapshot(self, snapshot: StorySnapshot | None) -> None:
        if snapshot is not None:
            self.show_problems(snapshot.problems)

    def show_problems(self, problems: Sequence[OpenProblem]) -> None:
        """Replace the list, keeping the cursor where it was."""
        previous = self.highlighted
        self.problems = list(problems)
        if not problems:
            self.set_options(
                [
                    Option(
                        Content.from_markup("[$text-success]No open problems found.[/]"),
                        disabled=True,
                    )
                ]
            )
            return
        options: list[Option | None] = []
        for index, problem in enumerate(problems):
            if index:
                options.append(None)
            options.append(Option(problem_prompt(problem, detail=self.detail), str(index)))
        self.set_options(options)
        if previous is not None:
            self.highlighted = min(previous, self.option_count - 1)
            if self.highlighted is not None and self.get_option_at_index(self.highlighted).disabled:
                self.action_cursor_up()

    def problem_at(self, option: Option) -> OpenProblem | None:
        if option.id is None:
            return None
        return self.problems[int(option.id)]

    @property
    def current(self) -> OpenProblem | None:
        """The highlighted problem."""
        if self.highlighted is None or not self.problems:
            return None
        return self.problem_at(self.get_option_at_index(self.highlighted))

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        problem = self.problem_at(event.option)
        if problem is not None:
            self.post_message(self.ProblemChosen(self, problem))

    @on(OptionList.OptionHighlighted)
    def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        problem = self.problem_at(event.option)
        if problem is not None:
            self.post_message(self.ProblemHighlighted(self, problem))
