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


def test_installs_and_the_build_use_the_constraints() -> None:
    """constraints.txt bounds what CI, a developer and the installer build get."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = _code_blocks(readme)
    assert "pip install -c constraints.txt" in blocks[0]
    assert "pip install -c constraints.txt" in blocks[1]
    assert "pip install -c constraints.txt -e '.[build]' && pyinstaller build_installer.spec" in (
        readme
    )
    spec = (ROOT / "build_installer.spec").read_text(encoding="utf-8")
    assert "pip install -c constraints.txt -e '.[build]'" in spec


def test_installed_libraries_respect_the_constraints() -> None:
    from importlib import metadata

    from packaging.requirements import Requirement
    from packaging.version import Version

    lines = (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines()
    requirements = [Requirement(line.split(" #")[0].strip()) for line in lines
                    if line.strip() and not line.startswith("#")]
    names = {r.name.lower() for r in requirements}
    expected = {"openpyxl", "xlsxwriter", "reportlab", "sqlalchemy", "alembic", "highspy",
                "pyside6-essentials", "ruff", "mypy", "babel", "pytest-xdist"}
    assert names == expected
    for requirement in requirements:
        if requirement.marker is None or requirement.marker.evaluate():
            installed = Version(metadata.version(requirement.name))
            assert installed in requirement.specifier, str(requirement)
            assert any(s.operator in ("<", "<=", "~=", "==") for s in requirement.specifier)


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
