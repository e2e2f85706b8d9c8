"""Stopping cleanly: SIGTERM (a service manager, a container runtime) and SIGINT (Ctrl+C)
ask a long-running command to stop, and it winds down instead of dying mid-write."""
from __future__ import annotations

import logging
import signal
import threading
from contextlib import contextmanager
from typing import Callable

log = logging.getLogger("partingways")

STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT)


@contextmanager
def stop_requested(then: Callable[[], None] | None = None):
    """An Event set by the first SIGTERM or SIGINT while inside the block (then `then()` runs in the
    main thread, e.g. to interrupt a blocking read); the previous handlers come back afterwards.
    Outside the main thread signals can't be caught, and the event is only set by hand."""
    stop = threading.Event()
    if threading.current_thread() is not threading.main_thread():
        yield stop
        return

    def handle(signum, frame) -> None:
        if not stop.is_set():
            log.info("%s received: stopping", signal.Signals(signum).name)
        stop.set()
        if then is not None:
            then()

    previous = {number: signal.signal(number, handle) for number in STOP_SIGNALS}
    try:
        yield stop
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)


class Stopped(Exception):
    """Raised in the main thread by a stop signal that arrives while it waits for input."""


class InterruptibleRead:
    """For a loop blocked reading its input: a stop signal during the read raises Stopped there;
    at any other moment it only sets the event, and the loop ends after the line in hand."""

    def __init__(self):
        self.reading = False

    def interrupt(self) -> None:
        if self.reading:
            raise Stopped()

    def read(self, readline):
        self.reading = True
        try:
            return readline()
        finally:
            self.reading = False
