from django import template

from territories.svgmap import render_departement_map

register = template.Library()


@register.simple_tag
def departement_map(
    values, links=None, *, title, legend_label, id_prefix="dept-map", with_table=True
):
    """{% departement_map values links title=… legend_label=… %}: see territories.svgmap.

    `links` is a callable, a {code: url} dict or a pattern string containing "{code}".
    """
    return render_departement_map(
        values,
        links,
        title=title,
        legend_label=legend_label,
        id_prefix=id_prefix,
        with_table=with_table,
    )
