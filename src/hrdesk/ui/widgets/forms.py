"""What every form dialog shares: a red line for problems and the accept/cancel buttons."""

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout

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
    dialog stays open showing the problem when attempt() returns one."""

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
        else:
            self.accept()

    def attempt(self) -> str:
        """Do the dialog's work; return why it could not be done, or "" when it was."""
        raise NotImplementedError
