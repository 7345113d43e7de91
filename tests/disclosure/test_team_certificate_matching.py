"""Audit team members are matched to certificates by number + name, which tells the filer who
holds which certificate: each new pair is counted per enterprise and per filing user, and over
either allowance nothing is saved (issue 10, finding 5)."""

import csv
import io

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import translation

from disclosure import section_import, services
from tests.certificates.builders import make_certificate
from tests.disclosure.builders import make_enterprise, make_member

pytestmark = pytest.mark.django_db

AUDIT_FIELDS = {"compulsory": False, "voluntary_reason": "自愿开展"}


@pytest.fixture
def limits(settings):
    settings.DISCLOSURE_TEAM_MATCH_ENTERPRISE_RATE = "3/d"
    settings.DISCLOSURE_TEAM_MATCH_USER_RATE = "2/d"
    return settings


def draft_for(user, enterprise):
    return services.open_annual_report(enterprise=enterprise, year=2024, user=user)


def member_rows(count: int, *, offset: int = 0) -> list[dict]:
    return [
        {"name": f"成员{offset + index}", "certificate_number": f"CPA-2020-{offset + index:06d}"}
        for index in range(count)
    ]


def save(version, user, team, round: int = 1):
    return services.save_audit(
        version=version, user=user, round=round, team=team, options=[], **AUDIT_FIELDS
    )


@pytest.fixture
def enterprise():
    return make_enterprise()


def test_a_user_over_their_allowance_is_refused_and_nothing_changes(limits, enterprise):
    user = make_member(enterprise)
    version = draft_for(user, enterprise)
    save(version, user, member_rows(2))

    with pytest.raises(ValidationError, match="You have checked too many certificate numbers"):
        save(version, user, member_rows(1, offset=10), round=2)

    assert list(version.audits.values_list("round", flat=True)) == [1]
    assert version.audits.get().team.count() == 2


def test_the_enterprise_allowance_is_shared_by_its_users(limits, enterprise):
    first, second = make_member(enterprise), make_member(enterprise)
    version = draft_for(first, enterprise)
    save(version, first, member_rows(2))

    save(version, second, member_rows(1, offset=10), round=2)
    with pytest.raises(ValidationError, match="for this enterprise"):
        save(version, second, member_rows(1, offset=20), round=3)

    # Another enterprise has an allowance of its own.
    elsewhere = make_enterprise()
    other = make_member(elsewhere)
    save(draft_for(other, elsewhere), other, member_rows(2, offset=30))


def test_members_without_a_certificate_number_are_not_look_ups(limits, enterprise):
    user = make_member(enterprise)
    version = draft_for(user, enterprise)

    save(version, user, [{"name": f"成员{index}", "certificate_number": ""} for index in range(9)])

    assert version.audits.get().team.count() == 9


def test_saving_again_keeps_matched_certificates_without_counting_them(settings, enterprise):
    settings.DISCLOSURE_TEAM_MATCH_USER_RATE = "1/d"
    certificate = make_certificate()
    user = make_member(enterprise)
    version = draft_for(user, enterprise)
    team = [{"name": certificate.holder_name, "certificate_number": certificate.number}]

    save(version, user, team)
    for _ in range(3):  # editing the audit, or importing its options, saves the team again
        save(version, user, team)

    assert version.audits.get().team.get().certificate == certificate


def test_saving_again_with_members_who_matched_nothing_counts_nothing(settings, enterprise):
    settings.DISCLOSURE_TEAM_MATCH_USER_RATE = "2/d"
    user = make_member(enterprise)
    version = draft_for(user, enterprise)
    save(version, user, member_rows(2))

    for _ in range(3):
        save(version, user, member_rows(2))

    assert version.audits.get().team.count() == 2


def test_the_same_pair_twice_in_one_save_is_one_look_up(settings, enterprise):
    settings.DISCLOSURE_TEAM_MATCH_USER_RATE = "1/d"
    user = make_member(enterprise)
    version = draft_for(user, enterprise)

    save(version, user, member_rows(1) + member_rows(1))

    assert version.audits.get().team.count() == 2


def test_a_team_file_over_the_allowance_imports_nothing(limits, enterprise):
    user = make_member(enterprise)
    version = draft_for(user, enterprise)
    save(version, user, [])
    text = io.StringIO()
    writer = csv.writer(text)
    writer.writerow(["name", "role", "certificate_number"])
    for row in member_rows(3):
        writer.writerow([row["name"], "成员", row["certificate_number"]])

    with translation.override("en"):
        result = section_import.import_section(
            version=version,
            user=user,
            section="team",
            data=text.getvalue().encode("utf-8"),
            filename="team.csv",
            round=1,
        )

    assert not result.ok
    assert result.errors[0].line == 0
    assert "certificate numbers" in result.errors[0].message
    assert version.audits.get().team.count() == 0


def test_the_audit_form_over_the_allowance_shows_the_error(client, limits, enterprise):
    user = make_member(enterprise)
    version = draft_for(user, enterprise)
    client.force_login(user)
    data = {
        "round": "1",
        "compulsory": "no",
        "voluntary_reason": "自愿开展",
        "team-TOTAL_FORMS": "3",
        "team-INITIAL_FORMS": "0",
        "options-TOTAL_FORMS": "0",
        "options-INITIAL_FORMS": "0",
    }
    for index, row in enumerate(member_rows(3)):
        data[f"team-{index}-name"] = row["name"]
        data[f"team-{index}-certificate_number"] = row["certificate_number"]
    with translation.override("en"):
        url = reverse("disclosure_manage:audit_new", args=[version.report.public_id])

    response = client.post(url, data)

    assert response.status_code == 400
    assert "You have checked too many certificate numbers" in response.content.decode()
    assert not version.audits.exists()
