"""The shell of a report: letterhead, trích yếu, opening sentence, Nơi nhận and signer.

Kept apart from the body (``reportdata``) because it depends only on the plan's document and on
who reports, never on the month's records.
"""

from __future__ import annotations

from datetime import date
from typing import TypedDict

from kehoach_cli.drafts import docparts as dp
from kehoach_cli.model import Plan, ReportKind, Workspace


class Letter(TypedDict):
    letterhead: dp.Letterhead
    appendix_note: str
    subject: str
    addressee: str
    intro: str
    recipients: tuple[str, ...]
    signer: dp.SignBlock


def letter_parts(ws: Workspace, plan: Plan, period: dp.Period, report_date: date | None,
                 blank_day: bool, unit: str | None) -> Letter:
    """Letterhead, trích yếu, opening sentence, Nơi nhận and signer: from the plan's document
    for the monthly report (issued in the plan issuer's name), from the unit for a thematic
    one (whose signer the plan does not know)."""
    doc = plan.document
    cite = f"{dp.plan_citation(plan)} của {doc.issuer}"
    about = dp.lower_first(doc.title)
    numbers = f"{period.label} (số liệu {period.text})"
    number = f"{dp.BLANK}/BC-{dp.issuer_code(doc) if unit is None else dp.BLANK}"
    head = dp.letterhead(doc.issuer_parent if unit is None else doc.issuer,
                         doc.issuer if unit is None else ws.name_of(unit), f"Số: {number}", "",
                         doc.place, report_date, blank_day)
    author = doc.issuer if unit is None else ws.name_of(unit)
    note = f"(Kèm theo Báo cáo số {number} {head.date_text} của {author})"
    if unit is None:
        return Letter(
            letterhead=head, appendix_note=note,
            subject=f"Kết quả thực hiện {dp.plan_citation(plan)} về {about} {period.label}",
            addressee="",
            intro=(f"Thực hiện {cite} về {about}, trên cơ sở báo cáo của các cơ quan, đơn vị, "
                   f"{author} báo cáo kết quả thực hiện {numbers} như sau:"),
            recipients=dp.recipient_lines(doc),
            signer=dp.sign_block(doc.signer),
        )
    return Letter(
        letterhead=head, appendix_note=note,
        subject=(f"Kết quả thực hiện các hoạt động do {author} chủ trì theo "
                 f"{dp.plan_citation(plan)}, {period.label}"),
        addressee=_thematic_addressee(ws, plan),
        intro=(f"Thực hiện {cite} về {about}, {author} báo cáo kết quả thực hiện các hoạt "
               f"động do đơn vị chủ trì {numbers} như sau:"),
        recipients=("- Như trên;", f"- Lưu: VT, {dp.BLANK}."),
        signer=dp.SignBlock("", dp.BLANK, dp.BLANK),
    )


def _thematic_addressee(ws: Workspace, plan: Plan) -> str:
    for ob in plan.reporting:
        if ob.kind == ReportKind.THEMATIC and (ob.via or ob.to):
            return ws.name_of(ob.via or ob.to or "")
    return ws.name_of(plan.standing_unit) if plan.standing_unit else dp.BLANK
