"""Monthly progress files from every unit: what each lead unit reported on each of its tasks.

A checkpoint (a task's own time, or one of its milestones) is reported "in progress" in the month
work starts and "done" in the month it is finished: most on time, a few percent late, a few never
(overdue at the end of the year).  Dates are chosen so that the checks pass: a completion date is
never after the day the report was sent, and a figure above its target always carries a note.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from random import Random

from timeforms import YEAR
from unitsgen import Register
from vocab import OBSTACLES, PROPOSALS, RESULTS


@dataclass(frozen=True)
class Checkpoint:
    milestone: str | None
    start: date | None
    end: date | None


TaskRow = tuple[str, tuple[str, ...], list[Checkpoint], list[tuple[str, int]]]
Entry = tuple[str, str, list[str]]  # task id, milestone id or "", YAML lines


def q(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


class ProgressWriter:
    def __init__(self, rng: Random, reg: Register) -> None:
        self.rng = rng
        self.units = {u.id: u for u in reg.units}
        self.submitted = {
            (uid, m): rng.randint(20, 27) if rng.random() < 0.04 else rng.randint(10, 19)
            for uid in self.units
            for m in range(1, 13)
        }
        self.entries: dict[tuple[str, int], list[Entry]] = defaultdict(list)

    def task(self, row: TaskRow) -> None:
        task_id, leads, checkpoints, targets = row
        for unit in leads:
            for k, cp in enumerate(checkpoints):
                last = k == len(checkpoints) - 1
                self._checkpoint(unit, task_id, cp, targets if last else [])

    def _checkpoint(self, unit: str, task_id: str, cp: Checkpoint,
                    targets: list[tuple[str, int]]) -> None:
        rng = self.rng
        if cp.end is None:  # no time written: report whenever the work happens
            first = rng.randint(1, 12)
            done = rng.randint(first, 12) if rng.random() < 0.6 else None
        else:
            first = cp.start.month if cp.start else max(1, cp.end.month - 1)
            roll = rng.random()
            done = cp.end.month if roll < 0.86 else None
            if 0.86 <= roll < 0.93:
                done = min(12, cp.end.month + 1)
        if done is None or first < done:
            state = "chưa triển khai" if rng.random() < 0.1 else "đang thực hiện"
            self._add(unit, first, task_id, cp.milestone, self._open(state))
        if done is None and first < 12 and rng.random() < 0.5:
            self._add(unit, 12, task_id, cp.milestone, self._open("đang thực hiện"))
        if done is not None:
            sent = self.submitted[(unit, done)]
            limit = cp.end.day if cp.end and cp.end.month == done else sent
            day = rng.randint(1, min(sent, limit))
            lines = self._done(date(YEAR, done, day), targets)
            self._add(unit, done, task_id, cp.milestone, lines)

    def _add(self, unit: str, month: int, task: str, ms: str | None, lines: list[str]) -> None:
        head = [f"  - task: {task}"] + ([f"    milestone: {ms}"] if ms else [])
        self.entries[(unit, month)].append((task, ms or "", head + lines))

    def _result(self) -> str:
        r = self.rng
        return r.choice(RESULTS).format(n=r.randint(2, 40), m=r.randint(50, 3000))

    def _open(self, state: str) -> list[str]:
        lines = [f"    state: {state}"]
        if state == "đang thực hiện":
            lines.append(f"    results: {q(self._result())}")
        if self.rng.random() < 0.15:
            lines.append(f"    obstacles: {q(self.rng.choice(OBSTACLES))}")
            lines.append(f"    proposals: {q(self.rng.choice(PROPOSALS))}")
        return lines

    def _done(self, completed: date, targets: list[tuple[str, int]]) -> list[str]:
        rng = self.rng
        lines = [
            "    state: hoàn thành",
            f"    completed: {completed.isoformat()}",
            f"    results: {q(self._result())}",
        ]
        if targets:
            lines.append("    figures:")
            for target_id, quantity in targets:
                roll = rng.random()
                value = quantity + rng.randint(1, 5) if roll < 0.05 else quantity
                lines += [f"      - target: {target_id}", f"        value: {value}"]
                if value > quantity:
                    lines.append(f"        note: {q('Vượt chỉ tiêu do huy động xã hội hóa')}")
        number = rng.randint(10, 400)
        evidence = f"Báo cáo số {number}/BC-UBND ngày {completed.day}/{completed.month}/{YEAR}"
        lines.append(f"    evidence: [{q(evidence)}]")
        return lines

    def files(self) -> dict[str, str]:
        out = {}
        for uid, unit in self.units.items():
            for month in range(1, 13):
                out[f"progress/{YEAR}-{month:02d}/{uid}.yaml"] = self._file(uid, unit.name, month)
        return out

    def _file(self, uid: str, name: str, month: int) -> str:
        day = self.submitted[(uid, month)]
        lines = [
            f"# Báo cáo tiến độ tháng {month:02d}/{YEAR} của {name}.",
            "kehoach: 1",
            f"unit: {uid}",
            f'month: "{YEAR}-{month:02d}"',
            f"submitted: {YEAR}-{month:02d}-{day:02d}",
        ]
        if month % 3 == 0 and not uid.startswith(("so-", "ubnd-")) and "-xa-" not in uid:
            lines.append(f"thematic_submitted: {YEAR}-{month:02d}-{max(1, day - 3):02d}")
        entries = sorted(self.entries.get((uid, month), []), key=lambda e: e[0])
        if not entries:
            return "\n".join([*lines, "entries: []"]) + "\n"
        lines.append("entries:")
        for _, _, body in entries:
            lines.extend(body)
        return "\n".join(lines) + "\n"


def write_progress(rng: Random, reg: Register, tasks: list[TaskRow]) -> dict[str, str]:
    writer = ProgressWriter(rng, reg)
    for row in tasks:
        writer.task(row)
    return writer.files()
