"""The shell of a report: letterhead, trích yếu, opening sentence, Nơi nhận and signer.

Kept apart from the body (``reportdata``) because it depends only on the plan's document and on
who reports, never on the month's records.  Who sends the monthly report (``--sender``):

* ``standing`` — the plan's standing agency (cơ quan thường trực, e.g. Phòng VH&TT) compiles
  the units' reports for the plan's issuer: "Số: …/BC‑VHTT", "Kính gửi: Ủy ban nhân dân thành
  phố …", the agency's head signs (name left "…").
* ``issuer`` — the plan's issuer (UBND) reports to the body whose plan it implements (the
  ``based_on`` issuer, e.g. UBND tỉnh) and that body's department: "Số: …/BC‑UBND".

Every name comes from the plan's document and units; what they do not say stays "…".
"""

from __future__ import annotations

import re
from datetime import date
from typing import TypedDict

from kehoach_cli.drafts import docparts as dp
from kehoach_cli.drafts.docparts import NB_HYPHEN as NB
from kehoach_cli.drafts.wording import nb_number
from kehoach_cli.model import Plan, ReportKind, Workspace
from kehoach_cli.queries.unitlookup import fold
from kehoach_cli.timeexpr.vndate import short_date

STANDING = "standing"
ISSUER = "issuer"
SENDERS = (STANDING, ISSUER)
_HEADS = (("phòng", "TRƯỞNG PHÒNG"), ("văn phòng", "CHÁNH VĂN PHÒNG"), ("sở", "GIÁM ĐỐC"),
          ("trung tâm", "GIÁM ĐỐC"), ("ban", "TRƯỞNG BAN"))
_BODY = "Ủy ban nhân dân "


class Letter(TypedDict):
    letterhead: dp.Letterhead
    appendix_note: str
    subject: str
    addressees: tuple[str, ...]
    sender_name: str
    receiver_name: str
    intro: str
    closing: str
    recipients: tuple[str, ...]
    signer: dp.SignBlock


def default_sender(plan: Plan) -> str:
    return STANDING if plan.standing_unit else ISSUER


def issuer_unit(ws: Workspace, plan: Plan) -> str | None:
    """The unit that is the plan's issuer itself ("Ủy ban nhân dân Thành phố" for UBND thành phố
    Cẩm Phả), found by its name or an alias written exactly as the document's issuer; None when
    no unit is (a near name is not enough: the issuer is never guessed)."""
    wanted = fold(plan.document.issuer).strip()
    for uid, unit in ws.units.items():
        if any(fold(name).strip() == wanted for name in (unit.name, *unit.aliases)):
            return uid
    return None


def unit_code(ws: Workspace, uid: str) -> str:
    """"VHTT" from the unit's short name "VH&TT": the office code of its ký hiệu."""
    unit = ws.units.get(uid)
    code = re.sub(r"[^\w]", "", unit.short if unit else "").upper()
    return code or dp.BLANK


def head_title(name: str) -> str:
    """The head who signs for a unit, from what kind of body it is ("Phòng …" → TRƯỞNG PHÒNG)."""
    low = name.lower()
    for prefix, title in sorted(_HEADS, key=lambda h: -len(h[0])):
        if low.startswith(prefix + " "):
            return title
    return dp.BLANK


def superior(plan: Plan) -> str:
    """The body the issuer reports to: the issuer of the plan it implements."""
    found = [r.issuer for r in plan.document.based_on if r.issuer]
    return found[0] if found else dp.BLANK


def province_department(plan: Plan) -> str:
    """"Sở … tỉnh Quảng Ninh": which department the plan does not say, so it stays "…"."""
    above = superior(plan)
    where = above[len(_BODY):] if above.startswith(_BODY) else ""
    return f"Sở {dp.BLANK} {where}".strip()


def letter_parts(ws: Workspace, plan: Plan, period_text: str, label: str,
                 report_date: date | None, blank_day: bool, unit: str | None,
                 sender: str) -> Letter:
    """Letterhead, trích yếu, opening sentence, Nơi nhận and signer for the sender chosen; a
    thematic report (``unit``) is the lead unit's, to the standing agency."""
    doc = plan.document
    cite = f"{dp.plan_citation(plan)} của {doc.issuer}"
    about = dp.lower_first(doc.title)
    numbers = f"{label} ({period_text})"
    if unit is not None:
        return _thematic(ws, plan, cite, about, numbers, label, report_date, blank_day, unit)
    if sender == STANDING and plan.standing_unit:
        return _standing(ws, plan, cite, about, numbers, label, report_date, blank_day)
    number = f"{dp.BLANK}/BC{NB}{nb_number(dp.issuer_code(doc))}"
    head = dp.letterhead(doc.issuer_parent, doc.issuer, f"Số: {number}", "", doc.place,
                         report_date, blank_day)
    above = superior(plan)
    based = [f"{r.kind} số {nb_number(r.number)} ngày {short_date(r.date)} của {r.issuer}"
             for r in doc.based_on if r.date is not None]
    ground = f"Thực hiện {'; '.join(based)}; " if based else "Thực hiện "
    others = [f"- {r.name} ({r.purpose});" for r in doc.recipients if r.purpose]
    standing = ([f"- {ws.name_of(plan.standing_unit)};"] if plan.standing_unit else [])
    return Letter(
        letterhead=head, appendix_note=f"(Kèm theo Báo cáo số {number} {head.date_text} của "
                                       f"{doc.issuer})",
        subject=f"Kết quả thực hiện {dp.plan_citation(plan)} về {about} {label}",
        addressees=(above, province_department(plan)),
        sender_name=doc.issuer, receiver_name=above,
        closing=_closing(plan, label, doc.issuer, above, ""),
        intro=(f"{ground}{cite} về {about}, {doc.issuer} báo cáo kết quả thực hiện {numbers} "
               "như sau:"),
        recipients=("- Như trên;", *others, *standing, f"- {dp.archive_line(doc)}"),
        signer=dp.sign_block(doc.signer),
    )


def _standing(ws: Workspace, plan: Plan, cite: str, about: str, numbers: str, label: str,
              report_date: date | None, blank_day: bool) -> Letter:
    doc = plan.document
    uid = plan.standing_unit or ""
    name = ws.name_of(uid)
    number = f"{dp.BLANK}/BC{NB}{unit_code(ws, uid)}"
    head = dp.letterhead(doc.issuer, name, f"Số: {number}", "", doc.place, report_date,
                         blank_day)
    return Letter(
        letterhead=head,
        appendix_note=f"(Kèm theo Báo cáo số {number} {head.date_text} của {name})",
        subject=f"Kết quả thực hiện {dp.plan_citation(plan)} về {about} {label}",
        addressees=(doc.issuer,), sender_name=name, receiver_name=doc.issuer,
        closing=_closing(plan, label, name, doc.issuer, " xem xét, chỉ đạo"),
        intro=(f"Thực hiện {cite} về {about}, trên cơ sở báo cáo của các cơ quan, đơn vị, "
               f"{name} (cơ quan thường trực) tổng hợp, báo cáo {doc.issuer} kết quả thực hiện "
               f"{numbers} như sau:"),
        recipients=("- Như trên;", f"- Lưu: VT, {unit_code(ws, uid)}."),
        signer=dp.SignBlock("", head_title(name), dp.BLANK),
    )


def _thematic(ws: Workspace, plan: Plan, cite: str, about: str, numbers: str, label: str,
              report_date: date | None, blank_day: bool, unit: str) -> Letter:
    doc = plan.document
    author = ws.name_of(unit)
    number = f"{dp.BLANK}/BC{NB}{unit_code(ws, unit)}"
    head = dp.letterhead(doc.issuer, author, f"Số: {number}", "", doc.place, report_date,
                         blank_day)
    to = _thematic_addressee(ws, plan)
    return Letter(
        letterhead=head,
        appendix_note=f"(Kèm theo Báo cáo số {number} {head.date_text} của {author})",
        subject=(f"Kết quả thực hiện các hoạt động do {author} chủ trì theo "
                 f"{dp.plan_citation(plan)}, {label}"),
        addressees=(to,), sender_name=author, receiver_name=to,
        closing=_closing(plan, label, author, to, ""),
        intro=(f"Thực hiện {cite} về {about}, {author} báo cáo kết quả thực hiện các hoạt "
               f"động do đơn vị chủ trì {numbers} như sau:"),
        recipients=("- Như trên;", f"- Lưu: VT, {unit_code(ws, unit)}."),
        signer=dp.SignBlock("", head_title(author), dp.BLANK),
    )


def _closing(plan: Plan, label: str, sender: str, receiver: str, asks: str) -> str:
    """The last paragraph, "./." at its end as NĐ 30/2020 writes it (not on a line of its own)."""
    return (f"Trên đây là báo cáo kết quả thực hiện {dp.plan_citation(plan)} trong {label}, "
            f"{sender} kính báo cáo {receiver}{asks}./.")


def _thematic_addressee(ws: Workspace, plan: Plan) -> str:
    for ob in plan.reporting:
        if ob.kind == ReportKind.THEMATIC and (ob.via or ob.to):
            return ws.name_of(ob.via or ob.to or "")
    return ws.name_of(plan.standing_unit) if plan.standing_unit else dp.BLANK
