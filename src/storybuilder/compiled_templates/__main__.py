"""Regenerate the compiled shipped templates: ``python -m storybuilder.compiled_templates``."""

from __future__ import annotations

from pathlib import Path

from storybuilder.compiled_templates import MODULES, generate
from storybuilder.render import shipped_template_source, template_environment


def main() -> None:
    folder = Path(__file__).parent
    environment = template_environment(None)
    for name, module_name in MODULES.items():
        target = folder / f"{module_name}.py"
        target.write_text(generate(environment, name, shipped_template_source(name)))
        print(f"wrote {target}")


if __name__ == "__main__":
    main()
