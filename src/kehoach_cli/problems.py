"""Problems are values, not exceptions: every check returns them, validate prints them all.

A problem keeps its message as a catalog code plus parameters, so the same problem can be printed
in Vietnamese, in English, or as JSON for machines.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

from kehoach_cli.messages import t

if TYPE_CHECKING:  # only annotations need it; importing the model would slow `kehoach --help`
    from kehoach_cli.model import Source


class Term(str):
    """A parameter that is itself a catalog code ("type.date"), translated when shown, so a
    cached problem still prints in the language of the run that shows it."""

    __slots__ = ()


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Problem:
    code: str
    source: Source
    params: dict[str, object] = field(default_factory=dict)
    yaml_path: str = ""
    severity: Severity = Severity.ERROR

    @property
    def message(self) -> str:
        params = {k: t(v) if isinstance(v, Term) else _one_line(v) for k, v in self.params.items()}
        return t(self.code, **params)

    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.source.file, self.source.line, self.source.col, self.code)


def _one_line(value: object) -> object:
    """A value quoted in a message stays on the message's line: its line breaks become "↵"."""
    if isinstance(value, str) and ("\n" in value or "\r" in value):
        return value.replace("\r\n", "↵").replace("\n", "↵").replace("\r", "↵")
    return value


def problem(code: str, source: Source, yaml_path: str = "", **params: object) -> Problem:
    return Problem(code=code, source=source, params=dict(params), yaml_path=yaml_path)


def warning(code: str, source: Source, yaml_path: str = "", **params: object) -> Problem:
    return Problem(code, source, dict(params), yaml_path, Severity.WARNING)


class FatalError(Exception):
    """A problem that stops the command (no workspace, unreadable file): exit code 1 or 2.

    Raised only where going on makes no sense; ``cli.main`` turns it into a message and an exit
    code in one place.
    """

    def __init__(self, code: str, exit_code: int = 1, **params: object) -> None:
        super().__init__(code)
        self.code = code
        self.exit_code = exit_code
        self.params = params

    @property
    def message(self) -> str:
        return t(self.code, **self.params)
