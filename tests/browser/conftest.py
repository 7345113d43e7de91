"""A real server on a fresh database for the browser journeys.

The server runs in its own process on its own SQLite file (migrated and loaded with the demo
data the way `make run` does), so browser tests see exactly what a visitor would.
"""

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def mail_dir(tmp_path_factory) -> Path:
    """Where the server process writes the emails it sends, one file per message."""
    return tmp_path_factory.mktemp("mail")


@pytest.fixture(scope="session")
def server_database(tmp_path_factory) -> Path:
    """The server's SQLite file, for journeys that must read what a browser cannot see."""
    return tmp_path_factory.mktemp("browser") / "db.sqlite3"


@pytest.fixture(scope="session")
def server_url(server_database, mail_dir):
    database = server_database
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        "DATABASE_URL": f"sqlite:///{database}",
        "TEST_EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend",
        "TEST_EMAIL_FILE_PATH": str(mail_dir),
    }
    manage = [sys.executable, "manage.py"]
    for command in (["migrate", "--noinput", "-v", "0"], ["load_initial_data"]):
        subprocess.run(
            manage + command, cwd=ROOT, env=env, check=True, capture_output=True, timeout=300
        )
    port = _free_port()
    server = subprocess.Popen(
        [*manage, "runserver", f"127.0.0.1:{port}", "--noreload"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{url}/healthz", timeout=2) as response:
                    if response.status == 200:
                        break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise
                time.sleep(0.3)
        yield url
    finally:
        server.terminate()
        server.wait(timeout=20)


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail(
            f"Chromium not found at {CHROMIUM}: install it with `apt-get install chromium` "
            "(make test does this when it can)."
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context()
    page = context.new_page()
    yield page
    context.close()
