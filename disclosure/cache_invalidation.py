"""Any write to the disclosure tables (the key-enterprise list, enterprises, reports, their
publication and amendments, audit results, reference data) makes kept disclosure pages and
open-data answers stale (``core.page_cache``, disclosure scope)."""

from django.apps import apps

from core import page_cache


def connect() -> None:
    page_cache.watch_tables(
        scope=page_cache.DISCLOSURE,
        tables=page_cache.model_tables(apps.get_app_config("disclosure").get_models()),
    )
