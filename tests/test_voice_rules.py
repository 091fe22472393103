"""Pure rules for participants' voice: sheet codes, small-group hiding, distributions."""

from __future__ import annotations

import pytest

from workshop_app.domain.errors import ValidationError
from workshop_app.domain.privacy import group_summary, small_groups
from workshop_app.domain.rules import parse_sheet_code, sheet_code
from workshop_app.domain.voice import Distribution


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("3F2A-SLSA-SJ01", ("3F2A", "SLSA", "SJ01")),
        ("3f2a slsa sj01", ("3F2A", "SLSA", "SJ01")),
        (" 3F2A – SIXP – BLANK ", ("3F2A", "SIXP", None)),
        ("3O2A/KMPL/LK01", ("302A", "KMPL", "LK01")),  # a typed letter O in the session part is a zero
        ("ab12.iwlm.gs02", ("AB12", "IWLM", "GS02")),
    ],
)
def test_sheet_codes_are_read_forgivingly(typed: str, expected: tuple) -> None:
    code = parse_sheet_code(typed)
    assert (code.session_code, code.sheet_code, code.participant_code) == expected
    assert parse_sheet_code(str(code)) == code


def test_printed_code_reads_back() -> None:
    for person in ("SJ01", None):
        printed = sheet_code("3F2A", "SIXP", person)
        assert parse_sheet_code(printed).participant_code == person


@pytest.mark.parametrize(
    "typed", ["", "3F2A-SLSA", "3F2A-SLSA-SJ01-X", "XYZ1-SLSA-SJ01", "3F2A-S-SJ01", "3F2A-SLSA-Ł1"]
)
def test_malformed_codes_are_refused_plainly(typed: str) -> None:
    with pytest.raises(ValidationError) as info:
        parse_sheet_code(typed)
    assert "code" in info.value.message


def test_small_groups_are_those_under_the_threshold() -> None:
    assert small_groups({"NHS": 5, "Housing": 2, "Police": 3}, 3) == {"Housing"}
    assert small_groups({"NHS": 1}, 1) == set()


def test_group_summary_hides_small_groups_and_does_not_merge_them() -> None:
    entries = [
        ("NHS", "a", 4),
        ("NHS", "b", 5),
        ("NHS", "c", 3),
        ("Housing", "d", 1),
        ("Housing", "e", 2),
        ("Police", "f", 5),
    ]
    summary = group_summary(entries, lambda e: e[0], lambda e: e[1], lambda e: e[2], threshold=3)
    assert [g.group for g in summary.shown] == ["NHS"]
    assert summary.shown[0].values == (3, 4, 5)
    assert summary.hidden_groups == 2
    # no row anywhere holds the small groups' values
    assert all(1 not in g.values and 2 not in g.values for g in summary.shown)


def test_group_counts_people_not_entries() -> None:
    # one person rating three times is still one person
    entries = [("Housing", "d", v) for v in (1, 2, 3)]
    summary = group_summary(entries, lambda e: e[0], lambda e: e[1], lambda e: e[2], threshold=3)
    assert summary.shown == () and summary.hidden_groups == 1


def test_anonymous_entries_count_once_each() -> None:
    entries = [("Housing", None, 3), ("Housing", None, 4), ("Housing", "x", 5)]
    summary = group_summary(entries, lambda e: e[0], lambda e: e[1], lambda e: e[2], threshold=3)
    assert [g.people for g in summary.shown] == [3]


def test_threshold_is_a_setting() -> None:
    entries = [("A", "p", 1), ("A", "q", 2), ("B", "r", 3)]
    assert len(group_summary(entries, lambda e: e[0], lambda e: e[1], lambda e: e[2], threshold=2).shown) == 1
    assert len(group_summary(entries, lambda e: e[0], lambda e: e[1], lambda e: e[2], threshold=1).shown) == 2


def test_distribution() -> None:
    d = Distribution.of([1, 3, 3, 5, 9])
    assert d.counts == (1, 0, 2, 0, 1) and d.total == 4 and d.mean == 3.0
    assert d.bars()[2] == "█" and d.bars()[1] == "·"
    assert Distribution.of([]).mean is None
