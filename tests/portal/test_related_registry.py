"""Related content is suggested among the page types the content apps register: portal
names no content app."""

from casestudies.models import CaseStudyPage
from portal.listing import related
from resources.models import GuidePage, ResourcePage


def test_the_content_apps_register_their_suggestable_page_types():
    registered = related.related_content_models()
    assert ResourcePage in registered and CaseStudyPage in registered
    assert GuidePage not in registered  # its pages are ResourcePage rows already


def test_registering_returns_the_model_and_registers_it_once(monkeypatch):
    monkeypatch.setattr(related, "_related_content_models", [])
    assert related.register_related_content(CaseStudyPage) is CaseStudyPage
    related.register_related_content(CaseStudyPage)
    assert related.related_content_models() == [CaseStudyPage]
