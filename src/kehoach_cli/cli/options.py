"""Options every command understands, wherever they stand on the command line.

``--workspace``, ``--lang`` and ``--debug`` are taken out of the arguments before the command
parser sees them, so ``kehoach validate --workspace X`` and ``kehoach --workspace X validate``
mean the same and no subcommand has to declare them.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path


@dataclass
class GlobalOptions:
    workspace: Path | None = None
    lang: str | None = None
    debug: bool = False


OPTIONS = GlobalOptions()
_VALUED = {"--workspace": "workspace", "-w": "workspace", "--lang": "lang"}


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
        if name in _VALUED:
            if not eq:
                value = next(items, "")
            setattr(found, _VALUED[name], Path(value) if _VALUED[name] == "workspace" else value)
        elif arg == "--debug":
            found.debug = True
        else:
            rest.append(arg)
    return found, rest
