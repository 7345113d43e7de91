"""What an attempt's questions show is kept (``exams.selectors.attempt_paper``), so writing a
question, one of its versions or an exam's section makes it stale (``core.page_cache``,
exam-papers scope): the next attempt page shows the new wording."""

from django.apps import apps

from core import page_cache


def connect() -> None:
    page_cache.watch_tables(
        scope=page_cache.EXAM_PAPERS,
        tables=[
            apps.get_model("exams", name)._meta.db_table
            for name in ("Question", "QuestionVersion", "ExamSection")
        ],
    )
