"""The importer measured on plan 48 against the hand encoding, and its drafts of other plans pinned."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from conftest import REPO, run_cli
from kehoach_cli.reading.loading import load_workspace

SEED = REPO / "tests" / "fixtures" / "seed" / "48-KH-UBND.txt"
DOCS = REPO / "tests" / "fixtures" / "importing"
GOLDEN = REPO / "tests" / "golden" / "importing"


def _draft_workspace(tmp_path: Path, document: Path, *extra: str) -> Path:
    ws = tmp_path / "ws"
    ws.mkdir()
    result = run_cli("import", str(document), "-o", "plans/draft.yaml", *extra, cwd=ws)
    assert result.code == 0, result.stderr
    checked = run_cli("validate", cwd=ws)
    assert checked.code == 0, checked.stdout
    return ws


def _agreement(draft_ws: Path) -> tuple[float, float]:
    hand_ws = Path(draft_ws.parent / "hand")
    (hand_ws / "plans").mkdir(parents=True)
    shutil.copy(REPO / "plans" / "48-KH-UBND.yaml", hand_ws / "plans")
    hand = list(load_workspace(hand_ws).workspace.tasks.values())
    draft = list(load_workspace(draft_ws).workspace.tasks.values())
    pairs_hand = {(t.ref, t.lead[0]) for t in hand}
    pairs_draft = {(t.ref, t.lead[0]) for t in draft}
    times_hand = {(t.ref, t.time.text.casefold()) for t in hand if t.time is not None}
    times_draft = {(t.ref, t.time.text.casefold()) for t in draft if t.time is not None}
    pairs = len(pairs_hand & pairs_draft) / len(pairs_hand)
    times = len(times_hand & times_draft) / len(times_hand)
    print(f"\nplan 48: (clause, lead) {len(pairs_hand & pairs_draft)}/{len(pairs_hand)} = {pairs:.1%}; "
          f"times {len(times_hand & times_draft)}/{len(times_hand)} = {times:.1%}")
    return pairs, times


def test_plan_48_agrees_with_the_hand_encoding(tmp_path: Path) -> None:
    """Units matched through the hand encoding's register (--units), as a workspace would."""
    ws = _draft_workspace(tmp_path, SEED, "--units", str(REPO / "plans" / "48-KH-UBND.yaml"))
    pairs, times = _agreement(ws)
    assert pairs >= 0.9
    assert times >= 0.9


def test_content_is_the_documents_text_verbatim(tmp_path: Path) -> None:
    ws = _draft_workspace(tmp_path, SEED)
    source = SEED.read_text(encoding="utf-8").replace("*", "")
    tasks = load_workspace(ws).workspace.tasks.values()
    for task in tasks:
        for paragraph in task.content.split("\n\n"):
            assert paragraph.removeprefix("- ") in source, (task.ref, paragraph)


def test_plan_48_times_without_a_register(tmp_path: Path) -> None:
    """Without a register the units get new ids, but refs and times must still agree."""
    ws = _draft_workspace(tmp_path, SEED)
    hand_ws = tmp_path / "hand"
    (hand_ws / "plans").mkdir(parents=True)
    shutil.copy(REPO / "plans" / "48-KH-UBND.yaml", hand_ws / "plans")
    hand = {t.ref: t for t in load_workspace(hand_ws).workspace.tasks.values()}
    draft = {t.ref: t for t in load_workspace(ws).workspace.tasks.values()}
    refs = len(hand.keys() & draft.keys()) / len(hand)
    timed = [r for r, t in hand.items() if t.time is not None]
    same = sum(1 for r in timed if r in draft and draft[r].time is not None
               and draft[r].time.text.casefold() == hand[r].time.text.casefold())
    print(f"\nplan 48 without --units: refs {refs:.1%}, times {same}/{len(timed)}")
    assert refs >= 0.9 and same / len(timed) >= 0.9


@pytest.mark.parametrize("name", ["kh-25-tien-yen-bang.docx", "kh-08-dong-hai.pdf",
                                  "kh-12-ha-lau.txt", "kh-35-cam-tay.md"])
def test_drafts_are_pinned_and_valid(tmp_path: Path, name: str) -> None:
    ws = _draft_workspace(tmp_path, DOCS / name)
    text = (ws / "plans" / "draft.yaml").read_text(encoding="utf-8")
    golden = GOLDEN / f"{Path(name).stem}.yaml"
    if os.environ.get("KEHOACH_UPDATE_GOLDEN"):
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(text, encoding="utf-8")
    assert text == golden.read_text(encoding="utf-8")
