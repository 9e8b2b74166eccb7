"""Turn pydantic's validation errors into located, plain-language problems.

pydantic reports a location as a path of keys and indexes, which is exactly the path the YAML
reader recorded positions for; the work here is choosing a message an office worker understands.
"""

from __future__ import annotations

import difflib
import types
import typing
import unicodedata
from typing import Any

from pydantic import BaseModel, ValidationError

from kehoach_cli.problems import Problem, Term, problem
from kehoach_cli.reading.yamlread import YamlDoc, YamlPath, dotted

_TYPE_NAMES = {
    "string": "type.text",
    "int": "type.integer",
    "bool": "type.boolean",
    "date": "type.date",
    "model": "type.mapping",
    "dict": "type.mapping",
    "tuple": "type.list",
    "list": "type.list",
}


def schema_problems(err: ValidationError, doc: YamlDoc, model: type[BaseModel]) -> list[Problem]:
    return [_one(item, doc, model) for item in _unknown_dates_once(err.errors(include_url=False))]


_UNKNOWN_TAG = "literal['…']"


def _unknown_dates_once(items: list[Any]) -> list[Any]:
    """A date that may be "…" fails both branches of ``date | "…"``: one problem naming both,
    not "only '…' is allowed" beside a wrong-date message."""
    either = {tuple(i["loc"][:-1]) for i in items if i["loc"][-1:] == (_UNKNOWN_TAG,)}
    out = []
    for item in items:
        loc = tuple(item["loc"])
        if loc[:-1] in either and loc[-1] == _UNKNOWN_TAG:
            continue
        if loc[:-1] in either and loc[-1] == "date" and item["type"].startswith("date_"):
            item = {**item, "type": "date_or_unknown", "loc": loc[:-1]}
        out.append(item)
    return out


def _one(item: Any, doc: YamlDoc, model: type[BaseModel]) -> Problem:
    loc: YamlPath = tuple(part for part in item["loc"] if not _is_union_tag(part))
    kind: str = item["type"]
    where = dotted(loc)
    if kind == "missing":
        return problem("schema.missing", doc.source(loc[:-1]), where, field=loc[-1])
    if kind == "extra_forbidden":
        allowed = _fields_at(model, loc[:-1])
        hint = difflib.get_close_matches(str(loc[-1]), allowed, n=1)
        code = "schema.unknown_field_hint" if hint else "schema.unknown_field"
        return problem(code, doc.source(loc, key=True), where, field=loc[-1],
                       hint=hint[0] if hint else "", allowed=", ".join(allowed))
    source = doc.source(loc)
    value = _short(item.get("input"))
    if kind == "literal_error":
        expected = str(item.get("ctx", {}).get("expected", "")).replace(" or ", ", ")
        meant = _same_letters(value, expected)
        if meant is not None:  # "hoan thanh": the choice written without its diacritics
            return problem("schema.choice_hint", source, where, value=value, hint=meant)
        return problem("schema.choice", source, where, value=value, expected=expected)
    if kind in ("too_short", "string_too_short"):
        return problem("schema.empty", source, where)
    if kind == "string_pattern_mismatch":
        if "\\d{4}-\\d{2}" in str(item.get("ctx", {}).get("pattern", "")):  # MonthText
            return problem("schema.month_pattern", source, where, value=value)
        return problem("schema.id_pattern", source, where, value=value)
    if kind in ("greater_than_equal", "greater_than"):
        limit = item.get("ctx", {}).get("ge", item.get("ctx", {}).get("gt", ""))
        return problem("schema.too_small", source, where, value=value, limit=limit)
    if kind == "date_or_unknown":
        return problem("schema.date_or_unknown", source, where, value=value)
    base = kind.split("_")[0]
    if base in _TYPE_NAMES and kind.endswith(("_type", "_parsing", "_from_datetime_parsing")):
        return problem("schema.type", source, where, value=value, expected=Term(_TYPE_NAMES[base]))
    return problem("schema.other", source, where, detail=item.get("msg", kind))


def _same_letters(value: str, expected: str) -> str | None:
    """The one choice that ``value`` spells once case and diacritics are set aside."""
    choices = [c.strip().strip("'") for c in expected.split(",")]
    found = [c for c in choices if _bare(c) == _bare(value)]
    return found[0] if len(found) == 1 else None


def _bare(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).lower().split())


def _is_union_tag(part: object) -> bool:
    """pydantic inserts the chosen type's name into locations inside unions; drop it."""
    return isinstance(part, str) and part.endswith("]")


def _short(value: object) -> str:
    text = str(value)
    return text if len(text) <= 60 else text[:57] + "…"


def _fields_at(model: type[BaseModel], loc: YamlPath) -> list[str]:
    """The field names allowed at ``loc``, following the models' annotations."""
    current: Any = model
    for part in loc:
        if isinstance(part, int):
            continue
        field = current.model_fields.get(part) if _is_model(current) else None
        if field is None:
            return []
        current = _inner_model(field.annotation)
    return list(current.model_fields) if _is_model(current) else []


def _is_model(tp: Any) -> bool:
    return isinstance(tp, type) and issubclass(tp, BaseModel)


def _inner_model(annotation: Any) -> Any:
    """The model inside ``tuple[X, ...]``, ``X | None`` and ``Annotated[X, ...]``."""
    if _is_model(annotation):
        return annotation
    origin = typing.get_origin(annotation)
    if origin in (tuple, list, typing.Union, types.UnionType, typing.Annotated):
        for arg in typing.get_args(annotation):
            found = _inner_model(arg)
            if found is not None:
                return found
    return None
