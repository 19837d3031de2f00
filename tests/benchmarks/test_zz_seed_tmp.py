import sqlite3
import pytest
from django.core.management import call_command
from django.db import connection
from tests.benchmarks import test_search as ts

pytestmark = [pytest.mark.django_db(transaction=True)]

def test_seed(home, locales):
    ts._seed(home["fr"], locales)
    call_command("update_index", verbosity=0)
    connection.ensure_connection()
    dest = sqlite3.connect("/tmp/prof/bench50k.sqlite3")
    connection.connection.backup(dest)
    dest.close()
