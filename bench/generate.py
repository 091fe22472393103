"""A realistic large data set for the benchmarks and scale tests: programmes, people, sessions, reflections.

    python bench/generate.py OUT.db [--programmes 100] [--reflections 600000] [--big 100000] [--seed 1]

The schema comes from the app itself (`open_database` runs the migrations); the rows are then
written in bulk with `executemany` on the engine's own DB-API connection, in one transaction. The
first programme is the "big" one (`--big` reflections, e.g. years of sessions); the rest share
the remaining reflections. Names and some reflections are in many scripts (Welsh, Polish, Greek,
Cyrillic, Arabic, Urdu, Devanagari, Chinese, Gaelic …). The same seed gives the same data.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
import time
import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

FIRST_NAMES = (
    "Siân",
    "Rhodri",
    "Gwenllian",
    "Dafydd",
    "Eilidh",
    "Ruaridh",
    "Catrìona",
    "Łukasz",
    "Małgorzata",
    "Zbigniew",
    "Grażyna",
    "Αικατερίνη",
    "Γιώργος",
    "Δημήτρης",
    "Ελένη",
    "Анна",
    "Дмитрий",
    "Ольга",
    "Сергій",
    "Олена",
    "محمد",
    "فاطمة",
    "يوسف",
    "عائشة",
    "عمران",
    "ثمینہ",
    "زاہد",
    "نسرین",
    "प्रिया",
    "अर्जुन",
    "Aoife",
    "Seán",
    "Niamh",
    "Chidi",
    "Ngozi",
    "Oluwaseun",
    "Mei",
    "伟",
    "秀英",
    "Tomás",
    "José",
    "Zoë",
    "Björn",
    "Ayşe",
    "Mehmet",
    "Priya",
    "Tom",
    "Fiona",
    "Grant",
    "Morag",
    "Daniel",
)
LAST_NAMES = (
    "Griffiths",
    "ap Gruffydd",
    "Llewellyn",
    "MacLeod",
    "Mac an t-Saoir",
    "NicDhòmhnaill",
    "Kowalski",
    "Wiśniewska",
    "Żółkiewski",
    "Παπαδοπούλου",
    "Οικονόμου",
    "Иванова",
    "Шевченко",
    "Кузнецов",
    "الهاشمي",
    "العتيبي",
    "خان",
    "چوہدری",
    "قریشی",
    "शर्मा",
    "पटेल",
    "Ó Súilleabháin",
    "Okafor",
    "Adeyemi",
    "王",
    "李",
    "Campbell",
    "Stewart",
    "O'Neill",
    "Fraser",
    "Sinclair",
    "Müller",
    "Yılmaz",
)
ORGANISATIONS = (
    ("NHS Ayrshire & Arran", "Health"),
    ("Betsi Cadwaladr University Health Board", "Health"),
    ("Cardiff and Vale Integrated Health and Social Care Partnership", "Social care"),
    ("North Ayrshire Health & Social Care Partnership", "Social care"),
    ("Cunninghame Housing Association", "Housing"),
    ("Cartrefi Cymru Co-operative", "Housing"),
    ("Ayrshire Carers Centre", "Voluntary sector"),
    ("Polish Social and Cultural Association", "Voluntary sector"),
    ("Bradford Council for Mosques", "Voluntary sector"),
    ("Police Scotland, Ayrshire Division", "Police and justice"),
    ("Leeds City Council Adult Social Care", "Local authority"),
    ("Glasgow Children's Services", "Education and children's services"),
)
ROLES = (
    "Community nursing lead",
    "Service manager",
    "Senior social worker",
    "Head of service",
    "Tenancy support manager",
    "Chief executive",
    "Partnership officer",
    "GP cluster quality lead",
    "Community development worker",
    "Carer support coordinator",
    "Team manager",
    "Peer support worker",
)
OPENINGS = (
    "I noticed that",
    "Hearing the housing team made me see that",
    "What surprised me was that",
    "I took a risk and said that",
    "We agreed, at last, that",
    "It became clear in the room that",
    "Looking back on the last cycle,",
    "I am still unsure whether",
    "For the first time I felt that",
)
MIDDLES = (
    "our targets pull against each other",
    "discharge delays start long before the ward",
    "people trust the process more than the paperwork",
    "the shared purpose survives a budget round",
    "carers hold knowledge none of us record",
    "we keep meeting without deciding",
    "the voluntary sector carries risk nobody funds",
    "small joint case reviews build more trust than strategies",
    "leadership here means letting go of credit",
    "we measure what is easy rather than what matters",
)
ENDINGS = (
    "and I want to test it before we next meet.",
    "so I will book a joint case review.",
    "which I had not wanted to admit.",
    "and the group did not push back.",
    "but it needs more evidence.",
    "and I will bring data from my team.",
    "so the next cycle should start there.",
    "— worth naming out loud.",
)
OTHER_SCRIPTS = (
    "Dysgais fod ymddiriedaeth yn tyfu'n araf rhwng y timau.",
    "Zauważyłem, że nasze cele są sprzeczne; spróbuję to zmienić.",
    "Νομίζω ότι η συνεργασία χρειάζεται περισσότερο χρόνο από όσο νομίζαμε.",
    "Мы наконец договорились о общей цели, но бюджет остаётся проблемой.",
    "لاحظت أن الثقة بين الفرق تحتاج إلى وقت أطول.",
    "مجھے لگا کہ ہماری ٹیمیں ایک دوسرے کی بات زیادہ سن رہی ہیں۔",
    "मुझे लगा कि हमें मरीज़ों के परिवारों को भी शामिल करना चाहिए।",
    "我们第一次真正讨论了彼此的目标冲突。",
    "Bha e soilleir gu bheil earbsa a' fàs eadar na buidhnean.",
)


@dataclass(frozen=True)
class Generated:
    path: Path
    programmes: int
    participants: int
    sessions: int
    reflections: int
    big_programme_id: str
    big_programme_name: str
    big_reflections: int
    seconds: float


def _stamp(dt: datetime) -> str:
    return dt.strftime("%Y-%m-%d %H:%M:%S.%f")


def _reflection_text(rng: random.Random) -> str:
    if rng.random() < 0.12:
        return rng.choice(OTHER_SCRIPTS) + (" " + rng.choice(OTHER_SCRIPTS) if rng.random() < 0.3 else "")
    parts = [f"{rng.choice(OPENINGS)} {rng.choice(MIDDLES)} {rng.choice(ENDINGS)}"]
    while rng.random() < 0.45:
        parts.append(f"{rng.choice(OPENINGS)} {rng.choice(MIDDLES)} {rng.choice(ENDINGS)}")
    return " ".join(parts)


def generate(
    path: str | Path,
    *,
    programmes: int = 100,
    reflections: int = 600_000,
    big: int = 100_000,
    seed: int = 1,
    people_per_programme: int = 16,
    people_in_big: int = 60,
) -> Generated:
    """Write the data set into a new database file at `path` (which must not exist)."""
    from workshop_app.content.loader import load_library
    from workshop_app.storage.database import open_database

    started = time.perf_counter()
    target = Path(path)
    if target.exists():
        raise FileExistsError(target)
    library = load_library()
    templates = [library.templates[k] for k in sorted(library.templates)]
    rng = random.Random(seed)
    uid = lambda: str(uuid.UUID(int=rng.getrandbits(128), version=4))  # noqa: E731 - reproducible ids
    base = datetime(2019, 1, 7, 9, 0)
    database = open_database(target)
    big = min(big, reflections) if programmes > 0 else 0
    rest = reflections - big
    per_other = math.ceil(rest / max(1, programmes - 1)) if programmes > 1 else 0

    programme_rows, participant_rows, cycle_rows, session_rows, block_rows = [], [], [], [], []
    reflection_rows: list[tuple[str, ...]] = []
    big_id = big_name = ""
    made = 0
    for p in range(programmes):
        pid = uid()
        want = big if p == 0 else min(per_other, reflections - made)
        people_n = people_in_big if p == 0 else people_per_programme
        starts = date(2019, 1, 7) + timedelta(days=7 * (p % 200))
        place = rng.choice(("Ayrshire", "Gwynedd", "Bradford", "Leeds", "Glasgow", "Cardiff"))
        name = f"{place} integration leaders {p + 1}"
        if p == 0:
            big_id, big_name = pid, name
        stamp = _stamp(base + timedelta(minutes=p))
        programme_rows.append(
            (
                pid,
                name,
                "Health and social care partnership",
                starts.isoformat(),
                None,
                "kemmis-mctaggart",
                stamp,
                stamp,
            )
        )
        cycle = uid()
        cycle_rows.append((cycle, pid, 1, starts.isoformat(), stamp, stamp))
        people = []
        codes: set[str] = set()
        for i in range(people_n):
            first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
            org, sector = rng.choice(ORGANISATIONS)
            code = f"P{i + 1:03d}"
            codes.add(code)
            person = uid()
            people.append(person)
            participant_rows.append(
                (person, pid, code, f"{first} {last}", org, sector, rng.choice(ROLES), stamp, stamp)
            )
        n_sessions = 0
        while want > 0:
            template = templates[n_sessions % len(templates)]
            sid = uid()
            held = starts + timedelta(days=14 * n_sessions)
            s_stamp = _stamp(datetime.combine(held, datetime.min.time()) + timedelta(hours=8))
            session_rows.append(
                (
                    sid,
                    pid,
                    cycle,
                    template.title,
                    template.key,
                    held.isoformat(),
                    "09:30:00.000000",
                    template.planned_minutes,
                    "Community hall",
                    "",
                    s_stamp,
                    s_stamp,
                )
            )
            prompts: list[str] = []
            for position, block in enumerate(template.blocks):
                block_rows.append(
                    (
                        uid(),
                        sid,
                        position,
                        block.title,
                        block.minutes,
                        block.purpose,
                        block.facilitator_notes,
                        json.dumps(list(block.prompts), ensure_ascii=False),
                        json.dumps(list(block.materials), ensure_ascii=False),
                        block.serves,
                        block.kind,
                        s_stamp,
                        s_stamp,
                    )
                )
                if block.prompts and block.prompts[0] not in prompts:
                    prompts.append(block.prompts[0])
            for person in people:
                for prompt in prompts:
                    if want <= 0:
                        break
                    reflection_rows.append((uid(), sid, person, prompt, _reflection_text(rng), s_stamp, s_stamp))
                    want -= 1
                    made += 1
            n_sessions += 1

    engine = database.engine
    with engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert raw is not None
        raw.execute("BEGIN IMMEDIATE")
        raw.executemany(
            "INSERT INTO programme (id, name, partnership, starts_on, ends_on, par_model_key, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            programme_rows,
        )
        raw.executemany(
            "INSERT INTO par_cycle (id, programme_id, number, started_on, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            cycle_rows,
        )
        raw.executemany(
            "INSERT INTO participant (id, programme_id, code, name, organisation, sector, role, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            participant_rows,
        )
        # Everyone in the generated data consented to take part and to research use: the database
        # refuses entries for anyone without consent, and exports leave out anyone without research use.
        raw.executemany(
            "INSERT INTO consent (id, participant_id, taking_part, research_use, quoting, given_on,"
            " erasure_requested, created_at, updated_at) VALUES (?, ?, 1, 1, 0, ?, 0, ?, ?)",
            [(uid(), row[0], row[7][:10], row[7], row[8]) for row in participant_rows],
        )
        raw.executemany(
            "INSERT INTO session (id, programme_id, cycle_id, title, template_key, held_on, starts_at, booked_minutes,"
            " place, stage_key, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            session_rows,
        )
        raw.executemany(
            "INSERT INTO block (id, session_id, position, title, minutes, purpose, facilitator_notes, prompts_json,"
            " materials_json, serves, kind, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            block_rows,
        )
        raw.executemany(
            "INSERT INTO reflection (id, session_id, participant_id, prompt, text, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            reflection_rows,
        )
        raw.execute("COMMIT")
        raw.execute("ANALYZE")
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    database.close()
    return Generated(
        target,
        len(programme_rows),
        len(participant_rows),
        len(session_rows),
        len(reflection_rows),
        big_id,
        big_name,
        min(big, len(reflection_rows)),
        time.perf_counter() - started,
    )


def main() -> int:
    parser = argparse.ArgumentParser(description="Write a large, realistic Workshop Companion database.")
    parser.add_argument("out", help="the database file to create")
    parser.add_argument("--programmes", type=int, default=100)
    parser.add_argument("--reflections", type=int, default=600_000)
    parser.add_argument("--big", type=int, default=100_000, help="reflections in the first programme")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    g = generate(args.out, programmes=args.programmes, reflections=args.reflections, big=args.big, seed=args.seed)
    print(
        f"{g.path}: {g.programmes} programmes, {g.participants} participants, {g.sessions} sessions, "
        f"{g.reflections} reflections ({g.big_reflections} in '{g.big_programme_name}') in {g.seconds:.1f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
