"""Client records: who is being offboarded, when, why, and where they talk to us."""
from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Callable
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from rapidfuzz import fuzz, process

from bot import clock
from bot.storage import Storage, iso, utcnow

log = logging.getLogger("partingways")

PHASES = ("active", "transition", "ended")
REASON_CATEGORIES = ("late_payment", "scope_creep", "overload", "never_satisfied", "other")
EDITABLE = (
    "notice_date", "end_date", "reason_category", "reason", "new_provider",
    "new_provider_contact", "account_owner", "email_domain", "timezone",
)
MAX_NAME = 80
MUTED_FOREVER = "9999-12-31"   # muted_until for a client muted until someone unmutes it
MAX_ALIASES = 10
# How close a typed word must be to a client's name word to count as a typo of it (0-100),
# and the shortest word that may be a typo or a prefix: short words match too much by chance.
TYPO_SCORE = 80
LONG_WORD = 8          # a name word this long may have two letters wrong and still be that name
LONG_TYPO_SCORE = 75
# A client named by the kind of business it is ("the bakery" for Hooli Bakery, "the dentist" for Acme Dental): the
# kind word, as staff say it, and the word that ends such a client's name.
BUSINESS_KINDS = {"bakery": "bakery", "bakers": "bakery", "dental": "dental", "dentist": "dental", "dentists": "dental",
                  "pharmacy": "pharmacy", "chemist": "pharmacy", "clinic": "clinic", "surgery": "surgery",
                  "salon": "salon", "cafe": "cafe", "restaurant": "restaurant", "hotel": "hotel", "garage": "garage",
                  "school": "school", "nursery": "nursery", "brewery": "brewery", "florist": "florist",
                  "plumbers": "plumbing", "plumbing": "plumbing", "opticians": "opticians", "vets": "vets",
                  "joinery": "joinery", "printers": "printers", "pharmacists": "pharmacy", "logistics": "logistics",
                  "haulage": "logistics", "imports": "imports", "importers": "imports", "import": "imports"}
SHORTEST_LOOSE_WORD = 4
# Words that never identify a client on their own, even when a client's name starts with one.
COMMON_WORDS = frozenset("""
    the a an and or of for to in on at by with from our their they them we us you your it its is are was
    were be been this that these those what when who how why do does did can could should would will
    not no yes all any client clients team company group ltd limited inc llc co plc services service
    support new old ex about after before just still please thanks hello
""".split())
_CHANNEL_NAME = re.compile(r"(?<![\w&])#[\w-]+")
_WORD = re.compile(r"[\w][\w&'’.-]*[\w]|[\w]")
_EMAIL_DOMAIN = re.compile(r"(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,62}")
_DOMAIN = re.compile(r"(?<![\w.-])@?((?:[a-z0-9-]+\.)+[a-z]{2,})(?![\w-])", re.I)



# Letters that spell one sound, written one way: "initek" and "Initech", "akme" and "Acme" sound alike.
# (an end vowel spelt several ways, "Hooley" and "Hooli", is one sound too)
_SOUNDS = ((re.compile(r"ch|ck|c|q|k"), "k"), (re.compile(r"ph"), "f"), (re.compile(r"(.)\1"), r"\1"),
           (re.compile(r"(?<=[^aeiou])(?:ey|ie|ee|y)$"), "i"))


def _sound(word: str) -> str:
    for pattern, letters in _SOUNDS:
        word = pattern.sub(letters, word)
    return word

class ClientError(ValueError):
    """A client operation was refused; the message is fit to show a user."""


def parse_date(value: str, today: date) -> date:
    """ISO dates (2026-12-31), 'today', 'tomorrow' or '+N' / '+Nd' days from `today`.

    The caller says whose today it is (see bot.clock).
    """
    text = (value or "").strip().lower()
    if text == "today":
        return today
    if text == "tomorrow":
        return today + timedelta(days=1)
    relative = re.fullmatch(r"\+(\d{1,4})d?", text)
    if relative:
        return today + timedelta(days=int(relative.group(1)))
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ClientError(
            f"{value!r} is not a date I understand: use YYYY-MM-DD, 'today', 'tomorrow' or +N (days)"
        ) from None


def client_today(client: dict, default_tz: str) -> date:
    """A client's phase and dates follow the calendar where the client works."""
    return clock.today(_zone(client.get("timezone") or default_tz))


def phase_of(client: dict, today: date) -> str:
    """Dates decide the phase when set: before the end date transition, on/after it ended."""
    if client.get("end_date"):
        return "ended" if today >= date.fromisoformat(client["end_date"]) else "transition"
    if client.get("notice_date"):
        return "transition"
    return client.get("status") or "active"


def owner_ids(client: dict | None) -> dict[str, str]:
    """The account owner's user id on each platform where it is known ({"slack": "U123", ...})."""
    try:
        ids = json.loads((client or {}).get("account_owner_ids") or "{}")
    except ValueError:
        return {}
    return {str(k): str(v) for k, v in ids.items() if v} if isinstance(ids, dict) else {}


def owner_address(client: dict | None, platform: str, by_name: bool = False) -> str | None:
    """Where a direct message to the client's account owner goes on a platform: their user id there;
    their name on a platform that addresses people by name (the console prints it); else nowhere."""
    owner = (client or {}).get("account_owner")
    if not owner:
        return None
    return owner_ids(client).get(platform) or (owner if by_name else None)


def describe_owner(client: dict) -> str | None:
    """'Priya Shah (slack U123, teams 5f2c...)', or just the name when no platform identity is known."""
    owner = client.get("account_owner")
    if not owner:
        return None
    ids = owner_ids(client)
    return f"{owner} ({', '.join(f'{p} {i}' for p, i in sorted(ids.items()))})" if ids else owner


def same_person(a: str | None, b: str | None) -> bool:
    return bool(a and b) and " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


@dataclass(frozen=True)
class Resolution:
    """Which client a text is about: one client, several equally likely (ask), or none."""
    client: dict | None = None
    candidates: tuple[str, ...] = ()
    how: str = ""   # name | alias | domain | word | prefix | provider | typo

    @property
    def ambiguous(self) -> bool:
        return self.client is None and len(self.candidates) > 1


def _names_found(pattern: re.Pattern, text: str) -> set[str]:
    """The lower-cased client names the pattern finds in the text, in words or in a channel's name ("the
    #hooli-bakery channel" joins the words with hyphens or underscores)."""
    lowered = text.lower()
    slugs = re.sub(r"(?<=[a-z0-9])[-_](?=[a-z0-9])", " ", lowered)
    return {match.group(1) for match in pattern.finditer(lowered)} | \
        ({match.group(1) for match in pattern.finditer(slugs)} if slugs != lowered else set())


def _words(text: str) -> list[str]:
    """Lower-case words with possessives and trailing dots removed ("Acme's" -> "acme")."""
    words = []
    for word in _WORD.findall(text.lower()):
        word = re.sub(r"['’]s$", "", word).strip(".-'’")
        if word:
            words.append(word)
    return words


def split_aliases(value: str | None) -> list[str]:
    return [a.strip() for a in (value or "").split(",") if a.strip()]


class Clients:
    """Client records on top of Storage, with the validation a user's typing needs."""

    def __init__(self, storage: Storage, default_timezone: str = "Europe/London"):
        self.storage = storage
        self.default_timezone = default_timezone
        self._mentions: tuple | None = None  # (clients version, names, compiled pattern)
        self._loose: tuple | None = None     # (clients version, name keys, aliases)
        self._owners: tuple | None = None    # (clients version, account owners' first names)
        self._name_words: tuple | None = None   # (clients version, words of clients' and providers' names)
        # Called with (before, after) once a record is added (before None) or changed: features
        # that follow a client's offboarding (the handover checklist) hook in here.
        self.listeners: list[Callable[[dict | None, dict], None]] = []

    # -- reading -----------------------------------------------------------
    def find(self, name: str) -> dict | None:
        return self._with_phase(self.storage.client_named(name.strip()))

    def find_loosely(self, name: str) -> dict | None:
        """Exact name, else the one client whose name starts with what was typed."""
        exact = self.find(name)
        if exact or not name.strip():
            return exact
        names = self.storage.client_names_starting(name.strip(), limit=2)
        return self.find(names[0]) if len(names) == 1 else None

    def get(self, name: str) -> dict:
        client = self.find(name or "")
        if client is None:
            raise ClientError(self._unknown_message(name))
        return client

    def all(self) -> list[dict]:
        return [self._with_phase(row) for row in self.storage.all_clients()]

    def for_channel(self, platform: str, channel_id: str) -> dict | None:
        return self._with_phase(self.storage.client_for_channel(platform, channel_id))

    def for_email_domain(self, domain: str) -> dict | None:
        return self._with_phase(self.storage.client_for_email_domain(domain.strip().lstrip("@")))

    def for_email(self, address: str) -> dict | None:
        """The client an email address belongs to: the address linked to a client (platform
        'email'), else its domain, else a parent domain (mail.acme.example -> acme.example)."""
        address = address.strip().lower()
        local, at, domain = address.rpartition("@")
        if not (local and at and domain):
            return None
        linked = self.for_channel("email", address)
        if linked:
            return linked
        labels = domain.split(".")
        for start in range(len(labels) - 1):  # never the top-level domain alone
            client = self.for_email_domain(".".join(labels[start:]))
            if client:
                return client
        return None

    def names_in(self, text: str) -> set[str]:
        """Every client the text names, in full, by its name's first distinctive word ("Globex") or by its kind of
        business ("the bakery"), from the matchers kept between messages (no read of the whole table per message)."""
        names, pattern = self._mention_pattern()
        found = _names_found(pattern, text) if pattern is not None else set()
        return {name for name in names if name.lower() in found} | set(self._by_word(text)) | set(self._by_kind(text))

    def mentioned_in(self, text: str) -> dict | None:
        """The known client whose name appears in free text, longest name first."""
        names, pattern = self._mention_pattern()
        if pattern is None:
            return None
        # One pass finds every name at every position (overlaps included); the winner is the
        # earliest in longest-first order, as if each name were searched for in turn.
        found = _names_found(pattern, text)
        for name in names:
            if name.lower() in found:
                return self.find(name)
        return None

    def resolve(self, text: str) -> Resolution:
        """The client a staff message is about, by (in this order) full name, recorded alias,
        email domain, a name's unique first word, a unique prefix of it, the new provider named
        on its record ("Castle Tech wants our diagrams" is about the client they take over), or a
        small typo.

        Each step that finds exactly one client wins; a step that finds several means the
        text is ambiguous and the candidates are returned for the person to choose from.
        """
        named = self.mentioned_in(text)
        if named:
            return Resolution(named, (named["name"],), "name")
        steps = (("alias", self._by_alias), ("domain", self._by_domain), ("kind", self._by_kind), ("word", self._by_word),
                 ("prefix", self._by_prefix), ("provider", self._by_provider), ("typo", self._by_typo))
        for how, step in steps:
            names = sorted(set(step(text)), key=str.lower)
            if len(names) == 1 and how in ("word", "prefix"):
                # "Acme Logistics": one client's first word with another's last is either of them
                names = sorted({names[0], *self._blended_with(text, names[0])}, key=str.lower)
            if len(names) == 1:
                return Resolution(self.find(names[0]), (names[0],), how)
            if len(names) > 1:
                return Resolution(None, tuple(names), how)
        return Resolution()

    def _blended_with(self, text: str, name: str) -> list[str]:
        """Other clients whose later name word follows this client's first word in the text ("acme logistics"
        when Acme Dental and Globex Logistics are both on record)."""
        words, own = _words(text), _words(name)
        following = {after for word, after in zip(words, words[1:]) if own and word == own[0] and after not in own}
        return [other for other in self.storage.client_names()
                if other != name and following & set(_words(other)[1:]) - COMMON_WORDS]

    def _significant_words(self, text: str) -> list[str]:
        # ("post it in #acme-offboarding": a channel's name is words joined by hyphens or underscores)
        text = _CHANNEL_NAME.sub(lambda found: re.sub(r"[-_]", " ", found.group(0)), text)
        return [w for w in _words(text) if w not in COMMON_WORDS and any(c.isalpha() for c in w)]

    def _name_keys(self) -> dict[str, list[str]]:
        """Each client's first significant name word -> client name(s), for loose matching."""
        return self._loose_matching()[0]

    def _loose_matching(self) -> tuple[dict[str, list[str]], list[tuple[str, str]]]:
        """Name keys and (client, alias words) pairs, rebuilt only when a client is added or edited:
        every staff message is matched against them, so they are not recomputed per message."""
        return self._loose_cache()[1:3]

    def _loose_cache(self) -> tuple:
        version = self.storage.clients_version()
        if self._loose is None or self._loose[0] != version:
            keys: dict[str, list[str]] = {}
            # Names of several words, by how many words they have: ("hooli bakery", "Hooli Bakery").
            long_names: dict[int, list[tuple[str, str]]] = {}
            for name in self.storage.client_names():
                words = [w for w in _words(name) if w not in COMMON_WORDS] or _words(name)
                if words:
                    keys.setdefault(words[0], []).append(name)
                if len(_words(name)) >= 2:
                    long_names.setdefault(len(_words(name)), []).append((" ".join(_words(name)), name))
            aliases = [(name, f" {' '.join(_words(alias))} ") for name, stored in self.storage.client_aliases()
                       for alias in split_aliases(stored)]
            providers = []
            for name, provider, contact in self.storage.client_providers():
                words = _words(provider)
                if words:
                    providers.append((name, f" {' '.join(words)} "))
                if "@" in contact:
                    # "Draft the reply to help@brightpath.example": the provider's address names it (and so the client)
                    providers.append((name, f" {' '.join(_words(contact))} "))
                # "email for brightpath?": the provider's own distinctive first word names it too
                first = next((w for w in words if w not in COMMON_WORDS), "")
                if len(words) > 1 and len(first) >= 5 and first not in keys:
                    providers.append((name, f" {first} "))
            # Names ending in a kind of business ("Hooli Bakery" -> "bakery"), and every word of every name.
            kinds: dict[str, list[str]] = {}
            for name in self.storage.client_names():
                parts = _words(name)
                if len(parts) > 1 and parts[-1] in BUSINESS_KINDS.values():
                    kinds.setdefault(parts[-1], []).append(name)
            name_words = {word for name in self.storage.client_names() for word in _words(name)}
            self._loose = (version, keys, aliases, long_names, providers, kinds, name_words)
        return self._loose

    def _by_alias(self, text: str) -> list[str]:
        lowered = f" {' '.join(_words(text))} "
        return [name for name, alias in self._loose_matching()[1] if alias in lowered]

    def _by_provider(self, text: str) -> list[str]:
        lowered = f" {' '.join(_words(text))} "
        return [name for name, provider in self._loose_cache()[4] if provider in lowered]

    def _by_domain(self, text: str) -> list[str]:
        found = []
        for match in _DOMAIN.finditer(text):
            domain = match.group(1).lower()
            client = self.storage.client_for_email_domain(domain)
            if client:
                found.append(client["name"])
        return found

    def _by_kind(self, text: str) -> list[str]:
        """Clients named by the kind of business they are, after "the" or "that" ("who owns the bakery?"), unless the next
        word belongs to another client's name ("the bakery imports" may be anyone's bakery)."""
        ending, name_words = self._loose_cache()[5:7]
        if not ending:
            return []
        words = _words(text)
        # ("that logistics company we dropped": "that" names one as "the" does; "Bakery channel: ..." opening the
        # message, or "the dentists' channel", names one's channel)
        return [name for i, word in enumerate(words) if i and words[i - 1] in ("the", "that", "this") or i == 0
                or words[i + 1:i + 2] == ["channel"]
                for name in ending.get(BUSINESS_KINDS.get(word, ""), [])
                if i + 1 >= len(words) or words[i + 1] not in name_words]

    def _by_word(self, text: str) -> list[str]:
        keys = self._name_keys()
        # (a possessive typed without its apostrophe, "acmes server", "hoolis channel", is the name too)
        return [name for word in self._significant_words(text) for name in keys.get(word) or (
            keys.get(word[:-1], []) if word.endswith("s") and len(word) > SHORTEST_LOOSE_WORD else [])]

    def _by_prefix(self, text: str) -> list[str]:
        keys = self._name_keys()
        return [name for word in self._significant_words(text) if len(word) >= SHORTEST_LOOSE_WORD
                for key, names in keys.items() if key.startswith(word) for name in names]

    def _by_typo(self, text: str) -> list[str]:
        keys = self._name_keys()
        if not keys:
            return []
        found = []
        heard = {}
        for key in keys:
            heard.setdefault(_sound(key), []).append(key)
        for word in self._significant_words(text):
            if len(word) < SHORTEST_LOOSE_WORD:
                continue
            # spelt as it sounds ("akme", "initek"): the same letters for the same sound, then compared again
            found.extend(name for key in heard.get(_sound(word), []) if len(key) >= SHORTEST_LOOSE_WORD
                         for name in keys[key] if name not in found)
            if len(word) < SHORTEST_LOOSE_WORD + 1:
                continue
            cutoff = LONG_TYPO_SCORE if len(word) >= LONG_WORD else TYPO_SCORE   # ("Vandaley": two letters in eight)
            for key, score, _ in process.extract(word, list(keys), scorer=fuzz.ratio, limit=None,
                                                 score_cutoff=cutoff):
                if len(key) >= SHORTEST_LOOSE_WORD + 1:
                    found.extend(keys[key])
            for sound, score, _ in process.extract(_sound(word), list(heard), scorer=fuzz.ratio, limit=None,
                                                   score_cutoff=cutoff):
                found.extend(name for key in heard[sound] if len(key) >= SHORTEST_LOOSE_WORD + 1
                             for name in keys[key] if name not in found)
        return found or self._by_whole_name_typo(text)

    def _by_whole_name_typo(self, text: str) -> list[str]:
        """A name of several words typed with a slip in one of them ("hooley bakery"): the words in a row
        that make up as many words as the name, compared with it whole."""
        words = _words(text)
        found = []
        for length, names in self._loose_cache()[3].items():
            wanted = [joined for joined, _ in names]
            for i in range(len(words) - length + 1):
                run = " ".join(words[i:i + length])
                for _, _, index in process.extract(run, wanted, scorer=fuzz.ratio, score_cutoff=TYPO_SCORE, limit=None):
                    if names[index][1] not in found:
                        found.append(names[index][1])
        return found

    def spelt_as_recorded(self, text: str, client: dict) -> str:
        """Staff words passed on with a misspelt client name written as on record ("vandaley are asking" -> "Vandelay
        are asking"): words sent on in our name don't repeat a typo of theirs."""
        # (its first word only, the one that tells it apart: "dentist" is no typo of "Dental")
        names = [word for word in client["name"].split()[:1] if len(word) > SHORTEST_LOOSE_WORD]

        def mended(found: re.Match) -> str:
            word = found.group(0)
            near = next((name for name in names if name.lower() != word.lower()
                         and fuzz.ratio(word.lower(), name.lower()) >= LONG_TYPO_SCORE), None)
            return near or word
        return re.sub(r"[A-Za-z]{%d,}" % (SHORTEST_LOOSE_WORD + 1), mended, text)

    def in_offboarding(self) -> list[dict]:
        # Only clients with dates or a status can be in offboarding (phase_of): the rest are never read.
        clients = (self._with_phase(row) for row in self.storage.clients_with_dates_or_status())
        return [c for c in clients if c["phase"] in ("transition", "ended")]

    def alias_conflict(self, name: str, alias: str) -> str | None:
        """Why an alias cannot be given to this client (it would point at another), or None."""
        wanted = " ".join(_words(alias))
        for other in self.all():
            if other["name"].lower() == name.lower():
                continue
            taken = {" ".join(_words(other["name"]))} | {" ".join(_words(a)) for a in split_aliases(other.get("aliases"))}
            first = [w for w in _words(other["name"]) if w not in COMMON_WORDS][:1]
            if wanted in taken or wanted in first:
                return f"{alias!r} already means {other['name']}, so it can't also mean {name}."
        return None

    def add_alias(self, name: str, alias: str) -> dict:
        client = self.get(name)
        alias = self._checked_alias(client, alias)
        aliases = split_aliases(client.get("aliases"))
        if alias.lower() not in (a.lower() for a in aliases):
            if len(aliases) >= MAX_ALIASES:
                raise ClientError(f"{client['name']} already has {MAX_ALIASES} aliases.")
            aliases.append(alias)
        self._write_client(self.storage.update_client, client["id"], {"aliases": ", ".join(aliases), "updated_at": iso(utcnow())})
        return self.get(client["name"])

    def set_aliases(self, name: str, aliases: str | None) -> dict:
        """Replace every alias ("Acme, ACD"); None or "" removes them all."""
        client = self.get(name)
        wanted: list[str] = []
        for alias in split_aliases(aliases):
            alias = self._checked_alias(client, alias)
            if alias.lower() not in (a.lower() for a in wanted):
                wanted.append(alias)
        if len(wanted) > MAX_ALIASES:
            raise ClientError(f"A client can have at most {MAX_ALIASES} aliases.")
        self._write_client(self.storage.update_client, client["id"], {"aliases": ", ".join(wanted) or None, "updated_at": iso(utcnow())})
        return self.get(client["name"])

    def _checked_alias(self, client: dict, alias: str) -> str:
        alias = " ".join(alias.replace(",", " ").split())
        if not alias or not any(ch.isalnum() for ch in alias) or len(alias) > MAX_NAME:
            raise ClientError(f"An alias must be 1-{MAX_NAME} characters with a letter or digit.")
        if not [w for w in _words(alias) if w not in COMMON_WORDS]:
            raise ClientError(f"{alias!r} is too common a word to stand for a client.")
        problem = self.alias_conflict(client["name"], alias)
        if problem:
            raise ClientError(problem)
        return alias

    def _write_client(self, write, *args) -> None:
        """Every client write goes through here: the name and alias caches are dropped at once, so
        this process never waits on updated_at (millisecond precision) to see its own edit."""
        write(*args)
        self._mentions = self._loose = self._owners = self._name_words = None

    def owner_first_names(self) -> tuple[str, ...]:
        """The first names of the account owners on record: people on our side a message may be written to.
        Kept between messages, like the name matchers."""
        version = self.storage.clients_version()
        if self._owners is None or self._owners[0] != version:
            self._owners = (version, tuple(sorted({owner.split()[0] for owner in self.storage.account_owners()})))
        return self._owners[1]

    def owner_in_full(self, first_name: str) -> str:
        """The one account owner on record with this first name, in full ("Priya" -> "Priya Shah"), or ""."""
        matches = {owner for owner in self.storage.account_owners()
                   if owner.split()[0].lower() == first_name.lower() and len(owner.split()) > 1}
        return matches.pop() if len(matches) == 1 else ""

    def name_words(self) -> frozenset[str]:
        """Every word of the clients' and their new providers' names, lower-cased: not a colleague's first name."""
        version = self.storage.clients_version()
        if self._name_words is None or self._name_words[0] != version:
            words = {word.lower() for client in self.all() for key in ("name", "new_provider")
                     for word in re.findall(r"\w+", client.get(key) or "")}
            self._name_words = (version, frozenset(words))
        return self._name_words[1]

    def _mention_pattern(self) -> tuple[list[str], re.Pattern | None]:
        """Names longest first and one regex for all of them, rebuilt only when clients are added
        (by this process or another)."""
        version = self.storage.clients_version()
        if self._mentions is None or self._mentions[0] != version:
            names = sorted(self.storage.client_names(), key=len, reverse=True)
            alternatives = "|".join(re.escape(name.lower()) for name in names)
            pattern = re.compile(rf"(?=(?<!\w)({alternatives})(?!\w))") if names else None
            self._mentions = (version, names, pattern)
        return self._mentions[1], self._mentions[2]

    # -- writing -----------------------------------------------------------
    def add(self, name: str, **facts) -> dict:
        name = self._valid_name(name)
        if self.storage.has_secret(name):  # stored redacted, the record could never be found by its name
            raise ClientError("That name contains one of the bot's own secrets (a token or password); "
                              "nothing was stored. Choose another name, and rotate that secret if it was shared.")
        if self.find(name):
            raise ClientError(f"A client called {name!r} already exists.")
        row = self._validated({"status": "active", **facts})
        self._check_domain_free(name, row.get("email_domain"))
        now = iso(utcnow())
        self._write_client(self.storage.insert_client, {"name": name, **row, "created_at": now, "updated_at": now})
        return self._changed(None, self.get(name))

    def edit(self, name: str, **facts) -> dict:
        client = self.get(name)
        unknown = set(facts) - set(EDITABLE) - {"status"}
        if unknown:
            raise ClientError(f"Unknown field(s): {', '.join(sorted(unknown))}. Editable: {', '.join(EDITABLE)}")
        merged = self._validated({**{k: client.get(k) for k in EDITABLE}, "status": client["status"], **facts})
        self._check_domain_free(client["name"], merged.get("email_domain"))
        if not same_person(merged.get("account_owner"), client.get("account_owner")):
            merged["account_owner_ids"] = None  # another person: the old one's ids must not get their messages
        self._write_client(self.storage.update_client, client["id"], {**merged, "updated_at": iso(utcnow())})
        return self._changed(client, self.get(name))

    def set_owner(self, name: str, person: str, platform: str | None = None, user_id: str | None = None) -> dict:
        """Record the account owner by name, and by their user id on a platform when it is known.

        The same person named again keeps the ids already known on other platforms; another person
        starts with none, so reminders never reach someone who no longer owns the client."""
        client = self.get(name)
        person = " ".join((person or "").split()).lstrip("@").strip()
        if not person or not any(ch.isalnum() for ch in person):
            raise ClientError("Who owns the client on our side? Give their name, or mention them.")
        ids = owner_ids(client) if same_person(person, client.get("account_owner")) else {}
        if platform and user_id:
            ids[platform] = user_id
        self._write_client(self.storage.update_client, client["id"], {"account_owner": person,
                                                  "account_owner_ids": json.dumps(ids, sort_keys=True) if ids else None,
                                                  "updated_at": iso(utcnow())})
        return self.get(name)

    def give_notice(self, name: str, end_date: str, notice_date: str | None = None,
                    reason_category: str | None = None, reason: str | None = None) -> dict:
        """Start offboarding: notice today unless given, end date required."""
        client = self.get(name)
        today = client_today(client, self.default_timezone)
        facts = {
            "status": "transition",
            "notice_date": parse_date(notice_date, today).isoformat() if notice_date else today.isoformat(),
            "end_date": parse_date(end_date, today).isoformat(),
        }
        if reason_category:
            facts["reason_category"] = reason_category
        if reason:
            facts["reason"] = reason
        return self.edit(name, **facts)

    def set_end(self, name: str, end_date: str) -> dict:
        client = self.get(name)
        today = client_today(client, self.default_timezone)
        return self.edit(name, end_date=parse_date(end_date, today).isoformat(), status="transition")

    def mark_done(self, name: str) -> dict:
        """Support ends today (or stays at an earlier end date)."""
        client = self.get(name)
        today = client_today(client, self.default_timezone)
        end = client.get("end_date")
        if not end or date.fromisoformat(end) > today:
            end = today.isoformat()
        notice = client.get("notice_date") or end
        return self.edit(name, status="ended", end_date=end, notice_date=min(notice, end))

    def cancel_offboarding(self, name: str) -> dict:
        return self.edit(name, status="active", notice_date=None, end_date=None)

    def unlink(self, platform: str, channel_id: str) -> dict | None:
        """This conversation no longer belongs to a client; the client it belonged to, if any."""
        client = self.for_channel(platform, channel_id)
        if client is not None:
            self.storage.unlink_channel(platform, channel_id)
        return client

    def mute(self, name: str, until: date | None) -> dict:
        """No auto-replies or drafts for the client before `until` (None: until unmuted)."""
        client = self.get(name)
        if until is not None and until <= client_today(client, self.default_timezone):
            raise ClientError(f"{until.isoformat()} is not after today: pick a later day (or leave it out to mute "
                              f"until `offboard unmute`).")
        self._write_client(self.storage.update_client, client["id"], {"muted_until": until.isoformat() if until else MUTED_FOREVER,
                                                  "updated_at": iso(utcnow())})
        return self.get(name)

    def unmute(self, name: str) -> dict:
        client = self.get(name)
        self._write_client(self.storage.update_client, client["id"], {"muted_until": None, "updated_at": iso(utcnow())})
        return self.get(name)

    @staticmethod
    def muted_until(client: dict) -> str | None:
        """The day the client's mute ends (ISO; MUTED_FOREVER until unmuted), while it is muted."""
        return client.get("muted_until") or None

    def link(self, name: str, platform: str, channel_id: str) -> dict:
        client = self.get(name)
        if not channel_id:
            raise ClientError("There is no conversation id to link.")
        self.storage.link_channel(platform, channel_id, client["id"])
        return client

    # -- helpers -----------------------------------------------------------
    def _changed(self, before: dict | None, after: dict) -> dict:
        """Tell the listeners; the record is saved whatever they do, so their trouble is only logged."""
        for listener in self.listeners:
            try:
                listener(before, after)
            except Exception:  # noqa: BLE001 - a follower's failure must not undo or hide the change
                log.exception("a listener failed after %s changed", after["name"])
        return after

    def _with_phase(self, row: dict | None) -> dict | None:
        if row is None:
            return None
        today = client_today(row, self.default_timezone)
        row["phase"] = phase_of(row, today)
        if row.get("muted_until") and row["muted_until"] <= today.isoformat():
            row["muted_until"] = None  # the mute has run out (from that day on, in the client's calendar)
        return row

    def _unknown_message(self, name: str) -> str:
        names = self.storage.client_names()
        close = [match for match, _, _ in process.extract(name or "", names, scorer=fuzz.WRatio, limit=3,
                                                          score_cutoff=75)]
        hint = f" Did you mean {', '.join(close)}?" if close else ""
        shown = name if len(name or "") <= MAX_NAME else name[:MAX_NAME] + "…"
        return f"I don't know a client called {shown!r}.{hint}"

    @staticmethod
    def _valid_name(name: str) -> str:
        name = " ".join((name or "").split())
        if not name:
            raise ClientError("A client needs a name.")
        if len(name) > MAX_NAME or not any(ch.isalnum() for ch in name):
            raise ClientError(f"Client names must be 1-{MAX_NAME} characters and contain a letter or digit.")
        return name

    def _validated(self, facts: dict) -> dict:
        facts = {k: (v.strip() if isinstance(v, str) else v) or None for k, v in facts.items()}
        today = client_today(facts, self.default_timezone)
        for key in ("notice_date", "end_date"):
            if facts.get(key):
                facts[key] = parse_date(facts[key], today).isoformat()
        if facts.get("notice_date") and facts.get("end_date") and facts["end_date"] < facts["notice_date"]:
            raise ClientError(
                f"The end date ({facts['end_date']}) is before the notice date ({facts['notice_date']}).")
        category = facts.get("reason_category")
        if category and category not in REASON_CATEGORIES:
            raise ClientError(f"Reason must be one of: {', '.join(REASON_CATEGORIES)}.")
        status = facts.get("status") or "active"
        if status not in PHASES:
            raise ClientError(f"Status must be one of: {', '.join(PHASES)}.")
        facts["status"] = status
        if facts.get("timezone"):
            _zone(facts["timezone"])
        if facts.get("email_domain"):
            facts["email_domain"] = _email_domain(facts["email_domain"])
        return facts

    def _check_domain_free(self, name: str, domain: str | None) -> None:
        other = self.storage.client_for_email_domain(domain) if domain else None
        if other and other["name"].lower() != name.lower():
            raise ClientError(f"{domain} is already {other['name']}'s email domain: one domain, one client.")


def _email_domain(value: str) -> str:
    """'acmedental.example' from what people type: the domain itself, '@acmedental.example',
    'dana@acmedental.example' or 'https://acmedental.example/'."""
    domain = value.strip().lower().removeprefix("mailto:").split("://", 1)[-1].split("/", 1)[0]
    domain = domain.rpartition("@")[2].strip(".")
    if not _EMAIL_DOMAIN.fullmatch(domain) or len(domain) > 253:
        raise ClientError(f"{value!r} is not an email domain (for example acmedental.example).")
    return domain


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ClientError(f"{name!r} is not a known timezone (e.g. Europe/London).") from None
