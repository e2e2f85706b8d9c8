"""Turn a message, its audience and the client's phase into an intent and a principle."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from pathlib import Path

from intents.catalog import INTENTS, intent_for_phase
from intents.compiled import CompiledModel
from intents.examples import data_fingerprint, load_examples

# Beside the checkout, wherever the bot is started from.
DEFAULT_CACHE = Path(__file__).resolve().parent.parent / "var" / "cache" / "intent-model"
# A source checkout (app.py beside the packages) keeps its model there; an installed package has
# no writable place of its own, so the caller picks one (see bot.core.model_cache).
IN_CHECKOUT = (Path(__file__).resolve().parent.parent / "app.py").exists()

NO_WORDS = "empty"


@dataclass(frozen=True)
class Route:
    intent: str             # as answered, after the phase is taken into account
    principle: str | None   # None: not about offboarding
    confidence: float       # probability mass of the chosen principle


class Router:
    def __init__(self, classifier):
        """classifier: anything with probabilities(text, audience) -> {intent: p}."""
        self.classifier = classifier

    def route(self, text: str, audience: str, phase: str | None = None) -> Route:
        if not any(ch.isalnum() for ch in text):
            return Route(NO_WORDS, None, 1.0)
        probs = self.classifier.probabilities(text, audience)
        # Sum intent probabilities per principle after phase remapping: the
        # principle is what matters, and near-synonymous intents share its mass.
        by_principle: dict[str | None, float] = defaultdict(float)
        best_intent: dict[str | None, tuple[float, str]] = {}
        for intent, p in probs.items():
            answered = intent_for_phase(intent, phase)
            principle = INTENTS[answered].principle
            by_principle[principle] += p
            if p > best_intent.get(principle, (-1.0, ""))[0]:
                best_intent[principle] = (p, intent)
        principle = max(by_principle, key=by_principle.get)
        raw = best_intent[principle][1]
        return Route(intent_for_phase(raw, phase), principle, round(by_principle[principle], 4))


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
