"""The entry point: every command is listed, each builds and shows its own help, and global
options work wherever they stand."""

from __future__ import annotations

import pytest

from conftest import run_cli
from kehoach_cli.cli.main import COMMANDS
from kehoach_cli.messages import CATALOG


def test_top_level_help_lists_every_command() -> None:
    result = run_cli("--help")
    assert result.code == 0
    listed = [line.split()[0] for line in result.stdout.split("Commands:")[1].splitlines() if line]
    assert listed == list(COMMANDS)


@pytest.mark.parametrize("name", COMMANDS)
def test_each_command_has_its_own_help(name: str) -> None:
    result = run_cli(name, "--help")
    assert result.code == 0, result.stderr
    assert result.stdout.startswith(f"Usage: kehoach {name} ")
    assert CATALOG[f"help.{name}"][0].split()[0] in result.stdout


def test_english_help() -> None:
    assert "Check plans and progress records" in run_cli("--lang", "en", "--help").stdout


def test_unknown_command_is_a_usage_error() -> None:
    result = run_cli("nope")
    assert result.code == 2 and "nope" in result.stderr


def test_no_arguments_shows_help() -> None:
    result = run_cli()
    assert "Usage: kehoach" in result.stdout + result.stderr
