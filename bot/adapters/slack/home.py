"""The App Home tab: for staff, who is being offboarded, their dates and next reminder, and recent
conversations; for guests and other workspaces, a short neutral note."""
from __future__ import annotations

import logging
from datetime import date, timedelta

from bot import clock
from bot.adapters.slack.blocks import clip, context, divider, escape, header, home, section
from bot.adapters.slack.checklist import home_blocks

log = logging.getLogger("partingways.slack")

RECENTLY_ENDED_DAYS = 30
RECENT_INTERACTIONS = 10
HOME_BLOCK_LIMIT = 100   # home() keeps to it (slack_sdk checks)
INTRO = ("Clients being offboarded, and what I have answered lately. "
         "Ask me anything in a direct message, or type `/offboard help` for the staff commands.")
OUTSIDER_NOTE = ("Hello! I help the {company} team look after their conversations with you. "
                 "If you have a question, write it in the channel you share with the team and "
                 "someone will get back to you.")


def home_view(bot, today: date | None = None, notice: str = "") -> dict:
    """notice: what happened to the viewer's last click (a tick that was refused), shown on top."""
    today = today or clock.today(bot.config.timezone)  # staff read the Home tab in the firm's zone
    clients = [client for client in bot.clients.all() if _in_offboarding(client, today)]
    checklists = bot.checklists.views(clients)
    blocks = [header("Parting Ways")] + ([section(escape(notice))] if notice else []) + [
        section(INTRO), section("*Clients being offboarded*")]
    blocks += [block for client in clients for block in [_client_block(bot, client)] + (
        home_blocks(checklists[client["name"]], bot.config, today) if client["name"] in checklists else [])] or [
        context(f"No client is in transition or ended in the last {RECENTLY_ENDED_DAYS} days.")]
    blocks += [divider(), section("*Recent conversations*")]
    rows = bot.storage.recent_interactions(limit=RECENT_INTERACTIONS)
    blocks += [context(_interaction_line(row)) for row in rows] or [context("Nothing yet.")]
    return home(blocks)


def outsider_home_view(company: str) -> dict:
    """What a guest or someone from another workspace sees: nothing about clients or conversations."""
    return home([header("Parting Ways"), section(escape(OUTSIDER_NOTE.format(company=company)))])


def next_reminder(bot, client_name: str) -> str | None:
    """The reminders module's next due reminder, when that module is installed and working."""
    try:
        from bot.reminders.runner import next_due  # built separately; the Home tab works without it
    except ImportError:
        return None
    try:
        return next_due(bot, client_name)
    except Exception:  # noqa: BLE001 - a reminder problem must not blank the Home tab
        log.exception("could not work out the next reminder for %s", client_name)
        return None


def _in_offboarding(client: dict, today: date) -> bool:
    if client["phase"] == "transition":
        return True
    recent = today - timedelta(days=RECENTLY_ENDED_DAYS)
    return client["phase"] == "ended" and bool(client.get("end_date")) \
        and date.fromisoformat(client["end_date"]) >= recent


FIELD_LIMIT = 300  # characters of one free-text field on the Home tab; longer ones end with "…"


def _client_block(bot, client: dict) -> dict:
    """One client's section. Free-text fields are clipped before escaping (so no entity is cut) and the
    whole section to Slack's 3,000 characters: one long field must not make Slack reject the whole tab."""
    lines = [f"*{escape(clip(client['name'], FIELD_LIMIT))}*: {client['phase']}",
             f"Notice given {client.get('notice_date') or 'not recorded'}, "
             f"last day of support {client.get('end_date') or 'not set'}"]
    if client.get("new_provider"):
        lines.append(f"New provider: {escape(clip(client['new_provider'], FIELD_LIMIT))}")
    reminder = next_reminder(bot, client["name"])
    if reminder:
        lines.append(f"Next reminder: {escape(clip(reminder, FIELD_LIMIT))}")
    return section("\n".join(lines))  # section() clips the whole to Slack's 3,000, visibly


def _interaction_line(row: dict) -> str:
    when = (row["ts"] or "")[:16].replace("T", " ")
    said = clip(" ".join((row["text"] or "").split()), 90)
    labels = " · ".join(value for value in (row["audience"], row["client"], row["principle"], row["action"]) if value)
    return f"{when} UTC · {escape(labels)}: “{escape(said)}”"
