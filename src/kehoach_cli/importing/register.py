"""The unit register names are matched against: ``--units FILE_OR_PLAN`` or the workspace's plans.

A register inside the workspace the draft is written to is only referred to (its units are
already defined there); a register from elsewhere is copied into the draft for the units used.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import ValidationError

from kehoach_cli.importing.unitnames import Unit
from kehoach_cli.problems import FatalError
from kehoach_cli.reading import fileformat as ff
from kehoach_cli.reading.yamlread import read_yaml


def read_register(path: Path, external: bool) -> list[Unit]:
    """The units and groups of one plan file; a file that does not read is a fatal error."""
    doc, problems = read_yaml(path, str(path))
    if doc is None or not isinstance(doc.data, dict):
        raise FatalError("import.bad_units", exit_code=2, path=str(path), count=max(1, len(problems)))
    try:
        plan = ff.PlanFile.model_validate(doc.data)
    except ValidationError as err:
        raise FatalError("import.bad_units", exit_code=2, path=str(path), count=err.error_count()) from None
    units = [Unit(u.id, u.name, [u.short, *u.aliases] if u.short else list(u.aliases), u.relation,
                  known=True, external=external) for u in plan.units]
    groups = [Unit(g.id, g.name, [g.short, *g.aliases] if g.short else list(g.aliases),
                   members=list(g.members), group=True, known=True, external=external)
              for g in plan.groups]
    return units + groups


def workspace_register(root: Path) -> list[Unit]:
    """Every unit the workspace's plan files define (files that do not read are skipped)."""
    out: list[Unit] = []
    for path in sorted((root / "plans").glob("*.y*ml")):
        try:
            out += read_register(path, external=True)
        except FatalError:
            continue
    return out
