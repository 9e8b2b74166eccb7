"""The text of a YAML file before and around the parser: decoding, what libyaml reports badly,
and turning libyaml's positions into the line and column an editor shows.

libyaml counts NEL, U+2028 and U+2029 as line breaks (YAML 1.1) where editors do not, so every
line after one would be misnumbered; it reports control characters as "position N" of the whole
text; and an error at the end of a file without a final newline points at a line that does not
exist.  Positions are therefore computed from the character offset libyaml also gives.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from kehoach_cli.model import Source
from kehoach_cli.problems import Problem, problem

_CONFLICT = re.compile(r"^(<{7}|={7}|>{7})(?: |$)", re.MULTILINE)
_MARKERS = ("<" * 7, "=" * 7, ">" * 7)
_TAB_INDENT = re.compile(r"^ *\t")
# What YAML does not allow in a stream (NUL has its own message): C0 but tab and line breaks,
# DEL, C1 but NEL, surrogates and the two non-characters.
_CONTROL = re.compile("[\x01-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]")
# In a value (from an escape in double quotes): every C0 but tab and newline, DEL and C1.
CONTROL_IN_VALUE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# The bytes that begin, in UTF-8, every character those two and NUL match: C0 but tab and line
# breaks, DEL, and the lead bytes of C1 (\xc2), surrogates (\xed) and U+FFFE/U+FFFF (\xef).
# Decoding and NFC make none of these characters from others, so text whose bytes hold none of
# these bytes holds none of those characters.
_SUSPECT = {*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F, 0xC2, 0xED, 0xEF}
_UNSUSPECT = bytes(b for b in range(256) if b not in _SUSPECT)
_ODD_BREAKS = ("\x85", "\u2028", "\u2029")
_LONE_CR = re.compile("\r(?!\n)")
MAX_REPORTED = 20


def decode(raw: bytes, display: str) -> tuple[str | None, list[Problem]]:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        before = raw[: err.start]
        line = before.count(b"\n") + 1
        col = err.start - (before.rfind(b"\n") + 1) + 1
        return None, [problem("load.not_utf8", Source(display, line, col), byte=f"0x{raw[err.start]:02x}")]
    if not text.strip():
        return None, [problem("load.empty", Source(display))]
    return unicodedata.normalize("NFC", text), []


def scan_text(text: str, display: str, raw: bytes | None = None) -> list[Problem]:
    """Problems YAML itself would report badly: conflict markers, NUL, control characters.

    ``raw``, the bytes ``text`` was decoded from: when none of them can begin a NUL or a control
    character (``_SUSPECT``), the text is not searched for one: the search took 0.1 s of a cold
    load at 10k tasks, the one pass over the bytes a tenth of that."""
    found: list[Problem] = []
    if any(m in text for m in _MARKERS):
        for match in _CONFLICT.finditer(text):
            where = Source(display, *offset_position(text, match.start()))
            found.append(problem("load.conflict_marker", where, marker=match.group(1)))
    if raw is not None and not raw.translate(None, _UNSUSPECT):
        return found
    if "\x00" in text:
        found.append(problem("load.nul", Source(display, *offset_position(text, text.index("\x00")))))
    lines: set[int] = set()
    for match in _CONTROL.finditer(text):
        line, col = offset_position(text, match.start())
        if line in lines:
            continue
        lines.add(line)
        found.append(problem("load.control_char", Source(display, line, col),
                             char=f"{ord(match.group()):04X}"))
        if len(lines) >= MAX_REPORTED:
            break
    return found


def has_odd_breaks(text: str) -> bool:
    """NEL, U+2028, U+2029 or a carriage return not followed by a newline: line breaks to
    libyaml, not to the editors, git and grep that count lines by "\\n"."""
    if any(c in text for c in _ODD_BREAKS):
        return True
    return "\r" in text and _LONE_CR.search(text) is not None


def offset_position(text: str, index: int) -> tuple[int, int]:
    """1-based line and column of character ``index``, lines broken by "\\n" only.  Past the end
    (libyaml's "end of stream"): just after the last character that is not a line break."""
    if index >= len(text):
        index = len(text.rstrip("\r\n"))
    start = text.rfind("\n", 0, index) + 1
    return text.count("\n", 0, index) + 1, index - start + 1


def tab_at(text: str, line: int) -> int | None:
    """The column of the tab indenting ``line`` (1-based), if a tab indents it."""
    lines = text.split("\n")
    if not 1 <= line <= len(lines):
        return None
    match = _TAB_INDENT.match(lines[line - 1])
    return match.end() if match else None


class Locator:
    """Positions of libyaml marks in ``text``, as an editor numbers lines."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.length = len(text)
        self.odd = has_odd_breaks(text)

    def at(self, mark: Any) -> tuple[int, int]:
        if mark is None:
            return 1, 1
        if not self.odd and mark.index < self.length:
            return mark.line + 1, mark.column + 1
        return offset_position(self.text, mark.index)
