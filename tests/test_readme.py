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


def test_readme_links_resolve_inside_a_clone_and_name_the_manual() -> None:
    """Every relative link points at a file of this repository (no ``../shared``), the user
    manual is linked, and the offscreen tip says what it is for."""
    import re

    text = (ROOT / "README.md").read_text(encoding="utf-8")
    links = re.findall(r"\]\(([^)]+)\)", text) + re.findall(r"`(\.\./[^`]+)`", text)
    relative = [link for link in links if "://" not in link]
    assert "docs/ui.md" in relative
    for link in relative:
        target = (ROOT / link.split("#")[0]).resolve()
        assert target.is_relative_to(ROOT), link
        assert target.exists(), link
    offscreen = text[text.index("`QT_QPA_PLATFORM=offscreen` makes") :].split("\n\n")[0]
    assert "without a display" in offscreen
