"""The router: principle per audience and phase, and the compiled model's fidelity."""
import pytest

from intents.catalog import INTENTS
from intents.examples import heldout_files, load_examples, load_heldout
from intents.router import default_router


@pytest.fixture(scope="module")
def router():
    return default_router()


@pytest.mark.parametrize("text,audience,phase,principle", [
    ("how do I tell Acme we're ending the contract?", "staff", None, "decisive"),
    ("they apologised and offered a bigger retainer if we stay", "staff", None, "decisive"),
    ("should I mention the late payments when I tell them?", "staff", None, "honest"),
    ("why are you ending our contract?", "client", "transition", "honest"),
    ("this is a disgrace, I'll be leaving you a one star review everywhere", "client", "transition", "friendly"),
    ("can we just shut their server off now? they haven't paid", "staff", None, "helpful"),
    ("could you export all our files onto a drive for us", "client", "transition", "helpful"),
    ("our printer is jammed again", "client", "transition", "helpful"),
    ("our printer is jammed again", "client", "ended", "done"),
    ("hi, we're the new IT provider for Globex, how was the firewall set up?", "client", "ended", "done"),
    ("what's the wifi password?", "staff", None, None),
    ("good morning!", "staff", None, None),
])
def test_principles_by_audience_and_phase(router, text, audience, phase, principle):
    assert router.route(text, audience, phase).principle == principle


def test_phase_turns_a_support_request_from_helpful_into_done(router):
    during = router.route("can someone reset Jo's password please", "client", "transition")
    after = router.route("can someone reset Jo's password please", "client", "ended")
    assert (during.principle, after.principle) == ("helpful", "done")
    assert after.intent == "after_end_request"


@pytest.mark.parametrize("text", ["", "   ", "\n\t", "!!!", "👋"])
def test_text_without_words_is_not_classified(router, text):
    route = router.route(text, "client", "transition")
    assert route.principle is None and route.intent == "empty"


def test_compiled_model_matches_scikit_learn():
    from intents.classifier import IntentClassifier
    examples = load_examples()
    reference = IntentClassifier().fit(examples)
    compiled = default_router().classifier
    for row in load_heldout()[::5] + [{"text": "Ünïcode ✓ <@U123> https://x.test/a?b  TABS\t", "audience": "client"}]:
        ours = compiled.probabilities(row["text"], row["audience"])
        theirs = reference.probabilities(row["text"], row["audience"])
        assert max(abs(ours[k] - theirs[k]) for k in theirs) < 1e-9


@pytest.mark.parametrize("path", heldout_files(), ids=lambda p: p.name)
def test_heldout_meets_the_accuracy_targets(router, path):
    from intents.evaluate import evaluate_heldout
    result = evaluate_heldout(router, load_heldout(path))
    assert result.principle_accuracy >= 0.95
    assert result.out_of_scope_recall >= 0.90


def test_every_intent_has_training_examples():
    assert {e.intent for e in load_examples()} == set(INTENTS)


def test_nothing_is_announced_to_a_client_whose_support_has_ended(router):
    route = router.route("how do I tell Globex they need to stop asking us for help?", "staff", "ended")
    assert route.principle == "done" and route.intent == "after_end_request"
