"""The plain layout must be the very lines rich draws for the same table."""

from __future__ import annotations

import random

import pytest
from rich.console import Console, Group
from rich.text import Text

from kehoach_cli.render import status_view
from kehoach_cli.render.plaintable import plain_lines, table_lines

WORDS = ["Kiểm", "tra,", "đôn", "đốc", "Ủy", "ban", "nhân", "dân", "xã", "Đạp", "Thanh", "", "a",
         "chuyểnđổisốtoàndiệnkhôngngắtdòng", "漢字漢字", "ｗｉｄｅ", "e\u0301", "1430 ngày",
         "  ", "01/01/2023", "x" * 45]


def _cell(rng: random.Random) -> str:
    lines = [" ".join(rng.choice(WORDS) for _ in range(rng.randint(0, 9)))
             for _ in range(rng.choice([1, 1, 1, 2, 3]))]
    return "\n".join(lines).rstrip("\n")


def _rich(con: Console, table: object) -> list[str]:
    with con.capture() as captured:
        con.print(table)
    return [line.rstrip() for line in captured.get().splitlines()]


@pytest.mark.parametrize("seed", range(60))
def test_same_lines_as_rich(seed: int) -> None:
    rng = random.Random(seed)
    width = rng.choice([21, 30, 40, 60, 100, 160])
    columns = [_cell(rng).replace("\n", " ") or "Cột" for _ in range(rng.randint(1, 7))]
    right = [i for i in range(len(columns)) if rng.random() < 0.3]
    title = rng.choice([None, "Quá hạn tính đến ngày 02 tháng 12 năm 2026: 2830", _cell(rng) or "t"])
    table = status_view._table(title, *columns, right=right, counts=rng.random() < 0.3,
                               tight=rng.random() < 0.3)
    for _ in range(rng.randint(0, 25)):
        table.add_row(*(_cell(rng) for _ in columns), style=rng.choice(["", "bold red"]))
    con = Console(width=width, markup=False, highlight=False, emoji=False, color_system=None)
    assert table_lines(con, table) == _rich(con, table)


def test_declines_what_it_does_not_draw() -> None:
    con = Console(width=80, markup=False, highlight=False, emoji=False, color_system=None)
    with_text = status_view._table("t", "a")
    with_text.add_row(Text("styled", style="green"))
    with_tab = status_view._table("t", "a")
    with_tab.add_row("a\tb")
    coloured = Console(width=80, color_system="standard", force_terminal=False)
    plain = status_view._table("t", "a")
    assert table_lines(con, with_text) is None
    assert table_lines(con, with_tab) is None
    assert table_lines(coloured, plain) is None


def test_group_draws_as_rich_does() -> None:
    con = Console(width=50, markup=False, highlight=False, emoji=False, color_system=None)
    first = status_view._table("Đơn vị", "Tên", "Quá hạn", right=[1], counts=True)
    first.add_row("Ủy ban nhân dân xã Đạp Thanh huyện Ba Chẽ", "12")
    group = Group(first, Text(""), Text("còn 3 dòng nữa: kehoach units"), first)
    assert plain_lines(con, group) == _rich(con, group)


@pytest.mark.parametrize("text", [
    "", "Phòng Văn hóa và Thông tin", "Cẩm Phả – “60 năm” …", "─" * 30, "ASCII only",
    "宽字符 wide", "e\u0301 combining", "a\u200bzero", "soft\u00adhyphen", "tab\there",
    "emoji 👍🏽", "\u1ea0\u1ef9 Vietnamese edge letters", "\x7fcontrol",
])
def test_width_is_rich_cell_len(text: str) -> None:
    from rich.cells import cell_len

    from kehoach_cli.render.plaintable import _width

    assert _width(text) == cell_len(text)


NARROW_WORDS = ["Kiểm", "tra,", "đôn", "Ủy", "a", "", " ", "  ", "chuyểnđổisốtoàndiện",
                "01/01/2023", "–", "“x”", "…", "x" * 45, "\u00a0", "b\u00a0c"]


@pytest.mark.parametrize("seed", range(200))
def test_narrow_lines_divide_as_rich_divides_them(seed: int) -> None:
    """The narrow shortcut of ``divide_line``: the same breaks, at every width."""
    from rich._wrap import divide_line

    from kehoach_cli.render.plaintable import _divide_narrow, _is_narrow

    rng = random.Random(seed)
    line = "".join(rng.choice(NARROW_WORDS) + rng.choice(["", " ", "  "])
                   for _ in range(rng.randint(0, 14)))
    assert _is_narrow(line)
    for width in (1, 2, 3, 5, 8, 13, 21, 40):
        assert _divide_narrow(line, width) == divide_line(line, width, fold=True), width
