"""``kehoach report`` and ``kehoach remind`` run as a user would, on the fixture workspace."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import run_cli, write_files

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "reports"
AUGUST = ("report", "--month", "2023-08", "--as-of", "2023-08-31")


@pytest.fixture
def ws(tmp_path: Path) -> Path:
    """A private copy of the fixture, for tests that add files to it."""
    return Path(shutil.copytree(FIXTURE, tmp_path / "ws"))


def test_markdown_goes_to_the_screen_and_defaults_to_the_end_of_the_month() -> None:
    result = run_cli("-w", str(FIXTURE), "report", "--month", "2023-08")
    assert result.code == 0, result.stderr
    assert result.stdout.startswith("| ỦY BAN NHÂN DÂN<br>THÀNH PHỐ CẨM PHẢ<br>**PHÒNG VĂN HÓA VÀ"
                                    "<br>THÔNG TIN THÀNH PHỐ**<br>")
    assert "*Cẩm Phả, ngày 31 tháng 8 năm 2023*" in result.stdout  # dated when its data stops
    assert "Tính đến ngày 31/8/2023:" in result.stdout
    assert "| | **Tổng cộng** | **20** | **5** | **3** | **7** | **4** | **1** | **55,6%** |" in (
        result.stdout)


def test_word_needs_an_output_file(tmp_path: Path) -> None:
    refused = run_cli("-w", str(FIXTURE), *AUGUST, "--format", "docx")
    assert refused.code == 2
    assert refused.stderr == (
        "kehoach: Định dạng docx cần -o TỆP.docx (không in tệp Word ra màn hình).\n")
    target = tmp_path / "out" / "bc.docx"
    target.parent.mkdir()  # kehoach writes into folders that exist, it creates none
    written = run_cli("-w", str(FIXTURE), *AUGUST, "-o", str(target))
    assert written.code == 0, written.stderr
    assert target.read_bytes()[:2] == b"PK"
    assert list(target.parent.iterdir()) == [target]  # no temporary file left behind


def test_format_follows_the_output_suffix(tmp_path: Path) -> None:
    target = tmp_path / "bc.html"
    assert run_cli("-w", str(FIXTURE), *AUGUST, "-o", str(target)).code == 0
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_workspace_template_replaces_the_built_in_one(ws: Path) -> None:
    write_files(ws, {"templates/report_monthly.md.j2":
                     "{{ letterhead.issuer }}: {{ stats_total.total }} việc, "
                     "{{ stats_total.rate | percent }} đúng hạn\n"})
    result = run_cli("-w", str(ws), *AUGUST)
    assert (result.code, result.stdout) == (0, "PHÒNG VĂN HÓA VÀ THÔNG TIN THÀNH PHỐ: 20 "
                                               "việc, 55,6% đúng hạn\n")


def test_one_off_template_may_include_the_built_in_parts(tmp_path: Path) -> None:
    mine = tmp_path / "mau.j2"
    mine.write_text('{% include "_letterhead.md.j2" %}\n{{ period.text }}\n', encoding="utf-8")
    result = run_cli("-w", str(FIXTURE), *AUGUST, "--period", "nd09", "--template", str(mine))
    assert result.code == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "từ ngày 15/7/2023 đến ngày 14/8/2023"
    assert result.stdout.startswith("| ỦY BAN NHÂN DÂN<br>")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dòng một\n{{ letterhead.so_hieu }}\n", "'so_hieu'"),
        ("Dòng một\n{% for x in %}\n", "Expected an expression"),
    ],
)
def test_a_broken_template_is_a_located_error_not_a_traceback(
    tmp_path: Path, text: str, expected: str
) -> None:
    mine = tmp_path / "hong.md.j2"
    mine.write_text(text, encoding="utf-8")
    result = run_cli("-w", str(FIXTURE), *AUGUST, "--template", str(mine))
    assert result.code == 1
    assert result.stderr.startswith(f"kehoach: Lỗi trong mẫu {mine}:2: ")
    assert expected in result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""


def test_thematic_report_for_a_unit_named_loosely() -> None:
    result = run_cli("-w", str(FIXTURE), *AUGUST, "--kind", "thematic", "--unit", "ban qlda")
    assert result.code == 0, result.stderr
    assert "**BAN QUẢN LÝ DỰ ÁN ĐẦU<br>TƯ XÂY DỰNG THÀNH PHỐ**" in result.stdout
    assert "Kính gửi: Phòng Văn hóa và Thông tin Thành phố" in result.stdout


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ((), "kehoach: Báo cáo chuyên đề cần --unit ĐƠN_VỊ (đơn vị chủ trì).\n"),
        (("--unit", "phuong xa"), "kehoach: 'UBND các phường, xã' là một nhóm đơn vị; báo cáo "
                                  "chuyên đề là của từng đơn vị, hãy chọn một đơn vị.\n"),
    ],
)
def test_thematic_report_needs_one_unit(extra: tuple[str, ...], message: str) -> None:
    result = run_cli("-w", str(FIXTURE), *AUGUST, "--kind", "thematic", *extra)
    assert (result.code, result.stderr) == (2, message)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("report", "--month", "2023-13"),
         "kehoach: Invalid month '2023-13'; write it as YYYY-MM, e.g. 2023-08.\n"),
        (("report", "--month", "2023-08", "--period", "quarter"),
         "kehoach: Invalid value 'quarter'; choose: month, nd09.\n"),
        (("report", "--month", "2023-08", "--kind", "yearly"),
         "kehoach: Invalid value 'yearly'; choose: monthly, thematic.\n"),
        (("report", "--month", "2023-08", "--sender", "mayor"),
         "kehoach: Invalid value 'mayor'; choose: standing, issuer.\n"),
        (("remind", "--as-of", "2023-09-05", "--sender", "mayor"),
         "kehoach: Invalid value 'mayor'; choose: standing, issuer.\n"),
        (("remind", "--as-of", "2023-09-05", "--reply-by", "soon"),
         "kehoach: Invalid date 'soon'; write it as YYYY-MM-DD, e.g. 2023-08-05.\n"),
        (("report", "--month", "2023-08", "--format", "pdf"),
         "kehoach: Unknown format 'pdf'; choose: md, docx, html.\n"),
        (("report", "--month", "2023-08", "--plan", "kh-99"),
         "kehoach: No plan 'kh-99'; the plans are:\n  - kh-48-2023: KẾ HOẠCH số 48/KH-UBND\n"),
    ],
)
def test_usage_errors_in_english(args: tuple[str, ...], message: str) -> None:
    result = run_cli("--lang", "en", "-w", str(FIXTURE), *args)
    assert (result.code, result.stderr, result.stdout) == (2, message, "")


def test_several_plans_need_plan(ws: Path) -> None:
    plan = (ws / "plans" / "kh48.yaml").read_text(encoding="utf-8")
    other = plan.replace("id: kh-48-2023", "id: kh-49-2023").replace("48/KH-UBND", "49/KH-UBND")
    other = other[: other.index("units:")] + "tasks: []\n"
    write_files(ws, {"plans/kh49.yaml": other})
    refused = run_cli("-w", str(ws), *AUGUST)
    assert refused.code == 2
    assert refused.stderr == ("kehoach: Thư mục có nhiều kế hoạch; chọn một bằng --plan:\n"
                              "  - kh-48-2023: KẾ HOẠCH số 48/KH-UBND\n"
                              "  - kh-49-2023: KẾ HOẠCH số 49/KH-UBND\n")
    chosen = run_cli("-w", str(ws), *AUGUST, "--plan", "kh-49-2023")
    assert chosen.code == 0, chosen.stderr
    assert "Kế hoạch số 49/KH-UBND ngày 20/02/2023" in chosen.stdout
    assert "Không có đơn vị nào báo cáo kết quả trong kỳ." in chosen.stdout


def test_a_workspace_with_errors_is_refused(ws: Path) -> None:
    write_files(ws, {"progress/2023-08/phuong-cam-dong.yaml": """
        kehoach: 1
        unit: phuong-cam-dong
        month: 2023-08
        submitted: 2023-08-18
        entries:
          - {task: khong-co, state: hoàn thành, completed: 2023-08-01}
    """})
    result = run_cli("-w", str(ws), *AUGUST)
    assert result.code == 1
    assert "progress/2023-08/phuong-cam-dong.yaml:6:" in result.stderr
    assert result.stdout == ""


def test_remind_html_and_word(tmp_path: Path) -> None:
    html = run_cli("-w", str(FIXTURE), "remind", "--as-of", "2023-09-05", "--format", "html")
    assert html.code == 0, html.stderr
    assert '<div class="addressee">Kính gửi:</div>' in html.stdout
    assert "<li>Ủy ban nhân dân phường Cẩm Đông.</li>" in html.stdout
    target = tmp_path / "don-doc.docx"
    word = run_cli("-w", str(FIXTURE), "remind", "--as-of", "2023-09-05", "-o", str(target))
    assert word.code == 0 and target.stat().st_size > 0


def test_remind_when_nobody_is_late() -> None:
    result = run_cli("-w", str(FIXTURE), "remind", "--as-of", "2023-03-01")
    assert (result.code, result.stdout) == (
        0, "Tính đến ngày 01 tháng 3 năm 2023, không có đơn vị nào chậm nhiệm vụ hay báo cáo; "
           "không cần đôn đốc.\n")


UNDATED = Path(__file__).resolve().parent / "corpus" / "valid" / "unknown-date.yaml"
CITED = "Kế hoạch số 9/KH-UBND ngày …"  # the plan's date is "…": so is the citation's


def test_a_plan_without_issue_date_is_followed_and_cited_with_ngay_blank(tmp_path: Path) -> None:
    """corpus/valid/unknown-date.yaml on 1/4/2025: II.1 (due 24/3) and the March report of
    xã B (due 19/3) are late; Quý II and its April milestone have begun; II.3 is standing."""
    (tmp_path / "plans").mkdir()
    shutil.copyfile(UNDATED, tmp_path / "plans" / "kh.yaml")
    status = run_cli("status", "--as-of", "2025-04-01", cwd=tmp_path)
    assert status.stderr == ""
    lines = status.stdout.splitlines()
    assert lines[0] == "Tình hình thực hiện tính đến ngày 01 tháng 4 năm 2025"
    assert "Tổng hợp (4 nhiệm vụ, mốc)" in lines
    assert "Đang thực hiện trong hạn          2" in lines
    assert "Quá hạn chưa hoàn thành           1" in lines
    assert "Chưa đến hạn                      1" in lines
    assert "Quá hạn (2)" in lines
    report = run_cli("report", "--month", "2025-03", "--as-of", "2025-04-01", cwd=tmp_path)
    assert report.code == 0, report.stderr
    assert ('<p align="center"><b>BÁO CÁO</b><br><b>Kết quả thực hiện ' + CITED +
            " về kế hoạch chưa rõ ngày ban hành tháng 3/2025</b></p>") in report.stdout.splitlines()
    assert f"Thực hiện {CITED} của Ủy ban nhân dân thành phố Cẩm Phả về" in report.stdout
    remind = run_cli("remind", "--as-of", "2025-04-01", cwd=tmp_path)
    assert remind.code == 0, remind.stderr
    assert (f"Thực hiện {CITED} của Ủy ban nhân dân thành phố Cẩm Phả về kế hoạch chưa rõ ngày"
            " ban hành, tính đến ngày 01/4/2025, Ủy ban nhân dân thành phố Cẩm Phả nhận thấy một"
            " số nhiệm vụ và báo cáo chưa được thực hiện theo thời hạn của Kế hoạch, cụ thể như"
            " sau:") in remind.stdout.splitlines()
    assert all("None" not in out for out in (status.stdout, report.stdout, remind.stdout))
