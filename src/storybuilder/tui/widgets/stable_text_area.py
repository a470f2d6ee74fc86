"""A TextArea that survives being painted in the frame after it was removed."""

from __future__ import annotations

from textual.geometry import Region
from textual.strip import Strip
from textual.widgets import TextArea


class StableTextArea(TextArea):
    """TextArea for rows that come and go.

    Textual 8.2 clears a removed widget's component styles before the compositor
    drops it from the screen map; a timer refresh in that window paints the dead
    widget and TextArea's theme lookup raises KeyError, which ends the app
    (Textual issues 6208 and 6528). A widget that is gone has nothing to draw, so
    it draws blank lines instead.
    """

    def render_lines(self, crop: Region) -> list[Strip]:
        try:
            return super().render_lines(crop)
        except KeyError:
            if self.is_attached and self._component_styles:
                raise
            return [Strip.blank(crop.width)] * crop.height
