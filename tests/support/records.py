"""The three clients most tests start from, dated relative to the pinned day."""
from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

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


def hooli_over_our_closure(config, open_bot):
    """Hooli's week-before-the-end falls in our closure, so its date to be in touch by is the day before we close."""
    closed = (calendar.today() + timedelta(days=21), calendar.today() + timedelta(days=28))
    bot = open_bot(replace(config, office_closed=closed))
    seed_clients(bot.clients)
    add_hooli(bot.clients)
    return bot, closed
