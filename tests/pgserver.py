"""A throwaway PostgreSQL server for the tests: a fresh cluster in a temporary folder, reached through a Unix
socket in that folder (no TCP), UTF-8 with Unicode case rules.

It uses the machine's PostgreSQL binaries (Debian's ``postgresql`` package, which ``make test`` installs when
missing). PostgreSQL refuses to run as root, so under root the server runs as the ``postgres`` user.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
import tempfile
from pathlib import Path


def _bindir() -> Path | None:
    for found in sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]),
                        reverse=True):
        return Path(found).parent
    initdb = shutil.which("initdb")
    return Path(os.path.realpath(initdb)).parent if initdb else None


def unavailable() -> str | None:
    """Why no server can be started here, or None."""
    if _bindir() is None:
        return "PostgreSQL is not installed (make test installs Debian's postgresql)"
    if os.geteuid() == 0:
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            return "running as root and there is no postgres user to run PostgreSQL as"
        if shutil.which("runuser") is None:
            return "running as root without runuser"
    return None


class PostgresServer:
    """``with PostgresServer() as pg: pg.new_database()`` gives the URL of an empty database."""

    def __init__(self):
        self.bindir = _bindir()
        self.folder = Path(tempfile.mkdtemp(prefix="storycheck-pg-"))
        self.port = 5432  # it only names the socket file, in a folder of this server's own
        self._databases = 0
        self._as = []
        if os.geteuid() == 0:
            user = pwd.getpwnam("postgres")
            os.chown(self.folder, user.pw_uid, user.pw_gid)
            self._as = ["runuser", "-u", "postgres", "--"]

    def _run(self, *args: str) -> None:
        subprocess.run([*self._as, *args], check=True, capture_output=True, timeout=120, cwd=self.folder)

    def __enter__(self) -> "PostgresServer":
        data = self.folder / "data"
        try:
            self._run(str(self.bindir / "initdb"), "-D", str(data), "-A", "trust", "-U", "storycheck", "-E", "UTF8",
                      "--locale=C.UTF-8", "--no-sync")
            # no TCP at all: a Unix socket in the private folder, so only its owner (and root) can connect
            options = f"-p {self.port} -k {self.folder} -c listen_addresses='' -c fsync=off"
            self._run(str(self.bindir / "pg_ctl"), "-D", str(data), "-l", str(self.folder / "log"), "-w", "-t",
                      "60", "-o", options, "start")
        except BaseException:
            self.__exit__()
            raise
        return self

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://storycheck@/{database}?host={self.folder}&port={self.port}"

    def new_database(self) -> str:
        import psycopg

        self._databases += 1
        name = f"test{self._databases}"
        with psycopg.connect(self.url(), autocommit=True) as admin:
            admin.execute(f"CREATE DATABASE {name}")
        return self.url(name)

    def __exit__(self, *exc) -> None:
        try:
            if (self.folder / "data" / "postmaster.pid").exists():
                self._run(str(self.bindir / "pg_ctl"), "-D", str(self.folder / "data"), "-m", "immediate", "stop")
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)
