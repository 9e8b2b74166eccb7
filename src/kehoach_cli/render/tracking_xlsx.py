"""The tracking table as an Excel workbook, as offices keep it: one sheet of tasks and
milestones, one of reporting duties per unit per month.

Made with openpyxl.  Each sheet has a bold header row that stays in view (frozen) and is
repeated on every printed page, filters on every column, set widths with wrapped text, real
dates (shown dd/mm/yyyy), status cells coloured by category, A4 landscape fitted to the page
width, in Times New Roman as administrative documents are.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from io import BytesIO
from typing import TYPE_CHECKING, Any

from kehoach_cli.messages import t
from kehoach_cli.queries.lists import Item

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

FONT = "Times New Roman"
FONT_SIZE = 12
DATE_FORMAT = "DD/MM/YYYY"
HEADER_FILL = "D9E1F2"
STATUS_FILLS = {"done_on_time": "C6EFCE", "done_late": "FFEB9C", "in_progress": "DDEBF7",
                "overdue": "FFC7CE", "not_due": "EDEDED"}

Cell = Callable[[Item], Any]
# (header message code, width in characters, value of a row)
Column = tuple[str, int, Cell]


def _yes(value: object) -> str:
    return t("x.yes") if value else ""


def _content(row: Item) -> str:
    if row["milestone"] is None:
        return str(row["title"])
    return f"{row['title']}\n{t('q.milestone', title=row['milestone'])}"


def _status(row: Item) -> str:
    return t(f"cat.{row['status']}")


TASK_COLUMNS: tuple[Column, ...] = (
    ("x.col.stt", 6, lambda r: r["stt"]),
    ("x.col.ref", 9, lambda r: r["ref"]),
    ("x.col.content", 48, _content),
    ("x.col.lead", 28, lambda r: "\n".join(r["lead"])),
    ("x.col.support", 28, lambda r: "\n".join(r["support"])),
    ("x.col.time", 22, lambda r: r["time"] or t("q.no_time")),
    ("x.col.due", 13, lambda r: r["due"]),
    ("x.col.status", 22, _status),
    ("x.col.completed", 13, lambda r: r["completed"]),
    ("x.col.results", 45, lambda r: r["results"]),
    ("x.col.days_overdue", 11, lambda r: r["days_overdue"] or None),
    ("x.col.requested", 10, lambda r: _yes(r["requested"])),
)

REPORT_COLUMNS: tuple[Column, ...] = (
    ("x.col.stt", 6, lambda r: r["stt"]),
    ("x.col.ref", 9, lambda r: r["ref"]),
    ("x.col.report", 34, lambda r: r["title"]),
    ("x.col.type", 20, lambda r: t(f"q.report.{r['type']}")),
    ("x.col.unit", 36, lambda r: r["unit"]),
    ("x.col.period", 11, lambda r: r["period"]),
    ("x.col.due", 13, lambda r: r["due"]),
    ("x.col.submitted", 13, lambda r: r["submitted"]),
    ("x.col.status", 22, _status),
    ("x.col.days_overdue", 11, lambda r: r["days_overdue"] or None),
    ("x.col.requested", 10, lambda r: _yes(r["requested"])),
)


def _fill(color: str) -> Any:
    from openpyxl.styles import PatternFill

    return PatternFill(fill_type="solid", start_color=color, end_color=color)


def _fill_sheet(sheet: Worksheet, columns: Sequence[Column], rows: list[Item]) -> None:
    from openpyxl.styles import Alignment, Border, Font, Side
    from openpyxl.utils import get_column_letter

    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    body, bold = Font(name=FONT, size=FONT_SIZE), Font(name=FONT, size=FONT_SIZE, bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    sheet.append([t(code) for code, _, _ in columns])
    for cell in sheet[1]:
        cell.font, cell.border, cell.fill = bold, border, _fill(HEADER_FILL)
        cell.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
    status_col = next(n for n, (code, _, _) in enumerate(columns) if code == "x.col.status")
    for row in rows:
        sheet.append([value(row) for _, _, value in columns])
        for cell in sheet[sheet.max_row]:
            cell.font, cell.border, cell.alignment = body, border, wrap
            if isinstance(cell.value, date):
                cell.number_format = DATE_FORMAT
        sheet[sheet.max_row][status_col].fill = _fill(STATUS_FILLS[row["status"]])
    for n, (_, width, _) in enumerate(columns, start=1):
        sheet.column_dimensions[get_column_letter(n)].width = width
    _layout(sheet, len(columns))


def _layout(sheet: Worksheet, width: int) -> None:
    from openpyxl.utils import get_column_letter

    last = get_column_letter(width)
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{last}{max(sheet.max_row, 2)}"
    sheet.print_title_rows = "1:1"
    setup = sheet.page_setup
    setup.orientation = "landscape"
    setup.paperSize = sheet.PAPERSIZE_A4
    setup.fitToWidth, setup.fitToHeight = 1, 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_options.horizontalCentered = True
    sheet.page_margins.left = sheet.page_margins.right = 0.4
    sheet.oddFooter.center.text = "&P / &N"
    sheet.oddFooter.center.font = FONT


def workbook_bytes(tasks: list[Item], reports: list[Item], title: str) -> bytes:
    """The workbook (``.xlsx``) of the two tables; ``title`` goes into its properties."""
    from openpyxl import Workbook

    book = Workbook()
    first = book.active
    assert first is not None
    first.title = t("x.sheet.tasks")
    _fill_sheet(first, TASK_COLUMNS, tasks)
    _fill_sheet(book.create_sheet(t("x.sheet.reports")), REPORT_COLUMNS, reports)
    book.properties.title = title
    book.properties.creator = "kehoach"
    out = BytesIO()
    book.save(out)
    return out.getvalue()
