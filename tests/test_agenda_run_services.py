"""Agenda editing, the block library, templates, attendance, captures and the session log (services)."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from workshop_app.content.loader import load_library, load_template
from workshop_app.domain import records as r
from workshop_app.domain.errors import NotFoundError, ValidationError
from workshop_app.services.agenda import NEW_BREAK, BlockDraft
from workshop_app.services.container import Services
from workshop_app.storage.database import open_database


@pytest.fixture
def session(services):
    programme = services.programmes.create_programme("P").value
    return services.sessions.add_from_template(programme.id, "par-cycle-review", date(2026, 12, 1), time(9, 30)).value


def titles(services, session_id: str) -> list[str]:
    return [b.title for b in services.sessions.session(session_id).blocks]


def test_insert_move_duplicate_delete_and_restore(services, session) -> None:
    before = titles(services, session.id)
    added = services.agenda.insert_block(session.id, 1, NEW_BREAK)
    assert added.changes.blocks and session.id in added.changes.ids
    assert titles(services, session.id) == [before[0], "Break", *before[1:]]
    services.agenda.move_block(added.value.id, 99)  # clamped to the end
    assert titles(services, session.id)[-1] == "Break"
    copy = services.agenda.duplicate_block(added.value.id).value
    assert titles(services, session.id)[-2:] == ["Break", "Break"]
    assert copy.kind == r.BlockKind.BREAK and copy.id != added.value.id
    gone = services.agenda.delete_block(added.value.id).value
    services.agenda.delete_block(copy.id)
    assert titles(services, session.id) == before
    services.agenda.insert_block(session.id, gone.position, BlockDraft.of_block(gone), block_id=gone.id)
    positions = [b.position for b in services.sessions.session(session.id).blocks]
    assert positions == list(range(len(before) + 1))
    assert services.sessions.session(session.id).blocks[-1].id == gone.id


def test_update_title_and_minutes_recompute_the_clock(services, session) -> None:
    first = session.blocks[0]
    services.agenda.update_block(first.id, minutes=first.minutes + 30, title="  Welcome back  ")
    again = services.sessions.session(session.id)
    agenda = services.sessions.agenda(again)
    assert again.blocks[0].title == "Welcome back"
    start = 9 * 60 + 30 + first.minutes + 30
    assert agenda.lines[1].timing.starts == time(start // 60, start % 60)
    assert agenda.planned_minutes == session.booked_minutes + 30
    assert agenda.overrun_minutes == 30
    with pytest.raises(ValidationError):
        services.agenda.update_block(first.id, minutes=0)
    with pytest.raises(ValidationError):
        services.agenda.update_block(first.id, title="   ")
    with pytest.raises(NotFoundError):
        services.agenda.move_block("no-such-block", 0)


def test_library_searches_every_template_block(services) -> None:
    everything = services.agenda.blocks_in_templates()
    assert len(everything) == sum(len(t.blocks) for t in services.content_library.templates.values())
    hits = services.agenda.blocks_in_templates("stories partnerships")
    assert [h.block.title for h in hits] == ["Stories of partnerships past"]
    assert hits[0].template_title == "Introducing the six practices" and hits[0].number == 2


def test_save_as_template_writes_a_valid_file_and_the_library_reloads(tmp_path, _user_home) -> None:
    library = load_library()  # a library of this test's own: saving changes it
    services = Services.create(open_database(tmp_path / "t.db"), library)
    programme = services.programmes.create_programme("P").value
    session = services.sessions.add_from_template(programme.id, "par-cycle-review", date(2026, 12, 1), time(9, 30))
    services.agenda.insert_block(session.value.id, 0, BlockDraft("Check-in: Siân's round", 10))
    result = services.agenda.save_as_template(session.value.id, "Cycle review with check-in")
    template = result.value
    assert result.changes.templates
    file = _user_home / "data" / "templates" / f"{template.key}.toml"
    assert file.is_file()
    assert load_template(file, library).blocks[0].title == "Check-in: Siân's round"
    assert template.key in services.content_library.templates
    assert any(h.user_template for h in services.agenda.blocks_in_templates("Siân"))
    again = services.agenda.save_as_template(session.value.id, "Cycle review with check-in").value
    assert again.key != template.key  # never overwrites
    services.close()


def test_attendance_captures_and_log(services, session) -> None:
    ann = services.programmes.add_participant(session.programme_id, "Ann Lee").value
    services.programmes.add_participant(session.programme_id, "Bo Chen")
    assert [a.present for a in services.run.attendance(session.id)] == [False, False]
    services.run.set_present(session.id, ann.id, True)
    services.run.set_present(session.id, ann.id, True)
    assert {a.participant.name: a.present for a in services.run.attendance(session.id)} == {
        "Ann Lee": True,
        "Bo Chen": False,
    }
    block = session.blocks[0]
    services.run.save_capture(session.id, block.id, r.CaptureKind.GROUP_NOTES, "first")
    services.run.save_capture(session.id, block.id, r.CaptureKind.GROUP_NOTES, "first, then more")
    services.run.save_capture(session.id, None, r.CaptureKind.PARKING_LOT, "car parking costs")
    assert services.run.capture_text(session.id, block.id, r.CaptureKind.GROUP_NOTES) == "first, then more"
    assert services.run.capture_text(session.id, block.id, r.CaptureKind.PARKING_LOT) == "car parking costs"
    assert len(services.run.captures(session.id)) == 2
    with pytest.raises(ValidationError):
        services.run.save_capture(session.id, None, r.CaptureKind.DECISIONS, "x")

    started = datetime(2026, 12, 1, 9, 34)
    services.run.record_block_run(session.id, block.id, started, None)
    services.run.record_block_run(session.id, block.id, started, datetime(2026, 12, 1, 9, 50))
    log = services.run.session_log(session.id)
    assert log[0].actual is not None and log[0].actual.actual_minutes == 16
    assert log[0].difference_minutes == 16 - block.minutes
    assert log[1].actual is None
    # notes and log outlive the block's deletion from the agenda
    services.agenda.delete_block(block.id)
    assert services.run.session_log(session.id)[-1].title == block.title
    assert services.run.capture_text(session.id, block.id, r.CaptureKind.GROUP_NOTES) == "first, then more"
