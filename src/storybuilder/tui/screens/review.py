"""The review: the open-problem checklist with triage, the whole document, and export."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, cast

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import Header, RadioSet, Static, TabbedContent, TabPane

from storybuilder.critic import OpenProblem
from storybuilder.terminal_text import safe
from storybuilder.tui.editor import SaveResult, StoryEditor
from storybuilder.tui.widgets.document_preview import DocumentPreview
from storybuilder.tui.widgets.key_bar import KeyBar
from storybuilder.tui.widgets.problem_list import ProblemList
from storybuilder.tui.widgets.triage_panel import TriagePanel

if TYPE_CHECKING:
    from storybuilder.tui.app import StorybuilderApp


class ReviewScreen(Screen[str | None]):
    """Checklist and document; dismissed with a question id to go and answer, or None.

    | Key | Action |
    | :- | :- |
    | escape | Back to the questions |
    | ctrl+o | Export the document as Markdown next to the story |
    | ctrl+t | Switch between the checklist and the document |
    """

    AUTO_FOCUS = "#checklist"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "escape",
            "close",
            "Questions",
            id="review.back",
            tooltip="Back to the questions",
        ),
        Binding(
            "ctrl+o",
            "export",
            "Export",
            id="review.export",
            tooltip="Write the document as Markdown next to the story file",
        ),
        Binding(
            "ctrl+t",
            "switch_tab",
            "Checklist/Document",
            id="review.tab",
            tooltip="Switch between the open-problem checklist and the whole document",
        ),
    ]

    def __init__(self, editor: StoryEditor) -> None:
        super().__init__()
        self.editor = editor

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("", id="review-summary")
        with TabbedContent(id="review-tabs", initial="tab-checklist"):
            with TabPane("Open problems", id="tab-checklist"), Horizontal(id="checklist-box"):
                yield ProblemList(detail=False, id="checklist")
                yield TriagePanel(id="triage")
            with TabPane("Document", id="tab-document"):
                yield DocumentPreview(self.editor.render_preview, id="document")
        yield Static("", id="export-status")
        yield KeyBar()

    def on_mount(self) -> None:
        self.query_one("#export-status").display = False
        self.reload()
        self.query_one("#checklist").focus()

    @property
    def storybuilder(self) -> StorybuilderApp:
        return cast("StorybuilderApp", self.app)

    # -- showing ----------------------------------------------------------------------

    def reload(self) -> None:
        """Redraw from the story: the summary, the checklist and the triage panel."""
        problems = self.editor.problems()
        checklist = self.query_one("#checklist", ProblemList)
        checklist.show_problems(problems)
        if checklist.highlighted is None and problems:
            checklist.highlighted = 0
        self._show_triage(checklist.current)
        self.query_one("#review-summary", Static).update(self._summary(problems))
        tabs = self.query_one("#review-tabs", TabbedContent)
        open_count = sum(1 for p in problems if p.is_open)
        tabs.get_tab("tab-checklist").label = f"Open problems ({open_count})"
        self.query_one("#document", DocumentPreview).invalidate()

    def _summary(self, problems: list[OpenProblem]) -> str:
        interview = self.editor.interview
        answered = sum(p.answered for p in interview.progress())
        total = sum(p.total for p in interview.progress())
        skipped = len(interview.story.interview.skipped)
        counts = _status_counts(problems)
        parts = [f"{answered} of {total} questions answered"]
        if skipped:
            parts.append(f"{skipped} skipped")
        parts.append(
            f"{counts['open']} open, {counts['addressed']} addressed, "
            f"{counts['accepted']} accepted problems"
        )
        return f"{safe(self.editor.path.name, multiline=False)}: " + " · ".join(parts)

    def _show_triage(self, problem: OpenProblem | None) -> None:
        panel = self.query_one("#triage", TriagePanel)
        if problem is None:
            panel.show_problem(None)
            return
        problems = self.query_one("#checklist", ProblemList).problems
        same_rule = sum(1 for p in problems if p.rule is not None and p.rule == problem.rule)
        can_go = self.editor.question_for(problem.source) is not None
        panel.show_problem(problem, same_rule=same_rule, can_go=can_go)

    # -- events -----------------------------------------------------------------------

    @on(ProblemList.ProblemHighlighted, "#checklist")
    def _highlighted(self, event: ProblemList.ProblemHighlighted) -> None:
        self._show_triage(event.problem)

    @on(ProblemList.ProblemChosen, "#checklist")
    def _chosen(self, event: ProblemList.ProblemChosen) -> None:
        self._show_triage(event.problem)
        self.query_one("#triage", TriagePanel).query_one(RadioSet).focus()

    @on(TriagePanel.Changed)
    def _triaged(self, event: TriagePanel.Changed) -> None:
        problem = event.problem
        if problem.rule is not None:
            self.editor.set_triage(problem.rule, event.status, event.note)
        else:
            problems = self.query_one("#checklist", ProblemList).problems
            authored = [i for i, p in enumerate(problems) if p.rule is None]
            position = next((i for i, p in enumerate(problems) if p is problem), None)
            if position is None or position not in authored:
                return
            self.editor.set_authored_status(authored.index(position), event.status)
        self.storybuilder.save_story()
        self.reload()

    @on(TriagePanel.GoTo)
    def _go_to(self, event: TriagePanel.GoTo) -> None:
        question = self.editor.question_for(event.problem.source)
        if question is not None:
            self.dismiss(question.id)

    # -- actions ----------------------------------------------------------------------

    def action_close(self) -> None:
        self.dismiss(None)

    def action_switch_tab(self) -> None:
        tabs = self.query_one("#review-tabs", TabbedContent)
        tabs.active = "tab-document" if tabs.active == "tab-checklist" else "tab-checklist"
        self.query_one("#document" if tabs.active == "tab-document" else "#checklist").focus()

    def action_export(self) -> None:
        path = self.storybuilder.export_story()
        if path is not None:
            status = self.query_one("#export-status", Static)
            status.update(f"Exported to {safe(path, multiline=False)}")
            status.display = True

    async def story_replaced(self, save: SaveResult, *, reloaded: bool) -> None:
        """The story was saved over the file or reloaded from it."""
        self.reload()


def _status_counts(problems: list[OpenProblem]) -> dict[str, int]:
    counts = {"open": 0, "addressed": 0, "accepted": 0}
    for problem in problems:
        counts[problem.status.value] += 1
    return counts
