"""The draft's task times as the time reader reads them: every form it knows is written to
``time``; what a task cannot hold, or the reader cannot read, becomes a review note.

The fixture tests/fixtures/importing/kh-07-thoi-gian.txt is dated 20/02/2025; the expected
values below are worked out from its text by hand.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ruamel.yaml import YAML

from conftest import REPO, run_cli
from kehoach_cli.importing.blocks import read_document
from kehoach_cli.importing.draft import draft_plan
from kehoach_cli.importing.yamlout import _reaching_first_due, to_yaml
from kehoach_cli.reading.loading import load_workspace

DOCUMENT = REPO / "tests" / "fixtures" / "importing" / "kh-07-thoi-gian.txt"
REVIEW = "# KIỂM TRA: "

# ref -> (time written, review notes above the task's lead)
EXPECTED: dict[str, tuple[str | None, list[str]]] = {
    "II.1.b1": ("Quý II/2025; sơ kết trước ngày 15/7/2025", []),
    "II.1.b2": ("từ nay đến hết năm 2025", []),
    "II.1.b3": ("trước ngày 10/4", [
        'thời gian "trước ngày 10/4" không ghi năm ở "ngày 10/4"; đã hiểu là năm 2025 (theo ngày'
        " ban hành); đối chiếu văn bản và ghi rõ năm nếu cần."]),
    "II.1.b4": ("trước ngày 25 hằng tháng", []),  # recurring: judged per occurrence
    "II.1.b5": ("Dự kiến tháng 12/2025", []),
    "II.1.b6": ("Quý I/2025 đến Quý II/2025", []),
    "II.2.b1": (None, [
        'thời gian "chậm nhất 30 ngày trước ngày bầu cử" tính theo sự kiện "bầu cử" mà văn bản'
        " chưa cho ngày; khai báo 'events: [{name: bầu cử, date: …}]' rồi ghi thời gian này vào"
        " 'time'."]),
    "II.2.b2": (None, []),  # "Thường xuyên cập nhật …": an adverb in running text
    "II.2.b3": ("Thường xuyên", []),
    "II.2.b4": ("trong 15 ngày kể từ ngày ban hành Kế hoạch", []),
    "II.2.b5": ("trong tháng 10/2025", [
        'văn bản ghi thời gian "trọng tâm trong tháng 10/2025"; chỉ đọc được "trong tháng'
        " 10/2025\" và đã ghi phần đó vào 'time'."]),
    "II.2.b6": (None, [
        'không đọc được thời gian "theo chỉ đạo của cấp trên"; ghi lại cho đúng một dạng thời'
        " gian."]),
}


def _draft_text() -> str:
    return to_yaml(draft_plan(DOCUMENT, read_document(DOCUMENT), []), DOCUMENT.name)


def _notes_by_ref(text: str) -> dict[str, list[str]]:
    notes: dict[str, list[str]] = {}
    ref = ""
    for line in text.splitlines():
        if line.startswith("    ref: "):
            ref = line.removeprefix("    ref: ")
            notes[ref] = []
        elif line.strip().startswith(REVIEW) and ref:
            notes[ref].append(line.strip().removeprefix(REVIEW))
    return notes


def test_every_task_time_is_written_or_noted_as_read_by_hand() -> None:
    text = _draft_text()
    plan = YAML(typ="safe").load(text)
    times = {task["ref"]: task.get("time") for task in plan["tasks"]}
    notes = _notes_by_ref(text)
    assert {ref: (times[ref], notes[ref]) for ref in times} == EXPECTED


def test_the_reporting_window_runs_to_the_latest_task_end() -> None:
    """From 03/2025 (the month after 20/02/2025) to 12/2025 ("từ nay đến hết năm 2025")."""
    report = YAML(typ="safe").load(_draft_text())["reporting"][0]
    assert (report["time"], report["first_month"], report["last_month"]) == (
        "định kỳ 6 tháng (trước ngày 10/6 và 10/12)", "2025-03", "2025-12")


def test_the_draft_validates_and_its_times_read_as_the_document_means(tmp_path: Path) -> None:
    result = run_cli("import", str(DOCUMENT), "-o", "plans/draft.yaml", cwd=tmp_path)
    assert result.code == 0, result.stderr
    assert run_cli("validate", cwd=tmp_path).code == 0
    tasks = {t.ref: t.time for t in load_workspace(tmp_path).workspace.tasks.values()}
    spans = {ref: (span.start, span.end) for ref, span in tasks.items() if span is not None}
    assert spans == {
        "II.1.b1": (date(2025, 4, 1), date(2025, 7, 14)),
        "II.1.b2": (date(2025, 2, 20), date(2025, 12, 31)),
        "II.1.b3": (None, date(2025, 4, 9)),
        "II.1.b4": (None, date.max),  # "trước ngày 25 hằng tháng": open, judged per occurrence
        "II.1.b5": (date(2025, 12, 1), date(2025, 12, 31)),
        "II.1.b6": (date(2025, 1, 1), date(2025, 6, 30)),
        "II.2.b3": (None, date.max),
        "II.2.b4": (date(2025, 2, 20), date(2025, 3, 7)),
        "II.2.b5": (date(2025, 10, 1), date(2025, 10, 31)),
    }


def test_a_window_without_a_due_day_reaches_the_first_one() -> None:
    """A yearly report due before 15/11 in a plan whose tasks end in June: the window would owe
    nothing, so it reaches November (the first due day, 14/11/2025)."""
    assert _reaching_first_due("trước ngày 15/11 hằng năm", (2025, 3), (2025, 6)) == (2025, 11)
    assert _reaching_first_due("trước ngày 20 hằng tháng", (2025, 3), (2025, 6)) is None
