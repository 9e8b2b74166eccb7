"""What ``kehoach record`` accepts as typed: refused at the door when it would break a document
or a terminal, understood when it is only typed loosely."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from conftest import REPO, run_cli

FIXTURE = Path(__file__).parent / "fixtures" / "recording"
AUG = ["--month", "8/2023"]


@pytest.fixture
def ws(tmp_path: Path) -> Path:
    return Path(shutil.copytree(FIXTURE, tmp_path / "ws"))


def test_control_character_in_results_is_refused(ws: Path) -> None:
    before = (ws / "progress/2023-08/phong-a.yaml").read_bytes()
    result = run_cli("record", "phong-a", "t3", *AUG, "--results", "a\x01b", cwd=ws)
    assert (result.code, result.stdout) == (2, "")
    assert result.stderr == ("kehoach: Giá trị 'a\\x01b' chứa ký tự điều khiển (không in "
                             "được); hãy gõ lại chỉ bằng chữ, số và dấu câu.\n")
    assert (ws / "progress/2023-08/phong-a.yaml").read_bytes() == before


def test_escape_sequences_never_reach_the_terminal(ws: Path) -> None:
    result = run_cli("record", "\x1b[2Jphong", "t3", *AUG, cwd=ws)
    assert result.code == 2
    assert "\x1b" not in result.stderr
    assert "'\\x1b[2Jphong'" in result.stderr


def test_a_figure_of_5000_digits_is_a_usage_error(ws: Path) -> None:
    result = run_cli("record", "phuong-x", "t2", *AUG, "--figure", "nguoi=" + "9" * 5000,
                     cwd=ws)
    assert (result.code, result.stdout) == (2, "")
    assert result.stderr == ("kehoach: Số liệu 'nguoi=" + "9" * 34 + "…' quá lớn: tối đa 15 "
                             "chữ số.\n")


def test_an_option_value_spelt_like_a_global_option_is_the_value(ws: Path) -> None:
    result = run_cli("record", "phong-a", "t3", *AUG, "--results", "--debug", "--dry-run",
                     cwd=ws)
    assert result.code == 0, result.stderr
    assert '+    results: "--debug"' in result.stdout


def test_a_section_number_without_brackets_gets_a_suggestion(ws: Path) -> None:
    result = run_cli("record", "phuong-x", "II.3.2", *AUG, cwd=ws)
    assert result.code == 2
    assert result.stderr == ("kehoach: Không có nhiệm vụ nào có mã hay số mục 'II.3.2'. Có "
                             "phải ý bạn là: II.3.(2) (t2)?\n")


@pytest.mark.parametrize("typed", ["chua thuc hien", "Chưa bắt đầu", "dang trien khai"])
def test_states_typed_loosely_are_understood(ws: Path, typed: str) -> None:
    result = run_cli("record", "phong-a", "t4", "--month", "9/2023", "--state", typed,
                     "--dry-run", cwd=ws)
    assert result.code == 0, result.stderr
    assert "state:" in result.stdout


def test_every_flag_of_every_command_is_known_to_the_global_option_reader() -> None:
    from kehoach_cli.cli.options import FLAGS

    flags: set[str] = set()
    option = re.compile(r"bool(?: \| None)? = typer\.Option\((.*?)\)", re.S)
    for path in (REPO / "src" / "kehoach_cli" / "cli").glob("*.py"):
        for args in option.findall(path.read_text(encoding="utf-8")):
            flags |= set(re.findall(r'"(-[-a-z]+)"', args))
        for pair in re.findall(r'_option\("(--[-a-z]+/--[-a-z]+)"', path.read_text(encoding="utf-8")):
            flags |= set(pair.split("/"))  # an on/off pair of flags
    assert flags and flags <= FLAGS
