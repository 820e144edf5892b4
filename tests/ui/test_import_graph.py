"""The studio drawing of ``ui/`` shows no circle: ``scripts/ui_import_graph.py`` finds no cycle,
counting the imports made only for the type checker too (they still tie two modules)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("runtime_only", [False, True], ids=["with type-only", "runtime"])
def test_the_ui_import_graph_has_no_cycle(runtime_only: bool) -> None:
    command = [sys.executable, str(ROOT / "scripts" / "ui_import_graph.py"), "--verbose"]
    if runtime_only:
        command.append("--runtime")
    environment = {**os.environ, "PYTHONPATH": str(ROOT)}  # this checkout's package
    result = subprocess.run(
        command, cwd=ROOT, env=environment, capture_output=True, text=True, check=True
    )
    assert "components with a cycle: 0; modules in them: 0" in result.stdout, result.stdout
    assert "between independent screen folders: 0" in result.stdout
