"""``kehoach init``: a new workspace validates clean, and nothing existing is overwritten."""

from __future__ import annotations

from pathlib import Path

from conftest import run_cli


def test_init_creates_a_workspace_that_validates(tmp_path: Path) -> None:
    target = tmp_path / "ws"
    created = run_cli("init", str(target))
    assert created.code == 0
    for rel in ("kehoach.yaml", "plans/vi-du.yaml", "progress/README.md", "templates/README.md",
                "schema/plan.schema.json", "schema/progress.schema.json"):
        assert (target / rel).is_file(), rel
        assert rel in created.stdout
    checked = run_cli("validate", cwd=target)
    assert (checked.code, checked.stdout) == (
        0, "Hợp lệ: 1 tệp, 1 kế hoạch, 3 nhiệm vụ, 5 đơn vị, 0 báo cáo tiến độ.\n")


def test_example_plan_points_editors_at_the_schema(tmp_path: Path) -> None:
    run_cli("init", str(tmp_path / "ws"))
    first = (tmp_path / "ws" / "plans" / "vi-du.yaml").read_text(encoding="utf-8").splitlines()[0]
    assert first == "# yaml-language-server: $schema=../schema/plan.schema.json"


def test_init_never_overwrites(tmp_path: Path) -> None:
    target = tmp_path / "ws"
    (target / "plans").mkdir(parents=True)
    mine = target / "plans" / "vi-du.yaml"
    mine.write_text("kehoach: 1  # của tôi\n", encoding="utf-8")
    result = run_cli("init", str(target))
    assert result.code == 1 and "không ghi đè" in result.stderr
    assert mine.read_text(encoding="utf-8") == "kehoach: 1  # của tôi\n"
    assert not (target / "kehoach.yaml").exists()


def test_debug_shows_the_traceback_others_do_not(tmp_path: Path) -> None:
    plain = run_cli("validate", cwd=tmp_path)
    assert plain.code == 2 and "Traceback" not in plain.stderr
    debug = run_cli("--debug", "validate", cwd=tmp_path)
    assert "Traceback" in debug.stderr and "FatalError" in debug.stderr


def test_day_one_of_a_new_workspace_has_nothing_overdue(tmp_path: Path) -> None:
    target = tmp_path / "ws"
    assert run_cli("init", str(target)).code == 0
    overdue = run_cli("overdue", cwd=target)
    assert overdue.code == 0, overdue.stderr
    assert overdue.stdout.startswith("Không có việc hay báo cáo nào quá hạn")


def test_the_sample_is_moved_to_today_keeping_its_shape() -> None:
    from datetime import date

    from kehoach_cli.cli.cmd_init import dated

    text = ("  date: 2024-01-15\n  title: mẫu năm 2024\nhorizon: từ tháng 1/2024 đến hết tháng "
            "12/2024\n    time: trước 15/3/2024\n    first_month: 2024-02\n")
    assert dated(text, date(2026, 12, 2)) == (
        "  date: 2026-12-02\n  title: mẫu năm 2026\nhorizon: từ tháng 12/2026 đến hết tháng "
        "11/2027\n    time: trước 15/2/2027\n    first_month: 2027-01\n")


def test_a_new_workspace_points_only_at_files_it_contains(tmp_path: Path) -> None:
    import re

    target = tmp_path / "ws"
    assert run_cli("init", str(target)).code == 0
    for path in target.rglob("*"):
        if path.suffix in (".yaml", ".md"):
            text = path.read_text("utf-8")
            for mentioned in re.findall(r"\b(?:docs|schema)/[\w-]+(?:\.[\w-]+)*", text):
                assert (target / mentioned).exists(), (path, mentioned)
