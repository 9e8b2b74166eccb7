"""Generate a province-scale kehoach workspace, to measure kehoach where a province works.

``python benchmarks/generate.py --tasks 10000 --out DIR`` writes kehoach.yaml, a shared unit
register plans/units.yaml (250 units, nested groups), 13 districts' plans under
plans/<district>/, and a progress file from every unit for every month of 2023.  The output is
a pure function of ``--tasks`` and ``--seed`` and validates with zero problems, so timings are
comparable between runs and machines.  Text is Vietnamese and every accepted time form is used.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path
from random import Random

sys.path.insert(0, str(Path(__file__).resolve().parent))

from progressgen import Checkpoint, write_progress
from timeforms import DEADLINE_FORMS, MONTHLY_WRITERS, SPAN_WRITERS, YEAR
from unitsgen import Register, build_register, write_register
from vocab import (
    CLAUSES,
    DELIVERABLES,
    DISTRICTS,
    MEASURES,
    OBJECTS,
    SIGNERS,
    TOPICS,
    VERBS,
)

from kehoach_cli.timeexpr.expressions import parse_span

TASKS_PER_PLAN = 80


def q(text: str) -> str:
    """A YAML double-quoted scalar (JSON strings are valid YAML), for anything not plainly safe."""
    return json.dumps(text, ensure_ascii=False)


def flow(items: list[str]) -> str:
    return "[" + ", ".join(items) + "]"


def folded(text: str, indent: str, width: int = 96) -> list[str]:
    """A ``>-`` block, wrapped as people wrap long paragraphs in an editor."""
    lines, line = [], ""
    for word in text.split(" "):
        if line and len(indent) + len(line) + 1 + len(word) > width:
            lines.append(indent + line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    lines.append(indent + line)
    return lines


@dataclass
class TaskInfo:
    """What the progress generator needs to know about a task."""

    id: str
    leads: tuple[str, ...]
    checkpoints: list[Checkpoint] = field(default_factory=list)
    targets: list[tuple[str, int]] = field(default_factory=list)


@dataclass
class PlanSpec:
    district: int
    number: int
    tasks: int

    @property
    def slug(self) -> str:
        return DISTRICTS[self.district][0]

    @property
    def id(self) -> str:
        return f"kh-{self.slug}-{self.number:02d}-{YEAR}"


def plan_layout(total: int) -> list[PlanSpec]:
    """About 80 tasks a plan, plans dealt to the districts in turn, at least one each."""
    count = max(len(DISTRICTS), round(total / TASKS_PER_PLAN))
    base, extra = divmod(total, count)
    numbers = [0] * len(DISTRICTS)
    specs = []
    for i in range(count):
        d = i % len(DISTRICTS)
        numbers[d] += 1
        specs.append(PlanSpec(d, numbers[d], base + (1 if i < extra else 0)))
    return specs


class PlanWriter:
    """Writes one plan file and remembers each task's responsible units and dates."""

    def __init__(self, rng: Random, reg: Register, spec: PlanSpec, forms: list[str]) -> None:
        self.rng, self.reg, self.spec, self.forms = rng, reg, spec, forms
        self.tasks: list[TaskInfo] = []

    def text(self) -> str:
        rng, spec = self.rng, self.spec
        slug, kind, name = DISTRICTS[spec.district]
        month = rng.randint(1, 3)
        out = [
            f"# Kế hoạch số {spec.number}/KH-UBND của UBND {kind} {name} (dữ liệu sinh tự động).",
            "kehoach: 1",
            f"id: {spec.id}",
            "document:",
            f"  number: {spec.number}/KH-UBND",
            f"  date: {YEAR}-{month:02d}-{rng.randint(1, 28):02d}",
            f"  place: {name}",
            f"  issuer: Ủy ban nhân dân {kind} {name}",
            "  issuer_parent: Ủy ban nhân dân tỉnh Quảng Ninh",
            f"  title: {q(self._title() + ' năm ' + str(YEAR))}",
            "  signer:",
            "    authority: KT. CHỦ TỊCH",
            "    position: PHÓ CHỦ TỊCH",
            f"    name: {rng.choice(SIGNERS)}",
            "  recipients:",
            "    - name: TT. Huyện ủy, TT. HĐND",
            "      purpose: báo cáo",
            "    - name: Các phòng, ban, đơn vị; UBND các xã, phường",
            '  archive: "Lưu: VT."',
            f"standing_unit: {slug}-phong-vhtt",
            f"horizon: năm {YEAR}",  # the whole year: every generated time falls inside
            "sections:",
            "  - ref: II",
            "    title: NỘI DUNG",
            "  - ref: III",
            "    title: TỔ CHỨC THỰC HIỆN",
            "tasks:",
        ]
        for k in range(spec.tasks):
            out.extend(self._task(k))
        out.extend(self._reporting())
        return "\n".join(out) + "\n"

    def _title(self) -> str:
        r = self.rng
        return f"{r.choice(VERBS)} {r.choice(OBJECTS)} {r.choice(TOPICS)}"

    def _task(self, k: int) -> list[str]:
        rng, reg, slug = self.rng, self.reg, self.spec.slug
        task_id = f"{self.spec.id}-t{k + 1:03d}"
        lead = reg.pick_lead(rng, slug)
        support = reg.pick_support(rng, slug, lead)
        info = TaskInfo(task_id, reg.expand(lead))
        content = "; ".join(rng.sample(CLAUSES, rng.randint(1, 3)))
        out = [
            f"  - id: {task_id}",
            f"    ref: {'II' if k % 3 else 'III'}.{k // 9 + 1}.({k % 9 + 1})",
            f"    title: {q(self._title())}",
            "    content: >-",
            *folded(f"{self._title()}, {content}.", "      "),
            f"    lead: {flow(list(lead))}",
        ]
        if support:
            out.append(f"    support: {flow(list(support))}")
        if lead[0] in reg.requested:
            out.append("    requested: true")
        out.extend(self._time(info))
        if rng.random() < 0.08:
            out.extend(self._targets(info))
        if rng.random() < 0.5:
            items = rng.sample(DELIVERABLES, rng.randint(1, 2))
            out.append(f"    deliverables: {flow([q(d) for d in items])}")
        self.tasks.append(info)
        return out

    def _time(self, info: TaskInfo) -> list[str]:
        rng = self.rng
        if self.forms:
            form = self.forms.pop()
        elif rng.random() < 0.07:
            info.checkpoints.append(Checkpoint(None, None, None))
            return []
        else:
            form = rng.choice(list(SPAN_WRITERS))
        text = SPAN_WRITERS[form](rng, rng.randint(1, 12))
        span = parse_span(text)
        out = [f"    time: {q(text)}"]
        if span.start is not None and rng.random() < 0.12:
            out.extend(self._milestones(info, span.start.month, span.end.month))
        else:
            info.checkpoints.append(Checkpoint(None, span.start, span.end))
        return out

    def _milestones(self, info: TaskInfo, first: int, last: int) -> list[str]:
        rng = self.rng
        out = ["    milestones:"]
        months = sorted({first, (first + last) // 2, last})
        for j, month in enumerate(months):
            text = SPAN_WRITERS[rng.choice(DEADLINE_FORMS)](rng, month)
            span = parse_span(text)
            ms_id = ("ke-hoach", "trien-khai", "tong-ket")[j]
            out += [
                f"      - id: {ms_id}",
                f"        title: {q(rng.choice(VERBS) + ' ' + rng.choice(OBJECTS))}",
                f"        time: {q(text)}",
                f"        deliverable: {q(rng.choice(DELIVERABLES))}",
            ]
            info.checkpoints.append(Checkpoint(ms_id, span.start, span.end))
        return out

    def _targets(self, info: TaskInfo) -> list[str]:
        out = ["    targets:"]
        for measure, what, quantity in self.rng.sample(MEASURES, self.rng.randint(1, 2)):
            target_id = f"chi-tieu-{len(info.targets) + 1}"
            out += [
                f"      - id: {target_id}",
                f"        description: {q(what.capitalize())}",
                f"        quantity: {quantity}",
                f"        measure: {q(measure)}",
                f"        per_unit: {'true' if self.rng.random() < 0.3 else 'false'}",
            ]
            info.targets.append((target_id, quantity))
        return out

    def _reporting(self) -> list[str]:
        rng, slug, pid = self.rng, self.spec.slug, self.spec.id
        monthly = list(MONTHLY_WRITERS.values())
        return [
            "reporting:",
            f"  - id: {pid}-bc-dinh-ky",
            "    ref: V.1",
            "    kind: định kỳ",
            "    title: Báo cáo định kỳ tiến độ thực hiện",
            f"    reporters: [{slug}-tat-ca]",
            f"    to: {slug}-phong-vhtt",
            f"    time: {q(monthly[(self.spec.district + self.spec.number) % 2](rng, 1))}",
            '    first_month: "2023-02"',
            '    last_month: "2023-12"',
            f"  - id: {pid}-bc-dot-xuat",
            "    ref: V.2",
            "    kind: đột xuất",
            "    title: Báo cáo đột xuất khi có yêu cầu",
            f"    reporters: [{slug}-co-quan]",
            f"    to: ubnd-{slug}",
        ]


WORKSPACE_FILE = """\
# Không gian làm việc sinh tự động để đo hiệu năng kehoach ở quy mô cấp tỉnh.
kehoach: 1
settings:
  before_includes_day: false
  working_days: false
  report_period: tháng
"""


def generate(tasks: int, seed: int = 1) -> dict[str, str]:
    """Every file of the workspace as {relative path: text}; deterministic in (tasks, seed)."""
    rng = Random(seed)
    reg = build_register()
    files = {"kehoach.yaml": WORKSPACE_FILE, "plans/units.yaml": write_register(reg)}
    forms = list(SPAN_WRITERS)  # the first tasks use every form once, at any size
    all_tasks: list[TaskInfo] = []
    for spec in plan_layout(tasks):
        writer = PlanWriter(rng, reg, spec, forms)
        files[f"plans/{spec.slug}/{spec.id}.yaml"] = writer.text()
        all_tasks.extend(writer.tasks)
    files.update(write_progress(rng, reg, [(t.id, t.leads, t.checkpoints, t.targets)
                                           for t in all_tasks]))
    return files


def write_workspace(out: Path, files: dict[str, str], *, force: bool = False) -> None:
    if (out / "plans").exists() or (out / "progress").exists():
        if not force:
            raise SystemExit(f"{out} already holds a workspace; use --force to replace it")
        shutil.rmtree(out / "plans", ignore_errors=True)
        shutil.rmtree(out / "progress", ignore_errors=True)
    for rel, text in files.items():
        path = out / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tasks", type=int, default=10_000, help="number of tasks (default 10000)")
    parser.add_argument("--out", type=Path, required=True, help="folder to write the workspace to")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument("--force", action="store_true", help="replace plans/ and progress/ in OUT")
    args = parser.parse_args(argv)
    if args.tasks < 1:
        parser.error("--tasks must be at least 1")
    files = generate(args.tasks, args.seed)
    write_workspace(args.out, files, force=args.force)
    size = sum(len(text.encode("utf-8")) for text in files.values())
    print(f"{args.out}: {len(files)} files, {size / 1e6:.1f} MB, {args.tasks} tasks")
    return 0


if __name__ == "__main__":
    sys.exit(main())
