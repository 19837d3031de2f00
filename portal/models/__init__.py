from .base_page import BasePage
from .mixins import ListingMixin, TaxonomyMixin
from .pages import HomePage, StandardPage
from .site_settings import ContactSettings, NavigationSettings
from .taxonomy import Audience, TerritoryType, Theme

__all__ = [
    "Audience",
    "BasePage",
    "ContactSettings",
    "HomePage",
    "ListingMixin",
    "NavigationSettings",
    "StandardPage",
    "TaxonomyMixin",
    "TerritoryType",
    "Theme",
]
