"""The plan as an RFC 5545 calendar, for the phones and Outlook people actually look at.

Every dated checkpoint (a milestone, or a task's own time) becomes one all-day event: a
deadline on its last on-time day, a period from its first to its last day.  Recurring report
duties become one event with a monthly RRULE.

UIDs come from the plan and task ids, so a re-import updates events instead of duplicating
them.  DTSTAMP is the time of the export (RFC 5545: when the object was made), or the fixed
time the caller passes (``SOURCE_DATE_EPOCH`` on the command line, for byte-stable files in
git).  SEQUENCE tells a calendar that an event it already has was revised: each event carries
a fingerprint of its content (X-KEHOACH-HASH); against the previous export, an unchanged
event keeps its SEQUENCE and a changed one gets the next, so re-importing or a subscription
updates exactly what changed.
"""

from __future__ import annotations

import calendar as _calendar
import hashlib
import string
import unicodedata
from collections.abc import Iterator, Mapping
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING

from kehoach_cli import __version__
from kehoach_cli.messages import language, t
from kehoach_cli.model import Checkpoint, Plan, ReportObligation, Workspace
from kehoach_cli.timeexpr.deadlines import monthly_due, span_due

if TYPE_CHECKING:
    from icalendar import Alarm, Calendar, Event

ALARM_DAYS = 3
TIMEZONE = "Asia/Ho_Chi_Minh"
_DAY = timedelta(days=1)
_UID_SAFE = frozenset(string.ascii_letters + string.digits + "._-#+")
HASH_PROPERTY = "X-KEHOACH-HASH"
# uid → (SEQUENCE, fingerprint) of the events of a previous export
Previous = Mapping[str, tuple[int, str]]


def involves(ws: Workspace, unit: str, refs: tuple[str, ...]) -> bool:
    """Whether ``unit`` (a unit or a group) is among ``refs``, groups on either side expanded:
    a ward is involved in what "UBND các phường, xã" must do, and a group in what any of its
    members must do."""
    if unit in refs:
        return True
    return bool(set(ws.members(unit)) & set(ws.expand(refs)))


def uid(plan_id: str, key: str) -> str:
    """``<plan>.<key>@kehoach``, non-ASCII percent-encoded: stable, unique, no spaces."""
    raw = unicodedata.normalize("NFC", f"{plan_id}.{key}")
    safe = "".join(
        c if c in _UID_SAFE else "".join(f"%{b:02X}" for b in c.encode()) for c in raw
    )
    return f"{safe}@kehoach"


def _short(ws: Workspace, refs: tuple[str, ...]) -> str:
    def one(ref: str) -> str:
        found = ws.units.get(ref) or ws.groups.get(ref)
        return found.short if found is not None else ref

    return ", ".join(one(r) for r in refs)


def _names(ws: Workspace, refs: tuple[str, ...]) -> str:
    return ", ".join(ws.name_of(r) for r in refs)


def export_time(epoch: str | None = None) -> datetime:
    """Now, to the second, in UTC; or ``epoch`` (seconds, as ``SOURCE_DATE_EPOCH``) when given."""
    if epoch is not None and epoch.strip().isdigit():
        return datetime.fromtimestamp(int(epoch), tz=UTC)
    return datetime.now(tz=UTC).replace(microsecond=0)


def fingerprint(event: Event) -> str:
    """What the event says, without its stamps: equal exactly when nothing shown has changed."""
    return hashlib.sha256(bytes(event.to_ical())).hexdigest()[:20]


def previous_events(data: bytes) -> dict[str, tuple[int, str]]:
    """The SEQUENCE and fingerprint of each event of an earlier export; empty when ``data`` is
    not a calendar kehoach wrote (then every event starts again at SEQUENCE 0)."""
    from icalendar import Calendar

    try:
        cal = Calendar.from_ical(data)
        return {str(e["UID"]): (int(e.get("SEQUENCE", 0)), str(e.get(HASH_PROPERTY, "")))
                for e in cal.walk("VEVENT") if "UID" in e}
    except (ValueError, KeyError, TypeError):
        return {}


def _stamped(event: Event, stamp: datetime, previous: Previous) -> Event:
    """DTSTAMP, the fingerprint, and the SEQUENCE that grows when the content changed."""
    mark = fingerprint(event)
    sequence, known = previous.get(str(event["UID"]), (0, mark))
    event.add("dtstamp", stamp)
    event.add("sequence", sequence if known == mark else sequence + 1)
    event.add(HASH_PROPERTY, mark)
    return event


def _section(plan: Plan, ref: str) -> str:
    found = [s for s in plan.sections if ref == s.ref or ref.startswith(s.ref + ".")]
    return f"{found[-1].ref} {found[-1].title}" if found else ref


def _new_event(plan: Plan, key: str, summary: str, start: date, end: date) -> Event:
    from icalendar import Event

    event = Event()
    event.add("uid", uid(plan.id, key))
    event.add("summary", summary)
    event.add("dtstart", start)
    event.add("dtend", end + _DAY)  # RFC 5545: DTEND of an all-day event is exclusive
    event.add("transp", "TRANSPARENT")  # a deadline does not make anyone busy
    return event


def _alarm(summary: str, *, before_end: bool) -> Alarm:
    """A reminder ALARM_DAYS before the (last) day; for periods counted from the exclusive
    end, so it still falls ALARM_DAYS before the last day."""
    from icalendar import Alarm

    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    if before_end:
        alarm.add("trigger", -timedelta(days=ALARM_DAYS + 1), parameters={"RELATED": "END"})
        alarm.add("description", t("calendar.alarm_period", days=ALARM_DAYS, summary=summary))
    else:
        alarm.add("trigger", -timedelta(days=ALARM_DAYS))
        alarm.add("description", t("calendar.alarm_deadline", days=ALARM_DAYS, summary=summary))
    return alarm


def _plan_line(plan: Plan, ref: str) -> str:
    from kehoach_cli.timeexpr.vndate import issue_date

    doc = plan.document
    return t("calendar.desc_plan", number=doc.number, date=issue_date(doc.date),
             issuer=doc.issuer, ref=ref)


def _checkpoint_event(ws: Workspace, plan: Plan, cp: Checkpoint) -> Event:
    from kehoach_cli.timeexpr.vndate import long_date

    task = cp.task
    due = span_due(cp.time, ws.settings)
    start = cp.time.start or due
    summary = t("calendar.summary", ref=task.ref, title=cp.title, who=_short(ws, task.lead))
    lines = [_plan_line(plan, task.ref)]
    if cp.milestone is not None:
        lines.append(t("calendar.desc_task", title=task.title))
    lines.append(t("calendar.desc_time", text=cp.time.text, due=long_date(due)))
    lines.append(t("calendar.desc_lead", names=_names(ws, task.lead)))
    if task.support:
        lines.append(t("calendar.desc_support", names=_names(ws, task.support)))
    made = cp.milestone.deliverable if cp.milestone else ", ".join(task.deliverables)
    if made:
        lines.append(t("calendar.desc_deliverable", text=made))
    if task.content:
        lines += ["", task.content]
    event = _new_event(plan, cp.key, summary, start, due)
    event.add("description", "\n".join(lines))
    event.add("categories", [_section(plan, task.ref)])
    if cp.time.tentative:  # "dự kiến …": the plan itself says the date may move
        event.add("status", "TENTATIVE")
    event.add_component(_alarm(summary, before_end=start < due))
    return event


def _rrule_fits(ws: Workspace, ob: ReportObligation) -> bool:
    """An RRULE can say "day 19 of every month" but not "moved to the next working day", nor
    "day 30, or the last day in February": those are written out month by month instead."""
    assert ob.deadline is not None
    if ws.settings.working_days:
        return False
    return all(ob.deadline.day <= _calendar.monthrange(y, m)[1] for y, m in ob.months())


def _report_events(ws: Workspace, plan: Plan, ob: ReportObligation) -> Iterator[Event]:
    from kehoach_cli.timeexpr.vndate import month_label

    months = list(ob.months())
    if ob.deadline is None or not months:
        yield from _regime_events(ws, plan, ob)
        return
    summary = t("calendar.report_summary", ref=ob.ref, title=ob.title,
                who=_short(ws, ob.reporters))
    lines = [_plan_line(plan, ob.ref),
             t("calendar.desc_report_time", text=ob.deadline.text,
               first=month_label(*months[0]), last=month_label(*months[-1])),
             t("calendar.desc_reporters", names=_names(ws, ob.reporters))]
    lines += [t(code, names=ws.name_of(ref)) for code, ref in
              (("calendar.desc_via", ob.via), ("calendar.desc_to", ob.to)) if ref is not None]
    dues = [monthly_due(ob.deadline, month, ws.settings) for month in months]
    recurring = len(months) > 1 and _rrule_fits(ws, ob)
    for month, due in zip(months, dues, strict=True):
        key = f"{ob.id}+report" if recurring else f"{ob.id}+report-{month[0]}-{month[1]:02d}"
        event = _new_event(plan, key, summary, due, due)
        if recurring:
            event.add("rrule", {"freq": "monthly", "bymonthday": ob.deadline.day,
                                "until": dues[-1]})
        event.add("description", "\n".join(lines))
        event.add("categories", [_section(plan, ob.ref)])
        event.add_component(_alarm(summary, before_end=False))
        yield event
        if recurring:
            return


def _regime_events(ws: Workspace, plan: Plan, ob: ReportObligation) -> Iterator[Event]:
    """Any other regime (quarterly, half-yearly, yearly, weekly): one event per due day, from
    the same due days the report queries judge (``queries.reports.due_days``)."""
    from kehoach_cli.queries.reports import due_days
    from kehoach_cli.timeexpr.vndate import short_date

    summary = t("calendar.report_summary", ref=ob.ref, title=ob.title,
                who=_short(ws, ob.reporters))
    for _, due in due_days(ws, ob):
        lines = [_plan_line(plan, ob.ref), short_date(due),
                 t("calendar.desc_reporters", names=_names(ws, ob.reporters))]
        event = _new_event(plan, f"{ob.id}+report-{due.isoformat()}", summary, due, due)
        event.add("description", "\n".join(lines))
        event.add("categories", [_section(plan, ob.ref)])
        event.add_component(_alarm(summary, before_end=False))
        yield event


def events(ws: Workspace, unit: str | None = None) -> Iterator[Event]:
    """In plan order: each dated checkpoint, then each report duty with a monthly deadline."""
    for plan in ws.plans:
        for task in plan.tasks:
            if unit is not None and not involves(ws, unit, task.lead + task.support):
                continue
            for cp in task.checkpoints():
                if span_due(cp.time, ws.settings) != date.max:  # standing: no day to show
                    yield _checkpoint_event(ws, plan, cp)
        for ob in plan.reporting:
            who = ob.reporters + tuple(u for u in (ob.via, ob.to) if u is not None)
            if unit is None or involves(ws, unit, who):
                yield from _report_events(ws, plan, ob)


def calendar_name(ws: Workspace, unit: str | None) -> str:
    numbers = ", ".join(p.document.number for p in ws.plans)
    name = t("calendar.name", numbers=numbers)
    return name if unit is None else t("calendar.name_unit", name=name, unit=_short(ws, (unit,)))


def build_calendar(ws: Workspace, unit: str | None = None, *, stamp: datetime | None = None,
                   previous: Previous | None = None) -> Calendar:
    """The whole calendar; ``unit`` keeps what it leads, supports, reports, or receives.

    ``stamp`` is DTSTAMP (default: now); ``previous`` the events of the last export
    (``previous_events``), against which SEQUENCE is counted."""
    from icalendar import Calendar

    cal = Calendar()
    cal.add("prodid", f"-//kehoach//kehoach {__version__}//{language().upper()}")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", calendar_name(ws, unit))
    # one line: icalendar refuses a raw line break in this non-standard property
    cal.add("x-wr-caldesc", "; ".join(p.document.title for p in ws.plans))
    cal.add("x-wr-timezone", TIMEZONE)
    when = stamp or export_time()
    for event in events(ws, unit):
        cal.add_component(_stamped(event, when, previous or {}))
    return cal


def to_ics(ws: Workspace, unit: str | None = None, *, stamp: datetime | None = None,
           previous: Previous | None = None) -> bytes:
    return bytes(build_calendar(ws, unit, stamp=stamp, previous=previous).to_ical())
