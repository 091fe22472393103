"""A programme over two PAR cycles with marker text in every identifying field, for research tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from workshop_app.services.container import Services
from workshop_app.storage.rows import ActionRow, ParCycleRow

# (name, organisation, sector, role): markers in every identifying field
PEOPLE = [
    ("Zebedee Quist MARKNAMEA", "MARKORGA Harbour Trust", "Health", "MARKROLEA ward sister"),
    ("Siân Ōkawa MARKNAMEB", "MARKORGA Harbour Trust", "Health", "MARKROLEB nurse lead"),
    ("Łukasz Nowak MARKNAMEC", "MARKORGB Council", "Health", "MARKROLEC GP"),
    ("Olena Шевченко MARKNAMED", "MARKORGB Council", "Housing", "MARKROLED officer"),
    ("Fiona Campbell MARKNAMEE", "MARKORGC Homes", "Housing", "MARKROLEE manager"),
    ("Aisha Rahman MARKNAMEF", "MARKORGC Homes", "Housing", "MARKROLEF adviser"),
    ("Grant Stewart MARKNAMEG", "MARKORGD Police", "Police and justice", "MARKROLEG inspector"),
]
FORMULA_TEXT = '=HYPERLINK("http://example.invalid","click")'


@dataclass
class Built:
    programme_id: str
    people: list
    sessions: list
    reflections: dict  # (person index, session index) -> reflection id
    reviewed_text: dict  # reflection id -> text (reviewed ones)


def build(services: Services) -> Built:
    """Two cycles, two sessions; every person writes and rates in each; one action with an owner."""
    programme = services.programmes.create_programme(
        "Harbour leaders", "Harbour partnership", starts_on=date(2026, 1, 5)
    ).value
    people = [services.programmes.add_participant(programme.id, *p).value for p in PEOPLE]
    for person in people:  # everyone here consents to research use; consent tests withdraw someone
        services.consent.record(person.id, taking_part=True, research_use=True, quoting=True)
    first = services.sessions.add_from_template(
        programme.id, "introducing-six-practices", date(2026, 1, 12), time(9, 30), place="Hall"
    ).value
    with services.db.unit_of_work() as uow:
        uow.cycles.add(ParCycleRow(programme_id=programme.id, number=2, started_on=date(2026, 3, 1)))
    second = services.sessions.add_from_template(
        programme.id, "par-cycle-review", date(2026, 3, 23), time(13, 30), place="Hall"
    ).value
    sessions = [first, second]
    reflections: dict = {}
    reviewed: dict = {}
    elements = services.content_library.self_assessment.elements
    for s_index, session in enumerate(sessions):
        prompts = services.sessions.prompts(session)
        for p_index, person in enumerate(people):
            text = f"MARKTEXT{p_index}{s_index} cycle {s_index + 1}: trust grows when we follow through"
            if p_index == 0 and s_index == 0:
                text = FORMULA_TEXT
            if p_index == 3:
                text = f"MARKTEXT{p_index}{s_index} Дякую — довіра 🙂 عربى\r\nsecond line with 信任"
            ref = services.entries.save_reflection(session.id, person.id, prompts[p_index % len(prompts)], text).value
            reflections[(p_index, s_index)] = ref.id
            if p_index == 3:  # reviewed as written
                services.coding.set_reviewed(ref.id, True)
                reviewed[ref.id] = text
            elif p_index % 2 == 1:  # reviewed after an edit
                reviewed[ref.id] = f"REVIEWED{p_index}{s_index} we kept our word this cycle"
                services.entries.save_reflection(
                    session.id, person.id, prompts[p_index % len(prompts)], reviewed[ref.id]
                )
                services.coding.set_reviewed(ref.id, True)
            for e_index, element in enumerate(elements):
                services.entries.set_rating(
                    session.id,
                    person.id,
                    element.key,
                    1 + (p_index + e_index + s_index) % 5,
                    f"MARKACTION{p_index} meet the housing team" if e_index == 0 else "",
                )
    with services.db.unit_of_work() as uow:
        cycle = uow.cycles.latest(programme.id)
        uow.actions.add(
            ActionRow(
                programme_id=programme.id,
                session_id=second.id,
                cycle_id=cycle.id if cycle else None,
                description="MARKDESC joint case review",
                owner="MARKOWNER Fiona",
                due_on=date(2026, 4, 30),
                status="open",
            )
        )
    return Built(programme.id, people, sessions, reflections, reviewed)


# --- fixtures: the programme is built once per test run and copied for each test -------------

import shutil  # noqa: E402

import pytest  # noqa: E402


@pytest.fixture(scope="session")
def research_template(tmp_path_factory, library):
    from workshop_app.storage.database import open_database

    path = tmp_path_factory.mktemp("research") / "template.db"
    services = Services.create(open_database(path), library)
    built = build(services)
    services.close()
    return path, built


@pytest.fixture
def research(research_template, tmp_path, library):
    """(services, built) over a fresh copy of the research programme."""
    from workshop_app.storage.database import open_database

    template, built = research_template
    path = tmp_path / "research.db"
    shutil.copy(template, path)
    services = Services.create(open_database(path), library)
    yield services, built
    services.close()
