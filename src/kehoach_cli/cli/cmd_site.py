"""``kehoach site -o DIR``: the static dashboard, written into a folder."""

from __future__ import annotations

from pathlib import Path

import typer

from kehoach_cli.messages import t


def register(app: typer.Typer) -> None:
    @app.command(help=t("help.site"))
    def site(
        output: Path = typer.Option(..., "--output", "-o", help=t("site.help.output")),
        as_of: str | None = typer.Option(None, "--as-of", help=t("q.help.as_of")),
    ) -> None:
        raise typer.Exit(run_site(output, as_of))


def run_site(output: Path, as_of: str | None) -> int:
    from kehoach_cli.cli.common import load_valid, parse_as_of
    from kehoach_cli.problems import FatalError
    from kehoach_cli.queries.status import evaluate
    from kehoach_cli.render.site.build import site_files

    day = parse_as_of(as_of)
    if output.exists() and not output.is_dir():
        raise FatalError("site.not_a_folder", exit_code=2, path=output)
    ws = load_valid().workspace
    files = site_files(ws, evaluate(ws, day))
    from kehoach_cli.editing.fsutil import write_atomic

    readable = _readable_mode()
    if not output.parent.is_dir():  # the site's own folder is made, never a missing parent
        raise FatalError("io.no_folder", exit_code=2, path=str(output), folder=str(output.parent))
    for rel, data in files.items():
        write_atomic(output / rel, data, make_parents=True)
        (output / rel).chmod(readable)  # a web server must be able to read the pages
    print(t("site.written", count=len(files), path=output, index=output / "index.html"))
    return 0


def _readable_mode() -> int:
    """What a new file would get (0644 under the usual umask), not a temporary file's 0600."""
    import os

    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask
