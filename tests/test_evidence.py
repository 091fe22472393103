"""The evidence library: RIS import (and refusal), typed sources, links to content, the references page."""

from __future__ import annotations

from pathlib import Path

import pytest

from workshop_app.content.consent import load_consent
from workshop_app.content.ris import RisError, parse_ris, read_ris
from workshop_app.domain.pack import PackDocument, PackOptions
from workshop_app.packs import build_session_pack_bytes
from workshop_app.services.demo import create_demo

from .test_packs import pdf_text

RIS = Path(__file__).parent / "data" / "vaggers-anderson-2021.ris"
TITLE = (
    "An essential model for leaders to enable integrated working to flourish: "
    "a qualitative study examining leaders of Children's Centers"
)

MULTILINE = """TY  - JOUR
AU  - Aufegger, Lisa
AU  - Alabi, Mercy
AU  - Darzi, Ara
AU  - Bicknell, Colin
TI  - Sharing leadership: current attitudes, beliefs, and practices of integrated care
  leaders in England
JO  - BMJ Leader
PY  - 2020/12/01
VL  - 4
IS  - 3
SP  - 128
EP  - 134
DO  - https://doi.org/10.1136/leader-2019-000157
ER  -

TY  - RPRT
AU  - Research in Practice
TI  - Systems leadership for social care
PY  - 2020
UR  - https://www.researchinpractice.org.uk/
ER  -
"""


def test_the_shipped_ris_file_imports_correctly() -> None:
    (source,) = read_ris(RIS.read_bytes())
    assert source.title == TITLE
    assert source.authors == ("J. Vaggers", "E. S. Anderson")
    assert source.year == 2025  # the print issue's year, as the file gives it
    assert source.container == "J Interprof Care"
    assert (source.volume, source.issue, source.pages) == ("39", "6", "941\u2013956")
    assert source.doi == "10.1080/13561820.2021.1897553"
    assert source.key == "vaggers-anderson-2025"


def test_multi_line_ris_with_wrapped_fields_and_two_records() -> None:
    first, second = read_ris(MULTILINE)
    assert first.title.endswith("integrated care leaders in England")
    assert first.authors[0] == "Aufegger, Lisa" and len(first.authors) == 4
    assert (first.year, first.volume, first.issue, first.pages) == (2020, "4", "3", "128\u2013134")
    assert first.doi == "10.1136/leader-2019-000157"  # the resolver prefix is dropped
    assert first.key == "aufegger-alabi-2020"
    assert second.url.startswith("https://") and second.container == ""


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"%PDF-1.7\n\x00\x01binary", "binary"),
        (b"Just some notes about leadership\nand more notes", "not a RIS file"),
        ("TY  - JOUR\nTI  - No end\n", "ends without"),
        ("TY  - JOUR\nTI  - A\nTY  - JOUR\nER  - \n", "no end"),
        ("TY  - JOUR\nPY  - 2020\nER  - \n", "no title"),
        ("TY  - JOUR\nTI  - Undated\nER  - \n", "no year"),
        ("ER  - \n", "before any record"),
        ("TY  - JOUR\nTI  - Bell\x07\nPY  - 2020\nER  - \n", "control character"),
        ("TY  - JOUR\nTI  - " + "x" * 30_000 + "\nPY  - 2020\nER  - \n", "too long"),
        (b"TY  - JOUR\n" + b"N1  - " + b"y" * 6_000_000 + b"\nER  - \n", "too large"),
    ],
)
def test_hostile_ris_is_refused_whole_with_a_clear_message(data: bytes | str, message: str) -> None:
    with pytest.raises(RisError, match=message):
        read_ris(data)


def test_one_bad_record_refuses_the_whole_file(services) -> None:
    bad = MULTILINE + "\nTY  - JOUR\nAU  - Nobody\nER  - \n"
    with pytest.raises(RisError, match="Record 3 has no title"):
        services.evidence.import_ris(bad)
    assert services.evidence.sources() == []


def test_seed_import_type_and_link(services, library) -> None:
    seeded = services.evidence.seed_from_library()
    assert seeded.value == len(library.sources) and seeded.changes.sources
    assert services.evidence.seed_from_library().value == 0  # idempotent
    links = services.evidence.links()
    assert any(library.practices[0].key in keys for keys in links.values())

    # the shipped file's DOI is already in the library: no duplicate, but volume/issue/pages fill in
    result = services.evidence.import_ris(RIS)
    assert [s.key for s in result.value] == ["vaggers-anderson-2021"]
    vaggers = next(s for s in services.evidence.sources() if s.key == "vaggers-anderson-2021")
    assert (vaggers.volume, vaggers.issue, vaggers.pages) == ("39", "6", "941\u2013956")
    assert len(services.evidence.sources()) == len(library.sources)

    imported = services.evidence.import_ris(MULTILINE).value
    assert [s.key for s in imported] == ["aufegger-alabi-2020", "researchinpractice-2020"]

    typed = services.evidence.add_source(
        authors=["Ghate, D.", "Lewis, J."],
        year="2013",
        title="Systems leadership: exceptional leadership for exceptional times",
        journal="Virtual Staff College",
        content_keys=(library.self_assessment.key,),
    ).value
    assert typed.key == "ghate-lewis-2013"
    used = services.evidence.sources_for({library.self_assessment.key})
    assert typed.key in {s.key for s in used}


def test_seeding_at_start_is_a_single_read_until_the_shipped_sources_change(services, library) -> None:
    from dataclasses import replace

    from workshop_app.services.evidence import SEEDED_KEY, EvidenceService, seed_fingerprint

    assert services.evidence.seed_from_library().value == len(library.sources)
    before = services.db.path.stat().st_mtime_ns, services.db.path.with_name(services.db.path.name + "-wal").stat()
    again = services.evidence.seed_from_library()
    assert again.value == 0 and not again.changes.sources
    after = services.db.path.stat().st_mtime_ns, services.db.path.with_name(services.db.path.name + "-wal").stat()
    assert after == before  # nothing written
    # a new version of the app ships one more source: the next start adds it
    extra_key = next(iter(library.sources))
    newer_source = replace(library.sources[extra_key], key="shipped-later-2026", title="Shipped later")
    newer = replace(library, sources={**library.sources, newer_source.key: newer_source})
    assert seed_fingerprint(newer) != seed_fingerprint(library)
    assert EvidenceService(services.db, newer).seed_from_library().value == 1
    assert "shipped-later-2026" in {s.key for s in services.evidence.sources()}
    with services.db.unit_of_work(write=False) as uow:
        assert uow.settings.get(SEEDED_KEY) == seed_fingerprint(newer)


def test_references_page_lists_every_source_behind_the_content(services, library) -> None:
    create_demo(services)  # creates, seeds nothing itself
    services.evidence.seed_from_library()
    services.evidence.add_source(
        authors=["Ghate, D."],
        year=2013,
        title="A source the facilitator typed in",
        content_keys=(library.practices[0].key,),
    )
    session = services.sessions.resolve("latest")
    data = services.packs.pack_data(session.id)
    text = pdf_text(build_session_pack_bytes(data, PackOptions(documents=(PackDocument.REFERENCES,))))
    assert "A source the facilitator typed in" in text
    for practice in library.practices:
        assert " ".join(library.sources[practice.source_key].title.split()[:4]) in text
    assert " ".join(library.sources[library.self_assessment.source_key].title.split()[:4]) in text


def test_consent_wording_loads() -> None:
    form = load_consent()
    assert form.statements and form.quoting_statement and form.title


def test_parse_keeps_field_order() -> None:
    (record,) = parse_ris("TY  - JOUR\nAU  - B\nAU  - A\nTI  - T\nPY  - 2001\nER  - \n")
    assert record.all("AU") == ["B", "A"]
