"""``kehoach validate [PATH…]``: every problem of the workspace, located, for people and CI."""

from __future__ import annotations

from pathlib import Path

import typer

from kehoach_cli.messages import t


def register(app: typer.Typer) -> None:
    @app.command(help=t("help.validate"))
    def validate(
        paths: list[Path] = typer.Argument(None, help=t("help.validate_paths"), show_default=False),
        fmt: str = typer.Option("text", "--format", "-f", help=t("help.format_problems")),
    ) -> None:
        raise typer.Exit(run_validate(paths or [], fmt))


def run_validate(paths: list[Path], fmt: str) -> int:
    from kehoach_cli.cli.common import load_checked, workspace_root
    from kehoach_cli.problems import FatalError, Severity
    from kehoach_cli.render.reporters import REPORTERS, Display

    if fmt not in REPORTERS:
        raise FatalError("cli.bad_format", exit_code=2, value=fmt, choices=", ".join(REPORTERS))
    for path in paths:
        if not path.exists():
            raise FatalError("cli.no_such_path", exit_code=2, path=str(path))
    root = workspace_root(paths[0] if paths else None)
    result, problems = load_checked(root)
    wanted = _selected_files(root, paths)
    if wanted is not None:
        problems = [p for p in problems if p.source.file in wanted]
    output = REPORTERS[fmt](problems, Display(root))
    if fmt == "text" and not problems:
        ws = result.workspace
        output = t("validate.clean", files=len(result.files), plans=len(ws.plans),
                   tasks=len(ws.tasks), units=len(ws.units), records=len(ws.submissions))
    if output:
        print(output)
    return 1 if any(p.severity == Severity.ERROR for p in problems) else 0


def _selected_files(root: Path, paths: list[Path]) -> set[str] | None:
    """The workspace-relative files named on the command line; None means all of them."""
    files = [p.resolve() for p in paths if p.is_file()]
    if not files:
        return None
    return {f.relative_to(root).as_posix() if f.is_relative_to(root) else str(f) for f in files}
