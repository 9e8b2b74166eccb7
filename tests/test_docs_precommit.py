"""The README's pre-commit configuration for a workspace in a subfolder does what it says:
the hook's entry with those ``args``, run from the repository's root, validates the
subfolder, and its ``files`` pattern matches the subfolder's plan and progress files only."""

from __future__ import annotations

import re
import shlex
import shutil
from pathlib import Path

import yaml

from conftest import REPO, run_cli

FIXTURE = Path(__file__).parent / "fixtures" / "queries"
YAML_BLOCK = re.compile(r"```yaml\n(.*?)```", re.DOTALL)


def subfolder_hook() -> dict[str, object]:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    for block in YAML_BLOCK.findall(text):
        config = yaml.safe_load(block)
        if isinstance(config, dict) and "repos" in config:
            hook = config["repos"][0]["hooks"][0]
            if "args" in hook:
                return dict(hook)
    raise AssertionError("no pre-commit configuration with args in the README")


def test_subfolder_hook_validates_the_subfolder(tmp_path: Path) -> None:
    hook = subfolder_hook()
    ours = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))[0]
    assert hook["id"] == ours["id"] and ours["pass_filenames"] is False
    args = [str(a) for a in hook["args"]]  # type: ignore[attr-defined]
    folder = args[args.index("-w") + 1]
    shutil.copytree(FIXTURE, tmp_path / folder)
    entry = shlex.split(str(ours["entry"]))
    assert entry[0] == "kehoach"
    result = run_cli(*entry[1:], *args, cwd=tmp_path)
    assert (result.code, result.stderr) == (0, "")
    broken = tmp_path / folder / "plans" / "kh-thu.yaml"
    broken.write_text(broken.read_text(encoding="utf-8").replace("lead: [ban-qlda]",
                                                                 "lead: [ban-qlda-x]"),
                      encoding="utf-8")
    assert run_cli(*entry[1:], *args, cwd=tmp_path).code == 1


def test_subfolder_files_pattern() -> None:
    hook = subfolder_hook()
    folder = str(hook["args"][1])  # type: ignore[index]
    pattern = re.compile(str(hook["files"]))
    for path in ("kehoach.yaml", "plans/kh.yaml", "progress/2023-08/phong-a.yaml"):
        assert pattern.search(f"{folder}/{path}"), path
        assert not pattern.search(path), path
    assert not pattern.search(f"{folder}/README.md")
