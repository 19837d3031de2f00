from .base_page import BasePage
from .mixins import CardMixin, TaxonomyMixin
from .pages import HomePage, StandardPage
from .site_settings import ContactSettings, NavigationSettings
from .taxonomy import Audience, TerritoryType, Theme

__all__ = [
    "Audience",
    "BasePage",
    "CardMixin",
    "ContactSettings",
    "HomePage",
    "NavigationSettings",
    "StandardPage",
    "TaxonomyMixin",
    "TerritoryType",
    "Theme",
]
