"""A Mermaid picture of a training story, built in Python rather than in the template.

The picture is the argument read from the top: the training goal, the rationale that
argues for it, the failure modes that threaten it, and under each of them one node
listing the problems still open about that part of the story. One node per part (not
per problem) keeps the picture about as tall as it is wide at any number of problems,
so that it stays readable at a column's width. GitHub draws a ``mermaid`` code block as
a diagram; other renderers show its source, which stays readable.

Author text ends up inside Mermaid labels, which have their own syntax: a quote ends a
label, brackets and braces change a node's shape, ``;`` and a newline end a statement,
``:`` can trigger Mermaid's style rewriting,
``#...;`` is an entity code, and (with HTML labels, as GitHub draws them) ``<`` opens a
tag. :func:`label` turns any text into a quoted label that shows exactly that text, so
nothing an author writes can change the diagram's structure, and node ids are always
generated here, never taken from the story.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from typing import NamedTuple

from storybuilder import shipped_regexes

# Characters written as Mermaid entity codes (``#<decimal>;``) inside a quoted label.
# ``#`` itself must be among them, so that author text like "#quot;" stays literal.
_ENTITIES = {ch: f"#{ord(ch)};" for ch in '"#;:[](){}<>&|`%\\'}
_SPACES = shipped_regexes.compile(r"\s+")
_WRAP_AT = 32
"""Wrap labels at about this many characters, so that nodes stay narrow."""
_MAX_LABEL = 90
"""Longer texts are cut (with an ellipsis): the document holds the full text."""
MAX_LISTED = 4
"""A part's problem node lists at most this many titles, then says how many more."""
_TITLE_CHARS = 64
"""Titles in a problem node are cut to about this many characters."""
_LIST_WRAP = 26
"""Bulleted lines wrap sooner: Mermaid wraps labels wider than 200px once more itself."""


def label(
    text: str, *, heading: str | None = None, limit: int = _MAX_LABEL, wrap: int = _WRAP_AT
) -> str:
    """A quoted Mermaid label that shows ``text`` literally, on a few short lines.

    Control characters and every kind of line break become spaces (a raw newline would
    end the statement), the text is cut to ``limit`` characters, wrapped with ``<br/>``
    at word boundaries, and every character Mermaid would read as syntax is written as
    an entity code. Other Unicode is kept as it is: Mermaid draws it fine. ``heading``
    is a first line in bold that says what kind of node this is.
    """
    lines = _lines(text, limit, wrap)
    if heading is not None:
        lines.insert(0, "<b>" + _escape(heading) + "</b>")
    return '"' + "<br/>".join(lines) + '"'


def list_label(heading: str, items: Sequence[str], *, limit: int = _TITLE_CHARS) -> str:
    """A quoted label: ``heading`` in bold, then each item as a bullet on its own lines."""
    lines = ["<b>" + _escape(heading) + "</b>"]
    for item in items:
        wrapped = _lines(item, limit, _LIST_WRAP)
        lines.append("• " + wrapped[0])
        lines.extend(wrapped[1:])
    return '"' + "<br/>".join(lines) + '"'


def _lines(text: str, limit: int, wrap: int) -> list[str]:
    """``text`` on one line, cut to ``limit`` characters, wrapped, every line escaped."""
    flat = "".join(_visible(ch) for ch in text)
    flat = _SPACES.sub(" ", flat).strip()
    if len(flat) > limit:
        flat = flat[: limit - 1].rstrip() + "…"
    return [_escape(line) for line in (_wrap(flat, wrap) if flat else [""])]


def _visible(ch: str) -> str:
    """Line breaks, tabs and control characters as spaces; lone surrogates replaced."""
    category = unicodedata.category(ch)
    if category in ("Cc", "Zl", "Zp", "Zs"):
        return " "
    if category == "Cs":
        return "\ufffd"
    return ch


def _escape(text: str) -> str:
    return "".join(_ENTITIES.get(ch, ch) for ch in text)


def _wrap(text: str, width: int) -> list[str]:
    lines: list[str] = []
    current = ""
    for word in text.split(" "):
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    lines.append(current)
    return lines


class DiagramProblem(NamedTuple):
    """An open problem as the diagram needs it."""

    title: str
    source: str | None
    """Where in the story it comes from (a question id or key path)."""
    rule: str | None = None
    """The rule that found it; several hits of one rule are listed as one."""
    part: str | None = None
    """The part of the story it concerns, when the caller knows it from the bank:
    ``goal``, ``rationale`` or ``failure_modes.<id>``. Without it, ``source`` decides."""


class DiagramFailureMode(NamedTuple):
    """A failure mode that applies to the story."""

    id: str
    name: str


def story_diagram(
    goal_classes: Sequence[str],
    rationale_classes: Sequence[str],
    failure_modes: Sequence[DiagramFailureMode],
    problems: Sequence[DiagramProblem],
) -> str:
    """The Mermaid source (without the code fence) of a story's diagram.

    ``goal_classes`` and ``rationale_classes`` are names (words, not ids);
    ``failure_modes`` are those that apply; ``problems`` are the ones still open. Each
    part (the goal, the rationale, each failure mode) gets at most one node listing its
    open problems, hung under it.
    """
    goal_text = ", ".join(goal_classes) or "class not chosen"
    lines = [
        "flowchart TD",
        f"  goal[{label(goal_text, heading='Training goal')}]",
    ]
    edges = []
    if rationale_classes:
        text = label(", ".join(rationale_classes), heading="Training rationale")
        lines.append(f"  rationale([{text}])")
        edges.append("  goal -->|argued for by| rationale")
    else:
        lines.append(f"  rationale([{label('Training rationale not chosen')}])")
        edges.append("  goal -.-> rationale")
    mode_nodes: dict[str, str] = {}
    for i, mode in enumerate(failure_modes, 1):
        node = f"failure{i}"
        mode_nodes[mode.id] = node
        lines.append(f"  {node}{{{{{label(mode.name, heading='Failure mode')}}}}}")
        edges.append(f"  rationale -.->|threatened by| {node}")
    by_anchor: dict[str, list[DiagramProblem]] = {}
    for problem in problems:
        by_anchor.setdefault(_attach_to(problem, mode_nodes), []).append(problem)
    for anchor in ["goal", "rationale", *mode_nodes.values()]:
        if anchor in by_anchor:
            lines.append(f"  problems_{anchor}[{_problems_label(by_anchor[anchor])}]")
            edges.append(f"  {anchor} -.- problems_{anchor}")
    lines.extend(edges)
    lines.extend(
        [
            "  classDef goalNode stroke-width:3px",
            "  classDef failureNode stroke-dasharray:4 2",
            "  classDef problemNode stroke-dasharray:2 2",
            "  class goal goalNode",
        ]
    )
    if mode_nodes:
        lines.append(f"  class {','.join(mode_nodes.values())} failureNode")
    if by_anchor:
        problem_nodes = [f"problems_{a}" for a in ["goal", "rationale", *mode_nodes.values()]]
        lines.append(
            f"  class {','.join(n for n in problem_nodes if n[9:] in by_anchor)} problemNode"
        )
    return "\n".join(lines)


def _problems_label(problems: Sequence[DiagramProblem]) -> str:
    """One node's label: how many problems are open here, and their titles."""
    groups = _group_by_rule(problems)
    titles = []
    for group in groups[:MAX_LISTED]:
        more = f" (×{len(group)})" if len(group) > 1 else ""
        titles.append(_cut(group[0].title, _TITLE_CHARS - len(more)) + more)
    hidden = sum(len(group) for group in groups[MAX_LISTED:])
    if hidden:
        titles.append(f"+{hidden} more")
    count = len(problems)
    heading = "Open problem" if count == 1 else f"{count} open problems"
    return list_label(heading, titles, limit=_TITLE_CHARS + 8)


def _cut(text: str, limit: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def _group_by_rule(problems: Sequence[DiagramProblem]) -> list[list[DiagramProblem]]:
    """Problems in order, with the hits of one rule (three untested claims) in one group."""
    groups: list[list[DiagramProblem]] = []
    by_rule: dict[str, list[DiagramProblem]] = {}
    for problem in problems:
        if problem.rule is not None and problem.rule in by_rule:
            by_rule[problem.rule].append(problem)
            continue
        group = [problem]
        groups.append(group)
        if problem.rule is not None:
            by_rule[problem.rule] = group
    return groups


def _attach_to(problem: DiagramProblem, mode_nodes: dict[str, str]) -> str:
    """The node an open problem hangs from: its failure mode, the rationale or the goal.

    A problem about a failure mode the story does not draw (it does not apply, or was
    not considered) is about the argument, so it hangs from the rationale."""
    for where in (problem.part, problem.source):
        if where and where.startswith("failure_modes."):
            return mode_nodes.get(where.split(".")[1], "rationale")
    return "rationale" if problem.part == "rationale" else "goal"
