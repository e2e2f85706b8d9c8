"""Import the general-assistant negatives from CLINC150 (Larson et al., EMNLP 2019, CC BY 3.0).

    python -m intents.clinc path/to/data_full.json

writes two files, both derived from ``data/data_full.json`` of github.com/clinc/oos-eval:

- ``intents/data/training/general_assistant.jsonl``: a fixed subsample of the *train* split
  (``PER_INTENT`` lines from each of its 150 intents, plus all of ``oos_train``), alternating the
  audience, as out-of-scope training examples;
- ``intents/data/clinc/test.jsonl``: the whole *test* split (``test`` + ``oos_test``), never
  trained on, kept to measure how often everyday assistant requests are mistaken for offboarding.

The validation split is not used. The subsample is deterministic (every n-th line of each intent
in file order), so re-running the import reproduces the committed files byte for byte.
"""
from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

from intents.examples import DATA_DIR, TRAINING_DIR

SOURCE_COMMIT = "828f809"
TRAINING_FILE = TRAINING_DIR / "general_assistant.jsonl"
TEST_FILE = DATA_DIR / "clinc" / "test.jsonl"
PER_INTENT = 6  # of 100 train lines per CLINC intent: ~1,000 lines, not swamping the domain data
AUDIENCES = ("staff", "client")


def training_lines(data: dict, per_intent: int = PER_INTENT) -> list[dict]:
    by_intent: dict[str, list[str]] = defaultdict(list)
    for text, label in data["train"]:
        by_intent[label].append(text)
    chosen = []
    for label in sorted(by_intent):
        texts = by_intent[label]
        step = len(texts) / per_intent
        chosen += [texts[int(i * step)] for i in range(per_intent)]
    chosen += [text for text, _ in data["oos_train"]]
    return [{"text": text, "audience": AUDIENCES[i % 2]} for i, text in enumerate(chosen)]


def test_lines(data: dict) -> list[dict]:
    return [{"text": text, "clinc_intent": label} for text, label in data["test"] + data["oos_test"]]


def write_jsonl(path: Path, rows: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    data = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    write_jsonl(TRAINING_FILE, training_lines(data))
    write_jsonl(TEST_FILE, test_lines(data))
    print(f"{TRAINING_FILE}: {sum(1 for _ in TRAINING_FILE.open())} lines; "
          f"{TEST_FILE}: {sum(1 for _ in TEST_FILE.open())} lines")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
