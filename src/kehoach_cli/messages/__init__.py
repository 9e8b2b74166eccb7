"""The one message catalog: every user-facing sentence, in Vietnamese and English.

Each area keeps its sentences in a module of this package (``MESSAGES = {code: (vi, en)}``) so
that people working on different commands do not edit the same file; ``CATALOG`` merges them and
a test checks that both languages are complete and every code used in the source exists.
"""

from __future__ import annotations

import os
import re
from importlib import import_module

AREAS = (
    "common", "loading", "checks", "timeexpr", "queries", "reports", "timeline", "recording",
    "perf", "office", "site", "importing",
)
LANGS = ("vi", "en")


def _merge() -> dict[str, tuple[str, str]]:
    merged: dict[str, tuple[str, str]] = {}
    for area in AREAS:
        module = import_module(f"{__name__}.{area}")
        for code, texts in module.MESSAGES.items():
            if code in merged:
                raise RuntimeError(f"message code {code!r} defined twice")
            merged[code] = texts
    return merged


CATALOG: dict[str, tuple[str, str]] = _merge()
_lang = "vi"


def set_language(lang: str | None) -> None:
    """Choose the language once, from ``--lang`` or ``KEHOACH_LANG``; Vietnamese by default."""
    global _lang
    chosen = (lang or os.environ.get("KEHOACH_LANG") or "vi").lower()
    _lang = chosen if chosen in LANGS else "vi"


def language() -> str:
    return _lang


def t(code: str, **params: object) -> str:
    """The sentence for ``code`` in the chosen language, with ``params`` filled in (control
    characters in them shown as escapes, so a typed or file name cannot drive the terminal)."""
    vi, en = CATALOG[code]
    template = en if _lang == "en" else vi
    if not params:
        return template
    if "|" in template:
        template = _PLURAL.sub(lambda m: m[2] if params.get(m[1]) == 1 else m[3], template)
    return template.format(**{k: printable(v) if isinstance(v, str) else v
                              for k, v in params.items()})


# "{files} {files|file|files}": the word that agrees with the number (English only needs it).
_PLURAL = re.compile(r"\{(\w+)\|([^|{}]*)\|([^{}]*)\}")
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def printable(text: str) -> str:
    """``text`` with every control character but tab and newline written as ``\\xNN``."""
    if _CONTROL.search(text) is None:
        return text
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)
