"""Render a story (or several) into Markdown with Jinja2.

Templates, shipped or the user's own, run in a narrowed Jinja sandbox (see
:mod:`storybuilder.template_sandbox`): they are given plain data only (the story as
JSON-like dicts and lists, and the view computed here), may include only files in their
own folder, and are bounded in time, memory and output. Author text reaches templates
already made safe for its place in the document (see :mod:`storybuilder.markdown_safety`),
and since values are never rendered as templates, Jinja syntax in an answer is just text.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
from collections.abc import Callable, MutableMapping, Sequence
from pathlib import Path
from typing import Any, NamedTuple

from jinja2 import (
    BaseLoader,
    ChoiceLoader,
    FileSystemBytecodeCache,
    StrictUndefined,
    Template,
    TemplateError,
    TemplateNotFound,
)
from jinja2.bccache import Bucket
from jinja2.exceptions import SecurityError

from storybuilder import (
    cache,
    fields,
    markdown_safety,
    shipped,
    shipped_templates,
    template_sandbox,
)
from storybuilder.bank import Bank
from storybuilder.critic import all_problems, applies
from storybuilder.diagram import DiagramFailureMode, DiagramProblem, story_diagram
from storybuilder.problem import OpenProblem
from storybuilder.story import Relevance, Story
from storybuilder.template_sandbox import BoundedEnvironment, FolderLoader, TemplateLimitError

NOT_WRITTEN = "_Not yet written._"


class RenderError(Exception):
    """A template that failed: a syntax error, an undefined name, or a sandbox refusal."""


class RenderOptions(NamedTuple):
    heading_level: int = 1
    """Level of the document's top heading (1 to 4), so it can sit inside a larger text."""
    front_matter: bool = True
    """YAML front matter with title, authors and date (read by pandoc)."""
    diagram: bool = True
    """A Mermaid diagram of the story."""
    template: Path | None = None
    """A user's own Jinja template instead of the shipped one."""


class _PackageLoader(BaseLoader):
    """Shipped templates, from the package (a wheel) or the checkout (see shipped)."""

    def get_source(
        self, environment: Any, template: str
    ) -> tuple[str, str | None, Callable[[], bool] | None]:
        resource = shipped.folder("templates")
        for part in template.split("/"):
            if part in ("", ".", ".."):
                raise TemplateNotFound(template)
            resource = resource / part
        if not resource.is_file():
            raise TemplateNotFound(template)
        return resource.read_text(encoding="utf-8"), None, lambda: True

    def load(
        self, environment: Any, name: str, globals: MutableMapping[str, Any] | None = None
    ) -> Template:
        # A shipped template comes compiled ahead of time (see shipped_templates) unless
        # it changed since; then it is compiled here as any other.
        source, _, uptodate = self.get_source(environment, name)
        code = shipped_templates.code_for(environment, name, source)
        if code is None:
            return super().load(environment, name, globals)
        template: Template = environment.template_class.from_code(
            environment, code, {} if globals is None else globals, uptodate
        )
        return template


class _BytecodeCache(FileSystemBytecodeCache):
    """Jinja's bytecode cache, also keyed by storybuilder's code, and a cache only.

    The compiled code holds the sandbox's guards, so code compiled by another version
    of storybuilder must never be reused. An entry that cannot be read as Jinja wrote
    it (damaged, cut short, a pipe or a device in its place) is a miss, and a failure
    to store one is ignored: the template is compiled again.
    """

    def get_source_checksum(self, source: str) -> str:
        digest = hashlib.sha1(cache.code_fingerprint().encode(), usedforsecurity=False)
        digest.update(source.encode("utf-8"))
        return digest.hexdigest()

    def load_bytecode(self, bucket: Bucket) -> None:
        data = cache.read_entry(self._get_cache_filename(bucket))
        if data is None:
            return
        try:
            bucket.load_bytecode(io.BytesIO(data))
        except Exception:  # unpickling damaged data can raise nearly any exception
            bucket.reset()

    def dump_bytecode(self, bucket: Bucket) -> None:
        with contextlib.suppress(OSError):
            super().dump_bytecode(bucket)


def environment(user_template: Path | None = None) -> BoundedEnvironment:
    """The environment for the shipped templates, or for a user's template and its folder.

    A user's template may include, import or extend the files in its own folder (never
    through a link leading out of it) and the shipped templates.
    """
    loaders: list[BaseLoader] = []
    if user_template is not None:
        loaders.append(FolderLoader(user_template.parent, user_template.name))
    loaders.append(_PackageLoader())
    folder = cache.cache_dir("templates")
    env = BoundedEnvironment(
        loader=ChoiceLoader(loaders),
        # Compiling the document template costs more than rendering it; Jinja keys its
        # bytecode cache by the template's source, so an edited template recompiles.
        bytecode_cache=_BytecodeCache(str(folder)) if folder else None,
        autoescape=False,
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.add_filters(
        {
            "block": markdown_safety.block,
            "cell": markdown_safety.cell,
            "inline": markdown_safety.inline,
            "yaml": markdown_safety.yaml_string,
        }
    )
    return env


# --- the view the templates see -------------------------------------------------------


# The records below are named tuples: each is defined in every render's start-up, and
# a named tuple costs a fifth of a frozen dataclass to define (see ARCHITECTURE.md).


class FailureModeView(NamedTuple):
    id: str
    name: str
    relevance: str
    """'applies', 'does not apply', 'unsure' or 'not considered'."""
    reason: str | None
    mitigation: str | None


class CriterionView(NamedTuple):
    id: str
    name: str
    verdict: str | None
    argument: str | None


class FollowUp(NamedTuple):
    prompt: str
    label: str
    """What introduces the answer in the document (the prompt when the bank gives none)."""
    answer: str
    short: bool
    """A word or a choice, shown as a labelled list item; otherwise a labelled paragraph."""


_SHORT_KINDS = frozenset({"line", "choice", "multi-choice", "yes-no", "yes-no-unsure"})
_ANSWER_WORDS = {"yes": "yes", "no": "no", "unsure": "not known"}


class StoryView(NamedTuple):
    """Everything a story template needs, computed once, in words rather than ids."""

    story: Story
    title: str
    authors: list[str]
    date: str | None
    applicable: bool
    goal_classes: list[str]
    rationale_classes: list[str]
    failure_modes: list[FailureModeView]
    evaluation: list[CriterionView]
    problems: list[OpenProblem]
    follow_ups: dict[str, list[FollowUp]]
    """Answers to follow-up questions, by section id."""
    placed: dict[str, list[FollowUp]]
    """The same answers by the document part the bank places them in (bank.DocumentPart)."""
    diagram: str
    """Mermaid source of the story's picture (see :mod:`storybuilder.diagram`)."""

    def template_data(self) -> dict[str, Any]:
        """The view as plain data, which is all a template is given."""
        return {
            "title": self.title,
            "authors": list(self.authors),
            "date": self.date,
            "applicable": self.applicable,
            "goal_classes": list(self.goal_classes),
            "rationale_classes": list(self.rationale_classes),
            "failure_modes": [m._asdict() for m in self.failure_modes],
            "evaluation": [c._asdict() for c in self.evaluation],
            "problems": [problem_data(p) for p in self.problems],
            "follow_ups": {
                section: [f._asdict() for f in items] for section, items in self.follow_ups.items()
            },
            "placed": {part: [f._asdict() for f in items] for part, items in self.placed.items()},
            "diagram": self.diagram,
        }


def problem_data(problem: OpenProblem) -> dict[str, Any]:
    """An open problem as plain data (its status as a word)."""
    return {**problem.as_json(), "is_open": problem.is_open}


def story_view(
    story: Story,
    bank: Bank,
    problems: Sequence[OpenProblem] | None = None,
    *,
    diagram: bool = True,
) -> StoryView:
    """What the template shows. ``problems``: the story's open problems when the caller
    already ran the critic (the wizard's snapshot), so it does not run twice; without
    ``diagram`` the Mermaid source is not built (a terminal preview does not show it)."""
    failure_modes = []
    for term in bank.data.failure_modes:
        entry = story.failure_modes.get(term.id)
        relevance = entry.relevance if entry else None
        failure_modes.append(
            FailureModeView(
                term.id,
                term.name,
                relevance.value.replace("-", " ") if relevance else "not considered",
                entry.reason if entry else None,
                entry.mitigation if entry and relevance is not Relevance.DOES_NOT_APPLY else None,
            )
        )
    evaluation = []
    for term in bank.data.criteria:
        crit = story.evaluation.get(term.id)
        evaluation.append(
            CriterionView(
                term.id,
                term.name,
                crit.verdict.value if crit and crit.verdict else None,
                crit.argument if crit else None,
            )
        )
    follow_ups: dict[str, list[FollowUp]] = {}
    placed: dict[str, list[FollowUp]] = {}
    for question in bank.questions:
        if question.field != f"answers.{question.id}" or question.id not in story.answers:
            continue
        answer = _answer_text(bank, question.id, story.answers[question.id])
        if answer:
            item = FollowUp(
                question.prompt,
                question.label or question.prompt.rstrip("?.: "),
                answer,
                question.kind in _SHORT_KINDS,
            )
            follow_ups.setdefault(question.section, []).append(item)
            placed.setdefault(question.placement, []).append(item)
    stamp = story.meta.updated or story.meta.created
    goal_classes = [bank.term_name("goal_classes", c) for c in story.goal.classes]
    rationale_classes = [bank.term_name("rationale_classes", c) for c in story.rationale.classes]
    found = list(problems) if problems is not None else all_problems(story, bank)
    mermaid = (
        story_diagram(
            goal_classes,
            rationale_classes,
            [DiagramFailureMode(m.id, m.name) for m in failure_modes if m.relevance == "applies"],
            [
                DiagramProblem(p.title, p.source, p.rule, _part_of(bank, p.source))
                for p in found
                if p.is_open
            ],
        )
        if diagram
        else ""
    )
    return StoryView(
        story=story,
        title=story.meta.title or "Untitled training story",
        authors=list(story.meta.authors),
        date=stamp.date().isoformat() if stamp else None,
        applicable=applies(story),
        goal_classes=goal_classes,
        rationale_classes=rationale_classes,
        failure_modes=failure_modes,
        evaluation=evaluation,
        problems=found,
        follow_ups=follow_ups,
        placed=placed,
        diagram=mermaid,
    )


_RATIONALE_SECTIONS = ("rationale", "sensitivity", "failure-modes")
"""Sections whose problems are about the argument for the goal rather than the goal."""


def _part_of(bank: Bank, source: str | None) -> str:
    """The part of the diagram a problem from ``source`` is about (see DiagramProblem)."""
    asked = bank.questions_at(source)
    question = asked[0] if asked else None
    if question is None:
        return "goal"
    per_id = fields.per_id_key(question.field or "")
    if per_id is not None and per_id[0] == "failure_modes":
        return f"failure_modes.{per_id[1]}"
    return "rationale" if question.section in _RATIONALE_SECTIONS else "goal"


def _answer_text(bank: Bank, question_id: str, value: Any) -> str:
    question = bank.by_id[question_id]
    labels = {o.id: o.label for o in bank.options(question)}
    if isinstance(value, bool):
        return "yes" if value else "no"
    if question.kind == "yes-no-unsure" and isinstance(value, str):
        return _ANSWER_WORDS.get(value, value)
    if isinstance(value, list):
        words = [str(labels.get(v) or v) for v in value]
        if not words:
            return ""
        if question.kind == "list":
            return "; ".join(words)
        return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]
    return str(labels.get(value) or value)


# --- rendering ------------------------------------------------------------------------


def render_story(
    story: Story,
    bank: Bank,
    options: RenderOptions | None = None,
    problems: Sequence[OpenProblem] | None = None,
) -> str:
    """The story as a Markdown document (``problems``: already found, see story_view)."""
    options = options or RenderOptions()
    if not 1 <= options.heading_level <= 4:
        raise RenderError("the heading level must be between 1 and 4")
    view = story_view(story, bank, problems, diagram=options.diagram)
    return _render(
        options.template,
        "story.md.j2",
        doc=view.template_data(),
        story=story.model_dump(mode="json"),
        h=_heading_maker(options.heading_level),
        level=options.heading_level,
        front_matter=options.front_matter,
        diagram=options.diagram,
        not_written=NOT_WRITTEN,
    )


def _heading_maker(top: int) -> Callable[[int], str]:
    def h(depth: int) -> str:
        """The heading marks for a heading ``depth`` levels below the title (0 = title)."""
        return "#" * min(6, top + depth)

    return h


def _render(user_template: Path | None, default: str, **context: Any) -> str:
    if user_template is not None:
        if not user_template.is_file():
            raise RenderError(f"{user_template}: no such template")
        env = environment(user_template)
        name = user_template.name
    else:
        env = environment()
        name = default
    for value in context.values():
        if callable(value):
            env.trust(value)
    try:
        text = template_sandbox.render(env.get_template(name), context)
    except TemplateLimitError as err:
        raise RenderError(f"{name}: stopped: {err}; templates must stay small") from None
    except SecurityError as err:
        raise RenderError(
            f"{name}: the template tried something the sandbox forbids ({err}); "
            "templates may only format the story's values"
        ) from None
    except TemplateNotFound as err:
        raise RenderError(
            f"{name}: the template includes {err.name!r}, which is not a template in "
            f"{user_template.parent if user_template else 'storybuilder'} (templates can "
            "include only files beside them)"
        ) from None
    except TemplateError as err:
        line = getattr(err, "lineno", None)
        where = f" line {line}" if line else ""
        raise RenderError(f"{name}{where}: {err.message or err}") from None
    except (
        ArithmeticError,
        LookupError,
        TypeError,
        ValueError,
        RecursionError,
        MemoryError,
    ) as err:
        # A user template is a program of sorts: its runtime errors are its author's to fix.
        raise RenderError(f"{name}: the template failed: {type(err).__name__}: {err}") from None
    return text.rstrip("\n") + "\n"
