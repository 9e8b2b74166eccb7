"""The command tree: each command's module is imported and registered only when it runs."""

from __future__ import annotations

from collections.abc import Sequence
from importlib import import_module

import typer

from kehoach_cli import __version__
from kehoach_cli.cli import options
from kehoach_cli.cli.main import COMMANDS
from kehoach_cli.messages import t


def _version(value: bool) -> None:
    if value:
        print(f"kehoach {__version__}")
        raise typer.Exit()


def build_app(args: Sequence[str] = ()) -> typer.Typer:
    """The command tree for ``args``: the invoked subcommand in full, the others by name only.

    Building a typer command reads its function's signature and type hints, and importing its
    module costs time too; a run needs one command, and the top-level ``--help`` needs only
    each command's name and one-line help.  So every run pays for one command, not thirteen.
    """
    from kehoach_cli.cli import clitext, completion, fastparams

    args = completion.typed_words(args)  # while a shell asks for completions
    fastparams.install()  # typer would import pydantic on every run (see fastparams)
    clitext.install()  # the parser's own English sentences and type placeholders
    app = typer.Typer(
        name="kehoach",
        help=t("help.app"),
        no_args_is_help=True,
        add_completion=False,
        pretty_exceptions_enable=False,
        rich_markup_mode=None,
    )

    @app.callback()
    def main(
        version: bool = typer.Option(
            False, "--version", help=t("help.version"), callback=_version, is_eager=True
        ),
        workspace: str = typer.Option(None, "--workspace", "-w", help=t("help.workspace")),
        lang: str = typer.Option(None, "--lang", help=t("help.lang")),
        debug: bool = typer.Option(False, "--debug", help=t("help.debug")),
    ) -> None:
        """Global options are read by ``options.extract``; they are declared for --help."""

    invoked = next((arg for arg in args if not arg.startswith("-")), None)
    for name in COMMANDS:
        if invoked in COMMANDS and name != invoked:
            continue
        if invoked in COMMANDS:
            import_module(f"kehoach_cli.cli.cmd_{name}").register(app)
        else:
            _list_only(app, name)
    return app


def _list_only(app: typer.Typer, name: str) -> None:
    """A command as ``kehoach --help`` lists it.  It can only run when no command was named
    (so never for real); if it ever did, it re-dispatches with the command registered in full."""

    @app.command(name=name, help=t(f"help.{name}"), context_settings={
        "ignore_unknown_options": True, "allow_extra_args": True})
    def listed(ctx: typer.Context) -> None:
        from kehoach_cli.cli.main import _dispatch

        raise typer.Exit(_dispatch([name, *ctx.args], debug=options.OPTIONS.debug))
