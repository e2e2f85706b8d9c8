"""`python app.py <command>`: the one entry point.

Platform adapters are imported inside their command so that, say, the
console never loads the Slack or Teams SDKs.
"""
from __future__ import annotations

import argparse
import itertools
import json
import logging
import os
import shlex
import sqlite3
import sys
from contextlib import contextmanager
from pathlib import Path

from bot import __version__
from bot.clients import EDITABLE, REASON_CATEGORIES, ClientError
from bot.config import ConfigError, load_config

# Exit codes: 0 done; 1 it failed while running (database, network, a platform refused);
# 2 the command line or the settings are wrong (argparse uses 2 for usage errors too).
EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2
CLI_PLATFORM = "cli"


def _bot(args: argparse.Namespace, long_running: bool = False):
    from bot.core import Bot
    return Bot(load_config(**_overrides(args)), long_running=long_running)


def _overrides(args: argparse.Namespace) -> dict:
    return {"db_path": args.db} if getattr(args, "db", None) else {}


# -- chat -----------------------------------------------------------------------
def cmd_chat(args) -> int:
    from bot.adapters.console import run_console
    from bot.demo import seed_demo_clients
    with _bot(args, long_running=sys.stdin.isatty()) as bot:
        if not args.no_demo:
            added = seed_demo_clients(bot.clients)
            if added and sys.stdin.isatty():
                print(f"Demo clients added to {bot.config.db_path}: {', '.join(added)}")
        return run_console(bot, reminders=True)


# -- clients --------------------------------------------------------------------
def _client_facts(args) -> dict:
    facts = {field: getattr(args, field, None) for field in EDITABLE}
    return {k: v for k, v in facts.items() if v is not None}


def cmd_clients(args) -> int:
    from bot.commands import describe, describe_line
    bot = _bot(args)
    clients = bot.clients
    action = args.clients_action
    if action == "list":
        rows = clients.all()
        if args.json:
            return _print_json(rows)
        print("\n".join(describe_line(c) for c in rows) if rows else "No clients yet.")
        return EXIT_OK
    if action == "show":
        record = clients.get(args.name)
        if args.json:
            return _print_json({**record, "checklist": bot.checklists.export(record)})
        print(describe(record))
        return EXIT_OK
    if action == "add":
        record = clients.add(args.name, **_client_facts(args))
    elif action == "notice":
        record = clients.give_notice(args.name, args.end_date, args.notice_date, args.reason_category, args.reason)
    elif action == "end":
        record = clients.set_end(args.name, args.end_date)
    else:  # edit
        facts = _client_facts(args)
        if not facts:
            raise ClientError("Nothing to change: pass at least one --field (see --help).")
        record = clients.edit(args.name, **facts)
    print(_audited(bot, args, record["name"], describe(record)))
    return EXIT_OK


def _audited(bot, args, client: str | None, result: str) -> str:
    """Log a record change made from the command line like a chat command: who, where, what."""
    who, where = actor()
    bot.record_change(CLI_PLATFORM, who, where, args.command_line, client, result)
    return result


def actor() -> tuple[str, str]:
    """Who runs this command and where: the operating-system account, and the host (and terminal)."""
    import pwd
    import socket
    try:
        who = pwd.getpwuid(os.getuid()).pw_name
    except KeyError:
        who = f"uid {os.getuid()}"
    where = socket.gethostname()
    try:
        where += f":{os.ttyname(sys.stdin.fileno())}"
    except (OSError, ValueError, AttributeError):
        pass  # not at a terminal (cron, a pipe, a test)
    return who, where


def _print_json(value) -> int:
    print(json.dumps(value, ensure_ascii=False, indent=2, default=str))
    return EXIT_OK


# -- the handover checklist template ------------------------------------------------
def cmd_checklist(args) -> int:
    """Check the template file the way the bot reads it: its items, or the line that is wrong."""
    from bot.checklist import TemplateSource
    from bot.storage import Storage
    config = load_config(**_overrides(args))
    storage = Storage(config.db_path, secrets=config.secrets())
    try:
        source = TemplateSource(storage, args.file or config.checklist_template, remember=False)
        items, used, problem = source.load()
    finally:
        storage.close()
    if problem:
        print(f"error: {problem}", file=sys.stderr)
        if items:
            print(f"New checklists use {used} until it is fixed.", file=sys.stderr)
        return EXIT_USAGE
    print(f"{used}: {len(items)} items, all fine.")
    for number, item in enumerate(items, start=1):
        when = f"{abs(item.due_days)} day{'s' if abs(item.due_days) != 1 else ''} " \
               f"{'before' if item.due_days < 0 else 'after'} the end date" if item.due_days else "on the end date"
        print(f"  {number}. {item.key} ({item.kind}, {when}{', ' + item.owner if item.owner else ''}): {item.title}")
    return EXIT_OK


# -- routing --------------------------------------------------------------------
MAX_ROUTE_LINE = 1024 * 1024
ROUTE_ERROR = {"principle": None, "intent": None, "confidence": 0.0, "action": "error", "doubtful": False,
               "alternatives": []}


def cmd_route(args) -> int:
    """Batch contract: JSON lines in, one JSON line out per input line, in order, whatever it holds."""
    from bot.adapters.signals import InterruptibleRead, Stopped, stop_requested
    from bot.core import model_cache, planned_action
    from intents.router import default_router
    config = load_config(**_overrides(args))
    router = default_router(model_cache(config))
    threshold = config.confidence_threshold
    reader = InterruptibleRead()
    stdin, number = _byte_lines(sys.stdin), 0
    try:
        with stop_requested(then=reader.interrupt) as stop:
            while not stop.is_set():
                raw = reader.read(lambda: stdin.readline(MAX_ROUTE_LINE + 1))
                if not raw:
                    break
                number += 1
                if len(raw) > MAX_ROUTE_LINE and not raw.endswith(b"\n"):
                    while (rest := stdin.readline(MAX_ROUTE_LINE)) and not rest.endswith(b"\n"):
                        pass  # the rest of an over-long line
                    out = {"error": f"line {number}: longer than {MAX_ROUTE_LINE} bytes", **ROUTE_ERROR}
                else:
                    out = _route_line(router, threshold, planned_action, number, raw)
                sys.stdout.write(json.dumps(out) + "\n")
                sys.stdout.flush()
    except Stopped:
        pass
    except BrokenPipeError:  # e.g. `| head`: the reader has all it wanted
        _silence_stdout()
    return 0


class _byte_lines:
    """Lines of stdin as bytes, so that each is decoded (and refused) on its own; a text stream
    without bytes underneath (a test's StringIO) is encoded back."""

    def __init__(self, stream):
        self._buffer = getattr(stream, "buffer", None)
        self._stream = stream

    def readline(self, limit: int = -1) -> bytes:
        if self._buffer is not None:
            return self._buffer.readline(limit)
        return self._stream.readline(limit).encode("utf-8", "surrogateescape")


def _route_line(router, threshold: float, planned_action, number: int, raw: bytes) -> dict:
    try:
        item = _route_input(raw.decode("utf-8"))
        route = router.route(item["text"], item["audience"], item["phase"])
        action, _ = planned_action(route, item["audience"], item["phase"], threshold)
        return {"principle": route.principle, "intent": route.intent, "confidence": route.confidence,
                "action": action, "doubtful": route.doubtful,
                "alternatives": [{"principle": a.principle, "intent": a.intent, "probability": a.probability}
                                 for a in route.alternatives]}
    except UnicodeDecodeError:
        problem = "not UTF-8"
    except (ValueError, TypeError, KeyError) as error:
        problem = str(error)
    except RecursionError:
        problem = "nested too deeply"
    except Exception as error:  # noqa: BLE001 - one bad line never stops the run
        problem = f"could not route it ({type(error).__name__})"
    return {"error": f"line {number}: {problem}", **ROUTE_ERROR}


def _route_input(line: str) -> dict:
    if not line.strip():
        raise ValueError("an empty line")
    try:
        item = json.loads(line)
    except json.JSONDecodeError as error:
        raise ValueError(f"not valid JSON ({error.msg})") from None
    if not isinstance(item, dict):
        raise ValueError("expected a JSON object")
    text, audience, phase = item.get("text"), item.get("audience", "staff"), item.get("phase")
    if not isinstance(text, str):
        raise ValueError("'text' must be a string")
    if audience not in ("staff", "client"):
        raise ValueError("'audience' must be 'staff' or 'client'")
    if phase not in (None, "active", "transition", "ended"):
        raise ValueError("'phase' must be 'transition', 'ended', 'active' or null")
    return {"text": text, "audience": audience, "phase": phase}


def cmd_evaluate(args) -> int:
    from bot.core import model_cache, planned_action
    from intents.evaluate import report
    from intents.router import default_router
    config = load_config(**_overrides(args))
    threshold = config.confidence_threshold

    def action_for(route, audience, phase):
        return planned_action(route, audience, phase, threshold)[0]

    router = default_router(model_cache(config))
    with answering_bot(router) as answer:
        print(report(router, action_for, folds=args.folds, answer=answer))
    return 0


@contextmanager
def answering_bot(router=None):
    """The whole bot on a throwaway database with the demo clients: (row) -> (action, principle sent).
    Replies go out in auto mode (no approval step), so what is measured is what the bot would send."""
    from bot.core import Bot
    from bot.demo import seed_demo_clients
    from bot.message import CLIENT, IncomingMessage
    config = load_config(environ={"PARTING_WAYS_REPLY_MODE": "auto"}, db_path=":memory:")
    with Bot(config, router=router) as bot:
        seed_demo_clients(bot.clients)
        by_phase = {client["phase"]: client["name"] for client in bot.clients.all()}
        count = itertools.count()

        def answer(row: dict) -> tuple[str, str | None]:
            number = next(count)  # every message its own thread: no auto-reply window in the way
            # A held-out line may leave a client's phase open: it is sent as from a client in transition, the
            # phase in which the bot answers most (blind sets give their open phase a meaning: load_blind).
            phase = row.get("phase") or "transition"
            decision = bot.handle(IncomingMessage(
                text=row["text"], platform="evaluate", sender_id="U_EVAL", sender_name="Dana Lee", audience=CLIENT,
                client=by_phase[phase], conversation_id=f"C{number}", thread_id=f"T{number}"))
            return decision.action, decision.principle if decision.action == "reply" else None

        yield answer


# -- reminders --------------------------------------------------------------------
def cmd_reminders(args) -> int:
    from bot.adapters.notifiers import configured_notifiers
    from bot.reminders.commands import run_cli
    bot = _bot(args)
    notifiers = configured_notifiers(bot) if args.reminders_action == "run" else []
    who, where = actor()
    args.actor = f"{who}@{where} ({CLI_PLATFORM})"
    code = run_cli(bot, args, notifiers=notifiers)
    if args.reminders_action == "add" and code == EXIT_OK:
        _audited(bot, args, bot.clients.get(args.client)["name"], "reminder added")
    return code


# -- Slack ------------------------------------------------------------------------
def _fewer_malloc_arenas(arenas: int = 2) -> None:
    """For a server: glibc gives each thread that allocates an arena of its own (up to 8 per core),
    and what one arena frees the others never reuse. Two keep the resident size close to what is in
    use (measured: about 4 MB less after a burst on the Slack server). No-op off glibc."""
    try:
        import ctypes
        ctypes.CDLL("libc.so.6").mallopt(-8, arenas)  # -8: M_ARENA_MAX
    except (OSError, AttributeError):
        pass


def cmd_slack(args) -> int:
    _fewer_malloc_arenas()
    from bot.adapters.notifiers import start_platform_reminders
    from bot.adapters.slack.app import check_settings, run_slack
    with _bot(args, long_running=True) as bot:
        check_settings(bot.config)
        with start_platform_reminders(bot):
            return run_slack(bot, host=args.host)


# -- Teams ------------------------------------------------------------------------
def cmd_teams(args) -> int:
    if args.teams_action == "package":
        from bot.adapters.teams.package import build_package
        path = build_package(load_config(), Path(args.out))
        print(f"Teams app package written to {path}. Upload it in Teams: Apps > Manage your apps > Upload an app.")
        return 0
    _fewer_malloc_arenas()
    from bot.adapters.notifiers import start_platform_reminders
    from bot.adapters.teams.server import check_settings, serve
    check_settings(load_config(**_overrides(args)))  # before anything is opened or served
    with _bot(args, long_running=True) as bot, start_platform_reminders(bot):
        return serve(bot, host=args.host)


# -- email ------------------------------------------------------------------------
def email_staff_notifiers(bot, mailbox) -> list:
    """Where the email adapter tells staff what came in: every configured chat platform's staff
    channel, else the staff mailbox (EMAIL_STAFF_ADDRESS), else the console."""
    from bot.adapters.notifiers import configured_notifiers
    from bot.notify import ConsoleNotifier
    chat = [n for n in configured_notifiers(bot) if not isinstance(n, ConsoleNotifier)]
    if chat:
        return chat
    return [mailbox] if bot.config.email_staff_address else [ConsoleNotifier()]


def _interrupted(signum, frame):
    raise KeyboardInterrupt


def cmd_email(args) -> int:
    from bot.config import email_problems
    if args.email_action == "link":
        with _bot(args) as bot:
            address = args.address.strip().lower()
            from bot.adapters.email.parse import ADDRESS
            if not ADDRESS.fullmatch(address):
                raise ClientError(f"{args.address!r} is not one plain email address.")
            client = bot.clients.link(" ".join(args.client), "email", address)
            print(f"Mail from {address} is now {client['name']}'s.")
        return 0
    config = load_config(**({"db_path": args.db} if getattr(args, "db", None) else {}))
    problems = email_problems(config)
    if problems:
        raise ConfigError("; ".join(problems))
    from bot.adapters.email import EmailAdapter, MailboxNotifier, MailListener, Outbox
    outbox = Outbox(config)
    if args.email_action == "check":
        from bot.notify import DeliveryError
        try:
            outbox.check()
        except DeliveryError as error:
            print(f"error: could not sign in to {config.email_smtp_host}:{config.email_submission_port}: {error}",
                  file=sys.stderr)
            return 2
        print(f"Signed in to {config.email_smtp_host}:{config.email_submission_port} "
              f"({config.email_smtp_security}); replies will come from {config.email_address}.")
        return 0
    import signal
    import threading
    from bot.reminders.runner import start_reminder_loop
    signal.signal(signal.SIGTERM, _interrupted)   # a service manager's stop ends it like Ctrl-C
    with _bot(args, long_running=True) as bot:
        notices = email_staff_notifiers(bot, MailboxNotifier(outbox, bot.config))
        if notices[0].platform == "console":
            print("warning: no chat platform and no EMAIL_STAFF_ADDRESS: staff notices are printed here",
                  file=sys.stderr)
        adapter = EmailAdapter(bot, outbox, notices)
        host = args.host or config.email_listen_host
        port = config.email_listen_port if args.port is None else args.port
        stop = threading.Event()
        start_reminder_loop(bot, notices, config.reminder_interval_seconds, stop_event=stop)
        listener = MailListener(adapter, host, port)
        try:
            listener.start()
            print(f"Parting Ways for email: SMTP on {host}:{listener.port}; replies from {config.email_address} "
                  f"via {config.email_smtp_host}:{config.email_submission_port} ({config.email_smtp_security}); "
                  f"staff notices to {', '.join(n.platform for n in notices)}", flush=True)
            listener.serve_forever()
        finally:
            stop.set()
            listener.stop()
    return 0


# -- the log ----------------------------------------------------------------------
def cmd_log(args) -> int:
    bot = _bot(args)
    rows = bot.storage.recent_interactions(limit=args.limit, client=args.log_client)
    for row in reversed(rows):
        text = " ".join((row["text"] or "").split())[:70]
        print(f"{row['ts'][:19]} {row['platform']:<7} {row['audience'] or '-':<6} "
              f"{row['client'] or '-':<18} {row['principle'] or '-':<9} {row['action'] or '-':<8} "
              f"{text}" + (f"  [error: {row['error']}]" if row["error"] else ""))
    if not rows:
        print("No interactions logged yet.")
    return 0


def _storage(args):
    """The database alone: export and purge need neither the router nor the templates."""
    from bot.storage import Storage
    if args.log_client is not None:  # `log --client X purge` must never mean "purge everyone"
        action = args.log_action
        raise ClientError(f"Put --client after '{action}': python app.py log {action} --client NAME")
    config = load_config(**({"db_path": args.db} if getattr(args, "db", None) else {}))
    return Storage(config.db_path, secrets=config.secrets())


def cmd_log_export(args) -> int:
    from bot import retention
    storage = _storage(args)
    chosen = retention.selection(storage, args.client, since=args.since, until=args.until)
    if not args.output:
        try:
            count = retention.export(storage, chosen, sys.stdout, args.format)
            sys.stdout.flush()
        except BrokenPipeError:  # e.g. `| head`: the reader has all it wanted
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return 0
    else:
        try:
            with open(args.output, "w", encoding="utf-8", newline="") as stream:
                count = retention.export(storage, chosen, stream, args.format)
        except OSError as error:
            raise ClientError(f"Cannot write {args.output}: {error.strerror}") from None
    print(f"Exported {count} interaction(s) {chosen.describe()}.", file=sys.stderr)
    return 0


def cmd_log_purge(args) -> int:
    from bot import retention
    storage = _storage(args)
    chosen = retention.selection(storage, args.client, before=args.before)
    result = retention.purge(storage, chosen, dry_run=args.dry_run)
    print(result)
    if not args.dry_run:
        from bot.core import record_change
        record_change(storage, CLI_PLATFORM, *actor(), args.command_line, args.client, result)
    return 0


def cmd_stats(args) -> int:
    from bot.drafts import stats_report
    bot = _bot(args)
    stats = bot.storage.stats()
    if args.json:
        out = {column: [{"value": value, "count": count} for value, count in counts]
               for column, counts in stats.items()}
        drafts = bot.drafts.stats()
        out["drafts"] = drafts
        out["ready_for_auto"] = bot.drafts.ready_for_auto(drafts)
        return _print_json(out)
    for column, counts in stats.items():
        print(f"By {column}:")
        for value, count in counts:
            print(f"  {value:<24} {count}")
    print(stats_report(bot.drafts))
    return 0


def cmd_backup(args) -> int:
    """A consistent copy of the live database (safe while the bot runs), for cron and upgrades."""
    from bot.storage import Storage
    config = load_config(**_overrides(args))
    destination = Path(args.file).expanduser()
    if destination.exists() and not args.force:
        raise ClientError(f"{destination} exists: choose a new name (e.g. with the date) or pass --force")
    if destination.exists():
        destination.unlink()
    storage = Storage(config.db_path, secrets=config.secrets())
    try:
        copy = storage.backup(str(destination))
    finally:
        storage.close()
    if args.json:
        return _print_json(copy)
    print(f"Backed up {config.db_path} to {copy['path']} ({copy['bytes']:,} bytes: "
          f"{copy['clients']} clients, {copy['interactions']} interactions; integrity check ok).")
    return EXIT_OK


# -- learning from use ----------------------------------------------------------------
def cmd_learn(args) -> int:
    from bot import learn
    from bot.retention import selection
    from bot.storage import Storage
    config = load_config(**_overrides(args))
    storage = Storage(config.db_path, secrets=config.secrets())
    chosen = selection(storage, since=args.since)
    if args.out:
        learn.check_destination(Path(args.out))
    lessons = learn.gather(storage, chosen.since)
    print(learn.summary(lessons, chosen.since[:10] if chosen.since else None))
    if args.out:
        try:
            learn.write_candidates(lessons, Path(args.out))
        except OSError as error:
            raise ClientError(f"Cannot write {args.out}: {error.strerror}") from None
        print(f"Written to {args.out} for review. Nothing was retrained: copy the lines you agree with into "
              "intents/data/training/<intent>.jsonl, and the model is rebuilt at the next start.")
    elif lessons.candidates:
        print("Add --out FILE to write them as JSON lines for review (message text leaves the database only then).")
    return 0


# -- benchmark ---------------------------------------------------------------------
def cmd_bench(args) -> int:
    if args.slack:
        from tools.bench_slack import run as run_slack_bench
        run_slack_bench(events=args.slack_events)
        return 0
    from tools.bench import run
    run(messages=args.messages, route_repeats=args.repeats, clients=args.clients,
        cold_starts=args.cold_starts, history=tuple(args.history))
    return 0


# -- the reply policy and the blind review ------------------------------------------------
def cmd_policy(args) -> int:
    from responses.policy import table
    print(table())
    return 0


def cmd_review(args) -> int:
    from tools.review import MESSAGES, run, write
    messages = Path(args.messages) if args.messages else MESSAGES
    if not messages.is_file():
        return _error(f"no review set at {messages}", EXIT_USAGE)
    results = run(messages)
    jsonl, markdown = write(results, Path(args.out) if args.out else messages.parent)
    actions = {}
    for row in results:
        actions[row["action"]] = actions.get(row["action"], 0) + 1
    print(f"{len(results)} messages: " + ", ".join(f"{n} {a}" for a, n in sorted(actions.items())))
    print(f"wrote {jsonl} and {markdown}")
    return 0


def _add_review_parsers(sub) -> None:
    sub.add_parser("policy", help="the reply policy (responses/policy.toml) as a table").set_defaults(
        handler=cmd_policy)
    review = sub.add_parser("review", help="run the blind review set through the bot and write the replies")
    review.add_argument("--messages", help="the review set, JSON lines (default responses/review/messages.jsonl)")
    review.add_argument("--out", help="folder for replies.jsonl and replies.md (default: the review set's folder)")
    review.set_defaults(handler=cmd_review)


def _add_log_parsers(sub) -> None:
    """`log` lists recent interactions; `log export` and `log purge` serve privacy requests."""
    from bot.retention import FORMATS
    log_cmd = sub.add_parser("log", help="recent interactions; export or purge them")
    log_cmd.add_argument("--limit", type=int, default=20, help="how many (default 20)")
    # Its own dest: an ACTION's --client default would otherwise silently replace this one.
    log_cmd.add_argument("--client", dest="log_client", metavar="NAME", help="only this client")
    log_cmd.set_defaults(handler=cmd_log)
    steps = log_cmd.add_subparsers(dest="log_action", metavar="[ACTION]")
    export = steps.add_parser("export", help="interactions as JSON lines (default) or CSV, oldest first")
    export.add_argument("--format", choices=FORMATS, default="jsonl")
    export.add_argument("--client", metavar="NAME", help="only this client")
    export.add_argument("--since", metavar="DATE", help="from this UTC day on (YYYY-MM-DD, today, ...)")
    export.add_argument("--until", metavar="DATE", help="up to and including this UTC day")
    export.add_argument("--output", metavar="FILE", help="write to this file instead of stdout")
    export.set_defaults(handler=cmd_log_export)
    purge = steps.add_parser("purge", help="delete interactions before a day (privacy requests)")
    purge.add_argument("--before", required=True, metavar="DATE",
                       help="delete what was logged before this UTC day")
    purge.add_argument("--client", metavar="NAME", help="only this client's interactions")
    purge.add_argument("--dry-run", action="store_true", help="say what would be deleted, delete nothing")
    purge.set_defaults(handler=cmd_log_purge)


def _add_bench_parser(sub) -> None:
    bench = sub.add_parser("bench", help="measure routing, handling, cold start, memory and history growth")
    bench.add_argument("--messages", type=int, default=5000, help="messages handled end to end (default 5000)")
    bench.add_argument("--repeats", type=int, default=3, help="passes over the routing texts (default 3)")
    bench.add_argument("--clients", type=int, default=200, help="extra client records (default 200)")
    bench.add_argument("--cold-starts", type=int, default=3, help="cold starts, best one counts (default 3)")
    bench.add_argument("--history", type=int, nargs="+", default=[10_000, 100_000],
                       help="interaction-log sizes to time queries at (default 10000 100000; add 1000000)")
    bench.add_argument("--slack", action="store_true",
                       help="instead: the Slack server against a bare Bolt app (a burst of DMs, a 50/s stream, "
                            "a SIGKILL mid-stream), about a minute")
    bench.add_argument("--slack-events", type=int, default=300, help="DMs in the --slack burst and stream (300)")
    bench.set_defaults(handler=cmd_bench)


DB_HELP = "SQLite file (default: $PARTING_WAYS_DB or var/partingways.db)"
JSON_HELP = "machine-readable output (JSON)"


def build_parser(prog: str = "python app.py") -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=prog, description=(
        "Parting Ways: coaching and client replies for ending client relationships well."), epilog=(
        "Exit codes: 0 done, 1 failed while running (database, network, a platform), "
        "2 wrong command line or settings."))
    parser.add_argument("--db", help=DB_HELP)
    parser.add_argument("-v", "--verbose", action="store_true", help="debug logging")
    parser.add_argument("--version", action="version", version=f"parting-ways {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    chat = sub.add_parser("chat", help="interactive console chat (staff or client), demo clients included")
    chat.add_argument("--no-demo", action="store_true", help="do not add the demo clients")
    chat.set_defaults(handler=cmd_chat)

    clients = sub.add_parser("clients", help="add, list, show and update client records")
    actions = clients.add_subparsers(dest="clients_action", metavar="ACTION", required=True)
    actions.add_parser("list", help="all clients and their phase").add_argument("--json", action="store_true",
                                                                              help=JSON_HELP)
    show = actions.add_parser("show", help="one client's record")
    show.add_argument("name")
    show.add_argument("--json", action="store_true", help="as JSON, with the handover checklist and its history")
    add = actions.add_parser("add", help="add a client")
    add.add_argument("name")
    notice = actions.add_parser("notice", help="give notice: offboarding starts")
    notice.add_argument("name")
    notice.add_argument("--end", dest="end_date", required=True, help="last day of support (YYYY-MM-DD, +30)")
    notice.add_argument("--notice", dest="notice_date", help="date notice was given (default today)")
    notice.add_argument("--reason-category", choices=REASON_CATEGORIES)
    notice.add_argument("--reason", help="the reason in plain words, as the client will read it")
    end = actions.add_parser("end", help="set the last day of support")
    end.add_argument("name")
    end.add_argument("end_date", help="YYYY-MM-DD, today, tomorrow or +N days")
    edit = actions.add_parser("edit", help="change any of a client's facts")
    edit.add_argument("name")
    for action in (add, edit):
        for field in EDITABLE:
            action.add_argument(f"--{field.replace('_', '-')}", dest=field, help=field.replace("_", " "))

    checklist = sub.add_parser("checklist", help="the handover checklist template: check it, list its items")
    checklist.add_argument("action", choices=["template"], help="template: read and check the template file")
    checklist.add_argument("--file", help="a template file to check (default: $PARTING_WAYS_CHECKLIST or the "
                                          "one that ships, responses/checklist.toml)")
    checklist.set_defaults(handler=cmd_checklist)

    sub.add_parser("route", help="route JSON lines from stdin (the audit contract)").set_defaults(handler=cmd_route)
    evaluate = sub.add_parser("evaluate", help="router accuracy, precision/recall/F1, auto-reply precision "
                                               "and confusion matrices per data set")
    evaluate.add_argument("--folds", type=int, default=5, help="cross-validation folds (default 5)")
    evaluate.set_defaults(handler=cmd_evaluate)

    reminders = sub.add_parser("reminders", help="offboarding reminders: run the due ones, list, add")
    steps = reminders.add_subparsers(dest="reminders_action", metavar="ACTION", required=True)
    steps.add_parser("run", help="send what is due now, once (for cron)")
    agenda = steps.add_parser("list", help="what was sent, late or skipped, and what is coming")
    agenda.add_argument("--client", help="only this client")
    agenda.add_argument("--json", action="store_true", help=JSON_HELP)
    remind = steps.add_parser("add", help="remind the team about a client on a day")
    remind.add_argument("client")
    remind.add_argument("when", help="friday, tomorrow, +3 or YYYY-MM-DD")
    remind.add_argument("note", nargs="+", help="what to remember")
    reminders.set_defaults(handler=cmd_reminders)

    slack = sub.add_parser("slack", help="run the Slack app: Socket Mode with SLACK_APP_TOKEN, "
                                         "else HTTP on SLACK_PORT")
    slack.add_argument("--host", default="0.0.0.0", help="HTTP mode: address to listen on (default all interfaces)")
    slack.set_defaults(handler=cmd_slack)

    teams = sub.add_parser("teams", help="run the Microsoft Teams bot on TEAMS_PORT (serve, the default) "
                                         "or build its app package")
    teams_steps = teams.add_subparsers(dest="teams_action", metavar="ACTION")
    teams_host = "address to listen on (default: all interfaces with MicrosoftAppId set, else 127.0.0.1)"
    teams.add_argument("--host", default=argparse.SUPPRESS, help=teams_host)
    teams_steps.add_parser("serve", help="serve POST /api/messages, /healthz and /readyz").add_argument(
        "--host", default=argparse.SUPPRESS, help=teams_host)
    teams_steps.add_parser("package", help="zip teams/manifest.json and icons for upload to Teams").add_argument(
        "--out", default="dist", help="folder for the zip (default dist)")
    teams.set_defaults(handler=cmd_teams, teams_action="serve", host=None, out="dist")

    email = sub.add_parser("email", help="answer clients by email: an SMTP listener the firm's mail system "
                                         "forwards to (serve, the default), SMTP submission for replies")
    email_steps = email.add_subparsers(dest="email_action", metavar="ACTION")
    serve_email = email_steps.add_parser("serve", help="listen on EMAIL_LISTEN_HOST:EMAIL_LISTEN_PORT and answer")
    for email_parser in (email, serve_email):   # `email --host X` as the systemd unit runs it, or `email serve --host X`
        email_parser.add_argument("--host", default=argparse.SUPPRESS,
                            help="address to listen on (default EMAIL_LISTEN_HOST, 127.0.0.1)")
        email_parser.add_argument("--port", type=int, default=argparse.SUPPRESS,
                            help="port to listen on (default EMAIL_LISTEN_PORT, 2525)")
    email_steps.add_parser("check", help="sign in to the submission server (EMAIL_SMTP_*) and say whether it worked")
    link = email_steps.add_parser("link", help="mail from ADDRESS is CLIENT's (for addresses outside the client's domain)")
    link.add_argument("address")
    link.add_argument("client", nargs="+")
    email.set_defaults(handler=cmd_email, email_action="serve", host=None, port=None)

    _add_log_parsers(sub)
    learn = sub.add_parser("learn", help="what real use taught the router: candidate training lines for review "
                                         "(never retrains)")
    learn.add_argument("--out", metavar="FILE", help="write the candidate training lines here (JSON lines)")
    learn.add_argument("--since", metavar="DATE", help="only interactions from this UTC day on (YYYY-MM-DD, today, ...)")
    learn.set_defaults(handler=cmd_learn)
    stats = sub.add_parser("stats", help="interaction counts by principle, action and client; drafted replies by intent")
    stats.add_argument("--json", action="store_true", help=JSON_HELP)
    stats.set_defaults(handler=cmd_stats)
    backup = sub.add_parser("backup", help="copy the live database safely (SQLite online backup) to FILE")
    backup.add_argument("file", metavar="FILE", help="where the copy goes, e.g. /var/backups/pw-$(date +%%F).db")
    backup.add_argument("--force", action="store_true", help="replace FILE if it exists")
    backup.add_argument("--json", action="store_true", help=JSON_HELP)
    backup.set_defaults(handler=cmd_backup)
    _add_bench_parser(sub)
    _add_review_parsers(sub)
    clients.set_defaults(handler=cmd_clients)
    _global_options_after_commands(parser)
    return parser


def _global_options_after_commands(parser: argparse.ArgumentParser) -> None:
    """`clients list --db x.db` as well as `--db x.db clients list`: every command accepts the global
    options. SUPPRESS keeps a command's absent option from overwriting one given before it."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for command in action.choices.values():
                command.add_argument("--db", default=argparse.SUPPRESS, help=DB_HELP)
                command.add_argument("-v", "--verbose", action="store_true", default=argparse.SUPPRESS,
                                     help="debug logging")
                _global_options_after_commands(command)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    invoked_as = Path(sys.argv[0]).name
    parser = build_parser("parting-ways" if invoked_as == "parting-ways" else "python app.py")
    args = parser.parse_args(argv)  # exits 2 on a usage error, 0 for --help and --version
    args.command_line = " ".join(["parting-ways" if invoked_as == "parting-ways" else "python app.py",
                                  *map(shlex.quote, argv)])
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.WARNING,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        code = args.handler(args)
        sys.stdout.flush()
        return code
    except (ClientError, ConfigError) as error:
        return _error(str(error), EXIT_USAGE)
    except BrokenPipeError:  # `... | head`: the reader has what it wanted
        _silence_stdout()
        return EXIT_OK
    except sqlite3.Error as error:
        from bot.storage import explain
        return _error(f"database: {explain(error)}", EXIT_FAILURE)
    except OSError as error:
        return _error(str(error), EXIT_FAILURE)
    except KeyboardInterrupt:
        return 130


def _error(message: str, code: int) -> int:
    try:
        print(f"error: {message}", file=sys.stderr)
    except BrokenPipeError:
        pass
    return code


def _silence_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's last flush does not raise again."""
    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except (OSError, ValueError):
        pass
