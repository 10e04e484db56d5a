"""Guessing the operator PIN is slow: tries count across openings, waits grow, a lockout follows; visitors see no hint."""

from __future__ import annotations

import io

from kiosk_support import PIN, Maker, make_kiosk_fixture, tap  # noqa: F401

from explainer.modes.kiosk.kiosk import Kiosk
from explainer.modes.kiosk.operator import MAX_TRIES
from explainer.modes.kiosk.pin import PinHash, make_hash
from explainer.modes.kiosk.pin_guard import FIRST_WAIT_S, FREE_TRIES, LOCK_AFTER, LOCK_S, Outcome, PinGuard


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _matches(pin: str) -> bool:
    return pin == "97531"


def test_a_few_typos_cost_nothing_then_each_wrong_pin_doubles_the_wait() -> None:
    clock = Clock()
    guard = PinGuard(clock)
    for _ in range(FREE_TRIES):
        assert guard.attempt(_matches, "0000") is Outcome.WRONG
        assert guard.wait_left() == 0
    assert guard.attempt(_matches, "0000") is Outcome.WRONG
    assert guard.wait_left() == FIRST_WAIT_S
    assert guard.attempt(_matches, "97531") is Outcome.REFUSED, "the right PIN is not even checked during a wait"
    clock.now += FIRST_WAIT_S
    assert guard.attempt(_matches, "0000") is Outcome.WRONG
    assert guard.wait_left() == 2 * FIRST_WAIT_S
    clock.now += 2 * FIRST_WAIT_S
    assert guard.attempt(_matches, "97531") is Outcome.RIGHT
    assert guard.failures == 0 and guard.total_failures == FREE_TRIES + 2 and guard.refused == 1


def test_repeated_failures_lock_the_keypad_for_an_hour_and_say_so_on_stderr_only() -> None:
    clock = Clock()
    journal = io.StringIO()
    guard = PinGuard(clock, journal)
    for _ in range(LOCK_AFTER):
        clock.now += 10 * 3600
        assert guard.attempt(_matches, "0000") is Outcome.WRONG
    assert guard.locked and guard.lockouts == 1
    assert guard.wait_left() == LOCK_S
    assert "locked for 60 minutes" in journal.getvalue()
    clock.now += LOCK_S - 1
    assert guard.attempt(_matches, "97531") is Outcome.REFUSED
    clock.now += 1
    assert guard.attempt(_matches, "0000") is Outcome.WRONG and guard.locked, "one more wrong PIN locks it again"


def _type(kiosk: Kiosk, digits: str) -> None:
    assert kiosk.operator is not None
    for digit in digits:
        tap(kiosk.operator.pad.keys[digit])
    tap(kiosk.operator.pad.ok)


def test_closing_and_opening_the_keypad_does_not_reset_the_count(make_kiosk: Maker) -> None:
    kiosk = make_kiosk(pin=True)
    screen = kiosk.operator
    assert screen is not None
    clock = Clock()
    screen.guard = PinGuard(clock)
    wrong_words = kiosk.window.pack.language(None).ui("operator_wrong_pin")
    for _ in range(FREE_TRIES):
        kiosk.open_operator()
        _type(kiosk, "0000")
        screen.close_screen()
    kiosk.open_operator()
    _type(kiosk, "0000")
    assert screen.guard.total_failures == FREE_TRIES + 1, "tries count across openings"
    _type(kiosk, PIN)
    assert screen.pages.currentIndex() == 0, "the right PIN during a wait does not open it"
    assert screen.wrong.text() == wrong_words, "and looks exactly like a wrong one"
    clock.now += FIRST_WAIT_S
    _type(kiosk, PIN)
    assert screen.pages.currentIndex() == 1
    assert f"Wrong operator PINs since start: {FREE_TRIES + 1} (1 more" in screen.facts.text()


def test_many_wrong_pins_in_one_opening_still_close_the_keypad(make_kiosk: Maker) -> None:
    kiosk = make_kiosk(pin=True)
    screen = kiosk.operator
    assert screen is not None
    kiosk.open_operator()
    for _ in range(MAX_TRIES):
        _type(kiosk, "0000")
    assert not screen.isVisible()


def test_a_long_pin_is_accepted_and_matches() -> None:
    pin = "31415926535897"
    assert PinHash.parse(make_hash(pin, iterations=1000)).matches(pin)
