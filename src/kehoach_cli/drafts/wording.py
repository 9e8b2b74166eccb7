"""How a draft names things the way an official writes them, not the way the YAML stores them.

* A clause of the plan as a reader says it: ``II.3.(1)`` → "điểm (1) mục 3 phần II",
  ``III.1.b9`` → "gạch đầu dòng thứ 9 mục 1 phần III".
* Months as ranges: "các tháng 3–8/2023", "tháng 12/2023 và các tháng 1–2/2024".
* A long list of units grouped under the plan's collective name: "UBND các phường, xã (5/16):
  Cẩm Phú, Cẩm Sơn, …", or when most of a group is in it, "UBND các phường, xã (13/16 đơn vị,
  trừ Cẩm Bình, Cẩm Đông, Dương Huy)" — members by their short names.
* A unit's complaint or proposal attributed, never taken over as the sender's own words:
  "Phòng Văn hóa và Thông tin Thành phố phản ánh: nhiều đơn vị gửi báo cáo muộn …".
* Document numbers with a non-breaking hyphen ("48/KH‑UBND") so that a line never breaks
  inside them.
* An obligation the plan states twice is cited at both clauses, the one it is judged at first:
  "gạch đầu dòng thứ 1 mục 4 phần II, nhắc lại tại gạch đầu dòng thứ 1 phần VI"; the restating
  clause names the one it restates ("…, nhắc lại điểm (5) mục 3 phần II") and is followed
  there ("Theo dõi tại điểm (5) mục 3 phần II").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from kehoach_cli.drafts.docparts import NB_HYPHEN, lower_first
from kehoach_cli.model import Checkpoint, Task, TimeSpan, Workspace
from kehoach_cli.queries.restating import restated_in, task_of

_ROMAN = re.compile(r"^[IVXLC]+$")
_BULLET = re.compile(r"^b(\d+)$")
_POINT = re.compile(r"^\((\d+)\)$")
_ASKS = re.compile(r"^(kính\s+)?đề\s+nghị\s+", re.IGNORECASE)
RESTATED_AT = "nhắc lại tại"  # original clause, then the clauses that state it again
RESTATES = "nhắc lại"  # restating clause, then the clause it states again
TRACKED_AT = "Theo dõi tại {clause}"  # a restating clause's status: judged at the original
SEE = "xem {clause}"  # a restating milestone's time: the original's
# The period a report of each regime covers (drafts/reportperiods.py picks it from a due day);
# a monthly report is named by its month ("tháng 8/2023"), a one-off by its due day.
QUARTER = "quý {n}/{year}"
QUARTER_NUMBERS = ("I", "II", "III", "IV")
HALVES = ("6 tháng đầu năm {year}", "6 tháng cuối năm {year}")
YEAR = "năm {year}"
WEEK = "tuần từ ngày {start} đến ngày {end}"
ONE_OFF = "hạn ngày {day}"
DUE_BY = "chậm nhất ngày {days}"  # a due day already moved for "trước" (trước ngày 12 → 11)
_NO_TIME = TimeSpan("", None, date.max)
GROUP_AT = 4  # this many members of a group in one list are written under the group's name


def nb_number(number: str) -> str:
    """"48/KH‑UBND": the hyphens of a document number made non-breaking."""
    return number.replace("-", NB_HYPHEN)


def clause_name(ref: str) -> str:
    """The plan's clause as a reader names it, innermost first."""
    part = ""
    items: list[str] = []
    numbers: list[str] = []
    for piece in ref.split("."):
        if _ROMAN.match(piece) and not part:
            part = piece
        elif piece.isdigit():
            numbers.append(piece)
        elif m := _BULLET.match(piece):
            items.append(f"gạch đầu dòng thứ {m.group(1)}")
        elif m := _POINT.match(piece):
            items.append(f"điểm ({m.group(1)})")
        else:
            items.append(piece)
    words = list(reversed(items))
    if numbers:
        words.append(f"mục {'.'.join(numbers)}")
    if part:
        words.append(f"phần {part}")
    return " ".join(words) or ref


def months_text(months: Sequence[tuple[int, int]]) -> str:
    """"tháng 8/2023", "các tháng 3–8/2023", "các tháng 3–5, 7/2023" — runs of months as
    ranges, one year at a time."""
    by_year: dict[int, list[int]] = {}
    for year, month in sorted(set(months)):
        by_year.setdefault(year, []).append(month)
    parts = []
    for year, found in by_year.items():
        runs: list[list[int]] = []
        for m in found:
            if runs and runs[-1][-1] == m - 1:
                runs[-1].append(m)
            else:
                runs.append([m])
        text = ", ".join(str(r[0]) if len(r) == 1 else f"{r[0]}–{r[-1]}" for r in runs)
        parts.append(("tháng " if len(found) == 1 else "các tháng ") + f"{text}/{year}")
    return " và ".join(parts)


def short_name(ws: Workspace, uid: str) -> str:
    unit = ws.units.get(uid)
    return unit.short if unit is not None and unit.short else ws.name_of(uid)


def smallest_groups(ws: Workspace) -> set[str]:
    """Groups none of whose sub-groups is also a group: "UBND các phường, xã", not "Tất cả"."""
    sets = {gid: set(g.members) for gid, g in ws.groups.items()}
    return {gid for gid, members in sets.items()
            if not any(other < members for o, other in sets.items() if o != gid)}


def grouped_names(ws: Workspace, units: Sequence[str]) -> tuple[str, ...]:
    """The units by name, in the order given; at least ``GROUP_AT`` members of a group
    become one item under the group's name: "UBND các phường, xã (13/16): Cẩm Phú, …"."""
    chosen = list(dict.fromkeys(units))
    smallest = smallest_groups(ws)
    grouped: dict[str, str] = {}  # first member → the group's item
    left = list(chosen)
    for gid, group in sorted(ws.groups.items(), key=lambda g: -len(g[1].members)):
        if gid not in smallest:
            continue
        inside = [u for u in left if u in group.members]
        if len(inside) < GROUP_AT:
            continue
        left = [u for u in left if u not in inside]
        if len(inside) == len(group.members):
            grouped[inside[0]] = f"{ws.name_of(gid)} (cả {len(inside)} đơn vị)"
        elif 2 * len(inside) > len(group.members):  # most of them: name those not in it
            rest = ", ".join(short_name(ws, u) for u in group.members if u not in inside)
            grouped[inside[0]] = (f"{ws.name_of(gid)} ({len(inside)}/{len(group.members)} đơn "
                                  f"vị, trừ {rest})")
        else:
            names = ", ".join(short_name(ws, u) for u in inside)
            grouped[inside[0]] = f"{ws.name_of(gid)} ({len(inside)}/{len(group.members)}): {names}"
    return tuple(grouped[u] if u in grouped else ws.name_of(u)
                 for u in chosen if u in grouped or u in left)


def unit_list(ws: Workspace, units: Sequence[str]) -> str:
    """The units as one phrase, the count first when there are several."""
    count = len(dict.fromkeys(units))
    pieces = grouped_names(ws, units)
    text = "; ".join(pieces) if any(":" in p for p in pieces) else ", ".join(pieces)
    return f"{count} đơn vị: {text}" if count > 1 else text


def attributed(ws: Workspace, uid: str, verb: str, text: str) -> str:
    """"<unit> <verb>: <text>" with the text's own "Đề nghị …" dropped and lower-cased, so the
    sentence reads as the unit's and never as the sender's."""
    body = _ASKS.sub("", text.strip())
    body = lower_first(body).rstrip()
    if body and body[-1] not in ".!?…":
        body += "."
    return f"{ws.name_of(uid)} {verb} {body}"


def joined(words: Sequence[str]) -> str:
    """"a", "a và b", "a, b và c"."""
    words = list(dict.fromkeys(words))
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} và {words[-1]}"


def cited(ref: str, restated: Sequence[str] = (), restates: Sequence[str] = ()) -> str:
    """The clause ``ref`` as a reader names it, with the clauses stating the same obligation
    again (``restated``) or the clause it states again (``restates``), all by their names."""
    text = clause_name(ref)
    if restated:
        text += f", {RESTATED_AT} {joined([clause_name(r) for r in restated])}"
    if restates:
        text += f", {RESTATES} {joined([clause_name(r) for r in restates])}"
    return text


def original_ref(ws: Workspace, key: str) -> str:
    """The ref of the clause a restatement's key ("task" or "task#milestone") points to."""
    task = ws.tasks.get(task_of(key))
    return task.ref if task is not None else key


def checkpoint_clause(ws: Workspace, cp: Checkpoint) -> str:
    """One checkpoint's clause, with every clause that restates its obligation."""
    return cited(cp.task.ref, restated_in(ws, cp))


def task_clause(ws: Workspace, task: Task) -> str:
    """A task's clause, with the clauses restating any of its checkpoints (or its whole), or
    the clauses it restates itself (wholly, or in a milestone)."""
    whole = Checkpoint(task, None, task.time or _NO_TIME)  # keyed by the task's id: it asks
    # for what restates the task as a whole, even one with no time of its own or in parts
    restated = restated_in(ws, whole) + [r for m in task.milestones
                                         for r in restated_in(ws, Checkpoint(task, m, m.time))]
    said = [task.restates] if task.restates else [m.restates for m in task.milestones
                                                 if m.restates is not None]
    return cited(task.ref, restated, [original_ref(ws, k) for k in said])
