"""`python app.py learn`: what real use taught the router, as candidate training lines for a person.

Three kinds of logged interaction say the router could do better:

- a staff member's choice after a doubtful route (action ``choice``: its intent is the one the
  person picked, its text the message they had sent);
- an answer voted not helpful (feedback ``not_helpful``);
- a client message handed to a person (audience client, action ``handoff``).

Nothing here retrains or changes the model: the candidates are for a person to read, and to copy
into ``intents/data/training/<intent>.jsonl`` only where they agree. The summary carries counts
and intent names, never message text; client text leaves the database only when someone asks for
the candidates file (``--out``).
"""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from bot.storage import Storage
from intents.examples import TRAINING_DIR, load_examples

CHOICE = "choice"  # logged when a person picks one of a doubtful route's alternatives
NOT_HELPFUL = "not_helpful"
SOURCES = {
    "staff_choice": "staff choices after a doubtful route",
    "not_helpful": "answers voted not helpful",
    "client_handoff": "client messages handed to a person",
}


def source_of(row: dict) -> str:
    if row["action"] == CHOICE:
        return "staff_choice"
    if row["feedback"] == NOT_HELPFUL:
        return "not_helpful"
    return "client_handoff"


@dataclass
class Lessons:
    looked_at: int = 0
    by_source: Counter = field(default_factory=Counter)
    intents: dict[str, Counter] = field(default_factory=lambda: {source: Counter() for source in SOURCES})
    already_trained: int = 0
    candidates: list[dict] = field(default_factory=list)


def gather(storage: Storage, since: str | None = None) -> Lessons:
    """Every teaching interaction since a timestamp, as one candidate per distinct text."""
    trained = {(e.text.strip().lower(), e.audience) for e in load_examples()}
    lessons, seen = Lessons(), {}
    for row in storage.learning_interactions(since):
        lessons.looked_at += 1
        text = (row["text"] or "").strip()
        if not text:
            continue
        source = source_of(row)
        lessons.by_source[source] += 1
        lessons.intents[source][row["intent"] or "(none)"] += 1
        key = (text.lower(), row["audience"], source, row["intent"])
        if (text.lower(), row["audience"]) in trained:
            lessons.already_trained += 1
            continue
        if key in seen:
            seen[key]["times"] += 1
            continue
        picked = row["intent"] if source == "staff_choice" else None
        seen[key] = {"text": text, "audience": row["audience"], "intent": picked, "source": source,
                     "routed_intent": None if picked else row["intent"], "times": 1, "first_seen": row["ts"]}
    lessons.candidates = list(seen.values())
    return lessons


def summary(lessons: Lessons, since_day: str | None) -> str:
    span = f"since {since_day}" if since_day else "in the whole log"
    lines = [f"What real use taught the router ({span}):"]
    for source, title in SOURCES.items():
        count = lessons.by_source[source]
        lines.append(f"  {title}: {count}")
        label = "picked" if source == "staff_choice" else "routed as"
        for intent, n in lessons.intents[source].most_common(8):
            lines.append(f"      {label} {intent}: {n}")
    if lessons.already_trained:
        lines.append(f"  ({lessons.already_trained} of them are already training examples, word for word)")
    lines.append(f"{len(lessons.candidates)} candidate training line(s).")
    return "\n".join(lines)


def check_destination(path: Path) -> None:
    """Candidates are for review: never written where training would pick them up unread."""
    from bot.clients import ClientError
    target = path.resolve()
    if target == TRAINING_DIR.resolve() or TRAINING_DIR.resolve() in target.parents:
        raise ClientError(f"{path} is inside the training data ({TRAINING_DIR}): write the candidates "
                          "elsewhere, read them, and copy the good ones in by hand.")


def write_candidates(lessons: Lessons, path: Path) -> None:
    check_destination(path)
    with open(path, "w", encoding="utf-8") as stream:
        for candidate in lessons.candidates:
            stream.write(json.dumps(candidate, ensure_ascii=False) + "\n")

