"""Consent, filled sheets, actions across cycles, the cycle view and practice map, on a real database."""

from __future__ import annotations

import sqlite3
from datetime import date, time

import pytest

from workshop_app.domain.errors import ConsentRequiredError, PinError, ValidationError
from workshop_app.domain.records import ActionStatus
from workshop_app.domain.rules import session_code, sheet_code
from workshop_app.domain.voice import Channel, SubmissionStatus
from workshop_app.services import settings as settings_module


@pytest.fixture
def world(services):
    """A programme with four consenting people in two organisations, and a session."""
    programme = services.programmes.create_programme("Fife leaders").value
    people = {}
    for name, org, sector in (
        ("Siân Jones", "NHS Fife", "Health"),
        ("Łukasz Nowak", "NHS Fife", "Health"),
        ("Ana Silva", "NHS Fife", "Health"),
        ("Grant Stewart", "Kingdom Housing", "Housing"),
    ):
        person = services.programmes.add_participant(programme.id, name, org, sector).value
        services.consent.record(person.id, taking_part=True, research_use=True, on=date(2026, 1, 5))
        people[name.split()[0]] = person
    session = services.sessions.add_from_template(
        programme.id, "introducing-six-practices", date(2026, 3, 2), time(9, 30)
    ).value
    return services, programme, people, session


# --- consent ------------------------------------------------------------------------------------


def test_no_entry_without_consent_to_take_part(services) -> None:
    programme = services.programmes.create_programme("P").value
    person = services.programmes.add_participant(programme.id, "Morag Sinclair").value
    session = services.sessions.add_from_template(programme.id, "par-cycle-review", date(2026, 3, 2), time(9, 0)).value
    prompt = services.sessions.prompts(session)[0]
    with pytest.raises(ConsentRequiredError, match="no consent record"):
        services.entries.save_reflection(session.id, person.id, prompt, "words")
    with pytest.raises(ConsentRequiredError):
        services.sheets.start(session.id, "six-practices", person.id, Channel.KIOSK)
    with pytest.raises(ConsentRequiredError):
        services.sheets.record(session.id, "six-practices", person.id, Channel.PAPER, {"actions": "x"})
    services.consent.record(person.id, taking_part=False)
    with pytest.raises(ConsentRequiredError, match="not agreed to take part"):
        services.entries.set_rating(session.id, person.id, "digital-engagement", 3)
    services.consent.record(person.id, taking_part=True)
    services.entries.save_reflection(session.id, person.id, prompt, "words")  # now allowed
    # anonymous entries need no person's consent
    services.sheets.record(session.id, "six-practices", None, Channel.PAPER, {"actions": "anon"})


def test_the_database_itself_refuses_an_entry_without_consent(services) -> None:
    programme = services.programmes.create_programme("P").value
    person = services.programmes.add_participant(programme.id, "No Consent").value
    session = services.sessions.add_from_template(programme.id, "par-cycle-review", date(2026, 3, 2), time(9, 0)).value
    conn = sqlite3.connect(services.db.path)
    try:
        for sql in (
            "INSERT INTO reflection (id, session_id, participant_id, prompt, text, created_at, updated_at) "
            "VALUES ('r1', ?, ?, 'p', 'secret', '2026-01-01', '2026-01-01')",
            "INSERT INTO rating (id, session_id, participant_id, instrument_key, item_key, value, actions, "
            "created_at, updated_at) VALUES ('g1', ?, ?, 'i', 'k', 3, '', '2026-01-01', '2026-01-01')",
            "INSERT INTO submission (id, session_id, participant_id, sheet_key, channel, status, created_at, "
            "updated_at) VALUES ('s1', ?, ?, 'six-practices', 'paper', 'draft', '2026-01-01', '2026-01-01')",
        ):
            with pytest.raises(sqlite3.IntegrityError, match="consent-required"):
                conn.execute(sql, (session.id, person.id))
    finally:
        conn.close()


def test_consent_history_revisits_and_withdrawal(world) -> None:
    services, programme, people, session = world
    sian = people["Siân"]
    services.consent.record(sian.id, taking_part=True, research_use=True, quoting=True, on=date(2026, 4, 1))
    services.sheets.record(session.id, "six-practices", sian.id, Channel.PAPER, {"building-trust-rating": 2})
    assert len(services.sheets.submissions(session.id)) == 1
    consent = services.consent.withdraw(sian.id, on=date(2026, 5, 1)).value
    assert consent.withdrawn_on == date(2026, 5, 1) and consent.erasure_requested
    assert [e.kind.value for e in consent.history] == ["given", "revisited", "withdrawn"]
    assert consent.history[1].quoting is True
    # nothing more can be stored, and what was stored leaves every summary
    with pytest.raises(ConsentRequiredError, match="withdrew"):
        services.sheets.record(session.id, "six-practices", sian.id, Channel.PAPER, {"actions": "more"})
    assert services.sheets.submissions(session.id) == []
    assert services.consent.excluded_ids(programme.id) == {sian.id}
    summary = services.cycles.summary(session.cycle_id)
    assert summary.excluded_people == 1 and summary.ratings == ()
    with pytest.raises(ValidationError, match="cannot be undone"):
        services.consent.record(sian.id, taking_part=True)


def test_quoting_needs_research_use(world) -> None:
    services, _, people, _ = world
    with pytest.raises(ValidationError, match="research use"):
        services.consent.record(people["Ana"].id, taking_part=True, quoting=True)


# --- sheets ---------------------------------------------------------------------------------------


def test_anonymous_sheets_keep_no_link_to_a_person(world) -> None:
    services, _, people, session = world
    started = services.sheets.start(session.id, "six-practices", None, Channel.KIOSK).value
    services.sheets.save(started.id, {"building-trust-note": "half"})
    done = services.sheets.submit(started.id, {"building-trust-note": "whole", "building-trust-rating": 4}).value
    assert done.participant_id is None and done.status == SubmissionStatus.SUBMITTED
    conn = sqlite3.connect(services.db.path)
    try:
        row = conn.execute(
            "SELECT participant_id, created_at, updated_at, submitted_at FROM submission WHERE id = ?", (done.id,)
        ).fetchone()
        answers = conn.execute(
            "SELECT created_at, updated_at FROM answer WHERE submission_id = ?", (done.id,)
        ).fetchall()
    finally:
        conn.close()
    assert row[0] is None
    # only the session's date is kept, not the time someone was at the laptop
    assert {row[1][:19], row[2][:19], row[3][:19]} == {"2026-03-02 00:00:00"}
    assert {a[0][:19] for a in answers} | {a[1][:19] for a in answers} == {"2026-03-02 00:00:00"}


def test_a_named_sheet_is_one_per_session_and_the_kiosk_cannot_reopen_it(world) -> None:
    services, _, people, session = world
    first = services.sheets.start(session.id, "six-practices", people["Grant"].id, Channel.KIOSK, resume=False).value
    services.sheets.submit(first.id, {"actions": "call the housing team"})
    with pytest.raises(ValidationError, match="already a sheet"):
        services.sheets.start(session.id, "six-practices", people["Grant"].id, Channel.KIOSK, resume=False)
    again = services.sheets.start(session.id, "six-practices", people["Grant"].id, Channel.FACILITATOR).value
    assert again.id == first.id


def test_bad_answers_are_refused(world) -> None:
    services, _, _, session = world
    sub = services.sheets.start(session.id, "six-practices", None, Channel.KIOSK).value
    with pytest.raises(ValidationError, match="from 1 to 5"):
        services.sheets.save(sub.id, {"building-trust-rating": 6})
    with pytest.raises(ValidationError, match="not an item"):
        services.sheets.save(sub.id, {"nonsense": "x"})


def test_a_sheet_code_resolves_to_session_sheet_and_person(world) -> None:
    services, _, people, session = world
    code = sheet_code(session_code(session.id), "IWLM", people["Łukasz"].code)
    target = services.sheets.resolve_code(code.lower())
    assert target.session.id == session.id and target.sheet.key == "integrated-working"
    assert target.participant.name == "Łukasz Nowak"
    blank = services.sheets.resolve_code(sheet_code(session_code(session.id), "SLSA", None))
    assert blank.participant is None and blank.sheet.key == "systems-leadership"
    with pytest.raises(Exception, match="No sheet has the code"):
        services.sheets.resolve_code(f"{session_code(session.id)}-ZZZZ-BLANK")
    with pytest.raises(Exception, match="No participant"):
        services.sheets.resolve_code(f"{session_code(session.id)}-SLSA-QQ99")


# --- actions and cycles -------------------------------------------------------------------------


def test_actions_carry_into_the_next_cycle_with_their_history(world) -> None:
    services, programme, _, first = world
    kept = services.actions.add(first.id, "Joint case review with housing", "Grant", date(2026, 4, 1)).value
    closed = services.actions.add(first.id, "Share the discharge data", "Siân").value
    second = services.sessions.add_from_template(programme.id, "par-cycle-review", date(2026, 4, 13), time(13, 0)).value
    # at the next session both come up for review
    assert {a.action.id for a in services.actions.for_review(second.id)} == {kept.id, closed.id}
    services.actions.review(kept.id, second.id, ActionStatus.PARTLY, "One review held; the second is booked")
    services.actions.review(closed.id, second.id, ActionStatus.DONE, "Shared", evidence="Data used at the panel")
    with pytest.raises(ValidationError, match="why"):
        services.actions.review(kept.id, second.id, ActionStatus.DROPPED, "")
    # a new cycle starts; the partly done action is carried into it, the done one is not
    cycle2 = services.cycles.start_next_cycle(programme.id, date(2026, 5, 1)).value
    third = services.sessions.add_from_template(programme.id, "par-cycle-review", date(2026, 5, 18), time(13, 0)).value
    assert third.cycle_id == cycle2.id
    carried = services.actions.for_review(third.id)
    assert [a.action.id for a in carried] == [kept.id]
    assert [(r.status, r.note) for r in carried[0].reviews] == [
        (ActionStatus.PARTLY, "One review held; the second is booked")
    ]
    # nothing is ever lost from the log
    assert len(services.actions.actions(programme.id)) == 2
    summary1 = services.cycles.summary(first.cycle_id)
    assert (summary1.actions_opened, summary1.actions_closed, summary1.actions_open) == (2, 1, 1)
    assert services.cycles.summary(cycle2.id).number == 2


def test_cycle_summary_ratings_this_cycle_beside_the_last(world) -> None:
    services, programme, people, first = world
    for name, value in (("Siân", 2), ("Łukasz", 3), ("Ana", 3)):
        services.sheets.record(
            first.id, "six-practices", people[name].id, Channel.PAPER, {"building-trust-rating": value}
        )
    cycle2 = services.cycles.start_next_cycle(programme.id).value
    later = services.sessions.add_from_template(programme.id, "par-cycle-review", date(2026, 6, 1), time(9, 0)).value
    for name, value in (("Siân", 4), ("Łukasz", 4), ("Grant", 5)):
        services.sheets.record(
            later.id, "six-practices", people[name].id, Channel.KIOSK, {"building-trust-rating": value}
        )
    summary = services.cycles.summary(cycle2.id, today=date(2026, 7, 1))
    [line] = [x for x in summary.ratings if x.item_key == "building-trust-rating"]
    assert line.this_cycle.counts == (0, 0, 0, 2, 1)
    assert line.last_cycle.counts == (0, 1, 2, 0, 0)
    assert summary.attendance is None  # nothing records attendance yet
    done = {s.key for s in summary.stages if s.done}
    assert {"km-act", "km-observe", "km-reflect", "km-plan"} <= done
    # attendance plugs in when something records it
    services.cycles.attendance = lambda session_ids: {sid: (9, 12) for sid in session_ids}
    assert services.cycles.summary(cycle2.id).attendance == (("PAR cycle review", 9, 12),)


def test_ratings_by_organisation_hide_small_groups(world) -> None:
    services, _, people, session = world
    for name, value in (("Siân", 2), ("Łukasz", 3), ("Ana", 4), ("Grant", 5)):
        services.sheets.record(
            session.id, "six-practices", people[name].id, Channel.PAPER, {"building-trust-rating": value}
        )
    by_org = services.cycles.group_ratings(session.cycle_id, "six-practices", "building-trust-rating", "organisation")
    assert [(g.group, g.values) for g in by_org.shown] == [("NHS Fife", (2, 3, 4))]
    assert by_org.hidden_groups == 1  # Kingdom Housing: one person
    services.settings.set_small_group_threshold(1)
    assert (
        len(services.cycles.group_ratings(session.cycle_id, "six-practices", "building-trust-rating", "sector").shown)
        == 2
    )


def test_practice_map_shows_minutes_and_self_ratings(world) -> None:
    services, programme, people, session = world
    services.sheets.record(session.id, "six-practices", people["Ana"].id, Channel.PAPER, {"building-trust-rating": 4})
    services.sheets.record(session.id, "six-practices", None, Channel.PAPER, {"building-trust-rating": 2})
    services.sessions.add_from_template(programme.id, "par-cycle-review", date(2026, 4, 1), time(9, 0))
    pmap = services.cycles.practice_map(programme.id)
    cell = pmap.cell(session.id, "building-trust")
    assert cell.minutes > 0 and cell.mean_rating == 3.0 and cell.raters == 2
    assert pmap.untouched() == ()  # the introductory session serves all six


def test_session_is_placed_at_a_stage_of_the_programmes_model(world) -> None:
    services, programme, _, session = world
    with pytest.raises(ValidationError):
        services.cycles.place_session(session.id, session.cycle_id, "lta-look")
    services.cycles.set_par_model(programme.id, "look-think-act")
    placed = services.cycles.place_session(session.id, session.cycle_id, "lta-look").value
    assert placed.stage_key == "lta-look"
    sheets = [s.key for s in services.sheets.sheets_for(services.programmes.programme(programme.id))]
    assert sheets[-3:] == ["lta-look", "lta-think", "lta-act"]


# --- kiosk PIN --------------------------------------------------------------------------------


def test_pin_is_a_salted_slow_hash_with_backoff(services, monkeypatch) -> None:
    monkeypatch.setattr(settings_module, "SCRYPT_N", 2**10)
    now = [1000.0]
    services.settings.clock = lambda: now[0]
    services.settings.set_pin("4711")
    stored = settings_module.hash_pin("4711", n=2**10)
    assert stored.startswith("scrypt$1024$8$1$") and "4711" not in stored
    assert stored != settings_module.hash_pin("4711", n=2**10)  # salted
    raw = services.db.path.read_bytes() + services.db.path.with_name(services.db.path.name + "-wal").read_bytes()
    assert b"4711" not in raw
    for attempt in range(5):
        assert services.settings.unlock(f"000{attempt}") is False
    with pytest.raises(PinError, match="Wait 1 seconds"):
        services.settings.unlock("4711")  # even the right PIN waits
    now[0] += 1
    assert services.settings.unlock("9999") is False
    with pytest.raises(PinError, match="Wait 2 seconds"):
        services.settings.unlock("4711")
    now[0] += 2
    assert services.settings.unlock("4711") is True
    assert services.settings.seconds_to_wait() == 0
    with pytest.raises(PinError):
        services.settings.set_pin("1234", current="0000")
    with pytest.raises(ValidationError):
        services.settings.set_pin("12a4", current="4711")


def test_a_withdrawn_person_gets_no_sheet_in_the_pack(world) -> None:
    services, _, people, session = world
    services.consent.withdraw(people["Grant"].id)
    names = [p.name for p in services.packs.pack_data(session.id).participants]
    assert "Grant Stewart" not in names and "Siân Jones" in names
