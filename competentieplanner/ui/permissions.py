"""What the signed-in role may do, applied to the screens: actions the role may not take are
disabled, so nobody meets a refusal they could not have avoided.

The rules are :func:`competentieplanner.domain.access.may`; the database enforces the same on a
server (row-level security, grants), so this is about a clear screen, not about security. A view
hands its editing widgets to :func:`guard` once; when another database (another role) opens,
:class:`Permissions` emits ``changed`` and every guard re-applies.

A guarded button or action stays disabled while the role lacks the right, whatever the screen's
own logic enables (an event filter turns it off again); a guarded table loses its edit triggers.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QListWidgetItem, QWidget

from competentieplanner.domain.access import Action, Role, may

if TYPE_CHECKING:
    from competentieplanner.ui.context import AppContext

Guarded = QWidget | QAction


def _tr(text: str) -> str:
    return QCoreApplication.translate("Permissions", text)


class Permissions(QObject):
    """The role of the open database's login. On the embedded SQLite database there is no
    sign-in: the local user acts as ``hr`` and keeps the reference data (see ``may``)."""

    changed = Signal()

    def __init__(self, role: Role | None = Role.HR, *, embedded: bool = True) -> None:
        super().__init__()
        self.role = role
        self.embedded = embedded

    def set(self, role: Role | None, *, embedded: bool) -> None:
        if (role, embedded) != (self.role, self.embedded):
            self.role, self.embedded = role, embedded
            self.changed.emit()

    def may(self, action: Action) -> bool:
        return may(self.role, action, embedded=self.embedded)

    def refusal(self) -> str:
        """Tooltip of a disabled action."""
        role = self.role.value if self.role is not None else _tr("geen rol")
        return _tr("Uw rol ({role}) mag dit niet.").format(role=role)


class _StayDisabled(QObject):
    """Turns a widget off again when the screen's own logic enables it."""

    def __init__(self, widget: QWidget, allowed: Callable[[], bool]) -> None:
        super().__init__(widget)
        self._allowed = allowed

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if (
            event.type() == QEvent.Type.EnabledChange
            and isinstance(watched, QWidget)
            and watched.isEnabled()
            and not self._allowed()
        ):
            watched.setEnabled(False)
        return False


def guard(context: AppContext, action: Action, *targets: Guarded) -> None:
    """Keep ``targets`` (buttons, menu actions, cards of fields, editable tables) disabled while
    the role may not take ``action``."""
    permissions = context.permissions

    def allowed() -> bool:
        return permissions.may(action)

    triggers: dict[int, QAbstractItemView.EditTrigger] = {}
    tips: dict[int, str] = {}

    def apply() -> None:
        ok = allowed()
        for target in targets:
            if isinstance(target, QAbstractItemView):
                key = id(target)
                triggers.setdefault(key, target.editTriggers())
                target.setEditTriggers(
                    triggers[key] if ok else QAbstractItemView.EditTrigger.NoEditTriggers
                )
                continue
            tips.setdefault(id(target), target.toolTip())
            if not ok:
                target.setEnabled(False)
                target.setToolTip(permissions.refusal())
            else:  # the screens reload after a database switch and set their own state again
                target.setToolTip(tips[id(target)])
                target.setEnabled(True)

    for target in targets:
        if isinstance(target, QAction):
            target.changed.connect(lambda t=target: _keep_action_off(t, allowed))
        elif not isinstance(target, QAbstractItemView):
            target.installEventFilter(_StayDisabled(target, allowed))
    permissions.changed.connect(apply)
    apply()


def _keep_action_off(target: QAction, allowed: Callable[[], bool]) -> None:
    if target.isEnabled() and not allowed():
        target.setEnabled(False)


def guard_listing(context: AppContext, action: Action, item: QListWidgetItem) -> None:
    """Hide a navigation entry (a screen) from roles that may not take ``action``."""
    permissions = context.permissions

    def apply() -> None:
        item.setHidden(not permissions.may(action))
        listing = item.listWidget()
        current = listing.currentItem() if listing is not None else None
        if listing is not None and current is not None and current.isHidden():
            visible = [row for row in range(listing.count()) if not listing.item(row).isHidden()]
            if visible:  # the screen on show went away with the new role: show the first one
                listing.setCurrentRow(visible[0])

    permissions.changed.connect(apply)
    apply()


def guard_menu_entry(context: AppContext, action: Action, entry: QAction) -> None:
    """Hide a menu entry (a screen's entry in Beeld) from roles that may not take ``action``."""
    permissions = context.permissions

    def apply() -> None:
        entry.setVisible(permissions.may(action))

    permissions.changed.connect(apply)
    apply()
