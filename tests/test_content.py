"""Tests for the shipped content files and the content loader (validation, templates round trip)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import tomli_w

from workshop_app.content.loader import (
    load_library,
    load_template,
    make_template_key,
    template_to_toml,
    write_template,
)
from workshop_app.domain.content import BlockTemplate, ContentLibrary, SessionTemplate
from workshop_app.domain.errors import ContentError

SIX_PRACTICES = [
    "Suspending disbelief",
    "Developing accountability to a shared purpose",
    "Exploring diversity",
    "Building trust",
    "Courageous leadership",
    "Systemic leadership",
]
KM_STAGES = {"km-plan", "km-act", "km-observe", "km-reflect"}
# The source documents sit in the shared folder beside the project checkout.
SOURCES_DIR = Path(__file__).resolve().parents[2] / "shared" / "domain" / "sources"


# --------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> ContentLibrary:
    """The shipped content, with an empty (absent) user templates folder."""
    return load_library(user_templates=tmp_path_factory.mktemp("home") / "templates")


def _edit(file: Path, change: Callable[[dict[str, Any]], None]) -> None:
    data = tomllib.loads(file.read_text(encoding="utf-8"))
    change(data)
    file.write_text(tomli_w.dumps(data), encoding="utf-8")


def _expect_error(dirs: tuple[Path, Path, Path], file: Path, field: str) -> ContentError:
    with pytest.raises(ContentError) as info:
        load_library(*dirs)
    err = info.value
    assert err.path == str(file)
    assert err.field == field
    assert str(file) in str(err) and field in str(err)
    assert err.problem
    return err


# --------------------------------------------------------------------------- shipped content


def test_every_shipped_file_loads(library: ContentLibrary) -> None:
    assert set(library.templates) == {"introducing-six-practices", "par-cycle-review"}
    assert "kemmis-mctaggart" in library.par_models
    expected = {
        "animate-2019",
        "kemmis-mctaggart-1988",
        "research-in-practice-2020",
        "vaggers-anderson-2021",
        "aufegger-2020",
    }
    assert expected <= set(library.sources)


def test_sources_facts(library: ContentLibrary) -> None:
    animate = library.sources["animate-2019"]
    assert animate.year == 2019 and animate.doi == "10.3390/admsci9030068"
    assert "Administrative Sciences" in animate.container and "9(3)" in animate.container
    assert library.sources["aufegger-2020"].doi == "10.1136/leader-2020-000228"
    assert library.sources["vaggers-anderson-2021"].doi == "10.1080/13561820.2021.1897553"
    assert "Action Research Planner" in library.sources["kemmis-mctaggart-1988"].title
    for source in library.sources.values():
        assert source.citation().startswith("; ".join(source.authors))


def test_six_practices_in_order(library: ContentLibrary) -> None:
    assert [p.name for p in library.practices] == SIX_PRACTICES
    assert [p.number for p in library.practices] == [1, 2, 3, 4, 5, 6]
    for practice in library.practices:
        assert 3 <= len(practice.facilitator_moves) <= 4
        assert 2 <= len(practice.prompts) <= 3
        assert practice.source_key == "animate-2019"
        assert "interpretation" in practice.source_note
        assert practice.summary.count(". ") == 0 and practice.summary.endswith(".")


def test_kemmis_mctaggart_model(library: ContentLibrary) -> None:
    model = library.par_models["kemmis-mctaggart"]
    keys = [stage.key for stage in model.stages]
    assert keys[-4:] == ["km-plan", "km-act", "km-observe", "km-reflect"]
    assert model.source_key in library.sources
    for stage in model.stages:
        assert stage.purpose and stage.prompts
    assert library.serves_label("km-reflect") == f"Reflect ({model.name})"


def test_self_assessment_has_all_five_elements(library: ContentLibrary) -> None:
    sa = library.self_assessment
    assert [e.key for e in sa.elements] == [
        "understanding-local-system",
        "systems-behaviours-at-home",
        "lived-experience-leadership",
        "beyond-my-organisation",
        "digital-engagement",
    ]
    assert (sa.scale_min, sa.scale_max) == (1, 5)
    assert sa.anchors[1] == "Not at all" and sa.anchors[5] == "Fully"
    assert "actions i will take" in sa.instructions.lower()
    assert sa.source_key == "research-in-practice-2020"


def test_templates_blocks_are_valid(library: ContentLibrary) -> None:
    serves_keys = {p.key for p in library.practices} | {s.key for m in library.par_models.values() for s in m.stages}
    for template in library.templates.values():
        assert template.title and template.description
        assert all(k in library.sources for k in template.source_keys)
        for block in template.blocks:
            assert block.title and 0 < block.minutes <= 600
            assert block.kind in ("activity", "break")
            if block.kind == "break":
                assert block.serves == ""
            else:
                assert block.serves in serves_keys and block.purpose and block.prompts
                assert block.facilitator_notes


def test_intro_template_serves_every_practice(library: ContentLibrary) -> None:
    intro = library.templates["introducing-six-practices"]
    assert intro.title == "Introducing the six practices"
    assert 195 <= intro.planned_minutes <= 225
    assert any(b.kind == "break" for b in intro.blocks)
    served = {b.serves for b in intro.blocks}
    for practice in library.practices:
        assert practice.key in served, practice.name


def test_cycle_review_template_serves_km_stages(library: ContentLibrary) -> None:
    review = library.templates["par-cycle-review"]
    assert review.title == "PAR cycle review"
    served = [b.serves for b in review.blocks if b.serves]
    assert KM_STAGES <= set(served)
    # the session runs in cycle order: act (review) -> observe -> reflect -> plan
    first = {key: served.index(key) for key in KM_STAGES}
    assert first["km-act"] < first["km-observe"] < first["km-reflect"] < first["km-plan"]


@pytest.mark.skipif(not SOURCES_DIR.is_dir(), reason="source texts not available")
def test_content_is_in_our_own_words(library: ContentLibrary) -> None:
    """No run of eight words in the content is copied from a source text."""

    def words(text: str) -> list[str]:
        return re.findall(r"[a-z0-9']+", text.lower())

    source_text = " " + " ".join(" ".join(words(p.read_text(errors="ignore"))) for p in SOURCES_DIR.iterdir()) + " "
    texts: list[str] = []
    for p in library.practices:
        texts += [p.summary, p.description, *p.facilitator_moves, *p.prompts]
    for m in library.par_models.values():
        texts.append(m.description)
        for s in m.stages:
            texts += [s.purpose, *s.prompts]
    texts += [library.self_assessment.instructions]
    texts += [e.description for e in library.self_assessment.elements]
    for t in library.templates.values():
        for b in t.blocks:
            texts += [b.purpose, b.facilitator_notes, *b.prompts]
    for text in texts:
        w = words(text)
        for i in range(len(w) - 7):
            run = " ".join(w[i : i + 8])
            assert f" {run} " not in source_text, run


def test_loader_imports_no_qt() -> None:
    code = "import sys, workshop_app.content.loader; sys.exit(any(m.split('.')[0] == 'PySide6' for m in sys.modules))"
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


# --------------------------------------------------------------------------- broken files


def test_copy_loads(content: tuple[Path, Path, Path]) -> None:
    assert len(load_library(*content).templates) == 2


def test_missing_field(content: tuple[Path, Path, Path]) -> None:
    file = content[0] / "practices.toml"
    _edit(file, lambda d: d["practices"][1].pop("summary"))
    err = _expect_error(content, file, "practices[1].summary")
    assert "missing" in err.problem


def test_missing_block_minutes(content: tuple[Path, Path, Path]) -> None:
    file = content[1] / "par-cycle-review.toml"
    _edit(file, lambda d: d["blocks"][2].pop("minutes"))
    err = _expect_error(content, file, "blocks[2].minutes")
    assert "missing" in err.problem and "block 3" in err.problem


def test_wrong_type(content: tuple[Path, Path, Path]) -> None:
    file = content[1] / "introducing-six-practices.toml"
    _edit(file, lambda d: d["blocks"][3].update(minutes="twenty"))
    err = _expect_error(content, file, "blocks[3].minutes")
    assert "whole number" in err.problem and "text" in err.problem


def test_wrong_type_list(content: tuple[Path, Path, Path]) -> None:
    file = content[0] / "practices.toml"
    _edit(file, lambda d: d["practices"][0].update(prompts="just one"))
    _expect_error(content, file, "practices[0].prompts")


@pytest.mark.parametrize("minutes", [-5, 0, 601])
def test_minutes_out_of_range(content: tuple[Path, Path, Path], minutes: int) -> None:
    file = content[1] / "introducing-six-practices.toml"
    _edit(file, lambda d: d["blocks"][3].update(minutes=minutes))
    err = _expect_error(content, file, "blocks[3].minutes")
    assert "1 to 600" in err.problem


def test_boolean_is_not_minutes(content: tuple[Path, Path, Path]) -> None:
    file = content[1] / "introducing-six-practices.toml"
    _edit(file, lambda d: d["blocks"][0].update(minutes=True))
    _expect_error(content, file, "blocks[0].minutes")


def test_unknown_serves(content: tuple[Path, Path, Path]) -> None:
    file = content[1] / "par-cycle-review.toml"
    _edit(file, lambda d: d["blocks"][1].update(serves="km-dance"))
    err = _expect_error(content, file, "blocks[1].serves")
    assert "km-dance" in err.problem


def test_break_cannot_serve(content: tuple[Path, Path, Path]) -> None:
    file = content[1] / "par-cycle-review.toml"
    _edit(file, lambda d: d["blocks"][3].update(serves="km-plan"))
    _expect_error(content, file, "blocks[3].serves")


def test_unknown_kind(content: tuple[Path, Path, Path]) -> None:
    file = content[1] / "par-cycle-review.toml"
    _edit(file, lambda d: d["blocks"][0].update(kind="lunch"))
    _expect_error(content, file, "blocks[0].kind")


def test_unknown_field(content: tuple[Path, Path, Path]) -> None:
    file = content[1] / "par-cycle-review.toml"
    _edit(file, lambda d: d["blocks"][0].update(minuts=10))
    err = _expect_error(content, file, "blocks[0].minuts")
    assert "unknown field" in err.problem


def test_empty_text(content: tuple[Path, Path, Path]) -> None:
    file = content[0] / "self_assessment.toml"
    _edit(file, lambda d: d["elements"][4].update(name="   "))
    err = _expect_error(content, file, "elements[4].name")
    assert "empty" in err.problem


def test_unknown_source_key(content: tuple[Path, Path, Path]) -> None:
    file = content[0] / "practices.toml"
    _edit(file, lambda d: d["practices"][2].update(source_key="nobody-2099"))
    err = _expect_error(content, file, "practices[2].source_key")
    assert "nobody-2099" in err.problem


def test_unknown_template_source_key(content: tuple[Path, Path, Path]) -> None:
    file = content[1] / "introducing-six-practices.toml"
    _edit(file, lambda d: d["source_keys"].append("nobody-2099"))
    _expect_error(content, file, "source_keys[2]")


def test_duplicate_practice_key(content: tuple[Path, Path, Path]) -> None:
    file = content[0] / "practices.toml"
    _edit(file, lambda d: d["practices"][3].update(key=d["practices"][0]["key"]))
    _expect_error(content, file, "practices[3].key")


def test_stage_key_may_not_reuse_a_practice_key(content: tuple[Path, Path, Path]) -> None:
    file = content[0] / "par_models" / "kemmis-mctaggart.toml"
    _edit(file, lambda d: d["stages"][1].update(key="building-trust"))
    err = _expect_error(content, file, "stages[1].key")
    assert "practices.toml" in err.problem


def test_duplicate_source_key(content: tuple[Path, Path, Path]) -> None:
    file = content[0] / "sources.toml"
    count = len(tomllib.loads(file.read_text(encoding="utf-8"))["sources"])
    _edit(file, lambda d: d["sources"].append(dict(d["sources"][0])))
    _expect_error(content, file, f"sources[{count}].key")


def test_practice_numbers_follow_order(content: tuple[Path, Path, Path]) -> None:
    file = content[0] / "practices.toml"
    _edit(file, lambda d: d["practices"][4].update(number=7))
    _expect_error(content, file, "practices[4].number")


def test_bad_doi(content: tuple[Path, Path, Path]) -> None:
    file = content[0] / "sources.toml"
    _edit(file, lambda d: d["sources"][0].update(doi="not a doi"))
    _expect_error(content, file, "sources[0].doi")


def test_scale_must_be_sane(content: tuple[Path, Path, Path]) -> None:
    file = content[0] / "self_assessment.toml"
    _edit(file, lambda d: d.update(scale_min=5, scale_max=1))
    _expect_error(content, file, "scale_max")


def test_anchor_outside_scale(content: tuple[Path, Path, Path]) -> None:
    file = content[0] / "self_assessment.toml"
    _edit(file, lambda d: d["anchors"].update({"9": "Beyond"}))
    _expect_error(content, file, "anchors.9")


def test_anchor_for_scale_end_required(content: tuple[Path, Path, Path]) -> None:
    file = content[0] / "self_assessment.toml"
    _edit(file, lambda d: d["anchors"].pop("5"))
    _expect_error(content, file, "anchors.5")


def test_bad_toml(content: tuple[Path, Path, Path]) -> None:
    file = content[1] / "par-cycle-review.toml"
    file.write_text('title = "PAR cycle review"\ndescription = \n', encoding="utf-8")
    err = _expect_error(content, file, "line 2, column 15")
    assert "not valid TOML" in err.problem


def test_non_utf8_bytes(content: tuple[Path, Path, Path]) -> None:
    file = content[0] / "practices.toml"
    raw = file.read_bytes().replace(b"Suspending disbelief", b"Suspending disbeli\xe9f", 1)
    file.write_bytes(raw)
    line = raw[: raw.index(b"\xe9")].count(b"\n") + 1
    err = _expect_error(content, file, f"line {line}")
    assert "UTF-8" in err.problem


def test_utf8_bom_is_accepted(content: tuple[Path, Path, Path]) -> None:
    file = content[0] / "sources.toml"
    file.write_bytes(b"\xef\xbb\xbf" + file.read_bytes())
    load_library(*content)


def test_missing_file(content: tuple[Path, Path, Path]) -> None:
    file = content[0] / "self_assessment.toml"
    file.unlink()
    with pytest.raises(ContentError) as info:
        load_library(*content)
    assert info.value.path == str(file) and "missing" in info.value.problem


def test_missing_sessions_folder(content: tuple[Path, Path, Path]) -> None:
    shutil.rmtree(content[1])
    with pytest.raises(ContentError) as info:
        load_library(*content)
    assert info.value.path == str(content[1])


def test_bad_template_file_name(content: tuple[Path, Path, Path]) -> None:
    bad = content[1] / "My Session.toml"
    shutil.copy(content[1] / "par-cycle-review.toml", bad)
    with pytest.raises(ContentError) as info:
        load_library(*content)
    assert info.value.path == str(bad)


def test_user_template_may_not_shadow_shipped(content: tuple[Path, Path, Path]) -> None:
    content[2].mkdir()
    clash = content[2] / "par-cycle-review.toml"
    shutil.copy(content[1] / "par-cycle-review.toml", clash)
    with pytest.raises(ContentError) as info:
        load_library(*content)
    assert info.value.path == str(clash) and "already exists" in info.value.problem


# --------------------------------------------------------------------------- writing templates

NAMES = "Siân, Łukasz, Ελένη, Дмитрий, عائشة"


def _sample_template(key: str = "welsh-polish-review") -> SessionTemplate:
    return SessionTemplate(
        key=key,
        title=f"Review with {NAMES}",
        description='Line one.\nLine two with "quotes", a backslash \\ and \'\'\' triple quotes """.',
        blocks=(
            BlockTemplate(
                title="Croeso – welcome",
                minutes=15,
                purpose="Greet Siân and Łukasz.",
                facilitator_notes="Ask Ελένη to open.\n\nThen Дмитрий and عائشة.\tTabbed.",
                prompts=("Beth sy'n bwysig i chi?", "Τι σημαίνει αυτό;"),
                serves="building-trust",
                kind="activity",
                materials=("Flipchart", "Ручки"),
            ),
            BlockTemplate(title="Break", minutes=20, kind="break"),
            BlockTemplate(
                title="Plan",
                minutes=45,
                purpose="Agree actions.",
                prompts=("Who will do what?",),
                serves="km-plan",
            ),
        ),
        source_keys=("animate-2019", "kemmis-mctaggart-1988"),
    )


def test_template_round_trip(tmp_path: Path, library: ContentLibrary) -> None:
    template = _sample_template()
    folder = tmp_path / "templates"
    path = write_template(template, folder, library)
    assert path == folder / "welsh-polish-review.toml"
    assert [p.name for p in folder.iterdir()] == [path.name]  # no temp file left behind
    assert load_template(path, library) == template
    text = path.read_text(encoding="utf-8")
    assert "Siân" in text and "عائشة" in text  # stored as readable UTF-8, not escapes
    assert tomllib.loads(text) == tomllib.loads(template_to_toml(template))


def test_round_trip_through_library(tmp_path: Path, content: tuple[Path, Path, Path]) -> None:
    resources, sessions, user = content
    write_template(_sample_template(), user)
    library = load_library(resources, sessions, user)
    assert library.templates["welsh-polish-review"] == _sample_template()
    assert list(library.templates)[:2] == ["introducing-six-practices", "par-cycle-review"]


def test_shipped_templates_round_trip(tmp_path: Path, library: ContentLibrary) -> None:
    for template in library.templates.values():
        path = write_template(template, tmp_path, library)
        assert load_template(path, library) == template


def test_write_overwrites_atomically(tmp_path: Path) -> None:
    first = _sample_template()
    write_template(first, tmp_path)
    second = SessionTemplate(key=first.key, title="Renamed", description="", blocks=first.blocks[1:2])
    path = write_template(second, tmp_path)
    assert load_template(path) == second
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]


def test_line_endings_are_normalised(tmp_path: Path) -> None:
    template = SessionTemplate(
        key="crlf",
        title="CRLF",
        description="a\r\nb\rc",
        blocks=(BlockTemplate(title="X", minutes=5),),
    )
    assert load_template(write_template(template, tmp_path)).description == "a\nb\nc"


@pytest.mark.parametrize(
    "template, field",
    [
        (SessionTemplate(key="Bad Key", title="T", description="", blocks=()), "key"),
        (SessionTemplate(key="ok", title="T", description="", blocks=()), "blocks"),
        (SessionTemplate(key="ok", title=" ", description="", blocks=(BlockTemplate("X", 5),)), "title"),
        (SessionTemplate(key="ok", title="T", description="", blocks=(BlockTemplate("X", 0),)), "blocks[0].minutes"),
        (
            SessionTemplate(key="ok", title="T", description="", blocks=(BlockTemplate("X", 5, serves="nope"),)),
            "blocks[0].serves",
        ),
    ],
)
def test_invalid_template_is_not_written(
    tmp_path: Path, library: ContentLibrary, template: SessionTemplate, field: str
) -> None:
    with pytest.raises(ContentError) as info:
        write_template(template, tmp_path / "out", library)
    assert info.value.field == field
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_make_template_key() -> None:
    assert make_template_key("Siân's cycle review") == "sian-s-cycle-review"
    assert make_template_key("Łukasz") == "lukasz"
    assert make_template_key("Ελένη Дмитрий عائشة") == "template"
    assert make_template_key("PAR cycle review", taken={"par-cycle-review"}) == "par-cycle-review-2"
    assert make_template_key("x" * 100) == "x" * 60
