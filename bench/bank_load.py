"""Generated banks: load and validate, against tomllib alone and against the import floor.

Target (product.md): under 100 ms for a 1,000-question bank, both the first time a bank
is seen (parse and every check) and afterwards (a bank that validated before comes from
the cache). The ratio to parsing the same TOML with tomllib shows what validation adds
on this machine today.

``bank check`` of a 10,000-question bank whose every question is gated on the six
before it is timed cold (no cache) as a command, against the headless import floor.
Its reachability check once tried up to 4,096 combinations of answers per question
(over six minutes for this bank on a loaded machine); it now stops as soon as a
partial assignment settles the condition, so the time grows about linearly with the
bank.
"""

from __future__ import annotations

import os
import sys
import tempfile
import tomllib
from pathlib import Path

from bench.common import Row, Timing, interleaved, print_table, time_call
from bench.headless import FLOOR
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


def measure_check(repeat: int = 3) -> tuple[Timing, Timing, int]:
    """``bank check`` of the 10,000-question conditional bank, cold, and the floor."""
    with tempfile.TemporaryDirectory() as folder:
        bank = Path(folder) / "conditional.toml"
        bank.write_text(conditional_bank(), encoding="utf-8")
        os.environ["STORYBUILDER_NO_CACHE"] = "1"
        try:
            timings = interleaved(
                {
                    "floor": [sys.executable, "-c", FLOOR],
                    "check": [sys.executable, "-m", "storybuilder", "bank", "check", str(bank)],
                },
                repeat=repeat,
            )
        finally:
            del os.environ["STORYBUILDER_NO_CACHE"]
        size = bank.stat().st_size
    return timings["floor"], timings["check"], size


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


def rows() -> list[Row]:
    floor, cold, warm = measure()
    return [
        Row("tomllib parse of a 1,000-question bank (floor)", floor.ms(), "1.00x", "", None),
        Row(
            "bank load + validate, first time (no cache)",
            cold.ms(),
            f"{cold.median / floor.median:.2f}x",
            "< 100 ms",
            cold.median < 0.100,
        ),
        Row(
            "bank load, validated before (cache)",
            warm.ms(),
            f"{warm.median / floor.median:.2f}x",
            "< 100 ms",
            warm.median < 0.100,
        ),
        *check_rows(),
    ]


def check_rows() -> list[Row]:
    floor, check, size = measure_check()
    return [
        Row("render floor (imports + first pydantic model)", floor.ms(), "1.00x", "", None),
        Row(
            f"bank check, 10,000 questions ({size / 1e6:.1f} MB), cold (no cache)",
            check.ms(),
            f"{check.median / floor.median:.2f}x",
            "",
            None,
        ),
    ]


if __name__ == "__main__":
    print_table(rows())
