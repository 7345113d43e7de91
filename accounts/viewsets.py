from django_filters.fields import ModelMultipleChoiceField as FilterMultipleChoiceField
from wagtail.users.views.users import IndexView as WagtailUserIndexView
from wagtail.users.views.users import UserFilterSet as WagtailUserFilterSet
from wagtail.users.views.users import UserViewSet as WagtailUserViewSet

from accounts.forms import AdminUserCreationForm, AdminUserEditForm, refuse_ids_past_the_database
from core.admin_search import BoundedSearchMixin


class GroupFilterField(FilterMultipleChoiceField):
    def _check_values(self, value):
        refuse_ids_past_the_database(self, value)
        return super()._check_values(value)


class UserFilterSet(WagtailUserFilterSet):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.filters["group"].field_class = GroupFilterField


class UserIndexView(BoundedSearchMixin, WagtailUserIndexView):
    pass


class UserViewSet(WagtailUserViewSet):
    index_view_class = UserIndexView
    filterset_class = UserFilterSet

    def get_form_class(self, for_update=False):
        return AdminUserEditForm if for_update else AdminUserCreationForm
