"""The demo content: French and English pages, vocabularies, a directory and pictures, as
data files in demo/content/ (see its README), loaded by `manage.py load_demo`.

This app sits at the top of the dependency graph: it may use every app, none uses it.
Production never runs `load_demo`; `setup_site` (portal) is what both run.
"""
