"""How well the router does: cross-validation on the training examples and a
separately written held-out set it never trains on."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sklearn.metrics import classification_report, confusion_matrix
from sklearn.model_selection import StratifiedKFold

from intents.catalog import INTENTS, principle_of
from intents.classifier import IntentClassifier
from intents.examples import heldout_files, load_examples, load_heldout
from intents.router import Router

NONE_LABEL = "out_of_scope"


@dataclass
class HeldoutResult:
    principle_accuracy: float
    out_of_scope_recall: float
    total: int
    expected: list[str]
    predicted: list[str]
    misses: list[tuple[dict, str, str]]


def _label(principle: str | None) -> str:
    return principle or NONE_LABEL


def cross_validate(folds: int = 5, seed: int = 7) -> tuple[list[str], list[str]]:
    examples = load_examples()
    labels = [e.intent for e in examples]
    expected, predicted = [], []
    for train_idx, test_idx in StratifiedKFold(folds, shuffle=True, random_state=seed).split(examples, labels):
        model = IntentClassifier().fit([examples[i] for i in train_idx])
        test = [examples[i] for i in test_idx]
        expected += [e.intent for e in test]
        predicted += list(model.predict_many([e.text for e in test], [e.audience for e in test]))
    return expected, predicted


def evaluate_heldout(router: Router, rows: list[dict] | None = None) -> HeldoutResult:
    rows = load_heldout() if rows is None else rows
    expected, predicted, misses = [], [], []
    for row in rows:
        route = router.route(row["text"], row["audience"], row.get("phase"))
        want, got = _label(row["principle"]), _label(route.principle)
        expected.append(want)
        predicted.append(got)
        if want != got:
            misses.append((row, got, route.intent))
    hits = sum(e == p for e, p in zip(expected, predicted))
    oos = [p for e, p in zip(expected, predicted) if e == NONE_LABEL]
    return HeldoutResult(
        principle_accuracy=hits / len(rows),
        out_of_scope_recall=(sum(p == NONE_LABEL for p in oos) / len(oos)) if oos else 1.0,
        total=len(rows), expected=expected, predicted=predicted, misses=misses)


def _matrix(expected: list[str], predicted: list[str]) -> str:
    labels = sorted(set(expected) | set(predicted))
    width = max(len(l) for l in labels) + 1
    short = [l[:7] for l in labels]
    lines = [" " * width + " ".join(f"{s:>7}" for s in short)]
    for label, row in zip(labels, confusion_matrix(expected, predicted, labels=labels)):
        lines.append(f"{label:<{width}}" + " ".join(f"{n:>7}" for n in row))
    return "\n".join(lines)


def _heldout_section(router: Router, path: Path) -> list[str]:
    result = evaluate_heldout(router, load_heldout(path))
    out = [f"\n== Held-out set {path.name} ({result.total} messages written separately, never trained on) ==",
           classification_report(result.expected, result.predicted, zero_division=0, digits=3),
           _matrix(result.expected, result.predicted),
           f"\nPrinciple accuracy: {result.principle_accuracy:.1%}   "
           f"Out-of-scope recognised: {result.out_of_scope_recall:.1%}"]
    if result.misses:
        out.append("\nMisses (expected -> got, intent):")
        out += [f"  [{row['audience']}/{row.get('phase')}] {row['text'][:90]!r}: "
                f"{_label(row['principle'])} -> {got} ({intent})" for row, got, intent in result.misses]
    return out


def report(router: Router) -> str:
    """The full text printed by `python app.py evaluate`."""
    out = []
    expected, predicted = cross_validate()
    out.append(f"== Cross-validation on {len(expected)} training examples (5 folds): per intent ==")
    out.append(classification_report(expected, predicted, zero_division=0, digits=3))
    principles_e = [_label(principle_of(i)) for i in expected]
    principles_p = [_label(principle_of(i)) for i in predicted]
    out.append("== Cross-validation: per principle ==")
    out.append(classification_report(principles_e, principles_p, zero_division=0, digits=3))
    out.append(_matrix(principles_e, principles_p))

    for path in heldout_files():
        out += _heldout_section(router, path)
    known = sorted(INTENTS)
    out.append(f"\n{len(known)} intents: {', '.join(known)}")
    return "\n".join(out)
