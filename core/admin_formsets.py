"""Inline formsets of the CMS admin (Wagtail's InlinePanel) that survive a forged post.

modelcluster's child formset reads the id of every "initial" row straight from the post: a
management form claiming more initial rows than were sent (``sections-INITIAL_FORMS=999``), or
an id that is not a number, was a KeyError or ValidationError, so a server error. Django's own
model formsets treat such rows as new ones; this does the same.

A forged ``TOTAL_FORMS`` is also believed up to ``absolute_max``, which Django puts 1,000 rows
above ``max_num``: one post could make the server build and render a thousand rows (seconds of
work each time). Here a post may claim at most one row more than ``max_num`` (so the "too many"
error can still be shown).
"""

import contextlib

from django.core.exceptions import ValidationError
from django.forms.models import BaseModelFormSet
from modelcluster.forms import BaseChildFormSet


class ChildFormSet(BaseChildFormSet):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.absolute_max = min(self.absolute_max, self.max_num + 1)

    def _construct_form(self, i, **kwargs):
        if i < self.initial_form_count():
            kwargs["instance"] = self._initial_instance(i)
        elif self.initial_extra:
            with contextlib.suppress(IndexError):
                kwargs["initial"] = self.initial_extra[i - self.initial_form_count()]
        # Past modelcluster's and Django's model formsets, which would look the row up again.
        return super(BaseModelFormSet, self)._construct_form(i, **kwargs)

    def _initial_instance(self, i):
        if not self.is_bound:
            rows = self.get_queryset()
            return rows[i] if i < len(rows) else self.model()
        pk_field = self.model._meta.pk
        posted = self.data.get(f"{self.add_prefix(i)}-{pk_field.name}", "")
        if posted in ("", None):
            return self.model()
        try:
            pk = self._get_to_python(pk_field)(posted)
        except ValidationError:
            return self.model()
        return self._existing_object(pk) or self.model()
