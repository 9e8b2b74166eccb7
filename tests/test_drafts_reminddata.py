"""Who the reminder letter goes to on 5/9/2023 in the fixture workspace, and why."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from kehoach_cli.drafts.reminddata import build_remind
from kehoach_cli.queries.status import evaluate
from kehoach_cli.reading.loading import load_workspace

HERE = Path(__file__).resolve().parent
FIXTURE = HERE / "fixtures" / "reports"


def test_late_units_one_line_each_requested_bodies_asked_apart() -> None:
    ws = load_workspace(FIXTURE).workspace
    day = date(2023, 9, 5)
    ctx = build_remind(ws, evaluate(ws, day), ws.plans[0], day)
    # Phòng Nội vụ and Ban QLDA lead their activities: they owe no thematic report (it goes to
    # them), so nothing makes them late on 5/9.
    assert [(u.number, u.unit) for u in ctx.units] == [(1, "phuong-cam-dong")]
    assert [(u.number, u.unit) for u in ctx.requested] == [
        (1, "ban-tuyen-giao"), (2, "uy-ban-mttq")]  # "đề nghị" bodies, their own paragraph
    assert [t.mark for t in ctx.late_tasks] == ["a)", "b)"]
    assert ctx.late_tasks[1].line.text == (
        "Tổ chức Cuộc thi cấp thành phố “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ "
        "Chí Minh” (điểm (5) mục 3 phần II; thời hạn: Cuối tháng 3/2023)")
    assert ctx.units[0].text == (  # its July record is there, August's is not
        "Ủy ban nhân dân phường Cẩm Đông: chưa gửi báo cáo định kỳ tháng 8/2023.")
    assert ctx.requested[0].text == "Ban Tuyên giáo Thành ủy: chưa hoàn thành nhiệm vụ b)."
    assert ctx.requested_intro.startswith("3. Đề nghị")
    assert ctx.reply_by == date(2023, 9, 12)  # a real date, a week on
    assert "trước ngày 12/9/2023" in ctx.closing


def test_the_standing_agency_sends_it_and_is_never_its_own_addressee() -> None:
    ws = load_workspace(FIXTURE).workspace
    day = date(2023, 10, 5)
    ev = evaluate(ws, day)
    standing = build_remind(ws, ev, ws.plans[0], day)
    assert standing.letterhead.issuer == "PHÒNG VĂN HÓA VÀ THÔNG TIN THÀNH PHỐ"
    assert standing.letterhead.number == "Số: …/VHTT"
    assert "phong-vhtt" not in {u.unit for u in (*standing.units, *standing.requested)}
    assert all("Văn hóa và Thông tin" not in name for name in standing.addressees)
    issuer = build_remind(ws, ev, ws.plans[0], day, sender="issuer",
                          reply_by=date(2023, 10, 20))
    assert issuer.letterhead.number == "Số: …/UBND\u2011VHTT"
    assert issuer.letterhead.subject == "V/v đôn đốc thực hiện Kế hoạch số 48/KH\u2011UBND"
    addressed = {u.unit for u in (*issuer.units, *issuer.requested)}
    listed = "- Phòng Văn hóa và Thông tin Thành phố;" in issuer.recipients
    assert listed != ("phong-vhtt" in addressed)  # never both addressee and copy
    assert "trước ngày 20/10/2023" in issuer.closing


def test_months_of_missing_reports_are_ranges() -> None:
    ws = load_workspace(HERE.parent).workspace  # the bundled plan 48 and its records
    day = date(2023, 9, 5)
    ctx = build_remind(ws, evaluate(ws, day), ws.plans[0], day)
    phu = next(u for u in ctx.units if u.unit == "phuong-cam-phu")
    assert phu.text.endswith("chưa gửi báo cáo định kỳ các tháng 3–8/2023.")
    assert any("(cả 16 đơn vị)" in name for name in ctx.addressees)


def test_nobody_late_before_the_first_deadline() -> None:
    ws = load_workspace(FIXTURE).workspace
    day = date(2023, 3, 1)
    assert build_remind(ws, evaluate(ws, day), ws.plans[0], day).units == ()
