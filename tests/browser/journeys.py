"""Steps shared by the browser journeys."""

import re
import uuid

# How Chromium words a Content-Security-Policy refusal in the console ("Refused to execute
# inline script because it violates the following Content Security Policy directive: ...").
CSP_VIOLATION = re.compile(r"Content[ -]Security[ -]Policy", re.IGNORECASE)


class CSPViolations(list):
    """Every Content-Security-Policy violation any watched browser context reports."""

    def watch(self, context) -> None:
        context.on("console", self._console)

    def _console(self, message) -> None:
        if message.type == "error" and CSP_VIOLATION.search(message.text):
            where = (message.location or {}).get("url", "")
            self.append(f"{where}: {message.text}")


class WatchedBrowser:
    """The Playwright browser, except that every context it opens reports CSP violations.
    Journeys open their own contexts (a second user, a phone); each is watched."""

    def __init__(self, browser, violations: CSPViolations):
        self._browser = browser
        self._violations = violations

    def new_context(self, **options):
        context = self._browser.new_context(**options)
        self._violations.watch(context)
        return context

    def new_page(self, **options):
        page = self._browser.new_page(**options)
        self._violations.watch(page.context)
        return page

    def __getattr__(self, name):
        return getattr(self._browser, name)


FIRST_LESSON_HREF = (
    "Array.from(document.querySelectorAll('main a'))"
    ".map(a => a.getAttribute('href'))"
    ".find(href => /\\/module-\\d+\\/[^/]+\\/$/.test(href || ''))"
)


def confirmation_path(mail_dir, address: str) -> str:
    for message in sorted(mail_dir.iterdir()):
        text = message.read_text(encoding="utf-8")
        if address in text:
            match = re.search(r"https?://[^/\s]+(/\S*accounts/confirm-email/\S+/)", text)
            if match:
                return match.group(1)
    raise AssertionError(f"no confirmation email for {address}")


def progress_value(page) -> int:
    bar = page.locator("main [role=progressbar], main progress").first
    value = bar.get_attribute("aria-valuenow") or bar.get_attribute("value")
    return round(float(value))


def sign_up_and_confirm(page, server_url, mail_dir) -> str:
    address = f"journey-{uuid.uuid4().hex[:8]}@example.org"
    page.goto(server_url + "/en/accounts/signup/")
    page.fill("input[name=email]", address)
    page.fill("input[name=full_name]", "Journey Trainee")
    page.fill("input[name=password1]", "a-Long-journey-passw0rd")
    page.fill("input[name=password2]", "a-Long-journey-passw0rd")
    page.locator("main form button[type=submit]").last.click()
    page.wait_for_load_state("networkidle")
    page.goto(server_url + confirmation_path(mail_dir, address))
    page.locator("main form button[type=submit]").first.click()
    page.wait_for_load_state("networkidle")
    return address


def enrol(page, server_url, course_path: str) -> str:
    """Enrol self-paced; returns the course's id as used in /learning/ URLs."""
    page.goto(server_url + course_path)
    course_id = re.search(r"/learning/enrol/(\d+)/", page.content()).group(1)
    page.locator("form[action*='/learning/enrol/'] button").first.click()
    page.wait_for_load_state("networkidle")
    return course_id


def complete_every_lesson(page, server_url, course_path: str) -> list[int]:
    """Work through the course with "Complete and continue"; returns the progress seen."""
    page.goto(server_url + course_path)
    page.goto(server_url + page.evaluate(FIRST_LESSON_HREF))
    seen = []
    for _ in range(20):  # bounded: the modules have a handful of lessons
        seen.append(progress_value(page))
        complete_and_continue = page.locator(
            "form[action*='/complete/']:has(input[name=next]) button"
        )
        if not complete_and_continue.count():
            page.locator("form[action*='/complete/'] button").first.click()
            page.wait_for_load_state("networkidle")
            break
        complete_and_continue.first.click()
        page.wait_for_load_state("networkidle")
    return seen
