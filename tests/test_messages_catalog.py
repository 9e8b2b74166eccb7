"""The catalog is complete in both languages, and every code the source uses exists."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

from kehoach_cli.messages import CATALOG, set_language, t

SRC = Path(__file__).resolve().parents[1] / "src" / "kehoach_cli"
# A catalog code passed as the first argument of the functions that take one.
USE = re.compile(
    r"""\b(?:t|problem|warning|FatalError|Term|TimeExprError|_refuse)\(\s*f?["']([a-z_]+\.[a-z0-9_.]+)["']"""
)


def _fields(template: str) -> set[str]:
    return {name.split("|")[0] for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("code", sorted(CATALOG))
def test_both_languages_present_with_the_same_fields(code: str) -> None:
    vi, en = CATALOG[code]
    assert vi.strip() and en.strip()
    assert _fields(vi) == _fields(en), code


def test_every_code_used_in_the_source_is_in_the_catalog() -> None:
    used = {
        (path.relative_to(SRC).as_posix(), code)
        for path in SRC.rglob("*.py")
        for code in USE.findall(path.read_text(encoding="utf-8"))
    }
    assert used, "the scan found nothing: the pattern is broken"
    # a code built at run time ("q.report." + kind) must at least name an existing family
    missing = sorted(
        (where, code) for where, code in used
        if code not in CATALOG and not (code.endswith(".") and _is_family(code))
    )
    assert missing == []


def _is_family(prefix: str) -> bool:
    return any(code.startswith(prefix) for code in CATALOG)


def test_language_switch() -> None:
    try:
        set_language("en")
        assert t("severity.error") == "error"
        set_language("vi")
        assert t("severity.error") == "lỗi"
        set_language("fr")  # unknown languages fall back to Vietnamese
        assert t("severity.error") == "lỗi"
    finally:
        set_language("vi")


def test_english_words_agree_with_their_numbers() -> None:
    set_language("en")
    try:
        assert t("q.days_late", n=1) == "1 day"
        assert t("q.days_late", n=2) == "2 days"
        assert t("init.done", path="ws", count=1) == "Created workspace ws (1 file):"
    finally:
        set_language("vi")
    for code, (_, en) in CATALOG.items():
        assert not re.search(r"\{(\w+)\} (?:files|days|errors|tasks|events)\b", en), code
