"""A throwaway PostgreSQL cluster for the store and service tests, started once per session.

The cluster lives in a temporary folder, listens on 127.0.0.1 only (and on a unix socket in
that folder), trusts every local connection, and is stopped with ``pg_ctl stop -m immediate``
when the session ends. One database is migrated once and used as a template; each test gets a
fresh copy of it (``CREATE DATABASE … TEMPLATE …``), dropped again after the test.

PostgreSQL's binaries come from Debian's ``postgresql`` package (``/usr/lib/postgresql/*/bin``)
or from ``PATH``; ``DIALOGUETRACKER_PG_BINDIR`` names another folder. Without them the
PostgreSQL runs are skipped on a developer's machine, and fail in CI (``CI`` set), where
``.ci/run`` installs the package.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import psycopg
import pytest

from dialoguetracker.domain.enums import ServerRole
from dialoguetracker.services import Services
from dialoguetracker.services.server_access import grant_role
from dialoguetracker.store.engine import open_store

SUPERUSER = "postgres"
TEMPLATE = "dialoguetracker_template"
TESTER = "tester"
START_TIMEOUT_S = 60
STOP_TIMEOUT_S = 30
MIN_SHM_BYTES = 1 << 30

# Stops the cluster when the test process ends in any way, even killed (its end of the pipe
# closes): argv is the pg_ctl stop command, then the folder to remove.
WATCHDOG = """
import shutil, subprocess, sys
sys.stdin.buffer.read()
try:
    subprocess.run(sys.argv[1:-1], capture_output=True, timeout=%d, check=False)
finally:
    shutil.rmtree(sys.argv[-1], ignore_errors=True)
"""


def find_bindir() -> Path | None:
    """The folder holding initdb, pg_ctl and postgres, newest major version first."""
    named = os.environ.get("DIALOGUETRACKER_PG_BINDIR")
    if named:
        return Path(named) if (Path(named) / "initdb").is_file() else None
    debian = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/initdb"),
        key=lambda path: int(path.parent.parent.name) if path.parent.parent.name.isdigit() else 0,
        reverse=True,
    )
    if debian:
        return debian[0].parent
    on_path = shutil.which("initdb")
    return Path(on_path).resolve().parent if on_path else None


def unavailable_reason() -> str | None:
    """Why the PostgreSQL runs cannot happen here, or None when they can."""
    if find_bindir() is None:
        return (
            "PostgreSQL binaries not found (install Debian's 'postgresql' package, "
            "or set DIALOGUETRACKER_PG_BINDIR)"
        )
    return None


def _cluster_parent() -> str | None:
    """Shared memory when there is room (copying a database there takes ~20 ms instead of
    ~400 ms on disk), else the usual temporary folder."""
    shm = Path("/dev/shm")
    if shm.is_dir() and os.access(shm, os.W_OK | os.X_OK):
        stats = os.statvfs(shm)
        if stats.f_bavail * stats.f_frsize >= MIN_SHM_BYTES:
            return str(shm)
    return None


def _free_loopback_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _run_as() -> list[str]:
    """initdb and postgres refuse to run as root: as root, run them as an unprivileged user."""
    if os.geteuid() != 0:
        return []
    for name in ("postgres", "nobody"):
        with contextlib.suppress(KeyError):
            pwd.getpwnam(name)
            return ["runuser", "-u", name, "--"]
    raise RuntimeError("running as root, and neither a 'postgres' nor a 'nobody' user exists")


def _owner() -> tuple[int, int] | None:
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        with contextlib.suppress(KeyError):
            entry = pwd.getpwnam(name)
            return entry.pw_uid, entry.pw_gid
    return None


@dataclass
class PostgresServer:
    """A running throwaway cluster; :meth:`new_database` hands out fresh migrated databases."""

    bindir: Path
    folder: Path
    port: int
    _names: Iterator[int] = field(default_factory=itertools.count)
    _watchdog: subprocess.Popen[bytes] | None = None

    @property
    def data(self) -> Path:
        return self.folder / "data"

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://{SUPERUSER}@127.0.0.1:{self.port}/{database}"

    def _admin(self) -> psycopg.Connection[tuple[object, ...]]:
        return psycopg.connect(
            host="127.0.0.1", port=self.port, user=SUPERUSER, dbname="postgres", autocommit=True
        )

    def _pg(self, tool: str, *arguments: str, timeout: float) -> None:
        command = [*_run_as(), str(self.bindir / tool), *arguments]
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)
        if done.returncode != 0:
            log = self.folder / "server.log"
            tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            raise RuntimeError(f"{tool} failed ({done.returncode}): {done.stderr}{tail}")

    def start(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        owner = _owner()
        if owner is not None:
            os.chown(self.folder, *owner)
        self._watchdog = subprocess.Popen(
            [sys.executable, "-c", WATCHDOG % STOP_TIMEOUT_S, *self._stop_command(), self.folder],
            stdin=subprocess.PIPE,
            start_new_session=True,
        )
        self._pg(
            "initdb",
            "-D",
            str(self.data),
            "-U",
            SUPERUSER,
            "-A",
            "trust",
            "-E",
            "UTF8",
            "--locale=C",
            "--no-sync",
            timeout=START_TIMEOUT_S,
        )
        options = " ".join(
            [
                "-c listen_addresses=127.0.0.1",
                f"-p {self.port}",
                f"-c unix_socket_directories={self.folder}",
                "-c fsync=off",
                "-c synchronous_commit=off",
                "-c full_page_writes=off",
                "-c max_connections=200",
                "-c TimeZone=UTC",
                "-c dynamic_shared_memory_type=mmap",
            ]
        )
        self._pg(
            "pg_ctl",
            "-D",
            str(self.data),
            "-l",
            str(self.folder / "server.log"),
            "-o",
            options,
            "-w",
            "-t",
            str(START_TIMEOUT_S),
            "start",
            timeout=START_TIMEOUT_S + 10,
        )
        with self._admin() as admin:
            admin.execute(f'CREATE DATABASE "{TEMPLATE}"')
        open_store(self.url(TEMPLATE)).close()
        # The server names every change by its login; the tests' is known by the name the
        # services of a file are given (``Services(actor="tester")``), as an administrator
        # of a store would record it, so one test reads alike on both backends.
        with psycopg.connect(
            host="127.0.0.1", port=self.port, user=SUPERUSER, dbname=TEMPLATE, autocommit=True
        ) as template:
            template.execute(
                "INSERT INTO logins (login, display_name) VALUES (%s, %s)", (SUPERUSER, TESTER)
            )

    def _stop_command(self) -> list[str]:
        return [
            *_run_as(),
            str(self.bindir / "pg_ctl"),
            "-D",
            str(self.data),
            "-m",
            "immediate",
            "-w",
            "-t",
            str(STOP_TIMEOUT_S),
            "stop",
        ]

    def stop(self) -> None:
        """Stop at once (nothing here needs to survive), through the watchdog, bounded."""
        watchdog = self._watchdog
        if watchdog is not None and watchdog.stdin is not None:
            watchdog.stdin.close()
            with contextlib.suppress(subprocess.TimeoutExpired):
                watchdog.wait(timeout=STOP_TIMEOUT_S + 15)
                return
            watchdog.kill()
        with contextlib.suppress(OSError, subprocess.TimeoutExpired):
            subprocess.run(
                self._stop_command(), capture_output=True, timeout=STOP_TIMEOUT_S, check=False
            )
        shutil.rmtree(self.folder, ignore_errors=True)

    def new_login(self, name: str) -> str:
        """A login of the cluster named ``name`` and a number never used before (logins are
        the cluster's, not a database's), holding no role of any store yet."""
        login = f"{name}_{os.getpid()}_{next(self._names)}"
        with self._admin() as admin:
            admin.execute(f'CREATE ROLE "{login}" LOGIN')
        return login

    @contextlib.contextmanager
    def new_database(self) -> Iterator[str]:
        """A fresh copy of the migrated template, as a URL; dropped when the block ends."""
        name = f"test_{os.getpid()}_{next(self._names)}"
        with self._admin() as admin:
            admin.execute(f'CREATE DATABASE "{name}" TEMPLATE "{TEMPLATE}"')
        try:
            yield self.url(name)
        finally:
            with self._admin() as admin:
                admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """The session's cluster: skipped without binaries, except in CI, where that fails."""
    reason = unavailable_reason()
    if reason is not None:
        if os.environ.get("CI"):
            pytest.fail(f"CI must run the PostgreSQL tests: {reason}", pytrace=False)
        pytest.skip(reason)
    bindir = find_bindir()
    assert bindir is not None
    server = PostgresServer(
        bindir,
        Path(tempfile.mkdtemp(prefix="dialoguetracker-pg-", dir=_cluster_parent())),
        _free_loopback_port(),
    )
    try:
        server.start()
        yield server
    finally:
        server.stop()


def as_login(url: str, login: str) -> str:
    """The same database's URL, connecting as ``login``."""
    return url.replace(f"//{SUPERUSER}@", f"//{login}@", 1)


def url_of_a_new(server: PostgresServer, url: str, role: ServerRole, name: str) -> str:
    """The URL of a new login holding ``role`` on the store at ``url``, named ``name`` by the
    store's owner (a server names who acted by the login, with the name its owner gave it)."""
    login = server.new_login(name.split()[0].lower())
    owner = open_store(url)
    try:
        grant_role(Services(owner), login, role, name)
    finally:
        owner.close()
    return as_login(url, login)
