"""Who the reminder letter goes to on 5/9/2023 in the fixture workspace, and why."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from kehoach_cli.drafts.reminddata import build_remind
from kehoach_cli.queries.status import evaluate
from kehoach_cli.reading.loading import load_workspace

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "reports"


def test_late_units_and_what_each_is_late_on() -> None:
    ws = load_workspace(FIXTURE).workspace
    day = date(2023, 9, 5)
    ctx = build_remind(ws, evaluate(ws, day), ws.plans[0], day)
    # Phòng Nội vụ and Ban QLDA lead their activities: they owe no thematic report (it goes to
    # them), so nothing makes them late on 5/9.
    assert [(u.number, u.unit) for u in ctx.units] == [
        (1, "ban-tuyen-giao"), (2, "uy-ban-mttq"), (3, "phuong-cam-dong")]
    late = {u.unit: [line.text for line in (*u.tasks, *u.reports)] for u in ctx.units}
    assert late["uy-ban-mttq"] == [
        "Tuyên dương 20 mô hình tiêu biểu thực hiện Cuộc vận động – Tổ chức Lễ tuyên dương "
        "(mục II.3.(2)): hạn 31/8/2023, quá hạn 5 ngày (đang thực hiện)."]
    assert late["ban-tuyen-giao"][0].endswith("quá hạn 158 ngày (chưa có báo cáo kết quả).")
    assert ctx.addressees[0] == "Ban Tuyên giáo Thành ủy"
    assert ctx.letterhead.number == "Số: …/UBND-VHTT"
    assert ctx.letterhead.subject == "V/v đôn đốc thực hiện Kế hoạch số 48/KH-UBND"
    assert ctx.recipients == ("- Như trên;", "- Phòng Văn hóa và Thông tin Thành phố;",
                              "- Lưu: VT, VHTT.")


def test_nobody_late_before_the_first_deadline() -> None:
    ws = load_workspace(FIXTURE).workspace
    day = date(2023, 3, 1)
    assert build_remind(ws, evaluate(ws, day), ws.plans[0], day).units == ()
