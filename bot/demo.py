"""Demo clients for the console, dated relative to today so the phases stay true."""
from __future__ import annotations

from datetime import date, timedelta

from bot import clock
from bot.clients import Clients


def seed_demo_clients(clients: Clients, today: date | None = None) -> list[str]:
    """Add the demo clients unless the database already has clients."""
    if clients.all():
        return []
    today = today or clock.today(clients.default_timezone)  # staff read the demo in the firm's zone
    day = lambda offset: (today + timedelta(days=offset)).isoformat()  # noqa: E731
    clients.add("Acme Dental", status="transition", notice_date=day(-10), end_date=day(20),
                reason_category="late_payment", reason="invoices paid 30-60 days late most of this year",
                account_owner="Priya Shah", email_domain="acmedental.example")
    clients.add("Globex Logistics", status="ended", notice_date=day(-60), end_date=day(-14),
                reason_category="scope_creep", reason="repeated requests for projects outside the agreed scope",
                account_owner="Tom Becker", new_provider="BrightPath IT",
                new_provider_contact="help@brightpath.example", email_domain="globex.example")
    clients.add("Initech", status="active", email_domain="initech.example")
    return ["Acme Dental", "Globex Logistics", "Initech"]
