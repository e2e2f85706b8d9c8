"""A linear intent classifier over word and character n-grams.

TF-IDF + logistic regression: quick to train on our few hundred examples and
robust to the typos and shorthand people use in chat thanks to the character
n-grams. The audience (staff or client) is a marker word in the features,
because the same words mean different things from our team or from a client.
Prediction in production goes through intents.compiled; this module trains.
"""
from __future__ import annotations

from collections import Counter

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import FeatureUnion

from intents.examples import Example, featurise

# Every label weighs the same in training, whatever its number of examples, so the ~1,000 general
# assistant requests do not drown a principle's 60; general requests weigh as much as this many
# labels together, since they stand for 150 kinds of request (chosen by measuring, see README).
GENERAL_LABEL, GENERAL_WEIGHT = "general_assistant", 2.0


class IntentClassifier:
    def __init__(self, c: float = 20.0):
        self.features = FeatureUnion([
            ("words", TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, token_pattern=r"(?u)\b\w[\w']*\b")),
            ("chars", TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=2)),
        ])
        # newton-cg reaches the same optimum as lbfgs in a fraction of the time on ~30k features.
        self.model = LogisticRegression(C=c, max_iter=3000, solver="newton-cg")
        self.labels: list[str] = []

    def fit(self, examples: list[Example]) -> "IntentClassifier":
        matrix = self.features.fit_transform([featurise(e.text, e.audience) for e in examples])
        labels = [e.intent for e in examples]
        self.model.set_params(class_weight=label_weights(labels))
        self.model.fit(matrix, labels)
        self.labels = list(self.model.classes_)
        return self

    def probabilities(self, text: str, audience: str) -> dict[str, float]:
        row = self.features.transform([featurise(text, audience)])
        probs = self.model.predict_proba(row)[0]
        return dict(zip(self.labels, probs.tolist()))

    def probabilities_many(self, texts: list[str], audiences: list[str]) -> list[dict[str, float]]:
        matrix = self.features.transform([featurise(t, a) for t, a in zip(texts, audiences)])
        return [dict(zip(self.labels, row.tolist())) for row in self.model.predict_proba(matrix)]


def label_weights(labels: list[str]) -> dict[str, float]:
    counts = Counter(labels)
    share = len(labels) / len(counts)
    return {label: share / n * (GENERAL_WEIGHT if label == GENERAL_LABEL else 1.0) for label, n in counts.items()}
