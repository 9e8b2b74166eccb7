"""Options every command understands, wherever they stand on the command line.

``--workspace``, ``--lang`` and ``--debug`` are taken out of the arguments before the command
parser sees them, so ``kehoach validate --workspace X`` and ``kehoach --workspace X validate``
mean the same and no subcommand has to declare them.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any


class GlobalOptions:
    """A plain class, not a dataclass: a replayed answer never imports ``dataclasses``."""

    def __init__(self, workspace: Path | None = None, lang: str | None = None,
                 debug: bool = False) -> None:  # fmt: skip
        self.workspace = workspace
        self.lang = lang
        self.debug = debug
        self.command_line: tuple[str, ...] = ()  # what is left for the parser (``replay``)


OPTIONS = GlobalOptions()
_VALUED = {"--workspace": "workspace", "-w": "workspace", "--lang": "lang"}
# Every option of every command that takes no value (tests/test_cli_main.py keeps it true):
# any other option takes the next argument as its value, even one spelt like "--debug".
FLAGS = frozenset({
    "--blank-date", "--dry-run", "--force", "--json", "--version", "--help", "--debug",
    "--requested", "--ordered", "--before-includes-day", "--before-excludes-day",
})


def _takes_value(arg: str) -> bool:
    return arg.startswith("-") and arg != "-" and "=" not in arg and arg not in FLAGS


def extract(argv: list[str]) -> tuple[GlobalOptions, list[str]]:
    """Split the global options from the rest; stops at ``--`` like every parser."""
    found = GlobalOptions(debug=bool(os.environ.get("KEHOACH_DEBUG")))
    rest: list[str] = []
    items = iter(argv)
    for arg in items:
        if arg == "--":
            rest.append(arg)
            rest.extend(items)
            break
        name, eq, value = arg.partition("=")
        if rest and _takes_value(rest[-1]):
            rest.append(arg)  # the value of the option before it: "--results --debug"
            continue
        if name in _VALUED:
            if not eq:
                value = next(items, "")
            setattr(found, _VALUED[name], Path(value) if _VALUED[name] == "workspace" else value)
        elif arg == "--debug":
            found.debug = True
        else:
            rest.append(arg)
    return found, rest


# ---------------------------------------------------------------- query filters
# The options the query commands share (``queries.filters`` says what each one does).  Built
# by functions so that each command declares only those that make sense for it; all are plain
# text (or a flag) so that typer converts nothing it does not need to (``fastparams``).


def _option(*names: str, help_code: str) -> Any:
    import typer

    from kehoach_cli.messages import t

    return typer.Option(None, *names, help=t(help_code))


def plan_option() -> Any:
    return _option("--plan", help_code="q.help.plan")


def section_option() -> Any:
    return _option("--section", help_code="q.help.section")


def status_option() -> Any:
    return _option("--status", help_code="q.help.status")


def kind_option() -> Any:
    return _option("--kind", help_code="q.help.kind")


def requested_option() -> Any:
    return _option("--requested/--ordered", help_code="q.help.requested")


def sort_option(help_code: str = "q.help.sort") -> Any:
    return _option("--sort", help_code=help_code)


def format_option() -> Any:
    return _option("--format", help_code="q.help.format")
