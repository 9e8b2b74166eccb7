"""The fields of a task in the words plans use: "Chủ trì:", "Phối hợp:", "Thời gian thực hiện:",
an inline "(thời gian hoàn thành trước …)", a time in running text, and proposed targets.

Times are found by asking the time reader (``timeexpr.grammar.read_time``) itself: a phrase is
a time when the reader reads it, with the plan's date for times without a year or counted from
the plan, so whatever forms the reader learns are found here too without a change.  In running
text a bare "thường xuyên" or "liên tục" is an adverb ("thường xuyên cập nhật …"), not the
task's time; after a "Thời gian:" label it is the time, and so is a time counted from an event
the plan has yet to date ("chậm nhất 30 ngày trước ngày bầu cử"), which ``yamlout`` notes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from kehoach_cli.model import TimeKind
from kehoach_cli.queries.unitlookup import fold
from kehoach_cli.timeexpr.expressions import TimeExprError
from kehoach_cli.timeexpr.grammar import read_time

_LABELS = (
    ("lead", r"(?:(?:Đơn vị|Cơ quan)\s+)?chủ trì(?:\s+(?:xây dựng|thực hiện|tham mưu)(?:\s+kế hoạch)?)?"
             r"(?:\s*\([^)]*\))?\s*:"),
    ("support", r"(?:(?:Đơn vị|Cơ quan)\s+)?phối hợp(?:\s+thực hiện)?\s*:"),
    ("time", r"Thời gian(?:\s+(?:thực hiện|hoàn thành|triển khai|tổ chức))?\s*:"),
    ("deliverable", r"(?:Sản phẩm|Kết quả)(?:\s+đầu ra)?\s*:"),
)
_FIELD = re.compile(
    "|".join(f"(?P<{kind}>{pattern})" for kind, pattern in _LABELS), re.IGNORECASE
)
_TOKEN = re.compile(r"\S+")
_TRIGGERS = {
    "tu", "truoc", "trong", "cuoi", "dau", "giua", "thuong", "trung", "ha", "du", "quy", "cham",
    "den",
}
_FILLERS = {"trong", "xong", "hoan", "den"}
_MAX_WORDS = 12
_NEEDS_A_DATE = {"time.unknown_event", "time.needs_year", "time.needs_issue_date"}
_MEASURES = (
    "mô hình", "công trình", "người", "lớp", "buổi", "hội nghị", "cuộc", "đội", "câu lạc bộ", "tin",
    "bài", "hộ", "lượt", "điểm", "sản phẩm", "tuyến", "km", "cơ sở", "trường", "xã", "thôn",
    "khu dân cư", "chương trình", "phóng sự", "tác phẩm", "giải", "đợt", "chuyên mục",
)
_TARGET = re.compile(
    r"(?P<few>ít nhất|tối thiểu|phấn đấu|trên)?\s*(?P<n>\d{1,5})\s+(?P<m>"
    + "|".join(sorted((re.escape(m) for m in _MEASURES), key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Field:
    kind: str
    label: str
    value: str
    start: int


@dataclass(frozen=True)
class TimeFound:
    text: str
    start: int
    labelled: bool


@dataclass(frozen=True)
class TargetFound:
    quantity: int
    measure: str
    description: str
    per_unit: bool


def fields(line: str) -> list[Field]:
    """The labelled fields of one line; several may share it ("Chủ trì: A. Phối hợp: B.")."""
    found = [m for m in _FIELD.finditer(line) if _at_clause_start(line, m.start())]
    out: list[Field] = []
    for i, match in enumerate(found):
        end = found[i + 1].start() if i + 1 < len(found) else len(line)
        kind = match.lastgroup or ""
        out.append(Field(kind, match.group(), line[match.end():end].strip(), match.start()))
    return out


def _at_clause_start(line: str, pos: int) -> bool:
    before = line[:pos].rstrip()
    return not before or before[-1] in ".;:(-–" or before.endswith("*")


def reads(text: str, issued: date | None = None, whole: bool = False) -> bool:
    """Whether ``text`` is a time: read outright, or (``whole``, a field's entire value) a time
    that needs a date the plan does not give yet."""
    try:
        span = read_time(text, issued=issued)
    except TimeExprError as err:
        return whole and err.code in _NEEDS_A_DATE
    return whole or not (span.form == TimeKind.STANDING and span.start is None)


def times(text: str, labelled: bool = False, issued: date | None = None) -> list[TimeFound]:
    """Every time phrase in ``text``, left to right, each the longest the time reader reads.

    In running text a phrase must open with a word times open with ("trước", "từ", "trong"…);
    after a "Thời gian:" label any word may open it.
    """
    tokens = list(_TOKEN.finditer(text))
    out: list[TimeFound] = []
    i = 0
    while i < len(tokens):
        first = fold(tokens[i].group().lstrip("(“\"")).strip(".,;:")
        if labelled or first in _TRIGGERS:
            found = _longest(text, tokens, i, issued)
            if found is not None:
                phrase, j = found
                out.append(TimeFound(phrase, tokens[i].start(), labelled))
                i = j
                continue
        i += 1
    return out


def _longest(text: str, tokens: list[re.Match[str]], i: int,
             issued: date | None) -> tuple[str, int] | None:
    for j in range(min(len(tokens), i + _MAX_WORDS), i, -1):
        phrase = text[tokens[i].start():tokens[j - 1].end()].lstrip("(“\"").rstrip(".,;:)”\"*")
        if phrase and reads(phrase, issued):
            rest = phrase.split(" ", 1)
            if len(rest) == 2 and fold(rest[0]) in _FILLERS and reads(rest[1], issued) and \
                    fold(rest[1]).split(" ")[0] in {"truoc", "tu", "den", "cham", "trong"}:
                phrase = rest[1]
            return phrase, j
    return None


def labelled_time(value: str, issued: date | None = None) -> tuple[str | None, str]:
    """(time, verbatim) of a "Thời gian …:" value; time None if the reader cannot read it."""
    verbatim = value.strip().rstrip(".;").strip()
    if reads(verbatim, issued, whole=True):
        return verbatim, verbatim
    inside = times(verbatim, labelled=True, issued=issued)
    return (inside[0].text if inside else None), verbatim


def targets(text: str) -> list[TargetFound]:
    """Figures a plan sets ("ít nhất 01 mô hình", "20 mô hình"), proposed as targets."""
    out: list[TargetFound] = []
    for sentence in re.split(r"(?<=[.;])\s+", text):
        for match in _TARGET.finditer(sentence):
            quantity = int(match["n"])
            if quantity == 0 or _is_date_part(sentence, match.start("n")):
                continue
            per = bool(re.search(r"\bmỗi\b", sentence[: match.start()], re.IGNORECASE))
            description = sentence.strip().rstrip(".;")
            if len(description) > 160:
                description = description[:157].rsplit(" ", 1)[0] + "…"
            out.append(TargetFound(quantity, match["m"].lower(), description, per))
    return out


def _is_date_part(sentence: str, start: int) -> bool:
    return start > 0 and sentence[start - 1] in "/-."
