"""Page choosers of the CMS admin's model forms that survive any submitted value.

Wagtail's page chooser widget looks the submitted value up again to show the form with its
errors, and only expects "not found": text (``?course=abc``) raised ValueError and an id past
the database's range raised OverflowError on SQLite, so a mistyped or hostile post was a
server error. The form field refuses ids past the database's range as invalid choices
(``core.ids``).
"""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from wagtail.admin.forms.models import register_form_field_override
from wagtail.admin.widgets import AdminPageChooser
from wagtail.models import Page

from core.ids import past_the_id_range


class PageChooser(AdminPageChooser):
    def get_instance(self, value):
        try:
            return super().get_instance(value)
        except (ValueError, TypeError, OverflowError):
            return None


class PageChoiceField(forms.ModelChoiceField):
    def to_python(self, value):
        if value is not None and past_the_id_range(value):
            raise ValidationError(
                self.error_messages["invalid_choice"],
                code="invalid_choice",
                params={"value": value},
            )
        return super().to_python(value)


def use_safe_page_choosers() -> None:
    """Every admin model form's link to a page uses the choosers above (called once, at start)."""
    register_form_field_override(
        models.ForeignKey,
        to=Page,
        override=lambda db_field: {
            "widget": PageChooser(target_models=[db_field.remote_field.model]),
            "form_class": PageChoiceField,
        },
    )
