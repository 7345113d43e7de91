from django.apps import AppConfig
from django.urls import reverse
from django.utils.translation import gettext_lazy as _


class ExamsConfig(AppConfig):
    name = "exams"
    verbose_name = _("Exams")

    def ready(self) -> None:
        # Exams depend on courses, never the reverse: courses learn where a course's final
        # exam is through this finder (docs/architecture.md, dependency directions).
        from courses.selectors import register_final_exam_url_finder
        from exams.cache_invalidation import connect

        register_final_exam_url_finder(_final_exam_url)
        connect()


def _final_exam_url(*, course) -> str | None:
    from exams.selectors import exam_for_course

    exam = exam_for_course(course=course)
    return None if exam is None else reverse("exams:overview", args=[exam.pk])
