"""Template lookup order, filters, and errors that name the template file and line."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from kehoach_cli.drafts.templating import BUILTIN, md_cell, percent, render
from kehoach_cli.problems import FatalError


@dataclass(frozen=True)
class Ctx:
    name: str
    day: date | None
    rate: float | None


CTX = Ctx("Phòng A | B", date(2023, 2, 5), 0.5556)


def test_built_in_templates_exist_for_every_draft_and_format() -> None:
    names = {p.name for p in BUILTIN.iterdir()}
    for kind in ("report_monthly", "report_thematic", "remind"):
        assert {f"{kind}.md.j2", f"{kind}.html.j2"} <= names


@pytest.mark.parametrize(("value", "text"), [(0.5556, "55,6%"), (1.0, "100%"), (0.0, "0%"),
                                             (0.125, "12,5%"), (None, "-")])
def test_percent_uses_the_decimal_comma(value: float | None, text: str) -> None:
    assert percent(value) == text


def test_markdown_cell_keeps_pipes_and_newlines_inside() -> None:
    assert md_cell("a | b\nc") == "a \\| b<br>c"


def test_filters_and_fields(tmp_path: Path) -> None:
    one = tmp_path / "one.j2"
    one.write_text("{{ name | cell }}; {{ day | vn_date }}; {{ day | short_date }}; "
                   "{{ ctx.rate | percent }}; {{ 'overdue' | label }}", encoding="utf-8")
    assert render("x", CTX, template_file=one) == (
        "Phòng A \\| B; ngày 05 tháng 02 năm 2023; 05/02/2023; 55,6%; Quá hạn, chưa hoàn thành")
    empty = Ctx("", None, None)
    one.write_text("{{ day | vn_date }} {{ rate | percent }}", encoding="utf-8")
    assert render("x", empty, template_file=one) == "… -"


def test_workspace_folder_comes_before_the_built_in_one(tmp_path: Path) -> None:
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "remind.md.j2").write_text("riêng: {{ name }}", encoding="utf-8")
    assert render("remind.md.j2", CTX, workspace=tmp_path) == "riêng: Phòng A | B"


def test_html_is_escaped_markdown_is_not(tmp_path: Path) -> None:
    one = tmp_path / "one.j2"
    one.write_text("{{ name }}<", encoding="utf-8")
    hostile = Ctx("<b>&", None, None)
    assert render("x", hostile, template_file=one, html=True) == "&lt;b&gt;&amp;<"
    assert render("x", hostile, template_file=one) == "<b>&<"


def test_undefined_variable_names_file_and_line(tmp_path: Path) -> None:
    one = tmp_path / "one.j2"
    one.write_text("ok\n\n{{ nam }}\n", encoding="utf-8")
    with pytest.raises(FatalError) as caught:
        render("x", CTX, template_file=one)
    assert caught.value.exit_code == 1
    assert caught.value.params == {"where": f"{one}:3", "error": "'nam' is undefined"}


def test_missing_template_is_a_usage_error() -> None:
    with pytest.raises(FatalError) as caught:
        render("khong-co.md.j2", CTX)
    assert (caught.value.code, caught.value.exit_code) == ("report.template_missing", 2)


def test_workspace_templates_run_sandboxed(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "x.md.j2").write_text(
        "{{ cycler.__init__.__globals__.os.popen('touch " + str(marker) + "').read() }}",
        encoding="utf-8")
    with pytest.raises(FatalError) as refused:
        render("x.md.j2", CTX, workspace=tmp_path)
    assert refused.value.code == "report.template_error"
    assert not marker.exists()
