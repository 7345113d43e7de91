"""Signed-in users are kept between requests (``accounts.backends``), so any write to the users
table (a sign-in, a profile edit, a password change, a deactivation, a deletion) makes them
stale (``core.page_cache``, accounts scope): the next request reads the row afresh."""

from django.apps import apps

from core import page_cache


def connect() -> None:
    page_cache.watch_tables(
        scope=page_cache.ACCOUNTS, tables=[apps.get_model("accounts", "User")._meta.db_table]
    )
