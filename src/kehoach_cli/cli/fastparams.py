"""Keep typer from importing pydantic on every run, where kehoach's own options do not need it.

typer 0.29 converts each parameter with a pydantic ``TypeAdapter`` built when the command line
is parsed, for every parameter of the command and of the global callback, given or not.  That
import and those adapters cost about 110 ms per run (measured on the benchmark machine), more
than everything else a warm ``kehoach status`` does.  ``install`` hands typer a converter that
returns what typer's would, without building the adapter until a value needs it:

- a parameter that was not given gives None (or ``()``), exactly as typer decides it, before
  any conversion;
- a plain ``str`` parameter given as text is that text (typer's adapter does ``str(value)``);
- every other value goes to typer's own converter, built on first use, so paths, numbers and
  choices keep typer's checks and messages.

It relies on typer's internal names; with a typer that does not have them it does nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

_MARK = "_kehoach_deferred"


def install() -> bool:
    """Patch typer once; True when typer's converter is now the deferred one."""
    try:
        from typer import _coercion, core
    except ImportError:  # pragma: no cover - another typer: nothing to defer
        return False
    original = getattr(core, "build_runtime_param", None)
    base = getattr(_coercion, "RuntimeParam", None)
    if original is None or base is None:  # pragma: no cover - another typer
        return False
    if getattr(original, _MARK, False):
        return True
    typers_own: Callable[[Any], Any] = original

    @dataclass(frozen=True)
    class Deferred(base):  # type: ignore[misc, valid-type]
        descriptor: Any = None
        real: list[Any] = field(default_factory=list, compare=False)

        def _coerce_value(self, value: Any, param: Any, ctx: Any) -> Any:
            if isinstance(value, str) and self._plain_text():
                return value
            if not self.real:
                self.real.append(typers_own(self.descriptor))
            return self.real[0]._coerce_value(value, param=param, ctx=ctx)

        def _plain_text(self) -> bool:
            d = self.descriptor
            return bool(d.annotation is str and d.file_annotation is None
                        and getattr(d.parameter_info, "parser", None) is None)

    def build(descriptor: Any) -> Any:
        return Deferred(parameter_info=descriptor.parameter_info, annotation=descriptor.annotation,
                        descriptor=descriptor)

    setattr(build, _MARK, True)
    setattr(core, "build_runtime_param", build)  # noqa: B010 - typer does not export it
    return True
