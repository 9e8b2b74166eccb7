"""The fixed parts of a văn bản: periods, dates with placeholders, numbers, Nơi nhận."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from kehoach_cli.drafts import docparts as dp
from kehoach_cli.model import Document, Plan, Recipient, ReportPeriod, Signer

DOC = Document(kind="KẾ HOẠCH", number="48/KH-UBND", date=date(2023, 2, 20), place="Cẩm Phả",
               issuer="Ủy ban nhân dân thành phố Cẩm Phả", issuer_parent="", title="T",
               based_on=(), signer=Signer("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Phạm Văn Kính"),
               recipients=(Recipient("TT.Thành ủy", "báo cáo"), Recipient("UBND các xã", "")),
               archive="Lưu: VT, VHTT.")


@pytest.mark.parametrize(
    ("year", "month", "kind", "start", "end"),
    [
        (2023, 8, ReportPeriod.CALENDAR_MONTH, date(2023, 8, 1), date(2023, 8, 31)),
        (2024, 2, ReportPeriod.CALENDAR_MONTH, date(2024, 2, 1), date(2024, 2, 29)),
        (2023, 8, ReportPeriod.DECREE_09, date(2023, 7, 15), date(2023, 8, 14)),
        (2024, 1, ReportPeriod.DECREE_09, date(2023, 12, 15), date(2024, 1, 14)),
    ],
)
def test_data_period(year: int, month: int, kind: ReportPeriod, start: date, end: date) -> None:
    period = dp.data_period(year, month, kind)
    assert (period.start, period.end) == (start, end)
    assert period.contains(start) and period.contains(end)
    assert not period.contains(start - timedelta(days=1))
    assert not period.contains(end + timedelta(days=1))
    assert period.next().start == end + timedelta(days=1)


def test_next_period_crosses_the_year() -> None:
    december = dp.data_period(2023, 12, ReportPeriod.CALENDAR_MONTH)
    assert (december.next().year, december.next().month) == (2024, 1)
    assert december.label == "tháng 12/2023"
    assert december.next().label == "tháng 01/2024"


@pytest.mark.parametrize(
    ("day", "blank", "text"),
    [
        (date(2023, 8, 5), False, "ngày 05 tháng 8 năm 2023"),
        (date(2023, 2, 20), False, "ngày 20 tháng 02 năm 2023"),
        (date(2023, 9, 5), True, "ngày … tháng 9 năm 2023"),
        (None, False, "ngày … tháng … năm …"),
    ],
)
def test_date_words(day: date | None, blank: bool, text: str) -> None:
    assert dp.date_words(day, blank) == text


def test_number_codes_come_from_the_plan() -> None:
    assert dp.issuer_code(DOC) == "UBND"
    assert dp.drafter_code(DOC) == "VHTT"
    bare = replace(DOC, number="7", archive="")
    assert (dp.issuer_code(bare), dp.drafter_code(bare)) == ("…", "…")


def test_recipients_end_with_the_archive_line() -> None:
    assert dp.recipient_lines(DOC) == ("- TT.Thành ủy (báo cáo);", "- UBND các xã;",
                                       "- Lưu: VT, VHTT.")
    assert dp.archive_line(replace(DOC, archive="Lưu: VT")) == "Lưu: VT."
    assert dp.archive_line(None) == "Lưu: VT, …."


def test_signer_placeholders() -> None:
    assert dp.sign_block(None) == dp.SignBlock("…", "…", "…")
    assert dp.sign_block(Signer("", "CHỦ TỊCH", "Nguyễn Văn A")) == dp.SignBlock(
        "", "CHỦ TỊCH", "Nguyễn Văn A")


def test_letterhead_uppercases_the_bodies() -> None:
    head = dp.letterhead("Ủy ban nhân dân tỉnh Quảng Ninh", "Sở Văn hóa", "Số: …/BC-SVH", "",
                         "Hạ Long", date(2023, 8, 31))
    assert (head.parent, head.issuer) == ("ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH", "SỞ VĂN HÓA")
    assert head.place_date == "Hạ Long, ngày 31 tháng 8 năm 2023"


def test_citation_and_lower_first() -> None:
    assert dp.lower_first("Tổ chức các hoạt động") == "tổ chức các hoạt động"
    assert dp.lower_first("UBND tỉnh") == "UBND tỉnh"


@pytest.mark.parametrize(("day", "cited"), [
    (date(2023, 2, 20), "Kế hoạch số 48/KH\u2011UBND ngày 20/02/2023"),
    (None, "Kế hoạch số 48/KH\u2011UBND ngày …"),  # the document gives no date: left blank
])
def test_plan_citation(day: date | None, cited: str) -> None:
    plan = Plan("kh", "plans/kh.yaml", replace(DOC, date=day), None, None, (), (), ())
    assert dp.plan_citation(plan) == cited
