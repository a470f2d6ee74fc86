"""Compile every shipped template ahead of time: ``python -m storybuilder.shipped_templates``."""

from __future__ import annotations

from storybuilder import shipped
from storybuilder.render import environment
from storybuilder.shipped_templates import FOLDER, generated, module_name


def main() -> int:
    env = environment()
    for template in sorted(shipped.folder("templates").iterdir(), key=lambda t: t.name):
        if not template.name.endswith(".j2"):
            continue
        source = template.read_text(encoding="utf-8")
        target = FOLDER / f"{module_name(template.name)}.py"
        target.write_text(generated(env, template.name, source), encoding="utf-8")
        print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
