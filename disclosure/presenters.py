"""One report version as people and programs read it: the public report page, the filing
pages, the version diff and the open-data API all start from ``present_version``.

``present_version`` loads a version's sections once (six queries, whatever their size) and
returns a ``PresentedVersion``: each row with its figures in the canonical unit (``Amount``),
the figures as the enterprise entered them (``Entered``, for the filing pages) and, through
``PresentedVersion.to_dict``, the JSON-ready form of the API. The template
``disclosure/includes/version_sections.html`` renders it for the public and the filing pages.
"""

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from django.db.models import Prefetch, QuerySet, prefetch_related_objects

from certificates.selectors import verification_url
from core.numbers import format_number
from core.units import UNITS, convert
from disclosure.models import (
    AuditPhase,
    AuditRecord,
    AuditResult,
    AuditTeamMember,
    CPOption,
    DischargeRecord,
    ListBasis,
    PenaltyRecord,
    ReportVersion,
    WasteRecord,
)
from disclosure.selectors.figures import BENEFIT_METRICS, Amount, reported_amount, unit_label

SAVINGS_FIELDS = ("water_m3", "electricity_kwh", "energy_tce", "materials_t")
REDUCTION_FIELDS = ("cod_t", "nh3n_t", "so2_t", "nox_t", "vocs_t", "hazardous_waste_t")


def json_number(value: Decimal | None) -> int | float | None:
    """A stored decimal as a JSON number: whole numbers as integers, null stays null."""
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() and abs(value) < 2**53 else float(value)


def json_day(value) -> str | None:
    return value.isoformat() if value else None


@dataclass(frozen=True)
class Entered:
    """A figure as the enterprise entered it: plain digits, as its forms and files accept
    them (60000 µg/m³), or "—" when there is none."""

    value: Decimal | None
    unit: str = ""  # a core.units code

    def __str__(self) -> str:
        if self.value is None:
            return "—"
        return f"{format_number(self.value)} {unit_label(self.unit)}".strip()

    def __bool__(self) -> bool:
        return self.value is not None


@dataclass
class AuditView:
    """The latest disclosed state of one audit round, with the authority's decisions."""

    audit: AuditRecord
    report_public_id: str
    report_year: int
    results: list[AuditResult]

    @property
    def basis_labels(self) -> list[str]:
        return [
            str(ListBasis(basis).label) for basis in self.audit.bases if basis in ListBasis.values
        ]

    @property
    def phases(self) -> list[tuple[str, str, str]]:
        """(phase name, start, end) for each of the 7 phases, blank when not reached."""
        dates = self.audit.phases if isinstance(self.audit.phases, dict) else {}
        rows = []
        for phase in AuditPhase:
            done = dates.get(str(phase.value))
            done = done if isinstance(done, dict) else {}
            rows.append((str(phase.label), done.get("start", ""), done.get("end", "")))
        return rows

    @property
    def options(self) -> list[CPOption]:
        return list(self.audit.options.all())

    @property
    def team(self) -> list[AuditTeamMember]:
        return list(self.audit.team.all())

    @property
    def option_rows(self) -> list[tuple[CPOption, list[tuple[str, Amount]], Amount, Amount]]:
        """Each option with its non-zero annual savings and reductions, its investment and
        its economic benefit a year."""
        return [
            (
                option,
                savings_of(option),
                Amount(option.investment_10k_yuan, "wan_yuan"),
                Amount(option.benefit_10k_yuan, "wan_yuan"),
            )
            for option in self.options
        ]

    def to_dict(self) -> dict:
        audit = self.audit
        return {
            "round": audit.round,
            "compulsory": audit.compulsory,
            "bases": [basis for basis in audit.bases or [] if basis in ListBasis.values],
            "voluntary_reason": audit.voluntary_reason,
            "consultancy": audit.consultancy,
            "phases": _json_phases(audit.phases),
            "team": [_json_member(member) for member in self.team],
            "options": [_json_option(option) for option in self.options],
            "authority_results": [
                {
                    "stage": result.stage,
                    "outcome": result.outcome,
                    "decided_on": json_day(result.decided_on),
                    "authority": result.authority,
                }
                for result in self.results
            ],
        }

    @property
    def implemented_totals(self) -> dict[str, Amount]:
        totals = {}
        implemented = [o for o in self.options if o.status == CPOption.Status.IMPLEMENTED]
        for metric in BENEFIT_METRICS:
            total = sum((getattr(option, metric.field) for option in implemented), Decimal(0))
            totals[metric.field] = Amount(total, metric.unit)
        return totals


def savings_of(option: CPOption) -> list[tuple[str, Amount]]:
    """(what, how much a year) for each saving or reduction the option reports."""
    return [
        (str(metric.label), Amount(getattr(option, metric.field), metric.unit))
        for metric in BENEFIT_METRICS
        if metric.field not in ("investment_10k_yuan", "benefit_10k_yuan")
        and getattr(option, metric.field)
    ]


def team_queryset() -> QuerySet[AuditTeamMember]:
    return AuditTeamMember.objects.select_related("certificate", "certificate__replaced_by")


def _json_phases(stored) -> list[dict]:
    if not isinstance(stored, dict):
        return []
    rows = []
    for key, dates in stored.items():
        if str(key).isdigit() and 1 <= int(key) <= len(AuditPhase) and isinstance(dates, dict):
            rows.append(
                {
                    "phase": int(key),
                    "start": dates.get("start") or None,
                    "end": dates.get("end") or None,
                }
            )
    return sorted(rows, key=lambda row: row["phase"])


def _json_member(member: AuditTeamMember) -> dict:
    certificate = member.certificate
    return {
        "name": member.name,
        "role": member.role,
        "certificate_number": member.certificate_number or None,
        "certificate": {
            "code": certificate.code,
            "status": certificate.status(),
            "verification_url": verification_url(certificate),
        }
        if certificate
        else None,
    }


def _json_option(option: CPOption) -> dict:
    return {
        "title": option.title,
        "cost_class": option.cost_class,
        "orientation": option.orientation,
        "status": option.status,
        "investment_10k_yuan": json_number(option.investment_10k_yuan),
        "annual_savings": {name: json_number(getattr(option, name)) for name in SAVINGS_FIELDS},
        "annual_reductions": {
            name: json_number(getattr(option, name)) for name in REDUCTION_FIELDS
        },
        "benefit_10k_yuan": json_number(option.benefit_10k_yuan),
    }


@dataclass
class DischargeLine:
    record: DischargeRecord
    concentration: Amount
    concentration_reported: Amount | None
    limit: Amount
    quantity: Amount
    quantity_reported: Amount | None
    permitted: Amount
    permitted_reported: Amount | None

    @property
    def entered_concentration(self) -> Entered:
        record = self.record
        unit = record.concentration_unit or record.pollutant.concentration_unit
        return Entered(record.concentration_reported, unit)

    @property
    def concentration_converted(self) -> bool:
        """Whether the concentration was entered in another unit than the pollutant's."""
        return self.concentration_reported is not None

    @property
    def entered_limit(self) -> Entered:
        return Entered(self.record.limit, self.record.pollutant.concentration_unit)

    @property
    def entered_quantity(self) -> Entered:
        return Entered(self.record.quantity_reported, self.record.quantity_unit)

    @property
    def entered_permitted(self) -> Entered:
        return Entered(self.record.permitted_reported, self.record.permitted_unit)

    @property
    def compared(self) -> bool:
        """Whether there was anything to compare: a concentration and its limit, or a
        quantity and the permitted quantity."""
        return bool((self.concentration and self.limit) or (self.quantity and self.permitted))

    def to_dict(self) -> dict:
        record = self.record
        pollutant, standard = record.pollutant, record.standard
        return {
            "outlet_code": record.outlet_code,
            "outlet_name": record.outlet_name,
            "medium": record.medium,
            "pollutant": {
                "code": pollutant.code,
                "name_zh": pollutant.name_zh,
                "name_en": pollutant.name_en,
                "formula": pollutant.formula,
            },
            "concentration": json_number(record.concentration),
            "concentration_unit": pollutant.concentration_unit,
            "concentration_reported": json_number(record.concentration_reported),
            "concentration_reported_unit": record.concentration_unit or None,
            "standard": {
                "number": standard.number,
                "title_zh": standard.title_zh,
                "title_en": standard.title_en,
            }
            if standard
            else None,
            "limit": json_number(record.limit),
            "exceeds_limit": record.exceeds_limit,
            "quantity_t": json_number(record.quantity_t),
            "quantity_reported": json_number(record.quantity_reported),
            "quantity_reported_unit": record.quantity_unit
            if record.quantity_reported is not None
            else None,
            "permitted_t": json_number(record.permitted_t),
            "permitted_reported": json_number(record.permitted_reported),
            "permitted_reported_unit": record.permitted_unit
            if record.permitted_reported is not None
            else None,
            "exceeds_permit": record.exceeds_permit,
            "method": record.method,
        }


@dataclass
class WasteLine:
    record: WasteRecord
    generated: Amount
    utilised: Amount
    disposed: Amount
    stored: Amount
    # The amounts in the unit the enterprise used, when it was not tonnes.
    reported: list[Amount] | None

    @property
    def reported_unit(self) -> str:
        return unit_label(self.record.reported_unit)

    @property
    def entered(self) -> list[Entered]:
        """Generated, utilised, disposed of and stored, in the unit the enterprise used."""
        if self.reported is not None:
            return [Entered(amount.value, amount.unit) for amount in self.reported]
        amounts = (self.generated, self.utilised, self.disposed, self.stored)
        return [Entered(amount.value, "t") for amount in amounts]

    def to_dict(self) -> dict:
        record = self.record
        return {
            "category": record.category,
            "waste_code": record.waste_code,
            "name": record.name,
            "generated_t": json_number(record.generated_t),
            "utilised_t": json_number(record.utilised_t),
            "disposed_t": json_number(record.disposed_t),
            "stored_t": json_number(record.stored_t),
            "reported_unit": record.reported_unit,
            "receiver": record.receiver,
            "receiver_licence": record.receiver_licence,
        }


@dataclass
class PresentedVersion:
    version: ReportVersion
    discharges: list[DischargeLine]
    wastes: list[WasteLine]
    penalties: list[PenaltyRecord]
    audits: list[AuditView]

    @property
    def carbon(self) -> Amount:
        return Amount(self.version.carbon_t, "tCO2e")

    @property
    def carbon_reported(self) -> Amount | None:
        return reported_amount(self.carbon, self.version.carbon_reported, self.version.carbon_unit)

    @property
    def carbon_entered(self) -> Entered:
        return Entered(self.version.carbon_reported, self.version.carbon_unit)

    @property
    def exceedances(self) -> int:
        return sum(
            1 for line in self.discharges if line.record.exceeds_limit or line.record.exceeds_permit
        )

    def to_dict(self) -> dict:
        """The version's content as JSON-ready data, in the fields of the open-data API's
        disclosure record (numbers as JSON numbers, dates as ISO 8601 text)."""
        version = self.version
        return {
            "basic_information": {
                "products": version.products,
                "permit_number": version.permit_number,
                "permit_valid_until": json_day(version.permit_valid_until),
                "permit_authority": version.permit_authority,
            },
            "carbon": {
                "emissions_t_co2e": json_number(version.carbon_t),
                "reported_value": json_number(version.carbon_reported),
                "reported_unit": version.carbon_unit or None,
            },
            "has_exceedance": version.has_exceedance,
            "discharges": [line.to_dict() for line in self.discharges],
            "wastes": [line.to_dict() for line in self.wastes],
            "penalties": [_json_penalty(record) for record in self.penalties],
            "audits": [view.to_dict() for view in self.audits],
        }


def _json_penalty(record: PenaltyRecord) -> dict:
    return {
        "decided_on": json_day(record.decided_on),
        "authority": record.authority,
        "document_number": record.document_number,
        "violation": record.violation,
        "fine_yuan": json_number(record.fine_yuan),
        "rectification": record.rectification,
        "rectified_on": json_day(record.rectified_on),
    }


def discharge_line(record: DischargeRecord) -> DischargeLine:
    unit = record.pollutant.concentration_unit
    concentration = Amount(record.concentration, unit)
    quantity = Amount(record.quantity_t, "t")
    permitted = Amount(record.permitted_t, "t")
    return DischargeLine(
        record=record,
        concentration=concentration,
        concentration_reported=reported_amount(
            concentration, record.concentration_reported, record.concentration_unit
        ),
        limit=Amount(record.limit, unit),
        quantity=quantity,
        quantity_reported=reported_amount(quantity, record.quantity_reported, record.quantity_unit),
        permitted=permitted,
        permitted_reported=reported_amount(
            permitted, record.permitted_reported, record.permitted_unit
        ),
    )


def waste_line(record: WasteRecord) -> WasteLine:
    tonnes = [record.generated_t, record.utilised_t, record.disposed_t, record.stored_t]
    reported = None
    unit = UNITS.get(record.reported_unit)
    if unit is not None and unit.code != "t":
        converted = [convert(value, from_unit=UNITS["t"], to_unit=unit) for value in tonnes]
        if None not in converted:
            reported = [Amount(value, unit.code) for value in converted]
    return WasteLine(record, *(Amount(value, "t") for value in tonnes), reported=reported)


def section_prefetches() -> list[Prefetch]:
    """What ``present_version`` reads, as prefetches in the order it shows the rows: a list
    of versions loaded with these (e.g. a page of the API) is presented without more queries."""
    return [
        Prefetch(
            "discharges",
            queryset=DischargeRecord.objects.select_related("pollutant", "standard").order_by(
                "medium", "outlet_code", "pollutant__order", "pollutant__code", "pk"
            ),
        ),
        Prefetch("wastes", queryset=WasteRecord.objects.all()),
        Prefetch("penalties", queryset=PenaltyRecord.objects.all()),
        Prefetch(
            "audits",
            queryset=AuditRecord.objects.order_by("round").prefetch_related(
                Prefetch("team", queryset=team_queryset()), "options"
            ),
        ),
    ]


def present_version(
    *, version: ReportVersion, results: list[AuditResult] | None = None
) -> PresentedVersion:
    """One version with its sections, ready to show: six queries, none for sections already
    loaded with ``section_prefetches``. ``results`` are the authority's decisions on the
    enterprise's audits (each audit round shows its own); the filing pages leave them out."""
    prefetch_related_objects([version], *section_prefetches())
    report = version.report
    by_round: dict[int, list[AuditResult]] = defaultdict(list)
    for result in results or []:
        by_round[result.round].append(result)
    return PresentedVersion(
        version=version,
        discharges=[discharge_line(record) for record in version.discharges.all()],
        wastes=[waste_line(record) for record in version.wastes.all()],
        penalties=list(version.penalties.all()),
        audits=[
            AuditView(
                audit=audit,
                report_public_id=report.public_id,
                report_year=report.year,
                results=by_round.get(audit.round, []),
            )
            for audit in version.audits.all()
        ],
    )
