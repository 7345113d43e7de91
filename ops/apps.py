from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OpsConfig(AppConfig):
    """Operations: backup and restore, and the answer given while the database is down. No
    models; it reads other apps' tables through the app registry, never by importing them."""

    name = "ops"
    verbose_name = _("Operations")
