import pytest


@pytest.fixture
def content_site(db):
    """The small public site of tests.content.builders.build_content_site, built for one test."""
    from tests.content.builders import build_content_site

    return build_content_site()
