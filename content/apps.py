from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ContentConfig(AppConfig):
    name = "content"
    verbose_name = _("Content")

    def ready(self) -> None:
        from django.db.models.signals import post_delete, post_save
        from wagtail.models import Locale, Page, PageViewRestriction, Site
        from wagtail.signals import post_page_move

        from content.cache_invalidation import connect
        from content.models import SiteFooter
        from core.page_choosers import use_safe_page_choosers

        use_safe_page_choosers()
        connect()

        # The cached menu and footer (content.selectors.site_chrome) go stale with any change
        # to pages, sites, locales, view restrictions or the footer setting.
        _SITE_CHROME_MODELS.extend([Page, Site, Locale, PageViewRestriction, SiteFooter])
        post_save.connect(_forget_site_chrome, dispatch_uid="content.site_chrome.post_save")
        post_delete.connect(_forget_site_chrome, dispatch_uid="content.site_chrome.post_delete")
        post_page_move.connect(_forget_site_chrome, dispatch_uid="content.site_chrome.page_move")


_SITE_CHROME_MODELS: list[type] = []


def _forget_site_chrome(sender, instance=None, **kwargs) -> None:
    if not isinstance(instance, tuple(_SITE_CHROME_MODELS)):
        return
    from django.db import transaction

    from content.selectors import forget_site_chrome

    forget_site_chrome()
    # Again once the change is committed: a request that read the old rows in between may have
    # cached them under the new generation.
    transaction.on_commit(forget_site_chrome, using=kwargs.get("using"), robust=True)
