"""The draft written as a readable plan file: ruamel.yaml, comments where a person must look.

Every review note is a comment line that starts with the review mark, placed just above what it
is about; ``review_lines`` finds them again in the written text, so the list the command prints
gives the very line of the draft to look at.  The plan is checked against the file format
(``reading.fileformat``) and every time against the time reader before a byte is written.
"""

from __future__ import annotations

import io
import re
from datetime import date, timedelta
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import LiteralScalarString

from kehoach_cli.importing.draft import Draft
from kehoach_cli.importing.reporting import ReportDraft
from kehoach_cli.importing.tasks import Note, TaskDraft
from kehoach_cli.importing.unitnames import Unit, slug
from kehoach_cli.messages import t
from kehoach_cli.reading import fileformat as ff
from kehoach_cli.timeexpr.expressions import TimeExprError
from kehoach_cli.timeexpr.grammar import read_time, read_time_noted

Month = tuple[int, int]  # (year, month)

_COLLECTIVE = re.compile(r"^(?:ubnd |ủy ban nhân dân )?các\s")  # "Các cơ quan, đơn vị": many units


def to_yaml(draft: Draft, source: str) -> str:
    plan = CommentedMap()
    plan.yaml_set_start_comment(t("import.file_comment", source=source))
    plan["kehoach"] = 1
    number = draft.header.number
    year = draft.header.date.year if draft.header.date else ""
    plan["id"] = slug(f"kh-{number.split('/')[0]}-{year}") if number else "kh-moi"
    _document(plan, draft, source)
    if draft.standing:
        plan["standing_unit"] = draft.standing
    _units(plan, draft)
    if draft.sections:
        plan["sections"] = CommentedSeq(
            CommentedMap(ref=r, title=title) for r, title in _unique(draft.sections))
    prefix = f"kh{number.split('/')[0]}-" if re.match(r"^\d+", number) else "nv-"
    seen: set[str] = set()
    plan["tasks"] = CommentedSeq(_task(x, prefix, seen, draft) for x in draft.tasks)
    if draft.reports:
        window = _window(draft)
        plan["reporting"] = CommentedSeq(_report(r, seen, window) for r in draft.reports)
    if draft.notes:
        plan.yaml_set_comment_before_after_key(
            "tasks", before="\n".join([*(_review(code, params) for code, params in draft.notes),
                                        *draft.kept]))
    ff.PlanFile.model_validate(_plain(plan))
    out = io.StringIO()
    yaml = YAML()
    yaml.width = 100
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.dump(plan, out)
    # a wrapped line ends in the space it was wrapped at; YAML folds it away, so drop it
    return "".join(line.rstrip() + "\n" for line in out.getvalue().splitlines())


def review_lines(text: str) -> list[tuple[int, str]]:
    mark = t("import.review_mark")
    return [(n, line.split(mark, 1)[1].strip()) for n, line in enumerate(text.splitlines(), start=1)
            if f"# {mark}" in line]


def _review(code: str, params: dict[str, object]) -> str:
    return f"{t('import.review_mark')} {t(code, **params)}"


def _unique(sections: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [s for i, s in enumerate(sections) if s[0] and s not in sections[:i]]


def _document(plan: CommentedMap, draft: Draft, source: str) -> None:
    h, f = draft.header, draft.footer
    doc: dict[str, Any] = {"kind": h.kind, "number": h.number, "date": h.date, "place": h.place,
                           "issuer": h.issuer, "issuer_parent": h.issuer_parent, "title": h.title}
    if h.date is None:
        found = ", ".join(f"{k}: {v}" for k, v in doc.items() if v)
        plan.yaml_set_start_comment(t("import.file_comment", source=source) + "\n" + _review(
            "import.review_document", {"missing": "date", "found": found or "—"}))
        return
    missing = [k for k in ("number", "place", "issuer", "title") if not doc[k]]
    for key in missing:
        doc[key] = t("import.unknown_value")
    cm = CommentedMap((k, v) for k, v in doc.items() if v or k != "issuer_parent")
    for key in missing:
        cm.yaml_set_comment_before_after_key(key, before=_review("import.review_missing", {"key": key}),
                                             indent=2)
    if h.based_on:
        cm["based_on"] = CommentedSeq(CommentedMap(r) for r in h.based_on)
    if f.position and f.name:
        signer = CommentedMap(authority=f.authority, position=f.position, name=f.name)
        if not f.authority:
            del signer["authority"]
        cm["signer"] = signer
    if f.recipients:
        cm["recipients"] = CommentedSeq(CommentedMap(r) for r in f.recipients)
    if not f.name and (f.position or f.authority) and "recipients" in cm:
        cm.yaml_set_comment_before_after_key("recipients", before=_review("import.review_signer", {
            "block": " / ".join(x for x in (f.authority, f.position, "(đã ký)" if f.signed else "") if x)}),
            indent=2)
    if f.archive:
        cm["archive"] = f.archive
    plan["document"] = cm


def _used(draft: Draft) -> list[Unit]:
    """Units and groups the tasks and reports name, with the members of every group named."""
    order = list(draft.units.used)
    for uid in order:
        order += [m for m in draft.units.all[uid].members if m not in order]
    return [draft.units.all[u] for u in order if not draft.units.all[u].external]


def _units(plan: CommentedMap, draft: Draft) -> None:
    units, groups = CommentedSeq(), CommentedSeq()
    for unit in _used(draft):
        entry = CommentedMap(id=unit.id, name=unit.name)
        if unit.aliases:
            entry["aliases"] = CommentedSeq(dict.fromkeys(a for a in unit.aliases if a != unit.name))
        if unit.members:
            entry["members"] = CommentedSeq(unit.members)
            groups.append(entry)
            continue
        if unit.relation != "giao":
            entry["relation"] = unit.relation
        if unit.communes or (not unit.known and _COLLECTIVE.match(unit.name.lower())):
            entry.yaml_set_comment_before_after_key("name", before=_review("import.review_group_empty", {}),
                                                    indent=4)
        units.append(entry)
    if units:
        plan["units"] = units
    if groups:
        plan["groups"] = groups


def _task(x: TaskDraft, prefix: str, seen: set[str], draft: Draft) -> CommentedMap:
    tid = _fresh(prefix + re.sub(r"[()]", "", x.ref.lower()) if x.ref else prefix + "nv", seen)
    cm = CommentedMap(id=tid, ref=x.ref or "?", title=x.title or x.content[:80])
    cm["content"] = LiteralScalarString(x.content) if "\n" in x.content else x.content
    cm["lead"] = CommentedSeq(x.lead)
    notes: list[Note] = list(x.notes)
    if x.support:
        cm["support"] = CommentedSeq(x.support)
    if x.requested and any(draft.units.all[u].relation == "giao" for u in x.lead):
        cm["requested"] = True
    issued = draft.header.date
    if x.time is not None:
        fits, why = _task_time(x.time, issued)
        notes += why
        if fits:
            cm["time"] = x.time
    milestones = [m for m in x.milestones if _task_time(m["time"], issued)[0]]
    if milestones:
        cm["milestones"] = CommentedSeq(CommentedMap(m) for m in milestones)
    if x.targets:
        cm["targets"] = _targets(x)
    if x.deliverables:
        cm["deliverables"] = CommentedSeq(x.deliverables)
    lines = [_review(code, params) for code, params in notes]
    if x.other_times:
        lines.append(t("import.other_times", times="; ".join(x.other_times)))
    if lines:
        cm.yaml_set_comment_before_after_key("lead", before="\n".join(lines), indent=4)
    return cm


def _targets(x: TaskDraft) -> CommentedSeq:
    seen: set[str] = set()
    out = CommentedSeq()
    for target in x.targets:
        entry = CommentedMap(id=_fresh(slug(target.measure), seen), description=target.description,
                             quantity=target.quantity, measure=target.measure)
        if target.per_unit:
            entry["per_unit"] = True
        out.append(entry)
    return out


def _window(draft: Draft) -> tuple[Month, Month] | None:
    """Proposed reporting months: from the month after the plan's date to its latest task end."""
    when = draft.header.date
    if when is None:
        return None
    ends = [end for x in draft.tasks for text in [x.time or "", *(m["time"] for m in x.milestones)]
            if (end := _end(text, when)) is not None]
    if not ends:
        return None
    first = (when.year + when.month // 12, when.month % 12 + 1)
    last = max(ends)
    if (last.year, last.month) < first:
        return None
    return first, (last.year, last.month)


def _end(text: str, issued: date) -> date | None:
    """The last day of a task's time, None for a time with no end (standing) or none at all."""
    try:
        span = read_time(text, issued=issued) if text else None
    except TimeExprError:
        return None
    return None if span is None or span.is_open else span.end


def _month(month: Month) -> str:
    return f"{month[0]}-{month[1]:02d}"


def _report(r: ReportDraft, seen: set[str], window: tuple[Month, Month] | None) -> CommentedMap:
    cm = CommentedMap(id=_fresh("bc-" + slug(r.kind), seen), ref=r.ref or "?", kind=r.kind,
                      title=r.title, reporters=CommentedSeq(r.reporters))
    if r.via:
        cm["via"] = r.via
    if r.to:
        cm["to"] = r.to
    notes = list(r.notes)
    if r.time and window is not None:
        cm["time"] = r.time
        widened = _reaching_first_due(r.time, *window)
        first, last = _month(window[0]), _month(widened or window[1])
        cm["first_month"], cm["last_month"] = first, last
        notes.append(("import.review_report_window_widened" if widened else "import.review_report_window",
                      {"first": first, "last": last}))
    elif r.time:
        notes.append(("import.review_report_time", {"text": r.time}))
    if notes:
        cm.yaml_set_comment_before_after_key(
            "kind", before="\n".join(_review(c, p) for c, p in notes), indent=4)
    return cm


def _reaching_first_due(regime: str, first: Month, last: Month) -> Month | None:
    """The month of the regime's first due day when the proposed months hold none (a yearly
    report due 15/11 in a plan whose tasks end in June), else None: a window without a due day
    would make the duty owe nothing, silently."""
    start = date(*first, 1)
    y, m = last
    end = date(y + m // 12, m % 12 + 1, 1) - timedelta(days=1)
    try:
        recurrence = read_time(regime).recurrence
    except TimeExprError:
        return None
    if recurrence is None or recurrence.due_days(start, end):
        return None
    later = recurrence.due_days(start, date(start.year + 1, start.month, 1))
    return (later[0].year, later[0].month) if later else None


def _fresh(base: str, seen: set[str]) -> str:
    uid, n = base, 1
    while uid in seen:
        n += 1
        uid = f"{base}-{n}"
    seen.add(uid)
    return uid


def _task_time(text: str, issued: date | None) -> tuple[bool, list[Note]]:
    """Whether ``text`` may go into a task's ``time`` as the loader will read it (with the plan's
    date, no events yet), and what the clerk must look at: a year the reader assumed, an event
    to date under ``events:``, an unreadable time.  A recurrence goes in as written: it is
    judged per occurrence (docs/status-rules.md §3)."""
    try:
        _, assumed = read_time_noted(text, issued=issued)
    except TimeExprError as err:
        if err.code == "time.unknown_event":
            return False, [("import.review_time_event", {"text": text, "event": err.params["event"]})]
        return False, [("import.review_time_unread", {"text": text})]
    return True, [("import.review_time_year", {"text": text, "piece": params["piece"],
                                               "year": params["year"]}) for _, params in assumed]


def _plain(value: object) -> object:
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, str):
        return str(value)
    return value
