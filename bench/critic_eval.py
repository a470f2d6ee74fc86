"""Score the critic on held-out stories: ``python -m bench.critic_eval [--json] [--root DIR]``.

Each ``NAME.expected.toml`` in the set folders of ``ROOT`` (``SETS``: heldout, proposals,
fresh, fresh2, fresh3, fresh4, fresh5, fresh6, fresh7; each folder's README says how it was written and whether it has
been used to change the rules) names a story and
the reviewer concerns (keys of ``ROOT/concerns.toml``) the critic must raise and must not
raise. The story is loaded and checked as ``storybuilder check`` does (``open_story``, then
``critic.report``); the rule ids of its *open* detected problems (the author's own problems
are ignored) are mapped to concerns by ``ROOT/rule_concerns.toml``.

Scores: must-raise recall per story, per set, per criterion and per concern (concern
"other", or a key not in concerns.toml, cannot be matched automatically and is reported
as unscorable, outside recall); wrong problems (open problems mapping to a must-not-raise
concern); problem counts; careful-vs-careless pairs (same leading number, ``quality``
key or a name ending in -careful / -careless); and the accuracy of ``mechanism.assess`` on each set's ``specs.toml``.

``--src DIR`` runs another checkout's critic (say, a baseline worktree's ``src/``) in a
subprocess with DIR first on ``sys.path``, so the two versions never mix; the mapping
and scoring are the same for both. Nothing here imports storybuilder at module level.

The wizard asks every author four setup facts (``SETUP_QUESTIONS``). Stories written
from round N on answer them; earlier ones do not. ``--setup-answers with`` scores the
stories with the answers a helper gave for them, as their authors would, from
``ROOT/setup_answers/SET.toml`` (one table per story; a story without one keeps its own
answers, if any); ``--setup-answers without`` scores
every story with those four answers taken out, as a story written without the wizard.
Both work on a copy of ROOT; the sets themselves are never changed.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
from collections import defaultdict
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
DEFAULT_ROOT = HERE / "critic_eval"
DEVELOPMENT = (
    "heldout",
    "proposals",
    "fresh",
    "fresh2",
    "fresh3",
    "fresh4",
    "fresh5",
    "fresh6",
    "fresh7",
    "proposals2",
    "proposals3",
    "proposals4",
    "proposals5",
    "proposals6",
    "fresh9",
    "fresh8",
    "proposals7",
    "fresh10",
    "fresh11",
    "proposals8",
    "fresh12",
    "proposals9",
    "fresh13",
    "proposals10",
    "fresh14",
    "fresh15",
    "proposals11",
    "fresh16",
    "fresh17",
    "proposals12",
    "fresh18",
    "fresh19",
    "proposals13",
    "fresh20",
    "fresh21",
    "proposals14",
    "fresh22",
    "fresh23",
    "proposals15",
    "fresh24",
    "fresh25",
    "proposals16",
    "fresh26",
    "fresh27",
    "proposals17",
    "fresh28",
    "fresh29",
    "proposals18",
    "fresh30",
    "fresh31",
    "proposals19",
    "fresh32",
    "fresh33",
    "proposals20",
    "fresh34",
    "fresh35",
    "proposals21",
    "fresh36",
    "fresh37",
    "proposals22",
    "fresh38",
    "fresh39",
    "proposals23",
    "fresh40",
    "fresh41",
    "proposals24",
    "fresh44",
    "fresh45",
    "proposals26",
    "fresh46",
    "fresh47",
    "proposals27",
    "fresh48",
    "fresh49",
    "proposals28",
    "fresh50",
    "fresh51",
    "proposals29",
    "fresh52",
    "fresh53",
    "proposals30",
    "fresh54",
    "fresh55",
    "proposals31",
    "fresh56",
    "fresh57",
    "proposals32",
    "fresh58",
    "fresh59",
    "proposals33",
    "fresh60",
    "fresh61",
    "proposals34",
    "fresh62",
    "fresh63",
    "proposals35",
    "fresh64",
    "fresh65",
    "proposals36",
    "fresh66",
    "fresh67",
    "proposals37",
    "fresh68",
    "fresh69",
    "proposals38",
    "fresh70",
    "fresh71",
    "proposals39",
    "fresh72",
    "fresh73",
    "proposals40",
    "fresh74",
    "fresh75",
    "proposals41",
    "fresh76",
    "fresh77",
    "proposals42",
    "fresh78",
    "fresh79",
    "proposals43",
    "fresh80",
    "fresh81",
    "proposals44",
    "fresh82",
    "fresh83",
    "proposals45",
    "fresh84",
    "fresh85",
    "proposals46",
    "fresh86",
    "fresh87",
    "proposals47",
    "fresh88",
    "fresh89",
    "proposals48",
    "fresh90",
    "fresh91",
    "proposals49",
    "fresh92",
    "fresh93",
    "proposals50",
    "fresh94",
    "fresh95",
    "proposals51",
    "fresh96",
    "fresh97",
    "proposals52",
    "fresh98",
    "fresh99",
    "proposals53",
    "fresh100",
    "fresh101",
    "proposals54",
    "fresh102",
    "fresh103",
    "proposals55",
    "fresh104",
    "fresh105",
    "proposals56",
    "fresh106",
    "fresh107",
    "proposals57",
    "fresh108",
    "fresh109",
    "proposals58",
    "fresh110",
    "fresh111",
    "proposals59",
    "fresh112",
    "fresh113",
    "proposals60",
    "fresh114",
    "fresh115",
    "proposals61",
    "fresh116",
    "fresh117",
    "proposals62",
    "fresh118",
    "fresh119",
    "proposals63",
    "fresh120",
    "fresh121",
    "proposals64",
    "fresh122",
    "fresh123",
    "proposals65",
    "fresh124",
    "fresh125",
    "proposals66",
    "fresh126",
    "fresh127",
    "proposals67",
    "fresh128",
    "fresh129",
    "proposals68",
    "fresh130",
    "fresh131",
    "proposals69",
    "fresh132",
    "fresh133",
    "proposals70",
    "fresh134",
    "fresh135",
    "proposals71",
    "fresh136",
    "fresh137",
    "proposals72",
    "fresh138",
    "fresh139",
    "proposals73",
    "fresh140",
    "fresh141",
    "proposals74",
    "fresh142",
    "fresh143",
    "proposals75",
    "fresh144",
    "fresh145",
    "proposals76",
    "fresh146",
    "fresh147",
    "proposals77",
    "fresh148",
    "fresh149",
    "proposals78",
    "fresh150",
    "fresh151",
    "proposals79",
    "fresh152",
    "fresh153",
    "proposals80",
    "fresh154",
    "fresh155",
    "proposals81",
    "fresh156",
    "fresh157",
    "proposals82",
    "fresh158",
    "fresh159",
    "proposals83",
    "fresh160",
    "fresh161",
    "proposals84",
    "fresh162",
    "fresh163",
    "proposals85",
    "fresh164",
    "fresh165",
    "proposals86",
    "fresh166",
    "fresh167",
    "proposals87",
    "fresh168",
    "fresh169",
    "proposals88",
    "fresh170",
    "fresh171",
    "proposals89",
    "fresh172",
    "fresh173",
    "proposals90",
    "fresh174",
    "fresh175",
    "proposals91",
    "fresh176",
    "fresh177",
    "proposals92",
    "fresh178",
    "fresh179",
    "proposals93",
    "fresh180",
    "fresh181",
    "proposals94",
    "fresh182",
    "fresh183",
    "proposals95",
    "fresh184",
    "fresh185",
    "proposals96",
    "fresh186",
    "fresh187",
    "proposals97",
    "fresh188",
    "fresh189",
    "proposals98",
    "fresh192",
    "fresh193",
    "proposals100",
    "fresh194",
    "fresh195",
    "proposals101",
)
"""Sets whose misses have been read and used to change the rules."""
BLIND: tuple[str, ...] = (
    "fresh42",
    "fresh43",
    "proposals25",
    "fresh190",
    "fresh191",
    "proposals99",
)
"""Sets still blind: scored, but their misses are not printed (``--json`` has them), so
that reading a report does not turn them into sets the rules were fitted to."""
SETS = DEVELOPMENT + BLIND

EXPECTED_SUFFIX = ".expected.toml"

SETUP_QUESTIONS = ("training-setup", "training-judge", "outputs-used", "checks-in-training")
"""The interview's questions about how the model is trained and used (see the module
docstring)."""
UNSCORABLE = "other"
NO_CRITERION = "(none)"
SPEC_WORDS = re.compile(
    r"\b(algorithm|internal|mechanism|circuit|representation|module)", re.IGNORECASE
)

# --------------------------------------------------------------------------- collection


def collect(stories: list[str], specs: list[str]) -> dict[str, Any]:
    """Run the critic on each story file and ``mechanism.assess`` on each spec text.

    This is the only part that imports storybuilder; it returns plain data (JSON-able),
    so that it can run in a subprocess against another checkout.
    """
    import storybuilder
    from storybuilder.bank import BankError, packaged_bank
    from storybuilder.critic import report
    from storybuilder.errors import StoryFileError
    from storybuilder.rules.mechanism import assess
    from storybuilder.session import open_story

    results: dict[str, Any] = {}
    for path in stories:
        try:
            opened = open_story(Path(path))
            checked = report(opened.story, opened.bank, path)
        except (StoryFileError, BankError) as err:
            results[path] = {"error": str(err)}
            continue
        except Exception as err:  # a crash is reported for this story, not for the run
            results[path] = {"error": f"{type(err).__name__}: {err}"}
            continue
        results[path] = {
            "problems": [
                {
                    "rule": p.rule,
                    "source": p.source,
                    # Grouped problems name every item they concern; older critics do not.
                    "refs": list(getattr(p, "refs", ()) or [p.source]),
                    "members": list(getattr(p, "members", ())),
                    "open": p.is_open,
                }
                for p in checked.problems
                if p.rule is not None
            ]
        }
    return {
        "storybuilder": str(Path(storybuilder.__file__).resolve().parent),
        "bank_rules": [rule.id for rule in packaged_bank("core").rules],
        "stories": results,
        "specs": [assess(text).behavioral_only for text in specs],
    }


_SUBPROCESS = """\
import json, sys
sys.path.insert(0, sys.argv[1])
sys.path.insert(1, sys.argv[2])
from bench.critic_eval import collect
print(json.dumps(collect(**json.load(sys.stdin))))
"""


def collect_with(src: Path | None, stories: list[str], specs: list[str]) -> dict[str, Any]:
    """``collect`` here, or in a subprocess that imports storybuilder from ``src``."""
    if src is None:
        return collect(stories, specs)
    done = subprocess.run(
        [sys.executable, "-c", _SUBPROCESS, str(src.resolve()), str(HERE.parent)],
        input=json.dumps({"stories": stories, "specs": specs}),
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(f"critic_eval: the run against {src} failed:\n{done.stderr}")
    return json.loads(done.stdout)


# --------------------------------------------------------------------------- inputs


def _load_toml(path: Path) -> tuple[dict[str, Any] | None, str | None]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8")), None
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as err:
        return None, f"{path.name}: {err}"


def _items(data: dict[str, Any], key: str) -> list[dict[str, Any]]:
    value = data.get(key, [])
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


def load_expected(root: Path) -> list[dict[str, Any]]:
    """Every expected file of every set, with the story path it names."""
    found = []
    for set_name in SETS:
        folder = root / set_name
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob(f"*{EXPECTED_SUFFIX}")):
            name = path.name[: -len(EXPECTED_SUFFIX)]
            data, error = _load_toml(path)
            data = data or {}
            story = data.get("story") if isinstance(data.get("story"), str) else f"{name}.toml"
            found.append(
                {
                    "set": set_name,
                    "name": name,
                    "story_path": str(folder / story),
                    "quality": data.get("quality") or _quality_from_name(name),
                    "must_raise": [
                        {"concern": i.get("concern"), "criterion": i.get("criterion")}
                        for i in _items(data, "must_raise")
                    ],
                    "must_not_raise": [i.get("concern") for i in _items(data, "must_not_raise")],
                    "error": error,
                }
            )
    return found


def unscored_stories(root: Path, expected: list[dict[str, Any]]) -> list[str]:
    """Story files that no expected file names (reported, not scored)."""
    named = {Path(e["story_path"]).resolve() for e in expected}
    loose = []
    for set_name in SETS:
        folder = root / set_name
        if folder.is_dir():
            for path in sorted(folder.glob("*.toml")):
                if path.name.endswith(EXPECTED_SUFFIX) or path.name == "specs.toml":
                    continue
                if path.resolve() not in named:
                    loose.append(f"{set_name}/{path.name}")
    return loose


def _quality_from_name(name: str) -> str | None:
    """Later sets mark a pair in the file name ("02a-...-careful") instead of a key."""
    for quality in ("careless", "careful"):  # "careless" first: it starts with "care"
        if name.endswith(f"-{quality}"):
            return quality
    return None


def load_specs(root: Path) -> tuple[list[dict[str, Any]], str | None]:
    """Every set's ``specs.toml``: ``[[spec]]`` with ``label`` (heldout) or ``[[specs]]``
    with ``kind`` (later sets), each spec tagged with its set."""
    specs: list[dict[str, Any]] = []
    errors: list[str] = []
    for set_name in SETS:
        path = root / set_name / "specs.toml"
        if not path.is_file():
            continue
        data, error = _load_toml(path)
        if error:
            errors.append(error)
        for s in [*_items(data or {}, "spec"), *_items(data or {}, "specs")]:
            if isinstance(s.get("text"), str):
                label = s.get("label", s.get("kind"))
                specs.append({"label": label, "text": s["text"], "set": set_name})
    return specs, "; ".join(errors) or None


def load_mapping(root: Path) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    data, error = _load_toml(root / "rule_concerns.toml")
    if error:
        raise SystemExit(f"critic_eval: {error}")
    assert data is not None
    return dict(data.get("rules", {})), dict(data.get("sources", {}))


def load_concerns(root: Path) -> set[str]:
    data, error = _load_toml(root / "concerns.toml")
    if error:
        raise SystemExit(f"critic_eval: {error}")
    assert data is not None
    return set(data.get("concerns", {}))


# --------------------------------------------------------------------------- scoring


def _rate(hit: int, total: int) -> dict[str, Any]:
    return {"hit": hit, "total": total, "rate": round(hit / total, 3) if total else None}


def score_story(
    exp: dict[str, Any],
    run: dict[str, Any],
    rules: dict[str, list[str]],
    sources: dict[str, list[str]],
    concerns: set[str],
) -> dict[str, Any]:
    error = exp["error"] or run.get("error")
    detected = [] if error else run["problems"]
    open_problems = [p for p in detected if p["open"]]
    raised: set[str] = set()
    wrong = []
    unmapped = set()
    forbidden = {c for c in exp["must_not_raise"] if c}
    for problem in open_problems:
        if problem["rule"] not in rules:
            unmapped.add(problem["rule"])
        mapped = set(rules.get(problem["rule"], []))
        for member in problem.get("members") or []:
            mapped |= set(rules.get(member, []))
        for ref in problem.get("refs") or [problem["source"]]:
            for rule in (problem["rule"], *(problem.get("members") or [])):
                mapped |= set(sources.get(f"{rule}@{ref}", []))
        raised |= mapped
        if mapped & forbidden:
            wrong.append(
                {
                    "rule": problem["rule"],
                    "source": problem["source"],
                    "concerns": sorted(mapped & forbidden),
                }
            )
    scored, unscorable = [], []
    for item in exp["must_raise"]:
        concern = item["concern"]
        if concern == UNSCORABLE or concern not in concerns:
            reason = "other" if concern == UNSCORABLE else "unknown concern key"
            unscorable.append({**item, "reason": reason})
        else:
            scored.append({**item, "raised": concern in raised})
    hits = sum(1 for item in scored if item["raised"])
    return {
        "set": exp["set"],
        "name": exp["name"],
        "quality": exp["quality"],
        "error": error,
        "problems": len(detected),
        "open": len(open_problems),
        "fired": sorted({p["rule"] for p in open_problems}),
        "fired_not_open": sorted({p["rule"] for p in detected if not p["open"]}),
        "raised_concerns": sorted(raised),
        "must_raise": scored,
        "missed": [item["concern"] for item in scored if not item["raised"]],
        "recall": _rate(hits, len(scored)),
        "unscorable": unscorable,
        "wrong": wrong,
        "unmapped_rules": sorted(unmapped),
    }


def pairs(stories: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Careful-vs-careless pairs: stories sharing a leading number, by their ``quality``."""
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for story in stories:
        if match := re.match(r"[a-z]?\d+", story["name"]):
            groups[match.group()].append(story)
    found = []
    for number, group in sorted(groups.items()):
        careful = [s for s in group if s["quality"] == "careful"]
        careless = [s for s in group if s["quality"] == "careless"]
        for good in careful:
            for bad in careless:
                counts_known = not good["error"] and not bad["error"]
                found.append(
                    {
                        "number": number,
                        "careful": good["name"],
                        "careful_open": None if good["error"] else good["open"],
                        "careless": bad["name"],
                        "careless_open": None if bad["error"] else bad["open"],
                        "careless_more": bad["open"] > good["open"] if counts_known else None,
                    }
                )
    return found


def summarise(stories: list[dict[str, Any]]) -> dict[str, Any]:
    loaded = [s for s in stories if not s["error"]]
    hit = sum(s["recall"]["hit"] for s in stories)
    total = sum(s["recall"]["total"] for s in stories)
    by_criterion: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for story in stories:
        for item in story["must_raise"]:
            tally = by_criterion[item["criterion"] or NO_CRITERION]
            tally[0] += item["raised"]
            tally[1] += 1
    problems = [s["problems"] for s in loaded]
    opened = [s["open"] for s in loaded]
    found_pairs = pairs(stories)
    return {
        "stories": len(stories),
        "load_errors": len(stories) - len(loaded),
        "recall": _rate(hit, total),
        "unscorable": sum(len(s["unscorable"]) for s in stories),
        "by_criterion": {k: _rate(*v) for k, v in sorted(by_criterion.items())},
        "wrong": sum(len(s["wrong"]) for s in stories),
        "stories_with_wrong": sum(1 for s in stories if s["wrong"]),
        "problems_mean": round(sum(problems) / len(problems), 2) if problems else None,
        "problems_max": max(problems, default=None),
        "open_mean": round(sum(opened) / len(opened), 2) if opened else None,
        "open_max": max(opened, default=None),
        "pairs": found_pairs,
        "pairs_careless_more": sum(1 for p in found_pairs if p["careless_more"]),
    }


def per_concern(stories: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Recall of each expected concern over all stories, and how often it was wrongly raised."""
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    wrong: dict[str, int] = defaultdict(int)
    for story in stories:
        for item in story["must_raise"]:
            tally[item["concern"]][0] += item["raised"]
            tally[item["concern"]][1] += 1
        for problem in story["wrong"]:
            for concern in problem["concerns"]:
                wrong[concern] += 1
    keys = sorted(set(tally) | set(wrong))
    return {k: {**_rate(*tally[k]), "wrong": wrong[k]} for k in keys}


def score_specs(specs: list[dict[str, Any]], verdicts: list[bool]) -> dict[str, Any]:
    rows = []
    for index, (spec, behavioural_only) in enumerate(zip(specs, verdicts, strict=True)):
        label = spec["label"]
        if label not in ("mechanistic", "behavioural"):
            continue
        rows.append(
            {
                "index": index,
                "label": label,
                "behavioral_only": behavioural_only,
                "correct": behavioural_only == (label == "behavioural"),
                "plain": not SPEC_WORDS.search(spec["text"]),
                "set": spec.get("set", "heldout"),
            }
        )

    def accuracy(selected: list[dict[str, Any]]) -> dict[str, Any]:
        return _rate(sum(r["correct"] for r in selected), len(selected))

    plain = [r for r in rows if r["plain"]]
    return {
        "specs": len(specs),
        "skipped_bad_label": len(specs) - len(rows),
        "accuracy": accuracy(rows),
        "by_label": {
            label: accuracy([r for r in rows if r["label"] == label])
            for label in ("behavioural", "mechanistic")
        },
        "accuracy_plain_words": accuracy(plain),
        "plain_by_label": {
            label: accuracy([r for r in plain if r["label"] == label])
            for label in ("behavioural", "mechanistic")
        },
        "wrong_specs": [
            {"index": r["index"], "label": r["label"], "plain": r["plain"], "set": r["set"]}
            for r in rows
            if not r["correct"]
        ],
        "by_set": {
            name: accuracy([r for r in rows if r["set"] == name])
            for name in dict.fromkeys(r["set"] for r in rows)
        },
    }


def evaluate(root: Path, src: Path | None = None) -> dict[str, Any]:
    """Everything the harness reports, as one JSON-able dict."""
    concerns = load_concerns(root)
    rules, sources = load_mapping(root)
    expected = load_expected(root)
    specs, specs_error = load_specs(root)
    run = collect_with(src, [e["story_path"] for e in expected], [s["text"] for s in specs])
    stories = [
        score_story(e, run["stories"].get(e["story_path"], {}), rules, sources, concerns)
        for e in expected
    ]
    mapped_concerns = {c for cs in [*rules.values(), *sources.values()] for c in cs}
    return {
        "root": str(root),
        "storybuilder": run["storybuilder"],
        "mapping": {
            "bank_rules": len(run["bank_rules"]),
            "bank_rules_unmapped": sorted(set(run["bank_rules"]) - set(rules)),
            "mapped_rules_not_in_bank": sorted(set(rules) - set(run["bank_rules"])),
            "unknown_concern_keys": sorted(mapped_concerns - concerns),
            "concerns_no_rule_maps_to": sorted(concerns - mapped_concerns),
        },
        "sets": {
            name: summarise([s for s in stories if s["set"] == name])
            for name in SETS
            if any(s["set"] == name for s in stories)
        },
        "all": summarise(stories),
        "per_concern": per_concern(stories),
        "specs": score_specs(specs, run["specs"]) if specs else None,
        "specs_error": specs_error,
        "unscored_stories": unscored_stories(root, expected),
        "stories": stories,
    }


# --------------------------------------------------------------------------- output


def _pct(rate: dict[str, Any]) -> str:
    if not rate["total"]:
        return "   -  (0/0)"
    return f"{100 * rate['rate']:5.1f}% ({rate['hit']}/{rate['total']})"


def print_report(result: dict[str, Any]) -> None:
    out = print
    out(f"critic: {result['storybuilder']}")
    mapping = result["mapping"]
    if mapping["bank_rules_unmapped"]:
        out(f"bank rules with no mapping entry: {', '.join(mapping['bank_rules_unmapped'])}")
    if mapping["unknown_concern_keys"]:
        out(f"mapping uses unknown concerns: {', '.join(mapping['unknown_concern_keys'])}")
    out("")
    out(f"{'story':<58} {'qual':<9} {'open/all':>8} {'recall':>14} {'unsc':>4} {'wrong':>5}")
    for s in result["stories"]:
        label = f"{s['set']}/{s['name']}"[:58]
        counts = "-" if s["error"] else f"{s['open']}/{s['problems']}"
        out(
            f"{label:<58} {s['quality'] or '-':<9} {counts:>8} {_pct(s['recall']):>14} "
            f"{len(s['unscorable']):>4} {len(s['wrong']):>5}"
        )
        if s["error"]:
            out(f"    ERROR: {' '.join(s['error'].split())[:300]}")
        if s["set"] in BLIND:
            continue  # the score line only: what it missed stays unread
        out(f"    fired: {' '.join(s['fired']) or '(none)'}")
        if s["fired_not_open"]:
            out(f"    triaged: {' '.join(s['fired_not_open'])}")
        if s["missed"]:
            out(f"    missed: {' '.join(s['missed'])}")
        for w in s["wrong"]:
            out(f"    WRONG: {w['rule']} ({w['source']}) -> {', '.join(w['concerns'])}")
        if s["unmapped_rules"]:
            out(f"    unmapped rules: {' '.join(s['unmapped_rules'])}")
    for name, summary in [*result["sets"].items(), ("ALL", result["all"])]:
        out("")
        out(
            f"== {name}: {summary['stories']} stories ({summary['load_errors']} failed to load)"
            f"  recall {_pct(summary['recall'])}  unscorable {summary['unscorable']}"
            f"  wrong {summary['wrong']} (in {summary['stories_with_wrong']} stories)"
        )
        out(
            f"   problems/story mean {summary['problems_mean']} max {summary['problems_max']};"
            f" open/story mean {summary['open_mean']} max {summary['open_max']}"
        )
        if name in ("proposals", "fresh", "fresh2", "fresh3") or (
            name != "ALL" and set(summary["by_criterion"]) - {NO_CRITERION}
        ):
            for crit, rate in summary["by_criterion"].items():
                out(f"   criterion {crit:<30} {_pct(rate)}")
        if name != "ALL" and summary["pairs"]:
            out(
                f"   careful vs careless: careless has more open problems in "
                f"{summary['pairs_careless_more']}/{len(summary['pairs'])} pairs"
            )
            for p in summary["pairs"]:
                mark = {True: "yes", False: "NO", None: "?"}[p["careless_more"]]
                good = "-" if p["careful_open"] is None else p["careful_open"]
                bad = "-" if p["careless_open"] is None else p["careless_open"]
                out(
                    f"     {p['careful']} {good} vs {p['careless']} {bad}  careless>careful: {mark}"
                )
    out("")
    out("per concern (all stories), worst recall first:")
    rows = sorted(
        result["per_concern"].items(),
        key=lambda kv: (kv[1]["rate"] if kv[1]["rate"] is not None else 2, kv[0]),
    )
    for concern, rate in rows:
        wrong = f"  wrongly raised {rate['wrong']}" if rate["wrong"] else ""
        out(f"   {concern:<32} {_pct(rate)}{wrong}")
    specs = result["specs"]
    out("")
    if specs is None:
        out(
            f"specs: none found{' (' + result['specs_error'] + ')' if result['specs_error'] else ''}"
        )
    else:
        out(
            f"specs: accuracy {_pct(specs['accuracy'])}"
            f"  [behavioural {_pct(specs['by_label']['behavioural'])},"
            f" mechanistic {_pct(specs['by_label']['mechanistic'])}]"
        )
        out(
            f"   without algorithm/internal/mechanism/circuit/representation/module words: "
            f"{_pct(specs['accuracy_plain_words'])}"
            f"  [behavioural {_pct(specs['plain_by_label']['behavioural'])},"
            f" mechanistic {_pct(specs['plain_by_label']['mechanistic'])}]"
        )
        for name, rate in specs["by_set"].items():
            out(f"   {name}: {_pct(rate)}")
        for w in specs["wrong_specs"]:
            if w["set"] not in BLIND:
                plain = ", no listed words" if w["plain"] else ""
                out(f"   wrong: spec #{w['index']} ({w['label']}{plain})")
        if specs["skipped_bad_label"]:
            out(f"   skipped (label not mechanistic/behavioural): {specs['skipped_bad_label']}")
    if result["unscored_stories"]:
        out(f"stories with no expected file: {' '.join(result['unscored_stories'])}")


def _with_setup_answers(root: Path, copy: Path, mode: str) -> Path:
    """A copy of ROOT whose stories carry the helper-given setup answers (``with``) or
    none of the setup answers (``without``)."""
    import tomli_w

    shutil.copytree(root, copy)
    given: dict[str, dict[str, Any]] = {}
    if mode == "with":
        for path in sorted((root / "setup_answers").glob("*.toml")):
            given[path.stem] = tomllib.loads(path.read_text(encoding="utf-8"))
    for folder in sorted(p for p in copy.iterdir() if p.is_dir() and p.name in SETS):
        for story in sorted(folder.glob("*.toml")):
            if story.name.endswith(EXPECTED_SUFFIX) or story.name == "specs.toml":
                continue
            helper_given = given.get(folder.name, {}).get(story.stem)
            if mode == "with" and helper_given is None:
                continue  # the author's own answers, or none, as written
            data = tomllib.loads(story.read_text(encoding="utf-8"))
            answers = data.get("answers", {})
            for question in SETUP_QUESTIONS:
                answers.pop(question, None)
            answers.update(helper_given or {})
            if answers:
                data["answers"] = answers
            else:
                data.pop("answers", None)
            story.write_text(tomli_w.dumps(data), encoding="utf-8")
    return copy


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.critic_eval", description=__doc__)
    parser.add_argument("--json", action="store_true", help="print everything as JSON")
    parser.add_argument("--root", type=Path, default=DEFAULT_ROOT, help="the critic_eval folder")
    parser.add_argument(
        "--src", type=Path, help="run the critic of another checkout's src/ (in a subprocess)"
    )
    parser.add_argument(
        "--setup-answers",
        choices=("as-written", "with", "without"),
        default="as-written",
        help="score with the helper-given setup answers, or with none (on a copy of ROOT)",
    )
    args = parser.parse_args(argv)
    if args.setup_answers == "as-written":
        result = evaluate(args.root.resolve(), args.src)
    else:
        with tempfile.TemporaryDirectory() as folder:
            root = _with_setup_answers(
                args.root.resolve(), Path(folder) / "root", args.setup_answers
            )
            result = evaluate(root, args.src)
    try:
        if args.json:
            print(json.dumps(result, indent=2, ensure_ascii=False))
        else:
            print_report(result)
    except BrokenPipeError:
        pass
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
