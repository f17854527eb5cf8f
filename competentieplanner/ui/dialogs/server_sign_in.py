"""Signing in to a shared database on a PostgreSQL server: host, port, database, login and the
TLS mode (``sslmode``, ``verify-full`` supported), prefilled from a URL.

The password is never stored in plain text: with the optional ``keyring`` package it goes to the
operating system's credential store (Windows Credential Manager) when the user asks for that;
otherwise it is asked each time. It is never put in the settings or the recent list.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from competentieplanner.ui.widgets.common import Hint

if TYPE_CHECKING:
    from competentieplanner.services.database import ServerAddress

#: As services.database.SSL_MODES (not imported: the window starts without SQLAlchemy).
SSL_MODES = ("verify-full", "verify-ca", "require", "prefer", "disable")
KEYRING_SERVICE = "Competentieplanner"


def _keyring() -> Any | None:
    """The ``keyring`` module when installed (``pip install competentieplanner[keyring]``)."""
    try:
        return importlib.import_module("keyring")
    except ImportError:
        return None


def stored_password(account: str) -> str | None:
    store = _keyring()
    try:
        return store.get_password(KEYRING_SERVICE, account) if store is not None else None
    except Exception:  # noqa: BLE001 (no usable credential store on this machine: ask instead)
        return None


def store_password(account: str, password: str) -> bool:
    store = _keyring()
    if store is None:
        return False
    try:
        store.set_password(KEYRING_SERVICE, account, password)
    except Exception:  # noqa: BLE001
        return False
    return True


class ServerSignInDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, url: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Aanmelden bij de server"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            Hint(
                self.tr(
                    "Een gedeelde database op een PostgreSQL-server. Uw beheerder geeft u de "
                    "gegevens; het wachtwoord wordt nooit als leesbare tekst bewaard."
                ),
                self,
            )
        )
        form = QFormLayout()
        self.host = QLineEdit(self)
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.database = QLineEdit("competentieplanner", self)
        self.login = QLineEdit(self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.sslmode = QComboBox(self)
        for mode in SSL_MODES:
            self.sslmode.addItem(mode, mode)
        self.remember = QCheckBox(self.tr("Wachtwoord onthouden in Windows Referentiebeheer"), self)
        self.remember.setEnabled(_keyring() is not None)
        if _keyring() is None:
            self.remember.setToolTip(self.tr("Niet beschikbaar: het pakket keyring ontbreekt."))
        for label, widget in (
            (self.tr("&Server:"), self.host),
            (self.tr("&Poort:"), self.port),
            (self.tr("&Database:"), self.database),
            (self.tr("&Inlognaam:"), self.login),
            (self.tr("&Wachtwoord:"), self.password),
            (self.tr("&Beveiliging (sslmode):"), self.sslmode),
        ):
            widget.setAccessibleName(label.replace("&", "").rstrip(":"))
            form.addRow(label, widget)
        layout.addLayout(form)
        layout.addWidget(self.remember)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Aanmelden"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for edit in (self.host, self.database, self.login):
            edit.textChanged.connect(self._update)
        if url:
            self.fill_from(url)
        self.login.editingFinished.connect(self._offer_stored_password)
        self._update()

    def fill_from(self, url: str) -> None:
        """Prefill from a URL such as postgresql://jan@server:5432/db?sslmode=verify-full (a
        password in it is ignored: it is not something to keep)."""
        from competentieplanner.services.database import parse_server_address

        address = parse_server_address(url)
        self.host.setText(address.host)
        self.port.setValue(address.port)
        self.database.setText(address.database)
        self.login.setText(address.login)
        self.sslmode.setCurrentIndex(SSL_MODES.index(address.sslmode))
        self._offer_stored_password()

    def address(self) -> ServerAddress:
        from competentieplanner.services.database import ServerAddress

        return ServerAddress(
            host=self.host.text().strip(),
            port=self.port.value(),
            database=self.database.text().strip(),
            login=self.login.text().strip(),
            sslmode=str(self.sslmode.currentData()),
        )

    def account(self) -> str:
        """The credential-store key: login@host:port/database."""
        return f"{self.login.text().strip()}@{self.host.text().strip()}:{self.port.value()}/" + (
            self.database.text().strip()
        )

    def _offer_stored_password(self) -> None:
        if not self.password.text() and (known := stored_password(self.account())):
            self.password.setText(known)

    def _update(self) -> None:
        ready = all(e.text().strip() for e in (self.host, self.database, self.login))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)

    def url(self, *, with_password: bool = True) -> str:
        """The connection URL; with the password (kept in memory only) for opening."""
        from competentieplanner.services.database import server_url

        return server_url(self.address(), self.password.text() if with_password else None)

    def accept(self) -> None:
        if self.remember.isChecked() and self.password.text():
            store_password(self.account(), self.password.text())
        super().accept()
