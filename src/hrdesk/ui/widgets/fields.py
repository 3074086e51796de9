"""Input fields that keep amounts exact (Decimal) and dates optional, for every form."""

from datetime import date
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QDate, QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QDateEdit, QLineEdit

from hrdesk import clock
from hrdesk.domain.money import percent

_MONEY = QRegularExpression(r"^-?[0-9,]{0,12}(\.[0-9]{0,2})?$")
_RATE = QRegularExpression(r"^[0-9]{0,3}(\.[0-9]{0,4})?%?$")
_EMPTY_DATE = QDate(1900, 1, 1)


class MoneyEdit(QLineEdit):
    """元 with at most two decimals; empty means "not set"."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setValidator(QRegularExpressionValidator(_MONEY, self))
        self.setPlaceholderText("0.00")

    def amount(self) -> Decimal | None:
        cleaned = self.text().replace(",", "").strip()
        try:
            return Decimal(cleaned) if cleaned else None
        except InvalidOperation:
            return None

    def set_amount(self, amount: Decimal | None) -> None:
        self.setText("" if amount is None else f"{amount:.2f}")


class RateEdit(QLineEdit):
    """A rate typed as a percentage (7 or 7%); empty means "not set"."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setValidator(QRegularExpressionValidator(_RATE, self))
        self.setPlaceholderText("%")

    def rate(self) -> Decimal | None:
        cleaned = self.text().rstrip("%").strip()
        try:
            return (Decimal(cleaned) / 100).normalize() if cleaned else None
        except InvalidOperation:
            return None

    def set_rate(self, rate: Decimal | None) -> None:
        self.setText("" if rate is None else f"{percent(rate)}%")


class DateEdit(QDateEdit):
    """A date with a calendar, shown as 2026-01-05."""

    def __init__(self, parent=None, optional: bool = False):
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.optional = optional
        if optional:
            self.setMinimumDate(_EMPTY_DATE)
            self.setSpecialValueText(" ")  # the minimum shows as blank: "no date"
            self.setDate(_EMPTY_DATE)
        else:
            today = clock.today()
            self.setDate(QDate(today.year, today.month, today.day))

    def value(self) -> date | None:
        chosen = self.date()
        if self.optional and chosen == _EMPTY_DATE:
            return None
        return date(chosen.year(), chosen.month(), chosen.day())

    def set_value(self, day: date | None) -> None:
        self.setDate(_EMPTY_DATE if day is None else QDate(day.year, day.month, day.day))
