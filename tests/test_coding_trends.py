"""Coding (codebook seed, tags on entries and passages, frequencies) and rating trends, small groups hidden."""

from __future__ import annotations

import pytest

from tests.research_fixtures import PEOPLE, research, research_template  # noqa: F401
from workshop_app.domain.errors import ValidationError
from workshop_app.domain.research import MIN_GROUP_SIZE


def test_codebook_is_seeded_once_from_practices_and_the_leadership_model(research) -> None:  # noqa: F811
    services, built = research
    first = services.coding.ensure_codebook(built.programme_id)
    assert first.changes.codes
    again = services.coding.ensure_codebook(built.programme_id)
    assert not again.changes.codes and [c.id for c in again.value] == [c.id for c in first.value]
    codes = services.coding.codebook(built.programme_id)
    names = {c.name for c in codes if c.codable}
    assert {p.name for p in services.content_library.practices} <= names
    assert {
        "Thinking systematically",
        "Building and re-building relationships",
        "Nourishing self-actualisation",
        "Using alternative approaches to problem solving",
        "Interaction",
        "Integrity",
        "Flow",
        "Sensitivity",
    } <= names
    headings = [c for c in codes if not c.codable]
    assert [h.name for h in headings][-1] == "Our own codes"
    own = services.coding.add_code(built.programme_id, "Budget pressure", "Money worries").value
    assert own.parent_id == headings[-1].id and own.origin == "own"
    with pytest.raises(ValidationError, match="already a code"):
        services.coding.add_code(built.programme_id, "budget PRESSURE")


def test_tagging_entries_and_passages_in_code_points(research) -> None:  # noqa: F811
    services, built = research
    services.coding.ensure_codebook(built.programme_id)
    codes = {c.name: c for c in services.coding.codebook(built.programme_id)}
    entry = next(e for e in services.coding.entries(built.programme_id) if "🙂" in e.text)
    start = entry.text.index("信任")  # after an emoji: code points, not UTF-16 units
    passage = services.coding.tag(entry.reflection_id, codes["Building trust"].id, start, start + 2).value
    assert passage.quote == "信任"
    whole = services.coding.tag(entry.reflection_id, codes["Flow"].id).value
    assert whole.start is None and whole.quote == ""
    with pytest.raises(ValidationError):
        services.coding.tag(entry.reflection_id, codes["Flow"].id, 5, 500)
    with pytest.raises(ValidationError, match="heading"):
        services.coding.tag(entry.reflection_id, codes["Six practices"].id)
    again = next(e for e in services.coding.entries(built.programme_id) if e.reflection_id == entry.reflection_id)
    assert {c.id for c in again.codings} == {passage.id, whole.id}
    removed = services.coding.untag(passage.id).value
    services.coding.restore(removed)
    again = next(e for e in services.coding.entries(built.programme_id) if e.reflection_id == entry.reflection_id)
    assert {c.id for c in again.codings} == {passage.id, whole.id}


def test_frequencies_per_cycle_and_group_hide_small_groups(research) -> None:  # noqa: F811
    services, built = research
    services.coding.ensure_codebook(built.programme_id)
    trust = next(c for c in services.coding.codebook(built.programme_id) if c.name == "Building trust")
    for rid in built.reflections.values():
        services.coding.tag(rid, trust.id)
        services.coding.tag(rid, trust.id)  # twice on one entry still counts the entry once
    by_cycle = services.coding.frequencies(built.programme_id, "cycle")
    row = next(r for r in by_cycle.rows if r.code_id == trust.id)
    assert by_cycle.groups == ("Cycle 1", "Cycle 2") and row.by_group == (7, 7) and row.total == 14
    by_sector = services.coding.frequencies(built.programme_id, "sector")
    # Health 3 and Housing 3 people are shown; Police and justice has 1 person and is hidden
    assert by_sector.groups == ("Health", "Housing") and by_sector.hidden_groups == 1
    row = next(r for r in by_sector.rows if r.code_id == trust.id)
    assert row.by_group == (6, 6) and row.total == 14
    by_org = services.coding.frequencies(built.programme_id, "organisation")
    assert by_org.groups == () and by_org.hidden_groups == 4  # every organisation has fewer than 3 people
    assert services.coding.frequencies(built.programme_id, "organisation", minimum=2).groups == (
        "MARKORGA Harbour Trust",
        "MARKORGB Council",
        "MARKORGC Homes",
    )


def test_trends_overall_and_by_sector_with_small_groups_hidden(research) -> None:  # noqa: F811
    services, built = research
    trends = services.trends.item_trends(built.programme_id)
    elements = services.content_library.self_assessment.elements
    assert [t.item_key for t in trends] == [e.key for e in elements]
    first = trends[0]
    [overall] = first.series
    assert [p.cycle_number for p in overall.points] == [1, 2]
    expected = [sum(1 + (p + 0 + s) % 5 for p in range(len(PEOPLE))) / len(PEOPLE) for s in (0, 1)]
    assert [p.mean for p in overall.points] == pytest.approx(expected)
    assert all(p.raters == len(PEOPLE) for p in overall.points)
    by_sector = services.trends.item_trends(built.programme_id, "sector")[0]
    assert [s.label for s in by_sector.series] == ["Health", "Housing"] and by_sector.hidden_groups == 1
    health = by_sector.series[0]
    assert [p.mean for p in health.points] == pytest.approx(
        [sum(1 + (p + s) % 5 for p in range(3)) / 3 for s in (0, 1)]
    )
    # with a higher threshold every point is hidden, never shown from too few raters
    strict = services.trends.item_trends(built.programme_id, "overall", minimum=len(PEOPLE) + 1)[0]
    assert all(p.mean is None for p in strict.series[0].points)
    assert MIN_GROUP_SIZE == 3


def test_qt_positions_round_trip_with_emoji_and_crlf() -> None:
    from workshop_app.ui.coding_view import from_utf16, to_utf16

    text = "a🙂b\r\nc\rd信"
    shown = text.replace("\r\n", "\n").replace("\r", "\n")
    for i, ch in enumerate(text):
        if ch == "\n" and text[i - 1] == "\r":
            continue
        q = to_utf16(text, i)
        assert from_utf16(text, q) == i
        if ch not in "\r\n":
            assert shown.encode("utf-16-le")[q * 2 : q * 2 + len(ch.encode("utf-16-le"))].decode("utf-16-le") == ch


def test_shipped_codebook_loads_and_a_bad_one_names_file_and_field(tmp_path) -> None:
    from workshop_app.content.codebook import load_codebook_seed
    from workshop_app.domain.errors import ContentError

    groups = load_codebook_seed()
    assert [g.key for g in groups] == [
        "six-practices",
        "integrated-working-main",
        "integrated-working-borderline",
        "own-codes",
    ]
    assert all(g.source_key == "vaggers-anderson-2021" for g in groups[1:3])
    bad = tmp_path / "codebook.toml"
    bad.write_text(
        '[[groups]]\nkey = "x"\nname = "X"\ndescription = "d"\nsource_key = "nowhere-2020"\nsource_note = "n"\n',
        encoding="utf-8",
    )
    with pytest.raises(ContentError, match=r"codebook.toml: groups\[0\].source_key"):
        load_codebook_seed(bad)


def test_entry_ids_come_in_the_coding_lists_order_and_driver_errors_read_plainly(research) -> None:  # noqa: F811
    from sqlalchemy import func, select

    from workshop_app.domain.errors import StorageError
    from workshop_app.storage.raw_reads import first_column

    services, built = research
    entries = services.coding.entries(built.programme_id)
    assert len(entries) > 1
    assert services.coding.entry_ids(built.programme_id) == [e.reflection_id for e in entries]
    session_id = entries[-1].session_id
    assert services.coding.entry_ids(built.programme_id, session_id) == [
        e.reflection_id for e in entries if e.session_id == session_id
    ]
    with pytest.raises(StorageError), services.db.unit_of_work(write=False) as uow:
        first_column(uow.db, select(func.no_such_function(1)))


def test_the_first_entry_ids_are_the_start_of_the_list_even_when_sessions_tie(tmp_path, library, monkeypatch) -> None:
    """`entry_ids_head` reads the first sessions only; it must give exactly the list's first ids."""
    from datetime import date, time

    from workshop_app.services.coding import CodingService
    from workshop_app.services.container import Services
    from workshop_app.storage.database import open_database

    services = Services.create(open_database(tmp_path / "head.db"), library)
    programme = services.programmes.create_programme("Heads").value
    people = []
    for name in ("Zofia Zielińska", "Aled Ap Rhys", "Mairi Nic a' Ghobhainn"):
        person = services.programmes.add_participant(programme.id, name, "NHS Fife", "Health").value
        services.consent.record(person.id, taking_part=True, research_use=True)
        people.append(person)
    sessions = []
    for k in range(14):
        session = services.sessions.add_from_template(
            programme.id, "par-cycle-review", date(2026, 1, 5 + k), time(9, 0)
        ).value
        prompt = services.sessions.prompts(session)[0]
        for person in people if k % 5 else people[:1]:  # some sessions hold fewer entries
            services.entries.save_reflection(session.id, person.id, prompt, f"{k}: {person.name}")
        sessions.append(session)
    # a session with no written entry yet does not end the list early
    services.sessions.add_from_template(programme.id, "par-cycle-review", date(2025, 12, 1), time(9, 0))

    def check() -> None:
        whole = services.coding.entry_ids(programme.id)
        for limit in range(1, len(whole) + 3):
            head, complete = services.coding.entry_ids_head(programme.id, limit)
            assert head == whole[:limit], limit
            assert complete == (limit >= len(whole)), limit

    check()
    # sessions held the same day and made at the same moment: their entries interleave by person
    with services.db.unit_of_work() as uow:
        from sqlalchemy import update

        from workshop_app.storage.rows import SessionRow

        tied = [s.id for s in sessions[6:12]]
        moment = uow.db.get(SessionRow, tied[0]).created_at
        uow.db.execute(
            update(SessionRow).where(SessionRow.id.in_(tied)).values(held_on=date(2026, 1, 11), created_at=moment)
        )
    in_tie = [e.session_id for e in services.coding.entries(programme.id) if e.session_id in tied]
    changes = sum(a != b for a, b in zip(in_tie, in_tie[1:], strict=False))
    assert changes > len(tied) - 1  # interleaved, not one session after another
    check()
    # a programme of very many sessions: past a bound, the whole sorted query with a limit
    monkeypatch.setattr(CodingService, "_HEAD_MAX_SESSIONS", 2)
    check()
    assert services.coding.entry_ids_head("no-such-programme", 200) == ([], True)
    services.close()
