"""Organisation memberships belong to the directory: the model moves to the network app.

This app forgets the model; network's migration 0007 takes over the same table (renamed),
its rows and its permissions. Nothing is dropped.
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("accounts", "0003_search_reports")]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name="OrganisationMembership")]
        )
    ]
