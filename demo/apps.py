from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DemoConfig(AppConfig):
    """Holds only management commands and the modules they use; no models."""

    name = "demo"
    verbose_name = _("Demo data")
