"""Keep Python's cyclic garbage collector out of the wizard's start-up.

Start-up creates a few hundred thousand long-lived objects (Textual, pydantic, the
question bank, the screen) and frees almost none. The collector's full passes walk all
of them, about 40 ms each on a typical machine, and several fell before the first
frame. The collector is paused until the start-up work is done: the first frame, then
what waits for it (the critic's first run, the preview pane drawn beside the question;
see ``StorybuilderApp.hold_start_up``), a few seconds at most. Then what start-up made
is frozen (kept out of later passes, which stay short) and collection resumes.
"""

from __future__ import annotations

import gc

_paused = False


def pause() -> None:
    """Stop automatic collection until :func:`resume` (if it is on)."""
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True


def resume() -> None:
    """Freeze the objects made so far and collect again; a no-op unless paused here."""
    global _paused
    if _paused:
        _paused = False
        gc.freeze()
        gc.enable()
