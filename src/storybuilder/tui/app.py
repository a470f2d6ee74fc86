"""The storybuilder wizard: a Textual app over the interview engine.

The app owns the open story (a :class:`StoryEditor`) and what touches the file: saving
with conflict detection, reloading, export. Screens ask it to save; it asks the author
what to do when the file changed on disk behind the wizard's back.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.command import Provider
from textual.filter import LineFilter
from textual.screen import Screen

from storybuilder import storefile
from storybuilder.bank import Bank, BankError, Question, load_bank, packaged_bank
from storybuilder.session import create_story, open_story, resolve_bank
from storybuilder.story import Story
from storybuilder.terminal_text import safe
from storybuilder.tui import recent, shipped_css, startup_gc
from storybuilder.tui.commands import OrderedCommands
from storybuilder.tui.control_filter import ControlCharacterFilter
from storybuilder.tui.editor import SaveResult, StoryEditor
from storybuilder.tui.keymap import load_keymap
from storybuilder.tui.messages import StoryReplaced
from storybuilder.tui.screens.interview import InterviewScreen
from storybuilder.tui.workflow import not_saved_message, resolve_conflict

if TYPE_CHECKING:
    from storybuilder.tui.screens.error import ErrorScreen
    from storybuilder.tui.screens.welcome import WelcomeScreen

# Screens other than the interview are imported when first needed: `storybuilder edit`
# should not pay for the welcome screen, the file dialogs or the help at start-up.

START_UP_GC_LIMIT = 3.0
"""Seconds after the first frame at most before the cyclic collector runs again."""


class StorybuilderApp(App[int]):
    """The wizard. Start it on a story (``editor``), an error, or the welcome screen."""

    COMMANDS: ClassVar[set[type[Provider] | Callable[[], type[Provider]]]] = {OrderedCommands}
    """The palette lists commands in the wizard's order (sections as they are asked)."""

    CSS_PATH = Path(__file__).parent / "app.tcss"
    """An absolute path, so that subclasses (tests, benchmarks) find it too."""
    TITLE = "storybuilder"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "ctrl+q",
            "quit",
            "Quit",
            id="app.quit",
            tooltip="Save and quit; `storybuilder edit FILE` resumes at the same question",
            priority=True,
        ),
        Binding(
            "f1",
            "help",
            "Help",
            id="app.help",
            tooltip="How the wizard works, every key, and the glossary",
        ),
    ]

    def __init__(
        self,
        *,
        editor: StoryEditor | None = None,
        error: str | None = None,
        error_path: Path | None = None,
        bank: Bank | None = None,
        bank_path: Path | None = None,
    ) -> None:
        super().__init__()
        # What Textual would parse of the wizard's CSS, parsed ahead of time.
        shipped_css.seed(self.stylesheet)
        self.editor = editor
        """The open story, or None on the welcome screen."""
        self.start_error = error
        self.start_error_path = error_path
        self.new_story_bank = bank
        """The bank for new stories (default: ``--bank``, else the shipped core bank)."""
        self.bank_path = bank_path
        self._conflict_pending = False
        self._quit_armed = False
        self._first_frame_shown = False
        self._after_first_frame: list[tuple[Callable[..., object], tuple[object, ...]]] = []
        self._start_up_holds = 0
        """Deferred start-up work under way (see hold_start_up)."""
        self.user_keymap, keymap_problem = load_keymap()
        self._keymap_problem = keymap_problem
        if self.user_keymap:
            self.set_keymap(self.user_keymap)

    _control_filter = ControlCharacterFilter()

    def get_line_filters(self) -> Sequence[LineFilter]:
        # Every line drawn loses any control character left in it (an escape sequence
        # from a story must never reach the terminal); see tui/control_filter.py.
        return [*super().get_line_filters(), self._control_filter]

    def get_default_screen(self) -> Screen[Any]:
        # The first screen is the base of the stack: pushed over Textual's blank default
        # screen instead, it would wait for that one to be laid out and restyled too.
        # A story that failed to open shows its error over the welcome screen, which is
        # where the error screen's way out leads.
        if self.editor is not None:
            return self._interview_screen(self.editor)
        from storybuilder.tui.screens.welcome import WelcomeScreen

        return WelcomeScreen()

    def on_mount(self) -> None:
        if self._keymap_problem:
            self.notify(self._keymap_problem, severity="warning")
        if self.editor is None and self.start_error is not None:
            from storybuilder.tui.screens.error import ErrorScreen

            self.push_screen(ErrorScreen(self.start_error_path, self.start_error))

    def on_ready(self) -> None:
        # Ready comes once the first frame was handed to the terminal: what waited for
        # it runs now, not after the next refresh (the toast sliding in, a cursor...).
        self._first_frame_shown = True
        waiting, self._after_first_frame = self._after_first_frame, []
        for callback, args in waiting:
            self.call_later(callback, *args)
        # The collector stays paused through the deferred start-up work, which makes
        # long-lived objects too (the critic's results, the preview): a full pass in the
        # middle of it walked them all for nothing. Never longer than a few seconds.
        self.call_later(self._end_start_up)
        self.set_timer(START_UP_GC_LIMIT, startup_gc.resume)

    def hold_start_up(self) -> Callable[[], None]:
        """Count deferred start-up work as under way until the returned function is
        called (the collector resumes once no such work is left)."""
        self._start_up_holds += 1
        released = False

        def release() -> None:
            nonlocal released
            if not released:
                released = True
                self._start_up_holds -= 1
                self._end_start_up()

        return release

    def _end_start_up(self) -> None:
        if self._first_frame_shown and not self._start_up_holds:
            startup_gc.resume()

    def after_first_frame(self, callback: Callable[..., object], *args: object) -> None:
        """Call back once the first frame is on the terminal (or after the next refresh).

        Work started while the app starts up (in ``on_mount`` or ``call_after_refresh``)
        runs before anything is drawn: Textual holds the first frame back until the
        start-up batch ends. Deferred work that would delay the first screen waits here.
        """
        if self._first_frame_shown:
            self.call_after_refresh(callback, *args)
        else:
            self._after_first_frame.append((callback, args))

    # -- opening stories --------------------------------------------------------------

    def _start_interview(self, editor: StoryEditor) -> None:
        self.push_screen(self._interview_screen(editor))

    def _interview_screen(self, editor: StoryEditor) -> InterviewScreen:
        """The interview on an open story, which becomes the app's story."""
        self.editor = editor
        # Writing the list fsyncs twice: not worth holding the first screen back for.
        self.after_first_frame(recent.remember, editor.path)
        self.sub_title = safe(editor.path.name, multiline=False)
        return InterviewScreen(editor)

    def open_path(self, path: Path) -> None:
        """Open a story file; an invalid one shows the error screen (nothing is written)."""
        try:
            opened = open_story(path, self.bank_path)
        except (storefile.StoryFileError, BankError) as err:
            from storybuilder.tui.screens.error import ErrorScreen

            self.push_screen(ErrorScreen(path, str(err)))
            return
        self._start_interview(StoryEditor(opened, self.bank_path))

    def _bank_for_new(self, story: Story | None) -> Bank:
        if story is not None:
            return resolve_bank(story.interview.bank, self.bank_path, None)
        if self.new_story_bank is not None:
            return self.new_story_bank
        if self.bank_path is not None:
            return load_bank(self.bank_path)
        return packaged_bank("core")

    def create_new(self, path: Path, example: str | None = None) -> None:
        """Create a story file (from an example, or blank) and start its interview."""
        from storybuilder.examples import start_from_example

        try:
            story = start_from_example(example) if example else None
            bank = self._bank_for_new(story)
            opened = create_story(path, story or Story(), bank)
        except (storefile.StoryFileError, BankError, KeyError) as err:
            self.notify(str(err), title="Cannot create the story", severity="error", timeout=10)
            return
        self._start_interview(StoryEditor(opened, self.bank_path))

    def on_welcome_screen_action(self, event: WelcomeScreen.Action) -> None:
        from storybuilder.examples import list_examples
        from storybuilder.tui.screens.example_picker import ExamplePickerScreen
        from storybuilder.tui.screens.path_prompt import (
            PathPromptScreen,
            must_be_file,
            must_not_exist,
        )

        if event.action == "recent" and event.path is not None:
            self.open_path(event.path)
        elif event.action == "open":
            self.push_screen(
                PathPromptScreen(
                    "Open a story file", check=must_be_file, browse=True, confirm="Open"
                ),
                callback=self._open_chosen,
            )
        elif event.action == "example":
            examples = list_examples()
            if not examples:
                self.notify("No example stories are shipped yet.", severity="warning")
                return
            self.push_screen(ExamplePickerScreen(examples), callback=self._example_chosen)
        else:
            self.push_screen(
                PathPromptScreen(
                    "Where should the new story be saved?",
                    value="my-story.toml",
                    check=must_not_exist,
                    confirm="Create",
                ),
                callback=self._new_chosen,
            )

    def _open_chosen(self, path: Path | None) -> None:
        if path is not None:
            self.open_path(path)

    def _new_chosen(self, path: Path | None) -> None:
        if path is not None:
            self.create_new(path)

    def _example_chosen(self, name: str | None) -> None:
        if name is None:
            return
        from storybuilder.tui.screens.path_prompt import PathPromptScreen, must_not_exist

        def chosen(path: Path | None) -> None:
            if path is not None:
                self.create_new(path, example=name)

        self.push_screen(
            PathPromptScreen(
                "Where should your copy of the example be saved?",
                value=f"{name}.toml",
                check=must_not_exist,
                confirm="Create",
            ),
            callback=chosen,
        )

    def on_error_screen_welcome_requested(self, event: ErrorScreen.WelcomeRequested) -> None:
        # The error screen is only ever shown over the welcome screen (at start-up, or
        # after opening a file from it): going back is leaving it.
        self.pop_screen()

    # -- saving -----------------------------------------------------------------------

    def save_story(self) -> SaveResult:
        """Save the open story; asks what to do if the file changed on disk."""
        editor = self.editor
        if editor is None:
            return SaveResult(False, error="no story is open")
        if self._conflict_pending:
            return SaveResult(False, conflict=True, error="waiting for your decision")
        result = editor.save()
        if result.conflict:
            self._conflict_pending = True
            # Asked once the screen that saved has finished changing: a dialog pushed
            # while the interview swaps its answer input drew the removed input behind
            # it, and crashed (KeyError 'text-area--gutter').
            self.call_after_refresh(self._ask_about_conflict, editor.path)
        elif not result.ok:
            self.notify(
                not_saved_message(editor, result),
                title="Not saved",
                severity="error",
                timeout=10,
            )
        else:
            self._quit_armed = False
        return result

    def _ask_about_conflict(self, path: Path) -> None:
        from storybuilder.tui.screens.conflict import ConflictScreen

        self.push_screen(ConflictScreen(path), callback=self._conflict_decided)

    def _conflict_decided(self, overwrite: bool | None) -> None:
        self._conflict_pending = False
        if self.editor is None:
            return
        resolution = resolve_conflict(self.editor, overwrite)
        notice = resolution.notice
        self.notify(
            notice.message, title=notice.title, severity=notice.severity, timeout=notice.timeout
        )
        if resolution.result is not None:
            self._announce(resolution.result, reloaded=resolution.reloaded)

    def _announce(self, save: SaveResult, *, reloaded: bool) -> None:
        """Tell the screens that the story was replaced (those showing it redraw)."""
        for screen in self.screen_stack:
            screen.post_message(StoryReplaced(save, reloaded=reloaded))

    def save_as(self) -> None:
        """Ask for a new file and save the story there (for a read-only story, say)."""
        editor = self.editor
        if editor is None:
            return
        from storybuilder.tui.screens.path_prompt import PathPromptScreen, must_not_exist

        suggestion = editor.path.with_name(f"{editor.path.stem}-copy{editor.path.suffix}")
        self.push_screen(
            PathPromptScreen(
                "Save the story as (a new file)",
                value=str(suggestion),
                check=must_not_exist,
                confirm="Save",
            ),
            callback=self._save_as_chosen,
        )

    async def _save_as_chosen(self, path: Path | None) -> None:
        editor = self.editor
        if path is None or editor is None:
            return
        result = editor.save_as(path)
        if not result.ok:
            self.notify(str(result.error), title="Not saved", severity="error", timeout=10)
            return
        self._conflict_pending = False
        self.sub_title = path.name
        recent.remember(path)
        self.notify(f"Saved as {path}; your answers go there from now on.", title="Saved")
        self._announce(result, reloaded=False)

    def export_story(self) -> Path | None:
        """Write the Markdown document next to the story and say where."""
        if self.editor is None:
            return None
        try:
            path = self.editor.export()
        except storefile.StoryFileError as err:
            self.notify(str(err), title="Export failed", severity="error", timeout=10)
            return None
        path = path.resolve()
        self.notify(f"Exported to {path}", title="Exported")
        return path

    # -- quitting ---------------------------------------------------------------------

    async def action_quit(self) -> None:
        """Keep and save the current answer, then quit (asks once more if that fails)."""
        await self._focused_caught_up()
        if self.editor is not None and not self._quit_armed:
            kept = all(
                screen.keep_edits()
                for screen in self.screen_stack
                if isinstance(screen, InterviewScreen)
            )
            saved = not self.editor.dirty or self.save_story().ok
            if not (kept and saved):
                self._quit_armed = True
                drafts_kept = self.editor.write_drafts()
                self.notify(
                    "Some of your work is not saved in the story"
                    + (
                        ": it is kept as drafts, offered again by 'storybuilder edit'."
                        if drafts_kept
                        else "."
                    )
                    + " Press ctrl+q again to quit anyway.",
                    severity="warning",
                )
                return
        self.exit(0)

    async def _focused_caught_up(self) -> None:
        """Let the focused input take the keys typed before ctrl+q, before saving.

        ctrl+q is a priority binding: it runs as soon as the app reads it, while the keys
        typed just before it may still wait in the focused input's queue. Quitting then
        saved the answer without the end of what was typed.
        """
        focused = self.focused
        if focused is None:
            return
        caught_up = asyncio.Event()
        if focused.call_later(caught_up.set):
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(caught_up.wait(), timeout=2)

    # -- help and the command palette -------------------------------------------------

    def action_help(self, tab: str = "help", question: Question | None = None) -> None:
        """The help screen; with a question, its help first (the "question" tab)."""
        # Imported on first use: the guide's Markdown widget is not needed at start-up.
        from storybuilder.tui.screens.help import HelpScreen
        from storybuilder.tui.texts import glossary_entries, help_text

        if isinstance(self.screen, HelpScreen):
            return
        bank = self.editor.bank if self.editor is not None else _core_bank_or_none()
        guide = help_text("guide.md").replace("{keys}", self.keys_table())
        self.push_screen(
            HelpScreen(
                guide,
                glossary_entries(bank),
                tab="question" if question is not None else tab,
                question=question,
            )
        )

    def keys_table(self) -> str:
        """The keys in effect (remaps included), as a Markdown table per screen."""
        from storybuilder.tui.screens.help import HelpScreen
        from storybuilder.tui.screens.review import ReviewScreen
        from storybuilder.tui.screens.welcome import WelcomeScreen

        groups: list[tuple[str, list[BindingType]]] = [
            ("Everywhere", list(self.BINDINGS)),
            ("Interview", list(InterviewScreen.BINDINGS)),
            ("Review", list(ReviewScreen.BINDINGS)),
            ("Welcome", list(WelcomeScreen.BINDINGS)),
            ("Help", list(HelpScreen.BINDINGS)),
        ]
        extra = {
            "Everywhere": [
                ("ctrl+p", "The command palette: go to a section or question, export, glossary"),
                ("tab, shift+tab", "Move between the parts of the screen"),
            ],
            "Interview": [
                ("enter", "In a one-line answer: Next"),
                ("alt+down, alt+up", "Scroll the question's help; the cursor stays put"),
            ],
        }
        lines: list[str] = []
        for title, bindings in groups:
            lines += [f"**{title}**", "", "| Key | Does | Binding id |", "| --- | --- | --- |"]
            for binding in bindings:
                if not isinstance(binding, Binding) or not binding.show:
                    continue
                key = self.user_keymap.get(binding.id or "", binding.key)
                does = binding.tooltip or binding.description
                lines.append(f"| `{key}` | {does} | `{binding.id}` |")
            lines += [f"| `{key}` | {does} | |" for key, does in extra.get(title, [])]
            lines.append("")
        return "\n".join(lines)

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        from storybuilder.tui.screens.review import ReviewScreen

        yield from super().get_system_commands(screen)
        yield SystemCommand("Help", "How the wizard works, and every key", self.action_help)
        yield SystemCommand(
            "Glossary",
            "The words of training stories: goal classes, failure modes...",
            lambda: self.action_help("glossary"),
        )
        if isinstance(screen, InterviewScreen | ReviewScreen) and self.editor is not None:
            yield SystemCommand(
                "Export to Markdown",
                f"Write {self.editor.export_path.name} next to the story",
                self.export_story,
            )
        if isinstance(screen, InterviewScreen):
            yield from screen.palette_commands()


def _core_bank_or_none() -> Bank | None:
    try:
        return packaged_bank("core")
    except BankError:
        return None
