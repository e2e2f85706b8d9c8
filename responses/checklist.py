"""The handover checklist template: responses/checklist.toml read and checked.

Pure data: text in, items out, or a TemplateError whose message names the line
that is wrong. Keeping the last good template is the caller's business.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

DEFAULT_TEMPLATE = Path(__file__).parent / "checklist.toml"

HANDOVER, REMOVAL, CLOSING = "handover", "removal", "closing"
KINDS = (HANDOVER, REMOVAL, CLOSING)
FIELDS = ("key", "title", "due", "kind", "owner", "shared")
KEY_PATTERN = re.compile(r"[a-z][a-z0-9-]{0,39}")  # never all digits: numbers are positions
MAX_TITLE = 200
MAX_DUE_DAYS = 366
MAX_ITEMS = 40  # a Slack message holds 50 blocks; a checklist longer than this is not read

_ITEM_HEADER = re.compile(r"^\s*\[\[\s*item\s*\]\]\s*(#.*)?$")
_TOML_POSITION = re.compile(r"\s*\(at line (\d+), column (\d+)\)$")


class TemplateError(ValueError):
    """The template cannot be used; the message says where and why, fit to show staff."""


@dataclass(frozen=True)
class TemplateItem:
    key: str
    title: str
    due_days: int      # relative to the client's end date
    kind: str          # handover | removal | closing
    owner: str = ""    # empty: the client's account owner
    shared: str = ""   # how it reads in the checklist given to the client; empty: the title


def parse(text: str, source: str = "checklist.toml") -> tuple[TemplateItem, ...]:
    """The template's items in order; TemplateError names the line of the first problem."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        message = str(error)
        where = _TOML_POSITION.search(message)
        if where:
            line, column = where.groups()
            raise TemplateError(f"{source}, line {line}: {_TOML_POSITION.sub('', message)} "
                                f"(column {column}).") from None
        raise TemplateError(f"{source}: {message}.") from None
    lines = _Lines(text, source)
    unknown = sorted(set(data) - {"item"})
    if unknown:
        raise lines.error(None, unknown[0], f"'{unknown[0]}' is not part of a checklist template; "
                                            f"every setting belongs to an [[item]]")
    items = data.get("item")
    if not isinstance(items, list) or not items:
        raise TemplateError(f"{source}: the template has no items. Each one starts with a line "
                            f"[[item]] followed by key, title, due and kind.")
    if len(items) > MAX_ITEMS:
        raise lines.error(MAX_ITEMS, None, f"a checklist holds at most {MAX_ITEMS} items")
    parsed, seen = [], {}
    for index, item in enumerate(items):
        parsed.append(_item(item, index, lines))
        key = parsed[-1].key
        if key in seen:
            raise lines.error(index, "key", f"the key '{key}' is already used by item {seen[key] + 1}; "
                                            f"each item needs its own")
        seen[key] = index
    return tuple(parsed)


def _item(item, index: int, lines: "_Lines") -> TemplateItem:
    if not isinstance(item, dict):
        raise lines.error(index, None, "an item must be a table of settings")
    for field in item:
        if field not in FIELDS:
            raise lines.error(index, field, f"'{field}' is not an item setting (use {', '.join(FIELDS)})")
    for field in ("key", "title", "due"):
        if field not in item:
            raise lines.error(index, None, f"this item has no {field}")
    key, title, due = item["key"], item["title"], item["due"]
    if not isinstance(key, str) or not KEY_PATTERN.fullmatch(key):
        raise lines.error(index, "key", "the key must be 1-40 lower-case letters, digits or dashes, "
                                        "starting with a letter (e.g. \"data-export\")")
    if not isinstance(title, str) or not title.strip() or len(title) > MAX_TITLE or "\n" in title:
        raise lines.error(index, "title", f"the title must be one line of text, 1-{MAX_TITLE} characters")
    if isinstance(due, bool) or not isinstance(due, int) or abs(due) > MAX_DUE_DAYS:
        raise lines.error(index, "due", "due must be a whole number of days relative to the end date "
                                        f"(-7 is a week before, 30 a month after; at most {MAX_DUE_DAYS})")
    kind = item.get("kind", HANDOVER if due < 0 else CLOSING)
    if kind not in KINDS:
        raise lines.error(index, "kind", f"kind must be one of {', '.join(KINDS)}")
    if kind == HANDOVER and due >= 0:
        raise lines.error(index, "due", "a handover item is due before the end date, so its due must be "
                                        "-1 or earlier (after the end we have nothing left to hand over)")
    if kind == REMOVAL and due < 0:
        raise lines.error(index, "due", "a removal item is due on or after the end date (due 0 or later): "
                                        "nothing of the client's is switched off or revoked early")
    owner = item.get("owner", "")
    if not isinstance(owner, str) or "\n" in owner or len(owner) > 80:
        raise lines.error(index, "owner", "owner must be a name or user id on one line")
    shared = item.get("shared", "")
    if not isinstance(shared, str) or "\n" in shared or len(shared) > MAX_TITLE:
        raise lines.error(index, "shared", f"shared must be one line of text, at most {MAX_TITLE} characters")
    return TemplateItem(key, " ".join(title.split()), due, kind, owner.strip(), " ".join(shared.split()))


class _Lines:
    """Line numbers for problems tomllib cannot place: the item's header or the setting's line."""

    def __init__(self, text: str, source: str):
        self.source = source
        self.text_lines = text.splitlines()
        self.headers = [number for number, line in enumerate(self.text_lines, start=1) if _ITEM_HEADER.match(line)]

    def error(self, index: int | None, field: str | None, problem: str) -> TemplateError:
        line = self._line(index, field)
        where = f"{self.source}, line {line}" if line else self.source
        item = f" (item {index + 1})" if index is not None else ""
        return TemplateError(f"{where}{item}: {problem}.")

    def _line(self, index: int | None, field: str | None) -> int | None:
        if index is None:
            start, end = 1, (self.headers[0] if self.headers else len(self.text_lines) + 1)
        elif index < len(self.headers):
            start = self.headers[index]
            end = self.headers[index + 1] if index + 1 < len(self.headers) else len(self.text_lines) + 1
        else:
            return None  # items written another way (an inline array): name the item only
        if field:
            setting = re.compile(rf"^\s*(\"{re.escape(field)}\"|'{re.escape(field)}'|{re.escape(field)})\s*=")
            for number in range(start, end):
                if setting.match(self.text_lines[number - 1]):
                    return number
        return start if index is not None else None
