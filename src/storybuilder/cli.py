"""The ``storybuilder`` command.

Headless commands (render, check, migrate, compare, examples, bank check, schema) never import
Textual, so they start about as fast as Python with pydantic and Jinja. The wizard is
imported only by the commands that open it.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TypeAlias

from storybuilder import atomicwrite, pydantic_plugins
from storybuilder.errors import BankError, ShippedDataError, StoryFileError
from storybuilder.terminal_text import safe

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_INVALID = 2


_Commands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"
"""What ``add_subparsers`` returns: each command adds its parser to it."""


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The command line's parser; with ``command``, one that knows only that command.

    Each command's arguments are parsed the same either way. Building every command's
    parser cost more than a millisecond of each run, so :func:`main` builds only the
    command it is given, and the whole parser when it needs the list of commands (no
    command, an option before it, one it does not know, the top-level help).
    """
    parser = argparse.ArgumentParser(
        prog="storybuilder",
        description=(
            "Write the training story of an ML project: what training will produce and why, "
            "and the open problems a reviewer would raise. Without a command, opens the wizard."
        ),
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, add in _COMMANDS.items():
        if command is None or name == command:
            add(commands)
    return parser


def _bank_option(command: argparse.ArgumentParser) -> None:
    command.add_argument("--bank", type=Path, metavar="PATH", help="a custom question bank (TOML)")


def _new_command(commands: _Commands) -> None:
    new = commands.add_parser("new", help="start a new story in the wizard")
    new.add_argument("file", type=Path, help="where to save the story (must not exist yet)")
    new.add_argument("--example", metavar="NAME", help="start from a copy of a shipped example")
    _bank_option(new)


def _edit_command(commands: _Commands) -> None:
    edit = commands.add_parser("edit", help="resume a story in the wizard")
    edit.add_argument("file", type=Path)
    _bank_option(edit)


def _render_command(commands: _Commands) -> None:
    render = commands.add_parser("render", help="render a story as a Markdown document")
    render.add_argument("file", type=Path)
    render.add_argument("-o", "--output", type=Path, metavar="OUT", help="write here, not stdout")
    render.add_argument("--template", type=Path, metavar="T", help="your own Jinja template")
    render.add_argument(
        "--heading-level",
        type=int,
        default=1,
        choices=range(1, 5),
        metavar="N",
        help="level of the top heading, 1-4 (default 1)",
    )
    render.add_argument(
        "--no-front-matter", action="store_true", help="leave out YAML front matter"
    )
    render.add_argument("--no-diagram", action="store_true", help="leave out the Mermaid diagram")
    _bank_option(render)


def _check_command(commands: _Commands) -> None:
    check = commands.add_parser(
        "check", help="completeness and open problems (exit 0 none, 1 some, 2 invalid file)"
    )
    check.add_argument("files", type=Path, nargs="+", metavar="FILE")
    check.add_argument(
        "--json",
        action="store_true",
        help="print one JSON object (a JSON array of them for several files)",
    )
    check.add_argument(
        "--fail-on",
        choices=("problems", "invalid"),
        default="problems",
        help="'invalid': exit 0 unless a file is not a valid story (for stories that "
        "deliberately keep problems open)",
    )
    _bank_option(check)


def _export_command(commands: _Commands) -> None:
    export = commands.add_parser(
        "export", help="write the story's argument as an assurance case in GSN"
    )
    export.add_argument("file", type=Path)
    export.add_argument(
        "--to",
        required=True,
        choices=("gsn", "gsn-mermaid"),
        help="'gsn': gsn2x's YAML; 'gsn-mermaid': a Mermaid diagram with GSN's shapes",
    )
    export.add_argument("-o", "--output", type=Path, metavar="OUT", help="write here, not stdout")
    _bank_option(export)


def _compare_command(commands: _Commands) -> None:
    compare = commands.add_parser("compare", help="compare several stories in one table")
    compare.add_argument("files", type=Path, nargs="+", metavar="FILE", help="stories or folders")
    compare.add_argument("-o", "--output", type=Path, metavar="OUT")
    _bank_option(compare)


def _diff_command(commands: _Commands) -> None:
    diff = commands.add_parser(
        "diff",
        help="what a change to a story did: answers, problems opened and closed, triage "
        "(exit 0, 1 when problems were opened, 2 invalid file)",
    )
    diff.add_argument(
        "files", type=Path, nargs="+", metavar="FILE", help="OLD NEW, or one FILE with --rev"
    )
    diff.add_argument(
        "--rev", metavar="REV", help="compare FILE with its content at this git revision"
    )
    diff.add_argument("--json", action="store_true", help="print one JSON object")
    diff.add_argument(
        "--format",
        choices=("text", "markdown"),
        default="text",
        help="'markdown' for a pull-request comment or a CI job summary",
    )
    _bank_option(diff)


def _migrate_command(commands: _Commands) -> None:
    migrate = commands.add_parser(
        "migrate",
        help="upgrade stories to the current format and bank version, in place (FILE.bak "
        "keeps the old one)",
    )
    migrate.add_argument("files", type=Path, nargs="+", metavar="FILE")
    migrate.add_argument(
        "--check",
        action="store_true",
        help="write nothing; exit 1 if a file would change, 0 if all are up to date "
        "(for CI and pre-commit)",
    )
    _bank_option(migrate)


def _examples_command(commands: _Commands) -> None:
    commands.add_parser("examples", help="list the shipped example stories")


def _bank_command(commands: _Commands) -> None:
    bank = commands.add_parser("bank", help="question bank tools")
    bank_commands = bank.add_subparsers(dest="bank_command", metavar="COMMAND", required=True)
    bank_check = bank_commands.add_parser("check", help="validate a question bank")
    bank_check.add_argument("path", type=Path)


def _schema_command(commands: _Commands) -> None:
    commands.add_parser("schema", help="print the JSON Schema of the story file")


_COMMANDS: dict[str, Callable[[_Commands], None]] = {
    "new": _new_command,
    "edit": _edit_command,
    "render": _render_command,
    "check": _check_command,
    "export": _export_command,
    "compare": _compare_command,
    "diff": _diff_command,
    "migrate": _migrate_command,
    "examples": _examples_command,
    "bank": _bank_command,
    "schema": _schema_command,
}
"""Each command's parser, in the order the top-level help lists them."""


def main(argv: Sequence[str] | None = None) -> int:
    """Run a command; without ``argv``, the program's own (``sys.argv``), as the process.

    Called with ``argv`` (as tests and scripts do), nothing outlives the call; called as
    the program, the process ends with the command (see :func:`_no_cycle_collection`
    and :func:`_end_process`).
    """
    pydantic_plugins.skip_discovery()
    words = sys.argv[1:] if argv is None else list(argv)
    # Only the command given is built (see build_parser); anything else, all of them.
    command = words[0] if words and words[0] in _COMMANDS else None
    args = build_parser(command).parse_args(words)
    try:
        code = _dispatch(args, ends_process=argv is None)
    except (StoryFileError, BankError, ShippedDataError) as err:
        print(f"storybuilder: {safe(err)}", file=sys.stderr)
        code = EXIT_INVALID
    except BrokenPipeError:
        return EXIT_OK
    except KeyboardInterrupt:
        return 130
    if argv is None and args.command is not None and args.command not in _WIZARD:
        _end_process(code)
    return code


def _end_process(code: int) -> None:
    """End the process of a headless command now, with its output flushed.

    The interpreter's own exit then tore the command's modules down, freeing every
    object it made one by one (the bank, the story, the critic's tables, pydantic's
    schemas): a few milliseconds of each run, for nothing. Nothing is left to run at
    exit: files are closed by their writers, no command leaves a thread, a temporary
    file or an exit hook behind (compare's worker pool ends with its ``with``). Should
    flushing the output fail, this returns, and the interpreter's exit reports it as it
    always did.
    """
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        return
    os._exit(code)


def _dispatch(args: argparse.Namespace, *, ends_process: bool = False) -> int:
    if args.command is None or args.command in _WIZARD:
        return _wizard(args)
    with _no_cycle_collection(freeze=ends_process):
        return _headless(args)


_WIZARD = frozenset({"new", "edit"})
"""The commands that open the wizard; every other command is headless (a new command
must never fall into the full-screen wizard by default)."""


@contextlib.contextmanager
def _no_cycle_collection(*, freeze: bool = False) -> Iterator[None]:
    """Python's cyclic garbage collector off while a headless command runs.

    A command makes objects that live until it ends (a bank's tables, 300 stories),
    and the collector's passes walked all of them again and again: up to a sixth of
    `bank check` and a tenth of `compare`. Reference counting still frees what is dropped; the few
    cycles made (Jinja's) wait for the end of the command.

    ``freeze``, when the process ends with the command: what it made is frozen
    (``gc.freeze``) rather than handed back to the collector, whose last pass at exit
    walked every object the command made (pydantic's schemas, the bank, the critic's
    tables): a fifth of a cold ``render``. Files and streams are closed or flushed by
    their writers and at exit as before; only that pass is skipped.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if freeze:
            gc.freeze()
        if was_enabled:
            gc.enable()


def _headless(args: argparse.Namespace) -> int:
    command = args.command
    if command == "render":
        return _render(args)
    if command == "check":
        return _check(args)
    if command == "compare":
        return _compare(args)
    if command == "diff":
        return _diff(args)
    if command == "export":
        return _export(args)
    if command == "migrate":
        return _migrate(args)
    if command == "examples":
        return _examples()
    if command == "bank":
        return _bank_check(args.path)
    assert command == "schema"
    return _schema()


def _write_output(text: str, output: Path | None) -> None:
    if output is None:
        if sys.stdout.isatty():
            # A document has no control characters left (see markdown_safety), but may
            # hold bidi overrides, which a terminal would apply.
            text = safe(text)
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    try:
        atomicwrite.replace_file(output, text.encode("utf-8"))
    except OSError as err:
        raise StoryFileError(output, [("", f"cannot save: {err.strerror or err}")]) from None
    print(f"wrote {safe(output, multiline=False)}", file=sys.stderr)


def _render(args: argparse.Namespace) -> int:
    # Imported here: the wizard's start-up has no use for the output cache.
    from storybuilder import resultcache

    options = [
        "render",
        str(args.heading_level),
        str(args.no_front_matter),
        str(args.no_diagram),
    ]
    # A user template may include other files, so its output is not cached.
    key, read = (
        (None, None) if args.template else resultcache.key_and_read(args.file, args.bank, options)
    )
    if (hit := resultcache.lookup(key)) is not None:
        _write_output(hit.stdout, args.output)
        return hit.code

    from storybuilder.render import RenderError, RenderOptions, render_story
    from storybuilder.session import open_story

    # The story as read for the key: not read and parsed a second time.
    opened = open_story(args.file, args.bank, read=read)
    render_options = RenderOptions(
        heading_level=args.heading_level,
        front_matter=not args.no_front_matter,
        diagram=not args.no_diagram,
        template=args.template,
    )
    try:
        text = render_story(opened.story, opened.bank, render_options)
    except RenderError as err:
        print(f"storybuilder: {safe(err)}", file=sys.stderr)
        return EXIT_INVALID
    resultcache.store(key, resultcache.Result(text, EXIT_OK))
    _write_output(text, args.output)
    return EXIT_OK


def _check(args: argparse.Namespace) -> int:
    outcomes = [_check_one(path, args.bank, args.json) for path in args.files]
    if args.json:
        reports = [json.loads(text) for text, _ in outcomes]
        body = reports[0] if len(reports) == 1 else reports
        # ASCII only: a control character or bidi override in a story is written as a
        # \u escape, never as the raw character a terminal would act on.
        sys.stdout.write(json.dumps(body, indent=2, ensure_ascii=True) + "\n")
    else:
        sys.stdout.write("\n".join(text for text, _ in outcomes))
    worst = max(code for _, code in outcomes)
    if args.fail_on == "invalid":
        return EXIT_INVALID if worst == EXIT_INVALID else EXIT_OK
    return worst


def _check_one(path: Path, bank_path: Path | None, as_json: bool) -> tuple[str, int]:
    """The report on one story (text, or one JSON object) and its exit code."""
    from storybuilder import resultcache

    key, read = resultcache.key_and_read(path, bank_path, ["check", str(as_json), str(path)])
    if (hit := resultcache.lookup(key, json_object=as_json)) is not None:
        return hit.stdout, hit.code

    from storybuilder.critic import report
    from storybuilder.session import open_story

    try:
        opened = open_story(path, bank_path, read=read)
    except (StoryFileError, BankError) as err:
        # Reported in place, so that one broken story does not hide the others' reports.
        if as_json:
            return json.dumps({"file": str(path), "error": str(err)}), EXIT_INVALID
        print(f"storybuilder: {safe(err)}", file=sys.stderr)
        return "", EXIT_INVALID
    result = report(opened.story, opened.bank, str(path), opened.changes)
    if as_json:
        text = json.dumps(result.as_json(), ensure_ascii=True)
    else:
        from storybuilder.checkreport import format_report

        text = format_report(result)
    code = EXIT_OK if result.ok else EXIT_PROBLEMS
    resultcache.store(key, resultcache.Result(text, code))
    return text, code


def _migrate(args: argparse.Namespace) -> int:
    from storybuilder.migrate import migrate_file

    worst = EXIT_OK
    for path in args.files:
        try:
            changes = migrate_file(path, args.bank, write=not args.check)
        except (StoryFileError, BankError) as err:
            # Said in place; the other files are still migrated.
            print(f"storybuilder: {safe(err)}", file=sys.stderr)
            worst = EXIT_INVALID
            continue
        name = safe(path, multiline=False)
        if not changes:
            print(f"{name}: up to date")
            continue
        if args.check:
            print(f"{name}: would be upgraded:")
            worst = max(worst, EXIT_PROBLEMS)
        else:
            print(f"{name}: upgraded (the old file is {name}.bak):")
        for change in changes:
            print(f"  - {safe(change, multiline=False)}")
    return worst


def _compare(args: argparse.Namespace) -> int:
    from storybuilder.compare import compare_paths

    text, failures = compare_paths(args.files, args.bank)
    _write_output(text, args.output)
    for failure in failures:
        print(f"storybuilder: {safe(failure)}", file=sys.stderr)
    return EXIT_INVALID if failures else EXIT_OK


def _diff(args: argparse.Namespace) -> int:
    from storybuilder import storydiff
    from storybuilder.gitrev import GitError

    wanted = 1 if args.rev is not None else 2
    if len(args.files) != wanted:
        usage = "diff --rev REV FILE" if args.rev is not None else "diff OLD NEW"
        print(f"storybuilder: {usage} takes {wanted} file(s)", file=sys.stderr)
        return EXIT_INVALID
    try:
        if args.rev is not None:
            old = storydiff.open_revision(args.rev, args.files[0], args.bank)
        else:
            old = storydiff.open_side(args.files[0], args.bank)
    except GitError as err:
        print(f"storybuilder: {safe(err, multiline=False)}", file=sys.stderr)
        return EXIT_INVALID
    new = storydiff.open_side(args.files[-1], args.bank)
    result = storydiff.diff(old, new)
    if args.json:
        text = json.dumps(result.as_json(), indent=2, ensure_ascii=True) + "\n"
    elif args.format == "markdown":
        text = storydiff.format_markdown(result)
    else:
        text = storydiff.format_text(result)
    _write_output(text, None)
    return EXIT_PROBLEMS if result.opened else EXIT_OK


def _export(args: argparse.Namespace) -> int:
    from storybuilder.argument import build
    from storybuilder.session import open_story

    opened = open_story(args.file, args.bank)
    argument = build(opened.story, opened.bank)
    if args.to == "gsn":
        from storybuilder.gsn_yaml import to_yaml

        text = to_yaml(argument)
    else:
        from storybuilder.gsn_mermaid import to_mermaid

        text = to_mermaid(argument)
    _write_output(text, args.output)
    return EXIT_OK


def _examples() -> int:
    from storybuilder.examples import list_examples

    found = list_examples()
    width = max((len(e.name) for e in found), default=0)
    for example in found:
        print(safe(f"{example.name:<{width}}  {example.title}: {example.summary}"))
    if found:
        print(f"\nStart from one: storybuilder new my-story.toml --example {found[0].name}")
    return EXIT_OK


def _bank_check(path: Path) -> int:
    from storybuilder.bank import load_bank, unlabelled_follow_ups

    try:
        bank = load_bank(path)
    except BankError as err:
        print(safe(err), file=sys.stderr)
        print(f"{len(err.problems)} problem(s) found", file=sys.stderr)
        return EXIT_PROBLEMS
    print(
        safe(
            f"{path}: bank {bank.id!r} is valid: {len(bank.sections)} sections, "
            f"{len(bank.questions)} questions, {len(bank.rules)} rules"
        )
    )
    for question in unlabelled_follow_ups(bank):
        print(
            safe(
                f"note: question {question.id!r} has no label, so the document introduces "
                "its answer with the prompt; give it a short noun phrase as label"
            )
        )
    return EXIT_OK


def _schema() -> int:
    from storybuilder.story import FORMAT_VERSION, Story

    schema = Story.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = f"storybuilder story file (format {FORMAT_VERSION})"
    print(json.dumps(schema, indent=2))
    return EXIT_OK


def _wizard(args: argparse.Namespace) -> int:
    from storybuilder.tui import startup_gc

    startup_gc.pause()  # resumed once the start-up work after the first frame is done
    # Textual is imported here only: the headless commands above never pay for it.
    from storybuilder.tui.launch import launch

    return launch(
        command=args.command,
        file=getattr(args, "file", None),
        example=getattr(args, "example", None),
        bank_path=getattr(args, "bank", None),
    )
