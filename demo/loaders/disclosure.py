"""The disclosure portal's demo: reference data, a few hundred listed enterprises over the last
five complete years (from ``demo.generators.disclosure``, the benchmarks' generator at a small
size), and the demo discloser's two enterprises.

discloser@cphub.example acts for 示范化工有限公司 (its annual report for last year is an open
draft) and 示范热电有限公司 (an amended report, and a compulsory audit whose team names a
revoked certificate and a mistyped certificate number). reviewer@cphub.example is the
authority reviewer named on list entries and audit results.
"""

from django.db import transaction

from accounts.models import User
from certificates.models import Certificate
from demo.generators.disclosure import DEMO_NAMESPACE, Generator, Overrides, Reference
from disclosure.models import Enterprise, EnterpriseMembership
from disclosure.reference_data import ensure_reference_data

DEMO_SEED = 2021
DEMO_ENTERPRISES = 300
DEMO_YEARS = 5
DEMO_REGION = "320583"  # Kunshan, Jiangsu: where the discloser's two enterprises are
DISCLOSER_EMAIL = "discloser@cphub.example"


def showcase(generator: Generator, discloser: User | None) -> dict[int, Overrides]:
    """The discloser's enterprises (demo numbers 1 and 2)."""
    last = generator.end_year
    revoked = (
        Certificate.objects.filter(certificate_type__prefix="CPA", state=Certificate.State.REVOKED)
        .order_by("pk")
        .first()
    )
    listed = (
        Certificate.objects.filter(holder__email="auditor001@cphub.example").order_by("pk").first()
    )
    extra_team = []
    if revoked is not None:
        extra_team.append(
            generator.team_member(name=revoked.holder_name, number=revoked.number, role="审核员")
        )
    if listed is not None:
        # A number mistyped when the team was filed: it matches no certificate.
        extra_team.append(
            generator.team_member(
                name=listed.holder_name, number=listed.number[:-3] + "991", role="审核员"
            )
        )
    return {
        1: Overrides(
            name="示范化工有限公司",
            name_en="Demo Chemicals Co., Ltd.",
            sector="C2614",
            region=DEMO_REGION,
            user=discloser,
            draft_years=frozenset({last}),
            compulsory_years=frozenset({last - 3}),
            toxic=True,
        ),
        2: Overrides(
            name="示范热电有限公司",
            name_en="Demo Thermal Power Co., Ltd.",
            sector="D4411",
            region=DEMO_REGION,
            user=discloser,
            amendment_years={last - 1: ("unit",), last - 2: ("waste", "carbon")},
            compulsory_years=frozenset({last}),
            energy=True,
            extra_team=tuple(extra_team),
        ),
    }


def demo_credit_codes(generator: Generator) -> tuple[str, str]:
    """The credit codes of the discloser's two enterprises."""
    return (
        generator.credit_code(1, DEMO_REGION),
        generator.credit_code(2, DEMO_REGION),
    )


@transaction.atomic
def load_demo_disclosure() -> int:
    """Load the demo once; a second run changes nothing. Returns the rows written."""
    ensure_reference_data()
    reference = Reference.load()
    generator = Generator(
        reference=reference, seed=DEMO_SEED, years=DEMO_YEARS, namespace=DEMO_NAMESPACE
    )
    codes = demo_credit_codes(generator)
    if Enterprise.objects.filter(credit_code=codes[0]).exists():
        return 0
    discloser = User.objects.filter(email=DISCLOSER_EMAIL).first()
    rows = generator.run(
        count=DEMO_ENTERPRISES,
        batch=DEMO_ENTERPRISES,
        overrides=showcase(generator, discloser),
    )
    if discloser is not None:
        for enterprise in Enterprise.objects.filter(credit_code__in=codes):
            EnterpriseMembership.objects.get_or_create(
                user=discloser,
                enterprise=enterprise,
                defaults={"invited_by": reference.actor},
            )
    return rows
