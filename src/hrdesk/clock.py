"""Today's date for the whole program: the real date, or HRDESK_TODAY (YYYY-MM-DD) when set.

Business code takes `today` as a parameter; only the command line and the window ask this
module, so tests, demos and screenshots can fix the date and never break when the calendar moves.
"""

import os
from datetime import date


def today() -> date:
    fixed = os.environ.get("HRDESK_TODAY", "").strip()
    if not fixed:
        return date.today()
    try:
        return date.fromisoformat(fixed)
    except ValueError:
        raise ValueError(f"HRDESK_TODAY 应为 YYYY-MM-DD 日期，收到“{fixed}”") from None
