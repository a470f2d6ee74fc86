"""The core's regular expressions are compiled ahead of time and trusted at run time.

A pattern recorded by ``python -m storybuilder.shipped_regexes`` is built from its record
without ``re`` parsing it again. These tests are what make that safe: the record of the
running Python must hold exactly the patterns the core compiles, each with exactly what
``re`` makes of it today; anything else is compiled by ``re``.
"""

from __future__ import annotations

import marshal
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from storybuilder import shipped_regexes
from storybuilder.shipped_regexes.__main__ import entry, wanted

RECORD = Path(shipped_regexes.__file__).parent / shipped_regexes.record_name()


def _recorded() -> dict[tuple[str, int], tuple[Any, ...]]:
    if not RECORD.is_file():
        pytest.skip(
            f"no record for this Python ({RECORD.name}): it starts slower, not differently; "
            "run `python -m storybuilder.shipped_regexes` to record it"
        )
    data = marshal.loads(RECORD.read_bytes())
    patterns: dict[tuple[str, int], tuple[Any, ...]] = data["patterns"]
    return patterns


def test_the_record_holds_every_pattern_the_core_compiles_as_re_compiles_it() -> None:
    recorded = _recorded()
    needed = wanted()
    stale = "run `python -m storybuilder.shipped_regexes`"
    assert set(recorded) == set(needed), stale
    for pattern, flags in needed:
        assert recorded[(pattern, flags)] == entry(pattern, flags), f"{stale} ({pattern[:60]!r})"


def test_a_recorded_pattern_is_the_pattern_re_makes() -> None:
    recorded = _recorded()
    texts = [
        "The model does not plan; it keeps track of which rooms are warm and never searches.",
        "We do not yet know whether it remains a risk, because we check it every night.",
        "Nothing in it represents the operators — it isn't planning, it’s a lookup table.",
        "",
    ]
    for pattern, flags in list(recorded)[:40]:
        built = shipped_regexes.compile(pattern, flags)
        plain = re.compile(pattern, flags)
        assert (built.pattern, built.flags, built.groups, built.groupindex) == (
            plain.pattern,
            plain.flags,
            plain.groups,
            plain.groupindex,
        )
        for text in texts:
            assert [m.span() for m in built.finditer(text)] == [
                m.span() for m in plain.finditer(text)
            ]


def test_a_pattern_not_recorded_is_compiled_by_re() -> None:
    _recorded()
    pattern = r"\bnot\s+recorded\b"
    assert (pattern, 0) not in _recorded()
    built = shipped_regexes.compile(pattern)
    assert built.pattern == pattern
    assert built.search("it is not  recorded here")
    assert shipped_regexes.compile(pattern, re.IGNORECASE).search("NOT RECORDED")


def test_the_core_takes_its_patterns_from_the_record() -> None:
    recorded = _recorded()
    # A fresh process: whatever this one compiled cannot stand in for the record.
    code = (
        "import re._compiler as c, sys\n"
        "from storybuilder.rules import mechanism, reading\n"
        "compiled = []\n"
        "real = c.compile\n"
        "c.compile = lambda p, f=0: compiled.append(p) or real(p, f)\n"
        "mechanism.assess('It keeps track of which rooms are warm; it does not plan.')\n"
        "reading.find(['We do not yet know whether it plans.'], ['plan*'], admissions=True)\n"
        "print(sum(len(p) > 200 for p in compiled if isinstance(p, str)))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert recorded
    assert out.strip() == "0", "a long pattern of the core was compiled by re at run time"
