"""Make author text safe to place inside a generated Markdown document.

Answers are Markdown, and should render as such, but an answer must not be able to
break the document around it: a heading in an answer cannot outrank its section, an
unclosed code fence or HTML block cannot swallow the sections after it, and a ``|`` or
newline cannot split a table cell.
"""

from __future__ import annotations

import re

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_ATX = re.compile(r"^( {0,3})(#{1,6})(?=[ \t]|$)(.*)$")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
# Lines that open a CommonMark HTML block of the kinds that run until a closing marker
# (script/pre/style/textarea, comments, processing instructions, declarations, CDATA),
# and the tag-like starts of the kinds that run until a blank line.
_HTML_START = re.compile(r"^( {0,3})<(?=[A-Za-z!?/])")


def clean(text: str) -> str:
    """Text without control characters, with newlines normalized."""
    return _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def block(text: str | None, min_heading: int) -> str:
    """Author Markdown as a self-contained block whose headings start at ``min_heading``.

    Headings are shifted down so the shallowest becomes ``min_heading``; those that
    would go past level 6 become bold lines. Setext underlines become plain text, an
    unclosed fence is closed, and raw HTML blocks are shown as text.
    """
    if not text or not text.strip():
        return ""
    lines = clean(text).strip("\n").split("\n")
    shallowest = min(
        (len(m.group(2)) for m in map(_ATX.match, _outside_fences(lines)) if m), default=None
    )
    shift = max(0, min_heading - shallowest) if shallowest is not None else 0
    out: list[str] = []
    fence: str | None = None
    previous_blank = True
    for line in lines:
        fence_match = _FENCE.match(line)
        if fence is not None:
            out.append(line)
            if (
                fence_match
                and fence_match.group(1)[0] == fence[0]
                and len(fence_match.group(1)) >= len(fence)
                and not line.strip()[len(fence_match.group(1)) :].strip()
            ):
                fence = None
            previous_blank = False
            continue
        if fence_match:
            fence = fence_match.group(1)
            out.append(line)
        elif heading := _ATX.match(line):
            level = len(heading.group(2)) + shift
            words = heading.group(3).strip().rstrip("#").strip()
            out.append(f"{'#' * level} {words}" if level <= 6 else f"**{words}**")
        elif _SETEXT.match(line) and not previous_blank:
            out.append("\\" + line.lstrip())
        elif _HTML_START.match(line):
            out.append(_HTML_START.sub(r"\1\\<", line, count=1))
        else:
            out.append(line)
        previous_blank = not line.strip()
    if fence is not None:
        out.append(fence)
    return "\n".join(out)


def _outside_fences(lines: list[str]) -> list[str]:
    kept: list[str] = []
    fence: str | None = None
    for line in lines:
        match = _FENCE.match(line)
        if fence is None:
            if match:
                fence = match.group(1)
            else:
                kept.append(line)
        elif match and match.group(1)[0] == fence[0] and len(match.group(1)) >= len(fence):
            fence = None
    return kept


def cell(text: str | None) -> str:
    """Text for one table cell: one line, pipes escaped, nothing that ends the row."""
    if not text:
        return ""
    flat = clean(text).strip()
    flat = flat.replace("\\", "\\\\").replace("|", "\\|")
    flat = re.sub(r"\n+", "<br>", flat)
    # A cell starting like HTML could open an HTML block inside the table.
    return flat.replace("<", "&lt;").replace("&lt;br>", "<br>")


def inline(text: str | None) -> str:
    """Text for a single line (a list item, a title): no newlines, no heading marks."""
    if not text:
        return ""
    flat = " ".join(clean(text).split())
    return re.sub(r"^(#+|[-+*>]|\d+[.)])(?=\s)", r"\\\1", flat)


def yaml_string(text: str | None) -> str:
    """A YAML scalar that reads back as exactly the text (JSON strings are valid YAML)."""
    import json

    return json.dumps(clean(text or ""), ensure_ascii=False)
