"""From a directory URL's query string to ranked results, a list of communes to choose
from, or a clear message: what the directory page shows, whatever it was given.
"""

from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.utils.translation import gettext

from territories.normalize import normalize_name
from territories.places import find_communes

from .forms import DirectorySearchForm
from .nearby import nearby

# Query-string keys kept in shareable URLs and in the links to and from detail pages.
PLACE_KEYS = ("q", "commune", "department", "lat", "lon", "radius")


@dataclass
class DirectoryAnswer:
    form: DirectorySearchForm
    status: int = 200
    errors: list = field(default_factory=list)
    notices: list = field(default_factory=list)
    choices: list = field(default_factory=list)  # communes, when what was typed is ambiguous
    search: object = None  # a network.nearby.NearbySearch
    place_label: str = ""

    @property
    def querystring(self):
        """The validated query, to carry to detail pages and back (never raw input)."""
        if not self.form.is_valid():
            return ""
        data = self.form.cleaned_data
        pairs = []
        for key in PLACE_KEYS:
            value = data.get(key)
            if key == "commune" and value is not None:
                value = value.insee
            elif key == "department" and value is not None:
                value = value.code
            if value not in (None, ""):
                pairs.append((key, value))
        for key in DirectorySearchForm.FILTERS:
            pairs += [(key, value) for value in data.get(key) or ()]
        return urlencode(pairs)

    def choice_querystring(self, commune):
        """The current filters with `commune` as the place, for the list of choices."""
        data = self.form.cleaned_data
        pairs = [("q", commune_label(commune)), ("commune", commune.insee)]
        for key in DirectorySearchForm.FILTERS:
            pairs += [(key, value) for value in data.get(key) or ()]
        return urlencode(pairs)

    @property
    def place_inputs(self):
        """Hidden inputs that keep the place when filters change: {name: value}."""
        if self.search is None or self.form.cleaned_data.get("q"):
            if self.search is not None and self.search.commune is not None:
                return {"commune": self.search.commune.insee}
            return {}
        if self.search.department is not None:
            return {"department": self.search.department.code}
        return {
            "lat": f"{self.search.latitude:.5f}",
            "lon": f"{self.search.longitude:.5f}",
        }


def commune_label(commune):
    return f"{commune.name} ({commune.department_id})"


def carried_querystring(query_dict):
    """The directory keys of a query string, re-encoded and cut to a sane length.

    The detail page only links back with it; the directory validates it when followed.
    """
    pairs = []
    for key in PLACE_KEYS + DirectorySearchForm.FILTERS:
        pairs += [(key, value[:100]) for value in query_dict.getlist(key)[:10]]
    return urlencode(pairs)


def pick_commune(query, communes):
    """The commune that `query` unambiguously names, or None.

    Five digits are read as a postcode first (what readers type), then as an INSEE code:
    "97110" is Pointe-à-Pitre's postcode and La Désirade's INSEE code.
    """
    compact = query.replace(" ", "").upper()
    by_postcode = [c for c in communes if compact in c.postcode_list]
    if by_postcode:
        return by_postcode[0] if len(by_postcode) == 1 else None
    for commune in communes:
        if commune.insee == compact:
            return commune
    if len(communes) == 1:
        return communes[0]
    wanted = normalize_name(query)
    exact = [c for c in communes if normalize_name(c.name) == wanted]
    return exact[0] if len(exact) == 1 else None


def answer(query_dict, language):
    form = DirectorySearchForm(query_dict, language=language)
    result = DirectoryAnswer(form=form)
    valid = form.is_valid()
    for label, value in form.dropped_values:
        result.errors.append(
            gettext("“%(value)s” is not a known value for “%(filter)s”: it was ignored.")
            % {"value": value, "filter": label}
        )
    if not valid:
        result.status = 400
        for errors in form.errors.values():
            result.errors += errors
        return result
    if result.errors:
        result.status = 400
    data = form.cleaned_data
    commune, department = data.get("commune"), data.get("department")
    lat, lon = data.get("lat"), data.get("lon")
    query = data.get("q")
    if query and not (commune and normalize_name(query) == normalize_name(commune_label(commune))):
        # What the reader typed wins over a place carried from an earlier search.
        commune = department = lat = lon = None
        matches = find_communes(data["q"], limit=10)
        commune = pick_commune(data["q"], matches)
        if not matches:
            result.status = 404
            result.errors.append(
                gettext("No commune matches “%(query)s”. Check the spelling or type a postcode.")
                % {"query": data["q"]}
            )
            return result
        if commune is None:
            result.choices = [(c, result.choice_querystring(c)) for c in matches]
            return result
    if commune is None and department is None and lat is None:
        return result  # nothing asked yet: the page shows the form
    result.search = nearby(
        commune,
        lat,
        lon,
        department=department,
        radius_km=data.get("radius") or 30,
        **form.filters(),
    )
    result.place_label = place_label(result.search, lat is not None)
    return result


def place_label(search, from_point):
    if search.commune is not None:
        name = commune_label(search.commune)
        if from_point:
            return gettext("your location, near %(commune)s") % {"commune": name}
        return name
    if search.department is not None:
        return str(search.department)
    return gettext("your location")
