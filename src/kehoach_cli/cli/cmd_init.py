"""``kehoach init DIR``: a new workspace that validates clean, to start encoding a plan."""

from __future__ import annotations

import re
from datetime import date
from importlib import resources
from pathlib import Path

import typer

from kehoach_cli.messages import t


def register(app: typer.Typer) -> None:
    @app.command(help=t("help.init"))
    def init(directory: Path = typer.Argument(..., help=t("help.init_dir"))) -> None:
        created = scaffold(directory)
        print(t("init.done", path=str(directory), count=len(created)))
        for path in created:
            print(f"  {path.relative_to(directory).as_posix()}")


def scaffold(directory: Path) -> list[Path]:
    """Copy the example workspace and the schemas; refuse to overwrite anything."""
    from kehoach_cli.cli.cmd_schema import KINDS, json_schema
    from kehoach_cli.editing.fsutil import write_atomic
    from kehoach_cli.problems import FatalError

    files: dict[str, bytes] = {}
    base = resources.files("kehoach_cli") / "data" / "init"
    for rel in _template_files(base):
        files[rel] = (base / rel).read_bytes()
    files[SAMPLE] = dated(files[SAMPLE].decode("utf-8"), date.today()).encode("utf-8")
    for kind in KINDS:
        files[f"schema/{kind}.schema.json"] = json_schema(kind).encode("utf-8")
    existing = [rel for rel in files if (directory / rel).exists()]
    if existing:
        raise FatalError("init.exists", exit_code=1, path=str(directory / existing[0]))
    created = []
    for rel, data in sorted(files.items()):
        write_atomic(directory / rel, data, make_parents=True)
        created.append(directory / rel)
    return created


SAMPLE = "plans/vi-du.yaml"
_SAMPLE_START = (2024, 1)  # the month the bundled sample is issued in
_DATES = re.compile(
    r"(?P<iso>\b(?P<y1>\d{4})-(?P<m1>\d{2})(?:-(?P<d1>\d{2}))?\b)"
    r"|(?P<vn>\b(?:(?P<d2>\d{1,2})/)?(?P<m2>\d{1,2})/(?P<y2>\d{4})\b)"
    r"|(?P<year>năm (?P<y3>\d{4}))")
_ISSUED = re.compile(r"^(  date: )\d{4}-\d{2}-\d{2}", re.MULTILINE)


def dated(text: str, today: date) -> str:
    """The sample plan moved in time so that it is issued today and its first deadlines are
    weeks ahead: a new workspace should not open on a screen of overdue work."""
    shift = (today.year - _SAMPLE_START[0]) * 12 + today.month - _SAMPLE_START[1]

    def moved(year: str, month: str) -> tuple[int, int]:
        index = int(year) * 12 + int(month) - 1 + shift
        return index // 12, index % 12 + 1

    def replace(match: re.Match[str]) -> str:
        if match["year"]:
            return f"năm {moved(match['y3'], '1')[0]}"
        if match["iso"]:
            y, m = moved(match["y1"], match["m1"])
            day = f"-{min(int(match['d1']), 28):02d}" if match["d1"] else ""
            return f"{y:04d}-{m:02d}{day}"
        y, m = moved(match["y2"], match["m2"])
        return (f"{min(int(match['d2']), 28)}/" if match["d2"] else "") + f"{m}/{y}"

    return _ISSUED.sub(lambda m: m[1] + today.isoformat(), _DATES.sub(replace, text), count=1)


def _template_files(base: resources.abc.Traversable, prefix: str = "") -> list[str]:
    out = []
    for entry in base.iterdir():
        rel = f"{prefix}{entry.name}"
        if entry.is_dir():
            out.extend(_template_files(entry, rel + "/"))
        elif not entry.name.endswith((".pyc",)):
            out.append(rel)
    return out
