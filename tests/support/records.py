"""The three clients most tests start from, dated relative to the pinned day."""
from __future__ import annotations

from bot.clients import Clients
from tests.support import calendar


def seed_clients(clients: Clients) -> None:
    day = calendar.iso_day
    clients.add("Acme Dental", status="transition", notice_date=day(-10), end_date=day(20),
                reason_category="late_payment", reason="invoices paid 30-60 days late most of this year", account_owner="Priya")
    clients.add("Globex Logistics", status="ended", notice_date=day(-60), end_date=day(-14),
                reason_category="scope_creep", reason="projects asked of us outside the agreed scope", new_provider="BrightPath IT")
    clients.add("Initech", status="active")


def add_hooli(clients: Clients) -> None:
    """The roster's second client in transition: workload, a new provider with no contact, nobody owning it."""
    clients.add("Hooli Bakery", status="transition", notice_date=calendar.iso_day(-5), end_date=calendar.iso_day(30),
                reason_category="overload", new_provider="Castle Tech")


def add_vandelay(clients: Clients) -> None:
    """The roster's second ended client: never satisfied, no new provider, owned by Priya."""
    clients.add("Vandelay Imports", status="ended", notice_date=calendar.iso_day(-60), end_date=calendar.iso_day(-32),
                reason_category="never_satisfied", account_owner="Priya")
