from urllib.parse import urlparse

import pytest
from axe_playwright_python.sync_playwright import Axe

pytestmark = pytest.mark.browser


class PageWatcher:
    """Collects console errors and every host the page asks for."""

    def __init__(self, page):
        self.console_errors: list[str] = []
        self.hosts: set[str] = set()
        page.on(
            "console",
            lambda message: message.type == "error" and self.console_errors.append(message.text),
        )
        page.on("pageerror", lambda error: self.console_errors.append(str(error)))
        page.on("request", lambda request: self.hosts.add(urlparse(request.url).hostname or ""))


def test_home_page_in_both_languages_and_switching_between_them(page, server_url):
    watcher = PageWatcher(page)

    page.goto(server_url + "/")
    assert page.locator("html").get_attribute("lang") == "zh-hans"
    chinese_heading = page.locator("h1").inner_text()

    page.locator("a[hreflang='en']").first.click()
    page.wait_for_load_state("networkidle")
    assert page.url == server_url + "/en/"
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator("h1").inner_text() != chinese_heading

    page.locator("a[hreflang='zh-hans']").first.click()
    page.wait_for_load_state("networkidle")
    assert page.url == server_url + "/"
    assert page.locator("h1").inner_text() == chinese_heading

    assert watcher.console_errors == []
    assert watcher.hosts == {"127.0.0.1"}


def test_switching_language_on_an_inner_page_stays_on_that_page(page, server_url):
    page.goto(server_url + "/en/regulations/")
    page.locator("main a[href*='/regulations/']").first.click()
    page.wait_for_load_state("networkidle")
    english_path = urlparse(page.url).path

    page.locator("a[hreflang='zh-hans']").first.click()
    page.wait_for_load_state("networkidle")

    assert urlparse(page.url).path == english_path.removeprefix("/en")
    assert page.locator("html").get_attribute("lang") == "zh-hans"


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/en/",
        "/en/regulations/",
        "/accounts/login/",
        "/en/accounts/signup/",
        "/en/news/",
        "/search/?query=清洁生产",
        "/en/courses/",
        "/courses/cp-auditor-course/",
        "/en/courses/cp-auditor-course/day-1/",
        "/en/styleguide/",
        "/en/auditors/",
        "/auditors/?province=32",
    ],
)
def test_pages_pass_an_automated_accessibility_check(page, server_url, path):
    page.goto(server_url + path)

    results = Axe().run(page, options={"runOnly": ["wcag2a", "wcag2aa"]})

    assert results.violations_count == 0, results.generate_report()


def test_phone_navigation_works_by_keyboard(browser, server_url):
    context = browser.new_context(viewport={"width": 360, "height": 740}, is_mobile=True)
    page = context.new_page()
    page.goto(server_url + "/en/")

    # The first Tab reaches the skip link, which jumps to the main content.
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.getAttribute('href')") == "#main-content"
    scroll_width = page.evaluate("document.documentElement.scrollWidth")
    context.close()

    assert scroll_width <= 360


def test_signed_in_pages_pass_an_automated_accessibility_check(page, server_url):
    page.goto(server_url + "/en/accounts/login/")
    page.fill("input[name=login]", "trainee3@cphub.example")
    page.fill("input[name=password]", "cphub-demo-2026")
    page.locator("main form button[type=submit]").first.click()
    page.wait_for_load_state("networkidle")
    page.goto(server_url + "/en/learning/")
    lesson = page.evaluate(
        "Array.from(document.querySelectorAll('main a')).map(a => a.getAttribute('href'))"
        ".find(href => /\\/day-\\d+\\/[^/]+\\/$/.test(href || ''))"
    )

    for path in (
        "/en/learning/",
        "/en/account/",
        "/en/account/certificates/",
        "/en/courses/cp-auditor-course/",
        lesson,
    ):
        page.goto(server_url + path)
        results = Axe().run(page, options={"runOnly": ["wcag2a", "wcag2aa"]})
        assert results.violations_count == 0, (path, results.generate_report())
