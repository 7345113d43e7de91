"""Which writes make the server's kept public pages stale (``core.page_cache``): Wagtail's
pages and their translations, sites, locales, view restrictions, images, documents and this
app's models (the footer setting) all belong to the content scope, which every HTML page shows
through its menu and footer. Wagtail pages are kept for anonymous visitors through the
``before_serve_page`` hook registered here."""

from django.apps import apps
from django.db.models.signals import post_migrate
from wagtail import hooks

from core import page_cache

CONTENT_APPS = (
    "content",
    "wagtailcore",
    "wagtailimages",
    "wagtaildocs",
    "wagtailsearchpromotions",
    "wagtailsettings",
    "taggit",
)
# Written while pages are edited or rendered, but never shown as they are: history, comments,
# workflow states, the reference index, drafts (publishing writes the page row itself) and
# image renditions (made the first time a page shows an image).
UNSHOWN_TABLES = {
    "wagtailcore_pagelogentry",
    "wagtailcore_modellogentry",
    "wagtailcore_pagesubscription",
    "wagtailcore_comment",
    "wagtailcore_commentreply",
    "wagtailcore_taskstate",
    "wagtailcore_workflowstate",
    "wagtailcore_referenceindex",
    "wagtailcore_revision",
    "wagtailcore_uploadedfile",
    "wagtailimages_rendition",
}


def connect() -> None:
    models = []
    installed = {config.label for config in apps.get_app_configs()}
    for label in CONTENT_APPS:
        if label in installed:
            models.extend(apps.get_app_config(label).get_models())
    page_cache.watch_tables(
        scope=page_cache.CONTENT,
        tables=[table for table in page_cache.model_tables(models) if table not in UNSHOWN_TABLES],
    )
    hooks.register("before_serve_page", _mark_public_page)
    # Every deployment migrates, and may have changed templates or translations.
    post_migrate.connect(page_cache.forget_everything, dispatch_uid="content.page_cache.migrate")


def _mark_public_page(page, request, serve_args, serve_kwargs):
    page_cache.mark_wagtail_page(page, request)
