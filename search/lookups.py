"""`field__one_of=ids`: the rows whose integer `field` is one of `ids` (a list).

A search page filters by the ids of its best 1,000 matches several times. Django's `__in`
prepares each id and writes one placeholder per id, and psycopg then splits the query at
every placeholder on the client: about 20 ms per search page with 1,000 matches. On
PostgreSQL this lookup sends the ids as one array (`= ANY(%s)`); elsewhere it writes the
same IN list as `__in`.
"""

from django.core.exceptions import EmptyResultSet
from django.db.models import ForeignKey, IntegerField, Lookup


@IntegerField.register_lookup
@ForeignKey.register_lookup
class OneOf(Lookup):
    lookup_name = "one_of"
    prepare_rhs = False

    def get_prep_lookup(self):
        return [int(value) for value in self.rhs]

    def as_sql(self, compiler, connection):
        if not self.rhs:
            raise EmptyResultSet
        lhs, lhs_params = self.process_lhs(compiler, connection)
        if connection.vendor == "postgresql":
            return f"{lhs} = ANY(%s)", [*lhs_params, self.rhs]
        placeholders = ", ".join(["%s"] * len(self.rhs))
        return f"{lhs} IN ({placeholders})", [*lhs_params, *self.rhs]
