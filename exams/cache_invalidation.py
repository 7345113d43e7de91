"""What an attempt's questions show is kept (``exams.selectors.attempt_paper``), and so is each
exam's row (``exams.selectors.kept_exam``), so writing an exam, a question, one of its versions
or an exam's section makes them stale (``core.page_cache``, exam-papers scope): the next attempt
page shows the new wording, and the next answer saved sees the exam's new rules."""

from django.apps import apps

from core import page_cache


def connect() -> None:
    page_cache.watch_tables(
        scope=page_cache.EXAM_PAPERS,
        tables=[
            apps.get_model("exams", name)._meta.db_table
            for name in ("Exam", "Question", "QuestionVersion", "ExamSection")
        ],
    )
