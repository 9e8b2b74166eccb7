"""Shell completion: ``kehoach completion SHELL`` prints a script, and the script completes
command names and each command's options (the command tree is built one command at a time)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO, run_cli


def complete(words: str, cword: int) -> list[str]:
    result = run_cli(env={"_KEHOACH_COMPLETE": "complete_bash", "COMP_WORDS": words,
                          "COMP_CWORD": str(cword)})
    assert (result.code, result.stderr) == (0, "")
    return result.stdout.split()


def test_command_names() -> None:
    assert complete("kehoach ov", 1) == ["overdue"]
    assert complete("kehoach s", 1) == ["schema", "status", "site"]


def test_options_of_the_command_being_typed() -> None:
    assert complete("kehoach overdue --fo", 2) == ["--format"]
    assert complete("kehoach --lang en upcoming --wi", 4) == ["--within"]
    assert "--requested" in complete("kehoach status --", 2)


def test_scripts() -> None:
    bash = run_cli("completion", "bash")
    assert bash.code == 0
    assert "complete -o default -F _kehoach_completion kehoach" in bash.stdout
    assert "_KEHOACH_COMPLETE=complete_bash" in bash.stdout
    assert "compdef _kehoach_completion kehoach" in run_cli("completion", "zsh").stdout
    bad = run_cli("completion", "tcsh")
    assert (bad.code, bad.stderr) == (
        2, "kehoach: SHELL 'tcsh' không hợp lệ; chọn một trong: bash, zsh, fish, powershell, pwsh.\n")


def test_in_a_real_bash(tmp_path: Path) -> None:
    bash = shutil.which("bash")
    if bash is None:
        pytest.skip("bash is not installed")
    shim = tmp_path / "kehoach"  # the `kehoach` the script calls: this checkout's
    shim.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m kehoach_cli "$@"\n', encoding="utf-8")
    shim.chmod(0o755)
    script = run_cli("completion", "bash").stdout
    probe = ("source /dev/stdin; COMP_WORDS=(kehoach export --sh); COMP_CWORD=2; "
             '_kehoach_completion kehoach; echo "${COMPREPLY[@]}"')
    env = {**os.environ, "PATH": f"{tmp_path}{os.pathsep}{os.environ['PATH']}",
           "PYTHONPATH": str(REPO / "src")}
    env.pop("_KEHOACH_COMPLETE", None)
    done = subprocess.run([bash, "-c", probe], input=script, capture_output=True, text=True,
                          env=env, timeout=60, check=False)
    assert done.stdout.split() == ["--sheet"], done.stderr
