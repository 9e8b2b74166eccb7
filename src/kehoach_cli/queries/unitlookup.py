"""Find a unit from what a person types: "noi vu", "Nội vụ", "phong noi vu", "ban qlda".

Staff type names without diacritics, in any case, with or without "Phòng"/"Ban"/"UBND" in
front, or as the abbreviations the văn bản itself uses.  So every name, short name, alias and
id is reduced to a plain key (no diacritics, đ→d, lower case, no punctuation, common
abbreviations spelled out, administrative prefixes dropped) and the query is reduced the same
way.  An exact key wins; otherwise every unit whose words include all the query's words is a
candidate.  Guessing between several would send a report to the wrong office, so more than one
candidate is an error listing them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from kehoach_cli.model import Workspace
from kehoach_cli.problems import FatalError

_ABBREVIATIONS = {
    "ubnd": "uy ban nhan dan",
    "hdnd": "hoi dong nhan dan",
    "tp": "thanh pho",
    "mttq": "mat tran to quoc",
    "ubmttq": "uy ban mat tran to quoc",
    "qlda": "quan ly du an",
}
_PREFIXES = ("uy ban nhan dan", "thanh pho", "phong", "ban")
_SUFFIXES = ("thanh pho",)
_PUNCTUATION = re.compile(r"[^\w\s]|_")
_SPACES = re.compile(r"\s+")


def fold(text: str) -> str:
    """Lower case without diacritics ("Đoàn Thanh niên" → "doan thanh nien")."""
    decomposed = unicodedata.normalize("NFD", unicodedata.normalize("NFC", text))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return bare.replace("đ", "d").replace("Đ", "D").lower()


def normalise(text: str, joiner: str = " ") -> str:
    """``fold``, punctuation replaced by ``joiner`` ("TC-KH" → "tc kh" or "tckh"), single
    spaces, abbreviations spelled out."""
    plain = _PUNCTUATION.sub(joiner, fold(text))
    words = _SPACES.sub(" ", plain).strip().split(" ")
    return " ".join(_ABBREVIATIONS.get(w, w) for w in words if w)


def strip_affixes(key: str) -> str:
    """Drop "phòng", "ban", "UBND", "thành phố" around a name, never down to nothing."""
    changed = True
    while changed:
        changed = False
        for prefix in _PREFIXES:
            if key.startswith(prefix + " "):
                key, changed = key[len(prefix) + 1 :], True
        for suffix in _SUFFIXES:
            if key.endswith(" " + suffix):
                key, changed = key[: -len(suffix) - 1], True
    return key


def keys(text: str) -> set[str]:
    """Every plain form under which ``text`` can be found."""
    out: set[str] = set()
    for joiner in (" ", ""):
        key = normalise(text, joiner)
        if key:
            out.update({key, strip_affixes(key)})
    return out


def _names(ws: Workspace) -> Iterator[tuple[str, str, tuple[str, ...]]]:
    for unit in ws.units.values():
        yield unit.id, unit.name, (unit.id, unit.name, unit.short, *unit.aliases)
    for group in ws.groups.values():
        yield group.id, group.name, (group.id, group.name, group.short, *group.aliases)


def candidates(ws: Workspace, text: str) -> list[str]:
    """The ids ``text`` may mean: the exact matches if any, else those containing its words."""
    wanted = keys(text)
    if not wanted:
        return []
    exact: list[str] = []
    partial: list[str] = []
    words = set(strip_affixes(normalise(text)).split())
    for uid, _, names in _names(ws):
        forms = set().union(*(keys(n) for n in names if n))
        if forms & wanted:
            exact.append(uid)
        elif words <= {w for form in forms for w in form.split()}:
            partial.append(uid)
    return exact or partial


def resolve_unit(ws: Workspace, text: str) -> str:
    """The id of the one unit or group ``text`` names; FatalError (exit 2) otherwise."""
    found = candidates(ws, text)
    if len(found) == 1:
        return found[0]
    if not found:
        raise FatalError("lookup.not_found", exit_code=2, text=text)
    listing = "".join(f"\n  - {uid}: {ws.name_of(uid)}" for uid in found)
    raise FatalError("lookup.ambiguous", exit_code=2, text=text, candidates=listing)
