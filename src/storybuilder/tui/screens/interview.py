"""The interview: one question at a time, with the sections, the preview and the problems.

This screen is layout and events. What Next, Back, Skip, Esc and a jump do to the story
(drafts, advice shown once, saving) is decided by :class:`~storybuilder.tui.workflow.
InterviewFlow`, and what the sidebar, the problem list and the preview show comes from
one :class:`~storybuilder.tui.editor.StorySnapshot` per change (the ``snapshot`` reactive,
bound to those widgets): both are Textual-free and tested without a screen.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterable
from functools import partial
from typing import TYPE_CHECKING, Any, ClassVar, cast

from textual import events, on
from textual.app import ComposeResult, SystemCommand
from textual.binding import Binding, BindingType
from textual.containers import Container, Horizontal, Vertical, VerticalScroll
from textual.message import Message
from textual.reactive import reactive
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Button, Header, Static

from storybuilder.bank import Question
from storybuilder.interview import Feedback, Interview
from storybuilder.tui.editor import SaveResult, StoryEditor, StorySnapshot
from storybuilder.tui.messages import StoryReplaced
from storybuilder.tui.widgets.answer_input import AnswerInput
from storybuilder.tui.widgets.answers import answer_input_for
from storybuilder.tui.widgets.feedback_line import FeedbackLine
from storybuilder.tui.widgets.key_bar import KeyBar
from storybuilder.tui.widgets.markdown_part import hold_refresh
from storybuilder.tui.widgets.question_view import QuestionView
from storybuilder.tui.widgets.section_sidebar import SectionSidebar
from storybuilder.tui.widgets.settled_button import SettledButton
from storybuilder.tui.workflow import Edit, InterviewFlow, Step, feedback_message

if TYPE_CHECKING:
    # The pane (its tabs, the preview and the problem list) is imported when it is
    # first shown, and the answer widgets' messages are handled by name
    # (``on_text_area_changed``...): none of them is needed for the first screen.
    from textual.widgets import TabbedContent

    from storybuilder.tui.app import StorybuilderApp
    from storybuilder.tui.screens.review import ReviewScreen
    from storybuilder.tui.widgets.document_preview import DocumentPreview
    from storybuilder.tui.widgets.problem_list import ProblemList

WIDE = 110
"""From this many columns on, the preview sits beside the question instead of over it."""

PANES = ("none", "preview", "problems")

DRAFT_DELAY = 0.3
"""Seconds after the last key before an unconfirmed edit is written to the drafts file."""

TYPED_PREVIEW_DELAY = 1.0
"""Seconds after the last key before the preview shows what is being typed: a pause to
read, not a gap between words (rendering a long story competes with the typing)."""


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
    | alt+right, ctrl+n | Next: confirm (save) the answer and go on (Enter in a one-line answer too) |
    | alt+left, ctrl+b | Back to the previous question (an unconfirmed edit is kept as a draft) |
    | f1 | The help of this question (f1 again: the guide) |
    | alt+down, alt+up | Scroll the question's help, the focus staying in the answer |
    | escape | Drop the unconfirmed edit: the saved answer comes back |
    | ctrl+l | Skip the question for now (it becomes an open problem) |
    | ctrl+t | Show the preview, then the open problems, then hide them |
    | ctrl+r | Review the whole story and triage its open problems |
    | ctrl+s | Save now |
    """

    AUTO_FOCUS = ""

    BINDINGS: ClassVar[list[BindingType]] = [
        # Ctrl+N and Ctrl+B move the cursor in Emacs-style text boxes; Alt+arrows, which
        # no Textual text widget binds, do the same as a browser's Back and Forward.
        # They come first: a narrow key bar shows only an action's first key.
        Binding(
            "alt+right,ctrl+n",
            "next",
            "Next",
            id="interview.next",
            tooltip="Confirm (save) this answer and go to the next question (alt+→, which "
            "text boxes leave alone, or ctrl+n)",
        ),
        Binding(
            "alt+left,ctrl+b",
            "back",
            "Back",
            id="interview.back",
            tooltip="Go to the previous question (alt+← or ctrl+b); what you typed here is "
            "kept as a draft, not saved as the answer",
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
        Binding(
            "f1",
            "question_help",
            "Help",
            id="interview.help",
            tooltip="The help of this question; press F1 again for the guide, every key "
            "and the glossary",
        ),
        Binding(
            "alt+down",
            "scroll_help(1)",
            "Scroll help",
            id="interview.help-down",
            tooltip="Scroll the question's help down; the cursor stays in your answer",
            show=False,
        ),
        Binding(
            "alt+up",
            "scroll_help(-1)",
            "Scroll help up",
            id="interview.help-up",
            tooltip="Scroll the question's help up; the cursor stays in your answer",
            show=False,
        ),
    ]

    pane: reactive[str] = reactive("none", init=False)
    """What the side pane shows: 'none', 'preview' or 'problems'."""

    snapshot: reactive[StorySnapshot | None] = reactive(None, init=False, repaint=False)
    """The story and what is derived from it (bound to the sidebar, problems, preview).
    The screen draws nothing of it: a new one repaints only the widgets that show it, not
    the whole screen."""

    def __init__(self, editor: StoryEditor) -> None:
        super().__init__()
        self.editor = editor
        self.flow = InterviewFlow(editor, self._save)
        self._aside_ready = False
        self._aside_building = False
        self._start_up_done: Callable[[], None] | None = None
        """Tells the app the pane shown at start-up is drawn (see hold_start_up)."""
        self._resumed = False
        self._draft_timer: Timer | None = None
        """Fires DRAFT_DELAY after typing stops, to write the draft (paused otherwise)."""
        self._typed: tuple[str, Any] | None = None
        """The unconfirmed edit the preview shows (question id, value), if any."""
        self._typed_timer: Timer | None = None
        """Fires TYPED_PREVIEW_DELAY after typing stops, to preview it (paused otherwise)."""
        self._review: ReviewScreen | None = None
        """The review pushed over this screen, while it is open."""
        self._review_answer: str | None = None
        """The answer the author last chose to edit on the review's Answers tab."""

    # -- composition ------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        # The first question is built in place rather than mounted after the screen:
        # a second mount would restyle and lay out the screen again before the first
        # frame is drawn.
        question = self.interview.current
        wide = self.app.size.width >= WIDE
        self.set_class(wide, "-wide", update=False)
        if wide:
            # The preview is on beside the question from the start. Its class is set
            # before the screen is first styled (set later, it restyles every widget);
            # the pane's content is built after the first frame.
            self.set_reactive(InterviewScreen.pane, "preview")
            self.set_class(True, "-pane", update=False)
        yield Header()
        with Horizontal(id="body"):
            with Vertical(id="sidebar-column"):
                yield SectionSidebar(id="sidebar").data_bind(InterviewScreen.snapshot)
                yield Static("", id="save-status")
            with Vertical(id="question-column"):
                yield Static(self._crumb(question), id="crumb", markup=False)
                yield Static(self._prompt(question), id="prompt", markup=False)
                with VerticalScroll(id="question-scroll", can_focus=False):
                    yield QuestionView(
                        question,
                        example=self.interview.example(question) if question else None,
                        id="question",
                    )
                    with Container(id="answer-slot"):
                        if question is not None:
                            yield self._answer_input(question)
                    yield FeedbackLine(id="feedback")
                disabled = self._disabled_buttons()
                with Horizontal(id="nav"):
                    for button_id, label, tooltip in _NAV_BUTTONS:
                        yield SettledButton(
                            label,
                            id=button_id,
                            compact=True,
                            variant="primary" if button_id == "next" else "default",
                            tooltip=tooltip,
                            disabled=disabled[button_id],
                        )
            # Filled when first shown (see _sync_aside): not paid for at start-up.
            yield Vertical(id="aside")
        # Skip has its button beside Next, Review its palette command: at 80 columns
        # they make room for Esc while there is an edit to drop.
        yield KeyBar(spare=("interview.skip", "interview.review"))

    def on_mount(self) -> None:
        self._draft_timer = self.set_interval(DRAFT_DELAY, self._autosave_draft, pause=True)
        self._typed_timer = self.set_interval(TYPED_PREVIEW_DELAY, self._preview_typed, pause=True)
        self._settle_question()
        # Progress now; the snapshot (whose critic compiles the mechanistic check's
        # lexicon on first use) is made once the first screen is drawn, not before it.
        current = self.interview.current
        self.query_one(SectionSidebar).show_progress(
            self.interview.progress(), current.section if current else None, {}
        )
        self._show_save_status()
        self._sync_navigation()
        if self.pane != "none":
            self._start_up_done = self.storybuilder.hold_start_up()
        self.storybuilder.after_first_frame(self._first_frame_drawn)

    def _first_frame_drawn(self) -> None:
        """The question is on screen: the snapshot (the critic's first run), then the
        pane if it is shown, built once with the snapshot it shows.

        With the pane, the snapshot's other widgets (the sidebar's marks of problems)
        are updated with it, in one layout and one paint, not in one of their own just
        before the pane's.
        """
        # The snapshot takes the critic's first run from the process forked at launch
        # if it is done (tui/head_start.py), and runs the critic otherwise.
        if self.pane == "none":
            # The notices come as toasts, which Textual mounts after the first frame
            # anyway: asked for before it, they were styled (and the toast rack shown)
            # before it.
            self._tell_about_the_file()
            self._after_change()
        else:
            # The question's help, drawn plain in the first frame, is drawn with Markdown
            # in the pane's layout and paint rather than in one of its own just before.
            release = hold_refresh(self.app)
            # In the screen's context (data_bind).
            self.call_next(self._first_pane, self.editor.snapshot(), release)

    async def _first_pane(self, first: StorySnapshot, release: Callable[[], None]) -> None:
        try:
            await self._sync_aside(first, release)
        finally:
            release()
            # The notices come once the pane is drawn: asked for before it, their toasts
            # were laid out and drawn while the pane was being built, and it came later.
            self.call_after_refresh(self._tell_about_the_file)

    def on_screen_resume(self, event: events.ScreenResume) -> None:
        # Runs before Textual's own handler. The first resume of a screen that was just
        # composed would restyle every widget again: each was styled when it was
        # mounted, with the classes it has now, so that pass changes nothing.
        if not self._resumed:
            self._resumed = True
            event.refresh_styles = False

    def on_resize(self, event: events.Resize) -> None:
        self.set_class(self.app.size.width >= WIDE, "-wide")
        if event.size == self.outer_size and not self.app.screen_stack[1:]:
            # Laid out at this size already. At start-up Textual sends the screen three
            # of these after its first layout (the terminal's size, read twice, and the
            # screen's own "shown"): each laid the whole screen out again, delaying what
            # waits for the first frame. What did change since is laid out as usual.
            event.prevent_default()

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
        # The preview shows the answers again, not what was typed at the last question.
        self._show_typed(None)
        if question is None:
            return
        self.query_one("#question", QuestionView).show(question, self.interview.example(question))
        await slot.mount(self._answer_input(question))
        self._settle_question()

    def _answer_input(self, question: Question) -> AnswerInput:
        """A new input for the question, holding its draft if any, else its answer."""
        return answer_input_for(question, self.editor.bank, self.flow.value_to_show(question))

    def _edit(self) -> Edit | None:
        """What the current input holds (None while it is being replaced)."""
        widget = self.answer_input
        if widget is None or not widget.ready:
            return None
        return Edit(widget.question.id, widget.value, widget.edited)

    def _settle_question(self) -> None:
        """Focus the new input, scroll to the top, and say if it holds a draft or a skip."""
        question = self.interview.current
        widget = self.answer_input
        if question is None or widget is None:
            return
        widget.focus_input()
        self.query_one("#question-scroll").scroll_home(animate=False)
        notice = self.flow.notice_for(question)
        if notice is not None:
            self.query_one("#feedback", FeedbackLine).show("info", notice)

    @staticmethod
    def _prompt(question: Question | None) -> str:
        return question.prompt if question is not None else "This question bank asks nothing."

    def _crumb(self, question: Question | None) -> str:
        return self.flow.crumb(question)

    def _after_change(self) -> None:
        """Redraw what depends on the story: the snapshot's widgets, save status, keys."""
        self.snapshot = self.editor.snapshot()
        self._show_save_status()
        self._sync_navigation()
        self._follow_section()

    def watch_snapshot(self, snapshot: StorySnapshot | None) -> None:
        if snapshot is not None and self._aside_ready:
            tabs = cast("TabbedContent", self.query_one("#aside-tabs"))
            tab = tabs.get_tab("tab-problems")
            label = self._problems_label(snapshot)
            if tab.label.plain != label:
                # A new label lays the pane out again: only when it changed.
                tab.label = label

    @staticmethod
    def _problems_label(snapshot: StorySnapshot | None) -> str:
        return "Problems" if snapshot is None else f"Problems ({snapshot.open_count})"

    def _render_preview(self) -> str:
        """The preview's document, from the snapshot it was asked for and what is being
        typed (worker thread)."""
        return self.editor.render_preview(self.snapshot, self._typed)

    def _preview(self) -> DocumentPreview | None:
        if not self._aside_ready:
            return None
        return cast("DocumentPreview", self.query_one("#preview"))

    def _show_typed(self, typed: tuple[str, Any] | None) -> None:
        """Show what is being typed in the preview (None: the saved answers only)."""
        if typed == self._typed:
            return
        self._typed = typed
        preview = self._preview()
        if preview is not None:
            preview.invalidate()

    def _section_title(self) -> str | None:
        """The title of the current question's section (None: no question, no section)."""
        question = self.interview.current
        if question is None:
            return None
        section = self.editor.bank.section_by_id.get(question.section)
        return section.title if section else None

    def _follow_section(self) -> None:
        """Scroll the preview to the section of the current question."""
        preview = self._preview()
        if preview is not None and self.interview.current is not None:
            preview.follow(self._section_title())

    def _show_save_status(self) -> None:
        status = self.flow.status()
        if status is not None:
            widget = self.query_one("#save-status", Static)
            widget.update(status.text)
            widget.set_classes(status.style)

    def _tell_about_the_file(self) -> None:
        """Say when the story cannot be saved where it is, or drafts were restored."""
        for notice in self.flow.opening_notices():
            # Notices quote the story (what upgrading changed, a resume point, the file
            # name): text, never markup.
            self.notify(
                notice.message,
                title=notice.title,
                severity=notice.severity,
                timeout=notice.timeout,
                markup=False,
            )

    def _disabled_buttons(self) -> dict[str, bool]:
        """Which navigation buttons are greyed (by id), as the keys are in check_action."""
        return {action: not self.check_action(action, ()) for action in ("back", "skip", "next")}

    def _sync_navigation(self) -> None:
        self.refresh_bindings()
        for button_id, disabled in self._disabled_buttons().items():
            self.query_one(f"#{button_id}", Button).disabled = disabled

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return self.flow.can(action)

    @property
    def has_unconfirmed_edit(self) -> bool:
        """The current question's input holds something typed but not confirmed."""
        return self.flow.has_unconfirmed_edit

    # -- the pane ---------------------------------------------------------------------

    def watch_pane(self, pane: str) -> None:
        self.set_class(pane != "none", "-pane")
        if pane != "none":
            self.call_later(self._sync_aside)

    async def _sync_aside(
        self, first: StorySnapshot | None = None, with_mount: Callable[[], None] | None = None
    ) -> None:
        """:meth:`_build_or_show_aside`, ended quietly if the app closes meanwhile."""
        from textual.css.query import NoMatches
        from textual.widget import MountError

        try:
            await self._build_or_show_aside(first, with_mount)
        except (NoMatches, MountError):
            if self.is_attached:
                raise
            # The user quit while the pane was being built: there is nothing to show.

    async def _build_or_show_aside(
        self, first: StorySnapshot | None, with_mount: Callable[[], None] | None
    ) -> None:
        """Build the pane on first use, then show the chosen tab.

        ``first``: the snapshot made after the first frame, shown with the pane.
        ``with_mount``: called in the same batch as the pane's mount, if it is built.
        """
        if first is not None and (self.pane == "none" or self._aside_ready or self._aside_building):
            self._after_change()  # not built here: shown now
            first = None
        if self.pane == "none":
            return
        if not self._aside_ready:
            if self._aside_building:
                return  # it shows the chosen tab once built
            self._aside_building = True
            from textual.widgets import TabbedContent, TabPane

            from storybuilder.tui.widgets.document_preview import DocumentPreview

            # The first document is rendered before the pane is built (a worker thread,
            # the question stays live): the pane is then laid out and drawn once, with
            # it, rather than with a placeholder first.
            snapshot, typed = first or self.snapshot, self._typed
            document: tuple[str, int] | None = None
            if snapshot is not None:
                render = partial(self.editor.render_preview, snapshot, typed)
                text = await asyncio.to_thread(DocumentPreview.render_document, render)
                document = (text, snapshot.revision)
            preview = DocumentPreview(
                self._render_preview,
                id="preview",
                wait_for_snapshot=True,
                document=document,
                follow=self._section_title(),
            )
            # The problem list is built when its tab is first shown (see _problems).
            tabs = TabbedContent(
                id="aside-tabs",
                initial="tab-problems" if self.pane == "problems" else "tab-preview",
            )
            # Both panes in one mount (as `with TabbedContent():` composes them).
            tabs.compose_add_child(
                TabPane("Preview", preview.data_bind(InterviewScreen.snapshot), id="tab-preview")
            )
            # Labelled with the count it shows, not relabelled once mounted.
            tabs.compose_add_child(TabPane(self._problems_label(snapshot), id="tab-problems"))
            with self.app.batch_update():
                if first is not None:
                    self._after_change()
                await self.query_one("#aside").mount(tabs)
                if with_mount is not None:
                    with_mount()
                self._aside_ready = True
                self.watch_snapshot(self.snapshot)
                self._follow_section()
                if typed != self._typed:
                    preview.invalidate()  # typing paused meanwhile (a new snapshot refreshes)
            if self._start_up_done is not None:
                # Once the pane is drawn scrolled to its section, with the whole document.
                done, self._start_up_done = self._start_up_done, None
                preview.when_complete(done)
            if self.pane == "none":
                return  # hidden meanwhile
        tabs = cast("TabbedContent", self.query_one("#aside-tabs"))
        tabs.active = f"tab-{self.pane}"
        if self.pane == "problems":
            await self._problems()
        if not self.has_class("-wide"):
            # Over the question: the pane takes the keyboard, so it can be scrolled.
            self.query_one("#problems" if self.pane == "problems" else "#preview").focus()

    async def _problems(self) -> None:
        """Put the problem list in its tab, the first time the tab is shown."""
        if self.query("#problems"):
            return
        from storybuilder.tui.widgets.problem_list import ProblemList

        problems = ProblemList(id="problems").data_bind(InterviewScreen.snapshot)
        await self.query_one("#tab-problems").mount(problems)

    def action_cycle_pane(self) -> None:
        self.pane = PANES[(PANES.index(self.pane) + 1) % len(PANES)]
        widget = self.answer_input
        if self.pane == "none" and widget is not None:
            widget.focus_input()

    def show_pane(self, pane: str) -> None:
        self.pane = pane

    async def on_tabbed_content_tab_activated(self, event: TabbedContent.TabActivated) -> None:
        if event.tabbed_content.id != "aside-tabs":
            return
        pane = (event.pane.id or "tab-preview").removeprefix("tab-")
        if pane == "problems":
            await self._problems()  # the tab was clicked
        if self.pane != "none" and pane != self.pane:
            self.pane = pane

    # -- answering and moving ---------------------------------------------------------

    def _save(self) -> SaveResult:
        return self.storybuilder.save_story()

    def _show_feedback(self, items: tuple[Feedback, ...], widget: AnswerInput | None) -> None:
        level, text = feedback_message(items, widget.show_problem if widget else lambda w: w)
        feedback = self.query_one("#feedback", FeedbackLine)
        feedback.show(level, text)
        feedback.scroll_visible()

    def keep_edits(self) -> bool:
        """Confirm what was typed into the current question, for Save and Quit.

        Returns False when the edit was refused and kept as a draft (and says so).
        """
        step = self.flow.keep(self._edit())
        if step.refused:
            self.notify(
                f"{step.feedback[0].message}\nWhat you typed is kept as a draft (not confirmed).",
                title="Answer not saved",
                severity="warning",
            )
            return False
        if step.confirmed:
            self._confirmed()
        return True

    def _confirmed(self) -> None:
        """The input's value is the answer now: not an edit any more."""
        widget = self.answer_input
        if widget is not None:
            widget.mark_unedited()
        self._stop_draft_timer()
        # The answer is in the story: the snapshot that follows refreshes the preview.
        self._typed = None

    def _stop_draft_timer(self) -> None:
        for timer in (self._draft_timer, self._typed_timer):
            if timer is not None:
                timer.pause()

    def _preview_typed(self) -> None:
        """Typing paused a while: the preview shows the edit in place of the answer."""
        if self._typed_timer is not None:
            self._typed_timer.pause()
        edit = self._edit()
        if edit is not None and edit.question_id == getattr(self.interview.current, "id", None):
            self._show_typed((edit.question_id, edit.value))

    def _autosave_draft(self) -> None:
        """Typing stopped: write the current edit to the drafts file (crash safety)."""
        if self._draft_timer is not None:
            self._draft_timer.pause()
        self.flow.autosave(self._edit())
        self._show_save_status()
        self.refresh_bindings()

    # The answer widgets' changes, handled by name: importing those widgets to name
    # their messages would cost the first screen.
    def on_input_changed(self, event: Message) -> None:
        self._answer_changed(event)

    def on_text_area_changed(self, event: Message) -> None:
        self._answer_changed(event)

    def on_radio_set_changed(self, event: Message) -> None:
        self._answer_changed(event)

    def on_selection_list_selected_changed(self, event: Message) -> None:
        self._answer_changed(event)

    def on_select_changed(self, event: Message) -> None:
        self._answer_changed(event)

    def _answer_changed(self, event: Message) -> None:
        """Every key in an answer: (re)start the draft and preview timers, nothing heavier.

        The first edit after the answer was shown also says "Unsaved draft" and shows
        Esc; the keys after it only push the timer back.
        """
        timer = self._draft_timer
        if timer is None:
            return
        if not self.flow.draft_pending:
            widget = self.answer_input
            if widget is None or widget.question is not self.interview.current:
                return  # from an input being replaced
            if not widget.edited:
                return  # an input showing its value as it appears, not an edit
            self.flow.typed()
            self._show_save_status()
            self.refresh_bindings()
        timer.reset()
        if self._typed_timer is not None and self._aside_ready:
            self._typed_timer.reset()

    async def _step(self, step: Step) -> None:
        """Show what an action did: feedback at the input, or the question moved to."""
        if step.confirmed:
            self._confirmed()
        if step.warning is not None:
            self.notify(step.warning, severity="warning")
        if step.note is not None:
            # Plain text: a note may quote a bank's prompt, brackets and all.
            self.notify(step.note, timeout=6, markup=False)
        if step.feedback:
            if step.save is not None:
                self._after_change()
            self._show_feedback(step.feedback, self.answer_input)
            return
        if not step.moved:
            return
        self._stop_draft_timer()
        if step.review:
            # Back to the review after an edit made from it: where the author left it.
            self._after_change()
            self._open_review(self._review_answer)
            return
        # One repaint for the whole change, not one per widget that changed.
        with self.app.batch_update():
            await self.show_question()
            self._after_change()

    async def action_next(self) -> None:
        widget = self.answer_input
        edit = None if widget is None else Edit(widget.question.id, widget.value, True)
        await self._step(self.flow.confirm(edit))

    async def action_back(self) -> None:
        await self._step(self.flow.back(self._edit()))

    async def action_skip(self) -> None:
        await self._step(self.flow.skip(self._edit()))

    async def jump_to_section(self, section_id: str) -> None:
        await self._step(self.flow.jump_to_section(self._edit(), section_id))

    async def jump_to_question(self, question_id: str, *, from_review: bool = False) -> None:
        step = self.flow.jump_to_question(self._edit(), question_id, from_review=from_review)
        if step.moved and self.pane != "none" and not self.has_class("-wide"):
            self.pane = "none"
        await self._step(step)

    async def set_first_pass(self, on: bool) -> None:
        step = self.flow.set_first_pass(self._edit(), on)
        await self._step(step)
        if not step.moved:
            # Same question, another pass: its place changed.
            self.query_one("#crumb", Static).update(self._crumb(self.interview.current))
            self._sync_navigation()

    async def _review_closed(self, question_id: str | None) -> None:
        if self._review is not None:
            self._review_answer = self._review.edited_answer
            self._review = None
        if question_id is not None:
            # Opened from the review to edit it: Next goes back to the review.
            await self.jump_to_question(question_id, from_review=True)
            return
        self.flow.review_closed()
        await self.show_question()
        self._after_change()

    def action_review(self) -> None:
        self._stop_draft_timer()
        self.flow.review(self._edit())
        self._after_change()
        self._open_review()

    def _open_review(self, answer: str | None = None) -> None:
        """Push the review (``answer``: open it at that answer on its Answers tab)."""
        from storybuilder.tui.screens.review import ReviewScreen

        self._review = ReviewScreen(self.editor, answer=answer)
        self.storybuilder.push_screen(self._review, callback=self._review_closed)

    def action_save(self) -> None:
        self.keep_edits()
        save = self.flow.save()
        self._after_change()
        if save.ok:
            self.notify(f"Saved {self.editor.path.name}.", timeout=2)

    def action_question_help(self) -> None:
        question = self.interview.current
        if question is None or not question.help.strip():
            self.storybuilder.action_help()
        else:
            self.storybuilder.action_help(question=question)

    def action_scroll_help(self, direction: int) -> None:
        """Scroll the question's help (or, when it shows whole, the question) by a few
        lines, leaving the focus where it is."""
        help_box = self.query_one("#help-box", VerticalScroll)
        target = help_box if help_box.max_scroll_y > 0 else self.query_one("#question-scroll")
        step = max(1, target.scrollable_content_region.height - 2)
        target.scroll_relative(y=direction * step, animate=False)

    def action_toggle_example(self) -> None:
        view = self.query_one(QuestionView)
        if view.has_example:
            view.toggle_example()
        else:
            self.notify("This question has no example answer.", timeout=3)

    async def action_discard_edit(self) -> None:
        """Esc: drop the unconfirmed edit (and its draft); the saved answer comes back."""
        self._stop_draft_timer()
        if not self.flow.discard():
            return
        with self.app.batch_update():
            await self.show_question()
            self.query_one("#feedback", FeedbackLine).show(
                "info", "Your edit was dropped: this is the saved answer."
            )
            self._after_change()

    @on(StoryReplaced)
    async def _story_replaced(self, event: StoryReplaced) -> None:
        """The story was saved over the file, or reloaded from it (then shown afresh)."""
        self.flow.last_save = event.save
        if event.reloaded:
            self.flow.replaced()
            await self.show_question()
        self._after_change()

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
        question = self.editor.question_for(event.problem)
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
        if self.interview.has_first_pass:
            if self.interview.first_pass:
                yield SystemCommand(
                    "Ask every question",
                    "Leave the first pass: every question in order, section by section",
                    partial(self.set_first_pass, False),
                )
            else:
                yield SystemCommand(
                    "First pass",
                    "Only the core questions that make a complete short story",
                    partial(self.set_first_pass, True),
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
