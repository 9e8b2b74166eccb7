"""The broken-input corpus: each file under corpus/invalid/ sits beside the exact messages
``kehoach validate`` must print for it; each file under corpus/valid/ must validate clean.
A folder under corpus/invalid/ is a whole workspace (a plan and its progress records), for
problems no plan file shows alone; its .expected file sits beside the folder.

Regenerate the expectations after a deliberate wording change with KEHOACH_UPDATE_GOLDEN=1,
then read the diff: the .expected files are the specification.
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest

from kehoach_cli.checks import run_checks
from kehoach_cli.messages import set_language
from kehoach_cli.reading.loading import load_workspace
from kehoach_cli.render.reporters import Display, text

CORPUS = Path(__file__).parent / "corpus"
UPDATE = bool(os.environ.get("KEHOACH_UPDATE_GOLDEN"))


def _validate(case: Path, tmp_path: Path, lang: str = "vi") -> str:
    if case.is_dir():
        shutil.copytree(case, tmp_path, dirs_exist_ok=True)
    else:
        (tmp_path / "plans").mkdir()
        shutil.copyfile(case, tmp_path / "plans" / case.name)
    set_language(lang)
    try:
        problems = run_checks(load_workspace(tmp_path))
        return text(problems, Display(tmp_path, cwd=tmp_path))
    finally:
        set_language("vi")


INVALID = sorted([*(CORPUS / "invalid").glob("*.yaml"),
                  *(p for p in (CORPUS / "invalid").iterdir() if p.is_dir())])


@pytest.mark.parametrize("case", INVALID, ids=lambda p: p.stem)
def test_invalid_file_reports_expected_messages(case: Path, tmp_path: Path) -> None:
    output = _validate(case, tmp_path)
    expected_file = case.parent / f"{case.name.removesuffix('.yaml')}.expected"
    if UPDATE:
        expected_file.write_text(output + "\n", encoding="utf-8")
    assert output + "\n" == expected_file.read_text(encoding="utf-8")


@pytest.mark.parametrize("case", INVALID, ids=lambda p: p.stem)
def test_invalid_file_reports_in_english_too(case: Path, tmp_path: Path) -> None:
    output = _validate(case, tmp_path, lang="en")
    assert output and re.search(r"\d+ errors? and \d+ warnings? in \d+ files?\.$", output)


@pytest.mark.parametrize("case", sorted((CORPUS / "valid").glob("*.yaml")), ids=lambda p: p.stem)
def test_valid_file_has_no_problems(case: Path, tmp_path: Path) -> None:
    """Clean, or with only the warnings its .expected file lists (a valid file may still say
    "…" where the document is silent): never an error."""
    output = _validate(case, tmp_path)
    expected_file = case.with_suffix(".expected")
    if not expected_file.exists():
        assert output == ""
        return
    assert "\nCó 0 lỗi và " in "\n" + output.splitlines()[-1]
    assert output + "\n" == expected_file.read_text(encoding="utf-8")


def test_python_tag_is_never_executed(tmp_path: Path) -> None:
    marker = Path("/tmp/kehoach-pwned")
    marker.unlink(missing_ok=True)
    _validate(CORPUS / "invalid" / "python-tag.yaml", tmp_path)
    assert not marker.exists()


def test_file_over_the_size_limit_is_refused_unread(tmp_path: Path) -> None:
    """Generated rather than committed: a 5 MB file has no place in the repository."""
    from kehoach_cli.reading.yamlread import MAX_FILE_BYTES

    big = tmp_path / "src" / "big.yaml"
    big.parent.mkdir()
    big.write_bytes(b"kehoach: 1\n" + b"# " + b"x" * MAX_FILE_BYTES + b"\n")
    output = _validate(big, tmp_path / "ws") if (tmp_path / "ws").mkdir() is None else ""
    assert output.startswith("plans/big.yaml:1:1: lỗi: Tệp quá lớn")


def test_nfd_ids_compare_equal_to_nfc(tmp_path: Path) -> None:
    (tmp_path / "plans").mkdir()
    shutil.copyfile(CORPUS / "valid" / "nfd.yaml", tmp_path / "plans" / "nfd.yaml")
    ws = load_workspace(tmp_path).workspace
    assert ws.groups["g"].members == ("nội-vụ",)
    assert ws.units["phong-a"].name == "Phòng Văn hóa và Thông tin viết NFD"
