"""``kehoach validate`` as CI and people run it: exact output, exit codes, formats."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import REPO, run_cli, write_files
from kehoach_cli import __version__

GOOD_PLAN = """
    kehoach: 1
    id: kh-1
    document: {number: 1/KH-UBND, date: 2023-02-20, place: Cẩm Phả, issuer: UBND, title: Thử}
    units:
      - {id: phong-a, name: Phòng A}
    tasks:
      - {id: t1, ref: II.1, title: Việc, lead: [phong-a], time: trước 25/3/2023}
    """
BAD_PLAN = """
    kehoach: 1
    units:
      - {id: phong-c, name: Phòng C}
    groups:
      - {id: g, name: Nhóm, members: [phong-b]}
    """


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    return write_files(tmp_path, {"kehoach.yaml": "kehoach: 1\n", "plans/a.yaml": GOOD_PLAN,
                                  "plans/b.yaml": BAD_PLAN})


def test_clean_workspace_exits_0(tmp_path: Path) -> None:
    write_files(tmp_path, {"plans/a.yaml": GOOD_PLAN})
    result = run_cli("validate", cwd=tmp_path)
    assert (result.code, result.stdout) == (
        0, "Hợp lệ: 1 tệp, 1 kế hoạch, 1 nhiệm vụ, 1 đơn vị, 0 báo cáo tiến độ.\n")


def test_problems_exit_1_with_located_text(workspace: Path) -> None:
    result = run_cli("validate", cwd=workspace)
    assert result.code == 1
    assert result.stdout == (
        "plans/b.yaml:5:35: lỗi: Không có đơn vị hay nhóm nào mang mã 'phong-b'; "
        "có phải ý bạn là 'phong-c'? [groups[0].members[0]]\n"
        "Có 1 lỗi và 0 cảnh báo trong 1 tệp.\n"
    )


def test_paths_are_relative_to_where_the_user_stands(workspace: Path) -> None:
    result = run_cli("validate", "--workspace", str(workspace), cwd=workspace / "plans")
    assert result.stdout.startswith("b.yaml:5:35: lỗi:")


def test_english(workspace: Path) -> None:
    result = run_cli("--lang", "en", "validate", cwd=workspace)
    assert "error: No unit or group has the id 'phong-b'" in result.stdout
    env = run_cli("validate", cwd=workspace, env={"KEHOACH_LANG": "en"})
    assert env.stdout == result.stdout


def test_json(workspace: Path) -> None:
    result = run_cli("validate", "--format", "json", cwd=workspace)
    assert result.code == 1
    assert json.loads(result.stdout) == {
        "ok": False,
        "problems": [{
            "file": "plans/b.yaml", "line": 5, "col": 35, "severity": "error",
            "code": "check.unknown_unit_hint", "path": "groups[0].members[0]",
            "message": "Không có đơn vị hay nhóm nào mang mã 'phong-b'; có phải ý bạn là 'phong-c'?",
        }],
    }


def test_github_annotations(workspace: Path) -> None:
    result = run_cli("validate", "-f", "github", cwd=workspace)
    assert result.stdout == (
        "::error file=plans/b.yaml,line=5,col=35,title=kehoach check.unknown_unit_hint::"
        "Không có đơn vị hay nhóm nào mang mã 'phong-b'; có phải ý bạn là 'phong-c'?\n"
    )


def test_sarif(workspace: Path) -> None:
    log = json.loads(run_cli("validate", "--format", "sarif", cwd=workspace).stdout)
    assert log["version"] == "2.1.0"
    (run,) = log["runs"]
    assert run["tool"]["driver"]["name"] == "kehoach"
    (res,) = run["results"]
    assert res["ruleId"] == "check.unknown_unit_hint" and res["level"] == "error"
    loc = res["locations"][0]["physicalLocation"]
    assert loc == {"artifactLocation": {"uri": "plans/b.yaml"},
                   "region": {"startLine": 5, "startColumn": 35}}


def test_only_the_named_files_are_reported(workspace: Path) -> None:
    assert run_cli("validate", "plans/a.yaml", cwd=workspace).code == 0
    assert run_cli("validate", "plans/b.yaml", cwd=workspace).code == 1


def test_a_named_folder_narrows_to_the_files_under_it(workspace: Path) -> None:
    write_files(workspace, {"plans/ok/c.yaml": "kehoach: 1\nunits:\n  - {id: phong-z, name: Z}\n"})
    narrowed = run_cli("validate", "plans/ok", cwd=workspace)
    assert (narrowed.code, narrowed.stderr) == (0, "")
    assert narrowed.stdout == "Hợp lệ: 1 tệp, 1 kế hoạch, 1 nhiệm vụ, 3 đơn vị, 0 báo cáo tiến độ.\n"
    whole = run_cli("validate", ".", cwd=workspace)
    assert whole.code == 1 and "plans/b.yaml" in whole.stdout


def test_usage_errors_exit_2(workspace: Path) -> None:
    bad_format = run_cli("validate", "--format", "xml", cwd=workspace)
    assert bad_format.code == 2 and "xml" in bad_format.stderr
    missing = run_cli("validate", "nope.yaml", cwd=workspace)
    assert missing.code == 2 and "nope.yaml" in missing.stderr
    unknown_option = run_cli("validate", "--bogus", cwd=workspace)
    assert unknown_option.code == 2 and "Traceback" not in unknown_option.stderr


def test_no_workspace_is_a_usage_error(tmp_path: Path) -> None:
    result = run_cli("validate", cwd=tmp_path)
    assert result.code == 2
    assert "kehoach init" in result.stderr and "Traceback" not in result.stderr


def test_version() -> None:
    result = run_cli("--version")
    assert (result.code, result.stdout) == (0, f"kehoach {__version__}\n")


def test_bundled_workspace_is_valid() -> None:
    result = run_cli("validate", cwd=REPO)
    assert result.code == 0, result.stdout
    assert result.stdout.startswith("Hợp lệ:")
