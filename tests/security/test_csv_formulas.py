"""CSV formula injection: a spreadsheet opening an export must not run what readers wrote.

A contact request whose name is `=HYPERLINK(…)`, or an entry whose name or description
starts with `=`, `+`, `-`, `@`, a tab or a carriage return, used to reach the moderators'
export and the public open-data CSV unchanged, and became a live formula there.
"""

import csv
import io

import pytest
from openpyxl import load_workbook

from contact.models import ContactRequest
from portal.spreadsheets import spreadsheet_cell
from tests.network.factories import OrganisationFactory

pytestmark = pytest.mark.django_db

FORMULAS = [
    '=HYPERLINK("https://evil.example/","Cliquez")',
    "+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
]


@pytest.mark.parametrize("value", FORMULAS)
def test_a_cell_that_a_spreadsheet_would_read_as_a_formula_is_quoted(value):
    assert spreadsheet_cell(value) == "'" + value


@pytest.mark.parametrize(
    "value",
    ["Camille Martin", "", "-1.554", "+33 4 77 12 34 56", "a=b", -1.554, 42, None],
)
def test_text_numbers_and_phone_numbers_are_left_as_they_are(value):
    assert spreadsheet_cell(value) == value


def rows_of(response):
    assert response.status_code == 200
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return list(csv.DictReader(io.StringIO(body.decode("utf-8").lstrip("\ufeff"))))


@pytest.fixture
def hostile_request(organisations):
    return ContactRequest.objects.create(
        organisation=organisations["a"],
        organisation_name="Structure A",
        recipient_email="a@example.org",
        name=FORMULAS[0],
        email="camille@example.org",
        requester_organisation=FORMULAS[1],
        message=FORMULAS[3],
        language="fr",
    )


def test_the_contact_requests_csv_export_quotes_formulas(client_for, hostile_request):
    response = client_for("moderator").get("/admin/contact_requests/?export=csv")
    (row,) = rows_of(response)
    cells = list(row.values())
    assert "'" + FORMULAS[0] in cells
    assert "'" + FORMULAS[1] in cells
    assert "'" + FORMULAS[3] in cells
    assert "camille@example.org" in cells  # positive control: the rest is unchanged
    assert not [cell for cell in cells if cell[:1] in ("=", "+", "-", "@", "\t", "\r")]


def test_the_contact_requests_xlsx_export_holds_text_not_formulas(client_for, hostile_request):
    response = client_for("moderator").get("/admin/contact_requests/?export=xlsx")
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    cells = [cell for row in sheet.iter_rows(min_row=2) for cell in row]
    assert any(cell.value == FORMULAS[0] or cell.value == "'" + FORMULAS[0] for cell in cells)
    assert all(cell.data_type != "f" for cell in cells)


def test_the_open_data_csv_quotes_formulas_and_keeps_numbers(client, gazetteer):
    OrganisationFactory(
        name=FORMULAS[0],
        description=f"<p>{FORMULAS[2]}</p>",
        phone="+33 4 77 12 34 56",
        commune="42218",
        latitude=45.43,
        longitude=-1.554,
    )
    (row,) = rows_of(client.get("/api/directory/export.csv"))
    assert row["name"] == "'" + FORMULAS[0]
    assert row["description"] == "'" + FORMULAS[2]
    assert row["phone"] == "+33 4 77 12 34 56"
    assert row["longitude"] == "-1.554"
