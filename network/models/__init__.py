from .directory_page import DirectoryPage
from .memberships import OrganisationMembership
from .networks import Network, NetworkFigures
from .organisations import (
    Organisation,
    OrganisationKind,
    OrganisationQuerySet,
    attach_descriptions,
)
from .services import Service

__all__ = [
    "DirectoryPage",
    "Network",
    "NetworkFigures",
    "Organisation",
    "OrganisationKind",
    "OrganisationMembership",
    "OrganisationQuerySet",
    "Service",
    "attach_descriptions",
]
