"""The small condition language of question banks, parsed by our own grammar.

Banks say when a question is asked and when an open-problem rule fires with conditions
such as ``meta.advanced == true and goal.classes contains "simulator"``. Conditions are
data from files a user may have written, so they are never handed to ``eval``: this
module tokenizes and parses them into a tiny tree that can only read story values.

Grammar (lowest precedence first)::

    expr     := and ("or" and)*
    and      := unary ("and" unary)*
    unary    := "not" unary | test
    test     := operand [ ("==" | "!=" | "in" | "contains" | "mentions" | "discusses") operand
                        | "is" ["not"] "answered" ]
    operand  := path | string | number | "true" | "false" | list | "(" expr ")"
    list     := "[" [operand ("," operand)*] "]"
    path     := name ("." name)*      name := letter (letter | digit | "_" | "-")*

Semantics, chosen so that an unanswered question never makes a rule fire by accident:
an unanswered value is ``None``; it equals nothing, is in nothing, contains and
mentions nothing. ``contains`` tests list membership (or a substring of a text);
``in`` is its mirror and, with a list on the left, means "any of"; ``mentions`` finds a
term in a text as whole words, ignoring case, with ``*`` for any ending
(``"reinforc*"`` matches "reinforcement"), and does not count a bare denial ("never
manipulates") as a mention (see :mod:`storybuilder.rules.reading`); ``discusses`` is the same
test against a named concept of the bank (a list of terms), so that many rules share one
vocabulary. Either side may be a list, meaning any of them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any, NamedTuple

from storybuilder import shipped_regexes
from storybuilder.rules import reading
from storybuilder.rules.reading import Quote

MAX_LENGTH = 4000
"""Longest condition accepted, in characters."""
MAX_DEPTH = 40
"""Deepest nesting of parentheses, ``not`` and lists accepted."""

KEYWORDS = frozenset(
    {
        "and",
        "or",
        "not",
        "in",
        "contains",
        "mentions",
        "discusses",
        "is",
        "answered",
        "true",
        "false",
    }
)
COMPARISONS = ("==", "!=", "in", "contains", "mentions", "discusses")

Resolver = Callable[[str], Any]
"""Maps a path as written in a condition to its current value (None when unanswered)."""


class ConditionError(ValueError):
    """A condition that does not parse, with the 1-based column where it went wrong."""

    def __init__(self, message: str, column: int, source: str = "") -> None:
        self.message = message
        self.column = column
        self.source = source
        super().__init__(f"column {column}: {message}")

    def pointer(self) -> str:
        """The condition with a caret under the column, for terminal messages."""
        return f"{self.source}\n{' ' * (self.column - 1)}^"


# --- the tree -----------------------------------------------------------------------
# The nodes are named tuples, not frozen dataclasses: as immutable and as readable
# (fields, repr), and a named tuple class is made several times faster (every process
# that reads a bank defines them) and so is each node (a bank's trees hold thousands).


class Path(NamedTuple):
    text: str
    column: int


class Literal(NamedTuple):
    value: str | bool | int | float


class ListOf(NamedTuple):
    items: tuple[Node, ...]


class Compare(NamedTuple):
    op: str
    left: Node
    right: Node


class Answered(NamedTuple):
    operand: Node
    negated: bool


class Not(NamedTuple):
    operand: Node


class BoolOp(NamedTuple):
    op: str  # "and" | "or"
    operands: tuple[Node, ...]


Node = Path | Literal | ListOf | Compare | Answered | Not | BoolOp


# --- tokens -------------------------------------------------------------------------


class Token(NamedTuple):
    # A tuple, not a frozen dataclass: a bank makes thousands and the dataclass's
    # guarded __init__ was a fifth of loading one.
    kind: str  # "name", "string", "number", "op", "end"
    text: str
    value: Any
    column: int


# One pattern for every token, its alternatives tried in this order after any spaces;
# the last takes any other character, which is an error. A quote that the string
# alternative cannot close (or an unknown escape) is left to _read_string, which says
# what is wrong with it. The group that matched is the token's kind.
_TOKEN = shipped_regexes.compile(
    r"""
    \s*+
    (?:
      (==|!=|[()\[\],])
    | ("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')
    | (-?\d+(?:\.\d+)?)
    | ([A-Za-z][A-Za-z0-9_-]*(?:\.[A-Za-z][A-Za-z0-9_-]*)*)
    | (.)
    )
    """,
    re.VERBOSE | re.DOTALL,
)
_OP, _STRING, _NUMBER, _NAME, _OTHER = 1, 2, 3, 4, 5
_ESCAPES = {'"': '"', "'": "'", "\\": "\\", "n": "\n", "t": "\t"}


def _tokenize(source: str) -> list[Token]:
    tokens: list[Token] = []
    append = tokens.append
    # Each match starts where the last one ended: every character is read, and only
    # trailing spaces match nothing.
    for match in _TOKEN.finditer(source):
        kind = match.lastindex or _OTHER
        start = match.start(kind)
        text = match.group(kind)
        if kind == _NAME:
            end = match.end()
            if source[end : end + 1] in ("_", "."):
                raise ConditionError(
                    "names are letters, digits and '-' separated by '.'; "
                    "private or special names are not allowed",
                    end + 1,
                    source,
                )
            append(Token("name", text, text, start + 1))
        elif kind == _STRING:
            value = _read_string(source, start)[0] if "\\" in text else text[1:-1]
            append(Token("string", text, value, start + 1))
        elif kind == _OP:
            append(Token("op", text, None, start + 1))
        elif kind == _NUMBER:
            append(Token("number", text, float(text) if "." in text else int(text), start + 1))
        else:
            if text in "\"'":
                _read_string(source, start)  # raises: not closed
            raise ConditionError(f"unexpected character {text!r}", start + 1, source)
    append(Token("end", "", None, len(source) + 1))
    return tokens


def _read_string(source: str, start: int) -> tuple[str, int]:
    quote = source[start]
    out: list[str] = []
    i = start + 1
    while i < len(source):
        char = source[i]
        if char == quote:
            return "".join(out), i + 1
        if char == "\\":
            escaped = source[i + 1 : i + 2]
            if escaped not in _ESCAPES:
                raise ConditionError(f"unknown escape '\\{escaped}' in a string", i + 1, source)
            out.append(_ESCAPES[escaped])
            i += 2
            continue
        out.append(char)
        i += 1
    raise ConditionError("string is not closed", start + 1, source)


# --- the parser ---------------------------------------------------------------------


class _Parser:
    def __init__(self, source: str) -> None:
        self.source = source
        self.tokens = _tokenize(source)
        self.pos = 0
        self.token = self.tokens[0]  # the current token, read on every step
        self.depth = 0
        # What Condition.paths() and compared_literals() answer, found while parsing:
        # paths in the order read; comparisons with where they start, as a walk of the
        # tree meets them (an outer one, "(a == 1) == true", before its inner one).
        self.paths: list[Path] = []
        self.literals: list[tuple[int, Path, str, Any]] = []

    def error(self, message: str, token: Token | None = None) -> ConditionError:
        return ConditionError(message, (token or self.token).column, self.source)

    def is_word(self, word: str) -> bool:
        return self.token.kind == "name" and self.token.text == word

    def is_op(self, op: str) -> bool:
        return self.token.kind == "op" and self.token.text == op

    def advance(self) -> Token:
        token = self.token
        self.pos += 1
        self.token = self.tokens[min(self.pos, len(self.tokens) - 1)]
        return token

    def nest(self) -> None:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise self.error(f"nested more than {MAX_DEPTH} levels deep")

    def parse(self) -> Node:
        if self.token.kind == "end":
            raise self.error("empty condition")
        node = self.expr()
        if self.token.kind != "end":
            raise self.error(f"expected 'and', 'or' or the end, got {self.describe(self.token)}")
        return node

    def expr(self) -> Node:
        operands = [self.conjunction()]
        while self.is_word("or"):
            self.advance()
            operands.append(self.conjunction())
        return operands[0] if len(operands) == 1 else BoolOp("or", tuple(operands))

    def conjunction(self) -> Node:
        operands = [self.unary()]
        while self.is_word("and"):
            self.advance()
            operands.append(self.unary())
        return operands[0] if len(operands) == 1 else BoolOp("and", tuple(operands))

    def unary(self) -> Node:
        if self.is_word("not"):
            self.advance()
            self.nest()
            node = Not(self.unary())
            self.depth -= 1
            return node
        return self.test()

    def test(self) -> Node:
        start = self.pos
        left = self.operand()
        token = self.token
        if (
            token.kind == "op"
            and token.text in ("==", "!=")
            or (token.kind == "name" and token.text in ("in", "contains", "mentions", "discusses"))
        ):
            self.advance()
            right = self.operand()
            for field, other in ((left, right), (right, left)):
                if isinstance(field, Path) and isinstance(other, Literal | ListOf):
                    value = _evaluate(other, _NO_STORY, False)
                    self.literals.append((start, field, token.text, value))
            return Compare(token.text, left, right)
        if self.is_word("is"):
            self.advance()
            negated = self.is_word("not")
            if negated:
                self.advance()
            if not self.is_word("answered"):
                raise self.error(f"expected 'answered', got {self.describe(self.token)}")
            self.advance()
            return Answered(left, negated)
        if self.is_op("("):
            raise self.error("calls are not part of the condition language")
        return left

    def operand(self) -> Node:
        token = self.token
        if token.kind == "string" or token.kind == "number":
            self.advance()
            return Literal(token.value)
        if token.kind == "name":
            if token.text in ("true", "false"):
                self.advance()
                return Literal(token.text == "true")
            if token.text in KEYWORDS:
                raise self.error(f"expected a value or a field, got the keyword {token.text!r}")
            self.advance()
            path = Path(token.text, token.column)
            self.paths.append(path)
            return path
        if self.is_op("("):
            self.advance()
            self.nest()
            node = self.expr()
            self.depth -= 1
            if not self.is_op(")"):
                raise self.error(f"expected ')', got {self.describe(self.token)}")
            self.advance()
            return node
        if self.is_op("["):
            return self.list_literal()
        raise self.error(f"expected a value or a field, got {self.describe(token)}")

    def list_literal(self) -> Node:
        self.advance()
        self.nest()
        items: list[Node] = []
        while not self.is_op("]"):
            token = self.token
            if token.kind not in ("string", "number") and not (
                token.kind == "name" and token.text in ("true", "false")
            ):
                raise self.error(f"lists hold literal values only, got {self.describe(token)}")
            items.append(self.operand())
            if self.is_op(","):
                self.advance()
            elif not self.is_op("]"):
                raise self.error(f"expected ',' or ']', got {self.describe(self.token)}")
        self.advance()
        self.depth -= 1
        return ListOf(tuple(items))

    @staticmethod
    def describe(token: Token) -> str:
        return "the end" if token.kind == "end" else repr(token.text)


# --- the public face ----------------------------------------------------------------


@dataclass(frozen=True)
class Condition:
    """A parsed condition: evaluate it against story values, or inspect what it reads."""

    source: str
    tree: Node

    @classmethod
    def parse(cls, source: str) -> Condition:
        if len(source) > MAX_LENGTH:
            raise ConditionError(
                f"condition is {len(source)} characters long; the limit is {MAX_LENGTH}",
                MAX_LENGTH + 1,
                source[:80],
            )
        parser = _Parser(source)
        condition = cls(source, parser.parse())
        literals = sorted(parser.literals, key=lambda found: found[0])  # stable: in order
        condition.__dict__["_found_reads"] = (
            tuple(parser.paths),
            tuple((path, op, value) for _, path, op, value in literals),
        )
        return condition

    def as_data(self) -> Any:
        """The parsed tree as plain JSON data, which :meth:`from_data` turns back into it
        (shipped banks keep their conditions so, parsed ahead of time)."""
        return _encode(self.tree)

    @classmethod
    def from_data(cls, source: str, data: Any) -> Condition:
        """The condition whose tree :meth:`as_data` gave, without parsing ``source``.

        Only for data made from exactly this source (see storybuilder.shipped_banks);
        raises ValueError on data no tree gives.
        """
        try:
            return cls(source, _decode(data))
        except (KeyError, IndexError, TypeError, RecursionError) as err:
            raise ValueError(f"not a condition tree: {err}") from None

    def evaluate(
        self,
        resolve: Resolver,
        concepts: Mapping[str, Sequence[str]] | None = None,
        evidence: list[Quote] | None = None,
    ) -> bool:
        """Whether the condition holds.

        concepts: the bank's concepts (id -> terms) for ``discusses``. evidence, when
        given, collects the author's words behind each ``mentions`` / ``discusses`` test
        that held and counted towards the result (not under a ``not``).
        """
        env = _Env(resolve, concepts or {}, evidence)
        compiled = self.__dict__.get("_compiled")
        if compiled is not None:  # the commonest case, without a closure or a call
            return _truthy(compiled(env))
        return _truthy(
            self._run("_uses", "_compiled", lambda: _evaluate(self.tree, env, False), env)
        )

    def _run(
        self, uses_key: str, compiled_name: str, interpret: Callable[[], Any], arg: Any
    ) -> Any:
        """The tree read directly for the first few uses, then its compiled closures: a
        condition read once or twice is not worth compiling."""
        state = self.__dict__  # what cached_property writes to (the dataclass is frozen)
        compiled = state.get(compiled_name)
        if compiled is None:
            uses = state.get(uses_key, 0)
            if uses < _INTERPRETED_UP_TO:
                state[uses_key] = uses + 1
                return interpret()
            compiled = getattr(self, compiled_name)
        return compiled(arg)

    @cached_property
    def _compiled(self) -> Callable[[_Env], Any]:
        # Compiled into closures for a condition evaluated many times (the bank's rules
        # and questions over many stories); building them costs more than a few readings
        # of the tree.
        return _compile(self.tree, False)

    def evaluate_partial(self, values: dict[str, Any]) -> bool | None:
        """True or False if the values given settle the condition, None if they do not.

        Paths missing from ``values`` are unknown (not unanswered): ``a == 1 or b``
        is True once ``a`` is 1, whatever ``b`` is, and unknown while ``a`` is unknown.
        """
        result = _truth3(
            self._run("_partial_uses", "_partial", lambda: _evaluate3(self.tree, values), values)
        )
        return None if result is UNKNOWN else bool(result)

    @cached_property
    def _partial(self) -> Callable[[dict[str, Any]], Any]:
        # Compiled into closures for a condition evaluated many times (a search of many
        # answers); building them costs more than a few readings of the tree.
        return _compile3(self.tree)

    def _reads(self) -> tuple[tuple[Path, ...], tuple[tuple[Path, str, Any], ...]]:
        """The paths and the compared literals, found in one walk of the tree, once: bank
        validation asks for them several times, and the tree never changes."""
        state = self.__dict__
        found: tuple[tuple[Path, ...], tuple[tuple[Path, str, Any], ...]] | None
        found = state.get("_found_reads")
        if found is None:
            paths: list[Path] = []
            literals: list[tuple[Path, str, Any]] = []
            for node in _walk(self.tree):
                if isinstance(node, Path):
                    paths.append(node)
                elif isinstance(node, Compare):
                    for field, other in ((node.left, node.right), (node.right, node.left)):
                        if isinstance(field, Path) and isinstance(other, Literal | ListOf):
                            literals.append((field, node.op, _evaluate(other, _NO_STORY, False)))
            found = state["_found_reads"] = (tuple(paths), tuple(literals))
        return found

    def paths(self) -> tuple[Path, ...]:
        """Every field path the condition reads, in order of appearance."""
        return self._reads()[0]

    def compared_literals(self) -> tuple[tuple[Path, str, Any], ...]:
        """(path, operator, literal) for each comparison of a field with fixed values."""
        return self._reads()[1]


def _encode(node: Node) -> Any:
    if isinstance(node, Path):
        return ["path", node.text, node.column]
    if isinstance(node, Literal):
        return ["literal", node.value]
    if isinstance(node, ListOf):
        return ["list", [_encode(item) for item in node.items]]
    if isinstance(node, Compare):
        return ["compare", node.op, _encode(node.left), _encode(node.right)]
    if isinstance(node, Answered):
        return ["answered", _encode(node.operand), node.negated]
    if isinstance(node, Not):
        return ["not", _encode(node.operand)]
    return ["bool", node.op, [_encode(item) for item in node.operands]]


def _decode(data: Any) -> Node:
    kind = data[0]
    if kind == "path":
        return Path(data[1], data[2])
    if kind == "literal":
        return Literal(data[1])
    if kind == "list":
        return ListOf(tuple(_decode(item) for item in data[1]))
    if kind == "compare":
        return Compare(data[1], _decode(data[2]), _decode(data[3]))
    if kind == "answered":
        return Answered(_decode(data[1]), data[2])
    if kind == "not":
        return Not(_decode(data[1]))
    if kind == "bool":
        return BoolOp(data[1], tuple(_decode(item) for item in data[2]))
    raise KeyError(kind)


def _walk(node: Node) -> Iterator[Node]:
    # Iterative, so that a deep tree cannot exhaust the Python stack.
    stack: list[Node] = [node]
    while stack:
        current = stack.pop()
        yield current
        if isinstance(current, Compare):
            stack += [current.right, current.left]
        elif isinstance(current, Answered | Not):
            stack.append(current.operand)
        elif isinstance(current, BoolOp | ListOf):
            stack += reversed(current.operands if isinstance(current, BoolOp) else current.items)


class _Env(NamedTuple):
    resolve: Resolver
    concepts: Mapping[str, Sequence[str]]
    evidence: list[Quote] | None


_NO_STORY = _Env(lambda _: None, {}, None)


def _evaluate(node: Node, env: _Env, negated: bool) -> Any:
    if isinstance(node, Literal):
        return node.value
    if isinstance(node, Path):
        return env.resolve(node.text)
    if isinstance(node, ListOf):
        return [_evaluate(item, env, negated) for item in node.items]
    if isinstance(node, Not):
        return not _truthy(_evaluate(node.operand, env, not negated))
    if isinstance(node, BoolOp):
        if node.op == "and":
            return all(_truthy(_evaluate(item, env, negated)) for item in node.operands)
        return any(_truthy(_evaluate(item, env, negated)) for item in node.operands)
    if isinstance(node, Answered):
        answered = is_answered(_evaluate(node.operand, env, negated))
        return not answered if node.negated else answered
    left = _evaluate(node.left, env, negated)
    right = _evaluate(node.right, env, negated)
    if node.op in ("mentions", "discusses"):
        lists = [_terms(right)] if node.op == "mentions" else _concept_lists(right, env.concepts)
        # Read as a trigger ("the story uses X") a denial never counts; read under a
        # `not` ("the story addresses X") a denial with a reason does.
        quote = next((q for terms in lists if (q := _find(left, terms, strict=not negated))), None)
        if quote is not None and env.evidence is not None and not negated:
            env.evidence.append(quote)
        return quote is not None
    return _compare(node.op, left, right)


def _compile(node: Node, negated: bool) -> Callable[[_Env], Any]:
    """What ``_evaluate(node, env, negated)`` gives, as a function of the env, built once."""
    if isinstance(node, Literal | ListOf):
        # Literals only (lists hold literals): the same value for every story. Nothing
        # that reads a value changes it.
        constant = _evaluate(node, _NO_STORY, negated)
        return lambda env: constant
    if isinstance(node, Path):
        text = node.text
        return lambda env: env.resolve(text)
    if isinstance(node, Not):
        inner = _compile(node.operand, not negated)
        return lambda env: not _truthy(inner(env))
    if isinstance(node, BoolOp):
        operands = [_compile(item, negated) for item in node.operands]
        # Two operands, the commonest, without a generator per evaluation; the operands
        # are tried in order and the first that settles it ends the test, as all() and
        # any() do.
        if len(operands) == 2:
            first, second = operands
            if node.op == "and":
                return lambda env: _truthy(first(env)) and _truthy(second(env))
            return lambda env: _truthy(first(env)) or _truthy(second(env))
        if node.op == "and":
            return lambda env: all(_truthy(operand(env)) for operand in operands)
        return lambda env: any(_truthy(operand(env)) for operand in operands)
    if isinstance(node, Answered):
        inner = _compile(node.operand, negated)
        if node.negated:
            return lambda env: not is_answered(inner(env))
        return lambda env: is_answered(inner(env))
    left, right, op = _compile(node.left, negated), _compile(node.right, negated), node.op
    if op not in ("mentions", "discusses"):
        if isinstance(node.right, Literal | ListOf):
            constant = right(_NO_STORY)  # the same for every story
            if isinstance(node.left, Path):
                path = node.left.text
                return lambda env: _compare(op, env.resolve(path), constant)
            return lambda env: _compare(op, left(env), constant)
        return lambda env: _compare(op, left(env), right(env))
    strict = not negated
    # A list of literal words is the same term list for every story: made once, it is
    # also looked up by identity (see reading.lexicon).
    words = _terms(right(_NO_STORY)) if isinstance(node.right, Literal | ListOf) else None

    def reads(env: _Env) -> bool:
        text = left(env)
        lists: list[Sequence[str]]
        if op == "mentions":
            lists = [words if words is not None else _terms(right(env))]
        else:
            lists = _concept_lists(right(env), env.concepts)
        for terms in lists:
            quote = _find(text, terms, strict=strict)
            if quote is not None:
                if env.evidence is not None and not negated:
                    env.evidence.append(quote)
                return True
        return False

    return reads


def _terms(words: Any) -> tuple[str, ...]:
    wanted = words if isinstance(words, list) else [words]
    return tuple(w.strip() for w in wanted if isinstance(w, str) and w.strip())


def _concept_lists(ids: Any, concepts: Mapping[str, Sequence[str]]) -> list[Sequence[str]]:
    wanted = ids if isinstance(ids, list) else [ids]
    return [concepts[i] for i in wanted if isinstance(i, str) and i in concepts]


def _find(text: Any, terms: Sequence[str], *, strict: bool) -> Quote | None:
    if text is None or not terms:
        return None
    texts = text if isinstance(text, list) else [text]
    # Read as "has the author addressed this?", naming it as an open worry does not count.
    return reading.find(
        [t for t in texts if isinstance(t, str)], terms, strict=strict, admissions=not strict
    )


class _Unknown:
    """The value of a path not yet assigned, in :meth:`Condition.evaluate_partial`."""

    def __repr__(self) -> str:
        return "UNKNOWN"


UNKNOWN: Any = _Unknown()


def _truth3(value: Any) -> Any:
    return UNKNOWN if value is UNKNOWN else _truthy(value)


_INTERPRETED_UP_TO = 2
"""Partial evaluations of one condition read from its tree before it is compiled: most
conditions of a bank are settled by the first answer tried (see bank._satisfiable)."""


def _evaluate3(node: Node, values: dict[str, Any]) -> Any:
    """What ``_compile3(node)(values)`` gives, read from the tree without compiling it."""
    if isinstance(node, Literal | ListOf):
        return _evaluate(node, _NO_STORY, False)
    if isinstance(node, Path):
        return values.get(node.text, UNKNOWN)
    if isinstance(node, Not):
        value = _truth3(_evaluate3(node.operand, values))
        return UNKNOWN if value is UNKNOWN else not value
    if isinstance(node, BoolOp):
        settles = node.op == "or"
        unknown = False
        for operand in node.operands:
            value = _truth3(_evaluate3(operand, values))
            if value is UNKNOWN:
                unknown = True
            elif value is settles:
                return settles
        return UNKNOWN if unknown else not settles
    if isinstance(node, Answered):
        value = _evaluate3(node.operand, values)
        if value is UNKNOWN:
            return UNKNOWN
        return is_answered(value) != node.negated
    a, b = _evaluate3(node.left, values), _evaluate3(node.right, values)
    if a is UNKNOWN or b is UNKNOWN:
        return UNKNOWN
    if node.op in ("mentions", "discusses"):
        return False if a is None else UNKNOWN
    return _compare(node.op, a, b)


def _compile3(node: Node) -> Callable[[dict[str, Any]], Any]:
    """Kleene's three-valued reading of ``node`` (UNKNOWN where it depends on a path
    missing from the values), as a function of the values, built once."""
    if isinstance(node, Literal | ListOf):
        constant = _evaluate(node, _NO_STORY, False)  # lists hold literals only
        return lambda values: constant
    if isinstance(node, Path):
        text = node.text
        return lambda values: values.get(text, UNKNOWN)
    if isinstance(node, Not):
        inner = _compile3(node.operand)

        def negate(values: dict[str, Any]) -> Any:
            value = _truth3(inner(values))
            return UNKNOWN if value is UNKNOWN else not value

        return negate
    if isinstance(node, BoolOp):
        operands = [_compile3(item) for item in node.operands]
        settles = node.op == "or"

        def combine(values: dict[str, Any]) -> Any:
            unknown = False
            for operand in operands:
                value = _truth3(operand(values))
                if value is UNKNOWN:
                    unknown = True
                elif value is settles:
                    return settles
            return UNKNOWN if unknown else not settles

        return combine
    if isinstance(node, Answered):
        inner = _compile3(node.operand)
        negated = node.negated

        def answered(values: dict[str, Any]) -> Any:
            value = inner(values)
            if value is UNKNOWN:
                return UNKNOWN
            return is_answered(value) != negated

        return answered
    left, right, op = _compile3(node.left), _compile3(node.right), node.op

    def compare(values: dict[str, Any]) -> Any:
        a, b = left(values), right(values)
        if a is UNKNOWN or b is UNKNOWN:
            return UNKNOWN
        if op in ("mentions", "discusses"):
            # Reading prose is not settled by sample answers; an unanswered text holds
            # no term, anything else may.
            return False if a is None else UNKNOWN
        return _compare(op, a, b)

    return compare


def _compare(op: str, left: Any, right: Any) -> bool:
    if op == "==":
        return left is not None and left == right
    if op == "!=":
        return left is not None and left != right
    if left is None or right is None:
        return False
    if op == "in":
        return _contains(right, left)
    return _contains(left, right)


def _contains(container: Any, item: Any) -> bool:
    items = item if isinstance(item, list) else [item]
    if isinstance(container, list):
        return any(i in container for i in items)
    if isinstance(container, str):
        return any(isinstance(i, str) and i.casefold() in container.casefold() for i in items)
    return False


def is_answered(value: Any) -> bool:
    """Whether a story value counts as answered: present, and not blank or empty."""
    if value is None:
        return False
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, list | dict):
        return bool(value)
    return True


def _truthy(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    return is_answered(value)
