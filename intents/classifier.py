"""A linear intent classifier over word and character n-grams.

TF-IDF + logistic regression: fast to train at start-up (well under a second
on our few hundred examples), sub-millisecond to apply, and robust to the
typos and shorthand people use in chat thanks to the character n-grams.
The audience (staff or client) is a feature of its own, because the same
words mean different things coming from our team or from a client.
"""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import FeatureUnion

DATA_DIR = Path(__file__).parent / "data"
TRAINING_DIR = DATA_DIR / "training"
HELDOUT_FILE = DATA_DIR / "heldout.jsonl"

# Classification only needs the opening of a message; this bounds the cost of huge input.
MAX_CHARS = 1000

_SLACK_MARKUP = re.compile(r"<[@#!][^>]*>")
_TEAMS_MENTION = re.compile(r"<at>[^<]*</at>", re.IGNORECASE)
_URL = re.compile(r"https?://\S+")
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Example:
    text: str
    audience: str
    intent: str


def normalise(text: str) -> str:
    """Platform markup and links carry no intent; fold them to plain tokens."""
    text = text[:MAX_CHARS]
    text = _TEAMS_MENTION.sub(" ", text)
    text = _SLACK_MARKUP.sub(" ", text)
    text = _URL.sub(" link ", text)
    return _SPACE.sub(" ", text).strip().lower()


def featurise(text: str, audience: str) -> str:
    # A marker word lets the word n-grams learn audience-specific phrasing.
    return f"{audience}msg {normalise(text)}"


def load_examples(directory: Path = TRAINING_DIR) -> list[Example]:
    examples = []
    for path in sorted(directory.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                examples.append(Example(row["text"], row["audience"], path.stem))
    return examples


def load_heldout(path: Path = HELDOUT_FILE) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def data_fingerprint(directory: Path = TRAINING_DIR) -> str:
    digest = hashlib.sha256()
    for path in sorted(directory.glob("*.jsonl")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


class IntentClassifier:
    def __init__(self, c: float = 20.0):
        self.features = FeatureUnion([
            ("words", TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, token_pattern=r"(?u)\b\w[\w']*\b")),
            ("chars", TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=2)),
        ])
        self.model = LogisticRegression(C=c, max_iter=3000)
        self.labels: list[str] = []

    def fit(self, examples: list[Example]) -> "IntentClassifier":
        matrix = self.features.fit_transform([featurise(e.text, e.audience) for e in examples])
        self.model.fit(matrix, [e.intent for e in examples])
        self.labels = list(self.model.classes_)
        return self

    def probabilities(self, text: str, audience: str) -> dict[str, float]:
        row = self.features.transform([featurise(text, audience)])
        probs = self.model.predict_proba(row)[0]
        return dict(zip(self.labels, probs.tolist()))

    def predict_many(self, texts: list[str], audiences: list[str]) -> np.ndarray:
        matrix = self.features.transform([featurise(t, a) for t, a in zip(texts, audiences)])
        return self.model.predict(matrix)
