"""The entry point: every command is listed, each builds and shows its own help, and global
options work wherever they stand."""

from __future__ import annotations

import re

import pytest

from conftest import run_cli
from kehoach_cli.cli.main import COMMANDS
from kehoach_cli.messages import CATALOG

PLACEHOLDER = re.compile(r"<(?:str|int|float|bool|Path|list\[[^\]]*\])>")  # typer's type names


def test_top_level_help_lists_every_command() -> None:
    result = run_cli("--help")
    assert result.code == 0
    listed = [line.split()[0] for line in result.stdout.split("Lệnh:")[1].splitlines() if line]
    assert listed == list(COMMANDS)


@pytest.mark.parametrize("name", COMMANDS)
def test_each_command_has_its_own_help(name: str) -> None:
    result = run_cli(name, "--help")
    assert result.code == 0, result.stderr
    assert result.stdout.startswith(f"Cách dùng: kehoach {name} ")
    assert CATALOG[f"help.{name}"][0].split()[0] in result.stdout
    assert not PLACEHOLDER.search(result.stdout), result.stdout
    english = run_cli("--lang", "en", name, "--help")
    assert english.stdout.startswith(f"Usage: kehoach {name} ")
    assert not PLACEHOLDER.search(english.stdout), english.stdout


def test_english_help() -> None:
    assert "Check plans and progress records" in run_cli("--lang", "en", "--help").stdout


def test_unknown_command_is_a_usage_error() -> None:
    result = run_cli("nope")
    assert result.code == 2 and "nope" in result.stderr


def test_no_arguments_shows_help() -> None:
    result = run_cli()
    assert "Cách dùng: kehoach" in result.stdout + result.stderr


def test_the_parsers_own_sentences_are_vietnamese() -> None:
    result = run_cli("validate", "--nope")
    assert (result.code, result.stdout) == (2, "")
    assert result.stderr == ("Cách dùng: kehoach validate [TÙY_CHỌN] [paths]...\n"
                             "Xem hướng dẫn: 'kehoach validate --help'.\n\n"
                             "Lỗi: Không có tùy chọn --nope\n")
    helped = run_cli("validate", "--help").stdout
    assert "Hiện hướng dẫn này rồi thoát." in helped
    assert "Show this message" not in helped and "Options:" not in helped
    english = run_cli("--lang", "en", "validate", "--nope")
    assert english.stderr.endswith("Error: No such option: --nope\n")


def test_an_unknown_language_is_refused_with_the_choices() -> None:
    result = run_cli("--lang", "fr", "validate")
    assert (result.code, result.stdout) == (2, "")
    assert result.stderr == "kehoach: Ngôn ngữ 'fr' không có; chọn: vi, en.\n"
