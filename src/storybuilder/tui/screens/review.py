"""The review: the open-problem checklist with triage, the whole document, and export."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, cast

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Header, OptionList, RadioSet, Static, TabbedContent, TabPane

from storybuilder.critic import status_counts
from storybuilder.problem import OpenProblem
from storybuilder.terminal_text import safe
from storybuilder.tui.editor import StoryEditor, StorySnapshot
from storybuilder.tui.messages import StoryReplaced
from storybuilder.tui.widgets.answer_list import AnswerList
from storybuilder.tui.widgets.document_preview import DocumentPreview
from storybuilder.tui.widgets.kept_panel import KeptPanel
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
    | ctrl+t | Switch between the checklist, the document, the answers and what is kept |

    Choosing an answer (or "Go to the question" of a problem) opens its question to
    edit it; Next there comes back here.
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
            "Next tab",
            id="review.tab",
            tooltip="Switch between the open-problem checklist, the document and the answers",
        ),
    ]

    snapshot: reactive[StorySnapshot | None] = reactive(None, init=False, repaint=False)
    """The story reviewed (bound to the document; the checklist is given it in order).
    The screen draws nothing of it: a new one repaints only the widgets that show it."""

    def __init__(self, editor: StoryEditor, *, answer: str | None = None) -> None:
        """``answer``: the question whose answer was just edited from here; the review
        opens on the Answers tab at it, where the author left."""
        super().__init__()
        self.editor = editor
        self.answer = answer
        self.edited_answer: str | None = None
        """The question chosen on the Answers tab to edit, when dismissed for that."""

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("", id="review-summary")
        with TabbedContent(id="review-tabs", initial="tab-checklist"):
            with TabPane("Open problems", id="tab-checklist"), Horizontal(id="checklist-box"):
                yield ProblemList(detail=False, id="checklist")
                yield TriagePanel(id="triage")
            with TabPane("Document", id="tab-document"):
                yield DocumentPreview(
                    self._render_document, id="document", wait_for_snapshot=True
                ).data_bind(ReviewScreen.snapshot)
            with TabPane("Answers", id="tab-answers"):
                yield AnswerList(id="answers")
            with TabPane("Kept", id="tab-kept"):
                yield KeptPanel(id="kept")
        yield Static("", id="export-status")
        yield KeyBar()

    def on_mount(self) -> None:
        self.query_one("#export-status").display = False
        self.reload()
        answers = self.query_one("#answers", AnswerList)
        if self.answer is not None and answers.show_answer(self.answer):
            self.query_one("#review-tabs", TabbedContent).active = "tab-answers"
            answers.focus()
        else:
            self.query_one("#checklist").focus()

    @property
    def storybuilder(self) -> StorybuilderApp:
        return cast("StorybuilderApp", self.app)

    # -- showing ----------------------------------------------------------------------

    def reload(self) -> None:
        """Redraw from the story: the summary, the checklist and the triage panel."""
        snapshot = self.snapshot = self.editor.snapshot()
        checklist = self.query_one("#checklist", ProblemList)
        # Given here rather than bound: the cursor and the triage panel follow the list.
        checklist.snapshot = snapshot
        if checklist.highlighted is None and snapshot.problems:
            checklist.highlighted = 0
        self._show_triage(checklist.current)
        self.query_one("#review-summary", Static).update(self._summary(snapshot))
        tabs = self.query_one("#review-tabs", TabbedContent)
        tabs.get_tab("tab-checklist").label = f"Open problems ({snapshot.open_count})"
        self.query_one("#answers", AnswerList).show_answers(self.editor)
        self._show_kept(tabs)

    def _show_kept(self, tabs: TabbedContent) -> None:
        """The tab of retired answers and stale triage, shown only when there are some."""
        editor = self.editor
        count = self.query_one("#kept", KeptPanel).show(
            editor.story, editor.stale_triage(), editor.retired_targets()
        )
        tabs.get_tab("tab-kept").label = f"Retired and stale ({count})"
        if count:
            tabs.show_tab("tab-kept")
        else:
            self._leave_kept(tabs)
            tabs.hide_tab("tab-kept")

    @on(TabbedContent.TabActivated, "#review-tabs", pane="#tab-kept")
    def _kept_tab_activated(self, event: TabbedContent.TabActivated) -> None:
        # The pressed button's "focused" message can arrive after the tab was hidden, on
        # a busy machine, and make the hidden pane active again, however late: whenever
        # the tab of kept answers becomes active with nothing in it, leave it.
        self._leave_kept(event.tabbed_content)

    def _leave_kept(self, tabs: TabbedContent) -> None:
        """The checklist, not the hidden tab of kept answers, is active and focused."""
        if tabs.active == "tab-kept" and not self.query_one("#kept-list", OptionList).option_count:
            tabs.active = "tab-checklist"
            # Focus follows, or the button's pane would bring the tab back.
            self.query_one("#checklist").focus()

    def _render_document(self) -> str:
        return self.editor.render_preview(self.snapshot)

    def _summary(self, snapshot: StorySnapshot) -> str:
        skipped = len(snapshot.story.interview.skipped)
        counts = status_counts(snapshot.problems)
        parts = [f"{snapshot.answered} of {snapshot.total} questions answered"]
        if skipped:
            parts.append(f"{skipped} skipped")
        parts.append(
            f"{counts['open']} open, {counts['addressed']} addressed, "
            f"{counts['accepted']} accepted problems"
        )
        return f"{safe(self.editor.path.name, multiline=False)}: " + " · ".join(parts)

    def _show_triage(self, problem: OpenProblem | None) -> None:
        panel = self.query_one("#triage", TriagePanel)
        if problem is None or self.snapshot is None:
            panel.show_problem(None)
            return
        can_go = self.editor.question_for(problem) is not None
        panel.show_problem(problem, can_go=can_go)

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
        if not self.editor.set_status(event.problem, event.status, event.note):
            return
        self.storybuilder.save_story()
        self.reload()

    @on(KeptPanel.Move)
    def _move_retired(self, event: KeptPanel.Move) -> None:
        problem = self.editor.move_retired(event.old_id, event.question_id)
        if problem is not None:
            self.query_one("#kept", KeptPanel).say(problem)
            return
        self.storybuilder.save_story()
        self.reload()
        self.notify(f"Moved the answer to {event.question_id}.", timeout=3)

    @on(KeptPanel.Delete)
    def _delete_retired(self, event: KeptPanel.Delete) -> None:
        self.editor.delete_retired(event.old_id)
        self.storybuilder.save_story()
        self.reload()

    @on(KeptPanel.Drop)
    def _drop_triage(self, event: KeptPanel.Drop) -> None:
        self.editor.drop_triage(event.key)
        self.storybuilder.save_story()
        self.reload()

    @on(AnswerList.EditRequested, "#answers")
    def _edit_answer(self, event: AnswerList.EditRequested) -> None:
        self.edited_answer = event.question_id
        self.dismiss(event.question_id)

    @on(TriagePanel.GoTo)
    def _go_to(self, event: TriagePanel.GoTo) -> None:
        question = self.editor.question_for(event.problem)
        if question is not None:
            self.dismiss(question.id)

    # -- actions ----------------------------------------------------------------------

    def action_close(self) -> None:
        self.dismiss(None)

    _TABS = {"tab-checklist": "#checklist", "tab-document": "#document", "tab-answers": "#answers"}
    """Each tab, and what takes the keyboard when it is shown."""

    def action_switch_tab(self) -> None:
        tabs = self.query_one("#review-tabs", TabbedContent)
        order = list(self._TABS)
        if self._kept_count():
            order.append("tab-kept")
        current = order.index(tabs.active) if tabs.active in order else -1
        tabs.active = order[(current + 1) % len(order)]
        self.query_one({**self._TABS, "tab-kept": "#kept-list"}[tabs.active]).focus()

    def _kept_count(self) -> int:
        return self.query_one("#kept-list", OptionList).option_count

    def action_export(self) -> None:
        path = self.storybuilder.export_story()
        if path is not None:
            status = self.query_one("#export-status", Static)
            status.update(f"Exported to {safe(path, multiline=False)}")
            status.display = True

    @on(StoryReplaced)
    def _story_replaced(self, event: StoryReplaced) -> None:
        """The story was saved over the file or reloaded from it."""
        self.reload()
