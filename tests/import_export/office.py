"""LibreOffice as the independent reader of our workbooks (headless, own profile per call)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

#: Export every sheet (last option -1) as UTF-8 (76) comma-separated text, raw values.
ALL_SHEETS_CSV = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"
#: The same with the ninth option on: cell contents as shown (number formats applied).
ALL_SHEETS_CSV_AS_SHOWN = (
    "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1"
)


def convert_all_sheets_to_csv(
    workbook: Path, outdir: Path, *, as_shown: bool = False
) -> dict[str, str]:
    """Sheet name -> CSV text as LibreOffice reads the workbook (``as_shown``: formatted as a
    reader sees the cells). Each call gets its own profile folder: two runs sharing one profile
    can exit 0 without writing anything."""
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.fail("LibreOffice (soffice) is not installed; .ci/run installs it")
    profile = outdir / "lo-profile"
    outdir.mkdir(parents=True, exist_ok=True)
    completed = subprocess.run(
        [
            soffice,
            "--headless",
            "--norestore",
            f"-env:UserInstallation={profile.as_uri()}",
            "--convert-to",
            ALL_SHEETS_CSV_AS_SHOWN if as_shown else ALL_SHEETS_CSV,
            "--outdir",
            str(outdir),
            str(workbook),
        ],
        capture_output=True,
        text=True,
        timeout=180,
    )
    found = {
        path.stem.removeprefix(workbook.stem + "-"): path.read_text(encoding="utf-8")
        for path in outdir.glob(f"{workbook.stem}*.csv")
    }
    assert found, f"LibreOffice wrote nothing: {completed.stdout}\n{completed.stderr}"
    return found


def convert_to_pdf(workbook: Path, outdir: Path) -> Path:
    """The workbook printed by LibreOffice (every sheet, with the workbook's print setup)."""
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.fail("LibreOffice (soffice) is not installed; .ci/run installs it")
    profile = outdir / "lo-profile"
    outdir.mkdir(parents=True, exist_ok=True)
    completed = subprocess.run(
        [
            soffice,
            "--headless",
            "--norestore",
            f"-env:UserInstallation={profile.as_uri()}",
            "--convert-to",
            "pdf",
            "--outdir",
            str(outdir),
            str(workbook),
        ],
        capture_output=True,
        text=True,
        timeout=180,
    )
    pdf = outdir / f"{workbook.stem}.pdf"
    assert pdf.exists(), f"LibreOffice wrote no PDF: {completed.stdout}\n{completed.stderr}"
    return pdf
