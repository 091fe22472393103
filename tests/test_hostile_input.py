"""User-authored session templates: every input is accepted whole or refused whole with a message.

Mutation fuzzing (the short variant of tools/fuzz_templates.py) and property-based generation.
"""

from __future__ import annotations

import sys
from pathlib import Path

import tomli_w
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))

import fuzz_templates  # noqa: E402

CI_MUTANTS = 1000


def test_mutated_templates_are_accepted_whole_or_refused_with_a_message(tmp_path: Path) -> None:
    report = fuzz_templates.run(CI_MUTANTS, tmp_path, seed=11)
    assert report.total == CI_MUTANTS
    assert report.failures == [], report.failures[:10]
    assert report.refused > CI_MUTANTS // 2 and report.accepted > 0


_text = st.one_of(st.text(max_size=40), st.sampled_from(["", " ", "\x00", "🙂" * 5, "x" * 5000]))
_value = st.one_of(
    _text,
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.floats(allow_nan=False),
    st.booleans(),
    st.lists(_text, max_size=4),
)
_block = st.fixed_dictionaries(
    {},
    optional={
        "title": _value,
        "minutes": st.one_of(st.integers(min_value=-10, max_value=100_000), _value),
        "kind": st.one_of(st.sampled_from(["activity", "break", "other"]), _value),
        "serves": st.one_of(st.sampled_from(["", "building-trust", "plan", "nonsense"]), _value),
        "purpose": _value,
        "facilitator_notes": _value,
        "prompts": st.one_of(st.lists(_text, max_size=3), _value),
        "materials": st.one_of(st.lists(_text, max_size=3), _value),
        "extra": _value,
    },
)
_template = st.fixed_dictionaries(
    {},
    optional={
        "title": _value,
        "description": _value,
        "source_keys": st.one_of(st.lists(st.sampled_from(["animate-2019", "nope"]), max_size=3), _value),
        "blocks": st.one_of(st.lists(_block, max_size=5), _value),
    },
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(doc=_template)
def test_generated_templates_are_accepted_whole_or_refused_with_a_message(tmp_path: Path, library, doc) -> None:
    path = tmp_path / "generated.toml"
    path.write_bytes(tomli_w.dumps(doc).encode("utf-8"))
    report = fuzz_templates.FuzzReport()
    fuzz_templates.check_one(path, library, report, "generated")
    assert report.failures == [], (report.failures, doc)
