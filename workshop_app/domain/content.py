"""Content types: practices, PAR models, self-assessments, reflection sheets, session templates, sources."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Source:
    """A document that content rests on, cited by its key."""

    key: str
    authors: tuple[str, ...]
    year: int
    title: str
    container: str = ""  # journal, publisher or report series
    doi: str = ""
    url: str = ""
    volume: str = ""
    issue: str = ""
    pages: str = ""

    def citation(self) -> str:
        """A short reference line, e.g. 'Animate (2019) Developing ... Administrative Sciences 9(3), 68.'"""
        who = "; ".join(self.authors) if self.authors else "Anon."
        parts = [f"{who} ({self.year}). {self.title}."]
        where = self.container
        if self.volume:
            where += f" {self.volume}" + (f"({self.issue})" if self.issue else "")
        elif self.issue:
            where += f" ({self.issue})"
        if self.pages:
            where += f", {self.pages}"
        if where.strip():
            parts.append(f"{where.strip()}.")
        if self.doi:
            parts.append(f"doi:{self.doi}")
        elif self.url:
            parts.append(self.url)
        return " ".join(parts)


@dataclass(frozen=True)
class Practice:
    """One of the six practices for building inter-organisational relationships."""

    key: str
    number: int
    name: str
    summary: str
    description: str
    facilitator_moves: tuple[str, ...]
    prompts: tuple[str, ...]
    source_key: str
    source_note: str = ""


@dataclass(frozen=True)
class ParStage:
    """One stage of a participatory action research cycle."""

    key: str
    name: str
    purpose: str
    prompts: tuple[str, ...]
    records: tuple[str, ...] = ()


@dataclass(frozen=True)
class ParModel:
    """A PAR cycle model: an ordered list of stages that repeat cycle after cycle."""

    key: str
    name: str
    description: str
    stages: tuple[ParStage, ...]
    source_key: str
    source_note: str = ""

    def stage(self, key: str) -> ParStage | None:
        return next((s for s in self.stages if s.key == key), None)


@dataclass(frozen=True)
class AssessmentElement:
    """One rated element of a self-assessment, with room for 'actions I will take'."""

    key: str
    name: str
    description: str


@dataclass(frozen=True)
class SelfAssessment:
    """A self-assessment rated on a 1..5 scale, each element with actions to take."""

    key: str
    title: str
    instructions: str
    scale_min: int
    scale_max: int
    anchors: dict[int, str]
    elements: tuple[AssessmentElement, ...]
    source_key: str
    source_note: str = ""


class SheetItemKind(enum.StrEnum):
    """What a sheet item asks for: words, a 1-5 rating, or actions the person will take."""

    PROMPT = "prompt"
    RATING = "rating"
    ACTIONS = "actions"


@dataclass(frozen=True)
class SheetItem:
    """One item of a reflection sheet, in paper order."""

    key: str
    kind: SheetItemKind
    text: str
    help: str = ""  # a line under the item, e.g. what a rating means
    anchors: dict[int, str] = field(default_factory=dict)  # ratings: words for scale points
    practice_key: str = ""  # the practice a rating or prompt is about, if any


@dataclass(frozen=True)
class SheetTemplate:
    """A reflection sheet: ordered free-text prompts, 1-5 ratings and 'actions I will take'."""

    key: str
    code: str  # short upper-case code printed in the sheet code, e.g. 'SLSA'
    title: str
    instructions: str
    items: tuple[SheetItem, ...]
    source_keys: tuple[str, ...]
    source_note: str = ""
    par_model_key: str = ""  # a stage sheet names its model and stage
    stage_key: str = ""
    scale_min: int = 1
    scale_max: int = 5

    def item(self, key: str) -> SheetItem | None:
        return next((i for i in self.items if i.key == key), None)

    @property
    def ratings(self) -> tuple[SheetItem, ...]:
        return tuple(i for i in self.items if i.kind == SheetItemKind.RATING)


@dataclass(frozen=True)
class BlockTemplate:
    """A timed activity in a session template (breaks are blocks too)."""

    title: str
    minutes: int
    purpose: str = ""
    facilitator_notes: str = ""
    prompts: tuple[str, ...] = ()
    serves: str = ""  # a practice key, a PAR stage key, or "" (e.g. a break)
    kind: str = "activity"  # "activity" or "break"
    materials: tuple[str, ...] = ()


@dataclass(frozen=True)
class SessionTemplate:
    """A reusable session plan: an ordered list of blocks."""

    key: str
    title: str
    description: str
    blocks: tuple[BlockTemplate, ...]
    source_keys: tuple[str, ...] = ()

    @property
    def planned_minutes(self) -> int:
        return sum(b.minutes for b in self.blocks)


@dataclass(frozen=True)
class Lens:
    """A way of looking at collaboration that the content ships (e.g. the six practices), with its source."""

    key: str
    name: str
    summary: str
    items: tuple[str, ...]  # what it is made of: the practices, or the self-assessment's elements
    source_key: str
    source_note: str = ""


DEFAULT_PAR_MODEL = "kemmis-mctaggart"  # the plan-act-observe-reflect spiral


@dataclass(frozen=True)
class ContentLibrary:
    """Everything loaded from resources/ and sessions/."""

    sources: dict[str, Source]
    practices: tuple[Practice, ...]
    par_models: dict[str, ParModel]
    self_assessment: SelfAssessment
    templates: dict[str, SessionTemplate] = field(default_factory=dict)
    sheets: dict[str, SheetTemplate] = field(default_factory=dict)

    def sheet_by_code(self, code: str) -> SheetTemplate | None:
        code = code.strip().upper()
        return next((s for s in self.sheets.values() if s.code == code), None)

    def stage_sheet(self, stage_key: str) -> SheetTemplate | None:
        return next((s for s in self.sheets.values() if stage_key and s.stage_key == stage_key), None)

    def lenses(self) -> tuple[Lens, ...]:
        """The lenses the shipped content provides, the six practices first."""
        found: list[Lens] = []
        if self.practices:
            found.append(
                Lens(
                    key="six-practices",
                    name=f"The {len(self.practices)} practices of inter-organisational collaboration"
                    if len(self.practices) != 6
                    else "The six practices of inter-organisational collaboration",
                    summary="Practices that help partner organisations create the conditions for working together.",
                    items=tuple(p.name for p in self.practices),
                    source_key=self.practices[0].source_key,
                    source_note=self.practices[0].source_note,
                )
            )
        sa = self.self_assessment
        if sa.elements:
            found.append(
                Lens(
                    key=sa.key,
                    name=sa.title,
                    summary=f"{len(sa.elements)} elements, each rated from {sa.scale_min} to {sa.scale_max} "
                    "with actions to take before the next session.",
                    items=tuple(e.name for e in sa.elements),
                    source_key=sa.source_key,
                    source_note=sa.source_note,
                )
            )
        return tuple(found)

    def par_models_in_order(self) -> list[ParModel]:
        """PAR models for a chooser: the default first, then the others by name."""
        return sorted(self.par_models.values(), key=lambda m: (m.key != DEFAULT_PAR_MODEL, m.name))

    def practice(self, key: str) -> Practice | None:
        return next((p for p in self.practices if p.key == key), None)

    def serves_label(self, key: str) -> str:
        """Human name for what a block serves: a practice or a PAR stage."""
        if not key:
            return ""
        practice = self.practice(key)
        if practice:
            return practice.name
        for model in self.par_models.values():
            stage = model.stage(key)
            if stage:
                return f"{stage.name} ({model.name})"
        return key
