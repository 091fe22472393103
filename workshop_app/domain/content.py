"""Content types: practices, PAR models, self-assessments, session templates and sources."""

from __future__ import annotations

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
class ContentLibrary:
    """Everything loaded from resources/ and sessions/."""

    sources: dict[str, Source]
    practices: tuple[Practice, ...]
    par_models: dict[str, ParModel]
    self_assessment: SelfAssessment
    templates: dict[str, SessionTemplate] = field(default_factory=dict)

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
