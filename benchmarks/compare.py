"""The benchmark's side-by-side figures: each measured in the same run as what it is set against.

- the C loader: PyYAML's ``CSafeLoader`` parsing every YAML file of the workspace, in a process
  of its own, against a cold ``kehoach validate``;
- Taskwarrior: the workspace's tasks imported into a private Taskwarrior data folder, then
  ``task overdue`` and kehoach's ``overdue`` / ``status`` run in turn, pair after pair, and
  ``python -c pass`` beside it too: the floor under any answer kehoach gives;
- after an edit: one progress file changed (a result's text, so unit and month stay), then
  ``status`` computed, alternating with ``status`` computed on an unchanged workspace;
- the interpreter: ``python -c pass`` against ``kehoach --help``.

Every figure is CPU time (user + system, ``RUSAGE_CHILDREN`` of a launcher that runs only the
command), so a busy machine slows them less than wall time; each ratio is the median of the
ratios of pairs run one right after the other.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

# Prints wall seconds, exit code, peak KiB and CPU seconds of one command (its children only,
# so the launcher's own start-up is in no figure); shared with run.py.  It waits without a
# timeout argument: with one, subprocess polls every 50 ms.
LAUNCHER = (
    "import resource, subprocess, sys, threading, time\n"
    "start = time.perf_counter()\n"
    "proc = subprocess.Popen(sys.argv[2:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\n"
    "timer = threading.Timer(float(sys.argv[1]), proc.kill)\n"
    "timer.start()\n"
    "code = proc.wait()\n"
    "seconds = time.perf_counter() - start\n"
    "timer.cancel()\n"
    "code = -1 if code < 0 else code\n"
    "use = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
    "print(seconds, code, use.ru_maxrss, use.ru_utime + use.ru_stime)\n"
)
C_LOADER = (
    "import pathlib, sys, yaml\n"
    "for p in sorted(pathlib.Path(sys.argv[1]).rglob('*.yaml')):\n"
    "    yaml.load(p.read_text(encoding='utf-8'), Loader=yaml.CSafeLoader)\n"
)


@dataclass
class Run:
    seconds: float
    code: int
    peak_mb: float
    cpu: float


@dataclass
class Side:
    """Figures measured side by side: name → CPU seconds of each run, and paired ratios."""

    cpu: dict[str, list[float]] = field(default_factory=dict)
    ratios: dict[str, list[float]] = field(default_factory=dict)
    peak_mb: dict[str, float] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def add(self, name: str, run: Run) -> None:
        self.cpu.setdefault(name, []).append(run.cpu)
        self.peak_mb[name] = max(self.peak_mb.get(name, 0.0), run.peak_mb)

    def median(self, name: str) -> float | None:
        values = self.cpu.get(name)
        return statistics.median(values) if values else None

    def ratio(self, name: str) -> float | None:
        values = self.ratios.get(name)
        return statistics.median(values) if values else None


def launch(argv: list[str], cwd: Path, env: dict[str, str], timeout: float = 300.0) -> Run:
    out = subprocess.run([sys.executable, "-c", LAUNCHER, str(timeout), *argv], cwd=cwd, env=env,
                         capture_output=True, text=True, check=True).stdout
    seconds, code, kib, cpu = out.split()
    return Run(float(seconds), int(code), int(kib) / 1024, float(cpu))


def pair(side: Side, name: str, first: tuple[str, Run], second: tuple[str, Run]) -> None:
    """Note both runs and their ratio (first / second)."""
    side.add(*first)
    side.add(*second)
    if second[1].cpu > 0:
        side.ratios.setdefault(name, []).append(first[1].cpu / second[1].cpu)


def versus_c_loader(side: Side, root: Path, kehoach: list[str], env: dict[str, str],
                    runs: int) -> None:  # fmt: skip
    for _ in range(runs):
        with tempfile.TemporaryDirectory(prefix="kehoach-cold-") as cold:
            ours = launch([*kehoach, "validate"], root, {**env, "KEHOACH_CACHE_DIR": cold})
        theirs = launch([sys.executable, "-c", C_LOADER, str(root)], root, env)
        pair(side, "validate cold / C loader", ("validate cold", ours), ("C loader", theirs))


def cold_versus_computed(side: Side, root: Path, kehoach: list[str], env: dict[str, str],
                         runs: int) -> None:  # fmt: skip
    """``status`` with an empty cache, against ``status`` from the workspace cache."""
    with tempfile.TemporaryDirectory(prefix="kehoach-warm-") as cache:
        computed = {**env, "KEHOACH_CACHE_DIR": cache, "KEHOACH_NO_RESULT_CACHE": "1"}
        launch([*kehoach, "status"], root, computed)
        for _ in range(runs):
            with tempfile.TemporaryDirectory(prefix="kehoach-cold-") as cold:
                first = launch([*kehoach, "status"], root, {**env, "KEHOACH_CACHE_DIR": cold})
            second = launch([*kehoach, "status"], root, computed)
            pair(side, "status cold / status computed", ("status cold", first),
                 ("status computed", second))


def versus_interpreter(side: Side, root: Path, kehoach: list[str], env: dict[str, str],
                       runs: int) -> None:  # fmt: skip
    for _ in range(runs):
        ours = launch([*kehoach, "--help"], root, env)
        bare = launch([sys.executable, "-c", "pass"], root, env)
        pair(side, "--help / python -c pass", ("--help", ours), ("python -c pass", bare))


def after_edit(side: Side, root: Path, kehoach: list[str], env: dict[str, str], runs: int) -> None:
    """``status`` right after one progress file changed, against ``status`` with nothing
    changed; both with the workspace cache filled and the answer computed."""
    files = sorted((root / "progress").rglob("*.yaml"))
    target = files[len(files) // 2]
    original = target.read_bytes()
    marker = b"results: \""
    if marker not in original:
        side.notes.append(f"after an edit: {target.name} has no results to edit; not measured")
        return
    computed = {**env, "KEHOACH_NO_RESULT_CACHE": "1"}
    try:
        with tempfile.TemporaryDirectory(prefix="kehoach-edit-") as cache:
            run_env = {**computed, "KEHOACH_CACHE_DIR": cache}
            launch([*kehoach, "status"], root, run_env)  # fills the workspace cache
            for i in range(runs):
                text = original.replace(marker, marker + f"(sửa {i}) ".encode(), 1)
                target.write_bytes(text)
                edited = launch([*kehoach, "status"], root, run_env)
                unchanged = launch([*kehoach, "status"], root, run_env)
                pair(side, "status after an edit / status computed",
                     ("status after an edit", edited), ("status computed", unchanged))
    finally:
        target.write_bytes(original)


# ---------------------------------------------------------------- Taskwarrior


def taskwarrior_tasks(root: Path) -> list[dict[str, str]]:
    """The workspace's tasks as Taskwarrior tasks: due on the last day of their time, done
    when a progress record says so (with its date), pending otherwise."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    import gc

    from kehoach_cli.model import TaskState
    from kehoach_cli.reading.loading import load_workspace

    gc.disable()  # hundreds of thousands of objects, no cycles: as kehoach itself loads
    try:
        ws = load_workspace(root).workspace
    finally:
        gc.enable()
    done = {e.task: e.completed for s in ws.submissions for e in s.entries
            if e.milestone is None and e.state == TaskState.DONE and e.completed}  # fmt: skip
    out = []
    for task in ws.tasks.values():
        if task.time is None:
            continue
        item = {"description": task.title, "project": task.plan.replace("-", "_"),
                "due": task.time.end.strftime("%Y%m%dT000000Z"), "entry": "20230101T000000Z"}
        finished = done.get(task.id)
        if finished is not None:
            item.update(status="completed", end=finished.strftime("%Y%m%dT000000Z"))
        else:
            item["status"] = "pending"
        out.append(item)
    return out


def taskwarrior_env(folder: Path) -> dict[str, str] | None:
    """A private Taskwarrior: its own data folder and rc file, no confirmations, no colour."""
    if shutil.which("task") is None:
        return None
    data = folder / "data"
    data.mkdir(parents=True, exist_ok=True)
    rc = folder / "taskrc"
    rc.write_text(f"data.location={data}\nconfirmation=off\ncolor=off\nverbose=nothing\n"
                  "hooks=off\nnews.version=2.6.0\n", encoding="utf-8")
    return {**os.environ, "TASKDATA": str(data), "TASKRC": str(rc)}


def versus_taskwarrior(side: Side, root: Path, kehoach: list[str], env: dict[str, str],
                       runs: int) -> None:  # fmt: skip
    with tempfile.TemporaryDirectory(prefix="kehoach-tw-") as tmp:
        tw_env = taskwarrior_env(Path(tmp))
        if tw_env is None:
            side.notes.append("Taskwarrior (`task`) is not installed: not compared")
            return
        tasks = taskwarrior_tasks(root)
        exported = Path(tmp) / "tasks.json"
        exported.write_text(json.dumps(tasks, ensure_ascii=False), encoding="utf-8")
        subprocess.run(["task", "import", str(exported)], env=tw_env, check=True,
                       capture_output=True)
        pending = sum(1 for t in tasks if t["status"] == "pending")
        side.notes.append(f"Taskwarrior {_tw_version(tw_env)}: {len(tasks)} tasks imported "
                          f"({pending} pending)")
        task = ["task", "overdue"]
        launch(task, root, tw_env)  # first run after import: Taskwarrior tidies its files
        with tempfile.TemporaryDirectory(prefix="kehoach-tw-cache-") as cache:
            warm = {**env, "KEHOACH_CACHE_DIR": cache}
            computed = {**warm, "KEHOACH_NO_RESULT_CACHE": "1"}
            for name in ("overdue", "status"):
                launch([*kehoach, name], root, warm)  # fills both caches
            for _ in range(runs):
                for name, how, kenv in (("overdue", "computed", computed),
                                        ("status", "computed", computed),
                                        ("overdue", "warm", warm), ("status", "warm", warm)):
                    ours = launch([*kehoach, name], root, kenv)
                    theirs = launch(task, root, tw_env)
                    pair(side, f"{name} {how} / task overdue",
                         (f"{name} {how}", ours), ("task overdue", theirs))
                # The floor of any answer: the interpreter starting and doing nothing.
                interpreter = launch([sys.executable, "-c", "pass"], root, env)
                pair(side, "python -c pass / task overdue", ("python -c pass", interpreter),
                     ("task overdue", launch(task, root, tw_env)))


def _tw_version(env: dict[str, str]) -> str:
    return subprocess.run(["task", "--version"], env=env, capture_output=True,
                          text=True).stdout.strip()
