"""The log file (日志): rotating, in the user's log folder, where every traceback goes."""

import logging
import os
from logging.handlers import RotatingFileHandler
from pathlib import Path

import platformdirs

from hrdesk import APP_NAME

LOG_FILE_NAME = "hrdesk.log"


def log_folder() -> Path:
    override = os.environ.get("HRDESK_LOG_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def log_file() -> Path:
    return log_folder() / LOG_FILE_NAME


def setup_logging() -> Path:
    """Send every log record to the rotating file; returns the file's path."""
    path = log_file()
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, "hrdesk_log", False)]:
        if Path(handler.baseFilename) == path.absolute():
            return path
        root.removeHandler(handler)  # the log folder moved (HRDESK_LOG_DIR): follow it
        handler.close()
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = RotatingFileHandler(path, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    handler.hrdesk_log = True
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path
