from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _
from wagtail.users.apps import WagtailUsersAppConfig


class AccountsConfig(AppConfig):
    default = True
    name = "accounts"
    verbose_name = _("Accounts")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from wagtail.admin.views import account as wagtail_account

        from accounts.cache_invalidation import connect
        from accounts.forms import AdminNameForm

        # Wagtail's own "name" panel edits first/last name, which our User does not have.
        wagtail_account.NameEmailSettingsPanel.form_class = AdminNameForm
        post_migrate.connect(_sync_roles_after_migrate, sender=self)
        connect()


def _sync_roles_after_migrate(sender, **kwargs) -> None:
    from django.apps import apps
    from django.contrib.auth.management import create_permissions

    from accounts.services import sync_role_groups

    # Apps later in INSTALLED_APPS get their permissions after this app's post_migrate:
    # create them all now, so every role receives its permissions on the very first migrate.
    for app_config in apps.get_app_configs():
        create_permissions(app_config, verbosity=0, using=kwargs.get("using", "default"))
    sync_role_groups()


class CustomUsersAppConfig(WagtailUsersAppConfig):
    user_viewset = "accounts.viewsets.UserViewSet"
