from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OfficerTrainingConfig(AppConfig):
    name = "officer_training"
    verbose_name = _("Officer training")
