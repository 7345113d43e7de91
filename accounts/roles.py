"""The roles of DESIGN.md as Django groups.

Each role names the permissions its group holds and whether its members must have MFA before
they can use them. Later apps add their permission codenames here, in one place.
"""

from dataclasses import dataclass, field
from enum import StrEnum

from django.utils.translation import gettext_lazy as _


class Role(StrEnum):
    INSTRUCTOR = "instructor"
    OFFICER = "officer"
    AGENCY_ADMIN = "agency_admin"
    DISCLOSER = "discloser"
    REVIEWER = "reviewer"
    UNIVERSITY_ADMIN = "university_admin"
    EDITOR = "editor"
    CERTIFICATION_OFFICER = "certification_officer"


@dataclass(frozen=True)
class RoleDefinition:
    role: Role
    group_name: str
    label: object
    description: object
    requires_mfa: bool
    grants_admin_access: bool = False
    # "app_label.codename" strings; missing ones are skipped until their app defines them.
    permissions: tuple[str, ...] = field(default_factory=tuple)


ROLE_DEFINITIONS: dict[Role, RoleDefinition] = {
    definition.role: definition
    for definition in (
        RoleDefinition(
            role=Role.INSTRUCTOR,
            group_name="Instructors",
            label=_("Instructor / examiner"),
            description=_("Runs cohorts, grades essay answers and releases results."),
            requires_mfa=True,
            grants_admin_access=True,
            permissions=(
                "courses.view_cohort",
                "courses.change_cohort",
                "exams.add_question",
                "exams.change_question",
                "exams.view_question",
                "exams.add_exam",
                "exams.change_exam",
                "exams.view_exam",
            ),
        ),
        RoleDefinition(
            role=Role.OFFICER,
            group_name="Government officers",
            label=_("Government officer"),
            description=_("Takes the officer training track."),
            requires_mfa=True,
        ),
        RoleDefinition(
            role=Role.AGENCY_ADMIN,
            group_name="Agency administrators",
            label=_("Agency administrator"),
            description=_("Assigns officer training and sees the agency's rosters."),
            requires_mfa=True,
        ),
        RoleDefinition(
            role=Role.DISCLOSER,
            group_name="Enterprise disclosers",
            label=_("Enterprise discloser"),
            description=_("Files annual and ad-hoc disclosures for its own enterprise only."),
            requires_mfa=True,
        ),
        RoleDefinition(
            role=Role.REVIEWER,
            group_name="Authority reviewers",
            label=_("Environmental authority reviewer"),
            description=_(
                "Maintains the key-enterprise list and records audit assessment and acceptance."
            ),
            requires_mfa=True,
            grants_admin_access=True,
            permissions=(
                "disclosure.add_enterprise",
                "disclosure.change_enterprise",
                "disclosure.view_enterprise",
                "disclosure.add_listentry",
                "disclosure.change_listentry",
                "disclosure.view_listentry",
                # An entry made by mistake is taken off the list.
                "disclosure.delete_listentry",
                "disclosure.add_sector",
                "disclosure.change_sector",
                "disclosure.view_sector",
                "disclosure.add_pollutant",
                "disclosure.change_pollutant",
                "disclosure.view_pollutant",
                "disclosure.add_standard",
                "disclosure.change_standard",
                "disclosure.view_standard",
                "disclosure.add_standardlimit",
                "disclosure.change_standardlimit",
                "disclosure.view_standardlimit",
                "disclosure.delete_standardlimit",
                "disclosure.add_holiday",
                "disclosure.change_holiday",
                "disclosure.view_holiday",
                "disclosure.delete_holiday",
            ),
        ),
        RoleDefinition(
            role=Role.UNIVERSITY_ADMIN,
            group_name="University administrators",
            label=_("University administrator"),
            description=_("Registers an LMS or embedding origin for the university."),
            requires_mfa=True,
        ),
        RoleDefinition(
            role=Role.EDITOR,
            group_name="Editors",
            label=_("Editor"),
            description=_("Edits the site's pages, news and regulations in the CMS."),
            requires_mfa=True,
            grants_admin_access=True,
            permissions=(
                "courses.add_cohort",
                "courses.change_cohort",
                "courses.view_cohort",
                # Editors schedule the cohorts, so they choose who teaches each one.
                "courses.assign_cohort_instructor",
                "wagtailimages.add_image",
                "wagtailimages.change_image",
                "wagtailimages.choose_image",
                "wagtaildocs.add_document",
                "wagtaildocs.change_document",
                "wagtaildocs.choose_document",
                "exams.add_question",
                "exams.change_question",
                "exams.view_question",
            ),
        ),
        RoleDefinition(
            role=Role.CERTIFICATION_OFFICER,
            group_name="Certification officers",
            label=_("Certification officer"),
            description=_(
                "Requests and approves certificates issued by hand (never their own), suspends, "
                "reinstates, revokes and re-issues certificates."
            ),
            requires_mfa=True,
            grants_admin_access=True,
            # One permission per action, held by this role only; no other role gets any.
            permissions=(
                "certificates.view_certificate_records",
                "certificates.request_manual_issue",
                "certificates.approve_manual_issue",
                "certificates.suspend_certificate",
                "certificates.reinstate_certificate",
                "certificates.revoke_certificate",
                "certificates.reissue_certificate",
            ),
        ),
    )
}

PRIVILEGED_GROUP_NAMES = frozenset(
    definition.group_name for definition in ROLE_DEFINITIONS.values() if definition.requires_mfa
)
