from wagtail.users.views.users import IndexView as WagtailUserIndexView
from wagtail.users.views.users import UserViewSet as WagtailUserViewSet

from accounts.forms import AdminUserCreationForm, AdminUserEditForm
from core.admin_search import BoundedSearchMixin


class UserIndexView(BoundedSearchMixin, WagtailUserIndexView):
    pass


class UserViewSet(WagtailUserViewSet):
    index_view_class = UserIndexView

    def get_form_class(self, for_update=False):
        return AdminUserEditForm if for_update else AdminUserCreationForm
