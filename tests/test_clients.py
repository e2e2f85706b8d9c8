from datetime import date

import pytest

from bot.clients import ClientError, Clients, parse_date, phase_of
from tests.support.calendar import iso_day as day

pytestmark = pytest.mark.calendar  # date-sensitive: CI runs it at several pinned dates


@pytest.fixture
def clients(fresh_db):
    return Clients(fresh_db, "Europe/London")


def test_phase_follows_the_end_date():
    record = {"status": "active", "notice_date": "2026-11-01", "end_date": "2026-12-01"}
    assert phase_of(record, date(2026, 11, 30)) == "transition"
    assert phase_of(record, date(2026, 12, 1)) == "ended"
    assert phase_of({"status": "active"}, date(2026, 12, 1)) == "active"
    assert phase_of({"status": "active", "notice_date": "2026-11-01"}, date(2026, 12, 1)) == "transition"


def test_add_then_give_notice_moves_to_transition(clients):
    clients.add("Acme Dental")
    assert clients.get("acme dental")["phase"] == "active"
    record = clients.give_notice("Acme Dental", day(30), reason_category="late_payment")
    assert record["phase"] == "transition"
    assert record["notice_date"] == day(0) and record["end_date"] == day(30)


def test_duplicate_names_are_refused_case_insensitively(clients):
    clients.add("Acme Dental")
    with pytest.raises(ClientError, match="already exists"):
        clients.add("ACME dental")


def test_unknown_client_suggests_close_names(clients):
    clients.add("Globex Logistics")
    with pytest.raises(ClientError, match="Did you mean Globex Logistics"):
        clients.get("Globex Logistic")


@pytest.mark.parametrize("bad", ["31/12/2026", "next tuesday", "2026-13-01", "", "\x00"])
def test_bad_dates_are_clear_errors(clients, bad):
    clients.add("Acme")
    with pytest.raises(ClientError, match="not a date I understand"):
        clients.give_notice("Acme", bad)


def test_end_before_notice_is_refused(clients):
    clients.add("Acme")
    with pytest.raises(ClientError, match="before the notice date"):
        clients.give_notice("Acme", "2026-01-01", notice_date="2026-02-01")


def test_relative_dates():
    assert parse_date("+30", date(2026, 1, 1)) == date(2026, 1, 31)
    assert parse_date("tomorrow", date(2026, 1, 31)) == date(2026, 2, 1)


def test_mark_done_ends_support_today(clients):
    clients.add("Acme")
    clients.give_notice("Acme", day(30))
    record = clients.mark_done("Acme")
    assert record["phase"] == "ended" and record["end_date"] == day(0)


def test_links_and_mentions_find_the_client(clients):
    clients.add("Acme")
    clients.add("Acme Dental")
    clients.link("Acme Dental", "slack", "C123")
    assert clients.for_channel("slack", "C123")["name"] == "Acme Dental"
    assert clients.for_channel("slack", "C999") is None
    # the longer, more specific name wins
    assert clients.mentioned_in("how do I tell acme dental?")["name"] == "Acme Dental"
    assert clients.mentioned_in("Acme called again")["name"] == "Acme"
    assert clients.mentioned_in("acmeish is not a client") is None


def test_hostile_names_are_stored_as_data(clients):
    name = "Robert'); DROP TABLE clients;--"
    clients.add(name)
    assert clients.get(name)["name"] == name
    assert len(clients.all()) == 1


def test_names_need_a_letter_or_digit(clients):
    for bad in ("", "   ", "!!!", "x" * 200):
        with pytest.raises(ClientError):
            clients.add(bad)


def test_a_name_spelt_with_another_end_vowel_is_found(clients):
    clients.add("Hooli Bakery")
    clients.add("Acme Dental")
    assert clients.resolve("Hooley's owner keeps asking if they did something wrong").candidates == ("Hooli Bakery",)


def test_a_new_providers_email_address_names_the_client_it_takes_over(clients):
    clients.add("Globex Logistics", new_provider="BrightPath IT", new_provider_contact="help@brightpath.example")
    clients.add("Acme Dental")
    found = clients.resolve("Draft the reply to help@brightpath.example turning down the VPN question.")
    assert found.candidates == ("Globex Logistics",) and found.how == "provider"
