"""Finding a unit from what staff type: no diacritics, any case, prefixes and abbreviations."""

from __future__ import annotations

import unicodedata

import pytest

from kehoach_cli.model import Relation, Settings, Unit, UnitGroup, Workspace
from kehoach_cli.problems import FatalError
from kehoach_cli.queries.unitlookup import candidates, fold, keys, normalise, resolve_unit


def _unit(uid: str, name: str, short: str = "", *aliases: str) -> Unit:
    return Unit(uid, name, short or name, aliases, Relation.ASSIGNED)


UNITS = [
    _unit("phong-noi-vu", "Phòng Nội vụ", "Nội vụ", "Phòng Nội vụ Thành phố"),
    _unit("phong-vhtt", "Phòng Văn hóa và Thông tin Thành phố", "VH&TT", "VHTT"),
    _unit("trung-tam-ttvh", "Trung tâm Truyền thông và Văn hóa Thành phố", "TT TT&VH"),
    _unit("ban-qlda", "Ban Quản lý dự án đầu tư xây dựng Thành phố", "Ban QLDA"),
    _unit("phong-tckh", "Phòng Tài chính - Kế hoạch Thành phố", "TC-KH"),
    _unit("ubnd-tp", "Ủy ban nhân dân Thành phố", "UBND TP"),
    _unit("doan-thanh-nien", "Đoàn Thanh niên Cộng sản Hồ Chí Minh Thành phố", "Đoàn Thanh niên"),
    _unit("phuong-cam-binh", "Ủy ban nhân dân phường Cẩm Bình", "Cẩm Bình"),
    _unit("phuong-cam-dong", "Ủy ban nhân dân phường Cẩm Đông", "Cẩm Đông"),
]
GROUP = UnitGroup("ubnd-phuong-xa", "UBND các phường, xã", "Phường, xã", (),
                  ("phuong-cam-binh", "phuong-cam-dong"))
WS = Workspace("/tmp/x", Settings(), {u.id: u for u in UNITS}, {GROUP.id: GROUP}, ())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("noi vu", "phong-noi-vu"),
        ("Nội vụ", "phong-noi-vu"),
        ("phong noi vu", "phong-noi-vu"),
        ("PHÒNG NỘI VỤ", "phong-noi-vu"),
        ("  Phòng   nội vụ. ", "phong-noi-vu"),
        (unicodedata.normalize("NFD", "Phòng Nội vụ"), "phong-noi-vu"),  # as pasted from Word
        ("phong-noi-vu", "phong-noi-vu"),
        ("ban quan ly du an", "ban-qlda"),
        ("Ban QLDA", "ban-qlda"),
        ("qlda", "ban-qlda"),
        ("vh&tt", "phong-vhtt"),
        ("VHTT", "phong-vhtt"),
        ("tc-kh", "phong-tckh"),
        ("tckh", "phong-tckh"),
        ("tai chinh", "phong-tckh"),
        ("UBND TP", "ubnd-tp"),
        ("uy ban nhan dan thanh pho", "ubnd-tp"),
        ("doan thanh nien", "doan-thanh-nien"),
        ("ubnd phuong cam binh", "phuong-cam-binh"),
        ("cam dong", "phuong-cam-dong"),
        ("ubnd cac phuong xa", "ubnd-phuong-xa"),
        ("phuong xa", "ubnd-phuong-xa"),
    ],
)
def test_resolves(text: str, expected: str) -> None:
    assert resolve_unit(WS, text) == expected


def test_ambiguous_lists_the_candidates() -> None:
    with pytest.raises(FatalError) as caught:
        resolve_unit(WS, "van hoa")
    err = caught.value
    assert (err.code, err.exit_code) == ("lookup.ambiguous", 2)
    assert err.params["candidates"] == (
        "\n  - phong-vhtt: Phòng Văn hóa và Thông tin Thành phố"
        "\n  - trung-tam-ttvh: Trung tâm Truyền thông và Văn hóa Thành phố"
    )
    assert "phong-vhtt" in err.message and "trung-tam-ttvh" in err.message


def test_ambiguous_wards() -> None:
    assert candidates(WS, "cam") == ["phuong-cam-binh", "phuong-cam-dong"]


@pytest.mark.parametrize("text", ["xyz", "", "  ", "--"])
def test_not_found(text: str) -> None:
    with pytest.raises(FatalError) as caught:
        resolve_unit(WS, text)
    assert (caught.value.code, caught.value.exit_code) == ("lookup.not_found", 2)


def test_normalisation() -> None:
    assert fold("Đoàn Thanh niên") == "doan thanh nien"
    assert normalise("Phòng LĐTB&XH") == "phong ldtb xh"
    assert normalise("Phòng LĐTB&XH", "") == "phong ldtbxh"
    assert normalise("UBND TP") == "uy ban nhan dan thanh pho"
    assert keys("Phòng Nội vụ Thành phố") == {"phong noi vu thanh pho", "noi vu"}
    assert keys("Thành phố") == {"thanh pho"}  # never stripped down to nothing
