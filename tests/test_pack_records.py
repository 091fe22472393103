"""The after-session summary, cycle report and consent forms print what the session really recorded."""

from __future__ import annotations

import io
from datetime import date, datetime, time, timedelta

from pypdf import PdfReader

from workshop_app.domain.pack import PackDocument, PackOptions
from workshop_app.domain.records import CaptureKind
from workshop_app.packs.session_pack import build_session_pack_bytes


def _text(pdf: bytes) -> str:
    return " ".join(" ".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages).split())


def test_summary_and_cycle_report_carry_the_records_of_the_room(services) -> None:
    programme = services.programmes.create_programme("Records", starts_on=date(2026, 3, 1)).value
    quoter = services.programmes.add_participant(programme.id, "Quinn Quoter", "Harbour NHS").value
    private = services.programmes.add_participant(programme.id, "Pat Private", "Harbour Council").value
    leaver = services.programmes.add_participant(programme.id, "Lee Leaver", "Harbour Housing").value
    services.programmes.add_participant(programme.id, "Nia Newcomer", "Harbour Carers")
    services.consent.record(quoter.id, taking_part=True, research_use=True, quoting=True)
    services.consent.record(private.id, taking_part=True, research_use=True)
    services.consent.record(leaver.id, taking_part=True, research_use=True, quoting=True)
    session = services.sessions.add_from_template(
        programme.id, "par-cycle-review", date(2026, 3, 10), time(13, 0)
    ).value
    prompt = services.sessions.prompts(session)[0]
    services.entries.save_reflection(session.id, quoter.id, prompt, "QUOTE-ME we finally share one waiting list")
    services.entries.save_reflection(session.id, private.id, prompt, "PRIVATE-WORDS not for quoting")
    services.entries.save_reflection(session.id, leaver.id, prompt, "LEAVER-WORDS gone after withdrawal")
    for person in (quoter, private, leaver):
        services.run.set_present(session.id, person.id, True)
    first, second = session.blocks[0], session.blocks[1]
    services.run.save_capture(session.id, first.id, CaptureKind.GROUP_NOTES, "FLIPCHART-NOTE joint triage pilot")
    services.run.save_capture(session.id, first.id, CaptureKind.DECISIONS, "- DECISION-ONE meet monthly\nDECISION-TWO")
    start = datetime(2026, 3, 10, 13, 0)
    services.run.record_block_run(session.id, first.id, start, start + timedelta(minutes=first.minutes + 7))
    services.consent.withdraw(leaver.id)

    data = services.packs.pack_data(session.id)
    docs = (PackDocument.SUMMARY, PackDocument.CYCLE_REPORT, PackDocument.CONSENT)
    text = _text(build_session_pack_bytes(data, options=PackOptions(documents=docs)))

    assert "Quinn Quoter" in text and "Pat Private" in text  # attendance names who was there
    assert "Lee Leaver" not in text  # withdrawn: left out of every section from then on
    assert "FLIPCHART-NOTE joint triage pilot" in text
    assert "DECISION-ONE meet monthly" in text and "DECISION-TWO" in text
    assert "QUOTE-ME we finally share one waiting list" in text  # consented to quoting
    assert "PRIVATE-WORDS" not in text and "LEAVER-WORDS" not in text
    assert first.title in text and second.title in text  # planned versus actual time per block
    assert str(first.minutes + 7) in text
    assert "Nia Newcomer" in text  # a personal consent form for the person with no consent yet


def test_sections_never_recorded_say_so(services) -> None:
    programme = services.programmes.create_programme("Quiet").value
    session = services.sessions.add_from_template(
        programme.id, "par-cycle-review", date(2026, 3, 10), time(13, 0)
    ).value
    extras = services.packs.pack_data(session.id).extras
    assert extras is not None and extras.summary is not None and extras.cycle is not None
    assert extras.summary.attendance is None and extras.summary.group_notes is None
    assert extras.summary.decisions is None and extras.cycle.timings is None
    assert extras.summary.quotes == ()
