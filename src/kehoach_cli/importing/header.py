"""The header and the footer of a plan: issuer, Số, place and date, title, basis, Nơi nhận, signer.

What cannot be found is left out and said in the review list; nothing is invented, except the
issuer, which the plan file requires: when the letterhead is missing it is taken from the
sentence "…, Ủy ban nhân dân thành phố X xây dựng kế hoạch" of the basis paragraph.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from kehoach_cli.importing.blocks import Block
from kehoach_cli.queries.unitlookup import fold

_NUMBER = re.compile(r"Số\s*:\s*(\S+(?:\s*/\s*\S+)*)", re.IGNORECASE)
_PLACE_DATE = re.compile(
    r"([A-ZĐÀ-Ỹ][^\d,]{1,40}?),\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})", re.IGNORECASE
)
_NATIONAL = ("cong hoa xa hoi", "doc lap", "viet nam")
_KINDS = ("KẾ HOẠCH", "CHƯƠNG TRÌNH", "PHƯƠNG ÁN")
_REF = re.compile(
    r"(?P<kind>Kế hoạch|Quyết định|Nghị quyết|Chỉ thị|Công văn|Thông báo|Hướng dẫn|Nghị định|"
    r"Thông tư|Luật|Chương trình|Kết luận)(?:\s+(?P<name>[^;:]{1,80}?)\s+số|\s+số|)\s+"
    r"(?P<number>\d+[\w/.\-]*/[\w/.\-]*\w)"
    r"(?:\s+ngày\s+(?P<date>\d{1,2}/\d{1,2}/\d{4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}))?"
    r"(?P<rest>[^;]*)",
    re.IGNORECASE,
)
_AUTHORITY = re.compile(r"^(KT|TM|TL|TUQ|Q)\.\s*\S.*$")
_POSITIONS = ("CHỦ TỊCH", "PHÓ CHỦ TỊCH", "TRƯỞNG", "PHÓ TRƯỞNG", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC",
              "BÍ THƯ", "CHÁNH VĂN PHÒNG")


@dataclass
class Header:
    number: str = ""
    date: dt.date | None = None
    place: str = ""
    issuer: str = ""
    issuer_parent: str = ""
    kind: str = "KẾ HOẠCH"
    title: str = ""
    based_on: list[dict[str, object]] = field(default_factory=list)
    body_start: int = 0
    notes: list[tuple[str, dict[str, object]]] = field(default_factory=list)


def read_header(blocks: list[Block], body_start: int) -> Header:
    """Everything before ``body_start`` (the first Roman section)."""
    head = Header(body_start=body_start)
    issuer_lines: list[str] = []
    title: list[str] = []
    state = "top"
    for block in blocks[:body_start]:
        text = block.text
        if m := _NUMBER.search(text):
            head.number = re.sub(r"\s+", "", m[1])
        if m := _PLACE_DATE.search(text):
            head.place = m[1].strip()
            head.date = _date(int(m[4]), int(m[3]), int(m[2]))
        if m or _NUMBER.search(text) or fold(text).startswith(_NATIONAL) or set(text) <= set("-_ "):
            continue
        if state == "top" and text.upper() in _KINDS:
            head.kind, state = text.upper(), "title"
        elif state == "top" and text.isupper():
            issuer_lines.append(text)
        elif state == "title" and not title and not _REF.search(text):
            title.append(text)  # "Thực hiện phong trào …" is a title, not a basis
        elif re.match(r"^(Thực hiện|Căn cứ)\b", text, re.IGNORECASE):
            state = "basis"
            head.based_on.extend(references(text))
            head.issuer = head.issuer or _issuer_from_basis(text)
        elif state == "title":
            title.append(text)
    head.title = " ".join(title).strip()
    _set_issuer(head, issuer_lines)
    return head


def _date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _set_issuer(head: Header, lines: list[str]) -> None:
    """"ỦY BAN NHÂN DÂN / HUYỆN TIÊN YÊN" → "Ủy ban nhân dân huyện Tiên Yên"."""
    names: list[str] = []
    for line in lines:
        if names and not re.match(r"^(ỦY BAN|UBND|HỘI ĐỒNG|BAN|PHÒNG|SỞ|VĂN PHÒNG)\b", line):
            names[-1] = f"{names[-1]} {line}"
        else:
            names.append(line)
    if names:
        head.issuer = _sentence_case(names[-1])
        head.issuer_parent = _sentence_case(names[-2]) if len(names) > 1 else ""


def _sentence_case(upper: str) -> str:
    text = re.sub(r"^UBND\b", "ỦY BAN NHÂN DÂN", upper.strip())
    out = re.sub(r"^ỦY BAN NHÂN DÂN", "Ủy ban nhân dân", text)
    match = re.match(r"^(Ủy ban nhân dân\s+)(THÀNH PHỐ|THỊ XÃ|THỊ TRẤN|HUYỆN|TỈNH|QUẬN|PHƯỜNG|XÃ)\s+(.+)$",
                     out)
    if match:
        return f"{match[1]}{match[2].lower()} {match[3].title()}"
    return out if out != text else text.capitalize()


def _issuer_from_basis(text: str) -> str:
    match = re.search(r",\s*((?:Ủy ban nhân dân|UBND)\s+[^,]+?)\s+(?:xây dựng|ban hành)\b", text)
    return match[1].strip() if match else ""


def references(text: str) -> list[dict[str, object]]:
    """The documents a "Thực hiện …"/"Căn cứ …" paragraph names, with number, date, issuer."""
    out: list[dict[str, object]] = []
    for m in _REF.finditer(text):
        ref: dict[str, object] = {"kind": m["kind"].capitalize(), "number": m["number"]}
        if m["date"]:
            nums = [int(x) for x in re.findall(r"\d+", m["date"])]
            when = _date(nums[2], nums[1], nums[0])
            if when is not None:
                ref["date"] = when
        rest = re.split(r",\s*(?=(?:Ủy ban nhân dân|UBND)\s+[^,]+?\s+(?:xây dựng|ban hành)\b)", m["rest"])[0]
        rest = rest.strip().rstrip(",.:").strip()
        if by := re.match(r"^của\s+(.+?)(?:\s+về\s+(?:việc\s+)?(.+))?$", rest):
            ref["issuer"] = by[1].strip()
            if by[2]:
                ref["title"] = by[2][0].upper() + by[2][1:]
        elif about := re.match(r"^về\s+(?:việc\s+)?(.+)$", rest):
            ref["title"] = about[1][0].upper() + about[1][1:]
        if m["name"] and "title" not in ref:
            ref["title"] = m["name"].strip()
        out.append(ref)
    return out


@dataclass
class Footer:
    recipients: list[dict[str, str]] = field(default_factory=list)
    archive: str = ""
    authority: str = ""
    position: str = ""
    name: str = ""
    signed: bool = False


def read_footer(blocks: list[Block]) -> Footer:
    """"Nơi nhận:" with its lines, "Lưu: …", and the signer block (name or "(đã ký)")."""
    foot = Footer()
    for block in blocks:
        text = block.text.strip()
        bare = text.lstrip("-–• ").strip()
        if re.match(r"^Nơi nhận\s*:?$", text, re.IGNORECASE):
            continue
        if re.match(r"^Lưu\s*:", bare, re.IGNORECASE):
            foot.archive = bare.rstrip(";")
        elif text.startswith(("-", "–", "•")):
            name = bare.rstrip(";.").strip()
            purpose = re.search(r"\(([^)]*)\)\s*$", name)
            entry = {"name": name[: purpose.start()].strip() if purpose else name}
            if purpose:
                entry["purpose"] = purpose[1].strip()
            foot.recipients.append(entry)
        elif _AUTHORITY.match(text):
            foot.authority = text
        elif text.upper() == text and any(text.startswith(p) for p in _POSITIONS):
            foot.position = text
        elif re.match(r"^\(?\s*đã ký\s*\)?$", text, re.IGNORECASE):
            foot.signed = True
        elif foot.position and re.fullmatch(r"(?:[A-ZĐÀ-Ỹ][\wÀ-ỹ]*\s){1,4}[A-ZĐÀ-Ỹ][\wÀ-ỹ]*", text):
            foot.name = text
    return foot
