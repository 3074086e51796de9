"""A PostgreSQL server as the database: its URL, its password in the OS keyring, pg_dump backups.

A URL names the server, the database and the user (`postgresql+psycopg://user@host/db`);
the password is kept in the OS credential store under that account, never in a file the
office shares or in the URL the status bar shows.
"""

import os
import re
import shutil
import subprocess
from pathlib import Path

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from hrdesk.storage.engine import StorageError
from hrdesk.storage.private import private_file

DRIVER = "postgresql+psycopg"
EXAMPLE = "postgresql+psycopg://用户名@服务器/数据库"


class ServerError(StorageError):
    """The server URL or a server tool cannot be used (message in Chinese)."""


def is_server_url(text: str) -> bool:
    return "://" in text


def parse_server_url(text: str) -> URL:
    """A PostgreSQL URL with the psycopg driver; anything else is refused with an example."""
    try:
        url = make_url(text.strip())
    except ArgumentError:
        raise ServerError(f"无法识别的数据库地址“{text}”；服务器地址应写作 {EXAMPLE}") from None
    if url.get_backend_name() != "postgresql":
        raise ServerError(f"只支持 PostgreSQL 服务器（{url.drivername} 不支持）；应写作 {EXAMPLE}")
    if not (url.host and url.database and url.username):
        raise ServerError(f"服务器地址缺少用户名、主机或数据库名；应写作 {EXAMPLE}")
    url = url.set(drivername=DRIVER)
    try:
        import psycopg  # noqa: F401  (only to say plainly what is missing)
    except ImportError:
        raise ServerError(
            '连接 PostgreSQL 需要驱动：请安装 pip install "hrdesk[postgres]"（Windows 安装包已自带）'
        ) from None
    return url


def account(url: URL) -> str:
    """The name the password is kept under (also a safe file name where there is no keyring)."""
    where = f"{url.username}@{url.host}-{url.port or 5432}-{url.database}"
    return "server-password-" + re.sub(r"[^\w.@-]", "_", where)


def with_stored_password(url: URL, keystore) -> URL:
    """The URL with its password from the credential store when the URL carries none."""
    if url.password:
        return url
    password = keystore.get(account(url))
    return url.set(password=password) if password else url


def remember_password(url: URL, password: str, keystore) -> None:
    keystore.set(account(url), password)


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        raise ServerError(
            f"服务器数据库的备份和恢复需要 PostgreSQL 的 {name} 工具：请安装 PostgreSQL "
            "客户端，并把它的 bin 文件夹加入 PATH"
        )
    return found


def _run(command: list[str], url: URL) -> None:
    environment = dict(os.environ, PGPASSWORD=url.password or os.environ.get("PGPASSWORD", ""))
    finished = subprocess.run(command, env=environment, capture_output=True, text=True)
    if finished.returncode != 0:
        raise ServerError(f"{Path(command[0]).name} 失败：{finished.stderr.strip()[-500:]}")


def _connection_options(url: URL) -> list[str]:
    return [
        f"--host={url.host}",
        f"--port={url.port or 5432}",
        f"--username={url.username}",
        f"--dbname={url.database}",
        "--no-password",
    ]


def dump(url: URL, destination: Path) -> None:
    """pg_dump in its custom format: compressed, and restorable table by table; the file is
    made the owner's alone first (pg_dump keeps the mode of a file it overwrites)."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    private_file(destination)
    _run(
        [_tool("pg_dump"), "--format=custom", f"--file={destination}", *_connection_options(url)],
        url,
    )


def restore(url: URL, source: Path) -> None:
    """pg_restore over the database: its objects are dropped and made again from the dump."""
    _run(
        [
            _tool("pg_restore"),
            "--clean",
            "--if-exists",
            "--single-transaction",
            "--no-owner",
            *_connection_options(url),
            str(source),
        ],
        url,
    )
