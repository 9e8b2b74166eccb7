"""The workspace payload written in pieces is byte for byte what msgspec writes for the whole,
and reads back to the same checked workspace."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import msgspec
import pytest

from kehoach_cli.cache import codec
from kehoach_cli.checks.onepass import load_and_check

REPO = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("n", [0, 1, 15, 16, 65535, 65536])
def test_list_and_map_headers_are_msgspec_s(n: int) -> None:
    as_list = codec._length(0x90, 0xDC, n)
    assert msgspec.msgpack.encode([0] * n).startswith(as_list)
    as_map = codec._length(0x80, 0xDE, n)
    assert msgspec.msgpack.encode({str(i): 0 for i in range(n)}).startswith(as_map)


def test_forms_by_hand() -> None:
    assert codec._length(0x90, 0xDC, 3) == b"\x93"
    assert codec._length(0x90, 0xDC, 16) == b"\xdc\x00\x10"
    assert codec._length(0x80, 0xDE, 70000) == b"\xdf\x00\x01\x11\x70"


def test_pieces_are_the_whole_payload(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(codec, "_PIECE", 64)  # many pieces, even from the bundled plan
    result, problems = load_and_check(REPO)
    ws = result.workspace
    assert ws.submissions and ws.plans
    top = {f.name: getattr(ws, f.name) for f in dataclasses.fields(ws) if f.compare}
    rows = ([codec._problem_row(p) for p in result.problems],
            [codec._problem_row(p) for p in problems])
    whole = msgspec.msgpack.encode([top, rows[0], rows[1], result.files])
    pieces = list(codec.encode_pieces(ws, result.problems, problems, result.files))
    assert len(pieces) > 10
    assert b"".join(pieces) == whole
    decoded = codec.decode_checked(whole)
    assert decoded is not None
    assert decoded[0] == ws and decoded[2] == problems and decoded[3] == result.files
