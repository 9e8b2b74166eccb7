"""``kehoach init DIR``: a new workspace that validates clean, to start encoding a plan."""

from __future__ import annotations

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


def _template_files(base: resources.abc.Traversable, prefix: str = "") -> list[str]:
    out = []
    for entry in base.iterdir():
        rel = f"{prefix}{entry.name}"
        if entry.is_dir():
            out.extend(_template_files(entry, rel + "/"))
        elif not entry.name.endswith((".pyc",)):
            out.append(rel)
    return out
