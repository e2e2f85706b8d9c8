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
