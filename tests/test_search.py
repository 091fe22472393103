"""Search against a brute-force scan of the same texts, in many scripts; the index follows every edit."""

from __future__ import annotations

import random
from datetime import date, time

import pytest

from workshop_app.domain.research import SearchKind
from workshop_app.domain.search_text import fold, fts_query, words
from workshop_app.storage.rows import ActionRow, ReflectionRow

VOCABULARY = (
    "trust trusting partnership budget housing discharge courage follow through listening "
    "ŵyr Siân diolch cydweithio Łukasz współpraca zaufanie Gdańsk "
    "довіра Дякую їжак співпраця εμπιστοσύνη Άλφα συνεργασία ثقة شراكة عربى "
    "नमस्ते विश्वास साझेदारी 信任 合作伙伴 🙂 ok🙂 2026 École café cafe\u0301 İstanbul straße"
).split()
_TOKENS: dict[str, list[str]] = {}
SEPARATORS = (" ", ", ", ". ", " — ", "\n", "'", "-", "(", ") ")


def _corpus(rng: random.Random, n: int) -> list[str]:
    texts = []
    for _ in range(n):
        parts = []
        for _ in range(rng.randint(1, 12)):
            parts.append(rng.choice(VOCABULARY))
            parts.append(rng.choice(SEPARATORS))
        texts.append("".join(parts).strip())
    return texts


def _brute_force(texts: dict[str, str], query: str) -> set[str]:
    """Every text in which each query word starts some word (a scan, no index)."""
    terms = [fold(w) for w in words(query)]
    found = set()
    for ref, text in texts.items():
        tokens = _TOKENS.get(text) or _TOKENS.setdefault(text, [fold(w) for w in words(text)])
        if terms and all(any(t.startswith(term) for t in tokens) for term in terms):
            found.add(ref)
    return found


def _setup(services, texts: list[str]):
    programme = services.programmes.create_programme("Search test").value
    people = [services.programmes.add_participant(programme.id, f"Person {i}").value for i in range(4)]
    for person in people:
        services.consent.record(person.id, taking_part=True)
    session = services.sessions.add_from_template(programme.id, "par-cycle-review", date(2026, 5, 1), time(9, 0)).value
    made = {}
    with services.db.unit_of_work() as uow:
        for i, text in enumerate(texts):
            row = ReflectionRow(session_id=session.id, participant_id=people[i % 4].id, prompt=f"Prompt {i}", text=text)
            uow.db.add(row)
            uow.db.flush()
            made[row.id] = text
    return programme, session, people, made


def test_the_word_rule_matches_the_index(services) -> None:
    """The brute force's idea of a word is the index's idea of a word, in every script used here."""
    _setup(services, [" ".join(VOCABULARY)])
    with services.db.engine.connect() as conn:
        conn.exec_driver_sql("CREATE VIRTUAL TABLE temp.v USING fts5vocab(main, search_fts, 'col')")
        indexed = {row[0] for row in conn.exec_driver_sql("SELECT term FROM temp.v WHERE col = 'body'")}
        scopes = {row[0] for row in conn.exec_driver_sql("SELECT term FROM temp.v WHERE col = 'scope'")}
    assert indexed == {fold(w) for w in words(" ".join(VOCABULARY))}
    assert len(scopes) == 1 and scopes.pop().startswith("g")  # the programme's one token


def test_search_agrees_with_brute_force_on_a_random_corpus(services) -> None:
    rng = random.Random(20261122)
    programme, _session, _people, texts = _setup(services, _corpus(rng, 300))
    queries = []
    for _ in range(150):
        picked = [rng.choice(VOCABULARY) for _ in range(rng.choice((1, 1, 2)))]
        variants = []
        for word in picked:
            choice = rng.random()
            if choice < 0.3:
                word = word[: rng.randint(1, len(word))]
            elif choice < 0.5:
                word = word.upper()
            variants.append(word)
        queries.append(rng.choice((" ", ", ", " - ")).join(variants))
    queries += ["", "   ", '"', "AND", "OR trust", "NEAR(", "*", "trust*", "sian", "SIAN", "cafe", "istanbul"]
    for query in queries:
        expected = _brute_force(texts, query)
        hits = services.search.search(query, programme.id, limit=10_000)
        assert {h.ref_id for h in hits} == expected, query
        assert len(hits) == len(expected)


def test_hits_are_ranked_highlighted_and_carry_their_context(services) -> None:
    _p, session, people, _ = _setup(
        services,
        ["trust trust trust and more trust", "a long text about budgets where trust appears once " + "words " * 30],
    )
    hits = services.search.search("TRUST")
    assert len(hits) == 2
    assert hits[0].score <= hits[1].score and "trust trust" in "".join(t for t, _ in hits[0].snippet)
    assert all(any(match and t.lower() == "trust" for t, match in h.snippet) for h in hits)
    assert hits[0].kind == SearchKind.REFLECTION and hits[0].session_id == session.id
    assert hits[0].participant_label == f"{people[0].name} ({people[0].code})"
    assert hits[0].held_on == date(2026, 5, 1) and hits[0].session_title == session.title
    assert hits[0].prompt == "Prompt 0" and hits[0].participant_id == people[0].id


def test_the_index_follows_edits_deletes_and_actions(services) -> None:
    programme, session, people, texts = _setup(services, ["first draft about housing"])
    prompt = services.sessions.prompts(session)[0]
    services.entries.save_reflection(session.id, people[1].id, prompt, "Courage to speak")
    assert len(services.search.search("courage")) == 1
    services.entries.save_reflection(session.id, people[1].id, prompt, "Nerve to speak")
    assert services.search.search("courage") == [] and len(services.search.search("nerve")) == 1
    with services.db.unit_of_work() as uow:
        uow.actions.add(
            ActionRow(programme_id=programme.id, description="Joint housing review", evidence="minutes filed")
        )
    kinds = sorted(h.kind for h in services.search.search("housing"))
    assert kinds == [SearchKind.ACTION, SearchKind.REFLECTION]
    assert [h.kind for h in services.search.search("minutes")] == [SearchKind.ACTION]
    with services.db.unit_of_work() as uow:  # deleting the session removes its reflections from the index
        uow.db.delete(uow.sessions.get(session.id))
    assert [h.kind for h in services.search.search("housing")] == [SearchKind.ACTION]
    with services.db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM search_doc WHERE kind='reflection'").scalar() == 0
        assert conn.exec_driver_sql("SELECT v FROM search_fts_config WHERE k='secure-delete'").scalar() == 1
        conn.exec_driver_sql("INSERT INTO search_fts(search_fts, rank) VALUES('integrity-check', 1)")


def test_very_common_words_show_the_newest_matches_first(services) -> None:
    # twelve texts hold "trust"; the best-scoring one is the oldest
    texts = ["trust " * 8] + [f"trust once among other words number {i} " + "filler " * 20 for i in range(11)]
    programme, _s, _p, made = _setup(services, texts)
    ids = list(made)  # in the order written: the last is the newest
    everything = services.search.find("trust", limit=50)
    assert everything.newest_over is None and len(everything.hits) == 12
    assert everything.hits[0].ref_id == ids[0]  # all twelve scored: the oldest is best
    many = services.search.find("trust", limit=5, rank_limit=5)
    assert many.newest_over == 5
    assert [h.ref_id for h in many.hits] == ids[::-1][:5]  # newest first, unscored
    # exactly as many matches as the limit: all are scored, nothing is said
    assert services.search.find("trust", rank_limit=12).newest_over is None
    # within a programme the limit counts that programme's matches only
    other, *_ = _setup(services, ["trust elsewhere"] * 3)
    assert services.search.find("trust", other.id, rank_limit=5).newest_over is None
    assert services.search.find("trust", programme.id, rank_limit=5).newest_over == 5


def test_search_is_limited_to_a_programme(services) -> None:
    first, *_ = _setup(services, ["shared words here"])
    second, *_ = _setup(services, ["shared words there"])
    assert len(services.search.search("shared")) == 2
    assert len(services.search.search("shared", first.id)) == 1
    assert len(services.search.search("shared", second.id)) == 1
    # the programme's index token is never found by typing it
    token = "g" + first.id.replace("-", "")
    assert services.search.search(token) == [] and services.search.search(token[:4]) == []


def test_query_words_are_quoted() -> None:
    assert fts_query('trust "AND" NEAR(x') == '"trust"* "AND"* "NEAR"* "x"*'
    assert fts_query("  — ") == ""


def test_the_benchmark_runs_on_a_small_programme(capsys) -> None:
    from bench.bench_search_export import main

    assert main(["--reflections", "300", "--queries", "5"]) == 0
    out = capsys.readouterr().out
    assert "search (5 queries" in out and "CSV export of 300 rows" in out


def test_a_database_from_before_search_is_indexed_on_upgrade(tmp_path, library) -> None:
    import shutil
    from pathlib import Path

    from workshop_app.services.container import Services
    from workshop_app.storage.database import open_database

    path = tmp_path / "old.db"
    shutil.copy(Path(__file__).parent / "data" / "v0.1.0-demo.db", path)
    services = Services.create(open_database(path), library)
    try:
        hits = services.search.search("budget")
        assert hits and all(h.kind == SearchKind.REFLECTION for h in hits)
        assert any("budget" in "".join(t for t, _ in h.snippet).lower() for h in hits)
    finally:
        services.close()


def _add_texts(services, session_id: str, person_id: str, texts: list[str]) -> list[str]:
    """Many reflections in one statement (the index triggers still run for each); their ids in order."""
    from sqlalchemy import insert

    from workshop_app.storage.rows import new_id

    rows = [
        {"id": new_id(), "session_id": session_id, "participant_id": person_id, "prompt": f"P{i}", "text": text}
        for i, text in enumerate(texts)
    ]
    with services.db.unit_of_work() as uow:
        uow.db.execute(insert(ReflectionRow), rows)
    return [row["id"] for row in rows]


def test_exactly_2000_matches_are_scored_and_2001_show_the_newest(services) -> None:
    """The one pass over the index counts honestly at the boundary the search window speaks of."""
    programme, session, people, made = _setup(services, ["trust " * 6 + "best"])  # oldest, and best
    best = next(iter(made))
    _add_texts(services, session.id, people[1].id, ["nothing to find here"] * 30)
    ids = _add_texts(
        services, session.id, people[2].id, [f"once trust among words {i} " + "filler " * 12 for i in range(1999)]
    )
    for scope in (None, programme.id):
        found = services.search.find("trus", scope)
        assert found.newest_over is None and len(found.hits) == 50  # 2,000 match: all scored
        assert found.hits[0].ref_id == best and found.hits[0].score < found.hits[-1].score
    [newest] = _add_texts(services, session.id, people[3].id, ["trust, the newest"])
    for scope in (None, programme.id):
        found = services.search.find("trus", scope)
        assert found.newest_over == 2000 and len(found.hits) == 50  # 2,001: the newest 50
        assert [h.ref_id for h in found.hits] == [newest, *ids[::-1][:49]]
        assert all(h.score == 0.0 for h in found.hits)
        assert all(any(match for _t, match in h.snippet) for h in found.hits)
    assert services.search.find("trust newest").hits[0].ref_id == newest  # a few matches: scored again


LONG_WORDS = (
    "ymddiriedaeth",
    "współpracować",
    "συνεργασίας",
    "співробітництво",
    "信任合作伙伴关系",
    "École",
    "naïveté",
)


def test_every_length_of_a_word_start_finds_what_a_scan_finds(services) -> None:
    """Word starts of 1 to 10 letters are read from the index's prefix lists, longer ones are
    gathered in full: both agree with a scan, over everything and within a programme."""
    rng = random.Random(8)
    vocabulary = LONG_WORDS + ("ymddiried", "współpraca", "ysgol", "École", "echo", "信任")
    corpus = [" ".join(rng.choice(vocabulary) for _ in range(rng.randint(1, 6))) for _ in range(120)]
    programme, _session, _people, texts = _setup(services, corpus)
    _setup(services, corpus[:40])  # another programme holding some of the same words
    for word in LONG_WORDS:
        for length in range(1, len(word) + 1):
            query = word[:length]
            expected = _brute_force(texts, query)
            inside = {h.ref_id for h in services.search.search(query, programme.id, limit=10_000)}
            assert inside == expected, query
            everywhere = services.search.search(query, limit=10_000)
            assert expected <= {h.ref_id for h in everywhere} and len(everywhere) >= len(expected), query


def test_scores_within_a_programme_are_its_scores_among_everything(services, monkeypatch) -> None:
    """The programme token weighs nothing: a text scores the same found within its programme or
    among all, whether its programme's matches are scored over the words' own matches (few
    others among them) or through the programme's token (many others among them)."""
    from workshop_app.storage import repositories_research

    rng = random.Random(5)
    words = ("trust", "trusting", "budget", "housing", "courage", "listening")
    first, s1, p1, _ = _setup(services, [])
    second, s2, p2, _ = _setup(services, [])
    mine: set[str] = set()
    for i in range(160):  # the two programmes' texts interleave, as programmes running side by side do
        text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 9)))
        if i % 2:
            mine.update(_add_texts(services, s1.id, p1[0].id, [text]))
        else:
            _add_texts(services, s2.id, p2[0].id, [text])
    for query in ("trust", "trust budget", "hous", "cour list"):
        among_all = {h.ref_id: h.score for h in services.search.search(query, limit=10_000)}
        walked = services.search.search(query, first.id, limit=10_000)
        monkeypatch.setattr(repositories_research, "SPAN_LIMIT", 0)  # too many others: use the token
        through_token = services.search.search(query, first.id, limit=10_000)
        monkeypatch.undo()
        assert walked and [h.ref_id for h in walked] == [h.ref_id for h in through_token], query
        assert {h.ref_id for h in walked} == {r for r in among_all if r in mine}, query
        for hit, other in zip(walked, through_token, strict=True):
            assert hit.score == pytest.approx(other.score) == pytest.approx(among_all[hit.ref_id])
        scores = [h.score for h in walked]
        assert scores == sorted(scores)
        top = services.search.find(query, first.id, limit=5)
        assert [h.ref_id for h in top.hits] == [h.ref_id for h in walked[:5]]


def test_the_index_keeps_word_starts_of_1_to_10_letters_and_its_triggers(services) -> None:
    with services.db.engine.connect() as conn:
        sql = conn.exec_driver_sql("SELECT sql FROM sqlite_master WHERE name = 'search_fts'").scalar()
        triggers = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    assert "prefix='1 2 3 4 5 6 7 8 9 10'" in sql and "content='search_doc'" in sql
    assert {"search_doc_ai", "search_doc_ad", "search_doc_au"} <= triggers


def test_the_prefix_migration_goes_down_and_up_with_the_index_whole(tmp_path, library) -> None:
    import sqlite3

    from alembic import command

    from workshop_app.services.container import Services
    from workshop_app.storage import migrate
    from workshop_app.storage.database import open_database

    path = tmp_path / "down-up.db"
    services = Services.create(open_database(path), library)
    _programme, session, people, _ = _setup(services, ["zaufanie and trust", "budget"])
    services.close()

    def run(step, revision: str) -> None:
        from workshop_app.storage.engine import make_engine

        engine = make_engine(path)
        with engine.connect() as conn, conn.begin():
            cfg = migrate._config()
            cfg.attributes["connection"] = conn
            step(cfg, revision)
        engine.dispose()

    run(command.downgrade, "0009")
    conn = sqlite3.connect(path)
    try:
        assert "prefix='2 3'" in conn.execute("SELECT sql FROM sqlite_master WHERE name = 'search_fts'").fetchone()[0]
        assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name LIKE 'search_doc_a_'").fetchone()[0] == 3
    finally:
        conn.close()
    services = Services.create(open_database(path), library)  # upgrades to head again
    try:
        assert [h.ref_id for h in services.search.search("zauf")] and len(services.search.search("t")) == 1
        services.entries.save_reflection(
            session.id, people[1].id, services.sessions.prompts(session)[0], "Ymddiriedaeth"
        )
        assert len(services.search.search("ymddiriedaet")) == 1 and len(services.search.search("y")) == 1
        with services.db.engine.connect() as conn:
            conn.exec_driver_sql("INSERT INTO search_fts(search_fts, rank) VALUES('integrity-check', 1)")
            assert conn.exec_driver_sql("SELECT v FROM search_fts_config WHERE k='secure-delete'").scalar() == 1
    finally:
        services.close()
