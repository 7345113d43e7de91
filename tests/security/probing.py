"""Helpers of the hostile-input suite: reading a page's forms, sending one request without
leaving a trace, and judging the response."""

import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from bs4 import BeautifulSoup
from django.core.cache import cache
from django.db import transaction

from tests.security.corpus import RAW_MARKUP

# Forms never submitted by the suite: they end the session the clients share.
SKIPPED_ACTIONS = ("/accounts/logout/", "/en/accounts/logout/")
NOT_FUZZED = {"csrfmiddlewaretoken"}
_INDEX = re.compile(r"-\d+-")
MAX_FIELD_BY_FIELD = 12
WAGTAIL_HISTORY_FILTER = ("timestamp_from", "timestamp_to")


@dataclass
class Form:
    method: str
    action: str
    # (name, value) pairs as the browser would send them untouched, in page order.
    defaults: list[tuple[str, str]]
    # Names worth fuzzing: one per formset field (the first row's), never the CSRF token.
    fields: list[str]
    files: list[str] = field(default_factory=list)

    @property
    def key(self) -> tuple:
        """Forms that are the same form wherever they appear: the site search box on every
        page, an admin model's form on its add and edit pages, Wagtail's history filter (the
        same generic view under every admin model). Each listing's search and filters are
        its own: their views differ."""
        names = tuple(sorted({_INDEX.sub("-N-", name) for name in self.fields}))
        if self.method == "get" and names != WAGTAIL_HISTORY_FILTER:
            return (self.method, self.action, names)
        return (self.method, names)

    @property
    def read_field_by_field(self) -> bool:
        """Whether a view may read this form's fields one by one (so that a bad value in one
        could hide what another does): small forms outside the CMS admin. Django and Wagtail
        forms clean every field whatever the others hold."""
        return not self.action.startswith("/admin/") and len(self.fields) <= MAX_FIELD_BY_FIELD

    def data(self, **overrides: str) -> dict[str, list[str]]:
        values: dict[str, list[str]] = {}
        for name, value in self.defaults:
            values.setdefault(name, []).append(value)
        for name, value in overrides.items():
            values[name] = [value]
        return values


def _plausible(element, kind: str) -> str:
    """A value a person might type into an empty field."""
    name = (element.get("name") or "").lower()
    if kind == "email" or "email" in name:
        return "someone@example.org"
    if kind == "date" or name.endswith(("_on", "date", "_from", "_to")):
        return "2024-05-02"
    if kind == "datetime-local" or name.endswith("_at"):
        return "2024-05-02 10:00"
    if kind == "number":
        return "1"
    return ""


def forms_on(html: bytes, page_path: str) -> list[Form]:
    soup = BeautifulSoup(html, "html.parser")
    forms = []
    for element in soup.find_all("form"):
        action = urlsplit(element.get("action") or page_path).path or page_path
        if action.startswith(SKIPPED_ACTIONS) or not action.startswith("/"):
            continue
        defaults, names, files, seen = [], [], [], set()
        for control in element.find_all(["input", "select", "textarea"]):
            name = control.get("name")
            if not name or control.has_attr("disabled"):
                continue
            kind = (control.get("type") or "text").lower() if control.name == "input" else ""
            if kind in ("submit", "button", "image", "reset"):
                continue
            if kind == "file":
                files.append(name)
                continue
            if control.name == "select":
                options = control.find_all("option")
                chosen = [o for o in options if o.has_attr("selected")] or options[:1]
                if not control.has_attr("multiple"):
                    chosen = chosen[:1]
                defaults += [(name, o.get("value", o.get_text())) for o in chosen]
            elif control.name == "textarea":
                defaults.append((name, control.get_text() or _plausible(control, "")))
            elif kind in ("checkbox", "radio"):
                if control.has_attr("checked"):
                    defaults.append((name, control.get("value", "on")))
            else:
                defaults.append((name, control.get("value") or _plausible(control, kind)))
            normal = _INDEX.sub("-N-", name)
            first_row = normal == name or "-0-" in name
            if name not in NOT_FUZZED and first_row and normal not in seen:
                seen.add(normal)
                names.append(name)
        forms.append(
            Form(
                method=(element.get("method") or "get").lower(),
                action=action,
                defaults=defaults,
                fields=names,
                files=files,
            )
        )
    return forms


def send(client, method: str, url: str, **options):
    """One request whose database writes are rolled back and which no rate limit stops."""
    cache.clear()
    savepoint = transaction.savepoint()
    try:
        response = getattr(client, method.lower())(url, **options)
        if getattr(response, "streaming", False):
            # A streamed file fails while it is read, not when the view returns.
            try:
                b"".join(response.streaming_content)
            except Exception as error:
                response.status_code = 500
                response.stream_error = error
    finally:
        transaction.savepoint_rollback(savepoint)
    return response


def problem(response) -> str | None:
    """What is wrong with a response to hostile input, if anything."""
    if response.status_code >= 500:
        error = getattr(response, "stream_error", None)
        if error is not None:
            return f"{response.status_code} while streaming: {error!r}"[:300]
        exc_info = getattr(response, "exc_info", None)
        cause = f": {exc_info[1]!r}" if exc_info else ""
        return f"{response.status_code}{cause}"[:300]
    if "html" in response.get("Content-Type", "") and not getattr(response, "streaming", False):
        body = response.content.decode("utf-8", errors="replace")
        for marker in RAW_MARKUP:
            if marker in body:
                return f"unescaped markup in the page: {marker!r}"
    return None
