"""Import directory entries from a CSV or XLSX spreadsheet: plan (dry run), then apply.

The file has one header row; column names are case-insensitive:

    external_id*  name*  kind*  commune*  address  latitude  longitude  description
    website  email  phone  services  themes  networks  national  regions  departements
    communes  source  last_verified  active

(* required). `kind` is a kind code (fabrique, incubator, accelerator, ptce, cress, dla,
network_head, other); `commune` is the office's INSEE code; `services`, `themes` and
`networks` are slugs and `regions`, `departements`, `communes` (the area of action) are
INSEE codes, several separated by spaces, commas, semicolons or "|"; `national` and
`active` take yes/no, oui/non, true/false or 1/0; `last_verified` is YYYY-MM-DD (or a
date cell). Empty optional cells leave the field empty (or at its default). A
`description` is text (its blank lines separate paragraphs); one that starts with "<" is
read as HTML and keeps only what the field's rich-text editor could have written.

How a run behaves, and why:

* **Plan first.** `plan()` checks every row without writing and says, for each, whether
  it would be created, updated (and which fields), left unchanged, or rejected — with every
  reason (unknown commune, bad email or URL, duplicate external id in the file, missing
  required field, unknown code or slug…).
* **Atomic.** `apply()` refuses a plan with any rejected row, and writes the others in
  one transaction: a file is imported whole or not at all.
* **Idempotent.** Rows match existing entries on `external_id` (French source rows); a
  row whose values are those already stored is left alone, so importing the same file
  twice changes nothing, and a changed row updates its entry in place (same id, a new
  revision).
* **Published directly.** Imported entries go live at once (inactive ones stay hidden
  through `active`). Importing is reserved to users who may both add and publish
  organisations — Avise's directory managers — and the dry run is their review step;
  every write is a revision attributed to them, so the history shows who imported what
  and an entry can be rolled back from the admin. Sending hundreds of rows one by one
  through moderation would make bulk import pointless.
"""

import csv
import datetime
import io
import re
from dataclasses import dataclass, field

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator, URLValidator
from django.db import transaction
from django.utils.html import escape
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.models import Locale

from portal.models import Theme
from territories.models import Commune, Department, Region

from .models import Network, Organisation, OrganisationKind, Service
from .rich_text import sanitise_description

MAX_ROWS = 20_000
REQUIRED = ("external_id", "name", "kind", "commune")
COLUMNS = (
    *REQUIRED,
    "address",
    "latitude",
    "longitude",
    "description",
    "website",
    "email",
    "phone",
    "services",
    "themes",
    "networks",
    "national",
    "regions",
    "departements",
    "communes",
    "source",
    "last_verified",
    "active",
)
# Column → (model, the model's field whose value the cell holds, the organisation's field).
RELATIONS = {
    "services": (Service, "slug", "services"),
    "themes": (Theme, "slug", "themes"),
    "networks": (Network, "slug", "networks"),
    "regions": (Region, "code", "area_regions"),
    "departements": (Department, "code", "area_departments"),
    "communes": (Commune, "insee", "area_communes"),
}
SCALARS = (
    "name",
    "kind",
    "commune_id",
    "address",
    "latitude",
    "longitude",
    "description",
    "website",
    "email",
    "phone",
    "national",
    "source",
    "last_verified",
    "active",
)
TRUE = {"1", "yes", "oui", "true", "vrai", "y", "o", "x"}
FALSE = {"0", "no", "non", "false", "faux", "n", ""}
SEPARATORS = re.compile(r"[\s,;|]+")
CREATE, UPDATE, UNCHANGED, REJECT = "create", "update", "unchanged", "reject"


class ImportFileError(Exception):
    """The file as a whole cannot be read (wrong type, no header, too many rows…)."""


@dataclass
class RowResult:
    line: int  # the row's line in the spreadsheet (the header is line 1)
    external_id: str
    name: str
    action: str = CREATE
    errors: list[str] = field(default_factory=list)
    changed_fields: list[str] = field(default_factory=list)
    values: dict = field(default_factory=dict, repr=False)
    relations: dict = field(default_factory=dict, repr=False)
    existing: Organisation | None = field(default=None, repr=False)


@dataclass
class ImportReport:
    rows: list[RowResult]
    applied: bool = False

    def count(self, action):
        return sum(1 for row in self.rows if row.action == action)

    @property
    def created(self):
        return self.count(CREATE)

    @property
    def updated(self):
        return self.count(UPDATE)

    @property
    def unchanged(self):
        return self.count(UNCHANGED)

    @property
    def rejected(self):
        return self.count(REJECT)

    @property
    def can_apply(self):
        return bool(self.rows) and not self.rejected


# Reading the file -------------------------------------------------------------------------


def read_rows(content: bytes, filename: str) -> list[dict]:
    """The file's rows as {column: text} dicts, whatever its format."""
    name = filename.lower()
    if name.endswith(".xlsx"):
        table = _read_xlsx(content)
    elif name.endswith(".csv"):
        table = _read_csv(content)
    else:
        raise ImportFileError(_("Upload a .csv or .xlsx file."))
    table = [row for row in table if any(_text(cell) for cell in row)]
    if not table:
        raise ImportFileError(_("The file is empty."))
    header = [_text(cell).lower().lstrip("\ufeff") for cell in table[0]]
    missing = [column for column in REQUIRED if column not in header]
    if missing:
        raise ImportFileError(
            _("The header row lacks the required columns: %(columns)s.")
            % {"columns": ", ".join(missing)}
        )
    if len(table) - 1 > MAX_ROWS:
        raise ImportFileError(_("The file has more than %(max)s rows.") % {"max": MAX_ROWS})
    rows = []
    for cells in table[1:]:
        row = {column: cells[i] if i < len(cells) else "" for i, column in enumerate(header)}
        rows.append({column: row.get(column, "") for column in COLUMNS})
    return rows


def _read_csv(content: bytes):
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = content.decode("cp1252", errors="replace")  # spreadsheets saved on Windows
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    return list(csv.reader(io.StringIO(text), dialect))


def _read_xlsx(content: bytes):
    from openpyxl import load_workbook  # only needed here; keeps imports light elsewhere

    try:
        workbook = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds for a non-xlsx file
        raise ImportFileError(_("This is not a readable .xlsx file.")) from error
    try:
        sheet = workbook.worksheets[0]
        return [list(row) for row in sheet.iter_rows(values_only=True)]
    finally:
        workbook.close()


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # a code typed in a spreadsheet cell: 1001.0 → "1001"
    return str(value).strip()


# Checking rows ----------------------------------------------------------------------------


class _Lookups:
    """Every code and slug the rows may use, read once (a few queries per import)."""

    def __init__(self, rows):
        source = settings.LANGUAGE_CODE
        wanted_communes = {_text(row["commune"]).upper() for row in rows}
        for row in rows:
            wanted_communes.update(_codes(row["communes"]))
        # INSEE code → the commune's centre, where an entry without coordinates is placed.
        self.centres = {
            insee: (latitude, longitude)
            for insee, latitude, longitude in Commune.objects.filter(
                insee__in=wanted_communes
            ).values_list("insee", "latitude", "longitude")
        }
        self.known = {
            "communes": set(self.centres),
            "regions": set(Region.objects.values_list("code", flat=True)),
            "departements": set(Department.objects.values_list("code", flat=True)),
        }
        self.terms = {}
        for column in ("services", "themes", "networks"):
            model = RELATIONS[column][0]
            self.terms[column] = dict(
                model.objects.filter(locale__language_code=source).values_list("slug", "pk")
            )
        external_ids = [_text(row["external_id"]) for row in rows if _text(row["external_id"])]
        self.existing = {
            organisation.external_id: organisation
            for organisation in Organisation.objects.sources()
            .filter(external_id__in=external_ids)
            .prefetch_related(*(relation[2] for relation in RELATIONS.values()))
        }


def _codes(cell) -> list[str]:
    return [code for code in SEPARATORS.split(_text(cell)) if code]


def _rich_text(cell):
    """Plain text becomes paragraphs of escaped text; a cell that starts with "<" is read
    as HTML and reduced to what the description's editor allows (network/rich_text.py)."""
    text = _text(cell)
    if not text:
        return text
    if text.startswith("<"):
        return sanitise_description(text)
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    return "".join(f"<p>{escape(p)}</p>" for p in paragraphs)


def _boolean(cell, default, label, errors):
    text = _text(cell).lower()
    if not text:
        return default
    if text in TRUE:
        return True
    if text in FALSE:
        return False
    errors.append(
        _("%(column)s must be yes or no, not “%(value)s”.") % {"column": label, "value": text}
    )
    return default


def _coordinate(cell, low, high, label, errors):
    text = _text(cell).replace(",", ".")
    if not text:
        return None
    try:
        value = float(text)
    except ValueError:
        value = None
    if value is None or not low <= value <= high:
        errors.append(_("Bad %(column)s: “%(value)s”.") % {"column": label, "value": text})
        return None
    return value


def _date(cell, errors):
    if isinstance(cell, datetime.datetime):
        return cell.date()
    if isinstance(cell, datetime.date):
        return cell
    text = _text(cell)
    if not text:
        return None
    try:
        return datetime.date.fromisoformat(text[:10])
    except ValueError:
        errors.append(_("Bad date (expected YYYY-MM-DD): “%(value)s”.") % {"value": text})
        return None


def _check_row(line, row, lookups) -> RowResult:
    external_id = _text(row["external_id"])
    result = RowResult(line=line, external_id=external_id, name=_text(row["name"]))
    errors = result.errors
    for column in REQUIRED:
        if not _text(row[column]):
            errors.append(_("Missing required field: %(column)s.") % {"column": column})
    if len(external_id) > 100:
        errors.append(_("The external id is longer than 100 characters."))
    if len(result.name) > 200:
        errors.append(_("The name is longer than 200 characters."))

    kind = _text(row["kind"]).lower()
    if kind and kind not in OrganisationKind.values:
        errors.append(_("Unknown kind: “%(value)s”.") % {"value": kind})
    commune = _text(row["commune"]).upper()
    if commune and commune not in lookups.known["communes"]:
        errors.append(_("Unknown commune: “%(value)s”.") % {"value": commune})

    website = _text(row["website"])
    if website:
        try:
            URLValidator(schemes=["http", "https"])(website)
        except ValidationError:
            errors.append(_("Bad URL: “%(value)s”.") % {"value": website})
    email = _text(row["email"])
    if email:
        try:
            EmailValidator()(email)
        except ValidationError:
            errors.append(_("Bad email address: “%(value)s”.") % {"value": email})
    phone = _text(row["phone"])
    if len(phone) > 30:
        errors.append(_("The phone number is longer than 30 characters."))

    result.values = {
        "name": result.name,
        "kind": kind,
        "commune_id": commune,
        "address": _text(row["address"])[:300],
        "latitude": _coordinate(row["latitude"], -90, 90, "latitude", errors),
        "longitude": _coordinate(row["longitude"], -180, 180, "longitude", errors),
        "description": _rich_text(row["description"]),
        "website": website,
        "email": email,
        "phone": phone,
        "national": _boolean(row["national"], False, "national", errors),
        "source": _text(row["source"])[:200],
        "last_verified": _date(row["last_verified"], errors),
        "active": _boolean(row["active"], True, "active", errors),
    }
    if result.values["latitude"] is None or result.values["longitude"] is None:
        # No exact point: the commune's centre, as Organisation.save() would do.
        centre = lookups.centres.get(commune, (None, None))
        result.values["latitude"], result.values["longitude"] = centre
    for column, (_model, _key, _field) in RELATIONS.items():
        codes = _codes(row[column])
        if column in lookups.terms:
            unknown = [code for code in codes if code not in lookups.terms[column]]
            result.relations[column] = {
                lookups.terms[column][c] for c in codes if c not in unknown
            }
        else:
            codes = [code.upper() for code in codes]
            unknown = [code for code in codes if code not in lookups.known[column]]
            result.relations[column] = set(codes) - set(unknown)
        if unknown:
            errors.append(
                _("Unknown %(column)s: %(values)s.")
                % {"column": column, "values": ", ".join(unknown)}
            )
    if errors:
        result.action = REJECT
    return result


def _current_values(organisation):
    values = {name: getattr(organisation, name) for name in SCALARS}
    relations = {
        column: {obj.pk for obj in getattr(organisation, field_name).all()}
        for column, (_model, _key, field_name) in RELATIONS.items()
    }
    return values, relations


def _compare(result, organisation):
    """Which fields the row would change."""
    values, relations = _current_values(organisation)
    changed = [name for name in SCALARS if result.values[name] != values[name]]
    changed += [column for column in RELATIONS if result.relations[column] != relations[column]]
    return changed


def plan(rows: list[dict]) -> ImportReport:
    """Check every row and say what importing it would do. Writes nothing."""
    lookups = _Lookups(rows)
    first_line = {}
    results = []
    for index, row in enumerate(rows):
        line = index + 2
        result = _check_row(line, row, lookups)
        if result.external_id:
            if result.external_id in first_line:
                result.errors.append(
                    _("Duplicate external id in the file (first on line %(line)s).")
                    % {"line": first_line[result.external_id]}
                )
                result.action = REJECT
            else:
                first_line[result.external_id] = line
        if result.action != REJECT:
            result.existing = lookups.existing.get(result.external_id)
            if result.existing is not None:
                result.changed_fields = _compare(result, result.existing)
                result.action = UPDATE if result.changed_fields else UNCHANGED
        results.append(result)
    return ImportReport(rows=results)


# Writing ----------------------------------------------------------------------------------


def _unique_slug(name, taken):
    base = slugify(name)[:190] or "structure"
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    taken.add(slug)
    return slug


def apply(report: ImportReport, user=None) -> ImportReport:
    """Write a plan: all its rows in one transaction, or nothing if any row is rejected."""
    if not report.can_apply:
        raise ImportFileError(_("Nothing was imported: fix the rejected rows first."))
    french = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    taken = set(Organisation.objects.filter(locale=french).values_list("slug", flat=True))
    with transaction.atomic():
        for row in report.rows:
            if row.action == CREATE:
                organisation = Organisation(
                    locale=french, external_id=row.external_id, slug=_unique_slug(row.name, taken)
                )
            elif row.action == UPDATE:
                organisation = row.existing
            else:
                continue
            for name, value in row.values.items():
                setattr(organisation, name, value)
            if organisation.pk is None:
                organisation.save()  # many-to-many links need a primary key
            for column, (model, _key, field_name) in RELATIONS.items():
                related = model.objects.filter(pk__in=row.relations[column])
                getattr(organisation, field_name).set(related)
            organisation.save()
            organisation.save_revision(user=user, log_action=True).publish(user=user)
    report.applied = True
    return report


def import_file(content: bytes, filename: str, *, dry_run: bool, user=None) -> ImportReport:
    """Read, plan and (unless `dry_run`, and only if no row is rejected) apply."""
    report = plan(read_rows(content, filename))
    if not dry_run and report.can_apply and (report.created or report.updated):
        apply(report, user=user)
    return report
