"""Session packs: gather a session's data into a PackData value and print it to a PDF file."""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from .. import __version__
from ..content.consent import load_consent
from ..domain.content import ContentLibrary
from ..domain.errors import ContentError
from ..domain.pack import (
    AttendanceLine,
    ConsentForm,
    CycleReport,
    GroupNote,
    PackAction,
    PackBlock,
    PackData,
    PackExtras,
    PackOptions,
    PackParticipant,
    PackReport,
    Quote,
    RatingDistribution,
    RatingPoint,
    RatingSeries,
    SessionSummary,
    TimingLine,
)
from ..domain.privacy import shown_to_group
from ..domain.records import Attendance, Capture, CaptureKind
from ..domain.rules import session_code
from ..storage import audit
from ..storage.atomic import write_atomically
from ..storage.database import Database
from .consent import ConsentService
from .evidence import EvidenceService
from .programmes import ProgrammeService
from .run import RunService
from .sessions import SessionService
from .settings import SettingsService

Progress = Callable[[int, int], bool | None]


@dataclass(frozen=True)
class _Recorded:
    """What was kept while the session ran: attendance ticks and captured notes."""

    people: list[Attendance]
    captures: list[Capture]

    def attendance(self, withdrawn: set[str]) -> tuple[AttendanceLine, ...] | None:
        if not any(a.present for a in self.people):
            return None  # nobody was ticked: attendance was not taken
        return tuple(
            AttendanceLine(a.participant.name, a.participant.organisation, a.present)
            for a in self.people
            if a.participant.id not in withdrawn
        )

    def _texts(self, kind: CaptureKind) -> list[Capture]:
        return [c for c in self.captures if c.kind == kind and c.text.strip()]

    def group_notes(self) -> tuple[GroupNote, ...] | None:
        if not self.captures:
            return None
        notes = self._texts(CaptureKind.GROUP_NOTES) + self._texts(CaptureKind.PARKING_LOT)
        return tuple(
            GroupNote(c.block_title if c.kind == CaptureKind.GROUP_NOTES else "Parking lot", c.text.strip())
            for c in notes
        )

    def decisions(self) -> tuple[str, ...] | None:
        if not self.captures:
            return None
        return tuple(
            line.strip(" -•\t")
            for c in self._texts(CaptureKind.DECISIONS)
            for line in c.text.splitlines()
            if line.strip()
        )


class PackService:
    def __init__(self, db: Database, library: ContentLibrary) -> None:
        self.db = db
        self.content_library = library
        self._sessions = SessionService(db, library)
        self._programmes = ProgrammeService(db, library)
        self._evidence = EvidenceService(db, library)
        self._consent: ConsentForm | None = None

    def consent_form(self) -> ConsentForm | None:
        if self._consent is None:
            try:
                self._consent = load_consent()
            except ContentError:
                return None
        return self._consent

    def pack_data(self, session_id: str, language: str = "en") -> PackData:
        session = self._sessions.session(session_id)
        programme = self._programmes.programme(session.programme_id)
        people = self._programmes.participants(programme.id)
        withdrawn = ConsentService(self.db, self.content_library).excluded_ids(programme.id)
        people = [p for p in people if p.id not in withdrawn]  # no sheet for someone who withdrew
        agenda = self._sessions.agenda(session)
        used_content = {p.key for p in self.content_library.practices}
        used_content.add(self.content_library.self_assessment.key)
        used_content.add(programme.par_model_key)
        if session.template_key:
            used_content.add(session.template_key)
        sources = tuple(self._evidence.sources_for(used_content))
        return PackData(
            language=language,
            programme_name=programme.name,
            partnership=programme.partnership,
            session_title=session.title,
            session_date=session.held_on,
            starts_at=session.starts_at,
            planned_end=agenda.planned_end,
            planned_minutes=agenda.planned_minutes,
            place=session.place,
            blocks=tuple(
                PackBlock(
                    starts=line.timing.starts,
                    ends=line.timing.ends,
                    minutes=line.block.minutes,
                    title=line.block.title,
                    purpose=line.block.purpose,
                    facilitator_notes=line.block.facilitator_notes,
                    prompts=line.block.prompts,
                    serves_label=line.serves_label,
                    kind=str(line.block.kind),
                    materials=line.block.materials,
                )
                for line in agenda.lines
            ),
            participants=tuple(PackParticipant(p.name, p.code, p.organisation, p.role) for p in people),
            sheet_prompts=tuple(self._sessions.prompts(session)),
            practices=self.content_library.practices,
            self_assessment=self.content_library.self_assessment,
            sources=sources,
            session_code=session_code(session.id),
            app_version=__version__,
            extras=self._extras(session.id),
        )

    def _extras(self, session_id: str) -> PackExtras:
        """Open actions, the after-session summary and the cycle report from the records kept.

        People who withdrew are left out of every section; quotes come only from people who
        consented to being quoted, and print without a name. A section whose records were never
        kept (no attendance ticked, nothing captured, no session run) prints as 'not recorded'.
        """
        sa = self.content_library.self_assessment
        names = {e.key: e.name for e in sa.elements}
        order = [e.key for e in sa.elements]
        width = sa.scale_max - sa.scale_min + 1
        threshold = SettingsService(self.db, self.content_library).small_group_threshold()
        recorded = self._recorded(session_id)
        with self.db.unit_of_work(write=False) as uow:
            session = uow.sessions.get(session_id)
            assert session is not None  # pack_data resolved it already
            consents = {c.participant_id: c for c in uow.consents.for_programme(session.programme_id)}
            withdrawn = {pid for pid, c in consents.items() if c.withdrawn_on is not None}
            quotable = {pid for pid, c in consents.items() if c.quoting and c.research_use and pid not in withdrawn}
            newcomers = tuple(
                PackParticipant(p.name, p.code, p.organisation, p.role)
                for p in uow.participants.for_programme(session.programme_id)
                if p.id not in consents
            )
            sessions = list(uow.sessions.for_programme(session.programme_id))
            actions = list(uow.actions.for_programme(session.programme_id))
            ratings = {
                s.id: [r for r in uow.ratings.for_session(s.id) if r.participant_id not in withdrawn] for s in sessions
            }
            reflections = [
                r
                for r in uow.reflections.for_session(session_id)
                if r.text.strip() and r.participant_id not in withdrawn
            ]
            quotes = tuple(Quote(r.text.strip(), r.prompt) for r in reflections if r.participant_id in quotable)
            cycles = {c.id: c.number for c in uow.cycles.for_programme(session.programme_id)}
            cycle_id = session.cycle_id

            def pack_action(row: object, carried: bool = False) -> PackAction:
                return PackAction(row.description, row.owner, row.due_on, row.status, carried)  # type: ignore[attr-defined]

            def distributions(session_rows: list) -> list[RatingDistribution]:  # type: ignore[type-arg]
                counts: dict[str, list[int]] = defaultdict(lambda: [0] * width)
                for row in session_rows:
                    if row.instrument_key == sa.key and sa.scale_min <= row.value <= sa.scale_max:
                        counts[row.item_key][row.value - sa.scale_min] += 1
                keys = [k for k in order if k in counts] + sorted(k for k in counts if k not in names)
                return [RatingDistribution(names.get(k, k), sa.scale_min, sa.scale_max, tuple(counts[k])) for k in keys]

            open_actions = tuple(pack_action(a) for a in actions if a.status in ("open", "partly"))
            summary = SessionSummary(
                ratings=tuple(distributions(ratings[session_id])),
                actions=tuple(pack_action(a) for a in actions if a.session_id == session_id),
                reflections_count=len(reflections),
                attendance=recorded.attendance(withdrawn),
                group_notes=recorded.group_notes(),
                decisions=recorded.decisions(),
                quotes=quotes,
                min_group=threshold,
            )
            cycle: CycleReport | None = None
            if cycle_id is not None:
                in_cycle = [s for s in sessions if s.cycle_id == cycle_id]
                in_cycle.sort(key=lambda s: (s.held_on, s.starts_at))
                ids = {s.id for s in in_cycle}
                labels = {s.id: f"S{i} {s.held_on:%d %b}" for i, s in enumerate(in_cycle, start=1)}
                mine = [a for a in actions if a.cycle_id == cycle_id or a.session_id in ids]
                by_session = {s.id: {d.item: d for d in distributions(ratings[s.id])} for s in in_cycle}
                items = list(dict.fromkeys(item for dists in by_session.values() for item in dists))
                series_points: dict[str, list[RatingPoint]] = {item: [] for item in items}
                for s in in_cycle:
                    for item in items:
                        dist = by_session[s.id].get(item)
                        n = dist.responses if dist else 0
                        mean = dist.mean if dist and shown_to_group(n, threshold) else None
                        series_points[item].append(RatingPoint(labels[s.id], mean, n))
                earlier = {c for c, n in cycles.items() if n < cycles.get(cycle_id, 0)}
                cycle = CycleReport(
                    cycle_label=f"Cycle {cycles.get(cycle_id, '?')}",
                    sessions=tuple(labels[s.id] for s in in_cycle),
                    carried=tuple(
                        pack_action(a, carried=True)
                        for a in actions
                        if a.status in ("open", "partly") and (a.cycle_id in earlier or a.cycle_id == cycle_id)
                    ),
                    closed=tuple(pack_action(a) for a in mine if a.status == "done"),
                    dropped=tuple(pack_action(a) for a in mine if a.status == "dropped"),
                    series=tuple(RatingSeries(item, tuple(points)) for item, points in series_points.items()),
                    scale_min=sa.scale_min,
                    scale_max=sa.scale_max,
                    timings=self._timings([(labels[s.id], s.id) for s in in_cycle]),
                )
        consent = self.consent_form()
        if consent is not None:
            consent = replace(consent, new_participants=newcomers)
        return PackExtras(open_actions=open_actions, consent=consent, summary=summary, cycle=cycle)

    def _recorded(self, session_id: str) -> _Recorded:
        run = RunService(self.db, self.content_library)
        return _Recorded(run.attendance(session_id), run.captures(session_id))

    def _timings(self, sessions: list[tuple[str, str]]) -> tuple[TimingLine, ...] | None:
        """Planned and actual minutes of every block of the cycle's sessions; None if none was run."""
        run = RunService(self.db, self.content_library)
        lines: list[TimingLine] = []
        any_run = False
        for label, session_id in sessions:
            for line in run.session_log(session_id):
                actual = line.actual.actual_minutes if line.actual else None
                any_run = any_run or line.actual is not None
                lines.append(
                    TimingLine(label, line.title, line.planned_minutes, round(actual) if actual is not None else None)
                )
        return tuple(lines) if any_run else None

    @staticmethod
    def write_pack(
        data: PackData,
        out: str | os.PathLike[str],
        options: PackOptions | None = None,
        progress: Progress | None = None,
    ) -> PackReport:
        """Print pack data to `out`, atomically. Pure of the database, so it may run off the GUI thread."""
        from ..packs.session_pack import build_session_pack  # reportlab loads only when printing

        reports: list[PackReport] = []
        write_atomically(Path(out), lambda fh: reports.append(build_session_pack(data, fh, options, progress=progress)))
        return reports[0]

    @staticmethod
    def preview_pack(
        data: PackData, options: PackOptions | None = None, progress: Progress | None = None
    ) -> tuple[bytes, PackReport]:
        """Build the pack in memory: its bytes and report (what each page holds). Writes nothing."""
        from ..packs.session_pack import build_session_pack_report

        return build_session_pack_report(data, options, progress=progress)

    @staticmethod
    def render_pages(pdf: bytes, *, width: int = 900) -> list[bytes]:
        """Each page of a laid-out pack as a PNG image `width` pixels wide, for the in-app preview.

        Pure of the database and of Qt, so it runs on the task lane after the build.
        """
        import io

        import pypdfium2  # PDFium, shipped inside its wheel: renders pages without a system viewer

        document = pypdfium2.PdfDocument(pdf)
        try:
            pages = []
            for page in document:
                scale = width / page.get_width()
                image = page.render(scale=scale).to_pil()
                out = io.BytesIO()
                image.save(out, format="PNG", optimize=False)
                pages.append(out.getvalue())
            return pages
        finally:
            document.close()

    def build_pack(
        self,
        session_id: str,
        out: str | os.PathLike[str],
        options: PackOptions | None = None,
        progress: Progress | None = None,
    ) -> PackReport:
        """Print a session's pack to `out` (written atomically), noted in the audit trail."""
        report = self.write_pack(self.pack_data(session_id), out, options, progress)
        self.record_pack(session_id, report)
        return report

    def record_pack(self, session_id: str, report: PackReport, how: str = "saved") -> None:
        """Note a pack that left the app (saved to a file or sent to a printer) in the audit trail:
        which session, which documents, how many pages and personal sheets. Never a name or an answer."""
        if self.db.read_only:
            return
        documents = ", ".join(d.value for d in report.documents) or "none"
        blank = report.sheets - report.personal_sheets
        action = (
            f"export session pack ({how}; {documents}; {report.pages} pages; "
            f"{report.personal_sheets} personal sheets, {blank} blank)"
        )
        with self.db.unit_of_work() as uow:
            audit.append(uow.db, action, [session_id])
