from allauth.mfa.utils import is_mfa_enabled

from accounts.roles import PRIVILEGED_GROUP_NAMES, ROLE_DEFINITIONS, Role


def user_has_role(*, user, role: Role) -> bool:
    if not user.is_authenticated:
        return False
    group_name = ROLE_DEFINITIONS[role].group_name
    return user.groups.filter(name=group_name).exists()


def user_roles(*, user) -> list[Role]:
    if not user.is_authenticated:
        return []
    names = set(user.groups.values_list("name", flat=True))
    return [role for role, definition in ROLE_DEFINITIONS.items() if definition.group_name in names]


def user_is_privileged(*, user) -> bool:
    """Staff, superusers and members of any role that requires MFA."""
    if not user.is_authenticated:
        return False
    if user.is_staff or user.is_superuser:
        return True
    return user.groups.filter(name__in=PRIVILEGED_GROUP_NAMES).exists()


def user_has_mfa(*, user) -> bool:
    return user.is_authenticated and is_mfa_enabled(user)


def user_needs_mfa_setup(*, user) -> bool:
    return user_is_privileged(user=user) and not user_has_mfa(user=user)
