"""Where one kehoach command spends its time, inside one process: the profile without cProfile.

cProfile doubles the cost of every Python call, so it overstates the parts made of many small
calls (the line reader, building) against those made of a few large ones (msgspec, zlib). This
wraps the named functions with a clock instead and runs the command line once, in this process:

    python benchmarks/segments.py --in benchmarks/out/10000 \\
        --time kehoach_cli.cache.codec:decode_checked,kehoach_cli.queries.status:evaluate \\
        -- overdue

Each figure is a function's own wall time, less the time of the other wrapped functions it
called, so the figures add up; it is named ``module:function`` as given, so two functions of
one name in different modules stay apart. A function is wrapped where its module holds it, so a caller
that imported it by name before the wrap keeps the unwrapped one: name the module the caller
reads it from (``kehoach_cli.cli.common:load_valid``, not where it is defined).
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import time
from collections.abc import Callable
from types import ModuleType
from typing import Any


class Clock:
    """Own time per wrapped function; ``_inner`` is what nested wrapped calls took."""

    def __init__(self) -> None:
        self.own: dict[str, float] = {}
        self._inner: list[float] = []
        self._wrapped: list[tuple[ModuleType, str, Callable[..., Any]]] = []

    def wrap(self, module_name: str, attr: str) -> None:
        module = importlib.import_module(module_name)
        function: Callable[..., Any] = getattr(module, attr)
        name = f"{module_name}:{attr}"

        def timed(*args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            self._inner.append(0.0)
            try:
                return function(*args, **kwargs)
            finally:
                spent = time.perf_counter() - start
                nested = self._inner.pop()
                self.own[name] = self.own.get(name, 0.0) + spent - nested
                if self._inner:
                    self._inner[-1] += spent

        setattr(module, attr, timed)
        self._wrapped.append((module, attr, function))

    def restore(self) -> None:
        """Each wrapped function put back, so a caller in the same process finds it as it was."""
        for module, attr, function in reversed(self._wrapped):
            setattr(module, attr, function)
        self._wrapped.clear()


def targets(text: str) -> list[tuple[str, str]]:
    """``module:function,module:function`` as pairs; a name without ``:`` is refused."""
    pairs = []
    for item in filter(None, text.split(",")):
        module_name, sep, attr = item.partition(":")
        if not sep or not module_name or not attr:
            raise SystemExit(f"segments.py: {item!r} is not module:function")
        pairs.append((module_name, attr))
    return pairs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--in", dest="folder", default=".", help="the workspace folder")
    parser.add_argument("--time", default="", help="module:function,... to time")
    parser.add_argument("command", nargs=argparse.REMAINDER, help="-- then kehoach's arguments")
    args = parser.parse_args(argv)
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    timed = targets(args.time)
    began = time.perf_counter()
    clock = Clock()
    here, out, code = os.getcwd(), sys.stdout, None
    try:
        for module_name, attr in timed:
            clock.wrap(module_name, attr)
        from kehoach_cli.cli.main import run

        os.chdir(args.folder)
        with open(os.devnull, "w", encoding="utf-8") as sys.stdout:
            run(command)
    except SystemExit as done:  # kehoach always leaves through sys.exit
        code = done.code
    finally:
        sys.stdout = out
        os.chdir(here)
        clock.restore()
    total = time.perf_counter() - began
    parts = "; ".join(f"{name} {seconds * 1000:.0f} ms" for name, seconds in clock.own.items())
    print(f"total {total * 1000:.0f} ms (exit {code}){'; ' if parts else ''}{parts}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
