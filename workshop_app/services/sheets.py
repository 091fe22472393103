"""Filled sheets: started, saved as typed, submitted; found again from a paper sheet's code."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime, time

from ..domain import records as r
from ..domain import voice as v
from ..domain.content import ContentLibrary, SheetItem, SheetItemKind, SheetTemplate
from ..domain.errors import NotFoundError, ValidationError
from ..domain.rules import MAX_TEXT, clean_text, parse_sheet_code, session_code
from ..storage.database import Database, UnitOfWork
from ..storage.repositories import participant_of, session_of
from ..storage.repositories_voice import submission_of
from ..storage.rows import utcnow
from ..storage.rows_voice import AnswerRow, SubmissionRow
from .consent import require_consent
from .result import Result
from .sessions import SessionService

# The reflection sheet the session pack prints for each person: the session's prompts in agenda
# order, then the self-assessment. Its prompts come from the session, so it is built per session.
SESSION_SHEET_KEY = "session-reflection"
SESSION_SHEET_CODE = "REFL"
SESSION_SHEET_FALLBACK_PROMPT = "Notes and reflections on this session"

# What a form hands over: item key -> typed text (prompts, actions) or a rating (1..5 or None).
Answers = Mapping[str, str | int | None]


@dataclass(frozen=True)
class SheetTarget:
    """What a sheet code points at: a session, a sheet, and a person (None for a blank sheet)."""

    session: r.Session
    sheet: SheetTemplate
    participant: r.Participant | None
    code: str


class SheetService:
    def __init__(self, db: Database, library: ContentLibrary) -> None:
        self.db = db
        self.content_library = library

    # --- content -------------------------------------------------------------------------
    def sheet(self, sheet_key: str, session: r.Session | None = None) -> SheetTemplate:
        if sheet_key == SESSION_SHEET_KEY and session is not None:
            return self.session_sheet(session)
        sheet = self.content_library.sheets.get(sheet_key)
        if sheet is None:
            raise NotFoundError(f"There is no sheet called {sheet_key!r}.")
        return sheet

    def session_sheet(self, session: r.Session) -> SheetTemplate:
        """The pack's printed reflection sheet (code REFL) for a session, as a form."""
        assessment = self.content_library.sheets[self.content_library.self_assessment.key]
        prompts = SessionService.prompts(session) or [SESSION_SHEET_FALLBACK_PROMPT]
        items = tuple(SheetItem(f"prompt-{n}", SheetItemKind.PROMPT, text) for n, text in enumerate(prompts, 1))
        return replace(
            assessment,
            key=SESSION_SHEET_KEY,
            code=SESSION_SHEET_CODE,
            title="Reflection sheet",
            items=items + assessment.items,
        )

    def sheets_for(self, programme: r.Programme) -> list[SheetTemplate]:
        """Sheets offered for a programme: general ones, then its PAR model's stage sheets in stage order."""
        general = [s for s in self.content_library.sheets.values() if not s.par_model_key]
        model = self.content_library.par_models.get(programme.par_model_key)
        stages = [self.content_library.stage_sheet(st.key) for st in model.stages] if model else []
        return general + [s for s in stages if s is not None]

    # --- codes ---------------------------------------------------------------------------
    def resolve_code(self, text: str) -> SheetTarget:
        """The session, sheet and person a typed sheet code names; plain errors when it names nothing."""
        code = parse_sheet_code(text)
        sheet = self.content_library.sheet_by_code(code.sheet_code)
        if sheet is None and code.sheet_code != SESSION_SHEET_CODE:
            known = ", ".join(sorted(s.code for s in self.content_library.sheets.values()))
            raise NotFoundError(f"No sheet has the code {code.sheet_code} (known sheet codes: {known}).")
        with self.db.unit_of_work(write=False) as uow:
            matches = [row for row in uow.sessions.all_rows() if session_code(row.id) == code.session_code]
            if not matches:
                raise NotFoundError(f"No session in this database has the code {code.session_code}.")
            if len(matches) > 1:
                raise ValidationError(
                    f"{len(matches)} sessions share the code {code.session_code}; choose the session on screen instead."
                )
            session = session_of(matches[0])
            person = None
            if code.participant_code is not None:
                row = next(
                    (
                        p
                        for p in uow.participants.for_programme(session.programme_id)
                        if p.code == code.participant_code
                    ),
                    None,
                )
                if row is None:
                    raise NotFoundError(
                        f"No participant in this session's programme has the code {code.participant_code}."
                    )
                person = participant_of(row)
        if sheet is None:
            sheet = self.session_sheet(session)
        return SheetTarget(session, sheet, person, str(code))

    # --- filling in ----------------------------------------------------------------------
    def start(
        self,
        session_id: str,
        sheet_key: str,
        participant_id: str | None,
        channel: v.Channel,
        *,
        resume: bool = True,
    ) -> Result[v.Submission]:
        """Open a sheet for a person (or anonymously). A named person has one sheet per session and sheet:
        with `resume` their existing one is returned; without it (the kiosk), an existing one is refused,
        so nobody can open someone else's entries by picking their name."""
        if sheet_key != SESSION_SHEET_KEY:
            self.sheet(sheet_key)
        with self.db.unit_of_work() as uow:
            session = uow.sessions.get(session_id)
            if session is None:
                raise NotFoundError("That session no longer exists.")
            if participant_id is not None:
                person = uow.participants.get(participant_id)
                if person is None or person.programme_id != session.programme_id:
                    raise NotFoundError("That participant is not in this session's programme.")
                require_consent(uow, participant_id, person.name)
                existing = uow.submissions.find(session_id, sheet_key, participant_id)
                if existing is not None:
                    if not resume:
                        raise ValidationError(
                            "There is already a sheet under this name for this session. Please ask the facilitator.",
                            code="sheet-exists",
                        )
                    return Result(submission_of(existing), r.Changes())
            row = uow.submissions.add(
                SubmissionRow(
                    session_id=session_id,
                    sheet_key=sheet_key,
                    participant_id=participant_id,
                    channel=v.Channel(channel).value,
                    status=v.SubmissionStatus.DRAFT.value,
                )
            )
            submission = submission_of(row)
        return Result(submission, r.Changes(submissions=True, ids=frozenset({submission.id})))

    def submission(self, submission_id: str) -> v.Submission:
        with self.db.unit_of_work(write=False) as uow:
            row = uow.submissions.get(submission_id)
            if row is None:
                raise NotFoundError("That sheet no longer exists.")
            return submission_of(row)

    def save(self, submission_id: str, answers: Answers) -> Result[v.Submission]:
        """Save what is typed so far (a draft survives a crash). Unknown items or bad ratings are refused."""
        return self._write(submission_id, answers, submit=False)

    def submit(self, submission_id: str, answers: Answers) -> Result[v.Submission]:
        """Save and hand in the sheet."""
        return self._write(submission_id, answers, submit=True)

    def discard(self, submission_id: str) -> Result[None]:
        """Throw away a draft (a kiosk participant who changes their mind). Submitted sheets stay."""
        with self.db.unit_of_work() as uow:
            row = uow.submissions.get(submission_id)
            if row is None:
                return Result(None, r.Changes())
            if row.status == v.SubmissionStatus.SUBMITTED.value:
                raise ValidationError("A submitted sheet cannot be thrown away here.")
            uow.submissions.remove(row)
        return Result(None, r.Changes(submissions=True, ids=frozenset({submission_id})))

    def _clean_answers(self, sheet: SheetTemplate, answers: Answers) -> dict[str, tuple[str, int | None]]:
        out: dict[str, tuple[str, int | None]] = {}
        for key, raw in answers.items():
            item = sheet.item(key)
            if item is None:
                raise ValidationError(f"{key!r} is not an item of the sheet {sheet.title!r}.")
            if item.kind == SheetItemKind.RATING:
                if raw in (None, "", 0):
                    out[key] = ("", None)
                    continue
                if isinstance(raw, bool) or not isinstance(raw, int | str) or not str(raw).strip().isdigit():
                    raise ValidationError(f"A rating must be a number from {sheet.scale_min} to {sheet.scale_max}.")
                value = int(raw)
                if not sheet.scale_min <= value <= sheet.scale_max:
                    raise ValidationError(f"A rating must be from {sheet.scale_min} to {sheet.scale_max}, not {value}.")
                out[key] = ("", value)
            else:
                text = str(raw or "")
                if len(text) > MAX_TEXT:
                    raise ValidationError(f"An answer can hold at most {MAX_TEXT:,} characters.")
                out[key] = (clean_text(text, "Answer", limit=MAX_TEXT), None)
        return out

    def _write(self, submission_id: str, answers: Answers, *, submit: bool) -> Result[v.Submission]:
        with self.db.unit_of_work() as uow:
            row = uow.submissions.get(submission_id)
            if row is None:
                raise NotFoundError("That sheet no longer exists.")
            submission = self._apply(uow, row, answers, submit=submit)
        return Result(submission, r.Changes(submissions=True, ids=frozenset({submission.id})))

    def _apply(self, uow: UnitOfWork, row: SubmissionRow, answers: Answers, *, submit: bool) -> v.Submission:
        session_row = uow.sessions.get(row.session_id)
        sheet = self.sheet(row.sheet_key, session_of(session_row) if session_row else None)
        if row.participant_id is not None:
            person = uow.participants.get(row.participant_id)
            require_consent(uow, row.participant_id, person.name if person else "")
        cleaned = self._clean_answers(sheet, answers)
        existing = uow.submissions.answers(row)
        positions = {item.key: i for i, item in enumerate(sheet.items)}
        for key, (text, value) in cleaned.items():
            answer = existing.get(key)
            if answer is None:
                row.answers.append(AnswerRow(item_key=key, position=positions[key], text=text, value=value))
            else:
                answer.text, answer.value = text, value
        if submit:
            row.status = v.SubmissionStatus.SUBMITTED.value
            row.submitted_at = utcnow()
        if row.participant_id is None:
            self._blur_times(uow, row)
        uow.db.flush()
        return submission_of(row)

    def find(self, session_id: str, sheet_key: str, participant_id: str) -> v.Submission | None:
        """A named person's sheet for a session, if one was started (for the facilitator and paper entry)."""
        with self.db.unit_of_work(write=False) as uow:
            row = uow.submissions.find(session_id, sheet_key, participant_id)
            return submission_of(row) if row else None

    def record(
        self,
        session_id: str,
        sheet_key: str,
        participant_id: str | None,
        channel: v.Channel,
        answers: Answers,
    ) -> Result[v.Submission]:
        """Store a whole sheet at once (typed in from paper): one transaction. A named person's
        earlier sheet for the session is updated; a blank sheet always makes a new anonymous one."""
        if sheet_key != SESSION_SHEET_KEY:
            self.sheet(sheet_key)
        with self.db.unit_of_work() as uow:
            session = uow.sessions.get(session_id)
            if session is None:
                raise NotFoundError("That session no longer exists.")
            row = None
            if participant_id is not None:
                person = uow.participants.get(participant_id)
                if person is None or person.programme_id != session.programme_id:
                    raise NotFoundError("That participant is not in this session's programme.")
                require_consent(uow, participant_id, person.name)
                row = uow.submissions.find(session_id, sheet_key, participant_id)
            if row is None:
                row = uow.submissions.add(
                    SubmissionRow(
                        session_id=session_id,
                        sheet_key=sheet_key,
                        participant_id=participant_id,
                        channel=v.Channel(channel).value,
                        status=v.SubmissionStatus.DRAFT.value,
                    )
                )
            submission = self._apply(uow, row, answers, submit=True)
        return Result(submission, r.Changes(submissions=True, ids=frozenset({submission.id})))

    @staticmethod
    def _blur_times(uow: UnitOfWork, row: SubmissionRow) -> None:
        """An anonymous sheet keeps only its session's date, so times cannot tie it to a person."""
        session = uow.sessions.get(row.session_id)
        day = datetime.combine(session.held_on, time(0, 0)) if session else datetime(2000, 1, 1)
        uow.submissions.blur_times(row, day)

    # --- reading -------------------------------------------------------------------------
    def submissions(self, session_id: str, sheet_key: str | None = None) -> list[v.Submission]:
        """Submitted sheets of a session, leaving out people who withdrew."""
        with self.db.unit_of_work(write=False) as uow:
            session = uow.sessions.get(session_id)
            if session is None:
                raise NotFoundError("That session no longer exists.")
            excluded = uow.consents.withdrawn_ids(session.programme_id)
            rows = uow.submissions.for_sessions([session_id])
            return [
                submission_of(row)
                for row in rows
                if row.participant_id not in excluded and (sheet_key is None or row.sheet_key == sheet_key)
            ]

    def count(self, session_id: str, sheet_key: str) -> int:
        return len(self.submissions(session_id, sheet_key))
