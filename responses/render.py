"""Fill the reply templates with a client's facts.

Templates are files in ``responses/templates/<audience>/<intent>.j2``; each
holds its alternatives as numbered blocks (``script_1``, ``reply_2``...).
Message text from users is only ever passed in as a value, never compiled.
"""
from __future__ import annotations

import zlib
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined, Template

TEMPLATE_DIR = Path(__file__).parent / "templates"

PRINCIPLE_TITLES = {
    "decisive": "Decisive: the decision is made and it stays made",
    "honest": "Honest: name what went wrong, plainly",
    "friendly": "Friendly: business, not personal",
    "helpful": "Helpful: a smooth handover, nothing cut off early",
    "done": "Done: support has ended, decline kindly",
    None: "Parting Ways: what I can help with",
}

REASON_PHRASES = {
    "late_payment": "invoices have repeatedly been paid after our payment terms ({terms})",
    "scope_creep": "the work asked of us has regularly gone beyond the scope we agreed",
    "overload": "the support needed has grown beyond what our team can deliver well at the agreed level",
    "never_satisfied": "despite real effort on both sides, we have not been able to give you the service you expect",
}
DEFAULT_REASON = "the way we work together is no longer a good fit for either side"

STAFF, CLIENT = "staff", "client"


@dataclass(frozen=True)
class Rendered:
    text: str
    title: str = ""
    coaching: str = ""
    script: str = ""


_env = Environment(
    loader=FileSystemLoader(str(TEMPLATE_DIR)),
    undefined=StrictUndefined,
    autoescape=False,
    trim_blocks=True,
    lstrip_blocks=True,
    auto_reload=False,  # templates ship with the code: no stat() of the file on every message
)


def long_date(day: date) -> str:
    return f"{day:%A} {day.day} {day:%B %Y}"


def facts_for(client: dict | None, *, company: str, signer: str, payment_terms: str,
              sender_name: str = "") -> dict:
    """Every template variable, with a graceful phrase wherever a fact is missing."""
    client = client or {}
    end = date.fromisoformat(client["end_date"]) if client.get("end_date") else None
    notice = date.fromisoformat(client["notice_date"]) if client.get("notice_date") else None
    category = client.get("reason_category") or ""
    reason = (client.get("reason") or "").strip().rstrip(".") or \
        REASON_PHRASES.get(category, DEFAULT_REASON).format(terms=payment_terms)
    return {
        "client_name": client.get("name") or "the client",
        "has_client": bool(client.get("name")),
        "sender_name": (sender_name or "").split(" ")[0][:40],
        "end_date": long_date(end) if end else "the agreed last day of support",
        "has_end_date": end is not None,
        "notice_date": long_date(notice) if notice else "the date we gave notice",
        "has_notice_date": notice is not None,
        "handover_deadline": long_date(end - timedelta(days=7)) if end else "a week before the last day of support",
        "reason": reason,
        "reason_category": category,
        "payment_terms": payment_terms,
        "new_provider": client.get("new_provider") or "",
        "new_provider_contact": client.get("new_provider_contact") or "",
        "company": company,
        "signer": signer,
        "account_owner": client.get("account_owner") or "",
        "phase": client.get("phase") or "",
    }


@lru_cache(maxsize=256)
def template_for(audience: str, intent: str) -> Template | None:
    path = TEMPLATE_DIR / audience / f"{intent}.j2"
    return _env.get_template(f"{audience}/{intent}.j2") if path.exists() else None


def has_client_wording(intent: str) -> bool:
    return template_for(CLIENT, intent) is not None


def variant_names(template: Template, prefix: str) -> list[str]:
    return sorted(name for name in template.blocks if name.startswith(prefix))


def render_block(template: Template, block: str, facts: dict) -> str:
    return "".join(template.blocks[block](template.new_context(dict(facts)))).strip()


def _pick(names: list[str], seed: str) -> str:
    # Stable per message, so the same question gets the same wording on a retry.
    return names[zlib.crc32(seed.encode("utf-8", "replace")) % len(names)]


def render_staff(intent: str, principle: str | None, facts: dict, seed: str = "") -> Rendered:
    template = template_for(STAFF, intent) or template_for(STAFF, "greeting")
    coaching = render_block(template, "coaching", facts)
    scripts = variant_names(template, "script_")
    script = render_block(template, _pick(scripts, seed), facts) if scripts else ""
    title = PRINCIPLE_TITLES[principle]
    parts = [title, coaching] + ([f"Ready to send:\n{script}"] if script else [])
    return Rendered("\n\n".join(parts), title, coaching, script)


def render_client(intent: str, facts: dict, seed: str = "") -> Rendered | None:
    """The client-facing wording, or None when there is none for this intent."""
    template = template_for(CLIENT, intent)
    if template is None:
        return None
    text = render_block(template, _pick(variant_names(template, "reply_"), seed), facts)
    return Rendered(text)


def render_file(name: str, **values) -> str:
    """A one-off template (notices, help) rendered with plain values."""
    return _env.get_template(name).render(**values).strip()
