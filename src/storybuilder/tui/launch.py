"""Start the wizard from the command line (``storybuilder [new|edit] FILE``).

What can be refused before any screen appears is refused here, on stderr with exit
status 2: ``new`` on an existing file, an unknown example, a bank that does not load.
``edit`` on an invalid file opens the wizard on an error screen that names the problem
(the file is never written). Textual is imported only once the wizard is really needed.
If the wizard stops on an internal error, the exit status is 70, never 0.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from storybuilder import storefile
from storybuilder.bank import Bank, BankError, load_bank, packaged_bank
from storybuilder.session import OpenStory, create_story, open_story, resolve_bank
from storybuilder.story import Story
from storybuilder.terminal_text import safe
from storybuilder.tui import startup_gc

if TYPE_CHECKING:
    from storybuilder.tui.app import StorybuilderApp

EXIT_INVALID = 2


def _fail(message: str) -> int:
    print(f"storybuilder: {safe(message)}", file=sys.stderr)
    return EXIT_INVALID


def _new_story(file: Path, example: str | None, bank_path: Path | None) -> OpenStory:
    """Create the file for ``new`` (raises StoryFileError, BankError or KeyError)."""
    story: Story | None = None
    if example is not None:
        from storybuilder.examples import start_from_example

        story = start_from_example(example)
        bank: Bank = resolve_bank(story.interview.bank, bank_path, None)
    elif bank_path is not None:
        bank = load_bank(bank_path)
    else:
        bank = packaged_bank("core")
    return create_story(file, story or Story(), bank)


def launch(
    *,
    command: str | None,
    file: Path | None = None,
    example: str | None = None,
    bank_path: Path | None = None,
) -> int:
    """Run the wizard; returns the process exit status."""
    editor_source: OpenStory | None = None
    error: str | None = None
    if command == "new":
        assert file is not None
        if file.exists():
            return _fail(f"{file}: already exists; use 'storybuilder edit {file}' to continue it")
        try:
            editor_source = _new_story(file, example, bank_path)
        except (storefile.StoryFileError, BankError) as err:
            return _fail(str(err))
        except KeyError as err:
            return _fail(str(err.args[0]) if err.args else str(err))
    elif command == "edit":
        assert file is not None
        try:
            editor_source = open_story(file, bank_path)
        except (storefile.StoryFileError, BankError) as err:
            error = str(err)

    from storybuilder.tui.editor import StoryEditor

    editor = StoryEditor(editor_source, bank_path) if editor_source is not None else None
    if editor is not None:
        # The critic's first run and the first document, on another core while Textual
        # is imported and the first screen built (see tui/head_start.py).
        editor.start_head_start()
    try:
        from storybuilder.tui.app import StorybuilderApp

        app = StorybuilderApp(editor=editor, error=error, error_path=file, bank_path=bank_path)
        status = app.run()
    finally:
        startup_gc.resume()  # if the app ended before its first frame
        if editor is not None:
            editor.end_head_start()
    if app.return_code:
        # An unhandled exception: Textual printed the traceback and returned None.
        # That must not look like a clean exit to a shell or a script.
        return _crashed(app)
    if error is not None and status is None:
        return EXIT_INVALID
    return int(status or 0)


EXIT_CRASH = 70
"""An internal error stopped the wizard (EX_SOFTWARE)."""


def _crashed(app: StorybuilderApp) -> int:
    editor = app.editor
    where = ""
    if editor is not None:
        where = f" Confirmed answers are in {editor.path}"
        drafts = editor.drafts_path
        where += (
            f"; unconfirmed ones in {drafts}, restored by 'storybuilder edit {editor.path}'."
            if drafts.exists()
            else "."
        )
    print(
        f"storybuilder: the wizard stopped on an internal error (see above).{where}",
        file=sys.stderr,
    )
    return EXIT_CRASH
