"""Cells of the CSV files the site writes, safe to open in a spreadsheet.

A spreadsheet reads a cell that starts with `=`, `+`, `-` or `@` as a formula (a tab or a
carriage return before one is skipped): `=HYPERLINK(…)` in a contact request's name
would become a live link in a moderator's export, and worse formulas can run commands.
As OWASP recommends, such a text cell gets a leading single quote, which spreadsheets
show as text. Numbers and phone numbers (a sign followed by digits, spaces and
punctuation only) cannot hold a formula and are left as they are, so the open data keeps
its negative longitudes and its "+33 …" numbers.
"""

import re

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
NUMBER_OR_PHONE = re.compile(r"[+-][\d\s.,()/-]*\d[\d\s.,()/-]*")


def spreadsheet_cell(value):
    """`value`, quoted if a spreadsheet would read it as a formula; non-text unchanged."""
    if (
        isinstance(value, str)
        and value.startswith(FORMULA_STARTS)
        and not NUMBER_OR_PHONE.fullmatch(value)
    ):
        return "'" + value
    return value
