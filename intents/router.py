"""Turn a message, its audience and the client's phase into an intent and a principle,
with the runner-up principles and whether the choice is in doubt."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from pathlib import Path

from intents.catalog import INTENTS, intent_for_phase, principle_in_phase
from intents.compiled import CompiledModel
from intents.examples import data_fingerprint, load_examples

# Beside the checkout, wherever the bot is started from.
DEFAULT_CACHE = Path(__file__).resolve().parent.parent / "var" / "cache" / "intent-model"
# A source checkout (app.py beside the packages) keeps its model there; an installed package has
# no writable place of its own, so the caller picks one (see bot.core.model_cache).
IN_CHECKOUT = (Path(__file__).resolve().parent.parent / "app.py").exists()

NO_WORDS = "empty"
OUT_OF_SCOPE = "unrelated_staff"

# Classifier labels never used to read a client's message (an alias label is its own kind of text).
STAFF_ONLY = frozenset(name for name, intent in INTENTS.items() if intent.staff_only)

# A route is in doubt when its principle has less than DOUBT_BELOW of the probability, or the
# runner-up (out of scope included) is within DOUBT_MARGIN of it. Chosen from the out-of-fold
# probabilities of 5-fold cross-validation (`python app.py evaluate` prints the trade-off).
DOUBT_BELOW = 0.5
DOUBT_MARGIN = 0.4
# A client's message in doubt is never answered automatically, and a wrong principle sent to a client
# costs more than a hand-off, so a client's bar is higher: measured on the out-of-fold routes of the
# client examples, it leaves a third fewer wrong automatic answers for 5% fewer answers.
CLIENT_DOUBT_BELOW = 0.6
CLIENT_DOUBT_MARGIN = 0.5


def doubt_thresholds(audience: str) -> tuple[float, float]:
    """(below, margin) for a message from this audience."""
    return (CLIENT_DOUBT_BELOW, CLIENT_DOUBT_MARGIN) if audience == "client" else (DOUBT_BELOW, DOUBT_MARGIN)
# Runner-up principles worth offering as a choice: at least this likely, at most this many.
ALTERNATIVE_FLOOR = 0.05
MAX_ALTERNATIVES = 3


@dataclass(frozen=True)
class Alternative:
    principle: str          # a runner-up principle (never None: "not about offboarding" is no choice)
    intent: str             # its most likely intent, as it would be answered in this phase
    probability: float      # probability mass of that principle


@dataclass(frozen=True)
class Route:
    intent: str             # as answered, after the phase is taken into account
    principle: str | None   # None: not about offboarding
    confidence: float       # probability mass of the chosen principle
    # Runner-up principles, most likely first (only those at ALTERNATIVE_FLOOR or more).
    alternatives: tuple[Alternative, ...] = field(default=())
    # The top two principles are close, or the chosen one is not likely enough.
    doubtful: bool = False


class Router:
    def __init__(self, classifier):
        """classifier: anything with probabilities(text, audience) -> {intent: p}."""
        self.classifier = classifier

    def route(self, text: str, audience: str, phase: str | None = None) -> Route:
        if not any(ch.isalnum() for ch in text):
            return Route(NO_WORDS, None, 1.0)
        return route_from(self.classifier.probabilities(text, audience), phase, audience)


# The group an ex-client's request for what is theirs is weighed in (see route_from).
THEIRS = "theirs"

def route_from(probs: dict[str, float], phase: str | None = None, audience: str = "staff",
               doubt_below: float | None = None, doubt_margin: float | None = None) -> Route:
    """The route for intent probabilities: summed per principle after phase remapping, since the
    principle is what matters and near-synonymous intents share its mass. A client's message is
    never read as a question only our own team asks (how to word the notice...)."""
    if audience == "client":
        probs = {label: p for label, p in probs.items() if label not in STAFF_ONLY}
        total = sum(probs.values()) or 1.0
        probs = {intent: p / total for intent, p in probs.items()}
    by_principle: dict[str | None, float] = defaultdict(float)
    best_intent: dict[str | None, tuple[float, str]] = {}
    label: dict[str | None, str | None] = {}
    reading = _readings(phase, audience)
    for intent, p in probs.items():
        answered, principle, group = reading(intent)
        label[group] = principle
        by_principle[group] += p
        if p > best_intent.get(group, (-1.0, ""))[0]:
            best_intent[group] = (p, answered)
    ranked = sorted(by_principle, key=by_principle.get, reverse=True)
    top = ranked[0]
    confidence = by_principle[top]
    runner_up = by_principle[ranked[1]] if len(ranked) > 1 else 0.0
    alternatives = tuple(
        Alternative(label[group], best_intent[group][1], round(by_principle[group], 4))
        for group in ranked[1:]
        if group is not None and label[group] != label[top] and by_principle[group] >= ALTERNATIVE_FLOOR)[:MAX_ALTERNATIVES]
    below, margin = doubt_thresholds(audience)
    below = below if doubt_below is None else doubt_below
    margin = margin if doubt_margin is None else doubt_margin
    doubtful = confidence < below or confidence - runner_up < margin
    return Route(best_intent[top][1], label[top], round(confidence, 4), alternatives, doubtful)


def _readings(phase: str | None, audience: str):
    """intent -> (intent as answered, principle, group its probability is summed in), for one phase and
    audience: the same for every message, so worked out once per intent (routing runs per message)."""
    return _READINGS.get((phase, audience)) or _READINGS.setdefault((phase, audience), lru_cache(maxsize=None)(
        lambda intent: _reading(intent, phase, audience)))


def _reading(intent: str, phase: str | None, audience: str) -> tuple[str, str | None, str | None]:
    answered = intent_for_phase(intent, phase)
    principle = principle_in_phase(intent, phase, audience)
    if principle is None and INTENTS[answered].principle is not None:
        answered = OUT_OF_SCOPE   # an active client's message, whatever its words
    # An ex-client asking for what is theirs is labelled "done" but weighed on its own: its mass never adds
    # to the declines' and makes a refusal look surer than the router is.
    group = THEIRS if principle == "done" and INTENTS[answered].principle == "helpful" else principle
    return answered, principle, group


_READINGS: dict = {}


def load_or_train(cache_dir: Path = DEFAULT_CACHE) -> CompiledModel:
    """The compiled model for the current training data, training it only when the cache is stale."""
    fingerprint = data_fingerprint()
    model = CompiledModel.load(cache_dir, fingerprint)
    if model is None:
        from intents.classifier import IntentClassifier  # scikit-learn only when training
        model = CompiledModel.from_classifier(IntentClassifier().fit(load_examples()))
        try:
            model.save(cache_dir, fingerprint)
        except OSError:
            pass  # a read-only checkout still routes, it just trains at each start
    return model


@lru_cache(maxsize=4)
def default_router(cache_dir: Path = DEFAULT_CACHE) -> Router:
    """The router for the shipped examples, built once per process."""
    return Router(load_or_train(Path(cache_dir)))
