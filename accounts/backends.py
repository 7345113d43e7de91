"""The authentication backends, with the signed-in user kept between requests.

Django reads the signed-in user from the database on every request: one query before any
signed-in page, exam save or dashboard starts. Here the user's row is kept
(``core.page_cache.kept``) under the generation of the accounts scope, which any write to the
users table renews at once and again after the commit (``accounts.cache_invalidation``):
deactivating an account, changing a password or an email, editing a profile or deleting the
user gives the very next request a fresh read, so the session check (password hash) and
``is_active`` always see the row as it is. What a user may do (groups, permissions, roles) is
not part of the row and is read as before.
"""

from allauth.account import auth_backends
from django.contrib.auth import backends, get_user_model

from core import page_cache


class KeptUserMixin:
    def get_user(self, user_id):
        user = page_cache.kept(
            scope=page_cache.ACCOUNTS,
            name="signed-in-user",
            parts=[user_id],
            compute=lambda: _user_row(user_id),
        )
        return user if user is not None and self.user_can_authenticate(user) else None


def _user_row(user_id):
    model = get_user_model()
    try:
        return model._default_manager.get(pk=user_id)
    except model.DoesNotExist:
        return None


class ModelBackend(KeptUserMixin, backends.ModelBackend):
    """Django's backend (the admin's sign-in, ``force_login``), user kept."""


class AuthenticationBackend(KeptUserMixin, auth_backends.AuthenticationBackend):
    """allauth's backend (the site's sign-in), user kept."""
