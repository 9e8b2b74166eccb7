"""The committed JSON Schemas match the models, so editors never suggest a stale format."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import REPO, run_cli
from kehoach_cli.cli.cmd_schema import KINDS, json_schema


@pytest.mark.parametrize("kind", KINDS)
def test_committed_schema_is_in_sync(kind: str) -> None:
    committed = (REPO / "schema" / f"{kind}.schema.json").read_text(encoding="utf-8")
    assert committed == json_schema(kind), f"run: kehoach schema --kind {kind} -o schema/{kind}.schema.json"


@pytest.mark.parametrize("kind", KINDS)
def test_schema_is_draft07_shaped(kind: str) -> None:
    schema = json.loads(json_schema(kind))
    assert schema["$schema"] == "http://json-schema.org/draft-07/schema#"
    assert "$defs" not in json.dumps(schema)
    refs = [v for v in _walk(schema) if isinstance(v, str) and v.startswith("#/")]
    assert all(ref.removeprefix("#/definitions/") in schema["definitions"] for ref in refs)
    assert schema["additionalProperties"] is False


def _walk(node: object) -> list[object]:
    if isinstance(node, dict):
        return [x for k, v in node.items() for x in ([v] if k == "$ref" else _walk(v))]
    if isinstance(node, list):
        return [x for v in node for x in _walk(v)]
    return []


def test_schema_command_prints_and_writes(tmp_path: Path) -> None:
    printed = run_cli("schema")
    assert printed.code == 0 and json.loads(printed.stdout)["title"] == "PlanFile"
    out = tmp_path / "p.json"
    assert run_cli("schema", "--kind", "progress", "-o", str(out)).code == 0
    assert json.loads(out.read_text(encoding="utf-8"))["title"] == "ProgressFile"
    bad = run_cli("schema", "--kind", "nope")
    assert bad.code == 2 and "nope" in bad.stderr and "Traceback" not in bad.stderr


@pytest.mark.parametrize("kind", KINDS)
def test_top_level_description_is_vietnamese(kind: str) -> None:
    description = json.loads(run_cli("schema", "--kind", kind).stdout)["description"]
    assert description.startswith("Tệp" if kind != "progress" else "Báo cáo tiến độ")
    assert "``" not in description
