"""Wiring: build the python-telegram-bot Application with every handler, in one place."""

from __future__ import annotations

import asyncio
import datetime as dt
import functools
import hashlib
import logging
from typing import Any

from sqlalchemy.ext.asyncio import AsyncEngine
from telegram import BotCommand, Update
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    CommandHandler,
    MessageHandler,
    TypeHandler,
    filters,
)
from telegram.request import BaseRequest

from bot import runtime
from bot.clock import Clock, SystemClock
from bot.config import Settings
from bot.knowledge import places
from bot.logsafe import pseudonym_key
from bot.ops.health import max_tick_age
from bot.ops.metrics import Metrics
from bot.ops.server import OpsServer
from bot.parsing import spelling, suicidal_model
from bot.scheduling.dispatcher import Dispatcher
from bot.scheduling.priority import DosesFirst
from bot.scheduling.ticker import Ticker
from bot.storage.db import make_engine, make_sessionmaker
from bot.telegram.aiohttp_request import ReplyRetry, default_requests
from bot.telegram.botapi import BotApi
from bot.telegram.callbacks import CallbackCodec
from bot.telegram.deps import KEY, Deps
from bot.telegram.handlers import (
    amends,
    appointments,
    buttons,
    caregiver,
    checkback,
    checkin,
    common,
    dose_undo,
    doses,
    edit,
    ingredient,
    leg_check,
    meds,
    mood_check,
    onboarding,
    out_which,
    questions,
    regimen,
    reports,
    router,
    routines,
    skip_why,
    supply,
    trials,
)
from bot.telegram.handlers import settings as settings_handlers
from bot.telegram.intake import IntakeQueue
from bot.telegram.notifier import TelegramNotifier
from bot.telegram.payloads import (
    AddTap,
    AddToldTap,
    AppointmentTap,
    CaregiverTap,
    CheckBackTap,
    CheckinTap,
    CheckinTimeTap,
    DeleteTap,
    DoseAnswerTap,
    DoseUndoTap,
    EditTap,
    KeepContentsTap,
    KeepNoteTap,
    LegCheckTap,
    MedTap,
    MoodCheckTap,
    OutWhichTap,
    QuestionTap,
    ReminderTap,
    RoutineTap,
    SettingsTap,
    ShortcutTap,
    SkipWhyTap,
    SupplyTap,
    TrialTap,
    UndoTap,
    WhoseTap,
    ZoneTap,
)
from bot.telegram.ratelimit import make_limiter
from bot.telegram.sender import CONNECTIONS, Sender
from bot.telegram.updates import PerUserUpdateProcessor

COMMANDS = [
    ("add", "Add a medicine"),
    ("meds", "Your medicines"),
    ("took", "Log a dose"),
    ("refill", "Pills on hand"),
    ("ask", "A question for your doctor"),
    ("appointment", "Your next doctor's visit"),
    ("routine", "Stretches, walks, physio"),
    ("checkin", "How's your pain now?"),
    ("summary", "This week at a glance"),
    ("report", "PDF for your doctor"),
    ("export", "Your data as CSV"),
    ("settings", "Check-in time, snooze, quiet hours"),
    ("timezone", "Change your time zone"),
    ("caregiver", "Tell someone you trust about missed doses"),
    ("pause", "Pause all reminders"),
    ("resume", "Resume reminders"),
    ("delete", "Erase everything"),
    ("help", "What I understand"),
]

log = logging.getLogger("bot")


def callback_secret(settings: Settings) -> str:
    """Key for button signatures: derived from the token, so it needs no extra setting."""
    return hashlib.sha256(settings.token().encode()).hexdigest()


def build_application(
    settings: Settings,
    *,
    clock: Clock | None = None,
    request: BaseRequest | None = None,
    engine: AsyncEngine | None = None,
    whole_process: bool = False,
    ticks_by_hand: bool = False,
) -> Application[Any, Any, Any, Any, Any, Any]:
    """The bot with all handlers; services start in post_init. `whole_process`: this bot
    is all the process does (`backtrack run`), so tune the garbage collector for it.
    `ticks_by_hand`: the clock is moved by hand, so due work runs only when asked."""
    token = settings.token()
    clock = clock or SystemClock()
    # One registry per Application (tests build many in one process); its reachability
    # (/readyz) reads the bot's clock, so tests drive the threshold.
    metrics = Metrics(clock)
    # Shared by the dispatcher and the update processor: texts wait while doses go out.
    doses_first = DosesFirst()
    processor = PerUserUpdateProcessor(
        64, metrics=metrics, log_key=pseudonym_key(token), doses_first=doses_first
    )
    builder = (
        Application.builder()
        .token(token)
        .base_url(settings.telegram_api_url)
        .base_file_url(settings.telegram_api_url.replace("/bot", "/file/bot"))
        .concurrent_updates(processor)
        # Bounds the updates in the process: a flood waits at Telegram, not in memory.
        .update_queue(IntakeQueue())
        .post_init(start_services)
        .post_shutdown(stop_services)
    )
    if request is None:
        # aiohttp: several times PTB's httpx throughput (ARCHITECTURE.md, BENCHMARKS.md).
        # Replies through PTB are retried for the reply window (aiohttp_request.py).
        reply_retry = ReplyRetry.within(settings.reply_retry_seconds)
        request, updates_request = default_requests(
            CONNECTIONS, metrics=metrics, reply_retry=reply_retry
        )
        builder = builder.get_updates_request(updates_request)
    builder = builder.request(request)
    app = builder.build()
    app.bot_data["settings"] = settings
    app.bot_data["whole_process"] = whole_process
    app.bot_data["ticks_by_hand"] = ticks_by_hand
    app.bot_data["clock"] = clock
    app.bot_data["engine"] = engine
    app.bot_data["metrics"] = metrics
    app.bot_data["doses_first"] = doses_first
    _add_handlers(app)
    processor.on_shed = functools.partial(common.answer_shed, app.bot)
    return app


def _add_handlers(app: Application[Any, Any, Any, Any, Any, Any]) -> None:
    app.add_handler(TypeHandler(Update, common.guard), group=-1)
    # First in its group: PTB's message handlers would otherwise take edits as new messages.
    app.add_handler(MessageHandler(filters.UpdateType.EDITED_MESSAGE, router.on_edit))
    commands = {
        "start": onboarding.start,
        "meds": meds.meds_command,
        "pause": meds.pause_command,
        "resume": meds.resume_command,
        "took": doses.took_command,
        "refill": supply.refill_command,
        "ask": questions.ask_command,
        "appointment": appointments.appointment_command,
        "routine": routines.routine_command,
        "checkin": checkin.checkin_command,
        "summary": reports.summary_command,
        "report": reports.report_command,
        "export": reports.export_command,
        "caregiver": caregiver.caregiver_command,
        "delete": reports.delete_command,
        "settings": settings_handlers.settings_command,
        "stats": settings_handlers.stats_command,
        "help": common.help_command,
        # not in the menu (PRODUCT.md §2 lists it): typed as people type it
        "undo": amends.undo_command,
    }
    for name, handler in commands.items():
        app.add_handler(CommandHandler(name, common.new_flow(handler)))
    # New flows too, but /timezone answers setup's question (the medicine it holds kept),
    # and /add waits for the check-in time's (onboarding.add_command)
    app.add_handler(CommandHandler("timezone", onboarding.setup_stays(onboarding.timezone_command)))
    app.add_handler(CommandHandler("add", onboarding.add_command))
    _add_buttons(app)
    app.add_handler(MessageHandler(filters.LOCATION, onboarding.location))
    app.add_handler(MessageHandler(filters.COMMAND, common.new_flow(common.unknown_command)))
    app.add_handler(MessageHandler(filters.TEXT, router.on_text))
    app.add_handler(MessageHandler(filters.ALL & ~filters.StatusUpdate.ALL, common.non_text))
    # After every other handler: refill notices for what this update recorded.
    app.add_handler(TypeHandler(Update, supply.after_update), group=1)
    app.add_error_handler(common.on_error)


async def start_services(app: Application[Any, Any, Any, Any, Any, Any]) -> None:
    """Database, sender, dispatcher, the due-work clock and the health/metrics endpoint
    (run_* call it as post_init)."""
    if app.bot_data.get("whole_process"):
        runtime.limit_malloc_arenas()  # before the database's threads start
    settings: Settings = app.bot_data["settings"]
    clock: Clock = app.bot_data["clock"]
    metrics: Metrics = app.bot_data["metrics"]
    engine = app.bot_data.get("engine") or make_engine(settings.database_url)
    app.bot_data["engine"] = engine
    sessions = make_sessionmaker(engine)
    codec = CallbackCodec(callback_secret(settings))
    limiter = make_limiter(settings.send_rate_per_second) if settings.send_rate_per_second else None
    # Messages and edits skip PTB's request layer for a lean keep-alive client (botapi.py);
    # every other call, uploads included, still goes through PTB.
    api = BotApi(app.bot.base_url, limit=CONNECTIONS)
    app.bot_data["bot_api"] = api
    sender = Sender(app.bot, limiter=limiter, metrics=metrics, api=api)
    lease = dt.timedelta(seconds=settings.lease_seconds)
    notifier = TelegramNotifier(sessions, sender, codec)
    doses_first = app.bot_data.get("doses_first")
    dispatcher = Dispatcher(
        sessions, notifier, clock, lease=lease, metrics=metrics, doses_first=doses_first
    )
    # Handlers answer through the same sender, minus the per-chat spacing (sender.py),
    # retried for the reply window like PTB's replies (REPLY_RETRY_SECONDS).
    replies = sender.for_replies(ReplyRetry.within(settings.reply_retry_seconds))
    deps = Deps(settings, sessions, clock, codec, replies, dispatcher, metrics)
    if app.job_queue is not None:
        deps.ticker = Ticker(
            dispatcher,
            app.job_queue,
            settings.tick_seconds,
            by_hand=bool(app.bot_data.get("ticks_by_hand")),
        )
        deps.ticker.start()
    app.bot_data[KEY] = deps
    if settings.health_port:
        await _start_ops(app, deps)
    # The city gazetteer takes a second or two to index (in a child process): build it
    # in the background, so neither start-up nor someone's first /timezone waits — but
    # only once the first sweep has caught up: bringing it in costs the event loop about
    # a second of CPU, which a restart in the middle of a rush needs for reminders
    # (until then a /timezone builds it on demand). A dispatch-only process never
    # answers anyone and never needs it.
    if settings.role != "dispatch":
        deps.preload = asyncio.create_task(_preload_after_catch_up(deps.ticker, places.stops()))
    if app.bot_data.get("whole_process"):
        runtime.tune_collector()
        runtime.freeze()  # what start-up built, before the first sweep
        deps.freeze = asyncio.create_task(runtime.freeze_after(deps.preload))
    try:
        await app.bot.set_my_commands([BotCommand(c, d) for c, d in COMMANDS])
    except Exception:  # cosmetic; never block start-up on it
        pass


async def _start_ops(app: Application[Any, Any, Any, Any, Any, Any], deps: Deps) -> None:
    """The health and metrics endpoint (HEALTH_PORT)."""
    settings, job_queue = deps.settings, app.job_queue
    server = OpsServer(
        deps.sessions,
        deps.clock,
        deps.metrics,
        scheduler_running=lambda: job_queue is not None and job_queue.scheduler.running,
        max_tick_age=max_tick_age(settings.tick_seconds),
        host=settings.health_host,
        port=settings.health_port,
    )
    if await server.start():
        app.bot_data["ops_server"] = server


async def _preload_after_catch_up(ticker: Ticker | None, started_under: int | None = None) -> None:
    if ticker is not None:
        await ticker.caught_up.wait()
    try:
        await asyncio.to_thread(places.preload, started_under)
    except places.BuildAbandoned:
        return  # stopping: a first /timezone after a restart builds it
    await asyncio.to_thread(spelling.preload)
    await asyncio.to_thread(suicidal_model.preload)


async def stop_services(app: Application[Any, Any, Any, Any, Any, Any]) -> None:
    """Stop the health endpoint, release the database pool (post_shutdown)."""
    server: OpsServer | None = app.bot_data.pop("ops_server", None)
    if server is not None:
        await server.stop()
    deps: Deps | None = app.bot_data.get(KEY)
    if deps is not None and deps.preload is not None:
        if deps.ticker is not None and not deps.ticker.caught_up.is_set():
            deps.preload.cancel()  # still waiting for the sweep: no thread started yet
        # A thread cannot be cancelled, but the child it waits for can be stopped: a
        # SIGTERM is not held up by an index nobody will use.
        places.abandon_build()
        await _wait_stage(deps.preload, "the start-up preload", 60)
    if deps is not None and deps.freeze is not None:
        await _wait_stage(deps.freeze, "the start-up heap freeze", 10)
    api: BotApi | None = app.bot_data.pop("bot_api", None)
    if api is not None:
        await api.close()
    engine = app.bot_data.get("engine")
    if engine is not None:
        await engine.dispose()


async def _wait_stage(task: asyncio.Task[Any], what: str, seconds: float) -> None:
    """Wait for a start-up task while stopping; one that is slow to end is named in the
    log, so an operator whose SIGTERM seems ignored can see what it waits for."""
    if task.done():
        return
    log.info("stopping: waiting for %s", what)
    done, _ = await asyncio.wait([task], timeout=seconds)
    if not done:
        log.warning("stopping: %s did not end within %.0f s; going on", what, seconds)


def deps_of(app: Application[Any, Any, Any, Any, Any, Any]) -> Deps:
    """The services of a started application (tests and the sandbox use it)."""
    d: Deps = app.bot_data[KEY]
    return d


__all__ = ["build_application", "deps_of", "start_services", "stop_services"]


def _add_buttons(app: Application[Any, Any, Any, Any, Any, Any]) -> None:
    """One handler per button family; each decodes and verifies its payload once."""
    families = [
        buttons.on(ReminderTap, doses.reminder_button),
        buttons.on(DoseAnswerTap, doses.dose_question_button),
        buttons.on(DoseUndoTap, dose_undo.dose_undo_button),
        buttons.on(SkipWhyTap, skip_why.skip_why_button),
        buttons.on(OutWhichTap, out_which.out_which_button),
        buttons.on(MedTap, meds.med_button),
        buttons.on(EditTap, edit.edit_button),
        buttons.on(AddTap, regimen.add_button),
        buttons.on(AddToldTap, regimen.add_told_button),
        buttons.on(KeepContentsTap, ingredient.keep_contents_button),
        buttons.on(CheckinTap, checkin.checkin_button),
        buttons.on(ZoneTap, onboarding.zone_button),
        buttons.on(CheckinTimeTap, onboarding.checkin_button),
        buttons.on(SettingsTap, settings_handlers.settings_button),
        buttons.on(DeleteTap, reports.delete_button),
        buttons.on(UndoTap, router.undo_button),
        buttons.on(KeepNoteTap, router.keep_note_button),
        buttons.on(WhoseTap, router.whose_button),
        buttons.on(MoodCheckTap, mood_check.answered),
        buttons.on(CheckBackTap, checkback.answered),
        buttons.on(LegCheckTap, leg_check.answered),
        buttons.on(ShortcutTap, router.shortcut_button),
        buttons.on(SupplyTap, supply.supply_button),
        buttons.on(QuestionTap, questions.question_button),
        buttons.on(TrialTap, trials.trial_button),
        buttons.on(AppointmentTap, appointments.appointment_button),
        buttons.on(RoutineTap, routines.routine_button),
        buttons.on(CaregiverTap, caregiver.caregiver_button),
    ]
    for handler in families:
        app.add_handler(handler)
    app.add_handler(CallbackQueryHandler(buttons.unclaimed))
