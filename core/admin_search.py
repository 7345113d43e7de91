"""Search boxes of the CMS admin's listings (Wagtail's generic index views), bounded.

Listings of models that are not in a search index search with ``icontains``, which SQLite runs
as a LIKE pattern: a pattern longer than 50,000 bytes is refused with an error, so a pasted
100,000-character search was a server error. Nobody searches a listing with more than a
sentence, so the search text is cut to ``MAX_SEARCH_LENGTH`` characters.
"""

from django.utils.functional import cached_property
from wagtail.admin.views.generic import IndexView

MAX_SEARCH_LENGTH = 200


class BoundedSearchMixin:
    """Mixed into a ``wagtail.admin.views.generic.IndexView`` (or a subclass)."""

    @cached_property
    def search_query(self) -> str:
        return super().search_query[:MAX_SEARCH_LENGTH]


class BoundedIndexView(BoundedSearchMixin, IndexView):
    """The index view for a listing that needs nothing else changed."""
