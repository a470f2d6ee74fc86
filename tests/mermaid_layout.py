"""A rough estimate of how big Mermaid draws a ``flowchart TD``, without running Mermaid.

The Mermaid CLI needs a browser, which tests cannot rely on, so this estimates the drawn
size the way Mermaid's layout (dagre) places nodes: each node gets a rank (the longest
path to it from a node without incoming edges), nodes of one rank sit side by side, and
ranks are stacked top to bottom.

The node-size model, after Mermaid's default theme (16px font, 15px padding):

- a character is 8px wide and a line of text 24px high; a label's lines are split at
  ``<br/>``, with ``<b>`` tags dropped and each ``#NN;`` entity counted as one character;
- a node is 8 x (longest line) + 30 px wide and 24 x (lines) + 30 px high;
- shapes with slanted or rounded sides (stadium ``([ ])``, hexagon ``{{ }}``,
  parallelogram ``[/ /]``) are wider by half their height;
- nodes of a rank are 50px apart, ranks are 50px apart, and an edge with a label into a
  rank adds a rank of its own for the label (24 + 50 px), as dagre does.

The absolute figures are rough; what the tests need is the ratio of width to height,
which the model gets right in the cases that matter (a row of siblings is wide, a
stack of ranks is tall).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

CHAR = 8
LINE = 24
PADDING = 30
NODE_GAP = 50
RANK_GAP = 50

_NODE = re.compile(r'^\s*(\w+)(\(\[|\[/|\{\{|\[|\(\(|\()"(.*)"(\]\)|/\]|\}\}|\]|\)\)|\))\s*$')
_EDGE = re.compile(r"^\s*(\w+)\s+(-->|-\.->|-\.-|---|~~~|==>)(?:\|([^|]*)\|)?\s+(\w+)\s*$")
_SLANTED = {"([", "[/", "{{"}


@dataclass(frozen=True)
class Size:
    width: float
    height: float

    @property
    def ratio(self) -> float:
        return self.width / self.height


def node_size(shape: str, label: str) -> Size:
    lines = [re.sub(r"#\d+;", "x", re.sub(r"</?b>", "", line)) for line in label.split("<br/>")]
    height: float = LINE * len(lines) + PADDING
    width: float = CHAR * max(len(line) for line in lines) + PADDING
    if shape in _SLANTED:
        width += height / 2
    return Size(width, height)


def estimate(source: str) -> tuple[Size, dict[str, int]]:
    """The estimated drawn size of a ``flowchart TD``, and each node's rank."""
    lines = source.splitlines()
    assert lines[0].strip() == "flowchart TD", "only top-down flowcharts are modelled"
    sizes: dict[str, Size] = {}
    edges: list[tuple[str, str, bool]] = []
    for line in lines[1:]:
        if node := _NODE.match(line):
            sizes[node.group(1)] = node_size(node.group(2), node.group(3))
        elif edge := _EDGE.match(line):
            edges.append((edge.group(1), edge.group(4), edge.group(3) is not None))
        elif not line.strip().startswith(("classDef ", "class ", "%%")):
            raise AssertionError(f"not modelled (declare nodes on their own line): {line!r}")
    for source_node, target, _labelled in edges:
        assert source_node in sizes and target in sizes, f"undeclared node in {source_node, target}"
    rank = {node: 0 for node in sizes}
    # Longest path: relax every edge until nothing changes (the graphs are small DAGs).
    for _ in range(len(sizes)):
        changed = False
        for source_node, target, _labelled in edges:
            if rank[target] < rank[source_node] + 1:
                rank[target] = rank[source_node] + 1
                changed = True
        if not changed:
            break
    else:
        raise AssertionError("the flowchart has a cycle")
    labelled_into = {rank[t] for _, t, labelled in edges if labelled}
    ranks = sorted(set(rank.values()))
    width = 0.0
    height = 0.0
    for r in ranks:
        members = [sizes[n] for n in sizes if rank[n] == r]
        width = max(width, sum(s.width for s in members) + NODE_GAP * (len(members) - 1))
        height += max(s.height for s in members)
        if r > 0:
            height += RANK_GAP + (LINE + RANK_GAP if r in labelled_into else 0)
    return Size(width, height), rank


def widest_rank(ranks: dict[str, int]) -> int:
    counts: dict[int, int] = {}
    for r in ranks.values():
        counts[r] = counts.get(r, 0) + 1
    return max(counts.values())
