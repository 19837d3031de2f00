"""An editor can only create each page type where it belongs."""

import pytest
from wagtail.test.utils import WagtailPageTestCase

from casestudies.models import CaseStudyIndexPage, CaseStudyPage
from portal.models import HomePage, StandardPage
from resources.models import (
    BestPracticePage,
    CooperationFormPage,
    GuidePage,
    ResourceIndexPage,
    ResourcePage,
    StudyPage,
)

RESOURCE_TYPES = {GuidePage, BestPracticePage, StudyPage, CooperationFormPage}


class ParentRules(WagtailPageTestCase):
    def test_indexes_live_under_the_home_page_only(self):
        self.assertCanCreateAt(HomePage, ResourceIndexPage)
        self.assertCanCreateAt(HomePage, CaseStudyIndexPage)
        self.assertCanNotCreateAt(StandardPage, ResourceIndexPage)
        self.assertCanNotCreateAt(ResourceIndexPage, CaseStudyIndexPage)

    def test_resource_types_live_in_the_library_only(self):
        self.assertAllowedSubpageTypes(ResourceIndexPage, RESOURCE_TYPES)
        for page_type in RESOURCE_TYPES:
            self.assertAllowedParentPageTypes(page_type, {ResourceIndexPage})
            self.assertCanNotCreateAt(HomePage, page_type)
            self.assertCanNotCreateAt(CaseStudyIndexPage, page_type)
            self.assertAllowedSubpageTypes(page_type, set())

    def test_case_studies_live_in_their_index_only(self):
        self.assertAllowedSubpageTypes(CaseStudyIndexPage, {CaseStudyPage})
        self.assertAllowedParentPageTypes(CaseStudyPage, {CaseStudyIndexPage})
        self.assertCanNotCreateAt(ResourceIndexPage, CaseStudyPage)
        self.assertCanNotCreateAt(HomePage, CaseStudyPage)

    def test_the_shared_resource_table_is_never_created_itself(self):
        self.assertFalse(ResourcePage.is_creatable)
        self.assertCanNotCreateAt(ResourceIndexPage, ResourcePage)


@pytest.mark.django_db
def test_one_library_and_one_case_study_index_per_home(home):
    from tests.casestudies.factories import CaseStudyIndexPageFactory
    from tests.resources.factories import ResourceIndexPageFactory

    ResourceIndexPageFactory(parent=home["fr"])
    CaseStudyIndexPageFactory(parent=home["fr"])
    assert not ResourceIndexPage.can_create_at(home["fr"])
    assert not CaseStudyIndexPage.can_create_at(home["fr"])
