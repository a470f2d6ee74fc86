"""The shipped templates, compiled ahead of time.

Compiling the document template (Jinja's parser and code generator, with the sandbox's
guards) cost more than rendering it, in every process without a cache yet: every first
``render`` and every wizard's first preview. Shipped data can be compiled once, when it
is written, and trusted afterwards. ``python -m storybuilder.shipped_templates`` writes
here, for each shipped template, the Python module Jinja generates for it, headed by a
key: the hash of the template's text and of everything else that shapes the generated
code (Jinja's version, the sandbox's code, the environment's syntax settings, its
filters and tests). Python caches the module's bytecode like any other module's. The
test suite fails until the modules are current (tests/test_shipped_templates.py).

At run time a shipped template whose key matches is taken from its module; any other (an
edited template, a user's template, another Jinja) is compiled as before.
"""

from __future__ import annotations

import hashlib
import importlib.util
from pathlib import Path
from types import CodeType
from typing import Any

FOLDER = Path(__file__).parent
KEY_LINE = "# key: "


def module_name(template: str) -> str:
    """story.md.j2 -> story_md_j2"""
    return "".join(c if c.isalnum() else "_" for c in template)


def key(environment: Any, template: str, source: str) -> str:
    """What the code Jinja generates for ``source`` in ``environment`` depends on."""
    import jinja2

    from storybuilder import template_sandbox

    env = environment
    settings = (
        jinja2.__version__,
        type(env).__qualname__,
        env.code_generator_class.__qualname__,
        env.block_start_string,
        env.block_end_string,
        env.variable_start_string,
        env.variable_end_string,
        env.comment_start_string,
        env.comment_end_string,
        env.line_statement_prefix,
        env.line_comment_prefix,
        env.trim_blocks,
        env.lstrip_blocks,
        env.newline_sequence,
        env.keep_trailing_newline,
        env.optimized,
        env.is_async,
        repr(env.autoescape),
        sorted(env.extensions),
        sorted(env.filters),
        sorted(env.tests),
    )
    digest = hashlib.sha256(repr(settings).encode("utf-8"))
    digest.update(Path(template_sandbox.__file__).read_bytes())
    digest.update(template.encode("utf-8") + b"\0" + source.encode("utf-8"))
    return digest.hexdigest()


def generated(environment: Any, template: str, source: str) -> str:
    """The text of the module for one template (see :func:`code_for`)."""
    python = environment.compile(source, template, None, raw=True)
    return (
        f"{KEY_LINE}{key(environment, template, source)}\n"
        f"# Made by python -m storybuilder.shipped_templates from templates/{template}.\n"
        f"{python}"
    )


def code_for(environment: Any, template: str, source: str) -> CodeType | None:
    """The compiled code of a shipped template, if its module was made from this very
    text in an environment like this one; None otherwise (compile it instead)."""
    path = FOLDER / f"{module_name(template)}.py"
    try:
        with path.open(encoding="utf-8") as handle:
            first = handle.readline()
        expected = KEY_LINE + key(environment, template, source)
    except OSError:
        return None  # e.g. imported from a zip: compiled the ordinary way
    if first.rstrip("\n") != expected:
        return None
    spec = importlib.util.find_spec(f"{__name__}.{module_name(template)}")
    if spec is None or spec.loader is None or not hasattr(spec.loader, "get_code"):
        return None
    code = spec.loader.get_code(spec.name)
    return code if isinstance(code, CodeType) else None
