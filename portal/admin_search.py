"""How the admin's snippet listings search: in the database, with any of their filters."""


class SearchedInTheDatabase:
    """Mixed into a SnippetViewSet: its listing's ?q= matches `search_fields` with
    `icontains`, instead of asking the search backend.

    A listing combines the search with its own filters (a network member's organisations,
    `list_filter`, the locale), and a search backend can filter only on the model's index
    FilterFields: anything else answered 500. modelsearch's SQLite backend also took the
    view's field names for columns of its full-text table ("no such column: name").
    """

    search_backend_name = None
