"""``kehoach schema``: the JSON Schema editors use to autocomplete and check plan files."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from kehoach_cli.messages import t

KINDS = ("plan", "progress", "workspace")


def register(app: typer.Typer) -> None:
    @app.command(help=t("help.schema"))
    def schema(
        kind: str = typer.Option("plan", "--kind", "-k", help=t("help.schema_kind")),
        output: Path = typer.Option(None, "--output", "-o", help=t("help.output")),
    ) -> None:
        from kehoach_cli.problems import FatalError

        if kind not in KINDS:
            raise FatalError("cli.bad_choice", exit_code=2, value=kind, choices=", ".join(KINDS))
        text = json_schema(kind)
        if output is None:
            print(text, end="")
        else:
            from kehoach_cli.editing.fsutil import write_atomic

            write_atomic(output, text.encode("utf-8"))


def json_schema(kind: str) -> str:
    """Draft-07 flavoured (``definitions``), which yaml-language-server understands."""
    from kehoach_cli.reading import fileformat as ff

    models: dict[str, type[ff.Strict]] = {
        "plan": ff.PlanFile, "progress": ff.ProgressFile, "workspace": ff.WorkspaceFile
    }
    model = models[kind]
    schema = model.model_json_schema(ref_template="#/definitions/{model}")
    definitions = schema.pop("$defs", {})
    schema["description"] = t(f"schema.about_{kind}")  # not the model's English docstring
    out = {"$schema": "http://json-schema.org/draft-07/schema#", **schema}
    if definitions:
        out["definitions"] = definitions
    return json.dumps(out, ensure_ascii=False, indent=2) + "\n"
