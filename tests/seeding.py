"""Small real data sets the tests share."""

from __future__ import annotations

from datetime import date, time

from workshop_app.services.container import Services


def one_reflection(services: Services, text: str, programme: str = "Backup programme") -> str:
    """A programme, one consenting person, a PAR review session and one reflection; the session's id."""
    created = services.programmes.create_programme(programme).value
    person = services.programmes.add_participant(created.id, "Ada Byron").value
    services.consent.record(person.id, taking_part=True)
    session = services.sessions.add_from_template(created.id, "par-cycle-review", date(2026, 12, 1), time(13, 30)).value
    prompt = services.sessions.prompts(session)[0]
    services.entries.save_reflection(session.id, person.id, prompt, text)
    return session.id
