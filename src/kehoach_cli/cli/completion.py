"""Shell completion: typer's (click's) completion, for a command tree built one command at a
time.

The shell script (``kehoach completion bash``) runs ``kehoach`` with ``_KEHOACH_COMPLETE`` set
and the words typed so far in ``COMP_WORDS`` (bash) or ``_TYPER_COMPLETE_ARGS`` (zsh, fish,
PowerShell).  ``main.build_app`` builds only the invoked command, and while completing the
command line holds no arguments, so ``typed_words`` gives it the typed words instead.
"""

from __future__ import annotations

import os
from collections.abc import Sequence

COMPLETE_VAR = "_KEHOACH_COMPLETE"
SHELLS = ("bash", "zsh", "fish", "powershell", "pwsh")


def completing() -> bool:
    return bool(os.environ.get(COMPLETE_VAR))


def typed_words(args: Sequence[str]) -> Sequence[str]:
    """``args``, or while a shell asks for completions the words typed after ``kehoach``
    (global options taken out, as ``options.extract`` does for a run)."""
    if not completing():
        return args
    from typer._completion_classes import completion_init

    from kehoach_cli.cli.options import extract

    completion_init()  # typer registers its shells' completion classes with click
    raw = os.environ.get("COMP_WORDS") or os.environ.get("_TYPER_COMPLETE_ARGS", "")
    words = raw.split()[1:]
    return extract(words)[1]


def script(shell: str) -> str:
    """The completion script for ``shell``, to source from the shell's start-up file."""
    from typer._completion_shared import get_completion_script

    return str(get_completion_script(prog_name="kehoach", complete_var=COMPLETE_VAR,
                                     shell=shell))
