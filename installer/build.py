"""Build the one-folder bundle for the machine this runs on: dist/hrdesk/.

    python installer/build.py [--check]

--check then starts the bundled program offscreen on a fresh demo database and checks that
it drew its window and that the migrations ran from inside the bundle.
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
from hrdesk.storage.schema import SCHEMA_HEAD  # noqa: E402  (the head the bundle must reach)

DIST = ROOT / "dist"
BUNDLE = DIST / "hrdesk"


def build() -> None:
    shutil.rmtree(BUNDLE, ignore_errors=True)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(DIST),
            "--workpath",
            str(ROOT / "build" / "pyinstaller"),
            str(ROOT / "installer" / "hrdesk.spec"),
        ],
        check=True,
    )


def check() -> None:
    """The bundled window on a demo database, offscreen: a screenshot and the migration log."""
    program = BUNDLE / ("hrdesk-cmd.exe" if os.name == "nt" else "hrdesk-cmd")
    with tempfile.TemporaryDirectory() as folder:
        screenshot = Path(folder) / "bundle.png"
        logs = Path(folder) / "logs"
        environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", HRDESK_LOG_DIR=str(logs))
        subprocess.run(
            [str(program), "--demo", "--page", "receivables", "--screenshot", str(screenshot)],
            env=environment,
            check=True,
            timeout=300,
        )
        if not screenshot.is_file() or screenshot.stat().st_size < 10_000:
            raise SystemExit("打包检查失败：没有生成截图")
        log = "\n".join(path.read_text(encoding="utf-8") for path in logs.glob("*.log*"))
        if f"升级到 {SCHEMA_HEAD}" not in log:
            raise SystemExit(f"打包检查失败：日志中没有升级到 {SCHEMA_HEAD} 的记录")
        migrations = BUNDLE / "_internal" / "hrdesk" / "storage" / "migrations" / "versions"
        if not any(migrations.glob("0001_*.py")):
            raise SystemExit(f"打包检查失败：{migrations} 中没有迁移脚本")
        english = subprocess.run(
            [str(program), "--lang", "en", "demo-data"],
            env={k: v for k, v in environment.items() if k != "HRDESK_DB"},
            capture_output=True,
            text=True,
            timeout=120,
        )
        if "usage error: demo-data needs --db" not in english.stderr:
            raise SystemExit(
                f"打包检查失败：--lang en 没有说英文（消息目录未打包？）：{english.stderr}"
            )
        print(
            f"打包检查通过：{program}，截图 {screenshot.stat().st_size} 字节，迁移在包内运行，"
            "命令行消息有英文"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description="构建 hrdesk 单目录安装包")
    parser.add_argument("--check", action="store_true", help="构建后启动一次并检查")
    args = parser.parse_args()
    build()
    if args.check:
        check()
    return 0


if __name__ == "__main__":
    sys.exit(main())
