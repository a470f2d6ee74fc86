"""The core's regular expressions, compiled ahead of time.

Compiling the critic's regular expressions (Python's ``re`` parser and code generator,
written in Python) cost more than running them, in every process: a first ``check`` or
``render`` compiled some forty of them, each of the mechanistic check's several thousand
characters long. What ``re`` makes of a pattern depends only on the pattern, its flags and
the Python that compiles it, so it can be made once, when it is written, and trusted
afterwards. ``python -m storybuilder.shipped_regexes`` compiles each pattern the core
hands to :func:`compile` (see ``__main__``) and writes, for the running Python, the
arguments ``re`` passes to the regular expression engine for it: the compiled code, the
flags and the groups. The test suite fails until the record is current
(tests/test_shipped_regexes.py).

At run time a pattern recorded, with the same flags, by exactly this Python (version and
engine) is built from its record without parsing it; any other (an edited pattern,
another Python) is compiled by ``re`` as before, so a stale or missing record costs time,
never a different result.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]  # re's engine: no stubs, loaded with re
import marshal
import re
import sys
from array import array
from pathlib import Path
from typing import Any

_RECORD_FILE = f"{sys.implementation.name}-{'.'.join(map(str, sys.version_info[:3]))}.marshal"
"""The record of the running Python (engine code is not portable between versions)."""

CODE_TYPE = "I"
"""The array type the engine's code is kept as (checked against its code size when written)."""

ASKED: set[tuple[str, int]] = set()
"""Every (pattern, flags) asked for in this process: what the record is made of."""

_record: dict[tuple[str, int], tuple[Any, ...]] | None = None


def record_name() -> str:
    return _RECORD_FILE


def _read(name: str) -> bytes:
    here = Path(__file__).parent
    if here.is_dir():
        # Read from disk: importlib.resources cost a few milliseconds on its first use.
        return (here / name).read_bytes()
    from importlib import resources  # imported from a zip: only resources reads inside it

    return (resources.files(__name__) / name).read_bytes()


def _load() -> dict[tuple[str, int], tuple[Any, ...]]:
    global _record
    if _record is None:
        _record = {}
        try:
            data = marshal.loads(_read(_RECORD_FILE))
            if (
                isinstance(data, dict)
                and data.get("magic") == _sre.MAGIC
                and data.get("typecode") == CODE_TYPE
                and isinstance(data.get("patterns"), dict)
            ):
                _record = data["patterns"]
        except Exception:  # noqa: BLE001 - no record (or an unreadable one): compile as re does
            _record = {}
    return _record


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:  # noqa: A001 - re's name
    """``re.compile(pattern, flags)``, built from the record when it holds the pattern."""
    flags = int(flags)
    ASKED.add((pattern, flags))
    found = _load().get((pattern, flags))
    if found is not None:
        try:
            code, groups, groupindex, indexgroup, all_flags = found
            compiled: re.Pattern[str] = _sre.compile(
                pattern,
                all_flags,
                array(CODE_TYPE, code).tolist(),
                groups,
                dict(groupindex),
                tuple(indexgroup),
            )
            return compiled
        except Exception:  # noqa: BLE001 - a record the engine refuses: compile as re does
            pass
    return re.compile(pattern, flags)
