"""Read our GSN YAML back, and check it with gsn2x's documented validation rules.

gsn2x cannot run here, so its checks (doc/src/checks.md in jonasthewolf/gsn2x) are
implemented again over our own output; the prefix table and the allowed reference types
follow its source (src/gsn.rs, src/gsn/validation.rs).

PyYAML is not a dependency, and the exporter writes a small subset of YAML on purpose:
``ID:`` lines, then ``  key: value`` lines whose value is JSON-compatible YAML (a
double-quoted string or ``true``), or ``  key:`` followed by ``    - "id"`` lines (a
block sequence). So the reader here checks the line structure strictly and reads each
value with ``json.loads``; anything outside the subset is an error rather than a guess.
"""

from __future__ import annotations

import json
import re
from typing import Any

_ELEMENT = re.compile(r"^([A-Za-z][A-Za-z0-9_-]*):$")
_ATTRIBUTE = re.compile(r"^  (text|challenges|undeveloped): (.+)$")
_SEQUENCE = re.compile(r"^  (supportedBy|inContextOf):$")
_ITEM = re.compile(r'^    - (".*")$')


def parse(text: str) -> dict[str, dict[str, Any]]:
    """The elements of an exported argument, in file order."""
    elements: dict[str, dict[str, Any]] = {}
    current: dict[str, Any] | None = None
    sequence: list[str] | None = None
    for number, line in enumerate(text.split("\n"), 1):
        if (match := _ITEM.match(line)) and sequence is not None:
            item = json.loads(match.group(1))
            assert isinstance(item, str), f"line {number}: not a string"
            sequence.append(item)
            continue
        assert sequence != [], f"line {number}: an empty sequence before it"
        sequence = None
        if not line or line.startswith("#"):
            continue
        if match := _ELEMENT.match(line):
            assert match.group(1) not in elements, f"line {number}: duplicate id"
            current = elements[match.group(1)] = {}
        elif (match := _ATTRIBUTE.match(line)) and current is not None:
            key, value = match.groups()
            assert key not in current, f"line {number}: {key} twice"
            current[key] = json.loads(value)
        elif (match := _SEQUENCE.match(line)) and current is not None:
            key = match.group(1)
            assert key not in current, f"line {number}: {key} twice"
            sequence = current[key] = []
        else:
            raise AssertionError(f"line {number} is outside the exported subset: {line!r}")
    assert sequence != [], "the file ends in an empty sequence"
    return elements


def node_type(element_id: str) -> str | None:
    """gsn2x's type for an id (its prefix order matters: CG before G, Sn before S)."""
    for prefix, kind in (
        ("CG", "CounterGoal"),
        ("G", "Goal"),
        ("CSn", "CounterSolution"),
        ("Sn", "Solution"),
        ("S", "Strategy"),
        ("C", "Context"),
        ("A", "Assumption"),
        ("J", "Justification"),
    ):
        if element_id.startswith(prefix):
            return kind
    return None


_SUPPORTS = {
    "Goal": {"Goal", "CounterGoal", "Solution", "CounterSolution", "Strategy"},
    "Strategy": {"Goal", "CounterGoal", "Solution", "CounterSolution", "Strategy"},
    "CounterGoal": {"CounterGoal", "CounterSolution"},
}
_CONTEXTS = {"Justification", "Assumption", "Context"}


def problems(elements: dict[str, dict[str, Any]]) -> list[str]:
    """Every violation of gsn2x's validation checks (V01-V06, V12, C01-C04, C08, C13-C14)."""
    found: list[str] = []
    types = {i: node_type(i) for i in elements}
    for element_id, element in elements.items():
        kind = types[element_id]
        if kind is None:
            found.append(f"V01 {element_id}: unknown prefix")
            continue
        if not isinstance(element.get("text"), str) or not element["text"].strip():
            found.append(f"{element_id}: no text")
        supported = element.get("supportedBy", [])
        context = element.get("inContextOf", [])
        assert isinstance(supported, list) and isinstance(context, list)
        undeveloped = element.get("undeveloped", False)
        assert undeveloped in (True, False)
        if kind in ("Goal", "Strategy") and not supported and not undeveloped:
            found.append(f"V02 {element_id}: neither supported nor undeveloped")
        if supported and undeveloped:
            found.append(f"V03 {element_id}: undeveloped but supported")
        for refs, allowed, what in (
            (supported, _SUPPORTS.get(kind or "", set()), "supportedBy"),
            (context, _CONTEXTS if kind in ("Goal", "Strategy") else set(), "inContextOf"),
        ):
            if len(set(refs)) != len(refs):
                found.append(f"V05 {element_id}: duplicate in {what}")
            for ref in refs:
                if ref == element_id:
                    found.append(f"V06 {element_id}: references itself in {what}")
                if ref not in elements:
                    found.append(f"C03 {element_id}: {what} {ref} does not exist")
                elif types[ref] not in allowed:
                    found.append(f"V04 {element_id}: {what} {ref} is a {types[ref]}")
        challenged = element.get("challenges")
        if challenged is not None:
            if kind not in ("CounterGoal", "CounterSolution"):
                found.append(f"V12 {element_id}: challenges but is a {kind}")
            if not isinstance(challenged, str) or "->" in challenged:
                found.append(f"{element_id}: challenges is not one element")
            elif challenged == element_id:
                found.append(f"C13 {element_id}: challenges itself")
            elif challenged not in elements:
                found.append(f"C14 {element_id}: challenges {challenged}, which does not exist")
    if found:
        return found
    referenced = {
        ref
        for e in elements.values()
        for ref in e.get("supportedBy", []) + e.get("inContextOf", [])
    }
    roots = [i for i, e in elements.items() if i not in referenced and "challenges" not in e]
    if len(roots) != 1:
        found.append(f"C01 top-level elements: {roots}")
    elif types[roots[0]] != "Goal":
        found.append(f"C02 the root {roots[0]} is not a goal")
    cycle = _supported_by_cycle(elements)
    if cycle:
        found.append(f"C04 supportedBy cycle through {cycle}")
    reached = _reachable(elements, roots)
    if unreached := [i for i in elements if i not in reached]:
        found.append(f"C08 not reachable from the root: {unreached}")
    return found


def _supported_by_cycle(elements: dict[str, dict[str, Any]]) -> str | None:
    state: dict[str, int] = {}

    def visit(node: str) -> str | None:
        state[node] = 1
        children: list[str] = elements[node].get("supportedBy", [])
        for child in children:
            if state.get(child) == 1:
                return child
            if child not in state and (found := visit(child)):
                return found
        state[node] = 2
        return None

    for node in elements:
        if node not in state and (found := visit(node)):
            return found
    return None


def _reachable(elements: dict[str, dict[str, Any]], roots: list[str]) -> set[str]:
    """Reached along supportedBy and inContextOf, and from an element to what challenges it."""
    challengers: dict[str, list[str]] = {}
    for element_id, element in elements.items():
        if isinstance(element.get("challenges"), str):
            challengers.setdefault(element["challenges"], []).append(element_id)
    reached: set[str] = set()
    stack = list(roots)
    while stack:
        node = stack.pop()
        if node in reached or node not in elements:
            continue
        reached.add(node)
        element = elements[node]
        stack += element.get("supportedBy", []) + element.get("inContextOf", [])
        stack += challengers.get(node, [])
    return reached
