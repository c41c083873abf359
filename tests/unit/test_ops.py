"""Health/metrics building blocks: settings, the health verdict, per-app registries,
user pseudonyms for logs, update kinds."""

from __future__ import annotations

import datetime as dt
import time

import pytest
from prometheus_client import generate_latest
from telegram import CallbackQuery, Chat, Message, Update, User

from bot.logsafe import pseudonym_key, user_tag
from bot.ops.health import Health, max_tick_age
from bot.ops.metrics import Metrics
from bot.telegram.updates import update_kind

T0 = dt.datetime(2026, 11, 25, 6, 0, tzinfo=dt.UTC)
TOKEN = "123456:ABCdefGHIjklMNOpqrSTUvwxYZ0123456789"


@pytest.fixture(autouse=True)
def no_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("HEALTH_PORT", "HEALTH_HOST", "WEBHOOK_URL", "WEBHOOK_SECRET", "WEBHOOK_PORT"):
        monkeypatch.delenv(name, raising=False)


def test_health_settings_defaults_and_errors(monkeypatch: pytest.MonkeyPatch) -> None:
    from bot.config import SettingsError, load_settings

    s = load_settings(None)
    assert (s.health_port, s.health_host) == (8080, "0.0.0.0")
    for bad in ("http", "-1", "70000"):
        monkeypatch.setenv("HEALTH_PORT", bad)
        with pytest.raises(SettingsError) as err:
            load_settings(None)
        assert "HEALTH_PORT" in str(err.value) and "\n" not in str(err.value)
    monkeypatch.setenv("HEALTH_PORT", "0")
    assert load_settings(None).health_port == 0


def test_reply_retry_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    from bot.config import SettingsError, load_settings

    monkeypatch.delenv("REPLY_RETRY_SECONDS", raising=False)
    assert load_settings(None).reply_retry_seconds == 240
    monkeypatch.setenv("REPLY_RETRY_SECONDS", "30")
    assert load_settings(None).reply_retry_seconds == 30
    monkeypatch.setenv("REPLY_RETRY_SECONDS", "-1")
    with pytest.raises(SettingsError, match="REPLY_RETRY_SECONDS"):
        load_settings(None)


def test_health_port_must_not_be_the_webhook_port(monkeypatch: pytest.MonkeyPatch) -> None:
    from bot.config import SettingsError, load_settings

    monkeypatch.setenv("WEBHOOK_URL", "https://bot.example/hook")
    monkeypatch.setenv("WEBHOOK_SECRET", "s")
    monkeypatch.setenv("WEBHOOK_PORT", "8443")
    monkeypatch.setenv("HEALTH_PORT", "8443")
    with pytest.raises(SettingsError, match="HEALTH_PORT") as err:
        load_settings(None)
    assert "\n" not in str(err.value)
    monkeypatch.setenv("HEALTH_PORT", "0")
    assert load_settings(None).health_port == 0


def test_health_verdict() -> None:
    limit = max_tick_age(15)
    assert limit == 75
    fine = Health(True, True, 10.0, limit)
    assert fine.ok and fine.as_json()["status"] == "ok"
    assert not Health(False, True, 10.0, limit).ok
    assert not Health(True, False, 10.0, limit).ok
    assert not Health(True, True, 75.5, limit).ok
    never = Health(True, True, None, limit)
    assert not never.ok
    assert never.as_json() == {
        "status": "fail",
        "database": True,
        "scheduler": True,
        "last_tick_age_seconds": None,
    }


def test_registries_are_per_instance() -> None:
    a, b = Metrics(), Metrics()  # a second registration in one registry would raise
    a.reminder_sent(followup=False, late=True)
    a.reminder_failed("gave_up")
    a.update_handled("callback", "error")
    text_a, text_b = generate_latest(a.registry).decode(), generate_latest(b.registry).decode()
    assert 'backtrack_reminders_sent_total{kind="reminder"} 1.0' in text_a
    assert "backtrack_reminders_sent_late_total 1.0" in text_a
    assert 'backtrack_reminder_send_failures_total{reason="gave_up"} 1.0' in text_a
    assert 'backtrack_updates_handled_total{kind="callback",outcome="error"} 1.0' in text_a
    assert 'backtrack_reminders_sent_total{kind="reminder"} 0.0' in text_b


def test_tick_age_follows_the_clock() -> None:
    m = Metrics()
    assert m.tick_age(T0) is None
    m.tick_seen(T0)
    assert m.tick_age(T0 + dt.timedelta(seconds=90)) == 90.0


def test_counting_is_cheap() -> None:
    m = Metrics()
    started = time.perf_counter()
    for _ in range(10_000):
        m.reminder_sent(followup=False, late=False)
        m.send_seconds.observe(0.03)
    per_send = (time.perf_counter() - started) / 10_000
    assert per_send < 50e-6, f"{per_send * 1e6:.1f} µs per reminder"


def test_user_tag_is_short_keyed_and_stable() -> None:
    key = pseudonym_key(TOKEN)
    tag = user_tag(987654321, key)
    assert len(tag) == 12 and int(tag, 16) >= 0
    assert tag == user_tag(987654321, pseudonym_key(TOKEN))
    assert tag != user_tag(987654322, key)
    assert tag != user_tag(987654321, pseudonym_key("654321:another-token-entirely-000000000"))
    assert "987654321" not in tag
    assert TOKEN.encode() not in key and TOKEN.split(":")[1].encode() not in key


def test_update_kinds() -> None:
    user = User(7, "A", is_bot=False)
    chat = Chat(7, "private")
    msg = Message(1, T0, chat, from_user=user, text="hi")
    assert update_kind(Update(1, message=msg)) == "message"
    assert update_kind(Update(2, edited_message=msg)) == "edited"
    cq = CallbackQuery("q", user, "inst", data="x")
    assert update_kind(Update(3, callback_query=cq)) == "callback"
    assert update_kind(Update(4)) == "other"
    assert update_kind(object()) == "other"
