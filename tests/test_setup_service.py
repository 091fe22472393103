"""The guided setup's service and the participant lists it reads (pasted columns, CSV files)."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest

from workshop_app.domain.errors import ValidationError
from workshop_app.services.participant_import import ParticipantDraft, as_pasted_text, parse_pasted, read_csv
from workshop_app.services.setup import FirstSession, ProgrammeSetup


def test_pasted_column_of_names_and_tab_separated_rows() -> None:
    found = parse_pasted("Siân Griffiths\n\nŁukasz Kowalski\tNorth Ayrshire HSCP\tSocial care\tSocial worker\n")
    assert [p.name for p in found.people] == ["Siân Griffiths", "Łukasz Kowalski"]
    assert found.people[1] == ParticipantDraft("Łukasz Kowalski", "North Ayrshire HSCP", "Social care", "Social worker")
    assert not found.had_header


def test_pasted_header_row_maps_columns_in_any_order() -> None:
    found = parse_pasted("Organisation\tName\tJob title\nNHS A&A\tSiân Griffiths\tNurse lead\n\tNo org person\t")
    assert found.had_header
    assert found.people[0] == ParticipantDraft("Siân Griffiths", "NHS A&A", "", "Nurse lead")
    assert found.people[1].name == "No org person"


def test_rows_without_a_name_are_left_out_with_a_note() -> None:
    found = parse_pasted("Name\tOrganisation\nSiân\tNHS\n\tHousing\n")
    assert [p.name for p in found.people] == ["Siân"]
    assert found.notes == ("Line 3 has no name and was left out.",)


def test_csv_in_windows_1252_with_semicolons(tmp_path: Path) -> None:
    file = tmp_path / "people.csv"
    file.write_bytes("Name;Organisation;Sector\nSiân Griffiths;Café Trust;Voluntary sector\n".encode("cp1252"))
    found = read_csv(file)
    assert found.encoding == "Windows-1252" and found.had_header
    assert found.people == (ParticipantDraft("Siân Griffiths", "Café Trust", "Voluntary sector"),)


def test_csv_with_bom_and_no_header(tmp_path: Path) -> None:
    file = tmp_path / "people.csv"
    file.write_bytes(b"\xef\xbb\xbf" + 'Łukasz Kowalski,"Council, social work",Social care,Lead\n'.encode())
    found = read_csv(file)
    assert found.encoding == "UTF-8 with BOM" and not found.had_header
    assert found.people[0] == ParticipantDraft("Łukasz Kowalski", "Council, social work", "Social care", "Lead")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "people.csv is empty."),
        (b"PK\x03\x04rest-of-a-workbook", "people.csv is a spreadsheet workbook, not a CSV file."),
        (b"\x00\x01\x02binary", "people.csv is not a text file."),
        (b"Name,Organisation\n,NHS\n", "people.csv: The list has no names in it"),
    ],
)
def test_bad_csv_files_say_what_is_wrong(tmp_path: Path, content: bytes, message: str) -> None:
    file = tmp_path / "people.csv"
    file.write_bytes(content)
    with pytest.raises(ValidationError) as caught:
        read_csv(file)
    assert caught.value.message.startswith(message)


def test_pasted_text_round_trip() -> None:
    people = (ParticipantDraft("Siân", "NHS", "Health", "Nurse"), ParticipantDraft("Tom"))
    assert parse_pasted(as_pasted_text(people)).people == people


def test_set_up_programme_saves_everything_in_one_go(services) -> None:
    people = [ParticipantDraft("Siân Griffiths", "NHS"), ParticipantDraft("Sian Green")]
    result = services.setup.set_up_programme(
        ProgrammeSetup(
            name="North Ayrshire leaders",
            partnership="HSCP",
            starts_on=date(2026, 1, 5),
            lens_keys=("six-practices",),
            participants=people,
            first_session=FirstSession("introducing-six-practices", date(2026, 1, 12), time(9, 30), "Irvine"),
        )
    )
    programme = result.value
    assert result.changes.programmes and result.changes.participants and result.changes.sessions
    saved = services.programmes.participants(programme.id)
    assert sorted(p.name for p in saved) == ["Sian Green", "Siân Griffiths"]
    assert len({p.code for p in saved}) == 2
    (listed,) = services.sessions.sessions(programme.id)
    session = services.sessions.session(listed.id)  # the list carries no agenda; the session does
    assert session.place == "Irvine" and session.blocks


def test_a_bad_participant_saves_nothing(services) -> None:
    with pytest.raises(ValidationError, match="Participant 2"):
        services.setup.set_up_programme(
            ProgrammeSetup(name="Half done", participants=[ParticipantDraft("Siân"), ParticipantDraft("x" * 500)])
        )
    assert services.programmes.programmes() == []


def test_csv_of_one_column_and_excel_unicode_text(tmp_path: Path) -> None:
    one = tmp_path / "names.csv"
    one.write_text("Siân Griffiths\r\nTom Baird\r\n", encoding="utf-8")
    assert [p.name for p in read_csv(one).people] == ["Siân Griffiths", "Tom Baird"]
    utf16 = tmp_path / "unicode.txt"
    utf16.write_bytes("Name\tOrganisation\nŁukasz Kowalski\tCouncil\n".encode("utf-16"))
    found = read_csv(utf16)
    assert found.encoding == "UTF-16" and found.people == (ParticipantDraft("Łukasz Kowalski", "Council"),)
