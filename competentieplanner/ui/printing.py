"""Printing a report: the PDF the export writes, rendered page by page onto a QPrinter.

The reports are made once, as PDF (reports/); printing renders those pages (QtPdf) so that what
comes out of the printer is exactly the exported file, in the system's print dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

from competentieplanner.domain.errors import UserError
from competentieplanner.ui.tasks import show_user_error


def _tr(text: str) -> str:
    return QCoreApplication.translate("Printing", text)


def print_pdf(path: Path, printer: QPrinter) -> int:
    """Print every page of the PDF at ``path`` on ``printer``; returns the number of pages."""
    document = QPdfDocument()
    document.load(str(path))
    pages = document.pageCount()
    if document.status() != QPdfDocument.Status.Ready or pages == 0:
        raise UserError(_tr("{name} kan niet worden afgedrukt.").format(name=path.name))
    painter = QPainter()
    if not painter.begin(printer):
        raise UserError(_tr("De printer kan niet worden gestart."))
    try:
        dpi = printer.resolution()
        for index in range(pages):
            if index:
                printer.newPage()
            area = printer.pageLayout().paintRectPixels(dpi)
            points = document.pagePointSize(index)
            # Page size in printer pixels (1 pt = 1/72 inch), scaled to fit the printable area.
            size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
            size = size.scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            image = document.render(index, size)
            painter.drawImage(QRect(0, 0, size.width(), size.height()), image)
    finally:
        painter.end()
        document.close()
    return pages


def open_print_dialog(
    parent: QWidget, printer: QPrinter, path: Path, on_printed: Callable[[int], None]
) -> QPrintDialog:
    """The system's print dialog (window-modal); prints ``path`` when the user confirms."""
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(_tr("Afdrukken"))

    def accepted() -> None:
        try:
            pages = print_pdf(path, printer)
        except UserError as exc:
            show_user_error(parent, _tr("Afdrukken"), exc)
            return
        on_printed(pages)

    dialog.accepted.connect(accepted)
    # QPrintDialog.open() wants a receiver in PySide6; window-modal show() is the same thing.
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
