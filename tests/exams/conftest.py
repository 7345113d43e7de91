import pytest
from django.utils import translation


@pytest.fixture(autouse=True)
def _english_messages():
    """Service-level tests read messages in English (requests choose their own language)."""
    with translation.override("en"):
        yield


@pytest.fixture(autouse=True)
def _only_this_tests_questions(request):
    """Exams built by a test draw only from the questions that test creates: the demo bank is
    retired for the duration of the test (rolled back afterwards)."""
    if "django_db" not in request.keywords and "db" not in request.fixturenames:
        yield
        return
    from exams.models import Question

    Question.objects.update(retired=True)
    yield
