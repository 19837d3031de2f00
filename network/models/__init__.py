from .networks import Network, NetworkFigures
from .organisations import Organisation, OrganisationKind, OrganisationQuerySet
from .services import Service

__all__ = [
    "Network",
    "NetworkFigures",
    "Organisation",
    "OrganisationKind",
    "OrganisationQuerySet",
    "Service",
]
