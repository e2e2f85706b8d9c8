"""The words of each reminder: titles here, bodies in responses/templates/reminders/<kind>.j2."""
from __future__ import annotations

from datetime import date, timedelta

from bot.clients import phase_of
from bot.config import Config
from bot.reminders.schedule import ADHOC, CHECKLIST, DIGEST, Due, add_months
from responses import render


def title_for(due: Due) -> str:
    if due.kind == DIGEST:
        return f"Weekly offboarding digest, {render.long_date(due.day)}"
    if due.kind == ADHOC:
        return f"Reminder for {due.client}"
    return f"{due.client}: {due.label}"


def body_for(due: Due, client: dict | None, config: Config, digest_rows: dict | None = None,
             checklist=None) -> str:
    """checklist: the client's bot.checklist.ChecklistView, whose open items the texts list."""
    facts = render.facts_for(client, company=config.company, signer=config.signer,
                             payment_terms=config.payment_terms, closed=config.office_closed)
    extra = {"note": due.note, "created_by": due.created_by, **(digest_rows or {}),
             **checklist_facts(due, checklist)}
    return render.render_file(f"reminders/{due.kind}.j2", **{**facts, **extra})


def checklist_facts(due: Due, checklist) -> dict:
    """What the reminder templates know of the checklist: only what is still open."""
    if checklist is None:
        return {"has_checklist": False, "open_handover": [], "open_after": [], "progress": "", "finished": False,
                "due_tomorrow": [], "overdue": []}
    mine = [item for item in checklist.open_items() if item.owner == due.owner] if due.kind == CHECKLIST else []
    return {
        "has_checklist": True, "progress": checklist.progress, "finished": checklist.finished,
        "open_handover": [_item_row(item) for item in checklist.open_items(after_end=False)],
        "open_after": [_item_row(item) for item in checklist.open_items(after_end=True)],
        "due_tomorrow": [_item_row(item) for item in mine if item.due == due.day + timedelta(days=1)],
        "overdue": [_item_row(item) for item in mine if item.due == due.day - timedelta(days=1)],
    }


def _item_row(item) -> dict:
    return {"number": item.number, "key": item.key, "title": item.title, "owner": item.owner,
            "due": render.long_date(item.due) if item.due else "", "overdue": item.overdue}


def late_note(due: Due) -> str:
    local = due.local_due()
    return f"(late: was due {render.long_date(local.date())} at {local:%H:%M} {local.tzname()})"


def owner_intro(owner: str, client: str) -> str:
    return f"{owner}, you look after {client}, so this one is for you as well."


def digest_rows(clients: list[dict], today: date, next_step, checklists: dict | None = None) -> dict:
    """Clients in transition, and those with loose ends: ended in the last month, or later with
    their checklist not yet done; each with its checklist's progress."""
    transition, recently_ended = [], []
    checklists = checklists or {}
    for client in clients:
        end = date.fromisoformat(client["end_date"]) if client.get("end_date") else None
        phase = phase_of(client, today)
        checklist = checklists.get(client["name"])
        progress = checklist.progress if checklist else None
        if phase == "transition":
            transition.append({**_transition_row(client, end, today, next_step(client)), "progress": progress})
        elif phase == "ended" and end and (today < add_months(end, 1) or (checklist and not checklist.finished)):
            recently_ended.append({"name": client["name"], "end": render.long_date(end), "progress": progress,
                                   "finished": bool(checklist and checklist.finished)})
    return {"transition": transition, "recently_ended": recently_ended}


def _transition_row(client: dict, end: date | None, today: date, next_step: str | None) -> dict:
    if end is None:
        countdown = "no end date set yet"
    else:
        days = (end - today).days
        countdown = f"support ends {render.long_date(end)}, in {days} day{'s' if days != 1 else ''}"
    provider = client.get("new_provider")
    return {"name": client["name"], "countdown": countdown,
            "provider": f"new provider: {provider}" if provider else "no new provider yet",
            "next": next_step}
