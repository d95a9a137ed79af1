"""The code stays ruff-clean (ruff is a test dependency)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_ruff_is_clean() -> None:
    ruff = shutil.which("ruff", path=str(Path(sys.executable).parent)) or shutil.which("ruff")
    assert ruff, "ruff is installed with the test extras"
    done = subprocess.run([ruff, "check", "scraper", "parsers", "tests", "cassettes"], cwd=ROOT,
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_no_module_constant_is_bound_twice() -> None:
    """A module-level name assigned a second time silently replaces the first for every use above it (ruff does not
    flag constants); each constant of the code is bound once."""
    import ast

    twice = []
    for path in sorted([*ROOT.glob("parsers/*.py"), *ROOT.glob("scraper/*.py")]):
        seen: set[str] = set()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(
                node, ast.AnnAssign) else []
            for name in (target.id for target in targets if isinstance(target, ast.Name)):
                if name in seen:
                    twice.append(f"{path.relative_to(ROOT)}: {name}")
                seen.add(name)
    assert twice == []
