"""The command-line parser's own words, in the run's language.

typer 0.29 carries its own copy of click whose sentences ("Usage:", "Show this message and
exit.", "Error: No such option: …", "Try '…' for help.") are English literals, not gettext
calls, so they are translated where they are printed: every ``echo`` of the parser goes
through ``translate``, which rewrites the parser's sentences (the ``click.*`` codes of the
catalog, whose English side is the parser's own text) and nothing else.  Our commands print
with ``print``, never through ``echo``, so no data of a workspace is ever rewritten.

Help also shows a placeholder per option; typer names it after the Python type (``<str>``,
``<list[Path]>``): ``install`` makes it a word (``VĂN_BẢN``, ``ĐƯỜNG_DẪN``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import Any

from kehoach_cli.messages import CATALOG, language, t

_MARK = "_kehoach_translated"
_FIELD = re.compile(r"\{(\w+)\}")
_PLACEHOLDERS = {"str": "cli.metavar_text", "Path": "cli.metavar_path",
                 "int": "cli.metavar_number", "float": "cli.metavar_number"}


@cache
def _rules() -> list[tuple[re.Pattern[str], str]]:
    """(pattern of the English sentence, Vietnamese template) for every ``click.*`` code;
    longest first, so "Missing argument {name}." wins over a shorter sentence it contains."""
    rules = []
    for code, (vi, en) in CATALOG.items():
        if not code.startswith("click."):
            continue
        parts = _FIELD.split(en)
        pattern = "".join(re.escape(p) if i % 2 == 0 else f"(?P<{p}>.+?)"
                          for i, p in enumerate(parts))
        end = "$" if pattern.endswith("?)") else ""
        rules.append((re.compile(pattern + end, re.MULTILINE), vi))
    return sorted(rules, key=lambda rule: -len(rule[0].pattern))


def translate(text: str) -> str:
    """The parser's English sentences in ``text`` in Vietnamese (as is in English)."""
    if language() != "vi":
        return text
    for pattern, vi in _rules():
        text = pattern.sub(_filler(vi), text)
    return text


def _filler(template: str) -> Callable[[re.Match[str]], str]:
    return lambda match: template.format(**match.groupdict())


def install() -> None:
    """Route the parser's ``echo`` through ``translate`` and name its placeholders; once."""
    try:
        from typer import _click, core
        from typer._click import core as click_core
        from typer._click import exceptions, utils
    except ImportError:  # pragma: no cover - another typer: its own words stay
        return
    if getattr(utils.echo, _MARK, False):
        return
    original: Callable[..., Any] = utils.echo

    def echo(message: Any = None, *args: Any, **kwargs: Any) -> Any:
        if isinstance(message, str):
            message = translate(message)
        return original(message, *args, **kwargs)

    setattr(echo, _MARK, True)
    for module in (utils, _click, click_core, exceptions):
        if getattr(module, "echo", None) is original:
            setattr(module, "echo", echo)  # noqa: B010 - replacing the parser's own echo
    _name_placeholders(core)


def _name_placeholders(core: Any) -> None:
    parameter = getattr(core, "_TyperParameter", None)
    if parameter is None or not hasattr(parameter, "display_type"):  # pragma: no cover
        return
    typers_own = parameter.display_type

    def display_type(self: Any, ctx: Any) -> str:
        shown: str = typers_own(self, ctx)
        inner = shown.strip("<>")
        inner = inner[5:-1] if inner.startswith("list[") else inner
        code = _PLACEHOLDERS.get(inner)
        if code is not None:
            return t(code)
        return inner if "|" in inner else t("cli.metavar_text")

    parameter.display_type = display_type
