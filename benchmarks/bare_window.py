"""The start-up baseline: a bare PySide6 QMainWindow, shown, grabbed to PNG, then exit."""

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1100, 720)
    window.show()

    def grab() -> None:
        QApplication.processEvents()
        window.grab().save(sys.argv[1])
        QApplication.exit(0)

    QTimer.singleShot(0, grab)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
