"""Reflection sheets and PAR models as content: every shipped file loads, and each broken field is named."""

from __future__ import annotations

import re

import pytest

from tests.test_content import SOURCES_DIR, _edit  # the source texts (where available); a TOML edit
from workshop_app.content.loader import load_library
from workshop_app.domain.content import ContentLibrary, SheetItemKind
from workshop_app.domain.errors import ContentError


def test_three_par_models_ship(library: ContentLibrary) -> None:
    assert set(library.par_models) == {"kemmis-mctaggart", "co-operative-inquiry", "look-think-act"}
    assert [s.key for s in library.par_models["look-think-act"].stages] == ["lta-look", "lta-think", "lta-act"]
    assert len(library.par_models["co-operative-inquiry"].stages) == 4
    for model in library.par_models.values():
        assert model.source_key in library.sources


def test_one_sheet_per_stage_of_every_model(library: ContentLibrary) -> None:
    for model in library.par_models.values():
        for stage in model.stages:
            sheet = library.stage_sheet(stage.key)
            assert sheet is not None, stage.key
            assert sheet.par_model_key == model.key
            kinds = [i.kind for i in sheet.items]
            assert SheetItemKind.PROMPT in kinds and SheetItemKind.ACTIONS in kinds


def test_self_assessment_sheet_has_all_five_elements_with_actions(library: ContentLibrary) -> None:
    sheet = library.sheets["systems-leadership"]
    assert sheet.code == "SLSA"
    ratings = [i for i in sheet.items if i.kind == SheetItemKind.RATING]
    assert [i.key for i in ratings] == [e.key for e in library.self_assessment.elements]
    assert len(ratings) == 5
    # each rating is followed by its "actions I will take"
    for i, item in enumerate(sheet.items):
        if item.kind == SheetItemKind.RATING:
            assert sheet.items[i + 1].kind == SheetItemKind.ACTIONS
            assert item.anchors[1] == "Not at all" and item.anchors[5] == "Fully"


def test_six_practices_sheet_has_a_rating_and_a_prompt_per_practice(library: ContentLibrary) -> None:
    sheet = library.sheets["six-practices"]
    for practice in library.practices:
        kinds = sorted(i.kind.value for i in sheet.items if i.practice_key == practice.key)
        assert kinds == ["prompt", "rating"], practice.key
    assert sheet.items[-1].kind == SheetItemKind.ACTIONS


def test_integrated_working_check_has_four_main_and_four_borderline(library: ContentLibrary) -> None:
    sheet = library.sheets["integrated-working"]
    assert sheet.source_keys == ("vaggers-anderson-2021",)
    ratings = [i.text for i in sheet.ratings]
    assert len(ratings) == 8
    assert sum("(borderline)" in t for t in ratings) == 4
    for word in ("Interaction", "Integrity", "Flow", "Sensitivity", "Thinking systematically"):
        assert any(t.startswith(word) for t in ratings)


def test_shared_leadership_has_four_themes(library: ContentLibrary) -> None:
    sheet = library.sheets["shared-leadership"]
    assert sheet.source_keys == ("aufegger-2020",)
    prompts = [i.text for i in sheet.items if i.kind == SheetItemKind.PROMPT]
    assert len(prompts) == 4
    for theme in ("Motivation", "across disciplines", "Skills and behaviours", "Barriers"):
        assert any(theme in p for p in prompts)


def test_codes_are_unique_and_short(library: ContentLibrary) -> None:
    codes = [s.code for s in library.sheets.values()]
    assert len(codes) == len(set(codes)) == 16
    assert all(re.fullmatch(r"[A-Z][A-Z0-9]{1,5}", c) for c in codes)
    for sheet in library.sheets.values():
        assert library.sheet_by_code(sheet.code.lower()) is sheet
        assert all(k in library.sources for k in sheet.source_keys)


@pytest.mark.skipif(not SOURCES_DIR.is_dir(), reason="source texts not available")
def test_sheets_are_in_our_own_words(library: ContentLibrary) -> None:
    def words(text: str) -> list[str]:
        return re.findall(r"[a-z0-9']+", text.lower())

    source_text = " " + " ".join(" ".join(words(p.read_text(errors="ignore"))) for p in SOURCES_DIR.iterdir()) + " "
    texts = []
    for sheet in library.sheets.values():
        texts += [sheet.instructions, *(i.text for i in sheet.items), *(i.help for i in sheet.items)]
    for model in library.par_models.values():
        texts += [model.description, *(s.purpose for s in model.stages), *(p for s in model.stages for p in s.prompts)]
    for text in texts:
        w = words(text)
        for i in range(len(w) - 7):
            assert f" {' '.join(w[i : i + 8])} " not in source_text


BREAKS = [
    ("six-practices", lambda d: d.update(code="six-p"), "code", "capital letters"),
    ("six-practices", lambda d: d.update(code="SLSA"), "code", "already used"),
    ("six-practices", lambda d: d.update(title=""), "title", "empty"),
    ("six-practices", lambda d: d.update(source_keys=["nobody-2099"]), "source_keys[0]", "nobody-2099"),
    ("six-practices", lambda d: d.update(source_keys=[]), "source_keys", "at least 1"),
    ("six-practices", lambda d: d.update(colour="red"), "colour", "unknown field"),
    ("six-practices", lambda d: d.pop("items"), "items", "missing"),
    ("six-practices", lambda d: d["items"][0].update(kind="slider"), "items[0].kind", "slider"),
    ("six-practices", lambda d: d["items"][1].update(key="Bad Key"), "items[1].key", "not a valid key"),
    ("six-practices", lambda d: d["items"][2].update(key=d["items"][0]["key"]), "items[2].key", "duplicate"),
    ("six-practices", lambda d: d["items"][0].update(practice="gardening"), "items[0].practice", "gardening"),
    (
        "six-practices",
        lambda d: d["items"][1].update(anchors={"1": "a", "5": "b"}),
        "items[1].anchors",
        "only a rating",
    ),
    ("six-practices", lambda d: d["anchors"].pop("5"), "anchors.5", "both ends"),
    ("six-practices", lambda d: d["anchors"].update({"7": "Beyond"}), "anchors.7", "scale points"),
    ("six-practices", lambda d: d["items"][0].update(text=""), "items[0].text", "empty"),
    ("shared-leadership", lambda d: d.pop("anchors"), "items[3].anchors", "anchor words"),
    ("km-plan", lambda d: d.update(stage="km-dance"), "stage", "not a stage"),
    ("km-plan", lambda d: d.update(par_model="nobody"), "par_model", "not a PAR model"),
    ("km-plan", lambda d: d.pop("par_model"), "par_model", "must also name"),
]


@pytest.mark.parametrize(("sheet", "change", "field", "words"), BREAKS, ids=[f"{b[0]}:{b[2]}:{b[3]}" for b in BREAKS])
def test_each_broken_field_is_named(content, sheet: str, change, field: str, words: str) -> None:
    file = content[0] / "sheets" / f"{sheet}.toml"
    _edit(file, change)
    with pytest.raises(ContentError) as info:
        load_library(*content)
    assert info.value.path == str(file)
    assert info.value.field == field
    assert words in info.value.problem


def test_a_broken_par_model_is_named(content) -> None:
    file = content[0] / "par_models" / "look-think-act.toml"
    _edit(file, lambda d: d["stages"][1].update(key="km-plan"))
    with pytest.raises(ContentError) as info:
        load_library(*content)
    assert info.value.path == str(file) and info.value.field == "stages[1].key"
