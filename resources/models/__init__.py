from .best_practice import BestPracticePage
from .cooperation_form import CooperationFormPage
from .guide import GuidePage
from .index import ResourceIndexPage
from .resource_page import ResourcePage
from .study import StudyPage

__all__ = [
    "BestPracticePage",
    "CooperationFormPage",
    "GuidePage",
    "ResourceIndexPage",
    "ResourcePage",
    "StudyPage",
]
