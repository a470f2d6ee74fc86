"""Generated question banks: load and validate.

* ``storybuilder bank check`` of a 10,000-question bank, cold (no cache: every check
  runs), against the import floor in the same interleaved run. Target: within 3x.
* A 1,000-question bank loaded in-process, against parsing the same TOML with tomllib
  alone (product.md: under 100 ms, both the first time a bank is seen, with every
  check, and afterwards, from the cache).
"""

from __future__ import annotations

import os
import shutil
import tempfile
import tomllib
from pathlib import Path

from bench.common import (
    COLD,
    FLOOR,
    IMPORT_FLOOR,
    WARM,
    Row,
    Timing,
    byte_compile_storybuilder,
    floor_row,
    interleaved,
    print_table,
    python,
    ratio_row,
    storybuilder,
    time_call,
)
from storybuilder.bank import parse_bank


def generated_bank(questions: int = 1000) -> str:
    parts = [
        '[bank]\nid = "generated"\ntitle = "Generated"\n',
        *(f'[[sections]]\nid = "s{i}"\ntitle = "Section {i}"\n' for i in range(10)),
        *(f'[[goal_classes]]\nid = "g{i}"\nname = "Goal {i}"\n' for i in range(10)),
    ]
    for i in range(questions):
        section = f"s{i * 10 // questions}"
        if i % 4 == 0:
            parts.append(
                f'[[questions]]\nid = "q{i}"\nsection = "{section}"\nprompt = "Pick {i}"\n'
                f'kind = "choice"\nfield = "answers.q{i}"\n'
                f'options = [{{id = "a", label = "A"}}, {{id = "b", label = "B"}}]\n'
            )
        else:
            anchor = i - i % 4
            when = (
                f'q{anchor} == "a" and not (q{anchor} == "b")'
                if i % 4 == 1
                else f"q{anchor} is answered"
            )
            parts.append(
                f'[[questions]]\nid = "q{i}"\nsection = "{section}"\nprompt = "Explain {i}"\n'
                f'help = "Some help text for question {i}, with **Markdown**."\n'
                f'kind = "text"\nfield = "answers.q{i}"\nwhen = \'{when}\'\n'
            )
    for i in range(50):
        parts.append(
            f'[[rules]]\nid = "r{i}"\ntitle = "Rule {i}"\ndetail = "Why."\n'
            f"when = 'q{i * 4} == \"b\" and q{i * 4 + 1} is not answered'\n"
        )
    return "\n".join(parts)


def conditional_bank(questions: int = 10_000) -> str:
    """A bank (about 2.7 MB for 10,000 questions) where each question depends on the six
    before it, true only when all six are unanswered: the last combination an exhaustive
    search of their answers would try."""
    parts = [
        '[bank]\nid = "conditional"\ntitle = "Conditional"\n',
        '[[sections]]\nid = "s"\ntitle = "S"\n',
    ]
    for i in range(questions):
        when = ""
        if i >= 6:
            gate = " and ".join(f"q{i - k} is not answered" for k in range(1, 7))
            when = f"when = '{gate}'\n"
        parts.append(
            f'[[questions]]\nid = "q{i}"\nsection = "s"\nprompt = "Is {i} so?"\n'
            f'kind = "yes-no-unsure"\nfield = "answers.q{i}"\n' + when
        )
    return "\n".join(parts)


def measure() -> tuple[Timing, Timing, Timing]:
    text = generated_bank()
    with tempfile.TemporaryDirectory() as folder:
        os.environ["XDG_CACHE_HOME"] = folder
        assert len(parse_bank(text).questions) == 1000
        floor = time_call(lambda: tomllib.loads(text))
        # Cold: a bank seen for the first time is parsed and fully validated.
        os.environ["STORYBUILDER_NO_CACHE"] = "1"
        cold = time_call(lambda: parse_bank(text), repeat=7)
        del os.environ["STORYBUILDER_NO_CACHE"]
        warm = time_call(lambda: parse_bank(text))
    return floor, cold, warm


BIG = 10_000
BIG_TARGET = 3.0


def command_rows(repeat: int = 5) -> list[Row]:
    folder = Path(tempfile.mkdtemp(prefix="storybuilder-bench-"))
    try:
        path = folder / "bank.toml"
        path.write_text(generated_bank(BIG), encoding="utf-8")
        timings = interleaved(
            {
                "floor": python(IMPORT_FLOOR),
                "check": storybuilder("bank", "check", str(path), cold=True),
            },
            repeat=repeat,
        )
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return [
        floor_row("import floor", timings["floor"]),
        ratio_row(
            f"bank check, {BIG:,} questions, no cache",
            timings["check"],
            timings["floor"],
            COLD,
            BIG_TARGET,
        ),
    ]


def rows() -> list[Row]:
    floor, cold, warm = measure()
    return [
        *command_rows(),
        Row(
            "tomllib parse of a 1,000-question bank (floor)",
            floor.ms(),
            "1.00x",
            "",
            None,
            FLOOR,
        ),
        Row(
            "bank load + validate, first time (no cache)",
            cold.ms(),
            f"{cold.median / floor.median:.2f}x",
            "< 100 ms",
            cold.median < 0.100,
            COLD,
        ),
        Row(
            "bank load, validated before (cache)",
            warm.ms(),
            f"{warm.median / floor.median:.2f}x",
            "< 100 ms",
            warm.median < 0.100,
            WARM,
        ),
    ]


if __name__ == "__main__":
    byte_compile_storybuilder()  # as `python -m bench` does: time storybuilder, not its compiler
    print_table(rows())
