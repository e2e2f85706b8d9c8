"""The trained classifier in a form that answers in microseconds and loads without scikit-learn or numpy.

scikit-learn trains and evaluates the model; this module keeps only what
prediction needs (vocabularies, idf weights, coefficients) and applies it
with dictionary look-ups and sums of a few dozen short rows. Per-call input
validation in scikit-learn costs more than the arithmetic itself for a single
chat message, and importing it dominates the bot's cold start. numpy is left
out too: for these sums it was no faster, and a server that imports it holds
about 12 MB more.

The coefficients are kept as float32, each already multiplied by its n-gram's
idf: half the memory of float64, and probabilities within about 1e-7 of
scikit-learn's (``tests/test_router.py`` checks them).
"""
from __future__ import annotations

import json
import math
import re
import sys
from array import array
from collections import Counter
from functools import lru_cache
from itertools import chain, repeat
from operator import mul
from pathlib import Path

from intents.examples import featurise

FORMAT_VERSION = 2
WORD_CACHE_SIZE = 20_000  # distinct words remembered: about 12 MB when full of made-up words


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


def sum_rows(rows, weighted=()) -> list[float]:
    """Element by element, the sum of the rows and of each (weight, row)'s weight x row. The rows are
    a label count wide: zip and sum run in C, where a Python loop per element would not."""
    scaled = (map(mul, row, repeat(weight)) for weight, row in weighted)
    return [sum(column) for column in zip(*rows, *scaled)]


class _Block:
    """One TF-IDF vectoriser's share of the label scores."""

    def __init__(self, kind: str, vocabulary: dict[str, int], idf: array, weights: array, labels: int,
                 ngram_range, token_pattern=None):
        self.kind = kind
        self.vocabulary = vocabulary
        self.idf = idf
        self.weights = weights  # one row of `labels` per n-gram: its coefficients times its idf
        self.labels = labels
        self.low, self.high = ngram_range
        self.token_pattern = token_pattern
        self._pattern = re.compile(token_pattern) if token_pattern else None
        # Character n-grams never cross a word, and chat reuses the same words all day: each word's
        # share is worked out once (bounded, so hostile text cannot grow it without limit).
        self._share = (self._share_of if kind == "words"
                       else lru_cache(maxsize=WORD_CACHE_SIZE)(self._share_of))

    def _row(self, column: int) -> array:
        return self.weights[column * self.labels:(column + 1) * self.labels]

    def units(self, text: str) -> list[str]:
        """The pieces the text's n-grams come from: word n-grams themselves, or words."""
        if self.kind == "words":
            return word_ngrams(text, self._pattern, self.low, self.high)
        return text.split()

    def _share_of(self, unit: str) -> tuple[tuple[int, ...], array | list | None, float]:
        """A unit's known n-gram columns (once per occurrence), the sum of their rows, and the sum of
        their squared idf."""
        if self.kind == "words":
            column = self.vocabulary.get(unit)
            return ((), None, 0.0) if column is None else ((column,), self._row(column), self.idf[column] ** 2)
        columns = tuple(column for column in map(self.vocabulary.get, char_wb_ngrams(unit, self.low, self.high))
                        if column is not None)
        if not columns:
            return (), None, 0.0
        return columns, array("d", sum_rows(map(self._row, columns))), sum(self.idf[c] ** 2 for c in columns)

    def score(self, text: str) -> list[float] | None:
        """The sum over the text's known n-grams of tf x idf x coefficients, divided by the length of
        its tf-idf vector (scikit-learn's vectoriser and linear model for one text); None when none
        is known."""
        rows, weighted, columns, square = [], [], [], 0.0
        for unit, repeats in Counter(self.units(text)).items():
            unit_columns, share, unit_square = self._share(unit)
            if not unit_columns:
                continue
            if repeats == 1:
                rows.append(share)
            else:
                weighted.append((repeats, share))
            columns.append(unit_columns * repeats)
            square += repeats * unit_square
        if not columns:
            return None
        # The shares counted an n-gram found n times in the text n times; sublinear tf counts it 1 + ln n.
        for column, tally in Counter(chain.from_iterable(columns)).items():
            if tally > 1:
                tf = 1.0 + math.log(tally)
                weighted.append((tf - tally, self._row(column)))
                square += (tf * tf - tally) * self.idf[column] ** 2
        norm = math.sqrt(square)
        return [total / norm for total in sum_rows(rows, weighted)]

    def to_json(self) -> dict:
        return {"kind": self.kind, "vocabulary": self.vocabulary, "ngram_range": [self.low, self.high],
                "token_pattern": self.token_pattern}


class CompiledModel:
    def __init__(self, labels: list[str], blocks: list[_Block], intercept: list[float]):
        self.labels = labels
        self.blocks = blocks
        self.intercept = intercept

    @classmethod
    def from_classifier(cls, classifier) -> "CompiledModel":
        model = classifier.model
        labels, blocks, start = model.classes_.tolist(), [], 0
        for name, vectoriser in classifier.features.transformer_list:
            stop = start + len(vectoriser.vocabulary_)
            weights = model.coef_[:, start:stop].T * vectoriser.idf_[:, None]  # features x labels
            blocks.append(_Block(
                "words" if vectoriser.analyzer == "word" else "chars",
                {term: int(i) for term, i in vectoriser.vocabulary_.items()},
                array("d", vectoriser.idf_.tolist()), array("f", weights.astype("float32").tobytes()), len(labels),
                vectoriser.ngram_range, vectoriser.token_pattern if vectoriser.analyzer == "word" else None))
            start = stop
        return cls(labels, blocks, model.intercept_.tolist())

    def probabilities(self, text: str, audience: str) -> dict[str, float]:
        features = featurise(text, audience)
        shares = [share for share in (block.score(features) for block in self.blocks) if share is not None]
        scores = sum_rows([self.intercept, *shares])
        top = max(scores)
        exps = [math.exp(score - top) for score in scores]
        total = sum(exps)
        return {label: value / total for label, value in zip(self.labels, exps)}

    # -- persistence (plain JSON + raw arrays: nothing executable is ever loaded) ----------
    def save(self, directory: Path, fingerprint: str) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        meta = {"format": FORMAT_VERSION, "fingerprint": fingerprint, "byteorder": sys.byteorder,
                "labels": self.labels, "intercept": self.intercept, "blocks": [b.to_json() for b in self.blocks]}
        tmp_meta, tmp_arrays = directory / "model.json.tmp", directory / "model.bin.tmp"
        tmp_meta.write_text(json.dumps(meta), encoding="utf-8")
        with open(tmp_arrays, "wb") as handle:
            for block in self.blocks:
                block.idf.tofile(handle)
                block.weights.tofile(handle)
        tmp_arrays.replace(directory / "model.bin")
        tmp_meta.replace(directory / "model.json")  # written last: its presence means complete
        (directory / "model.npz").unlink(missing_ok=True)  # format 1's arrays, now stale

    @classmethod
    def load(cls, directory: Path, fingerprint: str) -> "CompiledModel | None":
        """The cached model, or None when absent, stale or unreadable."""
        try:
            meta = json.loads((directory / "model.json").read_text(encoding="utf-8"))
            if (meta.get("format"), meta.get("fingerprint"), meta.get("byteorder")) != \
                    (FORMAT_VERSION, fingerprint, sys.byteorder):
                return None
            labels, blocks = meta["labels"], []
            with open(directory / "model.bin", "rb") as handle:
                for b in meta["blocks"]:
                    idf, weights = array("d"), array("f")
                    idf.fromfile(handle, len(b["vocabulary"]))
                    weights.fromfile(handle, len(b["vocabulary"]) * len(labels))
                    blocks.append(_Block(b["kind"], b["vocabulary"], idf, weights, len(labels), b["ngram_range"],
                                         b["token_pattern"]))
                if handle.read(1):
                    return None
            return cls(labels, blocks, meta["intercept"])
        except (OSError, EOFError, ValueError, KeyError, TypeError):
            return None
