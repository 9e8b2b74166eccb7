"""typer without pydantic on the usual path: the same values, the same usage errors."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Annotated

import typer
from typer.testing import CliRunner

from kehoach_cli.cli import fastparams


def _app(seen: dict[str, object]) -> typer.Typer:
    app = typer.Typer(rich_markup_mode=None)

    @app.command()
    def go(
        paths: Annotated[list[Path] | None, typer.Argument()] = None,
        name: Annotated[str | None, typer.Option("--name")] = None,
        count: Annotated[int, typer.Option("--count")] = 3,
        flag: Annotated[bool, typer.Option("--flag")] = False,
    ) -> None:
        seen.update(paths=paths, name=name, count=count, flag=flag)

    return app


def test_install_is_idempotent() -> None:
    assert fastparams.install() is True
    assert fastparams.install() is True


def test_values_are_converted_as_typer_converts_them() -> None:
    fastparams.install()
    seen: dict[str, object] = {}
    result = CliRunner().invoke(_app(seen), ["a.yaml", "b", "--name", "Cẩm Phả", "--count", "7"])
    assert result.exit_code == 0, result.output
    assert seen == {"paths": [Path("a.yaml"), Path("b")], "name": "Cẩm Phả", "count": 7,
                    "flag": False}
    CliRunner().invoke(_app(seen), [])
    assert seen["paths"] in ([], (), None) and seen["name"] is None and seen["count"] == 3


def test_a_bad_value_is_still_a_usage_error() -> None:
    fastparams.install()
    result = CliRunner().invoke(_app({}), ["--count", "nhiều"])
    assert result.exit_code == 2
    assert "Invalid value for '--count'" in result.output


def test_text_options_need_no_pydantic(tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "from kehoach_cli.cli.main import _dispatch\n"
        "code = _dispatch(['--lang', 'en', 'schema', '--kind', 'nothing'], debug=False)\n"
        "print(code, 'pydantic' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         cwd=tmp_path, env=os.environ.copy(), check=True)
    assert out.stdout.split() == ["2", "False"]
