"""The roles, their permissions and the moderation workflows, in every environment.

Idempotent: groups and permissions are added, never removed, so an administrator's
additions survive; running it again on an existing site changes nothing.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

ADMIN_ACCESS = [("wagtailadmin", "admin", "access_admin")]
MEDIA_USE = [
    ("wagtailimages", "image", "add_image"),
    ("wagtailimages", "image", "change_image"),
    ("wagtailimages", "image", "choose_image"),
    ("wagtaildocs", "document", "add_document"),
    ("wagtaildocs", "document", "change_document"),
    ("wagtaildocs", "document", "choose_document"),
]
ORGANISATION_EDITING = [
    ("network", "organisation", "add_organisation"),
    ("network", "organisation", "change_organisation"),
    ("network", "organisation", "delete_organisation"),
    ("network", "organisation", "lock_organisation"),
    ("network", "organisation", "unlock_organisation"),
    ("network", "organisation", "publish_organisation"),
    ("network", "network", "add_network"),
    ("network", "network", "change_network"),
    ("network", "network", "delete_network"),
    ("network", "networkfigures", "add_networkfigures"),
    ("network", "networkfigures", "change_networkfigures"),
    ("network", "networkfigures", "delete_networkfigures"),
    ("network", "service", "add_service"),
    ("network", "service", "change_service"),
    ("network", "service", "delete_service"),
    ("accounts", "organisationmembership", "add_organisationmembership"),
    ("accounts", "organisationmembership", "change_organisationmembership"),
    ("accounts", "organisationmembership", "delete_organisationmembership"),
    ("accounts", "organisationmembership", "view_organisationmembership"),
    ("accounts", "organisationmembership", "manage_all_organisations"),
]

# Model permissions per group; page permissions (on the root) below.
ROLES = {
    "Editors": ADMIN_ACCESS + MEDIA_USE,
    "Moderators": ADMIN_ACCESS + MEDIA_USE + [
        ("network", "organisation", "change_organisation"),
        ("network", "organisation", "publish_organisation"),
        ("network", "organisation", "lock_organisation"),
        ("network", "organisation", "unlock_organisation"),
        ("accounts", "organisationmembership", "manage_all_organisations"),
    ],
    "Translators": ADMIN_ACCESS + MEDIA_USE + [
        ("wagtail_localize", "translation", "submit_translation"),
        ("network", "organisation", "change_organisation"),
        ("accounts", "organisationmembership", "manage_all_organisations"),
    ],
    "Directory managers": ADMIN_ACCESS + MEDIA_USE + ORGANISATION_EDITING,
    "Network members": ADMIN_ACCESS + [
        ("wagtailimages", "image", "add_image"),
        ("wagtailimages", "image", "choose_image"),
        ("accounts", "organisationmembership", "edit_own_organisations"),
    ],
}
PAGE_ROLES = {
    "Editors": ["add_page", "change_page"],
    "Moderators": ["add_page", "change_page", "publish_page", "lock_page", "unlock_page",
                   "bulk_delete_page"],
    "Translators": ["add_page", "change_page"],
}
COLLECTION_ROLES = {
    "Editors": ["add_image", "change_image", "choose_image", "add_document",
                "change_document", "choose_document"],
    "Moderators": ["add_image", "change_image", "choose_image", "add_document",
                   "change_document", "choose_document"],
    "Translators": ["choose_image", "choose_document"],
    "Directory managers": ["add_image", "change_image", "choose_image", "choose_document"],
    "Network members": ["add_image", "choose_image"],
}


def _permission(apps, app_label, model, codename):
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    content_type, _created = ContentType.objects.get_or_create(app_label=app_label, model=model)
    permission = Permission.objects.filter(content_type=content_type, codename=codename).first()
    if permission is None:
        permission = Permission.objects.create(
            content_type=content_type, codename=codename, name=codename.replace("_", " ")
        )
    return permission


def _codename_permission(apps, codename):
    app_label, model = {
        "image": ("wagtailimages", "image"),
        "document": ("wagtaildocs", "document"),
        "page": ("wagtailcore", "page"),
    }[codename.rsplit("_", 1)[1]]
    return _permission(apps, app_label, model, codename)


def create_roles(apps, schema_editor):
    # Model permissions are normally created after all migrations; make them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0, apps=apps)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")

    groups = {}
    for name, permissions in ROLES.items():
        group, _created = Group.objects.get_or_create(name=name)
        groups[name] = group
        group.permissions.add(*[_permission(apps, *spec) for spec in permissions])

    root_page = Page.objects.filter(depth=1).first()
    for name, codenames in PAGE_ROLES.items():
        for codename in codenames:
            GroupPagePermission.objects.get_or_create(
                group=groups[name], page=root_page,
                permission=_codename_permission(apps, codename),
            )

    root_collection = Collection.objects.filter(depth=1).first()
    for name, codenames in COLLECTION_ROLES.items():
        for codename in codenames:
            GroupCollectionPermission.objects.get_or_create(
                group=groups[name], collection=root_collection,
                permission=_codename_permission(apps, codename),
            )

    _create_directory_workflow(apps, groups)


def _create_directory_workflow(apps, groups):
    """Organisation changes by anyone without publish rights wait for a moderator."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")

    task_type, _created = ContentType.objects.get_or_create(
        app_label="wagtailcore", model="groupapprovaltask"
    )
    task, _created = GroupApprovalTask.objects.get_or_create(
        name="Directory moderation", defaults={"content_type": task_type, "active": True}
    )
    task.groups.add(groups["Moderators"], groups["Directory managers"])
    workflow, _created = Workflow.objects.get_or_create(
        name="Directory moderation", defaults={"active": True}
    )
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    organisation_type, _created = ContentType.objects.get_or_create(
        app_label="network", model="organisation"
    )
    WorkflowContentType.objects.get_or_create(
        content_type=organisation_type, defaults={"workflow": workflow}
    )


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0001_initial"),
        ("network", "0002_directorypage"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
