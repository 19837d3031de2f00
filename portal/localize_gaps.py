"""Workarounds for gaps in wagtail-localize, in one place so they can be deleted.

1. Many-to-many links are not translated. `wagtail_localize.fields.get_translatable_fields`
   skips ManyToManyField ("not supported yet") and `copy_synchronised_fields` copies a
   ParentalManyToManyField's targets unchanged, so the English translation of a page keeps
   pointing to the French themes. We do not rewrite those links; every reader of
   taxonomy (filters, labels) keys on `slug` and `translation_key` instead
   (portal/taxonomy.py). tests/portal/test_localize_gaps.py is the canary: it fails once
   wagtail-localize translates these links, and then portal/taxonomy.py can use plain
   names and primary keys again.
"""
