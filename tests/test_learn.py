"""`python app.py learn`: what real use taught, as candidates for a person; the model never changes."""
import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from bot import learn
from bot.storage import Storage
from intents.examples import TRAINING_DIR, data_fingerprint
from intents.router import DEFAULT_CACHE, default_router

ROOT = Path(__file__).resolve().parent.parent
CLIENT_TEXT = "so who do we ring now when the internet dies?"


def app(*args, db):
    return subprocess.run([sys.executable, "app.py", "--db", str(db), *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)


def seed(path) -> None:
    storage = Storage(str(path))
    day = "2026-11-0{}T10:00:00.000+00:00".format
    # What teaches: a staff choice after a doubtful route (twice), a not-helpful vote, a client hand-off.
    for ts in (day(2), day(3)):
        storage.log_interaction(ts=ts, audience="staff", text="what do I even say to them on friday",
                                intent="explain_reason", action="choice")
    voted = storage.log_interaction(ts=day(4), audience="staff", text="they want the old price back, thoughts?",
                                    intent="come_back", principle="decisive", action="reply")
    storage.update_interaction(voted, feedback="not_helpful")
    storage.log_interaction(ts=day(5), audience="client", client="Acme Dental", text=CLIENT_TEXT,
                            intent="support_request", principle="helpful", action="handoff")
    # What does not: answers nobody complained about, a client left to the help desk, a helpful vote.
    storage.log_interaction(ts=day(5), audience="staff", text="how do I tell Acme?", intent="announce_decision",
                            action="reply")
    liked = storage.log_interaction(ts=day(6), audience="staff", text="can we cut them off?",
                                    intent="cut_off_early", action="reply")
    storage.update_interaction(liked, feedback="helpful")
    storage.log_interaction(ts=day(6), audience="client", client="Initech", text="printer jammed",
                            intent="support_request", action="ignore")
    storage.log_interaction(ts=day(7), audience="client", client="Acme Dental", text="why are you ending our contract?",
                            intent="explain_reason", action="reply")
    storage.close()


def model_state() -> dict:
    """The training data's fingerprint and every file of the compiled model cache, byte for byte."""
    cache = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(DEFAULT_CACHE.glob("*"))}
    training = {p.name: (p.stat().st_mtime_ns, p.stat().st_size) for p in sorted(TRAINING_DIR.glob("*"))}
    return {"fingerprint": data_fingerprint(), "cache": cache, "training": training}


@pytest.fixture
def seeded(tmp_path):
    db = tmp_path / "use.db"
    seed(db)
    return db


def test_learn_lists_choices_votes_and_hand_offs_without_their_text(seeded):
    result = app("learn", db=seeded)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "staff choices after a doubtful route: 2" in out and "picked explain_reason: 2" in out
    assert "answers voted not helpful: 1" in out and "routed as come_back: 1" in out
    assert "client messages handed to a person: 1" in out and "routed as support_request: 1" in out
    assert "3 candidate training line(s)" in out and "--out FILE" in out
    for text in (CLIENT_TEXT, "what do I even say", "old price back", "printer jammed"):
        assert text not in out


def test_learn_writes_candidates_for_review_and_never_changes_the_model(seeded, tmp_path):
    default_router()  # the compiled model exists before, as it would in use
    before = model_state()
    out_file = tmp_path / "candidates.jsonl"
    result = app("learn", "--out", str(out_file), db=seeded)
    assert result.returncode == 0, result.stderr
    assert "Nothing was retrained" in result.stdout
    lines = [json.loads(line) for line in out_file.read_text(encoding="utf-8").splitlines()]
    assert [(c["source"], c["audience"], c["intent"], c["times"]) for c in lines] == [
        ("staff_choice", "staff", "explain_reason", 2),
        ("not_helpful", "staff", None, 1),
        ("client_handoff", "client", None, 1)]
    assert lines[2]["text"] == CLIENT_TEXT and lines[2]["routed_intent"] == "support_request"
    assert model_state() == before


def test_learn_since_a_day_leaves_out_what_came_before(seeded, tmp_path):
    out_file = tmp_path / "recent.jsonl"
    result = app("learn", "--since", "2026-11-04", "--out", str(out_file), db=seeded)
    assert result.returncode == 0, result.stderr
    assert "since 2026-11-04" in result.stdout and "staff choices after a doubtful route: 0" in result.stdout
    assert [json.loads(line)["source"] for line in out_file.read_text().splitlines()] == [
        "not_helpful", "client_handoff"]


def test_learn_refuses_to_write_into_the_training_data(seeded):
    before = model_state()
    target = TRAINING_DIR / "learned_candidates.jsonl"
    result = app("learn", "--out", str(target), db=seeded)
    assert result.returncode == 2 and "inside the training data" in result.stderr
    assert not target.exists() and model_state() == before


def test_a_text_already_in_the_training_data_is_not_a_candidate(tmp_path):
    storage = Storage(str(tmp_path / "t.db"))
    storage.log_interaction(audience="client", text="Why are you ending our contract?", intent="explain_reason",
                            action="handoff")
    storage.log_interaction(audience="client", text="   ", intent="empty", action="handoff")
    lessons = learn.gather(storage)
    storage.close()
    assert lessons.candidates == [] and lessons.already_trained == 1
