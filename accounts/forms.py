from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.users.forms import UserCreationForm, UserEditForm

from accounts.models import User
from core.ids import past_the_id_range

PROFILE_FIELDS = ["full_name", "latin_name", "organisation", "province"]


class SignupProfileForm(forms.Form):
    """Extra fields on allauth's sign-up form."""

    full_name = forms.CharField(label=_("Full name"), max_length=150)
    latin_name = forms.CharField(
        label=_("Name in Latin letters"),
        max_length=150,
        required=False,
        help_text=_("As it should appear on English documents, e.g. ZHANG San."),
    )
    organisation = forms.CharField(label=_("Organisation"), max_length=200, required=False)

    def signup(self, request, user: User) -> None:
        from django.utils.translation import get_language

        user.full_name = self.cleaned_data["full_name"].strip()
        user.latin_name = self.cleaned_data["latin_name"].strip()
        user.organisation = self.cleaned_data["organisation"].strip()
        language = get_language()
        if language in dict(settings.LANGUAGES):
            user.preferred_language = language
        user.save()


class ProfileForm(forms.ModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Certificates are verified by the holder's name, so it cannot be left empty.
        self.fields["full_name"].required = True

    class Meta:
        model = User
        fields = [*PROFILE_FIELDS, "preferred_language"]
        widgets = {"preferred_language": forms.RadioSelect}


class AdminNameForm(forms.ModelForm):
    """Replaces the first/last name panel of the CMS admin's account settings."""

    class Meta:
        model = User
        fields = ["full_name", "latin_name"]


def refuse_ids_past_the_database(field: forms.ModelMultipleChoiceField, values) -> None:
    for value in values or ():
        if past_the_id_range(value):
            raise ValidationError(
                field.error_messages["invalid_pk_value"],
                code="invalid_pk_value",
                params={"pk": value},
            )


class GroupsField(forms.ModelMultipleChoiceField):
    def _check_values(self, value):
        refuse_ids_past_the_database(self, value)
        return super()._check_values(value)


def _drop_first_last_name(form: forms.Form) -> None:
    for name in ("first_name", "last_name"):
        form.fields.pop(name, None)


class AdminUserCreationForm(UserCreationForm):
    full_name = forms.CharField(label=_("Full name"), max_length=150)
    latin_name = forms.CharField(label=_("Name in Latin letters"), max_length=150, required=False)
    organisation = forms.CharField(label=_("Organisation"), max_length=200, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _drop_first_last_name(self)

    class Meta(UserCreationForm.Meta):
        fields = {"email", "is_superuser", "groups", *PROFILE_FIELDS}
        field_classes = {"groups": GroupsField}


class AdminUserEditForm(UserEditForm):
    full_name = forms.CharField(label=_("Full name"), max_length=150)
    latin_name = forms.CharField(label=_("Name in Latin letters"), max_length=150, required=False)
    organisation = forms.CharField(label=_("Organisation"), max_length=200, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _drop_first_last_name(self)

    class Meta(UserEditForm.Meta):
        fields = {"email", "is_active", "is_superuser", "groups", *PROFILE_FIELDS}
        field_classes = {"groups": GroupsField}
