"""The few inline Markdown marks that bank help texts use, drawn as styles, not as stars.

Help texts are Markdown (the document and the help pane render them), but short texts
shown in a one-line widget (an option's description, a glossary entry) went up as raw
``**Weak point:**``. Only bold, italic and code are drawn; everything else is shown as
the text it is, never as markup.
"""

from __future__ import annotations

import re

from textual.content import Content

_MARKS = re.compile(
    r"\*\*(?P<bold>[^*\n]+?)\*\*"
    r"|`(?P<code>[^`\n]+)`"
    r"|(?<![\w*])[*_](?P<italic>[^\s*_](?:[^*_\n]*[^\s*_])?)[*_](?![\w*])"
)
_STYLES = {"bold": "bold", "code": "reverse", "italic": "italic"}


def inline(text: str) -> Content:
    """The text with its bold, italic and code marks turned into styles."""
    parts: list[str | tuple[str, str]] = []
    position = 0
    for match in _MARKS.finditer(text):
        parts.append(text[position : match.start()])
        kind = next(name for name, value in match.groupdict().items() if value is not None)
        parts.append((match.group(kind), _STYLES[kind]))
        position = match.end()
    parts.append(text[position:])
    return Content.assemble(*parts)
