import pytest
from django.utils import translation


@pytest.fixture(autouse=True)
def _english_messages():
    """Service-level tests read error messages in English (requests choose their own language)."""
    with translation.override("en"):
        yield
