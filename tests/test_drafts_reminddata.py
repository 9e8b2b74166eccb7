"""Who the reminder letter goes to on 5/9/2023 in the fixture workspace, and why."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from kehoach_cli.drafts.reminddata import build_remind
from kehoach_cli.queries.status import evaluate
from kehoach_cli.reading.loading import load_workspace
from regimes import regimes_workspace

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


def test_weekly_and_quarterly_reports_late_by_their_periods(tmp_path: Path) -> None:
    """tests/regimes.py: on 12/9/2025 Phòng B owes the weeks due 4/9 and 11/9 and quý III
    (11/9); Phòng A sent its reports on 3/9 and 10/9; the standing agency receives them and
    is never listed."""
    ws = load_workspace(regimes_workspace(tmp_path)).workspace
    day = date(2025, 9, 12)
    ctx = build_remind(ws, evaluate(ws, day), ws.plans[0], day)
    assert [u.text for u in ctx.units] == [
        "Phòng B: chưa gửi báo cáo tuần từ ngày 01/9/2025 đến ngày 07/9/2025 và tuần từ ngày "
        "08/9/2025 đến ngày 14/9/2025; chưa gửi báo cáo quý III/2025."]
    assert ctx.addressees == ("Phòng B",)


def test_plan_48_letter_chases_neither_its_sender_nor_the_issuer() -> None:
    """Plan 48 on 5/9/2023, sent by Phòng VH&TT (the standing agency) and by UBND Thành phố.

    By hand: UBND Thành phố (the issuer, "Ủy ban nhân dân thành phố Cẩm Phả") leads only the
    meeting of II.3.(3) (Tháng 7/2023, overdue): it is left out, and with it that task, which
    nobody else owes.  Phòng VH&TT receives the periodic report (V.3) and collects the thematic
    one (V.2, "qua Phòng VH&TT"): never late on them.  Ban Tuyên giáo (the contest of II.3.(5),
    restated in III.10.b2) and Ủy ban MTTQ (the tuyên dương of II.3.(2), restated in III.12.b2)
    can only be asked: their own "đề nghị" paragraph."""
    ws = load_workspace(HERE.parent).workspace
    day = date(2023, 9, 5)
    for sender in ("standing", "issuer"):
        ctx = build_remind(ws, evaluate(ws, day), ws.plans[0], day, sender=sender)
        listed = {u.unit for u in (*ctx.units, *ctx.requested)}
        assert "ubnd-tp" not in listed
        assert not any("Ủy ban nhân dân Thành phố" in name for name in ctx.addressees)
        assert all(t.line.checkpoint is None or t.line.checkpoint.key != "kh48-ii.3.3#gap-mat"
                   for t in ctx.late_tasks)
        assert [t.line.text.split(" (")[0] for t in ctx.late_tasks] == [
            "Tuyên dương 20 mô hình tiêu biểu Cuộc vận động “Toàn dân đoàn kết…” – Tổ chức Lễ "
            "tuyên dương",
            "Cuộc thi cấp thành phố “Học tập và làm theo tư tưởng… Hồ Chí Minh…”",
            "Xây dựng, ban hành kế hoạch cụ thể của địa phương, cơ quan, đơn vị",
            "Phát động thi đua; mỗi phường, xã 01 mô hình tiêu biểu, 01 công trình"]
        assert "(điểm (5) mục 3 phần II, nhắc lại tại gạch đầu dòng thứ 2 mục 10 phần III; " \
            "thời hạn: Cuối tháng 3/2023)" in ctx.late_tasks[1].line.text
        assert "(gạch đầu dòng thứ 1 mục 4 phần II, nhắc lại tại gạch đầu dòng thứ 1 phần VI; " \
            "thời hạn: trước 25/3/2023)" in ctx.late_tasks[2].line.text
        assert [u.text for u in ctx.requested] == [
            "Ban Tuyên giáo Thành ủy: chưa hoàn thành nhiệm vụ b).",
            "Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố: chưa hoàn thành nhiệm vụ a)."]
        assert ctx.requested_intro == ("3. Đề nghị các cơ quan, tổ chức sau quan tâm, chỉ đạo "
                                       "thực hiện và gửi báo cáo:")
        words = " ".join([ctx.intro, ctx.units_intro, ctx.requested_intro, ctx.closing,
                          *(u.text for u in (*ctx.units, *ctx.requested))])
        assert "yêu cầu" not in words.lower()
    standing = build_remind(ws, evaluate(ws, day), ws.plans[0], day)
    assert "phong-vhtt" not in {u.unit for u in standing.units}
    issuer = build_remind(ws, evaluate(ws, day), ws.plans[0], day, sender="issuer")
    vhtt = [u.text for u in issuer.units if u.unit == "phong-vhtt"]
    assert not any("báo cáo định kỳ" in t or "báo cáo chuyên đề" in t for t in vhtt)
