"""A Mermaid picture of a training story, built in Python rather than in the template.

The picture shows the shape of the argument at a glance: the rationale classes argue
for the training goal, the failure modes that apply threaten it, and the problems still
open hang off the part of the story they come from. GitHub draws a ``mermaid`` code
block as a diagram; other renderers show its source, which stays readable.

Author text ends up inside Mermaid labels, which have their own syntax: a quote ends a
label, brackets and braces change a node's shape, ``;`` and a newline end a statement,
``:`` can trigger Mermaid's style rewriting,
``#...;`` is an entity code, and (with HTML labels, as GitHub draws them) ``<`` opens a
tag. :func:`label` turns any text into a quoted label that shows exactly that text, so
nothing an author writes can change the diagram's structure, and node ids are always
generated here, never taken from the story.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

# Characters written as Mermaid entity codes (``#<decimal>;``) inside a quoted label.
# ``#`` itself must be among them, so that author text like "#quot;" stays literal.
_ENTITIES = {ch: f"#{ord(ch)};" for ch in '"#;:[](){}<>&|`%\\'}
_SPACES = re.compile(r"\s+")
_WRAP_AT = 32
"""Wrap labels at about this many characters, so that nodes stay narrow."""
_MAX_LABEL = 90
"""Longer texts are cut (with an ellipsis): the document holds the full text."""
MAX_PROBLEMS = 10
"""At most this many open-problem nodes are drawn; the rest are counted in one node."""


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
    flat = "".join(_visible(ch) for ch in text)
    flat = _SPACES.sub(" ", flat).strip()
    if len(flat) > limit:
        flat = flat[: limit - 1].rstrip() + "…"
    lines = [_escape(line) for line in (_wrap(flat, wrap) if flat else [""])]
    if heading is not None:
        lines.insert(0, "<b>" + _escape(heading) + "</b>")
    return '"' + "<br/>".join(lines) + '"'


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


@dataclass(frozen=True)
class DiagramProblem:
    """An open problem as the diagram needs it."""

    title: str
    source: str | None
    """Where in the story it comes from (a question id or key path), to attach it there."""
    rule: str | None = None
    """The rule that found it; several hits of one rule share a node."""


@dataclass(frozen=True)
class DiagramFailureMode:
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
    ``failure_modes`` are those that apply; ``problems`` are the ones still open. An
    open problem that comes from an applying failure mode is drawn next to it, the
    others next to the goal.
    """
    goal_text = ", ".join(goal_classes) or "class not chosen"
    lines = [
        "flowchart TD",
        f"  goal[{label(goal_text, heading='Training goal')}]",
    ]
    for i, name in enumerate(rationale_classes, 1):
        text = label(name, heading="Training rationale")
        lines.append(f"  rationale{i}([{text}]) -->|argues for| goal")
    if not rationale_classes:
        lines.append(f"  rationale0([{label('Training rationale not chosen')}]) -.-> goal")
    mode_nodes: dict[str, str] = {}
    for i, mode in enumerate(failure_modes, 1):
        node = f"failure{i}"
        mode_nodes[mode.id] = node
        text = label(mode.name, heading="Failure mode")
        lines.append(f"  {node}{{{{{text}}}}} -.->|threatens| goal")
    groups = _group_by_rule(problems)
    shown = groups[:MAX_PROBLEMS]
    for i, group in enumerate(shown, 1):
        first = group[0]
        target = _attach_to(first.source, mode_nodes)
        title = first.title
        if len(group) > 1:
            title += f" (and {len(group) - 1} more like it)"
        text = label(title, heading="Open problem")
        lines.append(f"  problem{i}[/{text}/] -.- {target}")
    hidden = sum(len(group) for group in groups[MAX_PROBLEMS:])
    if hidden > 0:
        more = f"and {hidden} more open problem{'s' if hidden != 1 else ''}"
        lines.append(f"  problem_more[/{label(more)}/] -.- goal")
    lines.extend(
        [
            "  classDef goalNode stroke-width:3px",
            "  classDef failureNode stroke-dasharray:4 2",
            "  class goal goalNode",
        ]
    )
    if mode_nodes:
        lines.append(f"  class {','.join(mode_nodes.values())} failureNode")
    return "\n".join(lines)


def _group_by_rule(problems: Sequence[DiagramProblem]) -> list[list[DiagramProblem]]:
    """Problems in order, with the hits of one rule (four weak verdicts) in one group."""
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


def _attach_to(source: str | None, mode_nodes: dict[str, str]) -> str:
    """The node an open problem hangs from: its failure mode's node, or the goal."""
    if source and source.startswith("failure_modes."):
        mode = source.split(".")[1]
        if mode in mode_nodes:
            return mode_nodes[mode]
    return "goal"
