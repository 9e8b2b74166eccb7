"""Editing progress files in place: only the edited entry changes, refusals leave files alone.

The fixture file (tests/fixtures/recording/progress/2023-08/phong-a.yaml) has comments, odd
quoting, a flow list, folded and literal blocks and blank lines, so any re-formatting outside
the edited entry shows up as a byte difference.
"""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kehoach_cli.checks import run_checks
from kehoach_cli.editing.entryedit import CLEAR, EntryChange, FigureChange
from kehoach_cli.editing.recording import Edit, Refused, apply, new_problems, prepare
from kehoach_cli.problems import FatalError
from kehoach_cli.reading.loading import load_workspace

FIXTURE = Path(__file__).parent / "fixtures" / "recording"
RECORD = "progress/2023-08/phong-a.yaml"
TODAY = date(2023, 8, 25)


@pytest.fixture
def ws(tmp_path: Path) -> Path:
    return Path(shutil.copytree(FIXTURE, tmp_path / "ws"))


def plan_edit(root: Path, unit: str, change: EntryChange, month: str = "2023-08",
              submitted: date | None = None) -> tuple[Edit, list[str]]:
    """``prepare`` and ``new_problems`` as the command runs them; problems as 'line:col code'."""
    result = load_workspace(root)
    baseline = run_checks(result)
    edit = prepare(result, baseline, unit, month, change, submitted, TODAY)
    found = new_problems(edit, baseline)
    return edit, [f"{p.source.file}:{p.source.line}:{p.source.col} {p.code}" for p in found]


def record(root: Path, unit: str, change: EntryChange, **kw: object) -> Edit:
    edit, problems = plan_edit(root, unit, change, **kw)  # type: ignore[arg-type]
    assert problems == []
    apply(edit)
    return edit


def split_at(text: str, start: str, end: str) -> tuple[str, str, str]:
    """(before, entry, after) around the entry that begins with ``start`` and ends before ``end``."""
    a = text.index(start)
    b = text.index(end, a)
    return text[:a], text[a:b], text[b:]


def read(root: Path, rel: str = RECORD) -> str:
    return (root / rel).read_bytes().decode("utf-8")


# ---------------------------------------------------------------- round trip


def test_updating_the_last_entry_keeps_every_other_byte(ws: Path) -> None:
    original = read(ws)
    edit = record(ws, "phong-a", EntryChange("t3", state="hoàn thành", completed=date(2023, 8, 10)))
    assert edit.action == "updated"
    before, entry, after = split_at(read(ws), "  - task: t3\n", "# cuối tệp")
    old_before, _, old_after = split_at(original, "  - task: t3\n", "# cuối tệp")
    assert (before, after) == (old_before, old_after)
    assert entry == (
        "  - task: t3\n"
        "    state: hoàn thành\n"
        "    completed: 2023-08-10\n"
        '    results: "Đang   tuyên truyền"   # khoảng trắng giữ nguyên\n'
        "    obstacles: |\n"
        "      Thiếu kinh phí.\n"
        "\n"
        "      Chưa có mặt bằng.\n"
    )


def test_updating_the_first_entry_keeps_the_flow_list_and_blank_lines_around_it(ws: Path) -> None:
    original = read(ws)
    record(ws, "phong-a", EntryChange("t1", results="Đã ban hành Kế hoạch số 35/KH-UBND."))
    before, entry, after = split_at(read(ws), "  - task: t1\n", "\n  - task: t3")
    old_before, old_entry, old_after = split_at(original, "  - task: t1\n", "\n  - task: t3")
    assert (before, after) == (old_before, old_after)
    assert entry == old_entry.replace(
        "    results: >\n      Đã ban hành kế hoạch\n      và triển khai.\n",
        "    results: >\n      Đã ban hành Kế hoạch số 35/KH-UBND.\n",
    ).replace(  # ruamel normalises the spacing inside the edited entry's flow list
        '[ "Kế hoạch số 35/KH-UBND ngày 20/3/2023",  \'Công văn số 12/UBND\' ]',
        '["Kế hoạch số 35/KH-UBND ngày 20/3/2023", \'Công văn số 12/UBND\']',
    )


def test_appending_an_entry_inserts_it_after_the_last_one(ws: Path) -> None:
    original = read(ws)
    edit = record(ws, "phong-a", EntryChange("t4", state="đang thực hiện",
                                             results="Đang tổng hợp: 3/5 đơn vị # chưa đủ"))
    assert edit.action == "added"
    head, tail = original.split("# cuối tệp")
    assert read(ws) == head + (
        "\n"
        "  - task: t4\n"
        "    state: đang thực hiện\n"
        "    results: 'Đang tổng hợp: 3/5 đơn vị # chưa đủ'\n"
        "# cuối tệp" + tail
    )


def test_changing_the_submission_date_touches_that_line_only(ws: Path) -> None:
    original = read(ws)
    record(ws, "phong-a", EntryChange("t3", results="Xong đợt 1."), submitted=date(2023, 8, 19))
    changed = [(a, b) for a, b in zip(original.splitlines(), read(ws).splitlines(), strict=True)
               if a != b]
    assert changed == [
        ("submitted: 2023-08-18", "submitted: 2023-08-19"),
        ('    results: "Đang   tuyên truyền"   # khoảng trắng giữ nguyên',
         '    results: "Xong đợt 1."           # khoảng trắng giữ nguyên'),  # comment stays put
    ]


def test_figures_are_replaced_by_target_and_evidence_is_added_once(ws: Path) -> None:
    record(ws, "phuong-x", EntryChange("t2", milestone="le", state="đang thực hiện",
                                       figures=(FigureChange("nguoi", 20),)),
           submitted=date(2023, 8, 10))
    change = EntryChange("t2", milestone="le", evidence=("Kế hoạch số 7/KH-UBND",) * 2,
                         figures=(FigureChange("nguoi", 45, "đợt 1"), FigureChange("mo-hinh", 1)))
    record(ws, "phuong-x", change)
    data = yaml.safe_load(read(ws, "progress/2023-08/phuong-x.yaml"))
    assert data["entries"] == [{
        "task": "t2", "milestone": "le", "state": "đang thực hiện",
        "figures": [{"target": "nguoi", "value": 45, "note": "đợt 1"},
                    {"target": "mo-hinh", "value": 1}],
        "evidence": ["Kế hoạch số 7/KH-UBND"],
    }]


def test_clearing_a_field_removes_its_key(ws: Path) -> None:
    record(ws, "phong-a", EntryChange("t3", obstacles=CLEAR))
    assert "obstacles" not in read(ws) and "Chưa có mặt bằng" not in read(ws)
    assert read(ws).endswith('    results: "Đang   tuyên truyền"   # khoảng trắng giữ nguyên\n'
                             "# cuối tệp\n")


def test_nothing_to_change_leaves_the_file_as_it_is(ws: Path) -> None:
    edit, _ = plan_edit(ws, "phong-a", EntryChange("t1", state="hoàn thành"))
    assert (edit.action, edit.changed) == ("unchanged", False)


def test_an_empty_flow_list_becomes_a_block_list(ws: Path) -> None:
    path = ws / RECORD
    text = read(ws)
    path.write_text(text[: text.index("entries:")] + "entries: []   # chưa có mục nào\n", "utf-8")
    record(ws, "phong-a", EntryChange("t4", state="chưa triển khai"))
    assert read(ws) == text[: text.index("entries:")] + (
        "entries:      # chưa có mục nào\n"  # the comment keeps its column
        "  - task: t4\n"
        "    state: chưa triển khai\n"
    )


HEAD = "kehoach: 1\nunit: phong-a\nmonth: 2023-08\nsubmitted: 2023-08-18\n"


@pytest.mark.parametrize(("before", "after"), [
    (  # dashes at the key's column, and no newline at the end of the file
        HEAD + "entries:\n- task: t3\n  state: đang thực hiện",
        HEAD + "entries:\n- task: t3\n  state: đang thực hiện\n- task: t4\n  state: chưa triển khai",
    ),
    (  # no entries yet: the list goes after the last key, before the closing comment
        HEAD + "# chưa có mục nào\n",
        HEAD + "entries:\n  - task: t4\n    state: chưa triển khai\n# chưa có mục nào\n",
    ),
    (  # wide indentation and a comment between entries stay as they are
        HEAD + "entries:\n    -   task: t3\n        state: đang thực hiện\n    # ---\n",
        HEAD + "entries:\n    -   task: t3\n        state: đang thực hiện\n"
        "    -   task: t4\n        state: chưa triển khai\n    # ---\n",
    ),
])
def test_appending_follows_the_files_own_layout(ws: Path, before: str, after: str) -> None:
    (ws / RECORD).write_text(before, encoding="utf-8")
    record(ws, "phong-a", EntryChange("t4", state="chưa triển khai"))
    assert read(ws) == after


def test_windows_line_endings_are_kept(ws: Path) -> None:
    path = ws / RECORD
    path.write_bytes(path.read_bytes().replace(b"\n", b"\r\n"))
    record(ws, "phong-a", EntryChange("t4", state="chưa triển khai"))
    data = path.read_bytes()
    assert data.count(b"\n") == data.count(b"\r\n")
    expected = "  - task: t4\r\n    state: chưa triển khai\r\n# cuối tệp\r\n"
    assert expected.encode("utf-8") in data


# ---------------------------------------------------------------- new files


def test_a_new_file_is_created_with_a_header(ws: Path) -> None:
    edit = record(ws, "phuong-y", EntryChange("t2", milestone="ke-hoach", completed=date(2023, 3, 20)),
                  month="2023-03")
    assert edit.action == "created"
    assert read(ws, "progress/2023-03/phuong-y.yaml") == (
        "# Báo cáo tiến độ tháng 3/2023 của Ủy ban nhân dân phường Yên.\n"
        "# Tạo bằng 'kehoach record'; có thể sửa tay. Kiểm tra: kehoach validate.\n"
        "kehoach: 1\n"
        "unit: phuong-y\n"
        "month: 2023-03\n"
        "submitted: 2023-08-25\n"
        "entries:\n"
        "  - task: t2\n"
        "    milestone: ke-hoach\n"
        "    state: hoàn thành\n"
        "    completed: 2023-03-20\n"
    )


def test_a_new_entry_needs_a_state(ws: Path) -> None:
    with pytest.raises(FatalError) as caught:
        plan_edit(ws, "phong-a", EntryChange("t4", results="chưa rõ"))
    assert (caught.value.code, caught.value.exit_code) == ("record.need_state", 2)


def test_an_existing_record_under_another_name_is_the_one_edited(ws: Path) -> None:
    (ws / RECORD).rename(ws / "progress/2023-08/van-hoa.yaml")
    edit, _ = plan_edit(ws, "phong-a", EntryChange("t4", state="chưa triển khai"))
    assert (edit.rel, edit.action) == ("progress/2023-08/van-hoa.yaml", "added")


# ---------------------------------------------------------------- refusals


def test_a_file_named_for_the_unit_but_holding_another_units_record_is_not_edited(
        ws: Path) -> None:
    (ws / RECORD).rename(ws / "progress/2023-08/phong-b.yaml")
    with pytest.raises(FatalError) as caught:
        plan_edit(ws, "phong-b", EntryChange("t2", state="đang thực hiện"))
    assert caught.value.code == "record.not_theirs"
    assert caught.value.params == {"file": "progress/2023-08/phong-b.yaml", "unit": "phong-a",
                                   "month": "2023-08"}


def test_a_file_changed_underneath_is_not_overwritten(ws: Path) -> None:
    edit, _ = plan_edit(ws, "phong-a", EntryChange("t3", state="hoàn thành",
                                                   completed=date(2023, 8, 1)))
    theirs = read(ws).replace("Thiếu kinh phí.", "Thiếu kinh phí (sửa tay).").encode("utf-8")
    (ws / RECORD).write_bytes(theirs)  # someone saves the file between read and write
    with pytest.raises(FatalError) as caught:
        apply(edit)
    assert (caught.value.code, caught.value.exit_code) == ("record.changed", 1)
    assert (ws / RECORD).read_bytes() == theirs


def test_a_file_created_underneath_is_not_overwritten(ws: Path) -> None:
    edit, _ = plan_edit(ws, "phuong-x", EntryChange("t2", state="đang thực hiện"))
    target = ws / edit.rel
    target.write_text("# của người khác\n", encoding="utf-8")
    with pytest.raises(FatalError):
        apply(edit)
    assert target.read_text(encoding="utf-8") == "# của người khác\n"


def test_a_result_that_would_not_validate_is_refused_with_located_problems(ws: Path) -> None:
    original = (ws / RECORD).read_bytes()
    _, problems = plan_edit(ws, "phong-a", EntryChange("t3", completed=date(2023, 8, 30)))
    assert problems == [f"{RECORD}:22:16 check.completed_after_submission"]
    assert (ws / RECORD).read_bytes() == original


def test_old_problems_elsewhere_do_not_block_an_edit(ws: Path) -> None:
    text = read(ws).replace("  - task: t3\n", "  - task: t3\n    milestone: khong-co\n")
    (ws / RECORD).write_text(text, encoding="utf-8")
    _, problems = plan_edit(ws, "phong-a", EntryChange("t4", state="đang thực hiện"))
    assert problems == []


def test_a_broken_file_is_not_edited(ws: Path) -> None:
    (ws / RECORD).write_text(read(ws).replace("month: \"2023-08\"", "month: [2023-08"), "utf-8")
    with pytest.raises(Refused) as caught:
        plan_edit(ws, "phong-a", EntryChange("t4", state="đang thực hiện"))
    assert caught.value.code == "record.broken_file"
    assert [p.code for p in caught.value.problems] == ["load.syntax"]


# ---------------------------------------------------------------- any text survives


_TEXT = st.text(alphabet=st.sampled_from(list("aăđ ê:#'\"-[]{}|>\n!&*%@`,?0123456789yesno")),
                min_size=1, max_size=30)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=_TEXT)
def test_any_results_text_reads_back_or_is_refused_untouched(ws: Path, text: str) -> None:
    original = (ws / RECORD).read_bytes()
    try:
        edit, problems = plan_edit(ws, "phong-a", EntryChange("t3", results=text))
    except FatalError as refused:
        assert refused.code == "record.unsafe"
        return
    if problems:  # e.g. text YAML cannot hold as a string once stripped: refused, not written
        return
    after = edit.after.decode("utf-8")
    assert yaml.safe_load(after)["entries"][1]["results"] == text
    head = original.decode("utf-8").split("  - task: t3\n")[0]
    assert after.startswith(head) and after.endswith("# cuối tệp\n")
