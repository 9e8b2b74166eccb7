"""``scan_text`` given the file's bytes finds what it finds searching the text alone."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kehoach_cli.reading.yamltext import decode, scan_text

_CASES = [
    "kehoach: 1\nunit: phong-a\n",
    "tên: Phòng Nội vụ\nghi_chú: Đã ban hành kế hoạch\n",
    "a: b\x01c\n", "a: \x7f\n", "a: \x00\n", "a: x\x85y\n", "a: \x9f\n", "a: \x80\n",
    "a: \ufffe\n", "a: \uffff\n", "\ufeffa: b\n", "a: \u00a0b\n", "a: \ud7ff\n", "a: \ue000\n",
    "a: Hoa\u0300\n",  # NFD: NFC composes it
    "<<<<<<< HEAD\na: 1\n=======\na: 2\n>>>>>>> x\n", "a: 1\n\x1b[31m\n", "\t\r\n",
]


def _both(raw: bytes) -> None:
    text, _ = decode(raw, "f.yaml")
    if text is not None:
        assert scan_text(text, "f.yaml", raw) == scan_text(text, "f.yaml")


@pytest.mark.parametrize("text", _CASES)
def test_scan_with_bytes_finds_what_the_text_search_finds(text: str) -> None:
    _both(text.encode("utf-8"))
    _both(b"\xef\xbb\xbf" + text.encode("utf-8"))


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=60))
def test_scan_with_bytes_agrees_on_any_text(text: str) -> None:
    _both(text.encode("utf-8"))


def test_scan_with_bytes_still_reports_every_control_character() -> None:
    raw = "a: x\x01\nb: \x9f\nc: \x00\n".encode()
    text, _ = decode(raw, "f.yaml")
    assert text is not None
    codes = [p.code for p in scan_text(text, "f.yaml", raw)]
    assert codes == ["load.nul", "load.control_char", "load.control_char"]
