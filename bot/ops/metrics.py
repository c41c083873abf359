"""Prometheus metrics of one running bot: counts and timings only, never about a person.

Each Application gets its own `CollectorRegistry` (not prometheus_client's global one):
tests build many Applications in one process, and a second registration of the same
name in the global registry raises. No metric has a user, chat or medicine label.

Incrementing must stay cheap (the dispatcher sends up to ~1,000 messages/s in
benchmarks): labelled children are bound once here, so a hot path is one `inc()`.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram
from prometheus_client.process_collector import ProcessCollector

from bot.clock import Clock
from bot.ops.reachability import DEPENDENCIES, Reachability

FailReason = Literal["blocked", "bad_request", "gave_up"]
UpdateKind = Literal["message", "callback", "edited", "other"]
Outcome = Literal["ok", "error"]

FAIL_REASONS: tuple[FailReason, ...] = ("blocked", "bad_request", "gave_up")
UPDATE_KINDS: tuple[UpdateKind, ...] = ("message", "callback", "edited", "other")
OUTCOMES: tuple[Outcome, ...] = ("ok", "error")
#: The Bot API methods a reply may be retried on (bot.telegram.aiohttp_request), the
#: only values of the `method` label: a closed set, bound once.
REPLY_METHODS = (
    "sendMessage",
    "editMessageText",
    "editMessageReplyMarkup",
    "editMessageCaption",
    "sendDocument",
    "sendPhoto",
    "answerCallbackQuery",
)
# Bot API round trips: a few ms against a local server, ~50-300 ms to api.telegram.org,
# seconds when Telegram is struggling.
SEND_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)


class Metrics:
    """Every metric the bot exports, registered in a registry of its own."""

    def __init__(self, clock: Clock | None = None) -> None:
        self.registry = CollectorRegistry()
        r = self.registry
        # Fed by Telegram call outcomes and database probes; read by /readyz (one per
        # Application, like the registry, so two bots in one test never share it).
        self.reach = Reachability(clock)
        self.replies_retried, self.replies_dropped = _reply_counters(r)
        self.dependency_up, self.dependency_down_seconds = _dependency_gauges(r)
        self.reminders_sent, self.reminders_late, self.reminders_failed = _reminder_counters(r)
        self.summaries_given_up = Counter(
            "backtrack_summaries_given_up",
            "Weekly summaries not sent, given up a day after they were due (every try failed)",
            registry=r,
        )
        self.checkins_sent = Counter(
            "backtrack_checkins_sent",
            "Check-in questions sent (scheduled and /checkin)",
            registry=r,
        )
        self.checkin_answers = Counter(
            "backtrack_checkin_answers", "Check-in answers recorded (taps and typed)", registry=r
        )
        self.updates_handled = Counter(
            "backtrack_updates_handled",
            "Telegram updates processed, by kind and outcome",
            ["kind", "outcome"],
            registry=r,
        )
        self.updates_shed = Counter(
            "backtrack_updates_shed",
            "Updates not read because their sender already had a full backlog (told so)",
            registry=r,
        )
        self.send_seconds = Histogram(
            "backtrack_send_seconds",
            "Duration of one Bot API call made by the sender (sends and edits; retries each count)",
            buckets=SEND_BUCKETS,
            registry=r,
        )
        self.due_doses, self.due_work, self.last_tick_age = _scrape_time_gauges(r)
        # CPU, memory, open files of this process: what an operator checks first.
        ProcessCollector(registry=r)
        # Bound once: `labels()` takes a lock and a dict lookup on every call.
        self._sent = {k: self.reminders_sent.labels(k) for k in ("reminder", "followup")}
        self._failed = {k: self.reminders_failed.labels(k) for k in FAIL_REASONS}
        self._updates = {
            (k, o): self.updates_handled.labels(k, o) for k in UPDATE_KINDS for o in OUTCOMES
        }
        self._retried = {m: self.replies_retried.labels(m) for m in REPLY_METHODS}
        self._dropped = {m: self.replies_dropped.labels(m) for m in REPLY_METHODS}
        self.last_tick: dt.datetime | None = None

    def reminder_sent(self, *, followup: bool, late: bool) -> None:
        """Count one reminder (or follow-up) message Telegram accepted."""
        self._sent["followup" if followup else "reminder"].inc()
        if late:
            self.reminders_late.inc()

    def reminder_failed(self, reason: FailReason) -> None:
        """Count one reminder that could not be sent, by reason."""
        self._failed[reason].inc()

    def update_handled(self, kind: UpdateKind, outcome: Outcome) -> None:
        """Count one processed update."""
        self._updates[(kind, outcome)].inc()

    def reply_retried(self, method: str) -> None:
        """Count one more try of a reply Telegram did not take (5xx, timeout, 429)."""
        counter = self._retried.get(method)
        if counter is not None:
            counter.inc()

    def reply_dropped(self, method: str) -> None:
        """Count one reply given up on: not delivered within the reply window."""
        counter = self._dropped.get(method)
        if counter is not None:
            counter.inc()

    def tick_seen(self, at: dt.datetime) -> None:
        """The dispatcher is alive at `at` (a tick finished, or a batch was claimed).

        Every caller has just committed a claim, so the database answered too: the
        dispatcher's ticks feed database reachability from here, one place for all."""
        self.last_tick = at
        self.reach.ok("database")

    def observe_dependencies(self, now: dt.datetime) -> None:
        """Set the reachability gauges for a scrape at `now`."""
        for dep in DEPENDENCIES:
            outage = self.reach.outage(dep, now)
            self.dependency_up.labels(dep).set(0 if outage else 1)
            self.dependency_down_seconds.labels(dep).set(outage.down_for if outage else 0.0)

    def tick_age(self, now: dt.datetime) -> float | None:
        """Seconds since the last sign of life of the dispatcher, None before the first."""
        return None if self.last_tick is None else (now - self.last_tick).total_seconds()


def _reminder_counters(r: CollectorRegistry) -> tuple[Counter, Counter, Counter]:
    """Reminders sent (by kind), sent late, and failed (by reason)."""
    sent = Counter(
        "backtrack_reminders_sent",
        "Reminder messages Telegram accepted (one message may carry several doses)",
        ["kind"],
        registry=r,
    )
    late = Counter(
        "backtrack_reminders_sent_late",
        "First reminders sent more than two minutes past their due time",
        registry=r,
    )
    failed = Counter(
        "backtrack_reminder_send_failures",
        "Reminder sends that failed: blocked (403/chat gone), bad_request (other 400), "
        "gave_up (retries or a long 429; retried a minute later)",
        ["reason"],
        registry=r,
    )
    return sent, late, failed


def _reply_counters(r: CollectorRegistry) -> tuple[Counter, Counter]:
    """Replies retried (each extra try) and dropped (window exhausted), by Bot API method."""
    retried = Counter(
        "backtrack_reply_retries",
        "Extra tries of replies to people after a 5xx, timeout or 429 (one per retry)",
        ["method"],
        registry=r,
    )
    dropped = Counter(
        "backtrack_replies_dropped",
        "Replies to people given up on: Telegram did not take them within the reply window",
        ["method"],
        registry=r,
    )
    return retried, dropped


def _dependency_gauges(r: CollectorRegistry) -> tuple[Gauge, Gauge]:
    """Reachability of Telegram and the database, set when /metrics is read."""
    up = Gauge(
        "backtrack_dependency_up",
        "1 when the last call to the dependency got an answer (or none was made yet), "
        "0 while it is failing",
        ["dependency"],
        registry=r,
    )
    down = Gauge(
        "backtrack_dependency_down_seconds",
        "Seconds the dependency has failed continuously (0 when up)",
        ["dependency"],
        registry=r,
    )
    return up, down


def _scrape_time_gauges(r: CollectorRegistry) -> tuple[Gauge, Gauge, Gauge]:
    """Due doses, due work and the dispatcher's last tick age, set when /metrics is read."""
    due_doses = Gauge(
        "backtrack_due_doses",
        "Dose occurrences due but not yet sent (pending or snoozed), failed sends waiting "
        "for their retry included, at scrape time",
        registry=r,
    )
    due_work = Gauge(
        "backtrack_due_work",
        "Check-in and summary work rows whose next action is due, at scrape time",
        registry=r,
    )
    last_tick_age = Gauge(
        "backtrack_last_tick_age_seconds",
        "Seconds since the dispatcher last finished a tick or claimed a batch (NaN: none yet)",
        registry=r,
    )
    return due_doses, due_work, last_tick_age
