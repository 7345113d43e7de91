import pytest
from django.utils import translation


@pytest.fixture(autouse=True)
def _english_messages():
    """Service-level tests read error messages in English (requests choose their own language)."""
    with translation.override("en"):
        yield


@pytest.fixture
def site_footer():
    """The footer setting of the site, as a site in use has it. Wagtail creates it on the first
    request that reads it, and creating it makes the cached menu and footer stale once, so
    tests that count the queries of a request with the menus cached need it first."""
    from wagtail.models import Site

    from content.models import SiteFooter

    return SiteFooter.for_site(Site.objects.get(is_default_site=True))
