"""The client's address behind TRUSTED_PROXY_COUNT proxies (operations/client_ip.py).

Each proxy appends the address it received the request from to X-Forwarded-For, so only
the last TRUSTED_PROXY_COUNT entries were written by our own proxies; whatever a client
sends itself ends up to the left of them and is never believed.
"""

import pytest
from django.test import RequestFactory

from operations.client_ip import client_ip

PROXY = "10.0.0.5"  # the address the app sees: the proxy next to it


def address(forwarded_for=None, remote=PROXY):
    headers = {} if forwarded_for is None else {"HTTP_X_FORWARDED_FOR": forwarded_for}
    return client_ip(RequestFactory().get("/", REMOTE_ADDR=remote, **headers))


def test_without_trusted_proxies_the_header_is_ignored(settings):
    settings.TRUSTED_PROXY_COUNT = 0
    assert address("203.0.113.9") == PROXY
    assert address() == PROXY


@pytest.mark.parametrize(
    ("forwarded_for", "expected"),
    [
        ("198.51.100.7", "198.51.100.7"),  # what the proxy appended
        ("1.2.3.4, 198.51.100.7", "198.51.100.7"),  # a client's own entry is ignored
        ("1.2.3.4, 5.6.7.8, 198.51.100.7", "198.51.100.7"),
        ("1.2.3.4,198.51.100.7", "198.51.100.7"),  # no space after the comma
        ("  198.51.100.7  ", "198.51.100.7"),
        ("1.2.3.4, 2001:db8::1", "2001:db8::1"),
    ],
)
def test_one_proxy_believes_only_the_entry_it_appended(settings, forwarded_for, expected):
    settings.TRUSTED_PROXY_COUNT = 1
    assert address(forwarded_for) == expected


def test_two_proxies_believe_the_entry_the_outer_one_appended(settings):
    settings.TRUSTED_PROXY_COUNT = 2
    # A client's spoofed entry, then the outer proxy's (the client), then the inner one's.
    assert address("1.2.3.4, 198.51.100.7, 10.0.0.4") == "198.51.100.7"


def test_a_spoofed_leftmost_entry_never_changes_the_address(settings):
    settings.TRUSTED_PROXY_COUNT = 1
    seen = {address(f"192.0.2.{index}, 198.51.100.7") for index in range(20)}
    assert seen == {"198.51.100.7"}


@pytest.mark.parametrize("forwarded_for", [None, "", " , "])
def test_a_request_that_bypassed_the_proxy_counts_as_its_remote_address(settings, forwarded_for):
    settings.TRUSTED_PROXY_COUNT = 1
    assert address(forwarded_for, remote="203.0.113.20") == "203.0.113.20"


def test_fewer_entries_than_proxies_count_as_the_remote_address(settings):
    settings.TRUSTED_PROXY_COUNT = 2
    assert address("198.51.100.7") == PROXY


@pytest.mark.parametrize("entry", ["unknown", "198.51.100.7:4711", "<script>", "1.2.3"])
def test_an_entry_that_is_not_an_address_counts_as_the_remote_address(settings, entry):
    """Too high a TRUSTED_PROXY_COUNT lets a client choose the entry read: it must still be
    an address (the lockout stores it in an address column; PostgreSQL would refuse it)."""
    settings.TRUSTED_PROXY_COUNT = 2
    assert address(f"{entry}, 10.0.0.4") == PROXY
