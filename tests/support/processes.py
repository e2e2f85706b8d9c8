"""Helpers for tests that run the bot as a real process."""
from __future__ import annotations

import re
import select
import subprocess
import time

# `python -c PINNED_LAUNCH <instant> <app.py arguments...>`: the CLI on a clock pinned to the instant.
PINNED_LAUNCH = """
import sys
from datetime import datetime
from bot import clock
clock.use(clock.FixedClock(datetime.fromisoformat(sys.argv[1])))
from bot.cli import main
sys.exit(main(sys.argv[2:]))
"""


def announced_health_url(process: subprocess.Popen, host: str = r"127\.0\.0\.1", timeout: float = 60) -> str:
    """The base URL a starting server prints for its health checks (on `host`), or an assertion error."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        ready, _, _ = select.select([process.stdout], [], [], max(0.0, deadline - time.monotonic()))
        line = process.stdout.readline() if ready else ""
        found = re.search(rf"health: (http://{host}:\d+)/readyz", line)
        if found:
            return found.group(1)
        if process.poll() is not None:
            break
    process.kill()
    raise AssertionError(f"no health address announced: {process.communicate()[1]}")
