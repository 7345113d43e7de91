"""What the access matrix knows: the outcomes a request can have, the rows (one per URL of the
site), and which URLs the site has.

The table itself and its test live in test_access_matrix.py; the hostile-input corpus and the
CSRF test reuse the rows to reach every page as someone who may see it.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from django.urls import URLPattern, URLResolver, get_resolver, reverse
from wagtail.models import get_page_models

from tests.security.world import ACTORS, World

# Apps whose URLs and page types the suite must cover. A new app joins this list.
OUR_APPS = (
    "accounts",
    "config",
    "content",
    "courses",
    "exams",
    "certificates",
    "disclosure",
    "officer_training",
    "background",
)

# URL names that belong to our urlconfs but are served by another project's view (Django's
# RedirectView, Wagtail's generic admin views for our viewsets): they count as ours.
_LANGUAGE_PREFIX = re.compile(r"^/en(?=/)")


# --- Outcomes ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Outcome:
    """What an actor gets from a URL, as the matrix spells it."""

    label: str
    matches: Callable[[object], bool] = field(compare=False)

    def __repr__(self) -> str:
        return self.label


def _location(response) -> str:
    return _LANGUAGE_PREFIX.sub("", urlsplit(response.get("Location", "")).path)


def _is_login_redirect(response) -> bool:
    return response.status_code == 302 and _location(response).startswith(
        ("/accounts/login/", "/admin/login/")
    )


def _is_admin_denial(response) -> bool:
    # The admin answers a permission denial with a 403 (our own admin pages) or, Wagtail's
    # way, with a redirect to the dashboard carrying "you do not have permission".
    return response.status_code == 403 or (
        response.status_code == 302 and _location(response) == "/admin/"
    )


OK = Outcome("200", lambda r: r.status_code == 200)
LOGIN = Outcome("302→login", _is_login_redirect)
DENIED = Outcome("403", lambda r: r.status_code == 403)
ADMIN_DENIED = Outcome("admin-denied", _is_admin_denial)
HIDDEN = Outcome("404", lambda r: r.status_code == 404)
# A redirect after an action (or to the canonical address), not to a login page.
REDIRECT = Outcome(
    "302",
    lambda r: r.status_code in (301, 302) and not _is_login_redirect(r) and not _is_mfa(r),
)
BAD = Outcome("400", lambda r: r.status_code == 400)


def _is_mfa(response) -> bool:
    return response.status_code == 302 and _location(response).startswith("/accounts/2fa/")


def describe(response) -> str:
    """A response as a failure message shows it."""
    if response.status_code in (301, 302):
        return f"{response.status_code}→{response.get('Location', '')}"
    return str(response.status_code)


# --- Expectations -----------------------------------------------------------------------------

NON_STAFF = ("owner", "other_trainee", "discloser", "other_discloser")
STAFF = ("instructor", "other_instructor", "reviewer", "editor", "officer")


def everyone(outcome: Outcome = OK, **by_actor: Outcome) -> dict[str, Outcome]:
    expected = dict.fromkeys(ACTORS, outcome)
    expected.update(by_actor)
    return expected


def signed_in(outcome: Outcome = OK, **by_actor: Outcome) -> dict[str, Outcome]:
    """Anyone signed in gets ``outcome``; the anonymous visitor is sent to sign in."""
    return everyone(outcome, anonymous=LOGIN, **by_actor)


def roles(refused: Outcome = DENIED, **allowed: Outcome) -> dict[str, Outcome]:
    """A page for some roles: the others are refused, the anonymous visitor signs in."""
    return everyone(refused, anonymous=LOGIN, **allowed)


def admin(**allowed: Outcome) -> dict[str, Outcome]:
    """A CMS admin page: people without admin access are sent to sign in (Wagtail's way),
    staff without the permission are refused."""
    expected = everyone(LOGIN)
    expected.update(dict.fromkeys(STAFF, ADMIN_DENIED))
    expected.update(allowed)
    return expected


# --- Rows -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Row:
    """One URL: how to build its address for a concrete object of the world, how to call it,
    and what each actor gets.

    ``name`` is the URL name (``namespace:name``) or ``page:<app_label.Model>`` for a page type
    served by Wagtail's catch-all."""

    name: str
    expect: dict[str, Outcome]
    kwargs: Callable[[World], dict] = lambda world: {}
    method: str = "GET"
    data: Callable[[World], dict] | None = None
    json: Callable[[World], object] | None = None
    query: str = ""
    path: Callable[[World], str] | None = None
    variant: str = ""
    why: str = ""

    def url(self, world: World) -> str:
        if self.path is not None:
            address = self.path(world)
        else:
            address = reverse(self.name, kwargs=self.kwargs(world))
        return f"{address}?{self.query}" if self.query else address

    @property
    def id(self) -> str:
        """The row's test id: its URL name, and which case of it when it has several."""
        return f"{self.name}[{self.variant}]" if self.variant else self.name

    def allowed_actor(self) -> str | None:
        """The least privileged actor the row lets in (a page, an action's redirect, or a
        form's errors)."""
        return next((a for a in ACTORS if self.expect[a] in (OK, REDIRECT, BAD)), None)

    def first_actor(self, outcome: Outcome = OK) -> str | None:
        """An actor who gets ``outcome`` here (the least privileged first)."""
        return next((actor for actor in ACTORS if self.expect[actor] == outcome), None)


# --- What the site has -------------------------------------------------------------------------

# Included urlconfs of other projects, and why the matrix leaves them to their authors.
EXCLUDED_URLCONFS = {
    "wagtail.admin.urls": "Wagtail's own admin (pages, images, documents, settings); it checks "
    "Wagtail permissions, and our roles grant only what accounts/roles.py lists. The admin "
    "pages of OUR models (viewsets and register_admin_urls) are enumerated separately.",
    "wagtail.documents.urls": "Wagtail's document serving, governed by collection privacy.",
    "wagtail.urls": "Wagtail's page serving: one row per page type instead (page:...).",
    "allauth.urls": "django-allauth's sign-in, sign-up, email and MFA flows.",
    "django.conf.urls.i18n": "Django's set_language view (a POST, covered by the CSRF test).",
}


def _walk(resolver: URLResolver, namespace: str | None = None, module: str = "config.urls"):
    for pattern in resolver.url_patterns:
        if isinstance(pattern, URLResolver):
            inner_namespace = namespace
            if pattern.namespace:
                inner_namespace = (
                    f"{namespace}:{pattern.namespace}" if namespace else pattern.namespace
                )
            urlconf = pattern.urlconf_name
            inner_module = urlconf if isinstance(urlconf, str) else module
            if hasattr(urlconf, "__name__"):
                inner_module = urlconf.__name__
            yield from _walk(pattern, inner_namespace, inner_module)
        elif isinstance(pattern, URLPattern) and pattern.name:
            name = f"{namespace}:{pattern.name}" if namespace else pattern.name
            yield name, module, pattern


def url_parameters() -> dict[str, tuple[str, ...]]:
    """The names of the parameters of each named URL (our URLs keep them in the last part)."""
    return {
        name: tuple(pattern.pattern.converters) for name, _module, pattern in _walk(get_resolver())
    }


def included_urlconfs() -> set[str]:
    """The urlconf modules the site includes from other projects."""
    found = set()

    def visit(resolver: URLResolver):
        for pattern in resolver.url_patterns:
            if isinstance(pattern, URLResolver):
                urlconf = pattern.urlconf_name
                module = urlconf if isinstance(urlconf, str) else getattr(urlconf, "__name__", "")
                if module and not _our_module(module):
                    found.add(module)
                else:
                    visit(pattern)

    visit(get_resolver())
    return found


def _view_module(pattern: URLPattern) -> str:
    view = pattern.callback
    view_class = getattr(view, "view_class", None)
    return (view_class or view).__module__


def _our_module(module: str) -> bool:
    return module.split(".")[0] in OUR_APPS


def our_admin_namespaces() -> set[str]:
    """URL namespaces of the Wagtail admin viewsets our apps register (their views are
    Wagtail's generic ones, so the view's module does not tell)."""
    from wagtail.admin.viewsets import viewsets

    get_resolver().url_patterns  # noqa: B018 (loading the admin URLs registers the viewsets)
    return {
        viewset.url_namespace
        for viewset in viewsets.viewsets
        if _our_module(type(viewset).__module__)
    }


def site_url_names() -> set[str]:
    """Every URL name of our apps: patterns of our urlconfs, admin pages whose view is ours,
    the admin viewsets our apps register, and one ``page:`` entry per page type."""
    admin_namespaces = our_admin_namespaces()
    names = set()
    for name, module, pattern in _walk(get_resolver()):
        if (
            _our_module(module)
            or _our_module(_view_module(pattern))
            or name.split(":")[0] in admin_namespaces
        ):
            names.add(name)
    for model in get_page_models():
        if model._meta.app_label in OUR_APPS:
            names.add(f"page:{model._meta.label}")
    return names
