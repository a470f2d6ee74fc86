"""`storybuilder export --to gsn-mermaid`: the GSN argument drawn with GSN's shapes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from storybuilder.argument import build
from storybuilder.cli import main
from storybuilder.gsn_mermaid import to_mermaid
from storybuilder.story import Meta, Story
from tests import gsn_check
from tests.mermaid_layout import estimate
from tests.test_gsn import BANK, FRESH, HOSTILE, STORIES

SHAPES = {
    "Goal": ("[", "]"),
    "CounterGoal": ("[", "]"),
    "Strategy": ("[/", "/]"),
    "Solution": ("((", "))"),
    "CounterSolution": ("((", "))"),
    "Context": ("(", ")"),
    "Assumption": ("([", "])"),
    "Justification": ("([", "])"),
}
_NODE = re.compile(r'^  (n\d+)(\(\[|\[/|\(\(|\[|\()"((?:[^"#]|#\d+;)*)"(\]\)|/\]|\)\)|\]|\))$')
_EDGE = re.compile(r"^  (n\d+) (-->|-\.->|---\|challenged by\|) (n\d+)$")
_CLASS = re.compile(r"^  (classDef \w+ [\w:. -]+|class n\d+(,n\d+)* \w+)$")


def _read(source: str) -> tuple[dict[str, tuple[str, str, str]], list[tuple[str, str, str]]]:
    """Nodes (shape opening, closing, GSN id from the label) and edges; every line checked."""
    lines = source.rstrip("\n").split("\n")
    assert lines[0] == "flowchart TD"
    nodes: dict[str, tuple[str, str, str]] = {}
    edges: list[tuple[str, str, str]] = []
    for line in lines[1:]:
        if node := _NODE.match(line):
            heading = re.match(r"<b>(?:◇ )?([A-Za-z][\w-]*)</b>", node.group(3))
            assert heading, line
            nodes[node.group(1)] = (node.group(2), node.group(4), heading.group(1))
        elif edge := _EDGE.match(line):
            edges.append((edge.group(1), edge.group(2), edge.group(3)))
        else:
            assert _CLASS.match(line), f"unexpected line: {line!r}"
    return nodes, edges


@pytest.mark.parametrize("name", list(STORIES))
def test_every_gsn_element_is_drawn_in_its_shape_with_its_links(name: str) -> None:
    argument = build(STORIES[name], BANK)
    source = to_mermaid(argument)
    nodes, edges = _read(source)
    by_id = {gsn_id: node for node, (_, _, gsn_id) in nodes.items()}
    assert list(by_id) == list(argument.elements)
    for opening, closing, gsn_id in nodes.values():
        kind = gsn_check.node_type(gsn_id)
        assert kind is not None and SHAPES[kind] == (opening, closing), gsn_id
    expected = set()
    for element in argument.elements.values():
        expected |= {(by_id[element.id], "-->", by_id[t]) for t in element.supported_by}
        expected |= {(by_id[element.id], "-.->", by_id[t]) for t in element.in_context_of}
        if element.challenges:
            expected.add((by_id[element.challenges], "---|challenged by|", by_id[element.id]))
    assert set(edges) == expected and len(edges) == len(expected)
    classes = dict(
        (css, set(members.split(",")))
        for members, css in re.findall(r"^  class (\S+) (\w+)$", source, re.M)
    )
    undeveloped = {by_id[e.id] for e in argument.elements.values() if e.undeveloped}
    assert classes.get("undeveloped", set()) == undeveloped
    for node in undeveloped:
        assert re.search(rf'^  {node}\W+"<b>◇ ', source, re.M)
    counters = {by_id[i] for i in argument.elements if i.startswith(("CG-", "CSn-"))}
    assert classes.get("counter", set()) == counters
    assert classes["root"] == {by_id["G-goal"]}
    estimate(source)  # parses as a top-down flowchart without cycles


@pytest.mark.parametrize("text", HOSTILE)
def test_author_text_cannot_change_the_diagram(text: str) -> None:
    def with_text(words: str | None) -> Story:
        return FRESH.model_copy(update={"meta": Meta(title=words, summary=words)})

    clean = _read(to_mermaid(build(with_text("plain" if text else None), BANK)))
    hostile = _read(to_mermaid(build(with_text(text or None), BANK)))
    # Same nodes, shapes and links: only the label texts differ.
    assert hostile == clean


def test_cli_writes_the_mermaid(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    story = Path(__file__).parents[1] / "src" / "storybuilder" / "examples" / "truthful-qa.toml"
    assert main(["export", str(story), "--to", "gsn-mermaid"]) == 0
    out = capsys.readouterr().out
    nodes, _ = _read(out)
    assert len(nodes) == len(gsn_check.parse(_gsn(story, capsys)))


def _gsn(story: Path, capsys: pytest.CaptureFixture[str]) -> str:
    assert main(["export", str(story), "--to", "gsn"]) == 0
    return capsys.readouterr().out
