from .networks import Network, NetworkFigures
from .organisations import (
    Organisation,
    OrganisationKind,
    OrganisationQuerySet,
    attach_descriptions,
)
from .services import Service

__all__ = [
    "Network",
    "NetworkFigures",
    "Organisation",
    "OrganisationKind",
    "OrganisationQuerySet",
    "Service",
    "attach_descriptions",
]
