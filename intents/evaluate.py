"""How well the router does, per data set: cross-validation on the training examples, the
project's held-out files, the blind sets, and general-assistant requests (CLINC150's test split).

Each set is reported the same way: principle accuracy, per-principle precision/recall/F1,
out-of-scope precision/recall, how often client messages would be answered automatically and how
often those answers were right, the share of routes in doubt, and a confusion matrix.
Whether a client message is answered is the bot's decision, passed in so that this package never
depends on the bot: ``action_for`` is the router's share of it (bot.core.planned_action: a route in,
reply / handoff out), used for cross-validation; ``answer`` is the whole bot (reply policy, cues and
all: a message in, the action and the principle of what was sent out), used for every other set.
"""
from __future__ import annotations

import sys
from dataclasses import dataclass, field
from typing import Callable

from sklearn.metrics import classification_report, confusion_matrix
from sklearn.model_selection import StratifiedKFold

from intents.catalog import INTENTS, PRINCIPLES, principle_of
from intents.classifier import GENERAL_LABEL, IntentClassifier
from intents.examples import (GENERAL_TEST_FILE, blind_files, heldout_files, load_blind, load_examples,
                              load_general_test, load_heldout)
from intents.router import (CLIENT_DOUBT_BELOW, CLIENT_DOUBT_MARGIN, DOUBT_BELOW, DOUBT_MARGIN, Route, Router,
                            route_from)

NONE_LABEL = "out_of_scope"
REPLY = "reply"
LABELS = list(PRINCIPLES) + [NONE_LABEL]

# (route, audience, phase) -> "reply" | "handoff" | "ignore"
ActionFor = Callable[[Route, str, "str | None"], str]
# (row with text, audience, phase) -> (action, principle of the answer sent, None for none or off-topic)
Answer = Callable[[dict], "tuple[str, str | None]"]


def _label(principle: str | None) -> str:
    return principle or NONE_LABEL


@dataclass
class SetResult:
    name: str
    rows: list[dict]
    routes: list[Route]
    actions: list[str | None]
    answered: list[str | None] | None = None   # principle of each answer sent (default: the route's)
    expected: list[str] = field(init=False)
    predicted: list[str] = field(init=False)

    def __post_init__(self):
        self.expected = [_label(row["principle"]) for row in self.rows]
        self.predicted = [_label(route.principle) for route in self.routes]
        if self.answered is None:
            self.answered = [route.principle for route in self.routes]

    @property
    def total(self) -> int:
        return len(self.rows)

    @property
    def principle_accuracy(self) -> float:
        return sum(e == p for e, p in zip(self.expected, self.predicted)) / max(1, self.total)

    def recall(self, label: str) -> float | None:
        pairs = [p for e, p in zip(self.expected, self.predicted) if e == label]
        return sum(p == label for p in pairs) / len(pairs) if pairs else None

    def precision(self, label: str) -> float | None:
        pairs = [e for e, p in zip(self.expected, self.predicted) if p == label]
        return sum(e == label for e in pairs) / len(pairs) if pairs else None

    @property
    def out_of_scope_recall(self) -> float:
        recall = self.recall(NONE_LABEL)
        return 1.0 if recall is None else recall

    @property
    def min_principle_recall(self) -> tuple[str, float] | None:
        recalls = [(label, self.recall(label)) for label in PRINCIPLES]
        recalls = [(label, r) for label, r in recalls if r is not None]
        return min(recalls, key=lambda item: item[1]) if recalls else None

    @property
    def client_indices(self) -> list[int]:
        return [i for i, row in enumerate(self.rows) if row["audience"] == "client"]

    @property
    def auto_replies(self) -> list[int]:
        return [i for i in self.client_indices if self.actions[i] == REPLY]

    @property
    def auto_reply_rate(self) -> float | None:
        clients = self.client_indices
        return len(self.auto_replies) / len(clients) if clients and self.actions[0] is not None else None

    @property
    def auto_reply_precision(self) -> float | None:
        replies = self.auto_replies
        if not replies:
            return None
        return sum(self.expected[i] == _label(self.answered[i]) for i in replies) / len(replies)

    @property
    def principled_replies(self) -> list[int]:
        """Automatic answers on a principle (not the note saying what the conversation is for)."""
        return [i for i in self.auto_replies if self.answered[i] is not None]

    @property
    def doubtful_share(self) -> float:
        return sum(route.doubtful for route in self.routes) / max(1, self.total)

    @property
    def misses(self) -> list[tuple[dict, Route]]:
        return [(row, route) for row, route, e, p in zip(self.rows, self.routes, self.expected, self.predicted)
                if e != p]


def evaluate_rows(router: Router, rows: list[dict], action_for: ActionFor | None = None,
                  name: str = "", answer: Answer | None = None) -> SetResult:
    """Route every row ({text, audience, phase, principle}) and score it; with ``answer``, client
    messages are put to the whole bot."""
    routes = [router.route(row["text"], row["audience"], row.get("phase")) for row in rows]
    if answer is None:
        return _scored(name, rows, routes, action_for)
    actions, answered = [], []
    for row, route in zip(rows, routes):
        action, principle = answer(row) if row["audience"] == "client" else (REPLY, route.principle)
        actions.append(action)
        answered.append(principle)
    return SetResult(name, rows, routes, actions, answered)


def evaluate_heldout(router: Router, rows: list[dict] | None = None,
                     action_for: ActionFor | None = None) -> SetResult:
    return evaluate_rows(router, load_heldout() if rows is None else rows, action_for)


def _scored(name: str, rows: list[dict], routes: list[Route], action_for: ActionFor | None) -> SetResult:
    actions = [action_for(route, row["audience"], row.get("phase")) if action_for else None
               for row, route in zip(rows, routes)]
    return SetResult(name, rows, routes, actions)


# -- cross-validation ------------------------------------------------------------------
@dataclass
class CrossValidation:
    result: SetResult               # principle level, routed from out-of-fold probabilities
    intents_expected: list[str]
    intents_predicted: list[str]
    probabilities: list[dict[str, float]]

    def offboarding_only(self) -> SetResult:
        """The same routes without the general-assistant examples, which are easy and many."""
        keep = [i for i, label in enumerate(self.intents_expected) if label != GENERAL_LABEL]
        r = self.result
        return SetResult(f"CV, offboarding examples only ({len(keep)})", [r.rows[i] for i in keep],
                         [r.routes[i] for i in keep], [r.actions[i] for i in keep])


def cross_validate(folds: int = 5, seed: int = 7, action_for: ActionFor | None = None,
                   progress=None) -> CrossValidation:
    """Out-of-fold routes for every training example (progress: a stream for fold-by-fold notes)."""
    examples = load_examples()
    labels = [e.intent for e in examples]
    probabilities: list[dict[str, float] | None] = [None] * len(examples)
    splits = StratifiedKFold(folds, shuffle=True, random_state=seed).split(examples, labels)
    for number, (train_idx, test_idx) in enumerate(splits, start=1):
        if progress:
            print(f"cross-validating: fold {number}/{folds} ({len(train_idx)} to train, {len(test_idx)} to test)",
                  file=progress, flush=True)
        model = IntentClassifier().fit([examples[i] for i in train_idx])
        test = [examples[i] for i in test_idx]
        for i, probs in zip(test_idx, model.probabilities_many([e.text for e in test], [e.audience for e in test])):
            probabilities[i] = probs
    rows = [{"text": e.text, "audience": e.audience, "phase": None, "principle": principle_of(e.intent),
             "intent": e.intent} for e in examples]
    routes = [route_from(probs, None, e.audience) for probs, e in zip(probabilities, examples)]
    predicted_intents = [max(probs, key=probs.get) for probs in probabilities]
    return CrossValidation(_scored(f"Cross-validation ({folds} folds) on {len(examples)} training examples",
                                   rows, routes, action_for), labels, predicted_intents, probabilities)


DOUBT_GRID = ((0.5, 0.2), (0.5, 0.3), (0.5, 0.4), (0.5, 0.5), (0.6, 0.4), (0.6, 0.5), (0.7, 0.5), (0.7, 0.6),
              (0.8, 0.6))


def doubt_tradeoff(cv: CrossValidation, action_for: ActionFor | None) -> list[str]:
    """How the doubt thresholds trade routes flagged against mistakes caught (offboarding examples)."""
    keep = [i for i, label in enumerate(cv.intents_expected) if label != GENERAL_LABEL]
    rows = [cv.result.rows[i] for i in keep]
    out = ["\nDoubt thresholds on the out-of-fold routes (offboarding examples; S = in use for staff, C = for clients):",
           f"  {'below':>5} {'margin':>6} {'in doubt':>9} {'mistakes in doubt':>18} {'right when sure':>16}"
           + (f" {'client auto-replies':>20} {'right':>7}" if action_for else "")]
    for below, margin in DOUBT_GRID:
        routes = [route_from(cv.probabilities[i], None, row["audience"], below, margin) for i, row in zip(keep, rows)]
        right = [route.principle == row["principle"] for route, row in zip(routes, rows)]
        doubtful = [route.doubtful for route in routes]
        wrong = right.count(False)
        caught = sum(d and not r for d, r in zip(doubtful, right))
        sure = [r for d, r in zip(doubtful, right) if not d]
        mark = ("S" if (below, margin) == (DOUBT_BELOW, DOUBT_MARGIN) else "") + \
            ("C" if (below, margin) == (CLIENT_DOUBT_BELOW, CLIENT_DOUBT_MARGIN) else "")
        line = (f"{mark:<2}{below:>5} {margin:>6} "
                f"{_pct(sum(doubtful) / len(rows)):>9} {_pct(caught / wrong if wrong else None):>18} "
                f"{_pct(sum(sure) / len(sure) if sure else None):>16}")
        if action_for:
            clients = [i for i, row in enumerate(rows) if row["audience"] == "client"]
            replied = [i for i in clients if action_for(routes[i], "client", None) == REPLY]
            line += (f" {_pct(len(replied) / len(clients) if clients else None):>20} "
                     f"{_pct(sum(right[i] for i in replied) / len(replied) if replied else None):>7}")
        out.append(line)
    return out


# -- the report --------------------------------------------------------------------------
def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value:.1%}"


def _matrix(expected: list[str], predicted: list[str]) -> str:
    labels = LABELS
    width = max(len(l) for l in labels) + 1
    lines = [" " * width + " ".join(f"{l[:8]:>8}" for l in labels) + "   (rows: expected, columns: routed)"]
    for label, row in zip(labels, confusion_matrix(expected, predicted, labels=labels)):
        lines.append(f"{label:<{width}}" + " ".join(f"{n:>8}" for n in row))
    return "\n".join(lines)


def _headline(result: SetResult) -> str:
    worst = result.min_principle_recall
    parts = [f"Principle accuracy: {_pct(result.principle_accuracy)}",
             f"lowest principle recall: {_pct(worst[1])} ({worst[0]})" if worst else None,
             f"out of scope: precision {_pct(result.precision(NONE_LABEL))}, recall {_pct(result.recall(NONE_LABEL))}"]
    lines = ["   ".join(p for p in parts if p)]
    if result.auto_reply_rate is not None:
        lines.append(f"Client messages answered automatically: {_pct(result.auto_reply_rate)} "
                     f"({len(result.auto_replies)} of {len(result.client_indices)}, "
                     f"{len(result.principled_replies)} of them on a principle); "
                     f"right principle in {_pct(result.auto_reply_precision)} of those answers")
    lines.append(f"Routes in doubt: {_pct(result.doubtful_share)}")
    return "\n".join(lines)


def _section(result: SetResult, show_misses: bool = True, miss_limit: int = 60) -> list[str]:
    out = [f"\n== {result.name}: {result.total} messages ==",
           classification_report(result.expected, result.predicted, labels=[
               l for l in LABELS if l in set(result.expected) | set(result.predicted)],
               zero_division=0, digits=3),
           _matrix(result.expected, result.predicted), "", _headline(result)]
    misses = result.misses
    if show_misses and misses:
        out.append(f"\nMisses (expected -> routed, intent{', doubt' if any(r.doubtful for _, r in misses) else ''}):")
        for row, route in misses[:miss_limit]:
            out.append(f"  [{row['audience']}/{row.get('phase')}] {row['text'][:90]!r}: "
                       f"{_label(row['principle'])} -> {_label(route.principle)} ({route.intent}"
                       f"{', in doubt' if route.doubtful else ''})")
        if len(misses) > miss_limit:
            out.append(f"  ... and {len(misses) - miss_limit} more")
    return out


def _general_section(result: SetResult) -> list[str]:
    staff = [i for i, row in enumerate(result.rows) if row["audience"] == "staff"]
    staff_none = sum(result.predicted[i] == NONE_LABEL for i in staff) / max(1, len(staff))
    out = [f"\n== {result.name}: {len(staff)} requests, routed as staff and as a client in transition and ended ==",
           f"Staff messages routed to no principle: {_pct(staff_none)} (target >= 98%)"]
    principled = set(result.principled_replies)
    for phase in ("transition", "ended"):
        chosen = [i for i, row in enumerate(result.rows) if row["audience"] == "client" and row["phase"] == phase]
        if result.actions[0] is not None:
            replied = sum(result.actions[i] == REPLY for i in chosen)
            on_principle = sum(i in principled for i in chosen)
            out.append(f"Client in {phase}: answered automatically {_pct(replied / max(1, len(chosen)))} "
                       f"({replied} of {len(chosen)}), on a principle {_pct(on_principle / max(1, len(chosen)))} "
                       f"({on_principle})")
    if result.auto_reply_rate is not None:
        clients = len(result.client_indices)
        out.append(f"Client messages answered automatically on a principle, both phases: "
                   f"{_pct(len(principled) / max(1, clients))} (target <= 1%); with any answer, the note "
                   f"saying what the conversation is for included: {_pct(result.auto_reply_rate)}")
    out.append(_matrix(result.expected, result.predicted))
    wrong = [(row, route) for row, route in result.misses if row["audience"] == "staff"][:15]
    if wrong:
        out.append("\nSome staff misses:")
        out += [f"  {row['text'][:90]!r}: {route.principle} ({route.intent})" for row, route in wrong]
    return out


def summary_table(results: list[SetResult]) -> list[str]:
    out = ["\n== Summary ==",
           f"{'data set':<46} {'n':>6} {'accuracy':>9} {'lowest P recall':>16} {'OOS recall':>11} "
           f"{'auto-reply prec':>16} {'auto-reply rate':>16} {'on a principle':>15} {'in doubt':>9}"]
    for r in results:
        worst = r.min_principle_recall
        out.append(f"{r.name[:46]:<46} {r.total:>6} {_pct(r.principle_accuracy):>9} "
                   f"{(_pct(worst[1]) + ' ' + worst[0][:4]) if worst else '-':>16} "
                   f"{_pct(r.recall(NONE_LABEL)):>11} {_pct(r.auto_reply_precision):>16} "
                   f"{_pct(r.auto_reply_rate):>16} "
                   f"{_pct(len(r.principled_replies) / len(r.client_indices) if r.auto_reply_rate is not None else None):>15} "
                   f"{_pct(r.doubtful_share):>9}")
    return out


# Read while the training data grew, so their figures are optimistic (intents/data/blind/README.md).
BLIND_NOTES = {"dev": " (development)", "final": " (development since round 2)",
               "final2": " (development since round 3)", "final3": " (development since round 4)"}


def data_sets() -> list[tuple[str, list[dict]]]:
    """Every set the router is measured on besides cross-validation, with its label."""
    sets = [(f"Held-out {path.name}", load_heldout(path)) for path in heldout_files()]
    sets += [(f"Blind {path.stem} set{BLIND_NOTES.get(path.stem, '')}", load_blind(path)) for path in blind_files()]
    return sets


def report(router: Router, action_for: ActionFor | None = None, folds: int = 5, progress=sys.stderr,
           answer: Answer | None = None) -> str:
    """The full text printed by `python app.py evaluate`."""
    out, results = [], []
    cv = cross_validate(folds, action_for=action_for, progress=progress)
    out.append(f"== {cv.result.name}: per intent ==")
    out.append(classification_report(cv.intents_expected, cv.intents_predicted, zero_division=0, digits=3))
    out += _section(cv.result, show_misses=False)
    domain = cv.offboarding_only()
    out += _section(domain, show_misses=False)
    out += doubt_tradeoff(cv, action_for)
    results += [cv.result, domain]
    for name, rows in data_sets():
        if progress:
            print(f"routing {name} ({len(rows)} messages)", file=progress, flush=True)
        result = evaluate_rows(router, rows, action_for, name, answer)
        out += _section(result)
        results.append(result)
    if GENERAL_TEST_FILE.exists():
        general = evaluate_rows(router, load_general_test(), action_for,
                                "General assistant (CLINC150 test split)", answer)
        out += _general_section(general)
        results.append(general)
    out += summary_table(results)
    known = sorted(INTENTS)
    out.append(f"\n{len(known)} intents: {', '.join(known)}")
    return "\n".join(out)
