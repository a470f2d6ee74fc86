"""The errors every command reports to the user, in a module light enough to import first.

Each carries everything needed for a message that names the file and the place in it;
the command line prints them without a traceback and exits 2. The message quotes keys,
ids and file names from the input, so control characters in them are shown as visible
escapes (see :mod:`storybuilder.terminal_text`).
"""

from __future__ import annotations

import os

from storybuilder.terminal_text import safe

MESSAGE_LIMIT = 400
"""Longest problem message shown whole: a message quotes the author's value, which may be
megabytes long; its middle is left out, its start (what and where) and end (why) kept."""


def _line(text: object) -> str:
    """One problem as one safe line, its middle left out past MESSAGE_LIMIT."""
    line = safe(text, multiline=False)
    if len(line) <= MESSAGE_LIMIT:
        return line
    return f"{line[: MESSAGE_LIMIT - 100]} … {line[-90:]}"


class StoryFileError(Exception):
    """A story file that cannot be read or written, with every problem located."""

    def __init__(self, path: str | os.PathLike[str], problems: list[tuple[str, str]]) -> None:
        self.path = str(path)
        self.problems = problems
        """(where, what) pairs: where is 'line 3, column 9' or a key path such as 'goal.classes[0]'."""
        super().__init__(str(self))

    def __str__(self) -> str:
        path = safe(self.path, multiline=False)
        lines = [
            f"{path}: {_line(where)}: {_line(what)}" if where else f"{path}: {_line(what)}"
            for where, what in self.problems
        ]
        return "\n".join(lines)


class ConflictError(StoryFileError):
    """The file changed on disk after it was loaded; saving would lose those changes."""


class BankError(Exception):
    """A bank that cannot be used, with one message per problem."""

    def __init__(self, source: str, problems: list[str]) -> None:
        self.source = source
        self.problems = problems
        super().__init__(str(self))

    def __str__(self) -> str:
        source = safe(self.source, multiline=False)
        return "\n".join(f"{source}: {_line(problem)}" for problem in self.problems)


class ShippedDataError(Exception):
    """storybuilder's own templates or question banks are missing: a broken installation."""
