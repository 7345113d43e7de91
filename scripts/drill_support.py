"""What the operational drills (scripts/drill_two_nodes.py, scripts/drill_faults.py) share: a
scratch PostgreSQL database, the production environment, gunicorn nodes and an HTTP client that
behaves like a browser behind the reverse proxy.

The drills are not benchmarks: they assert behaviour (sessions, rate limits, caches, media,
lost answers), never speed. They run against their own database ``drill_*`` (created from a
migrated template ``drill_template_<hash of the migrations>``, so only the first run migrates),
Redis database 8 (flushed at the start) and a media directory of their own.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import secrets
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import psycopg
import requests
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

REPO_ROOT = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"
POSTGRES_SERVER = os.environ.get(
    "DRILL_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/postgres"
)
REDIS_URL = os.environ.get("DRILL_REDIS_URL", "redis://127.0.0.1:6379/8")
STARTUP_TIMEOUT = 90.0


class DrillFailed(AssertionError):
    """A drill's check did not hold."""


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S', time.gmtime())} UTC] {message}", flush=True)


def check(condition: bool, message: str) -> None:
    if not condition:
        raise DrillFailed(message)
    log(f"ok: {message}")


# --- PostgreSQL -------------------------------------------------------------------------------


def _server_connection() -> psycopg.Connection:
    return psycopg.connect(POSTGRES_SERVER, autocommit=True)


def database_url(name: str) -> str:
    parts = urllib.parse.urlsplit(POSTGRES_SERVER)
    return urllib.parse.urlunsplit(parts._replace(path=f"/{name}"))


def _migrations_hash() -> str:
    digest = hashlib.sha256()
    for path in sorted(REPO_ROOT.glob("*/migrations/*.py")):
        digest.update(str(path.relative_to(REPO_ROOT)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def run_manage(env: dict[str, str], *args: str, timeout: float = 900) -> str:
    completed = subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", *args],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    if completed.returncode != 0:
        raise DrillFailed(
            f"manage.py {' '.join(args)} failed:\n"
            f"{completed.stdout[-2000:]}{completed.stderr[-4000:]}"
        )
    return completed.stdout


@contextlib.contextmanager
def scratch_database(env_for: callable) -> Iterator[str]:
    """A new database drill_<random>, migrated, dropped afterwards. ``env_for(url)`` gives the
    environment to migrate with."""
    template = f"drill_template_{_migrations_hash()}"
    name = f"drill_{secrets.token_hex(5)}"
    with _server_connection() as server:
        exists = server.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [template]
        ).fetchone()
        if not exists:
            log(f"migrating a new template database {template} (once per set of migrations)")
            for (stale,) in server.execute(
                "SELECT datname FROM pg_database WHERE datname LIKE 'drill\\_template\\_%%'"
            ).fetchall():
                server.execute(f'DROP DATABASE IF EXISTS "{stale}" WITH (FORCE)')
            building = f"drill_build_{secrets.token_hex(5)}"
            server.execute(f'CREATE DATABASE "{building}"')
            try:
                run_manage(env_for(database_url(building)), "migrate", "--noinput", "-v", "0")
                server.execute(f'ALTER DATABASE "{building}" RENAME TO "{template}"')
            except BaseException:
                server.execute(f'DROP DATABASE IF EXISTS "{building}" WITH (FORCE)')
                raise
        server.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    log(f"database {name} (from {template})")
    try:
        yield database_url(name)
    finally:
        with _server_connection() as server:
            server.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def flush_redis() -> None:
    import redis

    redis.Redis.from_url(REDIS_URL).flushdb()


# --- Environment ------------------------------------------------------------------------------


@dataclass
class DrillSite:
    """What every node and the drill's own Django process share."""

    work: Path
    secret_key: str = field(default_factory=lambda: secrets.token_urlsafe(50))
    database_url: str = ""

    @property
    def database_name(self) -> str:
        return urllib.parse.urlsplit(self.database_url).path.lstrip("/")

    @property
    def media_root(self) -> Path:
        return self.work / "media"

    @property
    def signing_key_path(self) -> Path:
        return self.work / "issuer-key.pem"

    def write_signing_key(self) -> None:
        pem = Ed25519PrivateKey.generate().private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        self.signing_key_path.write_bytes(pem)
        self.signing_key_path.chmod(0o600)

    def environment(self, database_url: str | None = None) -> dict[str, str]:
        """The production settings, as docs/deployment.md configures them, on loopback."""
        env = os.environ.copy()
        env.update(
            {
                "DJANGO_SETTINGS_MODULE": "config.settings.production",
                "SECRET_KEY": self.secret_key,
                "ALLOWED_HOSTS": HOST,
                "DATABASE_URL": database_url or self.database_url,
                "REDIS_URL": REDIS_URL,
                "SITE_BASE_URL": f"http://{HOST}",
                "SECURE_SSL_REDIRECT": "false",
                "MEDIA_ROOT": str(self.media_root),
                "CREDENTIAL_SIGNING_KEY": str(self.signing_key_path),
                "TRUSTED_PROXY_COUNT": "1",
                "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
                "PYTHONUNBUFFERED": "1",
            }
        )
        return env


@contextlib.contextmanager
def drill_site() -> Iterator[DrillSite]:
    with tempfile.TemporaryDirectory(prefix="cphub-drill-") as work:
        site = DrillSite(work=Path(work))
        site.media_root.mkdir()
        site.write_signing_key()
        flush_redis()
        with scratch_database(site.environment) as url:
            site.database_url = url
            if not static_files_current():
                run_manage(site.environment(), "collectstatic", "--noinput", "-v", "0")
            yield site


def static_files_current() -> bool:
    """Whether staticfiles/ (whitenoise's manifest) is newer than every static source file of
    the repository: collecting again takes most of a minute on a busy 2-core machine."""
    manifest = REPO_ROOT / "staticfiles" / "staticfiles.json"
    if not manifest.is_file():
        return False
    collected = manifest.stat().st_mtime
    sources = [*REPO_ROOT.glob("*/static/**/*"), REPO_ROOT / "requirements.txt"]
    return all(path.stat().st_mtime < collected for path in sources if path.is_file())


def setup_django(site: DrillSite) -> None:
    """Run this process's Django on the drill's database, as one more node would (the way a
    management command or the task worker does)."""
    os.environ.update(site.environment())
    sys.path.insert(0, str(REPO_ROOT))
    import django

    django.setup()


# --- gunicorn ---------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


class Node:
    """One app server: gunicorn with the repository's gunicorn.conf.py and production settings
    on a port of its own."""

    def __init__(self, name: str, site: DrillSite, *, workers: int = 2, threads: int = 1):
        self.name = name
        self.site = site
        self.port = free_port()
        self.workers = workers
        self.threads = threads
        self.log_path = site.work / f"gunicorn-{name}.log"
        self.process: subprocess.Popen | None = None

    @property
    def base_url(self) -> str:
        return f"http://{HOST}:{self.port}"

    def start(self) -> None:
        env = self.site.environment()
        env["GUNICORN_THREADS"] = str(self.threads)
        command = [
            sys.executable,
            "-m",
            "gunicorn",
            "--config",
            str(REPO_ROOT / "gunicorn.conf.py"),
            "--bind",
            f"{HOST}:{self.port}",
            "--workers",
            str(self.workers),
            "--max-requests",
            "0",
            "--no-control-socket",
            "config.wsgi:application",
        ]
        self._log = self.log_path.open("wb")
        self.process = subprocess.Popen(  # noqa: S603
            command,
            cwd=REPO_ROOT,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=self._log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        deadline = time.monotonic() + STARTUP_TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise DrillFailed(f"node {self.name} exited:\n{self.log_tail()}")
            try:
                if requests.get(f"{self.base_url}/healthz", timeout=2).status_code == 200:
                    log(f"node {self.name} up on port {self.port} ({self.workers} workers)")
                    return
            except requests.RequestException:
                pass
            time.sleep(0.3)
        raise DrillFailed(f"node {self.name} did not answer /healthz:\n{self.log_tail()}")

    def worker_pids(self) -> list[int]:
        pids = []
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = stat.read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == self.process.pid:
                pids.append(int(stat.parent.name))
        return sorted(pids)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=35)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=10)
        if getattr(self, "_log", None) is not None:
            self._log.close()

    def log_tail(self, limit: int = 4000) -> str:
        try:
            return self.log_path.read_text(errors="replace")[-limit:]
        except OSError:
            return ""

    def __enter__(self) -> Node:
        self.start()
        return self

    def __exit__(self, *exc_info) -> None:
        self.stop()


# --- A browser behind the proxy ---------------------------------------------------------------


class Browser(requests.Session):
    """Cookies shared by every node (one site behind a load balancer), and the headers the
    reverse proxy adds: the request came over HTTPS, from this client address."""

    def __init__(self, client_address: str = "203.0.113.10") -> None:
        super().__init__()
        self.client_address = client_address
        self.headers.update(
            {
                "X-Forwarded-Proto": "https",
                "X-Forwarded-For": client_address,
                "User-Agent": "cphub-drill/1",
            }
        )

    def request(self, method, url, *args, **kwargs):
        headers = kwargs.pop("headers", None) or {}
        if method.upper() not in ("GET", "HEAD"):
            # What a browser sends with a form post; Django checks it on HTTPS requests.
            parts = urllib.parse.urlsplit(url)
            headers.setdefault("Origin", f"https://{parts.netloc}")
            headers.setdefault("Referer", f"https://{parts.netloc}/")
            token = self.cookie("csrftoken")
            if token:
                headers.setdefault("X-CSRFToken", token)
        # Every redirect is checked, not followed: requests' get() would follow by default.
        kwargs["allow_redirects"] = kwargs.pop("follow", False)
        kwargs.setdefault("timeout", 30)
        response = super().request(method, url, *args, headers=headers, **kwargs)
        # Production cookies are Secure; behind the drill's "proxy" the hop is plain HTTP.
        for cookie in self.cookies:
            cookie.secure = False
        return response

    def cookie(self, name: str) -> str | None:
        """The cookie's value (the last one set, whichever domain form it was stored under)."""
        values = [cookie.value for cookie in self.cookies if cookie.name == name]
        return values[-1] if values else None
