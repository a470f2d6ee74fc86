"""Question banks from files other people wrote: found by id only, and unable to hang.

- A story names its bank by id; a path in ``interview.bank`` (or a link beside the story
  leading elsewhere) never makes storybuilder read a bank from outside the story's folder.
- A bank's answer patterns cannot freeze the wizard: catastrophic patterns are refused
  when the bank is loaded, and no pattern is run on more than a bounded text.
- ``bank check`` of a large bank is close to linear in its size.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from storybuilder import cli
from storybuilder.bank import BankError, parse_bank

DATA = Path(__file__).parent / "data"


def _story(path: Path, bank: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        f'format = 1\n[meta]\ntitle = "T"\n[interview]\nbank = "{bank}"\n', encoding="utf-8"
    )
    return path


def _bank_elsewhere(tmp_path: Path, bank_id: str) -> Path:
    """The mini bank, under another id, in a folder the story does not live in."""
    folder = tmp_path / "elsewhere"
    folder.mkdir(exist_ok=True)
    text = (DATA / "mini_bank.toml").read_text(encoding="utf-8")
    bank = folder / "bank.toml"
    bank.write_text(text.replace('id = "mini"', f"id = {bank_id!r}", 1), encoding="utf-8")
    return bank


# --- 4. a story's bank is an id --------------------------------------------------------


@pytest.mark.parametrize("command", ["check", "render"])
@pytest.mark.parametrize("reference", ["../../elsewhere/bank", "ABSOLUTE"])
def test_a_story_cannot_load_a_bank_by_path(
    command: str, reference: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bank = _bank_elsewhere(tmp_path, "placeholder")
    if reference == "ABSOLUTE":
        reference = str(bank.with_suffix(""))
    bank.write_text(
        bank.read_text(encoding="utf-8").replace(
            '"placeholder"', repr(reference).replace("'", '"')
        ),
        encoding="utf-8",
    )
    story = _story(tmp_path / "a" / "b" / "story.toml", reference)
    code = cli.main([command, str(story)])
    err = capsys.readouterr().err
    assert code == 2
    assert "interview.bank" in err
    assert "never by a path" in err


@pytest.mark.parametrize("kind", ["file", "link"])
def test_a_bank_file_beside_the_story_is_not_loaded_by_its_id(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    # A story someone sent you, with a bank (or a link to one) next to it: the id alone
    # never loads it; only the --bank the user passes does.
    folder = tmp_path / "stories"
    folder.mkdir()
    if kind == "link":
        (folder / "mini.toml").symlink_to(_bank_elsewhere(tmp_path, "mini"))
    else:
        shutil.copy(DATA / "mini_bank.toml", folder / "mini.toml")
    story = _story(folder / "story.toml", "mini")
    assert cli.main(["check", str(story)]) == 2
    err = capsys.readouterr().err
    assert "interview.bank" in err and "'mini'" in err and "--bank" in err


def test_an_unknown_bank_id_names_the_key(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    story = _story(tmp_path / "story.toml", "no-such-bank")
    assert cli.main(["check", str(story)]) == 2
    err = capsys.readouterr().err
    assert "interview.bank" in err and "'no-such-bank'" in err


def test_the_bank_option_loads_a_custom_bank(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copy(DATA / "mini_bank.toml", tmp_path / "mini.toml")
    story = _story(tmp_path / "other" / "story.toml", "mini")
    assert cli.main(["check", str(story), "--bank", str(tmp_path / "mini.toml")]) == 1
    assert "storybuilder:" not in capsys.readouterr().err


def test_a_bank_whose_own_id_is_a_path_is_refused(tmp_path: Path) -> None:
    bank = _bank_elsewhere(tmp_path, "../evil")
    result = subprocess.run(
        [sys.executable, "-m", "storybuilder", "bank", "check", str(bank)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert "bank.id '../evil'" in result.stderr


# --- 5. answer patterns cannot hang the wizard --------------------------------------------

PATTERN_BANK = """
[bank]
id = "patterned"
title = "Patterned"

[[sections]]
id = "project"
title = "Project"

[[questions]]
id = "code"
section = "project"
prompt = "The project's code name?"
kind = "line"
field = "answers.code"
pattern = {pattern}
"""


def _pattern_bank(pattern: str) -> str:
    return PATTERN_BANK.format(pattern=json.dumps(pattern))


CATASTROPHIC = [
    r"(a+)+$",
    r"(a*)*b",
    r"(a|a)*c",
    r"(a|ab)*c",
    r"^(\w+\s?)*$",
    r"(x+x+)+y",
    r"(.*a){20}",
    r"\d+\d+\d+\d+",
    r"a*a*a*a*b",
    r"\d+\d+,\d+\d+,\d+\d+",
    r"(a)\1",
]
SAFE = [
    r"^\d{4}-\d{2}-\d{2}$",
    r"^https?://[^\s/$.?#].[^\s]*$",
    r"^[^@\s]+@[^@\s]+\.[^@\s]+$",
    r"^\d{4}\.\d{4,5}(v\d+)?$",
    r"^\d+\.\d+\.\d+$",
    r"[a-z0-9]+(-[a-z0-9]+)*",
    r"[A-Z][a-z]+( [A-Z][a-z]+)*",
    r"(foo|bar)+",
    r"(\w|\d)+$",
]


@pytest.mark.parametrize("pattern", CATASTROPHIC)
def test_bank_check_refuses_a_catastrophic_pattern(pattern: str, tmp_path: Path) -> None:
    bank = tmp_path / "bank.toml"
    bank.write_text(_pattern_bank(pattern), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "storybuilder", "bank", "check", str(bank)],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "STORYBUILDER_NO_CACHE": "1"},
    )
    assert result.returncode == 1
    assert "question 'code'" in result.stderr
    assert repr(pattern) in result.stderr


@pytest.mark.parametrize("pattern", SAFE)
def test_bank_check_accepts_everyday_patterns(pattern: str) -> None:
    bank = parse_bank(_pattern_bank(pattern))
    assert bank.by_id["code"].pattern == pattern


def _answer_in_subprocess(pattern: str, answers: list[str]) -> list[str]:
    """The wizard's feedback to each answer, from a bank built WITHOUT validation."""
    program = f"""
import tomllib
from storybuilder.bank import Bank, BankFile
from storybuilder.interview import Interview
from storybuilder.story import Story
bank = Bank(BankFile.model_validate(tomllib.loads({_pattern_bank(pattern)!r})))
interview = Interview(Story(), bank)
for text in {answers!r}:
    print(interview.answer(text)[0].message)
"""
    result = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, timeout=30
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.splitlines()


def test_a_long_answer_is_not_run_through_a_pattern() -> None:
    # Accepted by bank check (its backtracking is polynomial), but cubic in the text's
    # length: on 5,000 characters it would run for minutes.
    assert parse_bank(_pattern_bank(r"\d+\d+\d+"))
    (message,) = _answer_in_subprocess(r"\d+\d+\d+", ["1" * 5000 + "x"])
    assert "at most 200 characters" in message


def test_an_unchecked_catastrophic_pattern_is_not_run() -> None:
    (message,) = _answer_in_subprocess("(a+)+$", ["a" * 40 + "!"])
    assert "cannot be checked against its pattern" in message
    assert "very long to match" in message


def test_a_safe_pattern_still_checks_answers() -> None:
    messages = _answer_in_subprocess(r"^\d{4}-\d{2}$", ["2024-1x"])
    assert "does not have the expected form" in messages[0]


def _other_pythons() -> list[str]:
    """Python 3.12 and 3.13 interpreters on this machine, if any (``re._parser`` is private)."""
    candidates = [shutil.which(f"python3.{minor}") for minor in (12, 13)]
    candidates += sorted(str(p) for p in Path.home().glob(".pyenv/versions/3.1[23]*/bin/python3"))
    found: dict[str, str] = {}
    for exe in filter(None, candidates):
        probe = subprocess.run(
            [exe, "-c", "import sys; print('%d.%d' % sys.version_info[:2])"],
            capture_output=True,
            text=True,
            timeout=30,
        )
        if probe.returncode == 0:
            found.setdefault(probe.stdout.strip(), exe)
    return sorted(found.values())


@pytest.mark.parametrize("python", _other_pythons() or [pytest.param("", marks=pytest.mark.skip)])
def test_the_pattern_check_agrees_on_other_pythons(python: str) -> None:
    module = Path(__file__).parents[1] / "src" / "storybuilder" / "patterns.py"
    program = f"""
import importlib.util, sys
spec = importlib.util.spec_from_file_location("patterns", {str(module)!r})
patterns = importlib.util.module_from_spec(spec)
sys.modules["patterns"] = patterns
spec.loader.exec_module(patterns)
print([patterns.pattern_problem(p) is not None for p in {CATASTROPHIC + SAFE!r}])
"""
    result = subprocess.run([python, "-c", program], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str([True] * len(CATASTROPHIC) + [False] * len(SAFE))


# --- 6. bank check stays near-linear on a hostile bank ----------------------------------


def _hostile_bank(questions: int) -> str:
    """Questions whose conditions no early answer settles, then one plain contradiction.

    Each condition holds only when all seven yes-no-unsure gates are unanswered, but no
    gate's answer settles it before 'z', the path read last, is known: a search that
    tries answers before 'unanswered' meets the one combination that works last of
    4^7. A bank of 1.2 MB of such questions took over 100 s to check.
    """
    gates = [f"g{i}" for i in range(7)]
    parts = ['[bank]\nid = "hostile"\ntitle = "Hostile"\n[[sections]]\nid = "s"\ntitle = "S"\n']
    for gate in [*gates, "z"]:
        parts.append(
            f'[[questions]]\nid = "{gate}"\nsection = "s"\nprompt = "?"\n'
            f'kind = "yes-no-unsure"\nfield = "answers.{gate}"\n'
        )
    unsettled = " and ".join(f'({g} is not answered or (z == "yes" and z == "no"))' for g in gates)
    for i in range(questions):
        parts.append(
            f'[[questions]]\nid = "q{i}"\nsection = "s"\nprompt = "?"\nkind = "text"\n'
            f"field = \"answers.q{i}\"\nwhen = '{unsettled}'\n"
        )
    parts.append(
        '[[questions]]\nid = "never"\nsection = "s"\nprompt = "?"\nkind = "text"\n'
        'field = "answers.never"\nwhen = \'z == "yes" and z == "no"\'\n'
    )
    return "\n".join(parts)


def test_bank_check_of_a_hostile_bank_is_near_linear(monkeypatch: pytest.MonkeyPatch) -> None:
    from storybuilder.conditions import Condition

    monkeypatch.setenv("STORYBUILDER_NO_CACHE", "1")
    evaluations = 0
    evaluate_partial = Condition.evaluate_partial

    def counted(self: Condition, values: dict[str, object]) -> bool | None:
        nonlocal evaluations
        evaluations += 1
        return evaluate_partial(self, values)

    monkeypatch.setattr(Condition, "evaluate_partial", counted)
    questions = 400
    with pytest.raises(BankError) as raised:
        parse_bank(_hostile_bank(questions))
    # The plain contradiction is still found after the hostile questions, and only it:
    # the hostile questions are reachable, and a search cut short takes a question as
    # reachable rather than refuse it.
    assert [p.split(":")[0] for p in raised.value.problems] == ["question 'never'"]
    # A few hundred evaluations per question at most, not the 4,096 of a full search
    # (which made checking time grow with the bank's size times 4,096).
    assert evaluations < 200 * questions, evaluations


def test_an_id_with_a_trailing_newline_is_not_an_id() -> None:
    from storybuilder import bankref
    from storybuilder.story import KEBAB_ID

    assert bankref.is_bank_id("core") and not bankref.is_bank_id("core\n")
    assert KEBAB_ID.fullmatch("outer-alignment") and not KEBAB_ID.fullmatch("outer-alignment\n")
