"""How drafts name clauses, months and lists of units, on plan 48 as bundled."""

from __future__ import annotations

from pathlib import Path

import pytest

from kehoach_cli.drafts.docparts import head_lines
from kehoach_cli.drafts.reporttables import folded_groups, stats_rows
from kehoach_cli.drafts.wording import (
    attributed,
    checkpoint_clause,
    cited,
    clause_name,
    months_text,
    task_clause,
    unit_list,
)
from kehoach_cli.model import Workspace
from kehoach_cli.queries.status import evaluate
from kehoach_cli.reading.loading import load_workspace

BUNDLED = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def ws() -> Workspace:
    return load_workspace(BUNDLED).workspace


@pytest.mark.parametrize(("ref", "said"), [
    ("II.3.(1)", "điểm (1) mục 3 phần II"),
    ("III.1.b9", "gạch đầu dòng thứ 9 mục 1 phần III"),
    ("VI.b1", "gạch đầu dòng thứ 1 phần VI"),
    ("II.1.2.b2.(1)", "điểm (1) gạch đầu dòng thứ 2 mục 1.2 phần II"),
    ("V", "phần V"),
])
def test_clauses_are_named_as_a_reader_says_them(ref: str, said: str) -> None:
    assert clause_name(ref) == said


@pytest.mark.parametrize(("months", "text"), [
    ([(2023, 8)], "tháng 8/2023"),
    ([(2023, m) for m in range(3, 9)], "các tháng 3–8/2023"),
    ([(2023, 5), (2023, 3), (2023, 4), (2023, 7)], "các tháng 3–5, 7/2023"),
    ([(2023, 12), (2024, 1), (2024, 2)], "tháng 12/2023 và các tháng 1–2/2024"),
])
def test_months_are_written_as_ranges(months: list[tuple[int, int]], text: str) -> None:
    assert months_text(months) == text


def test_a_long_list_of_units_is_grouped_under_the_plans_name(ws: Workspace) -> None:
    wards = list(ws.groups["ubnd-phuong-xa"].members)
    assert unit_list(ws, wards) == "16 đơn vị: UBND các phường, xã (cả 16 đơn vị)"
    some = ["phong-noi-vu", *wards[2:6]]  # a few wards: named
    assert unit_list(ws, some) == (
        "5 đơn vị: Phòng Nội vụ; UBND các phường, xã (4/16): Cẩm Phú, Cẩm Sơn, Cẩm Tây, "
        "Cẩm Thạch")
    assert unit_list(ws, wards[:3]) == (  # too few to group: written out
        "3 đơn vị: Ủy ban nhân dân phường Cẩm Bình, Ủy ban nhân dân phường Cẩm Đông, Ủy ban "
        "nhân dân phường Cẩm Phú")


def test_the_wards_and_the_requested_bodies_are_one_row_each(ws: Workspace) -> None:
    assert sorted(folded_groups(ws)) == ["to-chuc-ct-xh", "ubnd-phuong-xa"]
    from datetime import date

    rows = stats_rows(ws, evaluate(ws, date(2023, 8, 31)))
    wards = next(r for r in rows if r.unit == "ubnd-phuong-xa")
    assert wards.members == 16 and wards.name == "UBND các phường, xã (16 đơn vị)"
    assert wards.low is not None and wards.high is not None and wards.low <= wards.high
    assert [r.number for r in rows] == list(range(1, len(rows) + 1))
    assert not any(r.unit.startswith("phuong-") for r in rows)


def test_a_complaint_is_attributed_never_the_senders_own(ws: Workspace) -> None:
    assert attributed(ws, "phong-vhtt", "đề nghị", "Đề nghị UBND Thành phố nhắc nhở") == (
        "Phòng Văn hóa và Thông tin Thành phố đề nghị UBND Thành phố nhắc nhở.")
    assert attributed(ws, "phong-vhtt", "phản ánh", "Nhiều đơn vị gửi muộn.") == (
        "Phòng Văn hóa và Thông tin Thành phố phản ánh nhiều đơn vị gửi muộn.")


def test_the_issuers_name_breaks_before_its_place_and_nowhere_else() -> None:
    nb = "\u00a0"
    assert head_lines("ỦY BAN NHÂN DÂN THÀNH PHỐ CẨM PHẢ") == (
        f"ỦY{nb}BAN{nb}NHÂN{nb}DÂN", f"THÀNH{nb}PHỐ{nb}CẨM{nb}PHẢ")
    assert head_lines("PHÒNG NỘI VỤ") == (f"PHÒNG{nb}NỘI{nb}VỤ",)


def test_most_of_a_group_is_written_as_the_group_but_some(ws: Workspace) -> None:
    wards = list(ws.groups["ubnd-phuong-xa"].members)
    assert unit_list(ws, wards[2:]) == (
        "14 đơn vị: UBND các phường, xã (14/16 đơn vị, trừ Cẩm Bình, Cẩm Đông)")


@pytest.mark.parametrize(("task", "said"), [
    # originals: restated wholly (II.3.(5) by III.10.b2), by a milestone (II.4.b1 by VI.b1's),
    # or in one milestone (II.3.(3)'s plan by III.2.b1's)
    ("kh48-ii.3.5", "điểm (5) mục 3 phần II, nhắc lại tại gạch đầu dòng thứ 2 mục 10 phần III"),
    ("kh48-ii.4.b1", "gạch đầu dòng thứ 1 mục 4 phần II, nhắc lại tại gạch đầu dòng thứ 1 phần VI"),
    ("kh48-ii.3.3", "điểm (3) mục 3 phần II, nhắc lại tại gạch đầu dòng thứ 1 mục 2 phần III"),
    # the restating clauses name what they restate
    ("kh48-iii.10.b2", "gạch đầu dòng thứ 2 mục 10 phần III, nhắc lại điểm (5) mục 3 phần II"),
    ("kh48-iii.12.b2", "gạch đầu dòng thứ 2 mục 12 phần III, nhắc lại điểm (2) mục 3 phần II"),
    ("kh48-ii.4.b2", "gạch đầu dòng thứ 2 mục 4 phần II"),  # stated once
])
def test_a_restated_obligation_is_cited_at_both_clauses(ws: Workspace, task: str,
                                                      said: str) -> None:
    assert task_clause(ws, ws.tasks[task]) == said


def test_a_checkpoint_cites_only_what_restates_it(ws: Workspace) -> None:
    """II.3.(3)'s plan is restated by III.2.b1, its meeting is not."""
    plan, meeting = (next(cp for cp in ws.tasks["kh48-ii.3.3"].checkpoints()
                          if cp.milestone and cp.milestone.id == m) for m in ("ke-hoach", "gap-mat"))
    assert checkpoint_clause(ws, plan) == ("điểm (3) mục 3 phần II, nhắc lại tại gạch đầu dòng "
                                           "thứ 1 mục 2 phần III")
    assert checkpoint_clause(ws, meeting) == "điểm (3) mục 3 phần II"
    assert cited("II.3.(5)", ["III.10.b2", "VI.b9", "III.10.b2"]) == (
        "điểm (5) mục 3 phần II, nhắc lại tại gạch đầu dòng thứ 2 mục 10 phần III và gạch đầu "
        "dòng thứ 9 phần VI")
