"""The client's address behind trusted proxies (core.client; issue 10, finding 6)."""

import ipaddress

import pytest
from django.test import RequestFactory, override_settings
from hypothesis import given
from hypothesis import strategies as st

from core.client import client_address, client_ip, parse_address, rate_limit_key

PROXY = "10.0.0.2"


def request_from(forwarded: str | None = None, *, peer: str = PROXY):
    extra = {"REMOTE_ADDR": peer}
    if forwarded is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/", **extra)


def test_without_proxies_the_peer_is_the_client_whatever_the_header_says():
    assert client_ip(request_from("203.0.113.9", peer="198.51.100.4")) == "198.51.100.4"


@override_settings(TRUSTED_PROXY_COUNT=1)
def test_behind_one_proxy_the_address_it_appended_is_the_client():
    assert client_ip(request_from("203.0.113.9")) == "203.0.113.9"


@override_settings(TRUSTED_PROXY_COUNT=1)
def test_addresses_the_client_wrote_itself_are_ignored():
    # nginx appends the real peer; whatever the client sent stays on the left.
    assert client_ip(request_from("192.0.2.1, 192.0.2.2, 203.0.113.9")) == "203.0.113.9"


@override_settings(TRUSTED_PROXY_COUNT=2)
def test_behind_two_proxies_the_second_entry_from_the_right_is_the_client():
    assert client_ip(request_from("192.0.2.1, 203.0.113.9, 10.0.0.7")) == "203.0.113.9"


@override_settings(TRUSTED_PROXY_COUNT=2)
def test_a_header_shorter_than_the_proxy_chain_falls_back_to_the_peer():
    # The request did not come through every proxy: the one entry may be forged.
    assert client_ip(request_from("203.0.113.9")) == PROXY


@pytest.mark.parametrize(
    "header",
    ["", "unknown", "203.0.113.9, not-an-address", "999.1.1.1", ",", "x" * 5000, "\x00"],
)
@override_settings(TRUSTED_PROXY_COUNT=1)
def test_a_missing_or_malformed_header_falls_back_to_the_peer(header):
    assert client_ip(request_from(header)) == PROXY


@pytest.mark.parametrize(
    ("written", "address"),
    [
        ("203.0.113.9:51234", "203.0.113.9"),
        ("[2001:db8::1]:443", "2001:db8::1"),
        ("2001:DB8:0:0::1", "2001:db8::1"),
        ("fe80::1%eth0", "fe80::1"),
        ("::ffff:203.0.113.9", "203.0.113.9"),
        (" 203.0.113.9 ", "203.0.113.9"),
    ],
)
def test_addresses_are_read_in_every_form_proxies_write(written, address):
    assert parse_address(written) == address


def test_ipv6_clients_are_counted_per_64():
    same_subscriber = [
        request_from(peer="2001:db8:1:2::1"),
        request_from(peer="2001:db8:1:2:ff::9"),
    ]
    neighbour = request_from(peer="2001:db8:1:3::1")

    keys = {rate_limit_key(request) for request in same_subscriber}

    assert keys == {"2001:db8:1:2::/64"}
    assert rate_limit_key(neighbour) != "2001:db8:1:2::/64"
    assert rate_limit_key(request_from(peer="203.0.113.9")) == "203.0.113.9"


def test_no_address_at_all_is_unknown():
    request = RequestFactory().get("/", REMOTE_ADDR="")

    assert client_ip(request) is None
    assert client_address(request) == "unknown"
    assert rate_limit_key(request) == "unknown"


@given(header=st.text(max_size=300), count=st.integers(min_value=0, max_value=4))
def test_any_header_gives_a_valid_address_or_the_peer(header, count):
    with override_settings(TRUSTED_PROXY_COUNT=count):
        found = client_ip(request_from(header.replace("\n", " ")))
    assert found is not None
    ipaddress.ip_address(found)
    if count == 0:
        assert found == PROXY
