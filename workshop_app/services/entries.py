"""What participants write and rate in a session: reflections and self-assessment ratings."""

from __future__ import annotations

from sqlalchemy import delete, select

from ..domain import records as r
from ..domain.content import ContentLibrary
from ..domain.errors import NotFoundError, ValidationError
from ..domain.rules import MAX_TEXT, clean_text
from ..storage.database import Database
from ..storage.quick_reads import read_reflection_text
from ..storage.repositories import rating_of, reflection_of
from ..storage.rows import RatingRow, ReflectionRow, utcnow
from ..storage.rows_safety import DraftRow
from .consent import require_consent
from .result import Result


class EntryService:
    def __init__(self, db: Database, library: ContentLibrary) -> None:
        self.db = db
        self.content_library = library

    def reflections(self, session_id: str) -> list[r.Reflection]:
        """A session's reflections, leaving out people who withdrew consent."""
        with self.db.unit_of_work(write=False) as uow:
            excluded = self._withdrawn(uow, session_id)
            return [
                reflection_of(row)
                for row in uow.reflections.for_session(session_id)
                if row.participant_id not in excluded
            ]

    @staticmethod
    def _withdrawn(uow, session_id: str) -> set[str]:  # type: ignore[no-untyped-def]
        session = uow.sessions.get(session_id)
        return uow.consents.withdrawn_ids(session.programme_id) if session else set()

    def reflection_text(self, session_id: str, participant_id: str | None, prompt: str) -> str:
        """Read at every change of person or prompt in the editor: on the driver, not the ORM."""
        return self.db.read_raw(read_reflection_text, session_id, participant_id, prompt)

    def save_reflection(
        self, session_id: str, participant_id: str | None, prompt: str, text: str
    ) -> Result[r.Reflection]:
        """Store what a person wrote for one prompt (one reflection per person, prompt and session)."""
        if len(text) > MAX_TEXT:
            raise ValidationError(f"A reflection can hold at most {MAX_TEXT:,} characters.")
        prompt = clean_text(prompt, "Prompt", required=True, limit=2000)
        with self.db.unit_of_work() as uow:
            session = uow.sessions.get(session_id)
            if session is None:
                raise NotFoundError("That session no longer exists.")
            if participant_id is not None:
                person = uow.participants.get(participant_id)
                if person is None or person.programme_id != session.programme_id:
                    raise NotFoundError("That participant is not in this session's programme.")
                require_consent(uow, participant_id, person.name)
            row = uow.reflections.find(session_id, participant_id, prompt)
            if row is None:
                row = uow.reflections.add(
                    ReflectionRow(session_id=session_id, participant_id=participant_id, prompt=prompt, text=text)
                )
            else:
                row.text = text
                uow.db.flush()
            uow.db.execute(
                delete(DraftRow).where(
                    DraftRow.session_id == session_id,
                    DraftRow.participant_id.is_(participant_id)
                    if participant_id is None
                    else DraftRow.participant_id == participant_id,
                    DraftRow.prompt == prompt,
                )
            )
            reflection = reflection_of(row)
        return Result(reflection, r.Changes(reflections=True, ids=frozenset({reflection.id})))

    def ratings(self, session_id: str) -> list[r.Rating]:
        with self.db.unit_of_work(write=False) as uow:
            excluded = self._withdrawn(uow, session_id)
            return [rating_of(row) for row in uow.ratings.for_session(session_id) if row.participant_id not in excluded]

    def set_rating(
        self,
        session_id: str,
        participant_id: str | None,
        item_key: str,
        value: int,
        actions: str = "",
        *,
        instrument_key: str | None = None,
    ) -> Result[r.Rating]:
        """Record a self-assessment rating (1..5) and the actions the person will take."""
        assessment = self.content_library.self_assessment
        instrument_key = instrument_key or assessment.key
        if instrument_key == assessment.key and item_key not in {e.key for e in assessment.elements}:
            raise ValidationError(f"{item_key!r} is not an element of {assessment.title}.")
        if not assessment.scale_min <= int(value) <= assessment.scale_max:
            raise ValidationError(
                f"A rating must be from {assessment.scale_min} to {assessment.scale_max}, not {value}."
            )
        actions = clean_text(actions, "Actions", limit=MAX_TEXT)
        with self.db.unit_of_work() as uow:
            if uow.sessions.get(session_id) is None:
                raise NotFoundError("That session no longer exists.")
            if participant_id is not None:
                person = uow.participants.get(participant_id)
                require_consent(uow, participant_id, person.name if person else "")
            row = uow.ratings.find(session_id, participant_id, instrument_key, item_key)
            if row is None:
                row = uow.ratings.add(
                    RatingRow(
                        session_id=session_id,
                        participant_id=participant_id,
                        instrument_key=instrument_key,
                        item_key=item_key,
                        value=int(value),
                        actions=actions,
                    )
                )
            else:
                row.value = int(value)
                row.actions = actions
                uow.db.flush()
            rating = rating_of(row)
        return Result(rating, r.Changes(ratings=True, ids=frozenset({rating.id})))

    # --- drafts: text typed but not yet saved, kept so that a crash loses nothing -------------
    def save_draft(self, session_id: str, participant_id: str | None, prompt: str, text: str) -> None:
        """Keep the text being typed (one draft per person, prompt and session); no Changes."""
        if len(text) > MAX_TEXT:
            text = text[:MAX_TEXT]
        with self.db.unit_of_work() as uow:
            row = uow.db.execute(
                select(DraftRow).where(
                    DraftRow.session_id == session_id,
                    DraftRow.participant_id.is_(None)
                    if participant_id is None
                    else DraftRow.participant_id == participant_id,
                    DraftRow.prompt == prompt,
                )
            ).scalar_one_or_none()
            if row is None:
                uow.db.add(DraftRow(session_id=session_id, participant_id=participant_id, prompt=prompt, text=text))
            else:
                row.text = text
                row.updated_at = utcnow()

    def drafts(self, session_id: str | None = None) -> list[r.Draft]:
        """Drafts left by a crash whose text differs from what is saved, oldest first."""
        with self.db.unit_of_work(write=False) as uow:
            query = select(DraftRow).order_by(DraftRow.updated_at)
            if session_id is not None:
                query = query.where(DraftRow.session_id == session_id)
            out = []
            for row in uow.db.execute(query).scalars():
                saved = uow.reflections.find(row.session_id, row.participant_id, row.prompt)
                if saved is not None and saved.text == row.text:
                    continue
                out.append(
                    r.Draft(
                        row.id,
                        row.session_id,
                        row.participant_id,
                        row.prompt,
                        row.text,
                        row.updated_at,
                        saved.text if saved else "",
                        saved.updated_at if saved else None,
                    )
                )
            return out

    def discard_draft(self, draft_id: str) -> None:
        with self.db.unit_of_work() as uow:
            uow.db.execute(delete(DraftRow).where(DraftRow.id == draft_id))
