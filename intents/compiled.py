"""The trained classifier in a form that answers in microseconds and loads without scikit-learn.

scikit-learn trains and evaluates the model; this module keeps only what
prediction needs (vocabularies, idf weights, coefficients) and applies it
with dictionary look-ups and one small matrix product. Per-call input
validation in scikit-learn costs more than the arithmetic itself for a single
chat message, and importing it dominates the bot's cold start.
``tests/test_router.py`` checks the probabilities match scikit-learn's.
"""
from __future__ import annotations

import json
import math
import re
from collections import Counter
from functools import lru_cache
from pathlib import Path

import numpy as np

from intents.examples import featurise

FORMAT_VERSION = 1
WORD_CACHE_SIZE = 20_000  # distinct words remembered: about 20 MB when full of made-up words


def word_ngrams(text: str, pattern: re.Pattern, low: int, high: int) -> list[str]:
    tokens = pattern.findall(text)
    grams = []
    for n in range(low, high + 1):
        grams += [" ".join(tokens[i:i + n]) for i in range(len(tokens) - n + 1)]
    return grams


def char_wb_ngrams(text: str, low: int, high: int) -> list[str]:
    """Character n-grams inside word boundaries, each word padded by one space.

    A padded word no longer than n counts once, whole, and ends that word's n-grams.
    """
    grams = []
    for word in text.split():
        padded = f" {word} "
        for n in range(low, high + 1):
            if n >= len(padded):
                grams.append(padded)
                break
            grams += [padded[i:i + n] for i in range(len(padded) - n + 1)]
    return grams


class _Block:
    """One TF-IDF vectoriser's share of the feature vector."""

    def __init__(self, kind: str, vocabulary: dict[str, int], idf: np.ndarray, ngram_range, token_pattern=None):
        self.kind = kind
        self.vocabulary = vocabulary
        self.idf = idf
        self.low, self.high = ngram_range
        self.token_pattern = token_pattern
        self._pattern = re.compile(token_pattern) if token_pattern else None
        # Character n-grams never cross a word, and chat reuses the same words all day:
        # each word's known n-gram columns are worked out once (bounded, so hostile
        # text cannot grow it without limit).
        self._word_columns = lru_cache(maxsize=WORD_CACHE_SIZE)(self._columns_in_word)

    def grams(self, text: str) -> list[str]:
        if self.kind == "words":
            return word_ngrams(text, self._pattern, self.low, self.high)
        return char_wb_ngrams(text, self.low, self.high)

    def column_counts(self, text: str) -> dict[int, int]:
        """How often each known n-gram (by column) occurs in the text."""
        if self.kind == "words":
            counts = Counter(self.grams(text))
            return {column: counts[gram] for gram, column in zip(counts, map(self.vocabulary.get, counts))
                    if column is not None}
        totals: dict[int, int] = {}
        for word, repeats in Counter(text.split()).items():
            for column, count in self._word_columns(word):
                totals[column] = totals.get(column, 0) + count * repeats
        return totals

    def _columns_in_word(self, word: str) -> tuple[tuple[int, int], ...]:
        counts = Counter(char_wb_ngrams(word, self.low, self.high))
        return tuple((self.vocabulary[gram], count) for gram, count in counts.items() if gram in self.vocabulary)

    def weights(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        counts = self.column_counts(text)
        # Whole-array arithmetic: per-element numpy indexing cost more than the rest of routing.
        columns = np.fromiter(counts, dtype=np.intp, count=len(counts))
        tallies = np.fromiter(counts.values(), dtype=float, count=len(counts))
        values = (1.0 + np.log(tallies)) * self.idf[columns]
        norm = math.sqrt(values @ values) or 1.0
        return columns, values / norm

    def to_json(self) -> dict:
        return {"kind": self.kind, "vocabulary": self.vocabulary, "ngram_range": [self.low, self.high],
                "token_pattern": self.token_pattern}


class CompiledModel:
    def __init__(self, labels: list[str], blocks: list[_Block], coef: np.ndarray, intercept: np.ndarray):
        self.labels = labels
        self.blocks = blocks
        self.coef_t = np.ascontiguousarray(coef.T)  # features x labels: rows gathered per message
        self.intercept = intercept
        self.offsets = np.cumsum([0] + [len(b.vocabulary) for b in blocks])[:-1].tolist()

    @classmethod
    def from_classifier(cls, classifier) -> "CompiledModel":
        blocks = []
        for name, vectoriser in classifier.features.transformer_list:
            blocks.append(_Block(
                "words" if vectoriser.analyzer == "word" else "chars",
                {term: int(i) for term, i in vectoriser.vocabulary_.items()},
                vectoriser.idf_.astype(float), vectoriser.ngram_range,
                vectoriser.token_pattern if vectoriser.analyzer == "word" else None))
        model = classifier.model
        return cls(list(model.classes_), blocks, model.coef_.astype(float), model.intercept_.astype(float))

    def probabilities(self, text: str, audience: str) -> dict[str, float]:
        features = featurise(text, audience)
        scores = self.intercept.copy()
        for block, offset in zip(self.blocks, self.offsets):
            columns, values = block.weights(features)
            if len(columns):
                scores += values @ self.coef_t[columns + offset]
        scores = np.exp(scores - scores.max())
        scores /= scores.sum()
        return dict(zip(self.labels, scores.tolist()))

    # -- persistence (plain JSON + npz: nothing executable is ever loaded) ----------
    def save(self, directory: Path, fingerprint: str) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        meta = {"format": FORMAT_VERSION, "fingerprint": fingerprint, "labels": self.labels,
                "blocks": [b.to_json() for b in self.blocks]}
        arrays = {"coef_t": self.coef_t, "intercept": self.intercept}
        arrays.update({f"idf_{i}": b.idf for i, b in enumerate(self.blocks)})
        tmp_meta, tmp_arrays = directory / "model.json.tmp", directory / "model.npz.tmp"
        tmp_meta.write_text(json.dumps(meta), encoding="utf-8")
        with open(tmp_arrays, "wb") as handle:
            np.savez(handle, **arrays)
        tmp_arrays.replace(directory / "model.npz")
        tmp_meta.replace(directory / "model.json")  # written last: its presence means complete

    @classmethod
    def load(cls, directory: Path, fingerprint: str) -> "CompiledModel | None":
        """The cached model, or None when absent, stale or unreadable."""
        try:
            meta = json.loads((directory / "model.json").read_text(encoding="utf-8"))
            if meta.get("format") != FORMAT_VERSION or meta.get("fingerprint") != fingerprint:
                return None
            with np.load(directory / "model.npz", allow_pickle=False) as arrays:
                blocks = [_Block(b["kind"], b["vocabulary"], arrays[f"idf_{i}"], b["ngram_range"],
                                 b["token_pattern"]) for i, b in enumerate(meta["blocks"])]
                return cls(meta["labels"], blocks, arrays["coef_t"].T, arrays["intercept"])
        except (OSError, ValueError, KeyError):
            return None
