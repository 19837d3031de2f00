"""Read-only JSON API and open-data exports of the directory, under /api/directory/.

Not language-prefixed: `?lang=fr|en` chooses the language of descriptions and reasons.
Every answer is public data (published, active entries only) and cacheable; bad input
answers 400 with a JSON message, never a 500.

    GET /api/directory/organisations/?kind=&service=&theme=&network=&department=&region=
                                      &page=&page_size=&lang=
    GET /api/directory/organisations/<slug>/
    GET /api/directory/nearby/?commune=<INSEE> | lat=&lon=  [&radius=&limit=&filters…]
    GET /api/directory/export.csv?<filters>
    GET /api/directory/export.geojson?<filters>
"""

from django import forms
from django.core.paginator import EmptyPage, Paginator
from django.http import JsonResponse, StreamingHttpResponse
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from territories.models import Commune

from . import nearby as nearby_service
from .models import Organisation
from .opendata import (
    LICENCE_URL,
    OrganisationFilterForm,
    csv_lines,
    geojson_chunks,
    records,
    records_for,
)

MAX_PAGE_SIZE = 100
MAX_QUERY_STRING = 2000
CACHE_SECONDS = 300


def bad_request(message, errors=None):
    body = {"error": str(message)}
    if errors:
        body["errors"] = {field: [str(e) for e in messages] for field, messages in errors.items()}
    return JsonResponse(body, status=400)


def _filters(request):
    """A bound, validated OrganisationFilterForm, or a 400 response."""
    if len(request.META.get("QUERY_STRING", "")) > MAX_QUERY_STRING:
        return None, bad_request(_("The query string is too long."))
    form = OrganisationFilterForm(request.GET)
    if not form.is_valid():
        return None, bad_request(_("Invalid parameters."), form.errors)
    return form, None


def not_found(request):
    """A JSON 404 that LocaleMiddleware leaves alone.

    On a 404, LocaleMiddleware redirects to the same path under /fr/ when that path
    resolves — and Wagtail's catch-all resolves every path. It only does so when the
    request's URLconf uses i18n_patterns; pointing the request at the API's own URLconf
    (no language prefix) for the response phase keeps the 404 a 404.
    """
    request.urlconf = "network.api_urls"
    return JsonResponse({"error": str(_("Not found."))}, status=404)


class PageForm(forms.Form):
    page = forms.IntegerField(min_value=1, required=False)
    page_size = forms.IntegerField(min_value=1, max_value=MAX_PAGE_SIZE, required=False)


@require_GET
@cache_control(public=True, max_age=CACHE_SECONDS)
def organisation_list(request):
    form, error = _filters(request)
    if error:
        return error
    paging = PageForm(request.GET)
    if not paging.is_valid():
        return bad_request(_("Invalid parameters."), paging.errors)
    size = paging.cleaned_data["page_size"] or 20
    paginator = Paginator(form.queryset().values_list("pk", flat=True), size)
    try:
        page = paginator.page(paging.cleaned_data["page"] or 1)
    except EmptyPage:
        return bad_request(_("This page does not exist."))
    return JsonResponse(
        {
            "count": paginator.count,
            "page": page.number,
            "pages": paginator.num_pages,
            "licence": LICENCE_URL,
            "results": records_for(list(page.object_list), form.language),
        },
        json_dumps_params={"ensure_ascii": False},
    )


@require_GET
@cache_control(public=True, max_age=CACHE_SECONDS)
def organisation_detail(request, slug):
    form, error = _filters(request)
    if error:
        return error
    found = list(records(Organisation.objects.listed().filter(slug=slug), form.language))
    if not found:
        return not_found(request)
    return JsonResponse(
        {**found[0], "licence": LICENCE_URL},
        json_dumps_params={"ensure_ascii": False},
    )


class NearbyForm(forms.Form):
    commune = forms.RegexField(regex=r"^(?:\d{5}|2[ABab]\d{3})$", required=False)
    lat = forms.FloatField(min_value=-90, max_value=90, required=False)
    lon = forms.FloatField(min_value=-180, max_value=180, required=False)
    radius = forms.IntegerField(
        min_value=1, max_value=nearby_service.MAX_RADIUS_KM, required=False
    )
    limit = forms.IntegerField(min_value=1, max_value=nearby_service.DEFAULT_LIMIT, required=False)

    def clean_commune(self):
        code = self.cleaned_data["commune"].upper()
        if not code:
            return None
        commune = Commune.objects.filter(insee=code).first()
        if commune is None:
            raise forms.ValidationError(_("Unknown commune."))
        return commune

    def clean(self):
        data = super().clean()
        has_point = data.get("lat") is not None and data.get("lon") is not None
        if not self.errors and not has_point and data.get("commune") is None:
            raise forms.ValidationError(
                _("Give a commune (INSEE code) or a latitude and longitude.")
            )
        if not self.errors and (data.get("lat") is None) != (data.get("lon") is None):
            raise forms.ValidationError(_("A location needs both a latitude and a longitude."))
        return data


@require_GET
@cache_control(public=True, max_age=CACHE_SECONDS)
def nearby(request):
    filters, error = _filters(request)
    if error:
        return error
    form = NearbyForm(request.GET)
    if not form.is_valid():
        return bad_request(_("Invalid parameters."), form.errors)
    data = form.cleaned_data
    with translation.override(filters.language):
        search = nearby_service.nearby(
            data["commune"],
            data["lat"],
            data["lon"],
            queryset=filters.queryset(ordered=False),
            radius_km=data["radius"] or nearby_service.DEFAULT_RADIUS_KM,
            limit=data["limit"] or nearby_service.DEFAULT_LIMIT,
        )
        found = records_for([r.organisation.pk for r in search.results], filters.language)
        body = {
            "commune": search.commune.insee if search.commune else None,
            "latitude": search.latitude,
            "longitude": search.longitude,
            "radius_km": search.radius_km,
            "widened": search.widened,
            "whole_country": search.whole_country,
            "message": search.widening_message,
            "total": search.total,
            "licence": LICENCE_URL,
            "results": [
                {
                    "reason": result.reason,
                    "covers": result.covers,
                    "distance_km": round(result.distance_km, 2),
                    "organisation": item,
                }
                for result, item in zip(search.results, found, strict=True)
            ],
        }
    return JsonResponse(body, json_dumps_params={"ensure_ascii": False})


def _export(request, chunks, content_type, extension):
    form, error = _filters(request)
    if error:
        return error
    response = StreamingHttpResponse(
        chunks(form.queryset(), form.language), content_type=content_type
    )
    response["Content-Disposition"] = f'attachment; filename="annuaire-avise.{extension}"'
    response["Link"] = f'<{LICENCE_URL}>; rel="license"'
    response["Cache-Control"] = f"public, max-age={CACHE_SECONDS}"
    return response


@require_GET
def export_csv(request):
    return _export(request, csv_lines, "text/csv; charset=utf-8", "csv")


@require_GET
def export_geojson(request):
    return _export(request, geojson_chunks, "application/geo+json", "geojson")
