"""The README's first commands are the ones CI runs."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _code_blocks(text: str) -> list[str]:
    parts = text.split("```")
    return [parts[i].strip() for i in range(1, len(parts), 2)]


def test_ci_runs_the_readme_test_command() -> None:
    blocks = _code_blocks((ROOT / "README.md").read_text(encoding="utf-8"))
    install_and_start, run_tests = blocks[0], blocks[1]
    assert "competentieplanner" in install_and_start and "pip install" in install_and_start
    assert "pytest" in run_tests
    ci_lines = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert ci_lines[-1].strip() == run_tests
