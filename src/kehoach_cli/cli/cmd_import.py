"""``kehoach import DOCUMENT``: draft the plan file from the document, list what to review."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

import typer

from kehoach_cli.messages import t

if TYPE_CHECKING:
    from kehoach_cli.importing.unitnames import Unit


def register(app: typer.Typer) -> None:
    @app.command(name="import", help=t("help.import"))
    def import_(
        document: Path = typer.Argument(..., help=t("help.import_document"), show_default=False),
        output: Path = typer.Option(None, "--output", "-o", help=t("help.import_output")),
        units: Path = typer.Option(None, "--units", help=t("help.import_units")),
        dry_run: bool = typer.Option(False, "--dry-run", help=t("help.import_dry_run")),
        force: bool = typer.Option(False, "--force", help=t("help.import_force")),
    ) -> None:
        raise typer.Exit(run_import(document, output, units, dry_run, force))


def run_import(document: Path, output: Path | None, units: Path | None, dry_run: bool, force: bool) -> int:
    from kehoach_cli.importing.blocks import read_document

    blocks = read_document(document)  # first, so that what is not a document fails fast

    from kehoach_cli.importing.draft import draft_plan
    from kehoach_cli.importing.unitnames import slug
    from kehoach_cli.importing.yamlout import review_lines, to_yaml

    root = _workspace(output)
    register = _register(units, root)
    draft = draft_plan(document, blocks, register)
    text = to_yaml(draft, document.name)
    reviews = review_lines(text)
    if dry_run:
        sys.stdout.write(text)
        _print_reviews(reviews, sys.stderr)
        return 0
    if output is None:
        if root is None:
            from kehoach_cli.cli.common import workspace_root

            root = workspace_root()
        output = root / "plans" / f"{slug(draft.header.number or document.stem)}.yaml"
    _write_new(output, text, force)
    inside = not output.is_absolute() or output.is_relative_to(Path.cwd())
    shown = os.path.relpath(output) if inside else str(output)
    print(t("import.written", path=shown, tasks=len(draft.tasks), reports=len(draft.reports),
            units=sum(1 for u in draft.units.used if not draft.units.all[u].external)))
    _print_reviews(reviews, sys.stdout)
    print(t("import.next", path=shown))
    return 0


def _workspace(output: Path | None) -> Path | None:
    from kehoach_cli.problems import FatalError
    from kehoach_cli.reading.layout import find_workspace

    try:
        return find_workspace(output.parent if output is not None else Path.cwd())
    except FatalError:
        return None


def _register(units: Path | None, root: Path | None) -> list[Unit]:
    from kehoach_cli.importing.register import read_register, workspace_register
    from kehoach_cli.problems import FatalError

    if units is not None:
        if not units.is_file():
            raise FatalError("import.no_file", exit_code=2, path=str(units))
        inside = root is not None and units.resolve().is_relative_to((root / "plans").resolve())
        return read_register(units, external=inside)
    return workspace_register(root) if root is not None else []


def _print_reviews(reviews: list[tuple[int, str]], stream: TextIO) -> None:
    write = stream.write
    if not reviews:
        write(t("import.review_none") + "\n")
        return
    write(t("import.review_count", count=len(reviews)) + "\n")
    for line, text in reviews:
        write(t("import.review_item", line=line, text=text) + "\n")


def _write_new(path: Path, text: str, force: bool) -> None:
    """Write ``path`` whole or not at all, and never over an existing file without ``force``."""
    from kehoach_cli.problems import FatalError

    if path.exists() and not force:
        raise FatalError("import.exists", exit_code=2, path=str(path))
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        temporary.write_text(text, encoding="utf-8")
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)
