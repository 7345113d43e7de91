"""The reference pages: pollutants with their limits, and the data dictionary."""

from dataclasses import dataclass

from django.db.models import (
    Prefetch,
)
from django.utils.translation import gettext_lazy as _

from core.i18n import in_english
from core.units import UNITS
from disclosure.models import (
    ListBasis,
    Method,
    Pollutant,
    StandardLimit,
)
from disclosure.selectors.figures import BENEFIT_METRICS, Amount, unit_label


def pollutants_with_limits() -> list[Pollutant]:
    """Every pollutant with the standards that set a limit for it (two queries); each limit
    gets ``applies_to`` in the active language and ``amount`` with the pollutant's unit."""
    pollutants = list(
        Pollutant.objects.prefetch_related(
            Prefetch(
                "limits",
                queryset=StandardLimit.objects.select_related("standard").order_by(
                    "standard__number"
                ),
            )
        )
    )
    english = in_english()
    for pollutant in pollutants:
        pollutant.unit_label = unit_label(pollutant.concentration_unit)
        for limit in pollutant.limits.all():
            preferred = limit.applies_to_en if english else limit.applies_to_zh
            limit.applies_to = preferred or limit.applies_to_zh or limit.applies_to_en
            limit.amount = Amount(limit.limit, pollutant.concentration_unit)
    return pollutants


@dataclass(frozen=True)
class DictionaryField:
    name: str  # as in the open data (JSON keys and CSV columns)
    meaning: object
    unit: object = ""
    accepted: str = ""


@dataclass(frozen=True)
class DictionarySection:
    slug: str
    title: object
    intro: object
    fields: tuple[DictionaryField, ...]


def units_of(family: str) -> str:
    """The labels of every unit of a family, as accepted in forms and uploads."""
    return ", ".join(str(unit.label) for unit in UNITS.values() if unit.family == family)


def data_dictionary() -> list[DictionarySection]:
    """Every published field, what it means, its canonical unit and the units accepted."""
    mass, money = units_of("mass"), str(UNITS["yuan"].label)
    concentration = _("mg/m³ (air) or mg/L (water): the pollutant's unit")
    return [
        DictionarySection(
            "enterprise",
            _("Enterprise"),
            _("Who discloses. The credit code is the stable identifier used in every address."),
            (
                DictionaryField(
                    "credit_code",
                    _(
                        "Unified social credit code: 18 letters and digits, the last a check "
                        "character; digits 3 to 8 are the region where it was registered."
                    ),
                ),
                DictionaryField("name", _("Registered name in Chinese.")),
                DictionaryField("name_en", _("Name in English, where the enterprise gives one.")),
                DictionaryField(
                    "sector", _("Industry class of the national classification GB/T 4754.")
                ),
                DictionaryField(
                    "region_code", _("6-digit administrative region code (GB/T 2260).")
                ),
                DictionaryField(
                    "province", _("Province, from the first two digits of the region code.")
                ),
                DictionaryField("address", _("Address of the site.")),
                DictionaryField(
                    "coordinates", _("Latitude and longitude of the site."), _("degrees (WGS 84)")
                ),
            ),
        ),
        DictionarySection(
            "list",
            _("Key-enterprise list"),
            _("Each year the environmental authority lists who must disclose, and why."),
            (
                DictionaryField("year", _("The year the list applies to.")),
                DictionaryField(
                    "must_disclose", _("Whether the enterprise must publish an annual report.")
                ),
                DictionaryField(
                    "compulsory_audit", _("Whether the enterprise must carry out a CP audit.")
                ),
                DictionaryField("bases", _("Why it is listed: one or more list bases (below).")),
                DictionaryField(
                    "source_document", _("The authority's document that lists the enterprise.")
                ),
                DictionaryField("source_url", _("Where to read that document, if online.")),
            ),
        ),
        DictionarySection(
            "report",
            _("Reports and versions"),
            _(
                "A report is one obligation: the annual report for a year, or an ad-hoc report "
                "after an event. Its content is published in numbered versions; an amendment is "
                "a new version and earlier ones stay readable."
            ),
            (
                DictionaryField(
                    "id",
                    _(
                        "Public identifier: credit code, year and AR for the annual report or "
                        "AH01, AH02… for ad-hoc reports, e.g. 91320583MAD000001P-2024-AR."
                    ),
                ),
                DictionaryField("kind", _("Annual or ad-hoc (see report kinds below).")),
                DictionaryField(
                    "year", _("The year reported on, or for an ad-hoc report the event's year.")
                ),
                DictionaryField(
                    "event", _("For an ad-hoc report: what happened, and on which date.")
                ),
                DictionaryField("due_on", _("The date the report was due.")),
                DictionaryField("filed_on", _("The date it was first submitted.")),
                DictionaryField(
                    "filed_late", _("Computed by CP Hub: first submitted after the due date.")
                ),
                DictionaryField(
                    "version", _("Version number; the highest published one is current.")
                ),
                DictionaryField(
                    "change_summary", _("For an amendment: what changed and why, in its words.")
                ),
                DictionaryField(
                    "signed_by",
                    _("Who signed the statement that the report is true, accurate and complete."),
                ),
                DictionaryField("published_at", _("When the version was published.")),
            ),
        ),
        DictionarySection(
            "basic",
            _("Basic information and permit"),
            "",
            (
                DictionaryField("products", _("Main products and production capacity.")),
                DictionaryField("permit_number", _("Pollutant discharge permit number.")),
                DictionaryField("permit_valid_until", _("Last day the permit is valid.")),
                DictionaryField("permit_authority", _("Authority that issued the permit.")),
                DictionaryField(
                    "emissions_t_co2e",
                    _("Greenhouse gas emissions in the year."),
                    UNITS["tCO2e"].label,
                    units_of("co2"),
                ),
            ),
        ),
        DictionarySection(
            "discharges",
            _("Discharges"),
            _(
                "One row per discharge outlet and pollutant. Figures are stored in the canonical "
                "unit; the value and unit the enterprise reported are kept next to them."
            ),
            (
                DictionaryField("outlet_code", _("Outlet code from the discharge permit.")),
                DictionaryField("outlet_name", _("Name of the outlet.")),
                DictionaryField("medium", _("Air or water.")),
                DictionaryField(
                    "pollutant", _("The pollutant (see the pollutants page for explanations).")
                ),
                DictionaryField(
                    "concentration",
                    _("Mean concentration over the year."),
                    concentration,
                    _("air: %(air)s; water: %(water)s")
                    % {"air": units_of("air_conc"), "water": units_of("water_conc")},
                ),
                DictionaryField(
                    "standard", _("The discharge standard that applies: number and title.")
                ),
                DictionaryField(
                    "limit", _("The concentration limit applied to this outlet."), concentration
                ),
                DictionaryField(
                    "exceeds_limit",
                    _("Computed by CP Hub: the concentration is above the limit."),
                ),
                DictionaryField(
                    "quantity_t", _("Quantity discharged in the year."), UNITS["t"].label, mass
                ),
                DictionaryField(
                    "permitted_t",
                    _("Quantity the permit allows in the year."),
                    UNITS["t"].label,
                    mass,
                ),
                DictionaryField(
                    "exceeds_permit",
                    _("Computed by CP Hub: the quantity is above the permitted quantity."),
                ),
                DictionaryField("method", _("How the figure was obtained (methods below).")),
            ),
        ),
        DictionarySection(
            "waste",
            _("Waste"),
            "",
            (
                DictionaryField(
                    "category", _("Hazardous waste or general industrial solid waste.")
                ),
                DictionaryField(
                    "waste_code", _("Code in the national list of hazardous wastes, e.g. HW17.")
                ),
                DictionaryField("name", _("What the waste is.")),
                DictionaryField("generated_t", _("Generated in the year."), UNITS["t"].label, mass),
                DictionaryField(
                    "utilised_t", _("Recycled or used in the year."), UNITS["t"].label, mass
                ),
                DictionaryField(
                    "disposed_t", _("Disposed of in the year."), UNITS["t"].label, mass
                ),
                DictionaryField(
                    "stored_t", _("Stored at the end of the year."), UNITS["t"].label, mass
                ),
                DictionaryField("receiver", _("Who took the waste.")),
                DictionaryField("receiver_licence", _("The receiver's licence number.")),
            ),
        ),
        DictionarySection(
            "penalties",
            _("Penalties"),
            "",
            (
                DictionaryField("decided_on", _("Date of the penalty decision.")),
                DictionaryField("authority", _("Authority that decided it.")),
                DictionaryField("document_number", _("Number of the decision.")),
                DictionaryField("violation", _("What the enterprise did wrong.")),
                DictionaryField("fine_yuan", _("Fine."), money, money),
                DictionaryField("rectification", _("What the enterprise did to put it right.")),
                DictionaryField("rectified_on", _("When the rectification was completed.")),
            ),
        ),
        DictionarySection(
            "audits",
            _("CP audits"),
            _(
                "A cleaner production audit goes through 7 phases. Compulsory audits are checked "
                "by the authority in two steps: assessment, then acceptance."
            ),
            (
                DictionaryField("round", _("1 for the first audit, 2 for the next, and so on.")),
                DictionaryField(
                    "compulsory", _("Whether the audit is compulsory or done voluntarily.")
                ),
                DictionaryField("bases", _("For a compulsory audit: the list bases behind it.")),
                DictionaryField("voluntary_reason", _("For a voluntary audit: why.")),
                DictionaryField("consultancy", _("The consultancy that helped, if any.")),
                DictionaryField("phases", _("Start and end dates of each phase done.")),
                DictionaryField(
                    "team",
                    _(
                        "Audit team members with their CP auditor certificate numbers; a "
                        "certificate found on CP Hub links to its live verification page."
                    ),
                ),
                DictionaryField(
                    "authority_results",
                    _("Assessment and acceptance results, recorded by the authority."),
                ),
            ),
        ),
        DictionarySection(
            "options",
            _("CP options"),
            _(
                "Measures found by an audit. Savings are a year's effect once implemented. "
                "Statistics add up implemented options only, each audit round once."
            ),
            (
                DictionaryField("title", _("What the option is.")),
                DictionaryField(
                    "cost_class", _("No or low cost, or medium or high cost (needs investment).")
                ),
                DictionaryField("orientation", _("Whether it changes technology or management.")),
                DictionaryField("status", _("Planned, being implemented or implemented.")),
                *(
                    DictionaryField(metric.field, metric.label, unit_label(metric.unit))
                    for metric in BENEFIT_METRICS
                ),
            ),
        ),
    ]


METHOD_EXPLANATIONS = {
    Method.MONITORING: _(
        "Measured: continuous emission monitoring or sampling by an accredited laboratory. "
        "The most reliable source, and the one the disclosure rules prefer."
    ),
    Method.CALCULATION: _(
        "Worked out from measured inputs, such as fuel burned and its sulphur content (a mass "
        "balance or emission factor applied to real data)."
    ),
    Method.ESTIMATE: _(
        "An estimate, e.g. from design figures or a similar plant. The least certain: read it "
        "with care."
    ),
}

BASIS_EXPLANATIONS = {
    ListBasis.EXCEEDS_STANDARDS: _(
        "Discharges above national or local standards, or above the total quantity the "
        "enterprise was allotted. Makes a CP audit compulsory."
    ),
    ListBasis.TOXIC_HAZARDOUS: _(
        "Uses toxic or hazardous raw materials, or discharges toxic or hazardous substances. "
        "Makes a CP audit compulsory."
    ),
    ListBasis.ENERGY_LIMITS: _(
        "Uses more energy per unit of product than the limit allows (a trigger added when the "
        "CP Promotion Law was revised in 2012). Makes a CP audit compulsory."
    ),
    ListBasis.KEY_DISCHARGER: _(
        "Listed by the authority as a key pollutant discharger: must disclose its emissions."
    ),
}
