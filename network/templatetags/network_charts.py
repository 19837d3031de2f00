from django import template

from network.charts import figure_charts

register = template.Library()


@register.inclusion_tag("network/components/network_figures.html")
def network_figures(network, id_prefix="figures"):
    """{% network_figures network %}: the network's yearly figures as charts and a table.

    One query (the source network's figures, see Network.yearly_figures()).
    """
    return {
        "network": network,
        "figures": figure_charts(network.yearly_figures(), id_prefix=id_prefix),
        "id_prefix": id_prefix,
    }
