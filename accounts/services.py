"""Writes for accounts and roles. Keyword-only, atomic, idempotent where it matters."""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page
from wagtail.users.models import UserProfile

from accounts.models import User
from accounts.roles import ROLE_DEFINITIONS, Role

# Page actions editors may take anywhere in the tree.
EDITOR_PAGE_PERMISSIONS = ("add_page", "change_page", "publish_page", "lock_page", "unlock_page")
EDITOR_COLLECTION_PERMISSIONS = (
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
)


def _permission(dotted: str) -> Permission | None:
    app_label, codename = dotted.split(".", 1)
    return Permission.objects.filter(content_type__app_label=app_label, codename=codename).first()


@transaction.atomic
def sync_role_groups() -> dict[Role, Group]:
    """Create every role's group and grant its permissions. Safe to run any number of times."""
    groups: dict[Role, Group] = {}
    admin_access = _permission("wagtailadmin.access_admin")
    for role, definition in ROLE_DEFINITIONS.items():
        group, _created = Group.objects.get_or_create(name=definition.group_name)
        permissions = [p for p in map(_permission, definition.permissions) if p is not None]
        if definition.grants_admin_access and admin_access is not None:
            permissions.append(admin_access)
        group.permissions.add(*permissions)
        groups[role] = group
    _grant_editor_tree_permissions(groups[Role.EDITOR])
    return groups


def _grant_editor_tree_permissions(group: Group) -> None:
    root = Page.get_first_root_node()
    if root is not None:
        for codename in EDITOR_PAGE_PERMISSIONS:
            permission = _permission(f"wagtailcore.{codename}")
            if permission is not None:
                GroupPagePermission.objects.get_or_create(
                    group=group, page=root, permission=permission
                )
    collection = Collection.get_first_root_node()
    if collection is not None:
        for app_label, codename in EDITOR_COLLECTION_PERMISSIONS:
            permission = _permission(f"{app_label}.{codename}")
            if permission is not None:
                GroupCollectionPermission.objects.get_or_create(
                    group=group, collection=collection, permission=permission
                )


@transaction.atomic
def assign_role(*, user: User, role: Role) -> None:
    group = Group.objects.get(name=ROLE_DEFINITIONS[role].group_name)
    user.groups.add(group)
    # Roles that work in the CMS admin count as staff.
    if ROLE_DEFINITIONS[role].grants_admin_access and not user.is_staff:
        user.is_staff = True
        user.save(update_fields=["is_staff"])


@transaction.atomic
def update_profile(
    *,
    user: User,
    full_name: str,
    latin_name: str,
    organisation: str,
    preferred_language: str,
) -> User:
    user.full_name = full_name.strip()
    user.latin_name = latin_name.strip()
    user.organisation = organisation.strip()
    user.preferred_language = preferred_language
    user.save(update_fields=["full_name", "latin_name", "organisation", "preferred_language"])
    # Keep the CMS admin in the same language as the rest of the site.
    admin_profile = UserProfile.get_for_user(user)
    admin_profile.preferred_language = preferred_language
    admin_profile.save(update_fields=["preferred_language"])
    return user
