"""Compile the core's regular expressions and record them: ``python -m storybuilder.shipped_regexes``.

The record is for the Python running this command (its version is in the file name).
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]  # re's engine: no stubs, loaded with re
import importlib
import marshal
import pkgutil
import re
import sys
from array import array
from pathlib import Path
from typing import Any

import storybuilder
from storybuilder import shipped_regexes


def wanted() -> list[tuple[str, int]]:
    """Every (pattern, flags) the core compiles through :func:`shipped_regexes.compile`.

    Importing a core module compiles its module-level patterns, which asks for them; the
    patterns compiled on first use are asked for here.
    """
    for module in pkgutil.walk_packages(storybuilder.__path__, "storybuilder."):
        if module.name.startswith(("storybuilder.tui", "storybuilder.shipped_templates.")):
            continue  # the wizard needs Textual; generated templates are not core modules
        if module.name.endswith("__main__"):
            continue
        importlib.import_module(module.name)
    from storybuilder.rules import mechanism

    for pattern in mechanism.patterns():
        shipped_regexes.compile(pattern)
    return sorted(shipped_regexes.ASKED)


def engine_arguments(pattern: str, flags: int) -> tuple[Any, ...]:
    """What ``re.compile(pattern, flags)`` hands the engine (``_sre.compile``)."""
    captured: list[tuple[Any, ...]] = []
    real = _sre.compile

    def spy(*args: Any) -> Any:
        captured.append(args)
        return real(*args)

    _sre.compile = spy
    try:
        re._compiler.compile(pattern, flags)  # type: ignore[attr-defined]
    finally:
        _sre.compile = real
    (found,) = captured
    return found  # pattern, flags, code, groups, groupindex, indexgroup


def entry(pattern: str, flags: int) -> tuple[Any, ...]:
    """The record of one pattern: the engine's arguments, its code packed as an array."""
    _, all_flags, code, groups, groupindex, indexgroup = engine_arguments(pattern, flags)
    return (
        array(shipped_regexes.CODE_TYPE, code).tobytes(),
        groups,
        dict(groupindex),
        tuple(indexgroup),
        int(all_flags),
    )


def record() -> bytes:
    if array(shipped_regexes.CODE_TYPE).itemsize != _sre.CODESIZE:
        raise SystemExit("this Python's regular expression code does not fit the record")
    patterns = {(p, f): entry(p, f) for p, f in wanted()}
    return marshal.dumps(
        {
            "magic": _sre.MAGIC,
            "typecode": shipped_regexes.CODE_TYPE,
            "python": sys.version,
            "patterns": patterns,
        }
    )


def main() -> int:
    target = Path(shipped_regexes.__file__).parent / shipped_regexes.record_name()
    target.write_bytes(record())
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
