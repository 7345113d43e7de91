"""Content-Security-Policy, with django-csp.

Every response gets ``settings.CONTENT_SECURITY_POLICY``: scripts and styles only from this site
(inline ones only with the request's nonce), no plugins, no framing. The Wagtail admin cannot
run under it (its widgets and panels still write inline scripts and ``style`` attributes), so
paths under ``settings.CONTENT_SECURITY_POLICY_ADMIN["PATH_PREFIXES"]`` get that setting's
directives instead: inline scripts and styles allowed, framing by the site itself (the page
preview), everything else as strict as the public site. The admin is only for signed-in staff
with MFA, and renders no content from the public.
"""

import base64
import hashlib
import re
from pathlib import Path

from csp.middleware import CSPMiddleware
from django.conf import settings

_STYLE_ELEMENT = re.compile(r"<style>(.*?)</style>", re.DOTALL)


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only: bool = False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        admin = getattr(settings, "CONTENT_SECURITY_POLICY_ADMIN", None) or {}
        prefixes = tuple(admin.get("PATH_PREFIXES", ()))
        if not report_only and prefixes and request.path_info.startswith(prefixes):
            # A view's own csp_replace still wins over the admin's defaults.
            parts.replace = {**admin.get("DIRECTIVES", {}), **(parts.replace or {})}
        return parts


def style_element_hashes(template: Path) -> list[str]:
    """CSP hash sources for the <style> elements of a template that is rendered without a
    request (so without a nonce), such as 500.html. Computed from the file at start-up, so
    editing the styles cannot silently break the page."""
    text = template.read_text(encoding="utf-8")
    return [
        "'sha256-{}'".format(
            base64.b64encode(hashlib.sha256(block.encode("utf-8")).digest()).decode("ascii")
        )
        for block in _STYLE_ELEMENT.findall(text)
    ]
