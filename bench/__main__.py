"""Run every benchmark and print one table: ``python -m bench``.

Each figure is a median over repeated runs with its min and max, and each ratio is to
a floor measured in the same run, interleaved with the measure (these machines are
shared and noisy, so absolute times mean little). Every row says whether it ran cold
(no cache at all, as after an edit), warm (caches filled: possibly a cache hit) or
in-process; see bench/common.py. Targets are those of issue 14 and the product's bars.
"""

from __future__ import annotations

import sys
import time

from bench import autosave, bank_load, compare, headless, preview_refresh, wizard
from bench.common import Row, byte_compile_storybuilder, print_table


def main() -> int:
    byte_compile_storybuilder()
    rows: list[Row] = []
    started = time.perf_counter()
    for module in (headless, compare, bank_load, autosave, preview_refresh, wizard):
        print(f"running {module.__name__} ...", file=sys.stderr, flush=True)
        rows.extend(module.rows())
    print_table(rows)
    print(f"\n(all benchmarks: {time.perf_counter() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
