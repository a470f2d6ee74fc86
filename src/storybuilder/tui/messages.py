"""Messages the app sends to its screens about the open story."""

from __future__ import annotations

from textual.message import Message

from storybuilder.tui.editor import SaveResult


class StoryReplaced(Message):
    """The story was saved over a file changed on disk, saved as another file, or
    reloaded from the file (``reloaded``): screens redraw from a new snapshot."""

    def __init__(self, save: SaveResult, *, reloaded: bool) -> None:
        super().__init__()
        self.save = save
        self.reloaded = reloaded
