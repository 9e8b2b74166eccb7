"""The report context from the fixture workspace (tests/fixtures/reports), with known answers.

Known answers as of 31/8/2023, worked out by hand from the fixture's records:
statistics per lead unit, the overdue contest (II.3.(5), 153 days), the meeting finished two days
late (II.3.(3)), the missing and late reports of August, and what section III lists for September.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from conftest import write_files
from kehoach_cli.drafts.reportdata import (
    ReportContext,
    ReportOptions,
    build_report,
    default_as_of,
    period_of,
)
from kehoach_cli.model import ReportPeriod, Workspace
from kehoach_cli.queries.status import evaluate
from kehoach_cli.reading.loading import load_workspace

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "reports"
AUG31 = date(2023, 8, 31)


@pytest.fixture(scope="module")
def ws() -> Workspace:
    return load_workspace(FIXTURE).workspace


def report(ws: Workspace, as_of: date = AUG31, **options: object) -> ReportContext:
    opts = ReportOptions(2023, 8, report_date=as_of, **options)  # type: ignore[arg-type]
    return build_report(ws, evaluate(ws, as_of), ws.plans[0], opts)


def test_statistics_per_unit_and_in_total(ws: Workspace) -> None:
    ctx = report(ws)
    rows = {s.unit: (s.total, s.on_time, s.late, s.pending, s.overdue) for s in ctx.stats}
    assert rows == {
        "phong-vhtt": (1, 1, 0, 0, 0),
        "phong-noi-vu": (2, 1, 0, 1, 0),  # II.3.(1)'s campaign (to 10/2023) is judged too
        "phong-ldtbxh": (2, 1, 1, 0, 0),
        "ban-qlda": (2, 1, 0, 1, 0),
        "ban-tuyen-giao": (1, 0, 0, 0, 1),
        "uy-ban-mttq": (2, 0, 1, 1, 0),
        "phuong-cam-binh": (5, 1, 0, 4, 0),
        "phuong-cam-dong": (5, 0, 1, 4, 0),
    }
    assert [s.number for s in ctx.stats] == list(range(1, 9))
    total = ctx.stats_total
    assert (total.total, total.on_time, total.late, total.pending, total.overdue) == (20, 5, 3, 11, 1)
    assert total.rate == pytest.approx(5 / 9, abs=1e-4)
    assert {s.unit: s.rate for s in ctx.stats}["phong-ldtbxh"] == 0.5


def test_records_are_the_months_files_filed_by_the_as_of_date(ws: Workspace) -> None:
    refs = [a.task.ref for a in report(ws).activities]
    assert refs == ["II.3.(1)", "II.3.(2)", "II.3.(3)", "II.3.(4)", "II.4.b2", "II.4.b5",
                    "III.1.b1", "III.4.b2"]
    early = report(ws, as_of=date(2023, 8, 16))  # Nội vụ, LĐTB&XH, MTTQ had not filed yet
    assert [a.task.ref for a in early.activities] == ["II.3.(1)", "II.3.(4)", "II.4.b2",
                                                      "II.4.b5", "III.1.b1", "III.4.b2"]
    (thi_dua,) = [a for a in early.activities if a.task.ref == "II.3.(1)"]
    assert [r.unit for r in thi_dua.records] == ["phuong-cam-binh"]


def test_activity_carries_figures_against_targets_and_evidence(ws: Workspace) -> None:
    meeting = next(a for a in report(ws).activities if a.task.ref == "II.3.(3)")
    (record,) = meeting.records
    assert [f.text for f in record.figures] == ["Gặp mặt 60 người có công tiêu biểu: 60/60 người"]
    assert record.text == (
        "Phòng Lao động, Thương binh và Xã hội (tổ chức gặp mặt): hoàn thành ngày 02/8/2023. "
        "Tổ chức gặp mặt 60 người có công tiêu biểu ngày 02/8/2023. Văn bản: Báo cáo số "
        "215/BC-LĐTBXH ngày 03/8/2023.")
    assert meeting.targets == ("Gặp mặt 60 người có công tiêu biểu: 60/60 người",)  # once
    assert meeting.status == "Hoàn thành quá hạn"
    assert meeting.number == "1.3" and meeting.where == "điểm (3) mục 3 phần II"


def test_a_task_units_call_running_is_not_reported_done(ws: Workspace) -> None:
    """II.3.(1): its one milestone (the plan, "trước 25/3/2023") is done on time, but Phòng Nội
    vụ's record for the task as a whole says "đang thực hiện" and its own period runs to
    10/2023 — so the report says in progress, not "Hoàn thành đúng hạn"."""
    thi_dua = next(a for a in report(ws).activities if a.task.ref == "II.3.(1)")
    assert thi_dua.status == "Đang thực hiện"
    row = next(r for r in report(ws).appendix if r.task.ref == "II.3.(1)")
    assert row.status == "Đang thực hiện"


def test_dated_on_the_as_of_day_and_claims_only_the_days_covered(ws: Workspace) -> None:
    ctx = report(ws, as_of=date(2023, 8, 25))
    assert ctx.letterhead.place_date == "Cẩm Phả, ngày 25 tháng 8 năm 2023"
    assert "(số liệu từ ngày 01/8/2023 đến ngày 25/8/2023)" in ctx.intro


def test_shortcomings(ws: Workspace) -> None:
    ctx = report(ws)
    assert [line.checkpoint.key for line in ctx.overdue if line.checkpoint] == ["kh48-ii.3.5"]
    assert "quá hạn 153 ngày" in ctx.overdue[0].text
    assert [line.checkpoint.key for line in ctx.late if line.checkpoint] == [
        "kh48-ii.3.3#gap-mat"]
    # The thematic report is owed by those taking part in an activity with its own plan, to its
    # lead: Phòng Nội vụ and Ban QLDA only lead, so they owe none; Phòng VH&TT (in II.3.(1)) does.
    assert [line.text for line in ctx.report_gaps] == [
        "Chưa gửi báo cáo định kỳ tháng 8/2023 (trước ngày 20 tháng 8/2023): "
        "Ủy ban nhân dân phường Cẩm Đông.",
    ]
    assert [r.unit for line in ctx.report_gaps for r in line.reports] == ["phuong-cam-dong"]
    assert [line.unit for line in ctx.obstacles] == ["uy-ban-mttq"]
    assert [line.unit for line in ctx.proposals] == ["phong-noi-vu", "uy-ban-mttq"]
    # attributed to the unit, never the sender's own words
    assert ctx.obstacles[0].text == (
        "Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố (điểm (2) mục 3 phần II) phản ánh một số "
        "mô hình chưa hoàn thiện hồ sơ đề nghị tuyên dương.")
    assert ctx.proposals[0].text == (
        "Phòng Nội vụ (điểm (1) mục 3 phần II) đề nghị UBND Thành phố chỉ đạo các đơn vị chưa "
        "đăng ký mô hình tiêu biểu hoàn thành trong tháng 9/2023.")


def test_units_late_on_the_same_checkpoint_share_one_line(ws: Workspace) -> None:
    ctx = build_report(ws, evaluate(ws, date(2023, 10, 5)), ws.plans[0], ReportOptions(2023, 9))
    line = next(x for x in ctx.overdue if x.checkpoint and x.checkpoint.key.endswith("hoat-dong"))
    assert line.text == (
        "Hoạt động văn hóa, văn nghệ, thể thao chào mừng – Tổ chức các hoạt động (gạch đầu dòng "
        "thứ 5 mục 4 phần II; thời hạn: từ tháng 4/2023 đến tháng 9/2023, quá hạn 5 ngày): chưa "
        "hoàn thành: 2 đơn vị: Ủy ban nhân dân phường Cẩm Bình, Ủy ban nhân dân phường Cẩm "
        "Đông.")
    assert [j.unit for j in line.judgements] == ["phuong-cam-binh", "phuong-cam-dong"]


def test_next_month_items(ws: Workspace) -> None:
    ctx = report(ws)
    assert (ctx.next_period.start, ctx.next_period.end) == (date(2023, 9, 1), date(2023, 9, 30))
    keys = [line.checkpoint.key for line in ctx.next_items if line.checkpoint]
    # Not listed: II.3.(5) (overdue, in II), III.4.b2 (done), II.4.b6 (opens in October),
    # III.1.b1 (a standing duty).  II.3.(2)'s ceremony is due on the as-of day itself.
    assert keys == ["kh48-ii.3.1", "kh48-ii.3.2#le-tuyen-duong", "kh48-ii.3.4", "kh48-ii.4.b2",
                    "kh48-ii.4.b5#hoat-dong", "kh48-ii.4.b5#diem-nhan"]
    assert ctx.next_items[2].text.endswith("thời gian: Từ tháng 3/2023 đến tháng 9/2023.")
    assert [line.text for line in ctx.next_reports] == [  # in the plan's words, dated
        "Báo cáo chuyên đề tháng 9/2023: trước ngày 15 tháng 9/2023.",
        "Báo cáo định kỳ tháng 9/2023: trước ngày 20 tháng 9/2023.",
    ]


def test_decree_09_period_runs_from_the_15th_to_the_14th(ws: Workspace) -> None:
    opts = ReportOptions(2023, 8, period=ReportPeriod.DECREE_09)
    period = period_of(ws, opts)
    assert (period.start, period.end) == (date(2023, 7, 15), date(2023, 8, 14))
    assert period.next().start == date(2023, 8, 15)
    january = period_of(ws, ReportOptions(2024, 1, period=ReportPeriod.DECREE_09))
    assert (january.start, january.end) == (date(2023, 12, 15), date(2024, 1, 14))
    ctx = report(ws, period=ReportPeriod.DECREE_09)
    assert ("số liệu từ ngày 15/7/2023 đến ngày 14/8/2023, kỳ báo cáo theo Nghị định số "
            "09/2019/NĐ\u2011CP") in ctx.intro


def test_default_as_of_is_the_period_end_or_the_units_deadline_never_after_today(
    ws: Workspace,
) -> None:
    plan = ws.plans[0]
    month = period_of(ws, ReportOptions(2023, 8))
    nd09 = period_of(ws, ReportOptions(2023, 8, period=ReportPeriod.DECREE_09))
    assert default_as_of(ws, plan, month, date(2030, 1, 1)) == date(2023, 8, 31)
    assert default_as_of(ws, plan, nd09, date(2030, 1, 1)) == date(2023, 8, 19)
    assert default_as_of(ws, plan, month, date(2023, 8, 10)) == date(2023, 8, 10)


def test_the_standing_agency_reports_to_the_issuer_by_default(ws: Workspace) -> None:
    ctx = report(ws)
    assert ctx.sender == "standing"
    assert ctx.letterhead.parent == "ỦY BAN NHÂN DÂN THÀNH PHỐ CẨM PHẢ"
    assert ctx.letterhead.issuer == "PHÒNG VĂN HÓA VÀ THÔNG TIN THÀNH PHỐ"
    assert ctx.letterhead.number == "Số: …/BC\u2011VHTT"
    assert ctx.addressees == ("Ủy ban nhân dân thành phố Cẩm Phả",)
    assert (ctx.signer.position, ctx.signer.name) == ("TRƯỞNG PHÒNG", "…")
    assert ctx.recipients == ("- Như trên;", "- Lưu: VT, VHTT.")
    assert ctx.closing.endswith("kính báo cáo Ủy ban nhân dân thành phố Cẩm Phả xem xét, "
                                "chỉ đạo./.")


def test_header_signer_and_recipients_from_the_plan(ws: Workspace) -> None:
    ctx = report(ws, sender="issuer")
    assert ctx.letterhead.number == "Số: …/BC\u2011UBND"
    assert ctx.addressees == ("Ủy ban nhân dân tỉnh Quảng Ninh", "Sở … tỉnh Quảng Ninh")
    assert ctx.proposals[0].text == "Đề nghị Ủy ban nhân dân tỉnh Quảng Ninh: …"
    assert ctx.letterhead.place_date == "Cẩm Phả, ngày 31 tháng 8 năm 2023"
    assert ctx.subject.endswith("(30/10/1963 - 30/10/2023) tháng 8/2023")
    assert (ctx.signer.authority, ctx.signer.position, ctx.signer.name) == (
        "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Phạm Văn Kính")
    assert ctx.recipients == ("- Như trên;", "- TT.Thành ủy, TT.HĐND Thành phố (báo cáo);",
                              "- Phòng Văn hóa và Thông tin Thành phố;", "- Lưu: VT, VHTT.")


def test_what_the_plan_does_not_say_stays_a_placeholder(tmp_path: Path) -> None:
    root = write_files(tmp_path, {
        "plans/p.yaml": """
            kehoach: 1
            id: kh-1
            document:
              number: 7/KH
              date: 2024-01-15
              place: Xã A
              issuer: Ủy ban nhân dân xã A
              title: Việc mẫu
            units:
              - {id: u1, name: Đơn vị Một}
            tasks:
              - {id: t1, ref: "1", title: Việc một, lead: [u1]}
        """,
    })
    ws = load_workspace(root).workspace
    opts = ReportOptions(2024, 2, report_date=None)
    ctx = build_report(ws, evaluate(ws, date(2024, 2, 29)), ws.plans[0], opts)
    assert ctx.sender == "issuer"  # no standing agency: the issuer reports
    assert ctx.letterhead.number == "Số: …/BC\u2011…"
    assert ctx.letterhead.place_date == "Xã A, ngày … tháng … năm …"
    assert (ctx.signer.authority, ctx.signer.position, ctx.signer.name) == ("…", "…", "…")
    assert ctx.addressees == ("…", "Sở …")
    assert ctx.recipients == ("- Như trên;", "- Lưu: VT, ….")
    assert ctx.appendix[0].time == "…" and ctx.appendix[0].results == "…"
    assert ctx.appendix[0].status == "Chưa có báo cáo"  # a standing duty is never "not yet due"
    blank_day = ReportOptions(2024, 2, report_date=date(2024, 2, 29), blank_day=True)
    ctx = build_report(ws, evaluate(ws, date(2024, 2, 29)), ws.plans[0], blank_day)
    assert ctx.letterhead.place_date == "Xã A, ngày … tháng 02 năm 2024"


def test_thematic_report_of_one_lead_unit(ws: Workspace) -> None:
    ctx = report(ws, kind="thematic", unit="ban-qlda")
    assert ctx.letterhead.parent == "ỦY BAN NHÂN DÂN THÀNH PHỐ CẨM PHẢ"
    assert ctx.letterhead.issuer == "BAN QUẢN LÝ DỰ ÁN ĐẦU TƯ XÂY DỰNG THÀNH PHỐ"
    assert ctx.addressee == "Phòng Văn hóa và Thông tin Thành phố"
    assert [a.task.ref for a in ctx.activities] == ["II.3.(4)", "III.4.b2"]
    assert [s.unit for s in ctx.stats] == ["ban-qlda"]
    assert [row.task.ref for row in ctx.appendix] == ["II.3.(4)", "III.4.b2"]
    assert (ctx.signer.position, ctx.signer.name) == ("TRƯỞNG BAN", "…")
    assert ctx.report_gaps == () and ctx.report_summary == ()


def test_thematic_report_of_a_ward_counts_only_that_ward(ws: Workspace) -> None:
    opts = ReportOptions(2023, 9, kind="thematic", unit="phuong-cam-dong")
    ctx = build_report(ws, evaluate(ws, date(2023, 10, 5)), ws.plans[0], opts)
    assert [row.task.ref for row in ctx.appendix] == ["II.4.b1", "II.4.b2", "II.4.b5", "II.4.b6"]
    assert [s.unit for s in ctx.stats] == ["phuong-cam-dong"]
    assert ctx.stats_total.total == ctx.stats[0].total == 5
    assert [j.unit for line in ctx.overdue for j in line.judgements] == ["phuong-cam-dong"]
    assert ctx.headings["obstacles"].startswith("3. ")
