"""The code stays ruff clean and mypy --strict clean: the suite fails on the first new warning."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_ruff_reports_nothing() -> None:
    out = subprocess.run([sys.executable, "-m", "ruff", "check", "--output-format", "concise", "."], cwd=ROOT,
                         capture_output=True, text=True, check=False)
    assert out.returncode == 0, out.stdout + out.stderr


@pytest.mark.slow
def test_mypy_strict_reports_nothing() -> None:
    env = {"PY": sys.executable, "PATH": "/usr/bin:/bin"}
    out = subprocess.run(["bash", "scripts/typecheck.sh"], cwd=ROOT, env=env, capture_output=True, text=True,
                         check=False)
    assert out.returncode == 0, out.stdout + out.stderr
