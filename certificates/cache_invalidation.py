"""Any write to the certificates tables (issuing, suspending, reinstating, revoking,
re-issuing, renewing, the public register) makes kept certificate pages and API answers stale
(``core.page_cache``, certificates scope): the next request shows the new status."""

from django.apps import apps

from core import page_cache


def connect() -> None:
    page_cache.watch_tables(
        scope=page_cache.CERTIFICATES,
        tables=page_cache.model_tables(apps.get_app_config("certificates").get_models()),
    )
