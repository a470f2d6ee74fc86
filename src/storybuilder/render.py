"""Render a story (or several) into Markdown with Jinja2.

Templates, shipped or the user's own, run in Jinja's immutable sandbox: a template can
format the values it is given and nothing else. Author text reaches templates already
made safe for its place in the document (see :mod:`storybuilder.markdown_safety`), and
since values are never rendered as templates, Jinja syntax in an answer is just text.
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Callable, MutableMapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from jinja2 import (
    BaseLoader,
    ChoiceLoader,
    Environment,
    FileSystemBytecodeCache,
    FileSystemLoader,
    StrictUndefined,
    Template,
    TemplateError,
    TemplateNotFound,
)
from jinja2.bccache import Bucket
from jinja2.exceptions import SecurityError
from jinja2.sandbox import ImmutableSandboxedEnvironment

from storybuilder import cache, markdown_safety
from storybuilder.bank import Bank
from storybuilder.critic import OpenProblem, all_problems, applies
from storybuilder.diagram import DiagramFailureMode, DiagramProblem, story_diagram
from storybuilder.story import Relevance, Story

NOT_WRITTEN = "_Not yet written._"


class RenderError(Exception):
    """A template that failed: a syntax error, an undefined name, or a sandbox refusal."""


@dataclass(frozen=True)
class RenderOptions:
    heading_level: int = 1
    """Level of the document's top heading (1 to 4), so it can sit inside a larger text."""
    front_matter: bool = True
    """YAML front matter with title, authors and date (read by pandoc)."""
    diagram: bool = True
    """A Mermaid diagram of the story."""
    template: Path | None = None
    """A user's own Jinja template instead of the shipped one."""


class _PackageLoader(BaseLoader):
    """Shipped templates, read through importlib.resources (works from a wheel).

    ``precompiled``: use the compiled form of a template shipped with it when that was
    compiled from exactly this text by this Jinja (see storybuilder.compiled_templates);
    only the shipped templates' own environment does.
    """

    def __init__(self, precompiled: bool = False) -> None:
        self.precompiled = precompiled

    def get_source(
        self, environment: Any, template: str
    ) -> tuple[str, str | None, Callable[[], bool] | None]:
        resource = resources.files("storybuilder") / "templates"
        for part in template.split("/"):
            if part in ("", ".", ".."):
                raise TemplateNotFound(template)
            resource = resource / part
        if not resource.is_file():
            raise TemplateNotFound(template)
        return resource.read_text(encoding="utf-8"), None, lambda: True

    def load(
        self,
        environment: Environment,
        name: str,
        globals: MutableMapping[str, Any] | None = None,
    ) -> Template:
        if self.precompiled:
            from storybuilder import compiled_templates

            source, _, _ = self.get_source(environment, name)
            namespace = compiled_templates.namespace_for(name, source)
            if namespace is not None:
                return environment.template_class.from_module_dict(
                    environment, namespace, globals or {}
                )
        return super().load(environment, name, globals)


def shipped_template_source(name: str) -> str:
    """The text of a shipped template."""
    return _PackageLoader().get_source(None, name)[0]


def environment(user_dir: Path | None = None) -> ImmutableSandboxedEnvironment:
    """The sandbox for the shipped templates, or for a user's templates in ``user_dir``.

    The shipped templates' environment is made once per process, so that a template
    compiled once (the wizard's preview renders the document again and again) is reused.
    """
    if user_dir is None:
        return _shipped_environment()
    return template_environment(user_dir)


@functools.cache
def _shipped_environment() -> ImmutableSandboxedEnvironment:
    return template_environment(None, precompiled=True)


class _BytecodeCache(FileSystemBytecodeCache):
    """Jinja's bytecode cache, as an optimization only: a folder that went away while the
    process ran (the shipped environment lives as long as the process) is a miss."""

    def load_bytecode(self, bucket: Bucket) -> None:
        with contextlib.suppress(OSError):
            super().load_bytecode(bucket)

    def dump_bytecode(self, bucket: Bucket) -> None:
        with contextlib.suppress(OSError):
            super().dump_bytecode(bucket)


def template_environment(
    user_dir: Path | None, precompiled: bool = False
) -> ImmutableSandboxedEnvironment:
    loaders: list[BaseLoader] = []
    if user_dir is not None:
        loaders.append(FileSystemLoader(str(user_dir)))
    loaders.append(_PackageLoader(precompiled))
    folder = cache.cache_dir("templates")
    env = ImmutableSandboxedEnvironment(
        loader=loaders[0] if len(loaders) == 1 else ChoiceLoader(loaders),
        # Compiling the document template costs more than rendering it; Jinja keys its
        # bytecode cache by the template's source, so an edited template recompiles.
        bytecode_cache=_BytecodeCache(str(folder)) if folder else None,
        autoescape=False,
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["block"] = markdown_safety.block
    env.filters["cell"] = markdown_safety.cell
    env.filters["inline"] = markdown_safety.inline
    env.filters["yaml"] = markdown_safety.yaml_string
    return env


# --- the view the templates see -------------------------------------------------------


@dataclass(frozen=True)
class FailureModeView:
    id: str
    name: str
    relevance: str
    """'applies', 'does not apply', 'unsure' or 'not considered'."""
    reason: str | None
    mitigation: str | None


@dataclass(frozen=True)
class CriterionView:
    id: str
    name: str
    verdict: str | None
    argument: str | None


@dataclass(frozen=True)
class FollowUp:
    prompt: str
    answer: str


@dataclass
class StoryView:
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
    follow_ups: dict[str, list[FollowUp]] = field(default_factory=dict)
    """Answers to follow-up questions, by section id."""
    diagram: str = ""
    """Mermaid source of the story's picture (see :mod:`storybuilder.diagram`)."""


def story_view(story: Story, bank: Bank) -> StoryView:
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
    for question in bank.questions:
        if question.field != f"answers.{question.id}" or question.id not in story.answers:
            continue
        answer = _answer_text(bank, question.id, story.answers[question.id])
        if answer:
            follow_ups.setdefault(question.section, []).append(FollowUp(question.prompt, answer))
    stamp = story.meta.updated or story.meta.created
    goal_classes = [bank.term_name("goal_classes", c) for c in story.goal.classes]
    rationale_classes = [bank.term_name("rationale_classes", c) for c in story.rationale.classes]
    problems = all_problems(story, bank)
    diagram = story_diagram(
        goal_classes,
        rationale_classes,
        [DiagramFailureMode(m.id, m.name) for m in failure_modes if m.relevance == "applies"],
        [DiagramProblem(p.title, p.source, p.rule) for p in problems if p.is_open],
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
        problems=problems,
        follow_ups=follow_ups,
        diagram=diagram,
    )


def _answer_text(bank: Bank, question_id: str, value: Any) -> str:
    question = bank.by_id[question_id]
    labels = {o.id: o.label for o in bank.options(question)}
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, list):
        return ", ".join(labels.get(v) or v for v in value)
    return str(labels.get(value) or value)


# --- rendering ------------------------------------------------------------------------


def render_story(story: Story, bank: Bank, options: RenderOptions | None = None) -> str:
    """The story as a Markdown document."""
    options = options or RenderOptions()
    if not 1 <= options.heading_level <= 4:
        raise RenderError("the heading level must be between 1 and 4")
    view = story_view(story, bank)
    return _render(
        options.template,
        "story.md.j2",
        doc=view,
        story=story,
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
        env = environment(user_template.parent)
        name = user_template.name
        if not user_template.is_file():
            raise RenderError(f"{user_template}: no such template")
    else:
        env = environment()
        name = default
    try:
        text = env.get_template(name).render(**context)
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
    except (ArithmeticError, LookupError, TypeError, ValueError, RecursionError) as err:
        # A user template is a program of sorts: its runtime errors are its author's to fix.
        raise RenderError(f"{name}: the template failed: {type(err).__name__}: {err}") from None
    return text.rstrip("\n") + "\n"
