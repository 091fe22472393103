"""The run timer against a fake clock: countdown, pause, skip, back, extend, warnings, drift."""

from __future__ import annotations

from datetime import datetime, timedelta

from workshop_app.domain.timer import Alert, RunTimer, format_countdown, format_drift


class FakeClock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kwargs: float) -> None:
        self.now += timedelta(**kwargs)


START = datetime(2026, 12, 1, 10, 0)


def test_counts_down_pauses_and_resumes() -> None:
    clock = FakeClock(START)
    timer = RunTimer([10, 20], clock, planned_start=START)
    assert timer.state().remaining_seconds == 600 and not timer.running
    clock.advance(minutes=3)  # not started: nothing counts
    assert timer.state().elapsed_seconds == 0
    timer.toggle()
    clock.advance(minutes=4)
    assert timer.state().remaining_seconds == 360
    timer.toggle()  # pause
    clock.advance(minutes=5)
    assert timer.state().remaining_seconds == 360
    timer.start()
    clock.advance(seconds=30)
    assert timer.state().remaining_seconds == 330
    assert format_countdown(timer.state().remaining_seconds) == "5:30"


def test_warnings_at_20_and_5_percent_announced_once_and_again_after_extension() -> None:
    clock = FakeClock(START)
    timer = RunTimer([20], clock)
    timer.start()
    clock.advance(minutes=15)
    assert timer.new_alert() is None and timer.state().alert == Alert.NONE
    clock.advance(minutes=1)  # 4 of 20 min left = 20 %
    assert timer.state().alert == Alert.WARN
    assert timer.new_alert() == Alert.WARN
    assert timer.new_alert() is None  # once
    clock.advance(minutes=3)  # 1 min left = 5 %
    assert timer.new_alert() == Alert.URGENT
    clock.advance(minutes=2, seconds=30)
    state = timer.state()
    assert state.alert == Alert.OVER and timer.new_alert() == Alert.OVER
    assert format_countdown(state.remaining_seconds) == "+1:30"
    timer.extend(5)  # 3:30 of 25 left: 14 % -> warn level again, and it may chime again later
    assert timer.state().alert == Alert.WARN
    assert timer.state().allowed_seconds == 25 * 60
    clock.advance(minutes=2, seconds=30)  # 1:00 left of 25 = 4 %
    assert timer.new_alert() == Alert.URGENT


def test_extend_never_below_zero() -> None:
    timer = RunTimer([2], FakeClock(START))
    timer.extend(-1)
    assert timer.state().allowed_seconds == 60
    timer.extend(-5)
    assert timer.state().allowed_seconds == 0


def test_skip_back_and_the_log_of_actual_times() -> None:
    clock = FakeClock(START)
    timer = RunTimer([10, 5, 15], clock, planned_start=START)
    timer.start()
    clock.advance(minutes=12)
    timer.next()  # running carries on into block 2
    assert timer.index == 1 and timer.running
    clock.advance(minutes=2)
    timer.back()  # block 1 again, its 12 minutes kept
    assert timer.index == 0 and timer.state().elapsed_seconds == 12 * 60
    clock.advance(minutes=1)
    timer.next()
    assert timer.state().elapsed_seconds == 2 * 60  # block 2 resumes where it was
    clock.advance(minutes=3)
    timer.next()
    clock.advance(minutes=15)
    timer.next()
    assert timer.state().finished
    stints = timer.stints()
    assert [s.index for s in stints] == [0, 1, 2]
    assert stints[0].started_at == START and stints[0].ended_at == START + timedelta(minutes=15)
    assert stints[1].started_at == START + timedelta(minutes=12)
    assert stints[2].ended_at == START + timedelta(minutes=33)
    timer.next()  # nothing past the end
    assert timer.state().finished
    timer.back()
    assert timer.index == 2 and not timer.state().finished


def test_drift_from_the_planned_clock() -> None:
    clock = FakeClock(START + timedelta(minutes=5))  # started five minutes late
    timer = RunTimer([10, 10], clock, planned_start=START)
    timer.start()
    assert format_drift(timer.state().drift_seconds) == "5 min behind"
    clock.advance(minutes=4)
    timer.next()  # block 1 cut short by 6 minutes: one minute ahead now
    assert format_drift(timer.state().drift_seconds) == "1 min ahead"
    clock.advance(minutes=13)  # block 2 runs 3 minutes over: 10:22 instead of 10:20
    assert format_drift(timer.state().drift_seconds) == "2 min behind"
    assert format_drift(20) == "on time"


def test_rehearsal_measures_drift_from_the_first_start() -> None:
    clock = FakeClock(START - timedelta(days=1))
    timer = RunTimer([10], clock)
    assert timer.state().drift_seconds == 0
    timer.start()
    clock.advance(minutes=4)
    assert timer.state().drift_seconds == 0
    timer.extend(2)
    assert format_drift(timer.state().drift_seconds) == "2 min behind"


def test_empty_agenda_is_finished() -> None:
    timer = RunTimer([], FakeClock(START))
    timer.start()
    assert timer.state().finished and not timer.running


def test_an_agenda_edited_during_the_run_keeps_each_blocks_time() -> None:
    clock = FakeClock(START)
    timer = RunTimer([10, 20, 30], clock, planned_start=START)
    timer.start()
    clock.advance(minutes=12)
    timer.next()
    clock.advance(minutes=5)
    # a break inserted before the current block, and the last block made shorter
    timer.replan([10, 15, 20, 25], [0, 2, 3])
    assert timer.index == 2 and timer.running
    assert timer.state().elapsed_seconds == 5 * 60 and timer.state().allowed_seconds == 20 * 60
    assert timer.stint(0).ended_at == START + timedelta(minutes=12)
    assert timer.stint(2).started_at == START + timedelta(minutes=12)
    # the block being run is deleted: the timer waits on the block now in its place
    timer.replan([10, 15, 25], [0, 1, None, 2])
    assert timer.index == 2 and not timer.running and timer.state().elapsed_seconds == 0
