"""Course pages show their cohorts and the places left in them, so writes to the courses
tables make kept public pages stale (``core.page_cache``, content scope). A learner's lesson
completions and attendance show only on their own pages; the completions are kept per learner
under the progress scope (``courses.selectors``), which writing a completion renews."""

from django.apps import apps

from core import page_cache

UNSHOWN_MODELS = ("LessonCompletion", "Attendance")


def connect() -> None:
    models = [
        model
        for model in apps.get_app_config("courses").get_models()
        if model.__name__ not in UNSHOWN_MODELS
    ]
    page_cache.watch_tables(scope=page_cache.CONTENT, tables=page_cache.model_tables(models))
    page_cache.watch_tables(
        scope=page_cache.PROGRESS,
        tables=[apps.get_model("courses", "LessonCompletion")._meta.db_table],
    )
