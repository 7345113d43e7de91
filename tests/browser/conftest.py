"""A real server on a fresh database for the browser journeys.

The server runs in its own process on its own SQLite file (migrated and loaded with the demo
data the way `make run` does), so browser tests see exactly what a visitor would.

Every browser context a journey opens reports Content-Security-Policy violations (the
console error Chromium logs when the policy refuses a script, style or frame), and a journey
during which any was reported fails: a template that slips in an inline script or a style
attribute is caught here.
"""

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.browser.journeys import CSPViolations, WatchedBrowser

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
def csp_violations() -> CSPViolations:
    return CSPViolations()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item):
    """Fail the journey (not only its teardown) when the policy refused anything in it."""
    violations = getattr(item, "funcargs", {}).get("csp_violations")
    if violations is not None:
        violations.clear()
    try:
        result = yield
    except BaseException as failure:
        if violations:  # they may be why it failed
            failure.add_note(_violations_report(violations))
        raise
    if violations:
        raise AssertionError(_violations_report(violations))
    return result


def _violations_report(violations: CSPViolations) -> str:
    found = list(violations)
    violations.clear()
    return "Content-Security-Policy violations in the browser console:\n" + "\n".join(found)


@pytest.fixture(autouse=True)
def _watch_csp(csp_violations):
    """Every browser test watches for CSP violations (see pytest_runtest_call)."""


@pytest.fixture(scope="package")
def browser(csp_violations):
    """Chromium for this package's journeys, closed after the last of them: Playwright's event
    loop must not outlive them, or the database tests that run next on the same worker would
    find themselves in an async context."""
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
        yield WatchedBrowser(browser, csp_violations)
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context()
    page = context.new_page()
    yield page
    context.close()
