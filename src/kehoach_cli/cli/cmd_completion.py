"""``kehoach completion SHELL``: the shell completion script (see docs in the README)."""

from __future__ import annotations

import typer

from kehoach_cli.messages import t


def register(app: typer.Typer) -> None:
    @app.command(help=t("help.completion"))
    def completion(
        shell: str = typer.Argument(..., help=t("completion.help.shell")),
    ) -> None:
        from kehoach_cli.cli.completion import SHELLS, script
        from kehoach_cli.queries.filters import check_choices

        check_choices([shell], SHELLS, "SHELL")
        print(script(shell), end="")
