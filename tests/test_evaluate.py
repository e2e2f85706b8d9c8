"""`python app.py evaluate`: the same figures for every data set, progress on stderr while it cross-validates."""
import io
from collections import defaultdict

from bot.core import planned_action
from intents import evaluate
from intents.examples import load_examples, load_general_test
from intents.router import default_router


def few_examples():
    """Eight examples a label: enough for a 2-fold run that takes a second, not a minute."""
    by_label = defaultdict(list)
    for example in load_examples():
        by_label[example.intent].append(example)
    return [e for examples in by_label.values() for e in examples[:8]]


def test_report_covers_every_data_set_and_shows_progress(monkeypatch):
    monkeypatch.setattr(evaluate, "load_examples", few_examples)
    monkeypatch.setattr(evaluate, "load_general_test", lambda: load_general_test()[::250])
    progress = io.StringIO()
    text = evaluate.report(default_router(), lambda route, audience, phase: planned_action(
        route, audience, phase, 0.55)[0], folds=2, progress=progress)
    assert "cross-validating: fold 1/2" in progress.getvalue() and "fold 2/2" in progress.getvalue()
    for name in ("Cross-validation (2 folds)", "CV, offboarding examples only", "Held-out heldout.jsonl",
                 "Held-out heldout_blind.jsonl", "Blind dev set", "General assistant (CLINC150 test split)"):
        assert f"== {name}" in text, name
    assert text.count("(rows: expected, columns: routed)") >= 6
    assert "Client messages answered automatically" in text and "right principle in" in text
    assert "Staff messages routed to no principle" in text and "Doubt thresholds" in text
    summary = text[text.index("== Summary =="):]
    assert "auto-reply prec" in summary and "Blind dev set" in summary


def test_scores_count_auto_replies_and_out_of_scope():
    rows = [{"text": "why are you ending our contract?", "audience": "client", "phase": "transition",
             "principle": "honest"},
            {"text": "what's the capital of peru", "audience": "client", "phase": "transition", "principle": None},
            {"text": "how do I tell Acme we're ending?", "audience": "staff", "phase": None, "principle": "decisive"}]
    result = evaluate.evaluate_rows(default_router(), rows, lambda route, audience, phase: planned_action(
        route, audience, phase, 0.55)[0])
    assert result.principle_accuracy == 1.0 and result.recall(evaluate.NONE_LABEL) == 1.0
    assert result.auto_replies == [0] and result.auto_reply_rate == 0.5 and result.auto_reply_precision == 1.0


def test_the_whole_bot_answers_few_general_requests_on_a_principle():
    """CLINC150's test split (a tenth of it) put to the bot as clients in transition and ended: the reply
    policy may send its note on what the conversation is for, but almost never an offboarding answer."""
    from bot.cli import answering_bot
    rows = [row for row in load_general_test()[::10] if row["audience"] == "client"]
    with answering_bot() as answer:
        result = evaluate.evaluate_rows(default_router(), rows, answer=answer)
    assert len(result.client_indices) == 1100
    assert len(result.principled_replies) / len(result.client_indices) <= 0.01
    assert all(result.answered[i] is None for i in result.auto_replies if i not in result.principled_replies)


def test_a_blind_client_line_with_no_phase_is_measured_as_from_a_client_we_are_not_offboarding(tmp_path):
    """The blind sets' brief leaves the phase open for a client's ordinary business: evaluate sends it as
    from an active client, which the bot leaves to the help desk, and reads its ticket as no principle.
    Training examples and held-out lines keep their open phase (cross-validation answers them as before)."""
    import json
    from bot.cli import answering_bot
    from intents.examples import load_blind
    lines = [{"text": "what's the weather like in Lisbon tomorrow?", "audience": "client", "phase": None,
              "principle": None},
             {"text": "the label printer in dispatch has stopped feeding paper", "audience": "client", "phase": None,
              "principle": None}]
    path = tmp_path / "blind.jsonl"
    path.write_text("\n".join(json.dumps(line) for line in lines), encoding="utf-8")
    with answering_bot() as answer:
        result = evaluate.evaluate_rows(default_router(), load_blind(path), answer=answer)
        held_out = evaluate.evaluate_rows(default_router(), lines, answer=answer)
    assert result.actions == ["ignore", "ignore"] and result.predicted[1] == "out_of_scope"
    assert held_out.predicted[1] == "helpful"   # as from a client in transition: a ticket during notice
