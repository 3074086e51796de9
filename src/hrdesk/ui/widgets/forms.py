"""What every form dialog shares: a red line for problems and the accept/cancel buttons."""

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel

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
