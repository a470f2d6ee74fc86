"""The import layering, checked statically from the source (no importing, no timing).

Start-up speed rests on three rules that used to be kept by hand: the core never imports
Textual, the CLI or the TUI; the CLI imports what a command needs only when the command
runs; and the wizard does not load what it only needs after its first frame.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).parents[1] / "src" / "storybuilder"


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> tuple[set[str], set[str]]:
    """(module-level imports, imports inside functions) of one source file."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    own = _module_name(path).split(".")
    package = own if path.name == "__init__.py" else own[:-1]
    top: set[str] = set()
    deferred: set[str] = set()

    def visit(node: ast.AST, in_function: bool) -> None:
        for child in ast.iter_child_nodes(node):
            if _type_checking_only(child):
                continue  # never imported when the program runs
            inner = in_function or isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef)
            names: list[str] = []
            if isinstance(child, ast.Import):
                names = [alias.name for alias in child.names]
            elif isinstance(child, ast.ImportFrom):
                base = child.module or ""
                if child.level:
                    prefix = package[: len(package) - (child.level - 1)]
                    base = ".".join([*prefix, base] if base else prefix)
                names = [base] + [f"{base}.{alias.name}" for alias in child.names]
            (deferred if in_function else top).update(names)
            visit(child, inner)

    visit(tree, False)
    return top, deferred


def _type_checking_only(node: ast.AST) -> bool:
    """An ``if TYPE_CHECKING:`` block."""
    return (
        isinstance(node, ast.If)
        and isinstance(node.test, ast.Name)
        and node.test.id == "TYPE_CHECKING"
        and not node.orelse
    )


def _is(name: str, *prefixes: str) -> bool:
    return any(name == p or name.startswith(p + ".") for p in prefixes)


SOURCES = {_module_name(p): p for p in PACKAGE.rglob("*.py")}
GRAPH = {name: _imports(path) for name, path in SOURCES.items()}
# The interfaces on top: the command line (and `python -m storybuilder`) and the wizard.
INTERFACES = ("storybuilder.tui", "storybuilder.cli", "storybuilder.__main__")
CORE = sorted(n for n in SOURCES if not _is(n, *INTERFACES))


def _loaded_at_import(start: str) -> set[str]:
    """Every module (ours and others') that importing start loads, following our modules."""
    seen: set[str] = set()
    stack = [start]
    while stack:
        name = stack.pop()
        if name in seen:
            continue
        seen.add(name)
        if name in GRAPH:
            stack.extend(GRAPH[name][0])
            parent = name.rsplit(".", 1)[0]
            if parent in GRAPH:
                stack.append(parent)
    return seen


@pytest.mark.parametrize("module", CORE)
def test_the_core_never_imports_textual_the_cli_or_the_tui(module: str) -> None:
    top, deferred = GRAPH[module]
    bad = sorted(
        n for n in top | deferred if _is(n, "textual", "storybuilder.tui", "storybuilder.cli")
    )
    assert not bad, f"{module} imports {bad}"


def test_the_cli_loads_commands_only_when_they_run() -> None:
    loaded = _loaded_at_import("storybuilder.cli")
    heavy = (
        "textual",
        "storybuilder.tui",
        "storybuilder.critic",
        "storybuilder.render",
        "storybuilder.bank",
        "storybuilder.story",
        "pydantic",
        "jinja2",
    )
    assert not sorted(n for n in loaded if _is(n, *heavy))


def test_the_cli_reaches_the_wizard_only_inside_a_function() -> None:
    top, deferred = GRAPH["storybuilder.cli"]
    assert not [n for n in top if _is(n, "storybuilder.tui")]
    assert [n for n in deferred if _is(n, "storybuilder.tui")], (
        "the CLI no longer starts the wizard"
    )


def test_the_wizard_defers_what_it_needs_only_after_the_first_frame() -> None:
    loaded = _loaded_at_import("storybuilder.tui.app")
    later = (
        "storybuilder.resultcache",
        "storybuilder.compare",
        # The critic's first run comes after the first frame (from the head start).
        "storybuilder.critic",
        "storybuilder.render",
        "rich.markdown",
        "textual.widgets._markdown",
        "storybuilder.tui.screens.review",
        # The interview's pane, built once the first question is on screen.
        "storybuilder.tui.widgets.document_preview",
        "storybuilder.tui.widgets.problem_list",
        "textual.widgets.TabbedContent",
        "textual.widgets.TabPane",
        # Only a confirmed goal specification is assessed.
        "storybuilder.rules.mechanism",
        # Package metadata parses e-mail headers: Textual's version is read from a name.
        "importlib.metadata",
    )
    assert not sorted(n for n in loaded if _is(n, *later))


@pytest.mark.parametrize(
    "module",
    [
        "storybuilder.problem",
        "storybuilder.tui.widgets.problem_list",
        "storybuilder.tui.widgets.triage_panel",
    ],
)
def test_a_view_of_problems_does_not_import_the_rules_that_find_them(module: str) -> None:
    # The wizard shows the head start's problems before its own critic runs.
    assert "storybuilder.critic" not in _loaded_at_import(module)


def test_the_contract_sees_the_imports_it_checks() -> None:
    # Guards the checker itself: a parser that found nothing would pass every test above.
    assert "storybuilder.story" in _loaded_at_import("storybuilder.critic")
    assert "textual.app" in _loaded_at_import("storybuilder.tui.app")
