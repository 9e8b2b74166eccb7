"""Tables for the query commands, drawn with rich from the dicts of ``queries``.

The views only lay out what ``queries`` computed, in the chosen language.  Off a terminal
(pipes, tests, CI) the width is fixed — ``COLUMNS`` or 100 — so the output is the same on
every machine; ``NO_COLOR`` is honoured by rich itself.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from datetime import date
from typing import Any

from rich import box
from rich.cells import cell_len
from rich.console import Console, Group, JustifyMethod, RenderableType
from rich.table import Table
from rich.text import Text

from kehoach_cli.messages import t
from kehoach_cli.queries.lists import CODES, Item
from kehoach_cli.render.plaintable import plain_lines
from kehoach_cli.render.rowpick import STATUS_TABLE_ROWS as STATUS_TABLE_ROWS
from kehoach_cli.render.rowpick import count_need, most_in_need, report_need
from kehoach_cli.timeexpr.vndate import long_date, month_label, table_date

OVERDUE_STYLE = "bold red"
STATUS_STYLES = {"overdue": OVERDUE_STYLE, "done_late": "yellow", "done_on_time": "green",
                 "in_progress": "cyan", "not_due": "dim"}
STATUS_OVERDUE_ROWS = 10
BAR_WIDTH = 20
NUMBER_WIDTH = 7


def console() -> Console:
    """A terminal console, or a fixed-width one when the output is not a terminal."""
    width = None
    if not sys.stdout.isatty():
        raw = os.environ.get("COLUMNS", "")
        width = int(raw) if raw.isdigit() and int(raw) > 20 else 100
    return Console(width=width, markup=False, highlight=False, emoji=False)


def show(renderable: RenderableType) -> None:
    """Print to the terminal, or as plain lines without trailing padding when redirected."""
    con = console()
    if con.is_terminal:
        con.print(renderable)
        return
    sys.stdout.write("\n".join(plain_lines(con, renderable)) + "\n")


def _date(iso: str | None) -> str:
    return table_date(date.fromisoformat(iso)) if iso else ""


def _long(iso: str) -> str:
    return long_date(date.fromisoformat(iso))


def _period(iso_month: str) -> str:
    year, month = iso_month.split("-")
    return month_label(int(year), int(month))


def _rate(value: float | None) -> str:
    return t("q.none_rate") if value is None else f"{value * 100:.1f}%"


def _table(title: str | None, *columns: str, right: Iterable[int] = (),
           counts: bool = False, tight: bool = False) -> Table:
    """A borderless table; ``counts`` keeps right-aligned count columns narrow (their headers
    wrap instead of squeezing the names) and ``tight`` leaves one space between columns."""
    table = Table(title=title, title_justify="left", box=box.SIMPLE_HEAD, show_edge=False,
                  pad_edge=False, collapse_padding=tight, min_width=cell_len(title or ""))
    aligned = set(right)
    for i, name in enumerate(columns):
        width = NUMBER_WIDTH if counts and i in aligned else None
        justify: JustifyMethod = "right" if i in aligned else "left"
        table.add_column(name, justify=justify, max_width=width, overflow="fold")
    return table


def status_label(item: Item) -> Text:
    label = t(f"cat.{item['status']}")
    return Text(label, style=STATUS_STYLES.get(item["status"], ""))


def content(item: Item) -> str:
    """A task's title (and milestone), or a report's kind and month; marked when the plan
    only requests it (đề nghị) and when another clause states it again."""
    if item["kind"] == "report" and item.get("regime", "month") != "month":
        shown = str(item["title"])  # named by the plan; the due day tells the weeks apart
    elif item["kind"] == "report":
        shown = f"{t('q.report.' + item['type'])} {_period(item['period'])}"
    elif item["milestone"]:
        shown = f"{item['title']}\n{t('q.milestone', title=item['milestone']['title'])}"
    else:
        shown = str(item["title"])
    if item.get("restated_in"):
        shown += "\n" + t("q.restated", refs=", ".join(item["restated_in"]))
    return shown + (" " + t("q.requested") if item.get("requested") else "")


def _days(item: Item) -> str:
    if item["status"] == "overdue":
        return t("q.days_late", n=item["days_overdue"])
    left = item.get("days_left")
    if left is None:
        return ""
    return t("q.due_today") if left == 0 else t("q.days_left", n=left)


def items_table(title: str, items: list[Item]) -> Table:
    """Overdue or upcoming items: one row per unit and thing due, urgent first."""
    table = _table(title, t("col.ref"), t("col.content"), t("col.unit"), t("col.due"),
                   t("col.left") if items and items[0]["status"] != "overdue" else t("col.late"),
                   right=(4,))
    for item in items:
        style = OVERDUE_STYLE if item["status"] == "overdue" else ""
        table.add_row(item["ref"], content(item), item["unit"]["name"], _date(item["due"]),
                      _days(item), style=style)
    return table


def overdue_view(data: dict[str, Any]) -> RenderableType:
    as_of = _long(data["as_of"])
    if not data["items"]:
        return Text(t("overdue.none", date=as_of))
    return items_table(t("overdue.title", date=as_of, count=len(data["items"])), data["items"])


def upcoming_view(data: dict[str, Any]) -> RenderableType:
    as_of, days = _long(data["as_of"]), data["within_days"]
    if not data["items"]:
        return Text(t("upcoming.none", days=days, date=as_of))
    title = t("upcoming.title", days=days, date=as_of, count=len(data["items"]))
    return items_table(title, data["items"])


def _counts_table(title: str, first: list[str], rows: list[Item], names: list[list[str]],
                  extra: Iterable[tuple[str, str]] = ()) -> Table:
    """Rows of per-category counts with the on-time rate; ``extra`` adds (header, key)."""
    more = list(extra)
    headers = [*first, *(t(f"cat_short.{c}") for c in CODES), t("col.rate"),
               *(h for h, _ in more)]
    table = _table(title, *headers, right=range(len(first), len(headers)), counts=True,
                   tight=len(more) > 1)
    for row, label in zip(rows, names, strict=True):
        cells = [*label, *(str(row[c]) for c in CODES), _rate(row["on_time_rate"]),
                 *(str(row[k]) for _, k in more)]
        table.add_row(*cells, style=OVERDUE_STYLE if row["overdue"] else "")
    return table


def units_view(data: dict[str, Any]) -> RenderableType:
    """Short names keep the row on one line; each is also accepted by ``--unit``."""
    extra = [(t("col.lead"), "lead"), (t("col.support"), "support"),
             (t("col.reports_late"), "reports_overdue")]
    first = [t("col.unit")]
    units = _counts_table(t("units.units", date=_long(data["as_of"])), first, data["units"],
                          [[r["short"]] for r in data["units"]], extra)
    rows = [{**r, "size": len(r["members"])} for r in data["groups"]]
    groups = _counts_table(t("units.groups"), first, rows, [[r["short"]] for r in rows],
                           [(t("col.members"), "size"), *extra])
    return Group(units, Text(""), groups)


def _assigned_table(title: str, items: list[Item], with_lead: bool) -> Table:
    headers = [t("col.ref"), t("col.content"), t("col.time")]
    headers += [t("col.lead_units")] if with_lead else []
    table = _table(title, *headers, t("col.status"))
    for item in items:
        row = [item["ref"], content(item), item["time"] or t("q.no_time")]
        row += [", ".join(u["name"] for u in item["lead"])] if with_lead else []
        label = status_label(item)
        if item["status"] == "overdue":
            label.append(f" ({t('q.days_late', n=item['days_overdue'])})")
        table.add_row(*row, label)
    return table


def assignments_view(data: dict[str, Any]) -> RenderableType:
    title = t("assignments.title", name=data["unit"]["name"], date=_long(data["as_of"]))
    parts: list[RenderableType] = [Text(title, style="bold")]
    for key, with_lead in (("lead", False), ("support", True)):
        heading = t(f"assignments.{key}", count=len(data[key]))
        if data[key]:
            parts.append(_assigned_table(heading, data[key], with_lead))
        else:
            parts += [Text(heading), Text(t("assignments.none"))]
    return Group(*_spaced(parts))


def _bar(rate: float) -> str:
    full = round(rate * BAR_WIDTH)
    return "█" * full + "░" * (BAR_WIDTH - full) + f" {rate * 100:.0f}%"


def _targets_table(title: str, targets: list[Item]) -> Table:
    table = _table(title, t("col.ref"), t("col.target"), t("col.progress"), t("col.result"),
                   right=(3,))
    for tg in targets:
        table.add_row(tg["ref"], tg["description"], _bar(tg["rate"]),
                      f"{tg['achieved']}/{tg['goal']} {tg['measure']}")
    return table


def _reports_part(data: dict[str, Any]) -> list[RenderableType]:
    reports, month = data["reports"], _period(data["as_of"][:7])
    if not reports:
        return [Text(t("status.no_reports", month=month))]
    filed = sum(1 for r in reports if r["submitted"])
    late = sum(1 for r in reports if r["submitted"] and r["status"] == "done_late")
    overdue = sum(1 for r in reports if not r["submitted"] and r["status"] == "overdue")
    table = _table(t("status.reports", month=month, filed=filed, total=len(reports), late=late,
                     overdue=overdue),
                   t("col.report"), t("col.unit"), t("col.due"), t("col.submitted"),
                   t("col.status"))
    shown, more = most_in_need(reports, report_need)
    for r in shown:
        table.add_row(t("q.report." + r["type"]), r["unit"]["name"], _date(r["due"]),
                      _date(r["submitted"]), status_label(r))
    return [table, *_more("status.reports_more", more)]


def _section_names(sections: list[Item]) -> list[list[str]]:
    """Ref and title; with sections of several plans, the ref says whose it is."""
    several = len({s["plan"] for s in sections}) > 1
    return [[f"{s['plan']} {s['ref']}" if several else s["ref"], s["title"]] for s in sections]


def _unit_names(units: list[Item]) -> list[list[str]]:
    """Short names, unless two units shown share one (a province has a "VH&TT" per district)."""
    shorts = [u["short"] for u in units]
    key = "short" if len(set(shorts)) == len(shorts) else "name"
    return [[u[key]] for u in units]


def status_view(data: dict[str, Any], overdue: list[Item], overdue_total: int | None = None,
                ) -> RenderableType:
    """One screen whatever the size: each long table keeps the rows most in need of
    attention (``STATUS_TABLE_ROWS``) and says how many more there are and where to see them;
    ``--json`` always has every row.  ``overdue`` may be the first of ``overdue_total``."""
    totals = data["totals"]
    parts: list[RenderableType] = [Text(t("status.title", date=_long(data["as_of"])),
                                        style="bold")]
    table = _table(t("status.totals", count=sum(totals.values())), t("col.category"),
                   t("col.count"), right=(1,))
    for code in CODES:
        table.add_row(status_label({"status": code}), str(totals[code]))
    parts.append(table)
    if data.get("standing"):
        parts.append(Text(t("status.standing", count=data["standing"])))
    sections, more = most_in_need(data["sections"], count_need)
    parts.append(_counts_table(_title("status.sections", sections, more),
                               [t("col.section"), t("col.content")], sections,
                               _section_names(sections)))
    parts += _more("status.sections_more", more)
    ordered = [u for u in data["units"] if not u.get("requested")]
    units, more = most_in_need(ordered, count_need)
    parts.append(_counts_table(_title("status.units", units, more), [t("col.unit")], units,
                               _unit_names(units)))
    parts += _more("status.units_more", more)
    asked = [u for u in data["units"] if u.get("requested")]
    if asked:  # requested bodies: shown apart, outside the emulation (thi đua) rates above
        shown, more = most_in_need(asked, count_need)
        parts.append(_counts_table(t("status.requested_units"), [t("col.unit")], shown,
                                   _unit_names(shown)))
        parts += _more("status.units_more", more)
    if data["targets"]:
        targets, more = most_in_need(data["targets"], lambda tg: (tg["rate"],))
        parts.append(_targets_table(_title("status.targets", targets, more), targets))
        parts += _more("status.targets_more", more)
    if overdue:
        shown = overdue[:STATUS_OVERDUE_ROWS]
        total = len(overdue) if overdue_total is None else overdue_total
        parts.append(items_table(t("status.overdue", count=total), shown))
        parts += _more("status.overdue_more", total - len(shown))
    parts += _reports_part(data)
    return Group(*_spaced(parts))


def _title(code: str, shown: list[Item], more: int) -> str:
    if not more:
        return t(code)
    return t(f"{code}_worst", shown=len(shown), total=len(shown) + more)


def _more(code: str, count: int) -> list[RenderableType]:
    return [Text(t(code, count=count))] if count > 0 else []


def _spaced(parts: list[RenderableType]) -> list[RenderableType]:
    out: list[RenderableType] = []
    for part in parts:
        out += [part, Text("")]
    return out[:-1]
