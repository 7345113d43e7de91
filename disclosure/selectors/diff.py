"""What changed between two versions of a report, field by field and row by row."""

import datetime
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from disclosure.models import (
    AuditTeamMember,
    CPOption,
    PenaltyRecord,
    ReportVersion,
)
from disclosure.presenters import (
    AuditView,
    DischargeLine,
    PresentedVersion,
    WasteLine,
    present_version,
)
from disclosure.selectors.figures import BENEFIT_METRICS, Amount, unit_label


@dataclass(frozen=True)
class Change:
    label: str
    old: str
    new: str


@dataclass
class RowDiff:
    """A row of a section that was added, removed or changed; ``fields`` lists the values of
    an added or removed row, and only the changed values of a changed one."""

    key: str
    status: str  # "added", "removed", "changed"
    fields: list[Change]


@dataclass
class SectionDiff:
    title: str
    rows: list[RowDiff]


@dataclass
class VersionDiff:
    old: ReportVersion
    new: ReportVersion
    sections: list[SectionDiff]

    @property
    def has_changes(self) -> bool:
        return any(section.rows for section in self.sections)


def _text(value) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return str(_("Yes")) if value else str(_("No"))
    if isinstance(value, datetime.date):
        return value.isoformat()
    return str(value)


def _with_reported(amount: Amount, reported: Amount | None) -> str:
    if reported is None:
        return str(amount)
    return str(_("%(value)s (reported as %(reported)s)") % {"value": amount, "reported": reported})


def _basic_fields(content: PresentedVersion) -> dict[str, str]:
    version = content.version
    return {
        str(_("Main products and capacity")): _text(version.products),
        str(_("Discharge permit number")): _text(version.permit_number),
        str(_("Permit valid until")): _text(version.permit_valid_until),
        str(_("Permit issued by")): _text(version.permit_authority),
        str(_("Carbon emissions")): _with_reported(content.carbon, content.carbon_reported),
    }


def _discharge_fields(line: DischargeLine) -> dict[str, str]:
    record = line.record
    return {
        str(_("Outlet name")): _text(record.outlet_name),
        str(_("Medium")): record.get_medium_display(),
        str(_("Concentration")): _with_reported(line.concentration, line.concentration_reported),
        str(_("Standard")): _text(record.standard.number if record.standard else ""),
        str(_("Limit")): str(line.limit),
        str(_("Annual quantity")): _with_reported(line.quantity, line.quantity_reported),
        str(_("Permitted quantity")): _with_reported(line.permitted, line.permitted_reported),
        str(_("Exceeds the limit")): _text(record.exceeds_limit),
        str(_("Exceeds the permitted quantity")): _text(record.exceeds_permit),
        str(_("How obtained")): record.get_method_display(),
    }


def _waste_fields(line: WasteLine) -> dict[str, str]:
    record = line.record
    return {
        str(_("Category")): record.get_category_display(),
        str(_("Generated")): str(line.generated),
        str(_("Utilised")): str(line.utilised),
        str(_("Disposed of")): str(line.disposed),
        str(_("Stored")): str(line.stored),
        str(_("Unit reported")): unit_label(record.reported_unit),
        str(_("Receiver")): _text(record.receiver),
        str(_("Receiver's licence number")): _text(record.receiver_licence),
    }


def _penalty_fields(record: PenaltyRecord) -> dict[str, str]:
    return {
        str(_("Decided on")): _text(record.decided_on),
        str(_("Authority")): _text(record.authority),
        str(_("Violation")): _text(record.violation),
        str(_("Fine")): str(Amount(record.fine_yuan, "yuan")),
        str(_("Rectification")): _text(record.rectification),
        str(_("Rectified on")): _text(record.rectified_on),
    }


def _audit_fields(view: AuditView) -> dict[str, str]:
    audit = view.audit
    fields = {
        str(_("Compulsory")): _text(audit.compulsory),
        str(_("Bases")): _text("; ".join(view.basis_labels)),
        str(_("Reason for a voluntary audit")): _text(audit.voluntary_reason),
        str(_("Consultancy")): _text(audit.consultancy),
    }
    for name, start, end in view.phases:
        fields[name] = (
            str(_("%(start)s to %(end)s") % {"start": start or "…", "end": end or "…"})
            if (start or end)
            else "—"
        )
    return fields


def _member_fields(member: AuditTeamMember) -> dict[str, str]:
    return {
        str(_("Role in the team")): _text(member.role),
        str(_("Certificate number")): _text(member.certificate_number),
    }


def _option_fields(option: CPOption) -> dict[str, str]:
    fields = {
        str(_("Cost class")): option.get_cost_class_display(),
        str(_("Orientation")): option.get_orientation_display(),
        str(_("Status")): option.get_status_display(),
    }
    for metric in BENEFIT_METRICS:
        fields[str(metric.label)] = str(Amount(getattr(option, metric.field), metric.unit))
    return fields


def _keyed(items) -> dict[tuple, tuple[str, dict[str, str]]]:
    """{key: (label, fields)}; a key seen twice gets a running number, so no row is lost."""
    keyed: dict[tuple, tuple[str, dict[str, str]]] = {}
    for key, label, fields in items:
        unique, shown, number = key, label, 1
        while unique in keyed:
            number += 1
            unique, shown = (*key, number), f"{label} (#{number})"
        keyed[unique] = (shown, fields)
    return keyed


def _diff_rows(old_items, new_items) -> list[RowDiff]:
    old, new = _keyed(old_items), _keyed(new_items)
    rows = []
    for key, (label, fields) in new.items():
        if key not in old:
            rows.append(
                RowDiff(label, "added", [Change(name, "", value) for name, value in fields.items()])
            )
            continue
        before = old[key][1]
        changes = [
            Change(name, before.get(name, "—"), value)
            for name, value in fields.items()
            if before.get(name, "—") != value
        ]
        if changes:
            rows.append(RowDiff(label, "changed", changes))
    for key, (label, fields) in old.items():
        if key not in new:
            rows.append(
                RowDiff(
                    label, "removed", [Change(name, value, "") for name, value in fields.items()]
                )
            )
    return rows


def _sections(content: PresentedVersion) -> list[tuple[str, list]]:
    round_label = str(_("Round %(round)s"))
    return [
        (
            str(_("Basic information and permit")),
            [(("basic",), str(_("Report")), _basic_fields(content))],
        ),
        (
            str(_("Discharges")),
            [
                (
                    (line.record.outlet_code, line.record.pollutant_id),
                    f"{line.record.outlet_code} · {line.record.pollutant.name}",
                    _discharge_fields(line),
                )
                for line in content.discharges
            ],
        ),
        (
            str(_("Waste")),
            [
                (
                    (line.record.category, line.record.waste_code, line.record.name),
                    " ".join(filter(None, [line.record.waste_code, line.record.name])),
                    _waste_fields(line),
                )
                for line in content.wastes
            ],
        ),
        (
            str(_("Penalties")),
            [
                ((record.document_number,), record.document_number, _penalty_fields(record))
                for record in content.penalties
            ],
        ),
        (
            str(_("CP audits")),
            [
                (
                    (view.audit.round,),
                    round_label % {"round": view.audit.round},
                    _audit_fields(view),
                )
                for view in content.audits
            ],
        ),
        (
            str(_("Audit team")),
            [
                (
                    (view.audit.round, member.name),
                    f"{round_label % {'round': view.audit.round}} · {member.name}",
                    _member_fields(member),
                )
                for view in content.audits
                for member in view.team
            ],
        ),
        (
            str(_("CP options")),
            [
                (
                    (view.audit.round, option.title),
                    f"{round_label % {'round': view.audit.round}} · {option.title}",
                    _option_fields(option),
                )
                for view in content.audits
                for option in view.options
            ],
        ),
    ]


def version_diff(*, old: ReportVersion, new: ReportVersion) -> VersionDiff:
    """Field by field and row by row, what ``new`` changes in ``old``: rows are matched by
    what identifies them (outlet and pollutant, waste, decision number, audit round, team
    member, option title), so a reordered table shows no change."""
    before = _sections(present_version(version=old))
    after = _sections(present_version(version=new))
    sections = [
        SectionDiff(title, _diff_rows(old_items, new_items))
        for (title, old_items), (_title, new_items) in zip(before, after, strict=True)
    ]
    return VersionDiff(old=old, new=new, sections=sections)
