"""An argument (:mod:`storybuilder.argument`) drawn in Mermaid with GSN's shapes.

For reading a safety-case argument on GitHub, which draws Mermaid but not gsn2x's
YAML: goals are rectangles, strategies parallelograms, solutions circles, contexts
rounded boxes, assumptions and justifications stadiums (ovals), counter-goals and
counter-solutions the same shapes in a dashed outline, and an undeveloped element has a
◇ before its id and a dotted outline. Support is a solid arrow, context a dotted one,
and a challenge a line labelled "challenged by". Node ids are generated; each label
starts with the element's GSN id, so the picture and the YAML can be read side by side.
Labels are escaped as the story diagram's are (:func:`storybuilder.diagram.label`).
"""

from __future__ import annotations

from storybuilder.argument import Argument, Element
from storybuilder.diagram import label

_SHAPES = {
    "goal": ("[", "]"),
    "counter-goal": ("[", "]"),
    "strategy": ("[/", "/]"),
    "solution": ("((", "))"),
    "counter-solution": ("((", "))"),
    "context": ("(", ")"),
    "assumption": ("([", "])"),
    "justification": ("([", "])"),
}
_LABEL_CHARS = 120
_WRAP = 28
"""Narrower than the story diagram: GSN boxes sit many to a row."""
UNDEVELOPED = "◇"


def to_mermaid(argument: Argument) -> str:
    """The Mermaid source (without a code fence) of the argument."""
    node = {element_id: f"n{i}" for i, element_id in enumerate(argument.elements, 1)}
    lines = ["flowchart TD"]
    edges: list[str] = []
    for element in argument.elements.values():
        opening, closing = _SHAPES[element.kind]
        lines.append(f"  {node[element.id]}{opening}{_label(element)}{closing}")
        edges += [f"  {node[element.id]} --> {node[t]}" for t in element.supported_by]
        edges += [f"  {node[element.id]} -.-> {node[t]}" for t in element.in_context_of]
        if element.challenges:
            edges.append(f"  {node[element.challenges]} ---|challenged by| {node[element.id]}")
    lines += edges
    lines += [
        "  classDef counter stroke-dasharray:6 3",
        "  classDef undeveloped stroke-dasharray:2 2",
        "  classDef root stroke-width:3px",
    ]
    counters = [node[e.id] for e in argument.elements.values() if e.kind.startswith("counter")]
    undeveloped = [node[e.id] for e in argument.elements.values() if e.undeveloped]
    lines.append(f"  class {node[next(iter(argument.elements))]} root")
    for nodes, css in ((counters, "counter"), (undeveloped, "undeveloped")):
        if nodes:
            lines.append(f"  class {','.join(nodes)} {css}")
    return "\n".join(lines) + "\n"


def _label(element: Element) -> str:
    heading = f"{UNDEVELOPED} {element.id}" if element.undeveloped else element.id
    return label(element.text, heading=heading, limit=_LABEL_CHARS, wrap=_WRAP)
