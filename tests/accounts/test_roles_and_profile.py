import pytest
from django.contrib.auth.models import Group
from wagtail.models import GroupPagePermission
from wagtail.users.models import UserProfile

from accounts.roles import ROLE_DEFINITIONS, Role
from accounts.services import sync_role_groups
from tests.factories import make_user

pytestmark = pytest.mark.django_db


def test_every_role_has_a_group():
    names = set(Group.objects.values_list("name", flat=True))

    assert {definition.group_name for definition in ROLE_DEFINITIONS.values()} <= names


def test_admin_roles_can_reach_the_cms_admin_and_others_cannot():
    for role, definition in ROLE_DEFINITIONS.items():
        group = Group.objects.get(name=definition.group_name)
        has_access = group.permissions.filter(codename="access_admin").exists()
        assert has_access == definition.grants_admin_access, role


def test_editors_may_publish_pages():
    editors = Group.objects.get(name=ROLE_DEFINITIONS[Role.EDITOR].group_name)

    codenames = set(
        GroupPagePermission.objects.filter(group=editors).values_list(
            "permission__codename", flat=True
        )
    )

    assert {"add_page", "change_page", "publish_page"} <= codenames


def test_syncing_roles_again_adds_nothing():
    before = (Group.objects.count(), GroupPagePermission.objects.count())

    sync_role_groups()

    assert (Group.objects.count(), GroupPagePermission.objects.count()) == before


def test_my_account_needs_login(client):
    response = client.get("/account/")

    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


def test_my_account_warns_privileged_users_without_mfa(client):
    client.force_login(make_user(role=Role.REVIEWER))

    response = client.get("/en/account/")

    assert response.status_code == 200
    assert b"/en/accounts/2fa/totp/activate/" in response.content


def test_profile_change_saves_and_continues_in_the_chosen_language(client):
    user = make_user()
    client.force_login(user)

    response = client.post(
        "/account/profile/",
        {
            "full_name": "李四",
            "latin_name": "LI Si",
            "organisation": "示范大学",
            "preferred_language": "en",
        },
    )

    user.refresh_from_db()
    assert response["Location"] == "/en/account/profile/"
    assert (user.full_name, user.latin_name, user.preferred_language) == ("李四", "LI Si", "en")
    assert UserProfile.get_for_user(user).preferred_language == "en"


def test_profile_rejects_an_unknown_language(client):
    user = make_user(full_name="原名")
    client.force_login(user)

    response = client.post("/account/profile/", {"full_name": "新名", "preferred_language": "fr"})

    user.refresh_from_db()
    assert response.status_code == 200
    assert user.full_name == "原名"


def test_account_management_pages_render_for_a_logged_in_user(client):
    client.force_login(make_user())

    for url in ("/accounts/email/", "/accounts/2fa/", "/accounts/sessions/", "/en/account/"):
        assert client.get(url).status_code == 200, url
