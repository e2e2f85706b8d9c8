"""Training examples, the held-out set, and the text normalisation both the
trainer and the compiled model apply. No scikit-learn here: routing must not
pay for importing it."""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path

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


def heldout_files() -> list[Path]:
    """Every held-out set: heldout.jsonl, then any later ones (heldout_*.jsonl)."""
    return sorted(DATA_DIR.glob("heldout*.jsonl"))


def load_heldout(path: Path = HELDOUT_FILE) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def data_fingerprint(directory: Path = TRAINING_DIR) -> str:
    digest = hashlib.sha256()
    for path in sorted(directory.glob("*.jsonl")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]
