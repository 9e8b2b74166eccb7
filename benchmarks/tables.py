"""The benchmark's report: the timings table, the targets with ✅/❌, and the linearity check."""

from __future__ import annotations

import itertools
import statistics
from dataclasses import dataclass, field

from compare import Side

MONTH = "2023-08"
TIMEOUT = 300.0


@dataclass
class Figure:
    """One command on one workspace: medians in seconds, peak memory in MB, exit codes seen."""

    cold: float | None = None
    warm: float | None = None
    computed: float | None = None  # warm workspace cache, answer computed (no result cache)
    peak_mb: float | None = None
    exits: set[int] = field(default_factory=set)
    missing: bool = False
    timed_out: bool = False
    shown: str = ""


Results = dict[str, dict[str, Figure]]  # workspace label -> command -> figure


def fmt(seconds: float | None) -> str:
    return "n/a" if seconds is None else f"{seconds:.3f} s"


def table(results: Results) -> list[str]:
    lines = ["| workspace | command | cold (median) | warm (median) | warm, computed (median) "
             "| peak memory | exit |",
             "|---|---|---|---|---|---|---|"]
    for label, figures in results.items():
        for fig in figures.values():
            if fig.missing:
                lines.append(f"| {label} | `{fig.shown}` | n/a (command missing) | | | | |")
                continue
            if fig.timed_out:
                lines.append(f"| {label} | `{fig.shown}` | timed out (> {TIMEOUT:.0f} s) "
                             "| | | | |")
                continue
            mem = f"{fig.peak_mb:.0f} MB" if fig.peak_mb is not None else "n/a"
            codes = ",".join(str(c) for c in sorted(fig.exits))
            computed = fmt(fig.computed) if fig.computed is not None else "–"
            lines.append(f"| {label} | `{fig.shown}` | {fmt(fig.cold)} | {fmt(fig.warm)} "
                         f"| {computed} | {mem} | {codes} |")
    return lines


def _get(results: Results, label: str, name: str, what: str) -> float | str:
    """The figure, or why there is none."""
    if label not in results:
        return "size not run"
    fig = results[label].get(name)
    if fig is None or fig.missing:
        return "command missing"
    if fig.timed_out:
        return f"timed out after {TIMEOUT:.0f} s"
    value: float | None = getattr(fig, what)
    return "not measured" if value is None else value


Target = tuple[str, float | str, float, str]  # name, measured or why not, limit, unit


def targets(results: Results, sides: dict[str, Side]) -> list[Target]:
    """Issue 15's targets: ratios measured side by side in this run, and peak memory."""
    ten, bundled = sides.get("10k"), sides.get("bundled")

    def ratio(side: Side | None, name: str) -> float | str:
        if side is None:
            return "size not run"
        value = side.ratio(name)
        return "not measured" if value is None else value

    out: list[Target] = [
        ("10k: cold `validate` CPU ÷ PyYAML C loader CPU", ratio(ten, "validate cold / C loader"),
         0.35, "×"),
    ]
    for name in ("overdue computed", "status computed", "overdue warm", "status warm"):
        limit = 0.5 if "warm" in name else 1.0
        out.append((f"10k: `{name.split()[0]}` {name.split()[1]} ÷ `task overdue`",
                    ratio(ten, f"{name} / task overdue"), limit, "×"))
    out.append(("10k: `status` after editing one progress file ÷ `status` computed",
                ratio(ten, "status after an edit / status computed"), 1.5, "×"))
    for label, limit in (("10k", 120.0), ("50k", 500.0)):
        peaks = [f.peak_mb for f in results.get(label, {}).values() if f.peak_mb is not None]
        side = sides.get(label)
        peaks += list(side.peak_mb.values()) if side else []
        out.append((f"{label}: peak memory, every command", max(peaks) if peaks else
                    "size not run", limit, "MB"))
    out.append(("bundled: `kehoach --help` ÷ `python -c pass`",
                ratio(bundled, "--help / python -c pass"), 6.0, "×"))
    out.append(("bundled: cold `status` ÷ warm-computed `status`",
                ratio(bundled, "status cold / status computed"), 2.0, "×"))
    return out


def floors(sides: dict[str, Side]) -> list[str]:
    """What no answer can go below, beside the targets that ask for less than it: the
    interpreter starting and doing nothing, set against ``task overdue`` in the same run."""
    ten = sides.get("10k")
    floor = None if ten is None else ten.ratio("python -c pass / task overdue")
    if floor is None:
        return []
    return ["", f"Floor: `python -c pass` alone is {floor:.2f} × `task overdue` here (the warm "
            "targets ask for 0.5 ×), before kehoach imports anything or looks at a file."]


def side_by_side(sides: dict[str, Side]) -> list[str]:
    lines = ["| workspace | pair | first (median CPU) | second (median CPU) | ratio (median) | pairs |",
             "|---|---|---|---|---|---|"]
    for label, side in sides.items():
        for name, values in side.ratios.items():
            first, second = name.split(" / ")
            lines.append(f"| {label} | {first} ÷ {second} | {fmt(side.median(first))} "
                         f"| {fmt(side.median(second))} | {statistics.median(values):.2f} × "
                         f"| {len(values)} |")
        lines += [f"- {label}: {note}" for note in side.notes]
    return lines


def linearity(results: Results, sizes: list[int]) -> tuple[list[str], list[str]]:
    """Time per 1k tasks at each size, and whether the marginal cost stays flat as size grows."""
    labels = [(label_of(s), s) for s in sizes]
    lines = ["| measure | " + " | ".join(f"{lb} (per 1k tasks)" for lb, _ in labels) + " |",
             "|---|" + "---|" * len(labels)]
    misses = []
    measures = (("validate", "cold"), ("status", "warm"), ("status", "computed"),
                ("report", "computed"), ("validate", "computed"))
    for name, what in measures:
        values = [v if isinstance(v := _get(results, lb, name, what), float) else None
                  for lb, _ in labels]
        cells = [fmt(v / (s / 1000)) if v is not None else "n/a"
                 for v, (_, s) in zip(values, labels, strict=True)]
        lines.append(f"| {name} {what} | " + " | ".join(cells) + " |")
        points = [(s, v) for v, (_, s) in zip(values, labels, strict=True) if v is not None]
        slopes = [(b[1] - a[1]) / ((b[0] - a[0]) / 1000) for a, b in itertools.pairwise(points)]
        if len(slopes) >= 2 and slopes[-1] > 1.5 * slopes[0] + 0.005:
            misses.append(f"{name} {what} grows faster than linearly: marginal cost per 1k "
                          f"tasks {slopes[0]:.3f} s then {slopes[-1]:.3f} s")
    return lines, misses


def label_of(size: int) -> str:
    return f"{size // 1000}k" if size % 1000 == 0 else str(size)


def render(results: Results, sizes: list[int], runs: int, machine: list[str],
           sides: dict[str, Side]) -> str:  # fmt: skip
    lines = ["## Machine", *machine, "", f"## Timings (median of {runs} runs; 3 at 50k)",
             "Warm: the same command again (workspace and answer caches filled); warm, "
             "computed: the workspace cache filled, the answer computed "
             "(`KEHOACH_NO_RESULT_CACHE=1`).", "",
             *table(results), "", "## Side by side (CPU time: user + system)",
             "Each pair runs one right after the other; the ratio is the median of the pairs' "
             "ratios.", "", *side_by_side(sides), "", "## Targets",
             "| target | measured | limit | met |", "|---|---|---|---|"]
    misses = []
    for name, value, limit, unit in targets(results, sides):
        if isinstance(value, str):
            lines.append(f"| {name} | n/a ({value}) | {limit} {unit} | ❌ |")
            misses.append(f"{name}: n/a ({value})")
            continue
        shown = {"s": f"{value:.3f} s", "×": f"{value:.2f} ×"}.get(unit, f"{value:.0f} MB")
        met = value <= limit
        lines.append(f"| {name} | {shown} | {limit} {unit} | {'✅' if met else '❌'} |")
        if not met:
            misses.append(f"{name}: {shown}, limit {limit} {unit}")
    lines += floors(sides)
    lin_lines, lin_misses = linearity(results, sizes)
    if len(sizes) >= 3:
        lines += ["", "## Linearity", *lin_lines]
        lines += ["", f"Linear growth: {'✅' if not lin_misses else '❌'}"]
        misses += lin_misses
    else:
        lines += ["", "Linear growth: not checked (it needs three sizes or more)"]
    lines.append("")
    lines += ["ALL TARGETS MET"] if not misses else ["TARGETS MISSED:", *(f"- {m}" for m in misses)]
    return "\n".join(lines)
