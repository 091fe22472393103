"""A realistic demo programme: 12 people from 5 organisations, two sessions, some entries."""

from __future__ import annotations

from datetime import date, time

from ..domain import records as r
from .container import Services

DEMO_PEOPLE = (
    ("Siân Griffiths", "NHS Ayrshire & Arran", "Health", "Community nursing lead"),
    ("Tom Baird", "NHS Ayrshire & Arran", "Health", "Service manager, mental health"),
    ("Priya Natarajan", "NHS Ayrshire & Arran", "Health", "GP cluster quality lead"),
    ("Eilidh MacLeod", "North Ayrshire Health & Social Care Partnership", "Social care", "Team manager, adult care"),
    ("Łukasz Kowalski", "North Ayrshire Health & Social Care Partnership", "Social care", "Senior social worker"),
    ("Fiona Campbell", "North Ayrshire Health & Social Care Partnership", "Social care", "Head of service"),
    ("Grant Stewart", "Cunninghame Housing Association", "Housing", "Tenancy support manager"),
    ("Aisha Rahman", "Cunninghame Housing Association", "Housing", "Homelessness prevention officer"),
    ("Morag Sinclair", "Ayrshire Carers Centre", "Voluntary sector", "Chief executive"),
    ("Daniel O'Neill", "Ayrshire Carers Centre", "Voluntary sector", "Carer support coordinator"),
    ("Catriona Munro", "Third Sector Interface North Ayrshire", "Voluntary sector", "Partnership officer"),
    ("Ewan Fraser", "Third Sector Interface North Ayrshire", "Voluntary sector", "Community development worker"),
)

DEMO_REFLECTIONS = (
    "I noticed I arrived expecting the usual arguments about budgets, and held back from saying so.",
    "Hearing how housing colleagues see discharge delays changed my picture of where the problem sits.",
    "We agreed a purpose we can all say out loud. The test is whether it survives the next budget round.",
    "I took a risk naming the tension between our targets. It felt better than keeping quiet.",
)


def create_demo(services: Services, *, today: date | None = None) -> r.Programme:
    """Make the demo programme; each call makes a new one (its records have fresh ids)."""
    today = today or date.today()
    programme = services.programmes.create_programme(
        "North Ayrshire integration leaders (demo)",
        partnership="North Ayrshire Health and Social Care Partnership",
        starts_on=today,
    ).value
    people = [
        services.programmes.add_participant(programme.id, name, org, sector, role).value
        for name, org, sector, role in DEMO_PEOPLE
    ]
    for i, person in enumerate(people):
        # everyone takes part; most agree to research use, and half of those to being quoted
        research = i % 6 != 5
        services.consent.record(
            person.id, taking_part=True, research_use=research, quoting=research and i % 2 == 0, on=today
        )
    first = services.sessions.add_from_template(
        programme.id, "introducing-six-practices", today, time(9, 30), place="Volunteer Rooms, Irvine"
    ).value
    services.sessions.add_from_template(
        programme.id,
        "par-cycle-review",
        date.fromordinal(today.toordinal() + 42),
        time(13, 30),
        place="Volunteer Rooms, Irvine",
    )
    prompts = services.sessions.prompts(first)
    elements = services.content_library.self_assessment.elements
    for i, person in enumerate(people[:8]):
        if prompts:
            services.entries.save_reflection(
                first.id, person.id, prompts[i % len(prompts)], DEMO_REFLECTIONS[i % len(DEMO_REFLECTIONS)]
            )
        for j, element in enumerate(elements):
            services.entries.set_rating(
                first.id,
                person.id,
                element.key,
                1 + (i + j) % 5,
                "Book a joint case review with a partner team." if j == 0 else "",
            )
    # the six-practices sheet from eight people, one anonymous, and two actions agreed at the first session
    from ..domain.voice import Channel

    sheet = services.content_library.sheets.get("six-practices")
    if sheet is not None:
        for i, person in enumerate([*people[:8], None]):
            answers: dict[str, str | int | None] = {
                item.key: 1 + (i + j) % 4 + (j % 3 == 0) for j, item in enumerate(sheet.ratings)
            }
            answers["actions"] = "Ask a housing colleague to shadow our discharge huddle."
            services.sheets.record(first.id, sheet.key, person.id if person else None, Channel.PAPER, answers)
    services.actions.add(first.id, "Map who answers to whom across the five organisations", "Morag Sinclair")
    services.actions.add(first.id, "Trial a joint discharge huddle with housing", "Siân Griffiths")
    return programme
