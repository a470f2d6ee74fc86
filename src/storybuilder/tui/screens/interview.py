"""The interview: one question at a time, with the sections, the preview and the problems.

This screen is a view over :class:`storybuilder.interview.Interview`: it never decides
which question comes next. It shows the current question with an input that fits its
kind, hands the answer to the engine when the author moves on, saves, and redraws.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from functools import partial
from typing import TYPE_CHECKING, ClassVar, cast

from textual import events, on
from textual.app import ComposeResult, SystemCommand
from textual.binding import Binding, BindingType
from textual.containers import Container, Horizontal, Vertical, VerticalScroll
from textual.message import Message
from textual.reactive import reactive
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import (
    Button,
    Header,
    Input,
    RadioSet,
    Select,
    SelectionList,
    Static,
    TabbedContent,
    TabPane,
    TextArea,
)

from storybuilder.bank import Question
from storybuilder.critic import OpenProblem
from storybuilder.interview import Feedback, Interview
from storybuilder.tui.editor import SaveResult, StoryEditor
from storybuilder.tui.widgets.answer_input import AnswerInput
from storybuilder.tui.widgets.answers import answer_input_for
from storybuilder.tui.widgets.feedback_line import FeedbackLine
from storybuilder.tui.widgets.key_bar import KeyBar
from storybuilder.tui.widgets.question_view import QuestionView
from storybuilder.tui.widgets.section_sidebar import SectionSidebar

if TYPE_CHECKING:
    # The preview and problem list are imported when the pane is first shown, the
    # entries input when an entries question is: none is needed for the first screen.
    from storybuilder.tui.app import StorybuilderApp
    from storybuilder.tui.widgets.document_preview import DocumentPreview
    from storybuilder.tui.widgets.entries_answer import EntriesAnswer
    from storybuilder.tui.widgets.problem_list import ProblemList

WIDE = 110
"""From this many columns on, the preview sits beside the question instead of over it."""

PANES = ("none", "preview", "problems")

DRAFT_DELAY = 0.3
"""Seconds after the last key before an unconfirmed edit is written to the drafts file."""


_NAV_BUTTONS = (
    ("back", "← Back", "Previous question"),
    ("skip", "Skip", "Answer later"),
    ("next", "Next →", "Save and go on"),
)
"""The buttons under the answer: id, label, tooltip."""


class InterviewScreen(Screen[None]):
    """The interview: sidebar of sections, the question, and the preview/problems pane.

    | Key | Action |
    | :- | :- |
    | ctrl+n | Next: confirm (save) the answer and go on (Enter in a one-line answer too) |
    | ctrl+b | Back to the previous question (an unconfirmed edit is kept as a draft) |
    | escape | Drop the unconfirmed edit: the saved answer comes back |
    | ctrl+l | Skip the question for now (it becomes an open problem) |
    | ctrl+t | Show the preview, then the open problems, then hide them |
    | ctrl+r | Review the whole story and triage its open problems |
    | ctrl+s | Save now |
    """

    AUTO_FOCUS = ""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "ctrl+n",
            "next",
            "Next",
            id="interview.next",
            tooltip="Confirm (save) this answer and go to the next question",
        ),
        Binding(
            "ctrl+b",
            "back",
            "Back",
            id="interview.back",
            tooltip="Go to the previous question; what you typed here is kept as a draft, "
            "not saved as the answer",
        ),
        Binding(
            "escape",
            "discard_edit",
            "Undo edit",
            id="interview.discard",
            tooltip="Drop what you typed here (the draft) and show the saved answer again",
        ),
        Binding(
            "ctrl+l",
            "skip",
            "Skip",
            id="interview.skip",
            tooltip="Leave this question for later; it is listed as an open problem",
        ),
        Binding(
            "ctrl+t",
            "cycle_pane",
            "Preview",
            id="interview.pane",
            tooltip="Show the document preview, then the open problems, then the question",
        ),
        Binding(
            "ctrl+r",
            "review",
            "Review",
            id="interview.review",
            tooltip="See the whole document, triage the open problems, export",
        ),
        Binding(
            "ctrl+s",
            "save",
            "Save",
            id="interview.save",
            tooltip="Save now (answers are also saved each time you go on)",
        ),
    ]

    pane: reactive[str] = reactive("none", init=False)
    """What the side pane shows: 'none', 'preview' or 'problems'."""

    def __init__(self, editor: StoryEditor) -> None:
        super().__init__()
        self.editor = editor
        self._advised: tuple[str, str] | None = None
        """(question id, answer) whose advice was shown: Next again goes on."""
        self._aside_ready = False
        self._problems: list[OpenProblem] = []
        self._last_save: SaveResult | None = None
        self._draft_timer: Timer | None = None
        """Fires DRAFT_DELAY after typing stops, to write the draft (paused otherwise)."""
        self._draft_pending = False
        """The current input holds an edit that the drafts file may not have yet."""
        self._input_has_draft = False
        """The current input was shown with a draft, not with the saved answer."""

    # -- composition ------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        # The first question is built in place rather than mounted after the screen:
        # a second mount would restyle and lay out the screen again before the first
        # frame is drawn.
        question = self.interview.current
        self.set_class(self.app.size.width >= WIDE, "-wide", update=False)
        yield Header()
        with Horizontal(id="body"):
            with Vertical(id="sidebar-column"):
                yield SectionSidebar(id="sidebar")
                yield Static("", id="save-status")
            with Vertical(id="question-column"):
                yield Static(self._crumb(question), id="crumb", markup=False)
                yield Static(self._prompt(question), id="prompt", markup=False)
                with VerticalScroll(id="question-scroll", can_focus=False):
                    yield QuestionView(question, id="question")
                    with Container(id="answer-slot"):
                        if question is not None:
                            yield self._answer_input(question)
                    yield FeedbackLine(id="feedback")
                disabled = self._disabled_buttons()
                with Horizontal(id="nav"):
                    for button_id, label, tooltip in _NAV_BUTTONS:
                        yield Button(
                            label,
                            id=button_id,
                            compact=True,
                            variant="primary" if button_id == "next" else "default",
                            tooltip=tooltip,
                            disabled=disabled[button_id],
                        )
            # Filled when first shown (see _sync_aside): not paid for at start-up.
            yield Vertical(id="aside")
        yield KeyBar()

    def on_mount(self) -> None:
        self._draft_timer = self.set_interval(DRAFT_DELAY, self._autosave_draft, pause=True)
        self._settle_question()
        self.pane = "preview" if self.has_class("-wide") else "none"
        self._tell_about_the_file()
        save = SaveResult(True) if self.editor.answers_saved else None
        # Progress now; the critic (which compiles the mechanistic check's lexicon on
        # first use) runs once the first screen is drawn, so it does not delay it.
        self._after_change(save, detect=False)
        self.storybuilder.after_first_frame(self._after_change, save)

    def on_resize(self, event: events.Resize) -> None:
        self.set_class(self.app.size.width >= WIDE, "-wide")

    # -- properties -------------------------------------------------------------------

    @property
    def interview(self) -> Interview:
        return self.editor.interview

    @property
    def storybuilder(self) -> StorybuilderApp:
        return cast("StorybuilderApp", self.app)

    @property
    def answer_input(self) -> AnswerInput | None:
        found = self.query("#answer-slot > AnswerInput")
        return cast(AnswerInput, found.first()) if found else None

    # -- showing ----------------------------------------------------------------------

    async def show_question(self) -> None:
        """Show the engine's current question, its saved answer (or draft) and its input."""
        question = self.interview.current
        slot = self.query_one("#answer-slot")
        # No draft write while the inputs are swapped (the callers kept the edit).
        self._stop_draft_timer()
        self.query_one("#feedback", FeedbackLine).clear()
        # Drop the focus first: otherwise removing the focused input moves the focus
        # (and restyles) once more before the new input takes it.
        self.set_focus(None, scroll_visible=False)
        await slot.remove_children()
        self.query_one("#crumb", Static).update(self._crumb(question))
        self.query_one("#prompt", Static).update(self._prompt(question))
        if question is None:
            return
        self.query_one("#question", QuestionView).show(question)
        await slot.mount(self._answer_input(question))
        self._settle_question()

    def _answer_input(self, question: Question) -> AnswerInput:
        """A new input for the question, holding its draft if any, else its answer."""
        drafts = self.editor.drafts
        self._input_has_draft = question.id in drafts
        self._draft_pending = False
        value = drafts[question.id] if question.id in drafts else self.interview.value(question)
        return answer_input_for(question, self.editor.bank, value)

    def _settle_question(self) -> None:
        """Focus the new input, scroll to the top, and say if it holds a draft or a skip."""
        question = self.interview.current
        widget = self.answer_input
        if question is None or widget is None:
            return
        widget.focus_input()
        self.query_one("#question-scroll").scroll_home(animate=False)
        feedback = self.query_one("#feedback", FeedbackLine)
        if question.id in self.editor.restored_drafts:
            feedback.show(
                "info",
                "An unconfirmed draft from your last session was restored here: Next "
                "confirms it, Esc brings back the saved answer.",
            )
        elif question.id in self.editor.drafts:
            feedback.show(
                "info",
                "This is your draft, not confirmed: Next checks and saves it, Esc brings "
                "back the saved answer.",
            )
        elif self.interview.is_skipped(question):
            feedback.show("info", "You skipped this question; it is listed as an open problem.")

    @staticmethod
    def _prompt(question: Question | None) -> str:
        return question.prompt if question is not None else "This question bank asks nothing."

    def _crumb(self, question: Question | None) -> str:
        if question is None:
            return ""
        asked = self.interview.reachable()
        position = next((i for i, q in enumerate(asked, 1) if q.id == question.id), 0)
        section = self.editor.bank.section_by_id.get(question.section)
        parts = [section.title if section else question.section]
        parts.append(f"question {position} of {len(asked)}")
        if question.required:
            parts.append("required")
        return " · ".join(parts)

    def _after_change(self, save: SaveResult | None = None, *, detect: bool = True) -> None:
        """Redraw what depends on the story: progress, problems, preview, save status."""
        if detect:
            self._problems = self.editor.problems()
        open_problems = [p for p in self._problems if p.is_open]
        by_section = Counter(self.editor.section_of(p.source) for p in open_problems)
        current = self.interview.current
        self.query_one(SectionSidebar).show_progress(
            self.interview.progress(),
            current.section if current else None,
            {k: v for k, v in by_section.items() if k is not None},
        )
        self._refresh_aside()
        self._show_save_status(save)
        self._sync_navigation()

    def _refresh_aside(self) -> None:
        if not self._aside_ready:
            return
        cast("ProblemList", self.query_one("#problems")).show_problems(self._problems)
        open_count = sum(1 for p in self._problems if p.is_open)
        tabs = self.query_one("#aside-tabs", TabbedContent)
        tabs.get_tab("tab-problems").label = f"Problems ({open_count})"
        cast("DocumentPreview", self.query_one("#preview")).invalidate()

    def _show_save_status(self, save: SaveResult | None = None) -> None:
        """Say what is on disk; never "saved" while a draft or an answer is not."""
        if save is not None:
            self._last_save = save
        save = self._last_save
        if save is None:
            return
        status = self.query_one("#save-status", Static)
        if not save.ok:
            if save.conflict:
                text = "⚠ Not saved: the file changed on disk"
            elif self.editor.drafts_problem is None and self.editor.drafts_path.exists():
                text = "⚠ Not saved to the story; kept as drafts"
            else:
                text = "⚠ Not saved (kept in memory)"
            status.update(text)
            status.set_classes("-unsaved")
        elif self._draft_pending:
            status.update("✎ Unsaved draft")
            status.set_classes("-unsaved")
        elif self.editor.drafts:
            if self.editor.drafts_problem is not None:
                status.update("⚠ Unsaved draft: cannot write the drafts file")
                status.set_classes("-unsaved")
            else:
                status.update("✎ Draft kept, not confirmed")
                status.set_classes("-draft")
        elif self.editor.write_problem() is not None:
            status.update("⚠ Read-only: use Save as")
            status.set_classes("-unsaved")
        else:
            status.update("✓ All changes saved")
            status.set_classes("-saved")

    def _tell_about_the_file(self) -> None:
        """Say when the story cannot be saved where it is, or drafts were restored."""
        editor = self.editor
        problem = editor.write_problem()
        if problem is not None:
            self.notify(
                f"{editor.path} cannot be saved: {problem}. Your answers stay in memory; "
                "to keep them, save a copy elsewhere with “Save as” in the command "
                "palette (ctrl+p).",
                title="Read-only story",
                severity="warning",
                timeout=20,
            )
        if editor.restored_drafts:
            count = len(editor.restored_drafts)
            self.notify(
                f"{count} unconfirmed draft{'s' if count != 1 else ''} from your last "
                "session restored; they are shown in their answer boxes. Next confirms "
                "one, Esc drops it.",
                title="Drafts restored",
                timeout=10,
            )
        if editor.drafts_problem is not None:
            self.notify(editor.drafts_problem, title="Drafts", severity="warning", timeout=15)

    def _disabled_buttons(self) -> dict[str, bool]:
        """Which navigation buttons are greyed (by id), as the keys are in check_action."""
        return {action: not self.check_action(action, ()) for action in ("back", "skip", "next")}

    def _sync_navigation(self) -> None:
        self.refresh_bindings()
        for button_id, disabled in self._disabled_buttons().items():
            self.query_one(f"#{button_id}", Button).disabled = disabled

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        current = self.interview.current
        if action == "back" and not self.interview.can_go_back:
            return None
        if action == "skip" and (current is None or current.kind == "info"):
            return None
        if action == "next" and current is None:
            return None
        # Esc is shown (True) only when there is an edit to drop, else hidden (False).
        return action != "discard_edit" or self.has_unconfirmed_edit

    @property
    def has_unconfirmed_edit(self) -> bool:
        """The current question's input holds something typed but not confirmed."""
        current = self.interview.current
        if current is None or current.kind == "info":
            return False
        return self._draft_pending or current.id in self.editor.drafts

    # -- the pane ---------------------------------------------------------------------

    def watch_pane(self, pane: str) -> None:
        self.set_class(pane != "none", "-pane")
        if pane != "none":
            self.call_later(self._sync_aside)

    async def _sync_aside(self) -> None:
        """Build the pane on first use, then show the chosen tab."""
        if self.pane == "none":
            return
        if not self._aside_ready:
            from storybuilder.tui.widgets.document_preview import DocumentPreview
            from storybuilder.tui.widgets.problem_list import ProblemList

            self._aside_ready = True
            tabs = TabbedContent(id="aside-tabs")
            await self.query_one("#aside").mount(tabs)
            await tabs.add_pane(
                TabPane(
                    "Preview",
                    DocumentPreview(self.editor.render_preview, id="preview"),
                    id="tab-preview",
                )
            )
            await tabs.add_pane(TabPane("Problems", ProblemList(id="problems"), id="tab-problems"))
            self._refresh_aside()
        self.query_one("#aside-tabs", TabbedContent).active = f"tab-{self.pane}"
        if not self.has_class("-wide"):
            # Over the question: the pane takes the keyboard, so it can be scrolled.
            self.query_one("#problems" if self.pane == "problems" else "#preview").focus()

    def action_cycle_pane(self) -> None:
        self.pane = PANES[(PANES.index(self.pane) + 1) % len(PANES)]
        widget = self.answer_input
        if self.pane == "none" and widget is not None:
            widget.focus_input()

    def show_pane(self, pane: str) -> None:
        self.pane = pane

    @on(TabbedContent.TabActivated, "#aside-tabs")
    def _tab_activated(self, event: TabbedContent.TabActivated) -> None:
        pane = (event.pane.id or "tab-preview").removeprefix("tab-")
        if self.pane != "none" and pane != self.pane:
            self.pane = pane

    # -- answering and moving ---------------------------------------------------------

    def _save(self) -> SaveResult:
        result = self.storybuilder.save_story()
        return result

    def _show_feedback(self, items: list[Feedback], widget: AnswerInput | None) -> None:
        feedback = self.query_one("#feedback", FeedbackLine)
        lines = []
        for item in items:
            where = item.where
            if widget is not None and widget.question.kind == "entries":
                where = cast("EntriesAnswer", widget).show_problem(item.where)
            lines.append(f"{where}: {item.message}" if where else item.message)
        error = any(i.level == "error" for i in items)
        if not error:
            lines.append("Your answer is saved. Edit it, or press Next again to go on.")
        feedback.show("error" if error else "advice", "\n".join(lines))
        feedback.scroll_visible()

    def keep_edits(self) -> bool:
        """Confirm what was typed into the current question, for Save and Quit.

        A valid edit is answered (saved by the caller); an invalid one is kept as a
        draft and shown again. Returns False when a draft was kept.
        """
        question = self.interview.current
        widget = self.answer_input
        if question is None or widget is None or question.kind == "info":
            return True
        if not widget.edited:
            # A draft shown as it was (from Back, or from the last session) stays a
            # draft: only what is typed now is confirmed without Next.
            return True
        value = widget.value
        errors = [f for f in self.interview.answer(value, question) if f.level == "error"]
        if errors:
            self.editor.set_draft(question.id, value)
            self.editor.write_drafts()
            self.notify(
                f"{errors[0].message}\nWhat you typed is kept as a draft (not confirmed).",
                title="Answer not saved",
                severity="warning",
            )
            return False
        self._confirmed(question, widget)
        return True

    def hold_edit(self) -> None:
        """Keep an unconfirmed edit as a draft (not as the answer) when leaving the question
        by Back, Skip or a jump; write the drafts file."""
        question = self.interview.current
        widget = self.answer_input
        if (
            question is not None
            and widget is not None
            and widget.ready
            and widget.question.id == question.id
            and question.kind != "info"
        ):
            if widget.edited or self._input_has_draft:
                self.editor.set_draft(question.id, widget.value)
            else:
                self.editor.drop_draft(question.id)
        self._stop_draft_timer()
        self.editor.write_drafts()

    def _confirmed(self, question: Question, widget: AnswerInput) -> None:
        """The input's value is the answer now: no draft left for this question."""
        self.editor.drop_draft(question.id)
        self._input_has_draft = False
        widget.mark_unedited()
        self._stop_draft_timer()

    def _stop_draft_timer(self) -> None:
        self._draft_pending = False
        if self._draft_timer is not None:
            self._draft_timer.pause()

    def _autosave_draft(self) -> None:
        """Typing stopped: write the current edit to the drafts file (crash safety)."""
        self.hold_edit()
        self._show_save_status()
        self.refresh_bindings()

    @on(Input.Changed)
    @on(TextArea.Changed)
    @on(RadioSet.Changed)
    @on(SelectionList.SelectedChanged)
    @on(Select.Changed)
    def _answer_changed(self, event: Message) -> None:
        """Every key in an answer: (re)start the draft timer, nothing heavier.

        The first edit after the answer was shown also says "Unsaved draft" and shows
        Esc; the keys after it only push the timer back.
        """
        timer = self._draft_timer
        if timer is None:
            return
        if not self._draft_pending:
            widget = self.answer_input
            if widget is None or widget.question is not self.interview.current:
                return  # from an input being replaced
            if not widget.edited:
                return  # an input showing its value as it appears, not an edit
            self._draft_pending = True
            self._show_save_status()
            self.refresh_bindings()
        timer.reset()

    async def action_next(self) -> None:
        question = self.interview.current
        if question is None:
            return
        widget = self.answer_input
        if question.kind != "info" and widget is not None:
            value = widget.value
            feedback = self.interview.answer(value, question)
            errors = [f for f in feedback if f.level == "error"]
            if errors:
                self._show_feedback(errors, widget)
                return
            self._confirmed(question, widget)
            advice = [f for f in feedback if f.level == "advice"]
            key = (question.id, repr(self.interview.value(question)))
            if advice and self._advised != key:
                # Stay on the question: the advice is about this answer, at its input.
                self._advised = key
                self._after_change(self._save())
                self._show_feedback(advice, widget)
                return
        self._advised = None
        self.interview.next()
        await self._moved()

    async def action_back(self) -> None:
        if not self.interview.can_go_back:
            return
        self.hold_edit()
        self.interview.back()
        await self._moved()

    async def action_skip(self) -> None:
        question = self.interview.current
        widget = self.answer_input
        if question is None or question.kind == "info" or widget is None:
            return
        self.hold_edit()
        self.interview.skip()
        await self._moved()

    async def jump_to_section(self, section_id: str) -> None:
        self.hold_edit()
        if self.interview.jump_section(section_id) is None:
            title = self.editor.bank.section_by_id[section_id].title
            self.notify(
                f"No question of “{title}” is asked with your current answers.",
                severity="warning",
            )
            return
        await self._moved()

    async def jump_to_question(self, question_id: str) -> None:
        self.hold_edit()
        try:
            self.interview.jump(question_id)
        except (KeyError, ValueError) as err:
            self.notify(str(err), severity="warning")
            return
        if self.pane != "none" and not self.has_class("-wide"):
            self.pane = "none"
        await self._moved()

    async def _moved(self) -> None:
        save = self._save()
        if self.interview.finished:
            self._after_change(save)
            self._open_review()
            return
        # One repaint for the whole change, not one per widget that changed.
        with self.app.batch_update():
            await self.show_question()
            self._after_change(save)

    async def _review_closed(self, question_id: str | None) -> None:
        if question_id is not None:
            await self.jump_to_question(question_id)
            return
        if self.interview.finished:
            self.interview.back()
            self._save()
        await self.show_question()
        self._after_change()

    def action_review(self) -> None:
        self.hold_edit()
        save = self._save()
        self._after_change(save)
        self._open_review()

    def _open_review(self) -> None:
        from storybuilder.tui.screens.review import ReviewScreen

        self.storybuilder.push_screen(ReviewScreen(self.editor), callback=self._review_closed)

    def action_save(self) -> None:
        self.keep_edits()
        save = self._save()
        self._after_change(save)
        if save.ok:
            self.notify(f"Saved {self.editor.path.name}.", timeout=2)

    def action_toggle_example(self) -> None:
        view = self.query_one(QuestionView)
        if view.has_example:
            view.toggle_example()
        else:
            self.notify("This question has no example answer.", timeout=3)

    async def action_discard_edit(self) -> None:
        """Esc: drop the unconfirmed edit (and its draft); the saved answer comes back."""
        question = self.interview.current
        if question is None or not self.has_unconfirmed_edit:
            return
        self._stop_draft_timer()
        self.editor.drop_draft(question.id)
        self.editor.write_drafts()
        with self.app.batch_update():
            await self.show_question()
            self.query_one("#feedback", FeedbackLine).show(
                "info", "Your edit was dropped: this is the saved answer."
            )
            self._after_change(detect=False)

    async def story_replaced(self, save: SaveResult, *, reloaded: bool) -> None:
        """The story was saved over the file, or reloaded from it (then shown afresh)."""
        if reloaded:
            self._advised = None
            await self.show_question()
        self._after_change(save)

    # -- events -----------------------------------------------------------------------

    @on(AnswerInput.Submitted)
    async def _submitted(self, event: AnswerInput.Submitted) -> None:
        event.stop()
        await self.action_next()

    @on(Button.Pressed, "#next")
    async def _next_pressed(self, event: Button.Pressed) -> None:
        await self.action_next()

    @on(Button.Pressed, "#back")
    async def _back_pressed(self, event: Button.Pressed) -> None:
        await self.action_back()

    @on(Button.Pressed, "#skip")
    async def _skip_pressed(self, event: Button.Pressed) -> None:
        await self.action_skip()

    @on(SectionSidebar.SectionChosen)
    async def _section_chosen(self, event: SectionSidebar.SectionChosen) -> None:
        await self.jump_to_section(event.section_id)

    async def on_problem_list_problem_chosen(self, event: ProblemList.ProblemChosen) -> None:
        question = self.editor.question_for(event.problem.source)
        if question is None:
            self.notify("This problem is about the story as a whole: see the review (ctrl+r).")
            return
        await self.jump_to_question(question.id)

    # -- command palette --------------------------------------------------------------

    def palette_commands(self) -> Iterable[SystemCommand]:
        """Commands this screen adds to the palette: jumps, review, save, panes."""
        for progress in self.interview.progress():
            section = progress.section
            yield SystemCommand(
                f"Go to section: {section.title}",
                f"{progress.answered} of {progress.total} answered"
                if progress.total
                else "Not asked with your current answers",
                partial(self.jump_to_section, section.id),
            )
        for question in self.interview.reachable():
            yield SystemCommand(
                f"Go to question: {question.prompt}",
                self.editor.bank.section_by_id[question.section].title,
                partial(self.jump_to_question, question.id),
                discover=False,
            )
        yield SystemCommand(
            "Review the story", "Whole document, triage, export", self.action_review
        )
        yield SystemCommand("Save now", "Answers are also saved when you go on", self.action_save)
        yield SystemCommand(
            "Save as…",
            "Save the story to another file, and go on editing that one",
            self.storybuilder.save_as,
        )
        yield SystemCommand(
            "Show the preview", "The document as it grows", partial(self.show_pane, "preview")
        )
        yield SystemCommand(
            "Show the open problems",
            "What a reviewer would raise",
            partial(self.show_pane, "problems"),
        )
        yield SystemCommand(
            "Show the example answer",
            "An example for the current question",
            self.action_toggle_example,
        )
