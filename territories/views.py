from django.http import JsonResponse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from .places import (
    MAX_QUERY_LENGTH,
    commune_as_json,
    department_as_json,
    find_communes,
    find_departments,
)


@require_GET
@cache_control(max_age=3600, public=True)
def autocomplete(request):
    """GET ?q=… → {"results": [...]}: communes first, then départements."""
    query = request.GET.get("q", "")
    if len(query) > MAX_QUERY_LENGTH * 5:
        return JsonResponse({"error": "query too long", "results": []}, status=400)
    results = [commune_as_json(c) for c in find_communes(query)]
    results += [department_as_json(d) for d in find_departments(query)]
    return JsonResponse({"query": query[:MAX_QUERY_LENGTH], "results": results})
