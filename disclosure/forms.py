"""Forms of the enterprise users' pages. Rows are checked by the same functions as uploaded
files (``disclosure.section_import``), so a row means the same however it is entered."""

from decimal import Decimal

from django import forms
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.numbers import format_number
from core.units import UNITS, convert
from disclosure import section_import
from disclosure.models import (
    AuditPhase,
    CPOption,
    ListBasis,
    Method,
    Report,
    ReportVersion,
    WasteRecord,
)
from disclosure.section_import import Lookups

# Browsers and Django refuse forms with more than 1,000 fields: longer sections are edited
# by file upload.
MAX_FORM_ROWS = 50
EXTRA_ROWS = 3


def _number_input():
    return forms.TextInput(attrs={"inputmode": "decimal", "autocomplete": "off", "size": 10})


def _number(label, *, required: bool = False, help_text: str = ""):
    return forms.DecimalField(
        label=label, required=required, widget=_number_input(), help_text=help_text
    )


def _date(label, *, required: bool = True, help_text: str = ""):
    return forms.DateField(
        label=label,
        required=required,
        help_text=help_text,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )


def _units(*families: str) -> list[tuple[str, str]]:
    return [(unit.code, str(unit.label)) for unit in UNITS.values() if unit.family in families]


def _apply_problems(form: forms.Form, problems) -> None:
    for column, message in problems:
        form.add_error(column if column in form.fields else None, message)


# --- Dashboard --------------------------------------------------------------------------------


class StartAnnualReportForm(forms.Form):
    year = forms.TypedChoiceField(label=gettext_lazy("Year reported on"), coerce=int)

    def __init__(self, *args, years: list[int], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["year"].choices = [(year, str(year)) for year in years]


class AdhocReportForm(forms.Form):
    trigger = forms.ChoiceField(
        label=gettext_lazy("Event"), choices=[("", "—"), *Report.Trigger.choices]
    )
    trigger_date = _date(
        gettext_lazy("Date of the event"),
        help_text=gettext_lazy("The report is due 5 working days after this date."),
    )
    description = forms.CharField(
        label=gettext_lazy("What happened"),
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def clean_trigger_date(self):
        value = self.cleaned_data["trigger_date"]
        if value > timezone.localdate():
            raise forms.ValidationError(_("The event cannot be in the future."))
        return value


# --- Basic information ------------------------------------------------------------------------


class BasicInformationForm(forms.Form):
    change_summary = forms.CharField(
        label=gettext_lazy("What changed and why"),
        help_text=gettext_lazy(
            "This is an amendment: name the items corrected and the reason. It is published "
            "with the new version."
        ),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    products = forms.CharField(
        label=gettext_lazy("Main products and capacity"),
        max_length=500,
        required=False,
        help_text=gettext_lazy("For example: sulphuric acid, 200,000 t a year."),
    )
    permit_number = forms.CharField(
        label=gettext_lazy("Discharge permit number"), max_length=40, required=False
    )
    permit_valid_until = _date(gettext_lazy("Permit valid until"), required=False)
    permit_authority = forms.CharField(
        label=gettext_lazy("Permit issued by"), max_length=200, required=False
    )
    carbon_value = _number(gettext_lazy("Carbon emissions in the year"))
    carbon_unit = forms.ChoiceField(label=gettext_lazy("Unit of the carbon emissions"))

    def __init__(self, *args, version: ReportVersion, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["carbon_unit"].choices = _units("co2")
        self.fields["carbon_unit"].initial = "tCO2e"
        if version.number == 1:
            del self.fields["change_summary"]

    @classmethod
    def initial_for(cls, version: ReportVersion) -> dict:
        return {
            "change_summary": version.change_summary,
            "products": version.products,
            "permit_number": version.permit_number,
            "permit_valid_until": version.permit_valid_until,
            "permit_authority": version.permit_authority,
            "carbon_value": version.carbon_reported,
            "carbon_unit": version.carbon_unit or "tCO2e",
        }

    def clean_change_summary(self):
        value = self.cleaned_data["change_summary"].strip()
        if not value:
            raise forms.ValidationError(_("Say what this amendment changes and why."))
        return value

    def clean_carbon_value(self):
        value = self.cleaned_data["carbon_value"]
        problems = section_import.check_reported(
            value, ReportVersion, "carbon_reported", "carbon_value"
        )
        if problems:
            raise forms.ValidationError(problems[0][1])
        return value


# --- Section rows -----------------------------------------------------------------------------


class RowForm(forms.Form):
    """A row of a section formset; ``item`` is the checked row once the form is valid.

    Each section's form defines ``build(data) -> (item, problems)``, which checks the row with
    the same function the CSV/XLSX import uses."""

    item = None

    def __init__(self, *args, version: ReportVersion, context: dict, **kwargs):
        self.version = version
        self.context = context
        super().__init__(*args, **kwargs)

    def clean(self):
        data = super().clean()
        if not self.errors and not data.get("DELETE"):
            values = {name: value for name, value in data.items() if name != "DELETE"}
            self.item, problems = self.build(values)
            _apply_problems(self, problems)
        return data


class DischargeForm(RowForm):
    outlet_code = forms.CharField(
        label=gettext_lazy("Outlet code"),
        max_length=40,
        help_text=gettext_lazy("As in the permit, e.g. DA001."),
    )
    outlet_name = forms.CharField(label=gettext_lazy("Outlet name"), max_length=200, required=False)
    pollutant = forms.ChoiceField(label=gettext_lazy("Pollutant"))
    concentration = _number(gettext_lazy("Concentration (annual mean)"))
    concentration_unit = forms.ChoiceField(
        label=gettext_lazy("Concentration unit"),
        required=False,
        help_text=gettext_lazy("Also the unit of the limit."),
    )
    standard = forms.ChoiceField(label=gettext_lazy("Standard applied"), required=False)
    limit = _number(
        gettext_lazy("Limit"),
        help_text=gettext_lazy("Empty: the standard's limit."),
    )
    annual_quantity = _number(gettext_lazy("Annual quantity"))
    quantity_unit = forms.ChoiceField(label=gettext_lazy("Unit of the quantity"), initial="t")
    permitted_quantity = _number(gettext_lazy("Permitted quantity"))
    permitted_unit = forms.ChoiceField(
        label=gettext_lazy("Unit of the permitted quantity"), initial="t"
    )
    method = forms.ChoiceField(
        label=gettext_lazy("How obtained"), choices=[("", "—"), *Method.choices]
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        lookups: Lookups = self.context["lookups"]
        self.fields["pollutant"].choices = self.context["pollutant_choices"]
        self.fields["standard"].choices = [
            ("", _("None")),
            *((s.number, s.number) for s in lookups.standards.values()),
        ]
        self.fields["concentration_unit"].choices = [
            ("", _("The pollutant's usual unit")),
            *_units("air_conc", "air_conc_teq", "water_conc"),
        ]
        mass = _units("mass")
        self.fields["quantity_unit"].choices = mass
        self.fields["permitted_unit"].choices = mass

    def build(self, data: dict):
        lookups: Lookups = self.context["lookups"]
        pollutant = next(
            p for found in lookups.pollutants.values() for p in found if p.code == data["pollutant"]
        )
        return section_import.discharge_row(
            version=self.version,
            lookups=lookups,
            outlet_code=data["outlet_code"],
            outlet_name=data["outlet_name"],
            pollutant=pollutant,
            method=data["method"],
            concentration=data["concentration"],
            concentration_unit=data["concentration_unit"],
            standard=lookups.standard(data["standard"]) if data["standard"] else None,
            limit=data["limit"],
            annual_quantity=data["annual_quantity"],
            quantity_unit=data["quantity_unit"],
            permitted_quantity=data["permitted_quantity"],
            permitted_unit=data["permitted_unit"],
        )

    @staticmethod
    def initial_for(record) -> dict:
        canonical = UNITS.get(record.pollutant.concentration_unit)
        unit = UNITS.get(record.concentration_unit or record.pollutant.concentration_unit)
        limit = record.limit
        if limit is not None and canonical and unit:
            limit = convert(limit, from_unit=canonical, to_unit=unit)
            limit = limit.normalize() if limit is not None else record.limit
        return {
            "outlet_code": record.outlet_code,
            "outlet_name": record.outlet_name,
            "pollutant": record.pollutant.code,
            "concentration": _plain(record.concentration_reported),
            "concentration_unit": record.concentration_unit,
            "standard": record.standard.number if record.standard else "",
            "limit": _plain(limit),
            "annual_quantity": _plain(record.quantity_reported),
            "quantity_unit": record.quantity_unit or "t",
            "permitted_quantity": _plain(record.permitted_reported),
            "permitted_unit": record.permitted_unit or "t",
            "method": record.method,
        }


def _plain(value: Decimal | None) -> str:
    return format_number(value)


class WasteForm(RowForm):
    category = forms.ChoiceField(
        label=gettext_lazy("Category"), choices=[("", "—"), *WasteRecord.Category.choices]
    )
    waste_code = forms.CharField(
        label=gettext_lazy("Waste code"),
        max_length=20,
        required=False,
        help_text=gettext_lazy("Hazardous waste: e.g. HW08 or 900-249-08."),
    )
    name = forms.CharField(label=gettext_lazy("Waste"), max_length=200)
    generated = _number(gettext_lazy("Generated"), required=True)
    utilised = _number(gettext_lazy("Reused or recycled"))
    disposed = _number(gettext_lazy("Treated or disposed of"))
    stored = _number(gettext_lazy("Stored at the end of the year"))
    unit = forms.ChoiceField(label=gettext_lazy("Unit of the amounts"), initial="t")
    receiver = forms.CharField(label=gettext_lazy("Receiver"), max_length=200, required=False)
    receiver_licence = forms.CharField(
        label=gettext_lazy("Receiver's licence number"), max_length=60, required=False
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].choices = _units("mass")

    def build(self, data: dict):
        return section_import.waste_row(version=self.version, **data)

    @staticmethod
    def initial_for(record) -> dict:
        unit = UNITS.get(record.reported_unit) or UNITS["t"]

        def amount(value):
            converted = convert(value, from_unit=UNITS["t"], to_unit=unit)
            return _plain(converted if converted is not None else value)

        return {
            "category": record.category,
            "waste_code": record.waste_code,
            "name": record.name,
            "generated": amount(record.generated_t),
            "utilised": amount(record.utilised_t),
            "disposed": amount(record.disposed_t),
            "stored": amount(record.stored_t),
            "unit": unit.code,
            "receiver": record.receiver,
            "receiver_licence": record.receiver_licence,
        }


class PenaltyForm(RowForm):
    decided_on = _date(gettext_lazy("Decided on"))
    authority = forms.CharField(label=gettext_lazy("Authority"), max_length=200)
    document_number = forms.CharField(label=gettext_lazy("Decision number"), max_length=100)
    violation = forms.CharField(
        label=gettext_lazy("Violation"), max_length=5000, widget=forms.Textarea(attrs={"rows": 2})
    )
    fine_yuan = _number(gettext_lazy("Fine (yuan)"))
    rectification = forms.CharField(
        label=gettext_lazy("Rectification"),
        max_length=5000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    rectified_on = _date(gettext_lazy("Rectified on"), required=False)

    def build(self, data: dict):
        return section_import.penalty_row(version=self.version, **data)

    @staticmethod
    def initial_for(record) -> dict:
        return {
            "decided_on": record.decided_on,
            "authority": record.authority,
            "document_number": record.document_number,
            "violation": record.violation,
            "fine_yuan": _plain(record.fine_yuan),
            "rectification": record.rectification,
            "rectified_on": record.rectified_on,
        }


class OptionForm(RowForm):
    title = forms.CharField(label=gettext_lazy("Option"), max_length=300)
    cost_class = forms.ChoiceField(
        label=gettext_lazy("Cost class"), choices=[("", "—"), *CPOption.CostClass.choices]
    )
    orientation = forms.ChoiceField(
        label=gettext_lazy("Orientation"),
        choices=CPOption.Orientation.choices,
        initial=CPOption.Orientation.TECHNOLOGY,
    )
    status = forms.ChoiceField(
        label=gettext_lazy("Status"), choices=[("", "—"), *CPOption.Status.choices]
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in section_import.OPTION_AMOUNTS:
            self.fields[name] = _number(capfirst(CPOption._meta.get_field(name).verbose_name))

    def build(self, data: dict):
        return section_import.option_row(**data)

    @staticmethod
    def initial_for(values: dict) -> dict:
        return {
            name: _plain(value) if name in section_import.OPTION_AMOUNTS else value
            for name, value in values.items()
        }


class TeamMemberForm(RowForm):
    name = forms.CharField(label=gettext_lazy("Name"), max_length=150)
    role = forms.CharField(label=gettext_lazy("Role in the team"), max_length=100, required=False)
    certificate_number = forms.CharField(
        label=gettext_lazy("Auditor certificate number"),
        max_length=40,
        required=False,
        help_text=gettext_lazy("As printed on the certificate, e.g. CPA-2024-000123."),
    )

    def build(self, data: dict):
        return section_import.team_row(**data)


class RowFormSet(forms.BaseFormSet):
    """Rows of one section; ``items`` are the rows to save (deleted and empty ones left out)."""

    def add_fields(self, form, index):
        super().add_fields(form, index)
        if "DELETE" in form.fields:
            form.fields["DELETE"].label = _("Remove this row")

    def items(self) -> list:
        return [
            form.item
            for form in self.forms
            if form.item is not None and not self._should_delete_form(form)
        ]


class DischargeFormSet(RowFormSet):
    def clean(self):
        if any(self.errors):
            return
        seen: dict[tuple, int] = {}
        for number, form in enumerate(self.forms, start=1):
            record = form.item
            if record is None or self._should_delete_form(form):
                continue
            pair = (record.outlet_code, record.pollutant_id)
            if pair in seen:
                form.add_error(
                    None,
                    _("Outlet %(outlet)s already has a row for this pollutant (row %(row)d).")
                    % {"outlet": record.outlet_code, "row": seen[pair]},
                )
            else:
                seen[pair] = number
        if any(self.errors):
            raise forms.ValidationError(_("Correct the rows marked below."))


def row_formset(form_class, formset_class=RowFormSet, *, max_rows: int = MAX_FORM_ROWS):
    formset = forms.formset_factory(
        form_class,
        formset=formset_class,
        extra=EXTRA_ROWS,
        can_delete=True,
        max_num=max_rows,
        validate_max=True,
        absolute_max=max_rows + EXTRA_ROWS,
    )
    formset.max_rows = max_rows
    return formset


SECTION_FORMSETS = {
    "discharges": row_formset(DischargeForm, DischargeFormSet),
    "wastes": row_formset(WasteForm),
    "penalties": row_formset(PenaltyForm),
}
# One page holds the audit, its team and its options: together under 1,000 fields.
OptionFormSet = row_formset(OptionForm, max_rows=30)
TeamFormSet = row_formset(TeamMemberForm, max_rows=20)


def row_context(section: str) -> dict:
    """What the forms of a section look up, loaded once for all rows."""
    if section != "discharges":
        return {}
    lookups = Lookups()
    pollutants = sorted(
        {p.pk: p for found in lookups.pollutants.values() for p in found}.values(),
        key=lambda p: (p.medium, p.order, p.code),
    )
    return {
        "lookups": lookups,
        "pollutant_choices": [
            ("", "—"),
            *(
                (p.code, f"{p.name} ({p.formula or p.code}, {p.get_medium_display()})")
                for p in pollutants
            ),
        ],
    }


# --- CP audits --------------------------------------------------------------------------------


class AuditForm(forms.Form):
    round = forms.IntegerField(
        label=gettext_lazy("Audit round"),
        min_value=1,
        max_value=99,
        help_text=gettext_lazy("1 for the enterprise's first CP audit, 2 for the second…"),
    )
    compulsory = forms.TypedChoiceField(
        label=gettext_lazy("Kind of audit"),
        choices=[("yes", gettext_lazy("Compulsory")), ("no", gettext_lazy("Voluntary"))],
        coerce=lambda value: value == "yes",
        widget=forms.RadioSelect,
    )
    bases = forms.MultipleChoiceField(
        label=gettext_lazy("Why the audit is compulsory"),
        choices=ListBasis.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    voluntary_reason = forms.CharField(
        label=gettext_lazy("Why the enterprise audits voluntarily"),
        max_length=300,
        required=False,
    )
    consultancy = forms.CharField(
        label=gettext_lazy("Consultancy"),
        max_length=200,
        required=False,
        help_text=gettext_lazy("The organisation that guided the audit, if any."),
    )

    def __init__(self, *args, taken_rounds=(), editing: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self.taken_rounds = set(taken_rounds)
        if editing:
            self.fields["round"].disabled = True
        for phase in AuditPhase:
            self.fields[f"phase_{phase.value}_start"] = _date(
                gettext_lazy("Started"), required=False
            )
            self.fields[f"phase_{phase.value}_end"] = _date(
                gettext_lazy("Finished"), required=False
            )

    def phase_rows(self):
        """(phase, start field, end field) for the template."""
        return [
            (phase, self[f"phase_{phase.value}_start"], self[f"phase_{phase.value}_end"])
            for phase in AuditPhase
        ]

    @classmethod
    def initial_for(cls, audit) -> dict:
        initial = {
            "round": audit.round,
            "compulsory": "yes" if audit.compulsory else "no",
            "bases": audit.bases,
            "voluntary_reason": audit.voluntary_reason,
            "consultancy": audit.consultancy,
        }
        for number, dates in (audit.phases or {}).items():
            initial[f"phase_{number}_start"] = dates.get("start")
            initial[f"phase_{number}_end"] = dates.get("end")
        return initial

    def clean_round(self):
        value = self.cleaned_data["round"]
        if not self.fields["round"].disabled and value in self.taken_rounds:
            raise forms.ValidationError(
                _("This report already has audit round %(round)d.") % {"round": value}
            )
        return value

    def clean(self):
        data = super().clean()
        compulsory = data.get("compulsory")
        if compulsory is True and not data.get("bases"):
            self.add_error("bases", _("Choose at least one reason the audit is compulsory."))
        if compulsory is False and not (data.get("voluntary_reason") or "").strip():
            self.add_error("voluntary_reason", _("Say why the enterprise audits voluntarily."))
        today = timezone.localdate()
        phases = {}
        for phase in AuditPhase:
            start = data.get(f"phase_{phase.value}_start")
            end = data.get(f"phase_{phase.value}_end")
            if end and not start:
                self.add_error(f"phase_{phase.value}_start", _("Give the start date too."))
            elif start and end and end < start:
                self.add_error(f"phase_{phase.value}_end", _("The end cannot be before the start."))
            elif start and start > today:
                self.add_error(f"phase_{phase.value}_start", _("The date cannot be in the future."))
            elif start:
                phases[str(phase.value)] = {
                    "start": start.isoformat(),
                    "end": end.isoformat() if end else "",
                }
        data["phases"] = phases
        return data

    def audit_fields(self) -> dict:
        data = self.cleaned_data
        compulsory = data["compulsory"]
        return {
            "compulsory": compulsory,
            "bases": list(data["bases"]) if compulsory else [],
            "voluntary_reason": "" if compulsory else data["voluntary_reason"].strip(),
            "consultancy": data["consultancy"].strip(),
            "phases": data["phases"],
        }


# --- Uploads, review and signing ------------------------------------------------------------


class UploadForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("CSV or XLSX file"),
        help_text=gettext_lazy(
            "The rows in the file replace the rows of this section, but only if every row is "
            "correct: otherwise nothing changes and every problem is listed with its line."
        ),
        widget=forms.ClearableFileInput(
            attrs={
                "accept": ".csv,.xlsx,text/csv,"
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            }
        ),
    )


class SignForm(forms.Form):
    signed_name = forms.CharField(
        label=gettext_lazy("Type your full name to sign"),
        max_length=150,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )

    def clean_signed_name(self):
        value = " ".join(self.cleaned_data["signed_name"].split())
        if not value:
            raise forms.ValidationError(_("Type your name to sign the truthfulness statement."))
        return value
