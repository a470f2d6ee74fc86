"""``python -m storybuilder``: the same as the ``storybuilder`` command."""

from storybuilder.cli import main

raise SystemExit(main())
