"""The Jinja environment templates run in: plain data in, bounded work, no way out.

A template, shipped or the user's own, is handed plain data only (dicts, lists, strings,
numbers, booleans, None) and a few functions storybuilder provides. The environment
refuses everything else:

- attributes and calls: only the harmless methods of plain data (``"x".upper()``,
  ``d.get(k)``), Jinja's own loop, macro, namespace and cycler objects, and the
  functions given to it; ``str.format`` is refused (format widths are unbounded);
- files: ``include``, ``import`` and ``extends`` read only files inside the template's
  own folder, checked after following links (:class:`FolderLoader`);
- work: every value a template builds (by an operator, a literal, ``~``, a filter or a
  call) is at most ``MAX_WEIGHT`` characters and items (plus twice the size of the data
  it was given, so a long story still renders), integers at most ``MAX_INT_BITS`` bits,
  loops run at most ``MAX_ITERATIONS`` times in all, a render writes at most
  ``MAX_OUTPUT`` characters plus four times the data's size (counting text captured by
  ``set`` blocks, macros and filter blocks) and stops after ``MAX_SECONDS``. Operations that could
  build a value far larger than their inputs (``*``, ``**``, ``%``, ``center``,
  ``indent``, ``replace``, ``join`` and a few more) are checked before they run.

The bounds are enforced by hooks the environment places in the compiled template: loop
iterables and output expressions are wrapped in guard filters when a template is
compiled (see :class:`_GuardedCodeGenerator`), and operators go through the sandbox's
``call_binop``. Exceeding a bound raises :class:`TemplateLimitError`.
"""

from __future__ import annotations

import contextvars
import functools
import inspect
import os
import re
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import wraps
from pathlib import Path
from typing import Any

from jinja2 import BaseLoader, TemplateNotFound, Undefined, nodes, pass_context
from jinja2.compiler import CodeGenerator, Frame
from jinja2.environment import TemplateModule
from jinja2.exceptions import SecurityError
from jinja2.filters import _GroupTuple
from jinja2.runtime import (
    BlockReference,
    Context,
    LoopContext,
    Macro,
    TemplateReference,
)
from jinja2.sandbox import ImmutableSandboxedEnvironment
from jinja2.utils import Cycler, Joiner, Namespace
from jinja2.visitor import NodeTransformer

MAX_WEIGHT = 5_000_000
"""Largest value a template may build: characters of its strings plus its items."""
MAX_INT_BITS = 32_768
"""Largest integer a template may build (about 10,000 digits)."""
MAX_RANGE = 100_000
"""Most numbers one ``range()`` may hold."""
MAX_ITERATIONS = 1_000_000
"""Most loop iterations, over all loops, in one render."""
MAX_OUTPUT = 20_000_000
"""Most characters one render may write, including text captured and written again."""
MAX_SECONDS = 10.0
"""Longest a render may run."""
MAX_FORMAT_WIDTH = 1000
"""Widest field a ``%`` format or a padding filter may ask for."""


class TemplateLimitError(SecurityError):
    """A template that went over one of the bounds on its work."""


# --- plain data -----------------------------------------------------------------------

_STR_METHODS = frozenset(
    [
        "capitalize",
        "casefold",
        "count",
        "endswith",
        "find",
        "index",
        "isalnum",
        "isalpha",
        "isdecimal",
        "isdigit",
        "islower",
        "isnumeric",
        "isspace",
        "istitle",
        "isupper",
        "lower",
        "lstrip",
        "partition",
        "removeprefix",
        "removesuffix",
        "rfind",
        "rindex",
        "rpartition",
        "rsplit",
        "rstrip",
        "split",
        "splitlines",
        "startswith",
        "strip",
        "swapcase",
        "title",
        "upper",
    ]
)
SAFE_METHODS: dict[type, frozenset[str]] = {
    str: _STR_METHODS,
    dict: frozenset({"get", "items", "keys", "values"}),
    list: frozenset({"count", "index"}),
    tuple: frozenset({"count", "index"}),
    int: frozenset(),
    float: frozenset({"is_integer"}),
    bool: frozenset(),
}
"""The methods a template may use on plain data: none builds a value larger than its input."""

_LOOP_ATTRIBUTES = frozenset(
    [
        "index",
        "index0",
        "revindex",
        "revindex0",
        "first",
        "last",
        "length",
        "depth",
        "depth0",
        "previtem",
        "nextitem",
        "cycle",
        "changed",
    ]
)


def plain(value: Any) -> Any:
    """``value`` as plain data, refusing anything else (for building template contexts)."""
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    raise TypeError(f"a template context holds plain data only, not {type(value).__name__}")


_PLAIN_TYPES = (str, int, float, bool, type(None), list, tuple, dict)
"""The exact types of plain data (a subclass may carry behaviour a template could reach)."""


def weight(value: Any, limit: int | None = None, *, plain_only: bool = False) -> int:
    """Characters plus items in ``value``, counting shared parts each time.

    Raises TemplateLimitError past ``limit`` (by default, the render's bound on values).
    With ``plain_only``, raises TypeError for anything but plain data, in the same walk
    (a render's data, every open problem of hundreds of stories, is walked once).
    """
    if limit is None:
        limit = _budget().value_limit
    total = 0
    stack = [value]
    while stack:
        item = stack.pop()
        if plain_only and type(item) not in _PLAIN_TYPES:
            raise TypeError(f"a template is given plain data only, not {type(item).__name__}")
        if isinstance(item, str):
            total += len(item) + 1
        elif isinstance(item, list | tuple):
            total += len(item) + 1
            stack.extend(item)
        elif isinstance(item, dict):
            total += len(item) + 1
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, int) and not isinstance(item, bool):
            total += item.bit_length() // 8 + 1
        else:
            total += 1
        if total > limit:
            raise TemplateLimitError(
                f"the template built a value of more than {limit:,} characters and items"
            )
    return total


def _checked(value: Any) -> Any:
    """The value, if it is within the bounds on what a template may build."""
    if isinstance(value, int) and not isinstance(value, bool):
        if value.bit_length() > MAX_INT_BITS:
            raise TemplateLimitError(
                f"the template built an integer of more than {MAX_INT_BITS:,} bits"
            )
        return value
    if isinstance(value, str):
        if len(value) > _budget().value_limit:
            weight(value)  # raises
        return value
    if isinstance(value, list | tuple | dict):
        weight(value)
    return value


# --- the budget of one render ---------------------------------------------------------


@dataclass
class Budget:
    """What one render has used so far."""

    deadline: float
    value_limit: int = MAX_WEIGHT
    output_limit: int = MAX_OUTPUT
    iterations: int = 0
    output: int = 0

    def tick(self) -> None:
        now = time.monotonic()
        if now > self.deadline:
            raise TemplateLimitError(f"the template ran for more than {MAX_SECONDS:g} seconds")

    def iterate(self) -> None:
        self.iterations += 1
        if self.iterations > MAX_ITERATIONS:
            raise TemplateLimitError(f"the template's loops ran more than {MAX_ITERATIONS:,} times")
        if not self.iterations % 256:
            self.tick()

    def write(self, length: int) -> None:
        self.output += length
        if self.output > self.output_limit:
            raise TemplateLimitError(
                f"the template wrote more than {self.output_limit:,} characters"
            )
        self.tick()


_BUDGET: contextvars.ContextVar[Budget | None] = contextvars.ContextVar(
    "template_budget", default=None
)


def _budget() -> Budget:
    budget = _BUDGET.get()
    if budget is None:
        raise RuntimeError("templates are rendered through template_sandbox.render only")
    return budget


def render(template: Any, context: dict[str, Any]) -> str:
    """Render a template of a :class:`BoundedEnvironment` within the bounds."""
    data = [value for value in context.values() if not callable(value)]
    size = weight(data, limit=2**62, plain_only=True)
    budget = Budget(
        deadline=time.monotonic() + MAX_SECONDS,
        value_limit=MAX_WEIGHT + 2 * size,
        output_limit=MAX_OUTPUT + 4 * size,
    )
    token = _BUDGET.set(budget)
    try:
        return "".join(template.generate(context))
    finally:
        _BUDGET.reset(token)


# --- guards compiled into every template ----------------------------------------------


@pass_context
def _guard_loop(context: Context, iterable: Iterable[Any]) -> Iterator[Any]:
    budget = _budget()
    for item in iterable:
        budget.iterate()
        yield item


@pass_context
def _guard_output(context: Context, value: Any) -> Any:
    if not isinstance(value, str):
        _checked(value)
        text = str(value)
    else:
        text = value
    _budget().write(len(text))
    return text


@pass_context
def _guard_value(context: Context, value: Any) -> Any:
    _budget().tick()
    return _checked(value)


_GUARD_FILTERS: dict[str, Callable[..., Any]] = {
    "_sb_loop": _guard_loop,
    "_sb_output": _guard_output,
    "_sb_value": _guard_value,
}


class _AddGuards(NodeTransformer):
    """Wraps loop iterables, output and built values of a parsed template in guards."""

    @staticmethod
    def _wrap(node: nodes.Node, guard: str) -> nodes.Expr:
        wrapped = nodes.Filter(node, guard, [], [], None, None)
        wrapped.set_lineno(node.lineno or 1)
        return wrapped

    def visit_For(self, node: nodes.For) -> nodes.Node:
        self.generic_visit(node)
        node.iter = self._wrap(node.iter, "_sb_loop")
        return node

    def visit_Output(self, node: nodes.Output) -> nodes.Node:
        self.generic_visit(node)
        node.nodes = [self._wrap(child, "_sb_output") for child in node.nodes]
        return node

    def _value(self, node: nodes.Expr) -> nodes.Node:
        self.generic_visit(node)
        if getattr(node, "ctx", "load") != "load":
            return node  # an assignment target, not a value
        return self._wrap(node, "_sb_value")

    visit_List = visit_Tuple = visit_Dict = visit_Concat = _value


class _GuardedCodeGenerator(CodeGenerator):
    def visit_Template(self, node: nodes.Template, frame: Frame | None = None) -> None:
        _AddGuards().visit(node)
        super().visit_Template(node, frame)


# --- bounded operators and filters ----------------------------------------------------

_FORMAT_SPEC = re.compile(r"%(?:\([^)]*\))?[-#0 +]*(\*|\d+)?(?:\.(\*|\d+))?")


def _check_percent_format(fmt: str, args: Any) -> None:
    """Refuse a ``%`` format that could write far more than its inputs."""
    specs = 0
    for match in _FORMAT_SPEC.finditer(fmt):
        specs += 1
        for number in match.groups():
            if number == "*" or (number is not None and int(number) > MAX_FORMAT_WIDTH):
                raise TemplateLimitError(
                    f"a % format field wider than {MAX_FORMAT_WIDTH} characters"
                )
    if specs > 1 and specs * (weight(args) + MAX_FORMAT_WIDTH) > _budget().value_limit:
        _refuse("a % format")


def _check_binop(operator: str, left: Any, right: Any) -> None:
    if operator == "*":
        for seq, count in ((left, right), (right, left)):
            if (
                isinstance(seq, str | list | tuple)
                and isinstance(count, int)
                and count > 0
                and weight(seq) * count > _budget().value_limit
            ):
                _refuse(f"{operator}")
    elif operator == "**":
        if (
            isinstance(left, int)
            and isinstance(right, int)
            and right > 0
            and abs(left) > 1
            and right * left.bit_length() > MAX_INT_BITS
        ):
            raise TemplateLimitError(
                f"the template built an integer of more than {MAX_INT_BITS:,} bits"
            )
    elif operator == "%" and isinstance(left, str):
        _check_percent_format(left, right)


def _bounded_range(*args: int) -> range:
    numbers = range(*args)
    if len(numbers) > MAX_RANGE:
        raise TemplateLimitError(f"a range of more than {MAX_RANGE:,} numbers")
    return numbers


@functools.lru_cache(maxsize=256)
def _signature(func: Callable[..., Any]) -> inspect.Signature:
    """A checked filter's signature, read once (a comparison of 300 stories joins a list
    per row: reading it on each call cost more than the joins)."""
    return inspect.signature(func)


def _bind(
    func: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]
) -> inspect.BoundArguments | None:
    try:
        bound = _signature(func).bind(*args, **kwargs)
    except TypeError:
        return None  # the filter itself will say what is wrong with the call
    bound.apply_defaults()
    return bound


def _text_length(value: Any) -> int:
    return len(value) if isinstance(value, str) else weight(value)


def _refuse(what: str) -> None:
    limit = _budget().value_limit
    raise TemplateLimitError(f"{what} would build a value of more than {limit:,} characters")


def _precheck_filter(name: str, a: dict[str, Any]) -> None:
    """Refuse a filter call whose result could be far larger than its inputs."""
    if name == "center" or name == "indent":
        width = a.get("width", 0)
        if isinstance(width, int) and width > MAX_FORMAT_WIDTH:
            raise TemplateLimitError(f"{name} wider than {MAX_FORMAT_WIDTH} characters")
        if name == "indent" and isinstance(width, str):
            lines = str(a.get("s", "")).count("\n") + 1
            if lines * len(width) > _budget().value_limit:
                _refuse("indent")
    elif name == "replace":
        s, old, new = a.get("s", ""), a.get("old", ""), a.get("new", "")
        length = _text_length(s)
        times = length + 1 if not old else length // max(1, len(str(old)))
        if length + times * _text_length(new) > _budget().value_limit:
            _refuse("replace")
    elif name == "wordwrap":
        wrap = a.get("wrapstring") or "\n"
        if _text_length(a.get("s", "")) * (_text_length(wrap) + 1) > _budget().value_limit:
            _refuse("wordwrap")
    elif name == "join":
        items = a["value"] = list(a.get("value", ()))  # a generator is counted too
        count = len(items)
        if count * _text_length(a.get("d", "")) > _budget().value_limit:
            _refuse("join")
    elif name == "format":
        _check_percent_format(str(a.get("value", "")), (a.get("args"), a.get("kwargs")))
    elif name in ("batch", "slice"):
        count = a.get("linecount", a.get("slices", 0))
        if isinstance(count, int) and count > MAX_RANGE:
            raise TemplateLimitError(f"{name} into more than {MAX_RANGE:,} parts")
    elif name == "sum":
        if not isinstance(a.get("start", 0), int | float):
            raise TemplateLimitError("sum adds numbers only")
    elif name == "round":
        precision = a.get("precision", 0)
        if isinstance(precision, int) and abs(precision) > 100:
            raise TemplateLimitError("round to more than 100 digits")
    elif name == "tojson":
        indent = a.get("indent")
        if isinstance(indent, int) and indent > 16:
            raise TemplateLimitError("tojson indented more than 16 spaces")


_PRECHECKED = frozenset(
    {
        "center",
        "indent",
        "replace",
        "wordwrap",
        "join",
        "format",
        "batch",
        "slice",
        "sum",
        "round",
        "tojson",
    }
)
_DROPPED_FILTERS = ("urlize",)
"""Filters that insert arguments once per match, which no simple bound covers."""


def _bounded_filter(name: str, func: Callable[..., Any]) -> Callable[..., Any]:
    precheck = name in _PRECHECKED

    @wraps(func)
    def bounded(*args: Any, **kwargs: Any) -> Any:
        _budget().tick()
        if precheck and (bound := _bind(func, args, kwargs)) is not None:
            _precheck_filter(name, bound.arguments)
            args, kwargs = bound.args, bound.kwargs
        return _checked(func(*args, **kwargs))

    return bounded


# --- the environment ------------------------------------------------------------------


class BoundedEnvironment(ImmutableSandboxedEnvironment):
    """Jinja's immutable sandbox, narrowed to plain data and bounded in work."""

    code_generator_class = _GuardedCodeGenerator
    intercepted_binops = frozenset({"*", "**", "%", "+", "//", "/", "-"})

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.globals.clear()
        self.globals.update(
            range=_bounded_range, dict=dict, namespace=Namespace, cycler=Cycler, joiner=Joiner
        )
        for name in _DROPPED_FILTERS:
            self.filters.pop(name, None)
        self._trusted: list[Any] = [_bounded_range, dict, Namespace, Cycler, Joiner]
        self._wrap_filters()

    def _wrap_filters(self) -> None:
        for name, func in list(self.filters.items()):
            if name not in _GUARD_FILTERS and not getattr(func, "_sb_bounded", False):
                wrapped = _bounded_filter(name, func)
                wrapped._sb_bounded = True  # type: ignore[attr-defined]
                self.filters[name] = wrapped
        self.filters.update(_GUARD_FILTERS)

    def add_filters(self, filters: dict[str, Callable[..., Any]]) -> None:
        """Register storybuilder's own filters, bounded like Jinja's."""
        self.filters.update(filters)
        self._wrap_filters()

    def trust(self, func: Callable[..., Any]) -> Callable[..., Any]:
        """Let templates call ``func`` (a function of storybuilder's, given in the context)."""
        self._trusted.append(func)
        return func

    # -- what a template may reach -------------------------------------------------------

    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        if attr.startswith("_"):
            return False
        methods = SAFE_METHODS.get(type(obj))
        if methods is not None:
            return attr in methods
        if isinstance(obj, LoopContext):
            return attr in _LOOP_ATTRIBUTES
        if isinstance(obj, _GroupTuple):
            return attr in ("grouper", "list")  # what groupby yields
        if isinstance(obj, Cycler):
            return attr in ("current", "next", "reset")
        if isinstance(obj, BlockReference):
            return attr == "super"
        if isinstance(obj, Namespace):
            return True  # the values the template itself stored there
        # An imported template's macros and variables.
        return isinstance(obj, TemplateModule) and (
            isinstance(value, Macro | str | int | float | bool | list | tuple | dict)
            or value is None
        )

    def is_safe_callable(self, obj: Any) -> bool:
        if isinstance(obj, Macro | Joiner | BlockReference | LoopContext | TemplateReference):
            return True
        if isinstance(obj, Undefined):
            return True  # calling it raises the error that says what is undefined
        if any(obj is trusted for trusted in self._trusted):
            return True
        owner = getattr(obj, "__self__", None)
        name = getattr(obj, "__name__", "")
        if owner is not None and (inspect.isbuiltin(obj) or inspect.ismethod(obj)):
            methods = SAFE_METHODS.get(type(owner))
            if methods is not None:
                return name in methods
            if isinstance(owner, Cycler):
                return name in ("next", "reset")
            if isinstance(owner, LoopContext):
                return name in ("cycle", "changed")
        return False

    def wrap_str_format(self, value: Any) -> None:
        return None  # str.format is refused: its field widths are unbounded

    def call(__self, __context: Context, __obj: Any, *args: Any, **kwargs: Any) -> Any:  # noqa: N805
        _budget().tick()
        if isinstance(__obj, LoopContext) and args:
            args = (_guard_loop(__context, args[0]), *args[1:])  # a recursive loop's next level
        return _checked(super().call(__context, __obj, *args, **kwargs))

    def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
        _budget().tick()
        _check_binop(operator, left, right)
        return _checked(super().call_binop(context, operator, left, right))


# --- files ----------------------------------------------------------------------------


class FolderLoader(BaseLoader):
    """Templates in one folder: names are relative, and links must stay inside it.

    ``entry`` is the template the user named on the command line, read wherever it is;
    every other name is a relative path without ``..`` whose real path (after links)
    lies inside the folder.
    """

    def __init__(self, folder: Path, entry: str | None = None) -> None:
        self.folder = folder
        self.root = os.path.realpath(folder)
        self.entry = entry

    def get_source(
        self, environment: Any, template: str
    ) -> tuple[str, str | None, Callable[[], bool] | None]:
        if template != self.entry:
            parts = template.replace("\\", "/").split("/")
            if template.startswith("/") or any(p in ("", ".", "..") for p in parts):
                raise TemplateNotFound(template)
            real = os.path.realpath(os.path.join(self.root, *parts))
            if os.path.commonpath([self.root, real]) != self.root:
                raise TemplateNotFound(template)
            path = real
        else:
            path = os.path.join(self.folder, template)
        if not os.path.isfile(path):  # not a device or a pipe, which could never end
            raise TemplateNotFound(template)
        try:
            with open(path, encoding="utf-8") as handle:
                source = handle.read(MAX_WEIGHT + 1)
        except (OSError, UnicodeDecodeError):
            raise TemplateNotFound(template) from None
        if len(source) > MAX_WEIGHT:
            raise TemplateLimitError(f"{template} is larger than {MAX_WEIGHT:,} characters")
        mtime = os.path.getmtime(path)
        return source, path, lambda: os.path.exists(path) and os.path.getmtime(path) == mtime
