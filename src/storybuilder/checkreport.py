"""The human-readable text of ``storybuilder check``.

The report quotes the story (titles, notes, the file name) and its bank, so it goes
through :func:`storybuilder.terminal_text.safe` before it can reach a terminal.
"""

from __future__ import annotations

import textwrap

from storybuilder.critic import Report
from storybuilder.terminal_text import safe


def format_report(result: Report) -> str:
    lines: list[str] = []
    answered = sum(s.answered for s in result.sections)
    total = sum(s.total for s in result.sections)
    state = "complete" if result.complete else "incomplete"
    lines.append(f"{result.file}: {answered} of {total} questions answered ({state})")
    if result.first_pass:
        done, asked = result.first_pass_answered
        pass_state = "done" if done == asked else "not done"
        lines.append(f"  first pass ({pass_state}): {done} of {asked} core questions answered")
    width = max((len(s.section.title) for s in result.sections), default=0)
    for progress in result.sections:
        if progress.total == 0:
            continue
        mark = "✓" if progress.complete else " "
        lines.append(
            f"  {mark} {progress.section.title:<{width}}  {progress.answered}/{progress.total}"
        )
    if not result.applicable:
        lines.append("")
        lines.append(
            "This project has no training step, so the training-story framework does not "
            "apply: no open problems are checked."
        )
    problems = result.problems
    lines.append("")
    if not problems:
        lines.append("No open problems.")
    else:
        closed = len(problems) - result.open_count
        lines.append(f"Open problems: {result.open_count} open, {closed} addressed or accepted")
        for problem in result.ordered():
            label = problem.rule or "your own"
            lines.append(f"  [{problem.status.value}] {problem.title}  ({label})")
            if problem.is_open and problem.detail:
                for chunk in textwrap.wrap(" ".join(problem.detail.split()), 84):
                    lines.append(f"      {chunk}")
            if problem.evidence:
                lines.append(f"      you wrote: “{problem.evidence}”")
            if problem.note:
                lines.append(f"      note: {' '.join(problem.note.split())}")
            if problem.source:
                lines.append(f"      from: {problem.source}")
    if result.notes:
        lines.append("")
        lines.append("Notes (they do not fail the check):")
        for note in result.notes:
            wrapped = textwrap.wrap(" ".join(note.message.split()), 84, break_on_hyphens=False)
            lines.append(f"  - {wrapped[0]}")
            lines.extend(f"    {chunk}" for chunk in wrapped[1:])
    return safe("\n".join(lines) + "\n")
