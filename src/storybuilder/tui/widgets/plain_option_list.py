"""An option list drawn flat inside a panel: the look the review's lists share."""

from __future__ import annotations

from textual.widgets import OptionList


class PlainOptionList(OptionList):
    """OptionList without its border or background, filling the panel's height."""

    DEFAULT_CSS = """
    PlainOptionList {
        height: 1fr;
        border: none;
        padding: 0;
        background: transparent;
        & > .option-list--option {
            padding: 0 1;
        }
    }
    """
