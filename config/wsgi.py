import gc
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.production")

application = get_wsgi_application()

# What start-up loaded (Django, Wagtail, the apps' modules) lives as long as the worker:
# keep it out of the garbage collector's full collections, which otherwise scanned it all
# every dozen or so searches (pauses of 70-90 ms: tests/benchmarks/test_search.py).
gc.freeze()
