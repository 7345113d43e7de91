"""The journeys catch Content-Security-Policy violations (issue 10, finding 9)."""

import pytest

pytestmark = pytest.mark.browser

INJECT_INLINE_SCRIPT = """() => {
    const script = document.createElement("script");
    script.textContent = "window.injected = true;";
    document.body.appendChild(script);
    return window.injected === true;
}"""


def test_an_injected_inline_script_is_refused_and_reported(page, server_url, csp_violations):
    page.goto(server_url + "/en/verify/")

    ran = page.evaluate(INJECT_INLINE_SCRIPT)
    page.wait_for_timeout(100)  # let the console message arrive
    reported = list(csp_violations)
    csp_violations.clear()  # expected here: the journey itself must not fail

    assert ran is False
    assert any("inline script" in violation for violation in reported), reported


def test_the_site_s_own_script_runs_under_the_policy(page, server_url):
    page.goto(server_url + "/en/")

    # On a wide screen cphub.js opens the menu: it ran, with the response's nonce.
    assert page.locator("#site-menu").get_attribute("open") is not None
    assert page.evaluate("document.querySelector('script[src*=cphub]').nonce") != ""
