"""Units named by the document, matched to a register (the workspace, ``--units``) or created.

Names are compared as ``queries.unitlookup`` compares them (no case, no diacritics, "UBND"
spelled out), and with or without a trailing "Thành phố"/"huyện"/"thị xã".  In running text the
longest known name at a place wins, so "Phòng Lao động, Thương binh và Xã hội" is one unit even
though it holds a comma and a "và".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kehoach_cli.queries.unitlookup import fold, normalise

_SUFFIXES = (("thanh", "pho"), ("huyen",), ("thi", "xa"), ("tp",))
_HEADS = {
    "phong", "ban", "van", "uy", "trung", "hoi", "doan", "lien", "cong", "chi", "dai", "tram",
    "truong", "benh", "cac", "bao", "kho", "hat", "doi", "thanh", "huyen", "dang", "mat", "co",
    "don", "toa", "vien", "quan", "so", "nha", "bch", "ttyt",
}
_NOT_HEADS_AFTER = {("hoi", "dong", "nhan", "dan")}
_REQUESTED = re.compile(
    r"\b(thanh uy|huyen uy|dang uy|thi uy|mat tran|doan thanh nien|lien doan|cuu chien binh|"
    r"hoi (?:lien hiep|nong dan|phu nu|nguoi cao tuoi|chu thap do|khuyen hoc)|"
    r"ban tuyen giao|ban dan van|ban to chuc|uy ban kiem tra|cong doan)"
)
_COMMUNES = re.compile(r"^(uy ban nhan dan )?cac (phuong|xa|thi tran)\b")
_TOKEN = re.compile(r"\S+")


@dataclass
class Unit:
    id: str
    name: str
    aliases: list[str] = field(default_factory=list)
    relation: str = "giao"
    members: list[str] = field(default_factory=list)
    group: bool = False
    known: bool = False      # from the register, not created from this document
    external: bool = False   # defined in the workspace the draft goes to: referred to, not copied
    communes: bool = False   # "UBND các phường, xã": a group whose members the document may list


def words(text: str) -> tuple[str, ...]:
    return tuple(normalise(text).split())


def variants(name: str) -> set[tuple[str, ...]]:
    base = words(name)
    out = {base}
    for suffix in _SUFFIXES:
        if len(base) > len(suffix) and base[-len(suffix):] == suffix:
            out.add(base[: -len(suffix)])
    for bare in list(out):
        out.update(bare + s for s in _SUFFIXES[:2])
    return {v for v in out if v}


_ID_HEADS = (("uy", "ban", "nhan", "dan"), ("van", "phong"), ("trung", "tam"), ("phong",), ("ban",))
# Where a unit's name ends in running text: a lower-case verb (names are capitalised, "Ban Chỉ
# đạo"), a parenthesis or a semicolon.
_VERB = re.compile(
    r"(?<!các)\s+tổ chức\b|\s+(?:xây dựng kế hoạch|chủ trì|phối hợp|thực hiện|tham mưu|triển khai|"
    r"hướng dẫn|ban hành|chỉ đạo|là|chủ động|căn cứ|có trách nhiệm|trước|trong|vận động|tuyên truyền|"
    r"phát động|kiểm tra|rà soát|tổng hợp|đôn đốc|theo dõi|bố trí|cung cấp|hỗ trợ|quan tâm|đẩy mạnh|"
    r"tăng cường|nghiên cứu|đảm bảo|bảo đảm|tiếp tục|lựa chọn|thành lập)\b|\s*[;(]")


def slug(name: str) -> str:
    """A short id: "Phòng Văn hóa và Thông tin" → phong-vhtt, "Phòng Nội vụ" → phong-noi-vu."""
    raw = re.sub(r"\s+(thành phố|huyện|thị xã)$", "", name.strip(), flags=re.I)
    tokens = [w for w in re.split(r"[\s,\-–/]+", raw) if w]
    folded = [re.sub(r"[^a-z0-9]", "", fold(w)) for w in tokens]
    if folded[:4] == ["uy", "ban", "nhan", "dan"] and folded[4:5] in (["xa"], ["phuong"], ["thi"]):
        return re.sub(r"[^a-z0-9]+", "-", fold(" ".join(tokens[4:]))).strip("-")[:60]
    for head in _ID_HEADS:
        fits = tuple(folded[: len(head)]) == head and len(folded) - len(head) > 2
        if fits and folded[len(head)] != "cac":
            rest = [w if tok.isupper() and len(tok) > 1 else w[:1]
                    for w, tok in zip(folded[len(head):], tokens[len(head):], strict=True) if w != "va"]
            start = "ubnd" if head[0] == "uy" else "-".join(head)
            joiner = "-" if any(tok.isupper() and len(tok) > 1 for tok in tokens[len(head):]) else ""
            return f"{start}-{joiner.join(rest)}"[:60]
    plain = re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-")
    for suffix in ("-thanh-pho", "-huyen", "-tp"):
        if plain.endswith(suffix) and len(plain) > len(suffix) + 3:
            plain = plain[: -len(suffix)]
    plain = plain.replace("uy-ban-nhan-dan", "ubnd")
    return plain[:60].rstrip("-") or "don-vi"


class Units:
    """The register plus the units this document adds; ``used`` keeps the order of first use."""

    def __init__(self, register: list[Unit]) -> None:
        self.all: dict[str, Unit] = {}
        self.names: dict[tuple[str, ...], str] = {}
        self.used: list[str] = []
        for unit in register:
            self._add(unit)

    def _add(self, unit: Unit) -> None:
        self.all[unit.id] = unit
        for name in (unit.name, *unit.aliases):
            for v in variants(name):
                self.names.setdefault(v, unit.id)

    def use(self, uid: str) -> str:
        if uid not in self.used:
            self.used.append(uid)
        return uid

    def prefix(self, text: str) -> tuple[str, int] | None:
        """The known unit whose name (the longest) opens ``text``, and where that name ends."""
        flat: list[tuple[str, int]] = []
        for tok in _TOKEN.finditer(text):
            for w in normalise(tok.group()).split():
                flat.append((w, tok.end()))
        longest = max((len(k) for k in self.names), default=0)
        for size in range(min(longest, len(flat)), 0, -1):
            if size < len(flat) and flat[size][1] == flat[size - 1][1]:
                continue  # would end inside a token
            key = tuple(w for w, _ in flat[:size])
            if key in self.names:
                return self.names[key], _end_of(text, flat[size - 1][1])
        return None

    def find(self, name: str) -> str | None:
        """A known unit by its name; else the one known name that starts with ``name``'s words."""
        for v in variants(name):
            if v in self.names:
                return self.names[v]
        key = words(name)
        if len(key) >= 3:
            longer = {uid for k, uid in self.names.items() if len(k) > len(key) and k[: len(key)] == key}
            if len(longer) == 1:
                return longer.pop()
        return None

    def resolve(self, name: str, requested: bool = False) -> str:
        """The id for ``name``: a known unit, or a new one made from the document's words."""
        name = _tidy(name)
        found = self.find(name)
        if found is not None:
            unit = self.all[found]
            if name != unit.name and name not in unit.aliases and not unit.known:
                unit.aliases.append(name)
            return self.use(found)
        key = normalise(name)
        uid = slug(name)
        while uid in self.all:
            uid += "-2"
        relation = "đề nghị" if requested or _REQUESTED.search(key + " ") else "giao"
        self._add(Unit(uid, name, relation=relation, communes=bool(_COMMUNES.match(key))))
        return self.use(uid)

    def split(self, text: str) -> list[str]:
        """Unit names listed in ``text`` ("A, B và C"), known names taken whole."""
        out: list[str] = []
        rest = _strip_end(text)
        while rest:
            rest = re.sub(r"^(?:[,;]\s*|và\s+|với\s+|cùng\s+)+", "", rest, flags=re.IGNORECASE)
            if not rest:
                break
            known = self.prefix(rest)
            if known is not None:
                out.append(rest[: known[1]])
                rest = rest[known[1]:].strip()
                continue
            cut = _next_cut(rest)
            out.append(rest[:cut])
            rest = rest[cut:].strip()
        return [_tidy(n) for n in out if _tidy(n)]


def _end_of(text: str, end: int) -> int:
    while end > 0 and text[end - 1] in ",.;:":
        end -= 1
    return end


def _strip_end(text: str) -> str:
    text = re.sub(r"\([^)]*\)", "", text)
    return text.strip().rstrip(".;:").strip()


def _tidy(name: str) -> str:
    name = re.sub(r"^(?:đề nghị|giao|yêu cầu)\s+", "", name.strip(), flags=re.IGNORECASE)
    name = _VERB.split(name, maxsplit=1)[0]
    return name.strip().strip(",.;:").strip()


def _next_cut(text: str) -> int:
    """Where the next name starts: a ", "/" và " followed by a word that opens a unit's name."""
    for match in re.finditer(r",\s*|;\s*|\s+và\s+", text):
        after = words(text[match.end():match.end() + 40])
        before = words(text[: match.start()])
        opener = text[match.end():match.end() + 5]
        if not after or after[0] not in _HEADS:
            continue
        if not (opener[:1].isupper() or opener.lower().startswith("các")):
            continue  # "Các cơ quan, đơn vị": a lower-case word continues a collective name
        if match.group().strip() == "và" and before[-4:] in _NOT_HEADS_AFTER | {("hdnd",)}:
            continue
        return match.start()
    return len(text)


def communes_id(units: Units) -> str | None:
    """The group of communes ("UBND các phường, xã", "các xã, thị trấn") if the document has one."""
    for unit in units.all.values():
        if unit.communes or _COMMUNES.match(normalise(unit.name)):
            return unit.id
    return None
