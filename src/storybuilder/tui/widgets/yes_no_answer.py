"""Yes / no (/ unsure): a choice laid out in a row."""

from __future__ import annotations

from storybuilder.tui.widgets.choice_answer import ChoiceAnswer


class YesNoAnswer(ChoiceAnswer):
    """Yes, No and (for yes-no-unsure questions) Unsure, side by side.

    Left and right choose, as in any radio group.
    """

    DEFAULT_CSS = """
    YesNoAnswer > RadioSet {
        layout: horizontal;
        & > RadioButton {
            width: auto;
            margin-right: 2;
        }
    }
    """
