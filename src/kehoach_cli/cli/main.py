"""Entry point: choose the language, replay or dispatch, map failures to exit codes.

The command tree is in ``app``; it is imported only when a command runs, since a replayed
answer (``replay``) needs no parser.

Exit codes: 0 success, 1 problems found (or a fatal error in the data), 2 usage error.  This is
the only place where exceptions become exit codes; ``--debug`` shows the traceback instead.
"""

from __future__ import annotations

import contextlib
import sys

from kehoach_cli.cli import options
from kehoach_cli.messages import LANGS, set_language, t

COMMANDS = (
    "validate",
    "schema",
    "time",
    "init", "import",
    "status", "overdue", "upcoming", "units", "assignments",
    "timeline", "calendar",
    "record",
    "report", "remind",
    "export", "site",
    "completion",
)


def run(argv: list[str] | None = None) -> None:
    found, rest = options.extract(list(sys.argv[1:] if argv is None else argv))
    options.OPTIONS.__dict__.update(found.__dict__)
    set_language(found.lang)
    if found.lang is not None and found.lang.lower() not in LANGS:
        sys.stderr.write(f"kehoach: {t('cli.bad_lang', value=found.lang, choices=', '.join(LANGS))}\n")
        sys.exit(2)
    options.OPTIONS.command_line = tuple(rest)
    from kehoach_cli.cli.replay import replayed

    code = replayed(rest)
    if code is None:
        code = _dispatch(rest, debug=found.debug)
        _write_cache()
    sys.exit(code)


def _write_cache() -> None:
    """The workspace entry the command's load left to write (``cache.workspace.write_pending``),
    once its answer is out: written while the answer was still held, it added to the peak."""
    cache = sys.modules.get("kehoach_cli.cache.workspace")
    if cache is None:
        return
    with contextlib.suppress(OSError, ValueError):  # a closed or broken pipe: still write it
        sys.stdout.flush()
    cache.write_pending()


def _dispatch(args: list[str], *, debug: bool) -> int:
    """Usage errors are click's (exit 2, printed by it); ours are FatalError; the rest are bugs."""
    from kehoach_cli.problems import FatalError

    try:
        from kehoach_cli.cli.app import build_app

        build_app(args)(args=args, prog_name="kehoach", standalone_mode=True)
    except SystemExit as done:
        return done.code if isinstance(done.code, int) else (0 if done.code is None else 1)
    except FatalError as err:
        if debug:
            raise
        sys.stderr.write(f"kehoach: {err.message}\n")
        return err.exit_code
    except BrokenPipeError:
        return 1
    except Exception as err:  # the one catch-all: a bug must still not print a traceback
        if debug:
            raise
        sys.stderr.write(t("cli.internal_error", error=f"{type(err).__name__}: {err}") + "\n")
        return 3
    return 0
