"""Time kehoach as users run it, from the bundled plan up to a province, and check the targets.

Every figure is a whole process started the way a user starts it (the ``kehoach`` console
script, and ``python -m kehoach_cli`` for comparison), in the workspace folder: cold with an
empty cache directory, warm after one run has filled it.  Peak memory is each command's own
``ru_maxrss``, read by a tiny launcher that runs nothing else.  The script reports and always
exits 0; it prints "ALL TARGETS MET" or the list of misses.

    python benchmarks/run.py                    # bundled, 1k, 10k, 50k; 5 runs (3 at 50k)
    python benchmarks/run.py --sizes 1000,10000 --runs 3 --output results.md
    python benchmarks/run.py --quick            # bundled and 10k, 3 commands, 2-3 runs: ~5 min

Beside the table, the figures the targets set side by side (``compare``): cold ``validate``
against PyYAML's C loader, ``overdue`` and ``status`` against Taskwarrior's ``task overdue``,
``status`` after an edit against ``status`` computed, ``--help`` against ``python -c pass``.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))

import compare  # noqa: E402
from generate import generate, write_workspace  # noqa: E402
from tables import MONTH, TIMEOUT, Figure, Results, label_of, render  # noqa: E402
from timeforms import YEAR  # noqa: E402
from vocab import DISTRICTS  # noqa: E402

SLOW = 20.0  # a command this slow is timed once cold and once warm, not N times
ANSWERED = ("validate", "status", "overdue", "assignments", "report")  # the result cache answers


def entry_points() -> dict[str, list[str]]:
    script = Path(sys.executable).parent / "kehoach"
    console = [str(script)] if script.exists() else [shutil.which("kehoach") or "kehoach"]
    return {"console": console, "module": [sys.executable, "-m", "kehoach_cli"]}


QUICK = ("--help", "validate", "status", "overdue")


def commands(assignee: str, plan: str | None, quick: bool = False) -> dict[str, list[str]]:
    """What is timed; a province has many plans, so its monthly report names one."""
    every = {
        "--help": ["--help"],
        "validate": ["validate"],
        "status": ["status"],
        "overdue": ["overdue"],
        "assignments": ["assignments", assignee],
        "report": ["report", "--month", MONTH, *(["--plan", plan] if plan else [])],
    }
    return {k: v for k, v in every.items() if k in QUICK} if quick else every


def available(kehoach: list[str]) -> set[str]:
    """The subcommands this kehoach has: a command still being written is reported as missing."""
    env = {**os.environ, "COLUMNS": "200", "KEHOACH_LANG": "en"}
    out = subprocess.run([*kehoach, "--help"], capture_output=True, text=True, env=env).stdout
    found = {"--help"}
    for line in out.splitlines():
        words = line.replace("│", " ").split()
        if words:
            found.add(words[0])
    return found


def child_env(cache: Path, compute: bool = False) -> dict[str, str]:
    """The user's environment with a chosen cache directory and Python's usual bytecode cache
    (some sandboxes set PYTHONDONTWRITEBYTECODE, which makes every run compile kehoach again);
    ``compute`` keeps the workspace cache but not the answers (KEHOACH_NO_RESULT_CACHE)."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("KEHOACH_") and k != "PYTHONDONTWRITEBYTECODE"}
    env["KEHOACH_CACHE_DIR"] = str(cache)
    if compute:
        env["KEHOACH_NO_RESULT_CACHE"] = "1"
    return env


def run_once(argv: list[str], cwd: Path, cache: Path,
             compute: bool = False) -> tuple[float, int, float]:  # fmt: skip
    """(seconds, exit code, peak MB) of one run; exit code -1 when it timed out."""
    out = subprocess.run([sys.executable, "-c", compare.LAUNCHER, str(TIMEOUT), *argv], cwd=cwd,
                         env=child_env(cache, compute), capture_output=True, text=True,
                         check=True).stdout
    seconds, code, kib, _cpu = out.split()
    return float(seconds), int(code), int(kib) / 1024  # Linux reports KiB


def measure(argv: list[str], cwd: Path, runs: int, computed: bool = False) -> Figure:
    """Cold runs, then warm ones (the first fills the cache); with ``computed``, warm runs
    that compute the answer from the cached workspace as well (the result cache off)."""
    fig = Figure()
    with tempfile.TemporaryDirectory(prefix="kehoach-bench-") as tmp:
        colds: list[float] = []
        warms: list[float] = []
        computes: list[float] = []
        warm_cache = Path(tmp) / "warm"
        plan = ([(colds, Path(tmp) / f"cold-{i}", False) for i in range(runs)]
                + [(warms, warm_cache, False) for _ in range(runs + 1)]
                + [(computes, warm_cache, True) for _ in range(runs if computed else 0)])
        for i, (times, cache, compute) in enumerate(plan):
            if times and times[0] > SLOW:
                continue
            seconds, code, peak = run_once(argv, cwd, cache, compute)
            fig.exits.add(code)
            fig.peak_mb = max(fig.peak_mb or 0.0, peak)
            if code == -1:
                fig.timed_out = True
                break
            if i != runs:  # the first warm run fills the cache
                times.append(seconds)
        fig.cold = statistics.median(colds) if colds else None
        fig.warm = statistics.median(warms) if warms else None
        fig.computed = statistics.median(computes) if computes else None
    return fig


def workspace(size: int, workdir: Path, seed: int) -> Path:
    """The generated workspace for ``size`` tasks, made again only when its stamp differs."""
    root = workdir / f"{size}"
    stamp = root / ".generated"
    wanted = f"tasks={size} seed={seed} generator={_generator_mtime()}"
    if stamp.is_file() and stamp.read_text() == wanted:
        return root
    print(f"generating {size} tasks in {root} …", file=sys.stderr)
    write_workspace(root, generate(size, seed), force=True)
    stamp.write_text(wanted)
    return root


def _generator_mtime() -> int:
    """The newest of the generator's own files (not the timing and reporting scripts)."""
    return max(p.stat().st_mtime_ns for p in HERE.glob("*.py")
               if p.name not in ("run.py", "tables.py"))


def machine() -> list[str]:
    cpu = "unknown"
    with open("/proc/cpuinfo", encoding="utf-8") as info:
        for line in info:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    mem_kb = 0
    with open("/proc/meminfo", encoding="utf-8") as info:
        for line in info:
            if line.startswith("MemTotal"):
                mem_kb = int(line.split()[1])
    cores = len(os.sched_getaffinity(0))
    from kehoach_cli import __version__

    with tempfile.TemporaryDirectory() as tmp:
        starts = [run_once([sys.executable, "-c", "pass"], HERE, Path(tmp))[0] for _ in range(9)]

    return [
        f"- CPU: {cpu}, {cores} cores available",
        f"- RAM: {mem_kb / 1024 / 1024:.1f} GiB",
        f"- Python {platform.python_version()} ({platform.python_implementation()}), "
        f"{platform.system()} {platform.release()}",
        f"- kehoach {__version__}; the interpreter alone (`python -c pass`) starts in "
        f"{statistics.median(starts) * 1000:.0f} ms",
        f"- load average when the run began: {os.getloadavg()[0]:.2f}",
    ]


def subjects(label: str) -> tuple[str, str | None]:
    """The unit asked about and the plan reported on: the bundled plan's, or a district's."""
    if label == "bundled":
        return "phong-vhtt", None
    district = DISTRICTS[1][0]
    return f"{district}-phong-vhtt", f"kh-{district}-01-{YEAR}"


def bench_workspace(label: str, root: Path, runs: int, have: set[str],
                    kehoach: dict[str, list[str]], quick: bool = False) -> dict[str, Figure]:
    out: dict[str, Figure] = {}
    assignee, plan = subjects(label)
    for name, args in commands(assignee, plan, quick).items():
        if name == "--help":
            if label != "bundled":
                continue
            for kind, argv in kehoach.items():
                out[f"--help ({kind})"] = measure([*argv, *args], root, runs)
                out[f"--help ({kind})"].shown = f"--help ({kind})"
            continue
        if name not in have:
            out[name] = Figure(missing=True, shown=" ".join(args))
            continue
        print(f"  {label}: {name} …", file=sys.stderr)
        out[name] = measure([*kehoach["console"], *args], root, runs, name in ANSWERED)
        out[name].shown = " ".join(args)
    return out


def side_by_side(label: str, root: Path, runs: int, kehoach: list[str]) -> compare.Side:
    """The paired figures the targets compare (``compare``), for the bundled plan or 10k."""
    side = compare.Side()
    with tempfile.TemporaryDirectory(prefix="kehoach-bench-") as tmp:
        env = child_env(Path(tmp))
    if label == "bundled":
        print("  bundled: --help and cold status, side by side …", file=sys.stderr)
        compare.versus_interpreter(side, root, kehoach, env, max(runs, 5))
        compare.cold_versus_computed(side, root, kehoach, env, runs)
        return side
    print(f"  {label}: against the C loader, Taskwarrior, an edit …", file=sys.stderr)
    compare.versus_c_loader(side, root, kehoach, env, runs)
    compare.versus_taskwarrior(side, root, kehoach, env, runs)
    compare.after_edit(side, root, kehoach, env, runs)
    return side


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,50000", help="task counts, comma-separated")
    parser.add_argument("--runs", type=int, default=5, help="runs per figure (default 5)")
    parser.add_argument("--runs-large", type=int, default=3, help="runs at 50k tasks and above")
    parser.add_argument("--workdir", type=Path, default=HERE / "out", help="generated workspaces")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--output", type=Path, help="also write the markdown report here")
    parser.add_argument("--quick", action="store_true",
                        help="bundled plan and 10k only, 3 runs, --help/validate/status/overdue")
    args = parser.parse_args(argv)
    if args.quick:
        args.sizes, args.runs = "10000", 3
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    kehoach = entry_points()
    have = available(kehoach["console"])
    results: Results = {"bundled": bench_workspace("bundled", REPO, args.runs, have, kehoach,
                                                   args.quick)}
    sides = {"bundled": side_by_side("bundled", REPO, args.runs, kehoach["console"])}
    for size in sizes:
        root = workspace(size, args.workdir, args.seed)
        runs = args.runs_large if size >= 50_000 else args.runs
        table_runs = 2 if args.quick else runs  # the side-by-side pairs below run ``runs``
        results[label_of(size)] = bench_workspace(label_of(size), root, table_runs, have, kehoach,
                                                  args.quick)
        if size == 10_000:
            sides["10k"] = side_by_side("10k", root, runs, kehoach["console"])
    report = render(results, sizes, args.runs, machine(), sides)
    print(report)
    if args.output:
        args.output.write_text(report + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
