"""The stock-out told in words: from "ran out" until a dose taken or more come."""

from __future__ import annotations

import datetime as dt

from bot.domain.stock_out import StockEvent, Told, out_since

T0 = dt.datetime(2026, 12, 9, 20, 0, tzinfo=dt.UTC)


def h(hours: float) -> dt.datetime:
    return T0 + dt.timedelta(hours=hours)


def test_nothing_said_is_no_stock_out() -> None:
    assert out_since([], h(1)) is None


def test_a_ran_out_covers_the_doses_after_it_until_more_comes() -> None:
    events = [StockEvent(T0, Told.OUT), StockEvent(h(40), Told.HAS_IT)]
    assert out_since(events, h(-1)) is None  # a dose due before it was said
    assert out_since(events, h(6)) == T0
    assert out_since(events, h(30)) == T0
    assert out_since(events, h(46)) is None  # refilled (or a dose taken)


def test_still_out_said_again_keeps_the_first_day() -> None:
    events = [StockEvent(h(20), Told.OUT), StockEvent(T0, Told.OUT)]
    assert out_since(events, h(24)) == T0


def test_having_it_said_at_the_same_instant_wins() -> None:
    events = [StockEvent(T0, Told.HAS_IT), StockEvent(T0, Told.OUT)]
    assert out_since(events, h(1)) is None


def test_a_new_stock_out_after_a_refill_starts_again() -> None:
    events = [
        StockEvent(T0, Told.OUT),
        StockEvent(h(10), Told.HAS_IT),
        StockEvent(h(200), Told.OUT),
    ]
    assert out_since(events, h(100)) is None
    assert out_since(events, h(201)) == h(200)
