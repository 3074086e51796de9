"""File names made from data (安全文件名): an employee's name or a customer's code never
chooses where a file goes.

safe_file_name() is the one place a name from data becomes a file name; output_path() joins
it to the folder the clerk chose and refuses anything that would land outside it.
"""

import re
import unicodedata
from pathlib import Path

MAX_LENGTH = 120  # characters: well inside Windows' 255 and a full path's usual limits
# Windows refuses these as a file's name, whatever the extension (CON.pdf is the console).
_RESERVED = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"} | {
    f"{device}{n}" for device in ("COM", "LPT") for n in (*"123456789", "¹", "²", "³")
}
_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')


def _is_control(character: str) -> bool:
    return unicodedata.category(character) in ("Cc", "Cf", "Zl", "Zp")


def safe_file_name(name: str, limit: int = MAX_LENGTH) -> str:
    """A name every system accepts as one file in one folder: separators, control characters
    and Windows' forbidden characters become _, no .., no leading or trailing dot or space,
    no reserved device name (CON, NUL, COM1…), at most limit characters, the suffix kept."""
    cleaned = unicodedata.normalize("NFC", name)
    cleaned = "".join("_" if _is_control(c) else c for c in cleaned)
    cleaned = _FORBIDDEN.sub("_", cleaned)
    cleaned = re.sub(r"\.{2,}", "_", cleaned)
    cleaned = cleaned.strip(" .")
    stem, dot, suffix = cleaned.rpartition(".")
    if not dot or not stem or len(suffix) > 10 or not suffix.isalnum():
        stem, dot, suffix = cleaned, "", ""
    if stem.split(".")[0].strip().upper() in _RESERVED:
        stem = "_" + stem
    room = max(limit - len(dot) - len(suffix), 1)
    stem = stem[:room].rstrip(" .") or "_"
    return f"{stem}{dot}{suffix}"


def output_path(folder: Path, name: str) -> Path:
    """Where a file named from data goes: inside folder, or a refusal (a link pointing away)."""
    target = folder / safe_file_name(name)
    if target.resolve().parent != folder.resolve():
        raise ValueError(f"文件“{target.name}”会写到所选文件夹 {folder} 之外，已拒绝")
    return target
