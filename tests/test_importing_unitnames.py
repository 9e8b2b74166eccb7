"""Units matched to a register ignoring case, diacritics and suffixes; lists split by known names."""

from __future__ import annotations

from kehoach_cli.importing.unitnames import Unit, Units, slug


def _register() -> Units:
    return Units([
        Unit("phong-ldtbxh", "Phòng Lao động, Thương binh và Xã hội", known=True),
        Unit("vp", "Văn phòng HĐND và UBND Thành phố", ["Văn phòng UBND Thành phố"], known=True),
        Unit("px", "UBND các phường, xã", group=True, members=["a"], known=True),
    ])


def test_match_ignores_case_diacritics_and_suffix() -> None:
    units = _register()
    assert units.find("phong lao dong, thuong binh va xa hoi thanh pho") == "phong-ldtbxh"
    assert units.find("Ủy ban nhân dân các phường, xã") == "px"


def test_a_list_keeps_names_with_commas_whole() -> None:
    units = _register()
    assert units.split("Phòng Lao động, Thương binh và Xã hội, Văn phòng HĐND và UBND Thành phố, "
                       "UBND các phường, xã.") == [
        "Phòng Lao động, Thương binh và Xã hội", "Văn phòng HĐND và UBND Thành phố", "UBND các phường, xã"]


def test_unknown_names_split_where_a_new_name_starts() -> None:
    units = Units([])
    assert units.split("Phòng Tư pháp, Công an huyện và các cơ quan, đơn vị liên quan") == [
        "Phòng Tư pháp", "Công an huyện", "các cơ quan, đơn vị liên quan"]


def test_new_units_get_short_ids_and_a_relation() -> None:
    units = Units([])
    assert units.resolve("Phòng Văn hóa và Thông tin") == "phong-vhtt"
    assert units.resolve("Hội Nông dân huyện") == "hoi-nong-dan"
    assert units.all["hoi-nong-dan"].relation == "đề nghị"
    assert units.all["phong-vhtt"].relation == "giao"
    assert units.resolve("phòng văn hoá và thông tin huyện") == "phong-vhtt"


def test_slug() -> None:
    assert slug("Phòng Nội vụ") == "phong-noi-vu"
    assert slug("Ủy ban nhân dân xã Đông Hải") == "xa-dong-hai"
