r"""Make author text safe to place inside a generated Markdown document.

Answers are Markdown, and should render as such, but an answer must not be able to
break the document around it, nor smuggle anything but text into what is made from it.
The document is read by CommonMark and GitHub renderers and by pandoc's Markdown
reader, whose extensions go further than CommonMark, so author text is escaped for all
of them:

- a heading in an answer cannot outrank its section, an unclosed code fence cannot
  swallow the sections after it, and a line that merely looks like a fence (```a`b,
  which is not one) is escaped so that no reader takes it for one;
- no raw HTML (``<script>``, ``<img onerror>``, ``<!--`` comments that would hide the
  sections up to a ``-->`` in a later answer): every ``<`` that could start a tag is
  escaped, except a plain ``<https://...>`` link;
- no raw TeX for pandoc (``\input{...}``, ``\write18{...}``): a backslash that is not a
  Markdown escape is doubled, ``$`` (TeX math) is escaped, and pandoc's raw attributes
  (```` ```{=latex} ````, `` `x`{=latex} ``) and fenced divs are neutralised;
- no YAML metadata block in the middle of the document (``---`` lines become ``* * *``),
  no images that would fetch or embed a file (``![...](...)`` becomes a link), no link
  to anything but a web, mail or relative address (``javascript:`` stays text), and no
  ``[`` without its ``]`` on the same line (pandoc would look for it sections later);
- a ``|`` or newline cannot split a table cell, and control characters, Unicode
  non-characters and lone surrogates are removed everywhere.

Fenced code keeps its text verbatim. The price of being sure is that a ``<``, ``$`` or
backslash inside an inline code span shows with an extra backslash.
"""

from __future__ import annotations

import re

from storybuilder import shipped_regexes

_CONTROL_BMP = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff"
_CONTROL = shipped_regexes.compile(
    f"[{_CONTROL_BMP}"
    "\U0001fffe\U0001ffff\U0002fffe\U0002ffff\U0003fffe\U0003ffff\U0004fffe\U0004ffff"
    "\U0005fffe\U0005ffff\U0006fffe\U0006ffff\U0007fffe\U0007ffff\U0008fffe\U0008ffff"
    "\U0009fffe\U0009ffff\U000afffe\U000affff\U000bfffe\U000bffff\U000cfffe\U000cffff"
    "\U000dfffe\U000dffff\U000efffe\U000effff\U000ffffe\U000fffff\U0010fffe\U0010ffff]"
)
_CONTROL_WITHIN_BMP = shipped_regexes.compile(f"[{_CONTROL_BMP}]")
"""The characters of _CONTROL below U+10000 (see :func:`clean`)."""
# Headings and setext underlines count inside block quotes and list items too, whose
# markers come first on the line (and whose indentation can be any).
_CONTAINER = r"[ \t]*(?:(?:>|[-+*]|\d{1,9}[.)])[ \t]+|>)*[ \t]*"
_ATX = shipped_regexes.compile(rf"^({_CONTAINER})(#{{1,6}})(?=[ \t]|$)(.*)$")
_SETEXT = shipped_regexes.compile(rf"^({_CONTAINER})((?:=+|-+)[ \t]*)$")
_FENCE = shipped_regexes.compile(r"^( {0,3})(`{3,}|~{3,})(.*)$")
# A fence's info string is kept only if it is a plain language name: pandoc reads
# ```{=latex} as raw LaTeX to pass through.
_INFO = shipped_regexes.compile(r"[A-Za-z0-9_+#.-]*")
# A line of dashes after a blank line: a thematic break to CommonMark, but pandoc may
# read it as the start of a YAML metadata block.
_DASHES = shipped_regexes.compile(r"^ {0,3}-{3,}[ \t]*$")
# Pandoc's fenced divs.
_DIV = shipped_regexes.compile(r"^( {0,3})(:{3,})")
# One pass over a line, left to right, so that an escape added here can never pair up
# with a backslash of the author's:
_INLINE = shipped_regexes.compile(
    r"""(?P<pair>\\[!-/:-@\[-`{-~])"""  # a Markdown escape the author wrote: kept
    r"""|(?P<backslash>\\)"""  # any other backslash (TeX): doubled
    r"""|(?P<autolink><https?://[^\s<>"'`\\]*>)"""  # a plain web link: kept
    r"""|(?P<tag><(?=[A-Za-z/!?]))"""  # could start HTML: escaped
    r"""|(?P<dollar>\$)"""  # TeX math: escaped
    r"""|(?P<attr>\{(?=\s*=))"""  # pandoc's {=format} raw attribute: escaped
    r"""|(?P<image>!(?=\[))"""  # an image: made a link
)


def _inline_escape(match: re.Match[str]) -> str:
    kind = match.lastgroup
    text = match.group()
    if kind in ("pair", "autolink"):
        return text
    return "\\" + text


def escape_line(line: str, *, hard_break: bool = True) -> str:
    """One line of author Markdown with raw HTML, raw TeX, math and raw attributes escaped.

    ``hard_break``: a backslash ending the line stays (a Markdown line break) rather
    than being doubled; only right for a line that the document continues after.
    """
    if hard_break and line.endswith("\\") and not line.endswith("\\\\"):
        return _safe_links(_balance_brackets(_escape_inline(line[:-1]))) + "\\"
    return _safe_links(_balance_brackets(_escape_inline(line)))


def _escape_inline(line: str) -> str:
    """:data:`_INLINE`'s escapes; a line with none of the characters its matches start
    with (most lines of prose) is the line itself, found without the pattern's scan,
    which tries each of its alternatives at every character (about 14 us a line)."""
    if "\\" in line or "<" in line or "$" in line or "{" in line or "![" in line:
        return _INLINE.sub(_inline_escape, line)
    return line


# A link's destination, inline ``](dest`` or in a definition ``[label]: dest``.
# A lookahead, so that each "](" is judged on its own: a destination that runs on into a
# second link ("]( [e](data:...)") must not hide that link from the check.
_LINK = shipped_regexes.compile(r"\]\((?=\s*<?(?P<dest>[^\s)>]*))")
# A definition counts inside any container that may open the line: a quote, a list item,
# pandoc's definition-list ": " or "~ ", or the indent of a list item's continuation.
_DEFINITION = shipped_regexes.compile(
    r"^(?P<indent>[ \t]*(?:(?:>|[-+*:~]|\d{1,9}[.)])[ \t]*)*)"
    r"\[(?P<label>[^\]]*)\]:\s*<?(?P<dest>\S*)"
)
_ESCAPED = shipped_regexes.compile(r"\\(.)")
"""A backslash escape, which Markdown undoes."""
# Destinations that are web or mail links, or relative (no scheme before any / ? #).
_SAFE_DEST = shipped_regexes.compile(r"^(?:https?://|mailto:|[^:&/?#]*(?:[/?#]|$))", re.IGNORECASE)


def _safe_dest(dest: str) -> bool:
    # Markdown undoes backslash escapes in a destination: judge what the reader sees.
    return bool(_SAFE_DEST.match(_ESCAPED.sub(r"\1", dest)))


def _safe_links(line: str) -> str:
    """The line with links to ``javascript:``, ``data:`` and the like left as text.

    Pandoc writes any destination into the HTML ``href``, so only web, mail and
    relative links stay links; for the others the ``(`` (or a definition's ``[``) is
    escaped and the link shows as the text it was written as.
    """
    line = _LINK.sub(lambda m: m.group() if _safe_dest(m["dest"]) else "]\\(" + m.group()[2:], line)
    definition = _DEFINITION.match(line)
    # A definition whose destination is left for the next line ("[r]:") is judged
    # unsafe: that line is not in view here.
    if definition and not (definition["dest"] and _safe_dest(definition["dest"])):
        line = f"{definition['indent']}\\{line[len(definition['indent']) :]}"
    return line


def _balance_brackets(line: str) -> str:
    """The line with each ``[`` or ``]`` that has no partner on the line escaped.

    Pandoc (2.17) looks for the ``]`` of an unclosed ``[`` past the end of the
    paragraph, and drops everything in between: whole sections, up to a bracket in a
    later answer. Backslash pairs are skipped; every backslash in an escaped line is
    the first of a pair, or a final line break. A bracket inside a code span closed on
    the line is code, not a partner: in "[`]`" the ``[`` is still open.
    """
    if "[" not in line and "]" not in line:
        return line  # most lines: nothing to balance
    code_ends = _code_span_ends(line) if "`" in line else {}
    opened: list[int] = []
    unmatched: list[int] = []
    index = 0
    while index < len(line):
        char = line[index]
        if char == "\\":
            index += 2
            continue
        if char == "`":
            index = code_ends.get(index, index + 1)
            continue
        if char == "[":
            opened.append(index)
        elif char == "]":
            if opened:
                opened.pop()
            else:
                unmatched.append(index)
        index += 1
    for position in sorted(opened + unmatched, reverse=True):
        line = line[:position] + "\\" + line[position:]
    return line


_BACKTICKS = shipped_regexes.compile(r"`+")


def _code_span_ends(line: str) -> dict[int, int]:
    """Where reading resumes after each backtick run that opens a code span: past the
    next run of as many backticks (the span between is code), or just past the run
    itself when no such run follows on the line. Linear in the number of runs."""
    runs = [(m.start(), m.end()) for m in _BACKTICKS.finditer(line)]
    next_same: list[int | None] = [None] * len(runs)
    last_seen: dict[int, int] = {}
    for k in range(len(runs) - 1, -1, -1):
        width = runs[k][1] - runs[k][0]
        next_same[k] = last_seen.get(width)
        last_seen[width] = k
    ends: dict[int, int] = {}
    k = 0
    while k < len(runs):
        closing = next_same[k]
        if closing is None:
            ends[runs[k][0]] = runs[k][1]
            k += 1
        else:
            ends[runs[k][0]] = runs[closing][1]
            k = closing + 1
    return ends


def clean(text: str) -> str:
    """Text without control characters, with newlines normalized."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    # Most text holds nothing to remove. The class above, with its characters past the
    # Basic Multilingual Plane, is scanned a character at a time (36 ns each, about a
    # millisecond of a long story's render); the same class within the plane is a
    # bitmap, scanned more than ten times as fast. Past the plane, only characters from
    # U+1FFFE up are in the class.
    if _CONTROL_WITHIN_BMP.search(text) is None and (text.isascii() or max(text) < "\U0001fffe"):
        return text
    return _CONTROL.sub("", text)


def block(text: str | None, min_heading: int, continues: bool = False) -> str:
    """Author Markdown as a self-contained block whose headings start at ``min_heading``.

    Headings are shifted down so the shallowest becomes ``min_heading``; those that
    would go past level 6 become bold lines. Setext underlines become plain text, an
    unclosed fence is closed, and raw HTML, raw TeX and math are shown as text.

    ``continues``: the block is placed after other text on the same line (as in
    ``_Mitigation._ {{ text | block }}``), so its first line is paragraph text, never
    a fence or a heading.
    """
    if not text or not text.strip():
        return ""
    lines = clean(text).strip("\n").split("\n")
    rest = lines[1:] if continues else lines
    shallowest = min(
        (len(m.group(2)) for m in map(_ATX.match, _outside_fences(rest)) if m), default=None
    )
    shift = max(0, min_heading - shallowest) if shallowest is not None else 0
    out: list[str] = []
    fence: str | None = None
    previous_blank = not continues
    for index, line in enumerate(lines):
        fence_match = _FENCE.match(line)
        if fence is not None:
            out.append(line)
            if (
                fence_match
                and fence_match.group(2)[0] == fence[0]
                and len(fence_match.group(2)) >= len(fence)
                and not fence_match.group(3).strip()
            ):
                fence = None
            previous_blank = False
            continue
        if continues and index == 0:
            out.append(escape_line(line))
        elif fence_match and not (fence_match.group(2)[0] == "`" and "`" in fence_match.group(3)):
            indent, marks, info = fence_match.groups()
            fence = marks
            if out and out[-1].strip():
                # Pandoc reads a fence right under a paragraph line as part of the
                # paragraph when that line opens a code span: a blank line first makes
                # every reader see the same fence (and so the same verbatim text).
                out.append("")
            if _INFO.fullmatch(info.strip()):
                out.append(line)
            else:
                language = _INFO.match(info.strip())
                out.append(f"{indent}{marks}{language.group() if language else ''}")
        elif fence_match:
            # Backticks after ``` make it not a fence (CommonMark, pandoc): say so plainly.
            out.append("\\" + escape_line(line.lstrip()))
        elif heading := _ATX.match(escaped := escape_line(line)):
            prefix = heading.group(1)
            level = len(heading.group(2)) + shift
            words = heading.group(3).strip().rstrip("#").strip()
            out.append(f"{prefix}{'#' * level} {words}" if level <= 6 else f"{prefix}**{words}**")
        elif (underline := _SETEXT.match(escaped)) and not previous_blank:
            out.append(f"{underline.group(1)}\\{underline.group(2)}")
        elif _DASHES.match(escaped):
            out.append("* * *")
        elif div := _DIV.match(escaped):
            out.append(f"{div.group(1)}\\{escaped[div.end(1) :]}")
        else:
            out.append(escaped)
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
            if match and not (match.group(2)[0] == "`" and "`" in match.group(3)):
                fence = match.group(2)
            else:
                kept.append(line)
        elif (
            match
            and match.group(2)[0] == fence[0]
            and len(match.group(2)) >= len(fence)
            and not match.group(3).strip()
        ):
            fence = None
    return kept


_DOLLAR = shipped_regexes.compile(r"\$")
_ATTRIBUTE_BRACE = shipped_regexes.compile(r"\{(?=\s*=)")
_IMAGE_BANG = shipped_regexes.compile(r"!(?=\[)")
_NEWLINES = shipped_regexes.compile(r"\n+")


def cell(text: str | None) -> str:
    """Text for one table cell: one line, pipes escaped, nothing that ends the row."""
    if not text:
        return ""
    flat = clean(text).strip()
    # Every backslash is doubled (none is left to escape what follows), so the escapes
    # added after it stand on their own.
    flat = flat.replace("\\", "\\\\").replace("|", "\\|")
    flat = _DOLLAR.sub(r"\\$", flat)
    flat = _ATTRIBUTE_BRACE.sub(r"\\{", flat)
    flat = _safe_links(_balance_brackets(_IMAGE_BANG.sub(r"\\!", flat)))
    flat = _NEWLINES.sub("<br>", flat)
    # A cell starting like HTML could open an HTML block inside the table.
    return flat.replace("<", "&lt;").replace("&lt;br>", "<br>")


# What could start a block (heading, list, quote, table row, pandoc div or title line)
# or make a thematic break or setext underline, when the text begins a line.
_LEADING_MARK = shipped_regexes.compile(r"^(#+|[-+*>|%]|:{3,})(?=\s|$)")
_LEADING_NUMBER = shipped_regexes.compile(r"^(\d+)([.)])(?=\s|$)")
_LEADING_RULE = shipped_regexes.compile(r"^([-*_=~])(?=(?:\s*\1){2})")


def inline(text: str | None) -> str:
    """Text for a single line (a list item, a title): no newlines, no heading marks."""
    if not text:
        return ""
    flat = escape_line(" ".join(clean(text).split()), hard_break=False)
    flat = _LEADING_NUMBER.sub(r"\1\\\2", flat)
    flat = _LEADING_RULE.sub(r"\\\1", flat)
    return _LEADING_MARK.sub(r"\\\1", flat)


def yaml_string(text: str | None) -> str:
    """A YAML scalar for pandoc's front matter: one line, read back as Markdown text.

    JSON strings are valid YAML. Pandoc reads metadata as Markdown, so the text is
    escaped as :func:`inline` does; line and paragraph separators, which YAML 1.1 reads
    as line breaks, are written as escapes.
    """
    import json

    quoted = json.dumps(inline(text), ensure_ascii=False)
    return quoted.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
