"""Site-wide settings editors change in Settings: navigation, footer, contact, social."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField


class LinkBlock(blocks.StructBlock):
    page = blocks.PageChooserBlock(
        label=_("page"),
        help_text=_(
            "Pick the French page; readers of another language get its "
            "translation, with its translated title."
        ),
    )


class SocialLinkBlock(blocks.StructBlock):
    network = blocks.ChoiceBlock(
        label=_("network"),
        choices=[
            ("linkedin", "LinkedIn"),
            ("mastodon", "Mastodon"),
            ("bluesky", "Bluesky"),
            ("youtube", "YouTube"),
            ("newsletter", _("Newsletter")),
        ],
    )
    url = blocks.URLBlock(label=_("address"))


@register_setting(icon="list-ul")
class NavigationSettings(BaseSiteSetting):
    primary = StreamField(
        [("link", LinkBlock())], verbose_name=_("main menu"), blank=True, max_num=8
    )
    footer = StreamField(
        [("link", LinkBlock())],
        verbose_name=_("footer links"),
        blank=True,
        max_num=12,
        help_text=_("Legal notice, accessibility statement, personal data…"),
    )

    panels = [FieldPanel("primary"), FieldPanel("footer")]

    class Meta:
        verbose_name = _("navigation")


@register_setting(icon="mail")
class ContactSettings(BaseSiteSetting):
    organisation = models.CharField(_("organisation"), max_length=120, default="Avise")
    email = models.EmailField(_("contact email"), blank=True)
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    address = models.TextField(_("postal address"), blank=True)
    social_links = StreamField(
        [("link", SocialLinkBlock())], verbose_name=_("social links"), blank=True
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("organisation"),
                FieldPanel("email"),
                FieldPanel("phone"),
                FieldPanel("address"),
            ],
            heading=_("Contact"),
        ),
        FieldPanel("social_links"),
    ]

    class Meta:
        verbose_name = _("contact and social links")
