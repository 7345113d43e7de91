from django.apps import AppConfig
from django.urls import reverse
from django.utils.translation import gettext_lazy as _


class ExamsConfig(AppConfig):
    name = "exams"
    verbose_name = _("Exams")

    def ready(self) -> None:
        # Exams depend on courses, never the reverse: courses learn where a course's final
        # exam is through this finder (docs/architecture.md, dependency directions).
        from core import page_cache
        from courses.selectors import register_final_exam_url_finder

        register_final_exam_url_finder(_final_exam_url)
        # What an attempt's questions show is kept (exams.selectors.attempt_paper): writing a
        # question, one of its versions or an exam's section makes it stale.
        page_cache.watch_tables(
            scope=page_cache.EXAM_PAPERS,
            tables=[
                self.get_model(name)._meta.db_table
                for name in ("Question", "QuestionVersion", "ExamSection")
            ],
        )


def _final_exam_url(*, course) -> str | None:
    from exams.selectors import exam_for_course

    exam = exam_for_course(course=course)
    return None if exam is None else reverse("exams:overview", args=[exam.pk])
