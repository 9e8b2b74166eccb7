"""Dates as people read them: Vietnamese administrative style by default, English on request.

Nghị định 30/2020/NĐ-CP (Phụ lục I) writes the date of a document as "ngày 05 tháng 8 năm 2023":
a day below 10 and the months 1 and 2 take a leading zero, other months do not.  Screens and
reports use the same rule, so a date copied from kehoach into a văn bản needs no retyping.
"""

from __future__ import annotations

from datetime import date

_EN_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)


def _day(d: date) -> str:
    return f"{d.day:02d}"


def _month(d: date) -> str:
    return f"{d.month:02d}" if d.month <= 2 else str(d.month)


def vn_date(d: date) -> str:
    """"ngày 05 tháng 8 năm 2023", as in the heading of a văn bản."""
    return f"ngày {_day(d)} tháng {_month(d)} năm {d.year}"


def short_date(d: date) -> str:
    """"05/8/2023", for tables; the same zero rule as ``vn_date``."""
    return f"{_day(d)}/{_month(d)}/{d.year}"


def en_date(d: date) -> str:
    """"5 August 2023": unambiguous for English readers whatever their day/month habit."""
    return f"{d.day} {_EN_MONTHS[d.month - 1]} {d.year}"


def vn_month(year: int, month: int) -> str:
    """"tháng 8/2023" (and "tháng 02/2024"), for report periods."""
    return f"tháng {month:02d}/{year}" if month <= 2 else f"tháng {month}/{year}"


def en_month(year: int, month: int) -> str:
    return f"{_EN_MONTHS[month - 1]} {year}"


def long_date(d: date) -> str:
    """The long form in the language chosen with ``--lang``."""
    from kehoach_cli.messages import language

    return en_date(d) if language() == "en" else vn_date(d)


def issue_date(d: date | None) -> str:
    """The long form of a plan's date; "ngày …" ("…" in English) when the document does not
    give it, so the gap shows where the date goes."""
    from kehoach_cli.messages import language

    if d is None:
        return "…" if language() == "en" else "ngày …"
    return long_date(d)


def table_date(d: date | None) -> str:
    """The short form in the chosen language ("05/8/2023" or "2023-08-05"); "" for no date."""
    from kehoach_cli.messages import language

    if d is None:
        return ""
    return d.isoformat() if language() == "en" else short_date(d)


def month_label(year: int, month: int) -> str:
    from kehoach_cli.messages import language

    return en_month(year, month) if language() == "en" else vn_month(year, month)
