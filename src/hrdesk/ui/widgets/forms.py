"""What every form dialog shares: a red line for problems and the accept/cancel buttons."""

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from hrdesk.services import settings
from hrdesk.services.actor import PermissionDenied
from hrdesk.services.database import LockedMonthError, StorageError, describe_file_error

log = logging.getLogger(__name__)

# What a service or the disk may refuse for a reason the user can act on: said, never raised.
USER_ERRORS = (ValueError, OSError, PermissionDenied, LockedMonthError, StorageError)

ERROR_COLOUR = "#b00020"  # problems and urgent items, everywhere in the app


def problem_label() -> QLabel:
    label = QLabel()
    label.setStyleSheet(f"color: {ERROR_COLOUR}")
    label.setWordWrap(True)
    return label


def dialog_buttons(
    dialog: QDialog, accept_text: str, on_accept: Callable[[], None], cancel_text: str
) -> QDialogButtonBox:
    """OK (the default: Enter presses it) runs on_accept, which closes the dialog when it succeeds."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(accept_text)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel_text)
    buttons.accepted.connect(on_accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class FormDialog(QDialog):
    """An intro, a form, a red problem line and accept/cancel: accepting runs attempt(), and the
    dialog stays open showing the problem when attempt() returns one. When it succeeds, the
    pages showing the areas in `changes` (ui.operations.Area) refresh."""

    changes: tuple = ()

    def __init__(self, title: str, intro: str, accept_text: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(400)
        layout = QVBoxLayout(self)
        note = QLabel(intro)
        note.setWordWrap(True)
        layout.addWidget(note)
        self.form = QFormLayout()
        layout.addLayout(self.form)
        self.problem = problem_label()
        layout.addWidget(self.problem)
        layout.addWidget(dialog_buttons(self, accept_text, self.submit, self.tr("取消")))

    def submit(self) -> None:
        message = self.attempt()
        if message:
            self.problem.setText(message)
            return
        if self.changes:
            from hrdesk.ui.operations import announce  # operations imports this module

            announce(*self.changes)
        self.accept()

    def attempt(self) -> str:
        """Do the dialog's work; return why it could not be done, or "" when it was."""
        raise NotImplementedError


class ShownSettings:
    """The versions of the settings a form shows, read when it opens: its save is refused,
    naming who changed them and when, if another seat has saved one since (services.settings
    .refuse_if_changed) — a list saved whole would lose what the other seat added."""

    def __init__(self, database, keys: tuple[str, ...]):
        self.seen: dict[str, int] = {}
        if keys:
            with database.sessions() as session:
                self.seen = settings.versions(session, keys)

    def refuse_if_changed(self, session) -> None:
        settings.refuse_if_changed(session, self.seen)


class ServiceDialog(FormDialog):
    """A form whose accept writes through write(session) in one transaction; a refusal from
    the services is shown in the dialog, and nothing is written. A form of settings names
    them in SHOWS, so that a save over another seat's is refused (ShownSettings)."""

    SHOWS: tuple[str, ...] = ()

    def __init__(self, database, actor, title: str, intro: str, parent=None):
        super().__init__(title, intro, self.tr("保存"), parent)
        self.database, self.actor = database, actor
        self.shown = ShownSettings(database, self.SHOWS)

    def attempt(self) -> str:
        try:
            with self.database.sessions.begin() as session:
                self.shown.refuse_if_changed(session)
                self.write(session)
        except USER_ERRORS as error:
            return user_message(error)
        return ""

    def write(self, session) -> None:
        raise NotImplementedError


def user_message(error: Exception) -> str:
    return describe_file_error(error) if isinstance(error, OSError) else str(error)


def attempt(parent: QWidget, title: str, action: Callable[[], Any]) -> Any:
    """Run a user's action; a refusal is shown in a message box and None returned."""
    try:
        return action()
    except USER_ERRORS as error:
        log.warning("%s：%s", title, error)
        QMessageBox.warning(parent, title, user_message(error))
        return None


def attempt_saving(parent: QWidget, title: str, database, change: Callable[[Any], Any]) -> bool:
    """Run change(session) in one transaction; a refusal is shown and False returned."""

    def run() -> bool:
        with database.sessions.begin() as session:
            change(session)
        return True

    return bool(attempt(parent, title, run))
