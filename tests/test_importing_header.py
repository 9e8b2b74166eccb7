"""Header and footer of a plan: number, place and date, title, basis, recipients, signer."""

from __future__ import annotations

import datetime as dt

from kehoach_cli.importing.blocks import text_blocks
from kehoach_cli.importing.header import read_footer, read_header, references

HEAD = """ỦY BAN NHÂN DÂN
HUYỆN TIÊN YÊN
Số: 12 /KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Tiên Yên, ngày 15 tháng 01 năm 2024
KẾ HOẠCH
Triển khai chuyển đổi số
năm 2024
"""
BASIS = ("Thực hiện Kế hoạch số 19/KH-UBND ngày 02/02/2023 của Ủy ban nhân dân tỉnh Quảng Ninh về tổ "
         "chức hội nghị, Ủy ban nhân dân huyện Tiên Yên xây dựng kế hoạch như sau:")


def test_header() -> None:
    blocks = text_blocks([*HEAD.splitlines(), BASIS])
    head = read_header(blocks, len(blocks))
    assert (head.number, head.date, head.place) == ("12/KH-UBND", dt.date(2024, 1, 15), "Tiên Yên")
    assert head.issuer == "Ủy ban nhân dân huyện Tiên Yên"
    assert head.title == "Triển khai chuyển đổi số năm 2024"
    assert head.based_on == [{"kind": "Kế hoạch", "number": "19/KH-UBND", "date": dt.date(2023, 2, 2),
                              "issuer": "Ủy ban nhân dân tỉnh Quảng Ninh", "title": "Tổ chức hội nghị"}]


def test_several_references_and_a_long_date() -> None:
    found = references("Căn cứ Quyết định số 06/QĐ-TTg ngày 06 tháng 01 năm 2022 của Thủ tướng Chính phủ; "
                       "Căn cứ Luật Phòng, chống thiên tai số 33/2013/QH13")
    assert [(r["number"], r.get("date"), r.get("title")) for r in found] == [
        ("06/QĐ-TTg", dt.date(2022, 1, 6), None), ("33/2013/QH13", None, "Phòng, chống thiên tai")]


def test_footer_with_signed_mark_and_no_name() -> None:
    foot = read_footer(text_blocks(["Nơi nhận:", "- UBND tỉnh (báo cáo);", "- Lưu: VT, VP.",
                                    "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "(đã ký)"]))
    assert foot.recipients == [{"name": "UBND tỉnh", "purpose": "báo cáo"}]
    assert (foot.archive, foot.authority, foot.position, foot.name, foot.signed) == (
        "Lưu: VT, VP.", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", True)
