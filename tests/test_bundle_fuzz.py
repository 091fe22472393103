"""1,000 mutated bundles, each imported whole or refused whole (tools/fuzz_bundles.py runs 10,000)."""

from __future__ import annotations

from pathlib import Path

from tests.bundle_tools import fuzz
from workshop_app.services.container import Services
from workshop_app.storage.database import open_database

COUNT = 1000
SEED = 20261122


def test_mutated_bundles_are_imported_whole_or_refused_whole(tmp_path: Path, library) -> None:
    data, source = fuzz.source_bundle(tmp_path, library)
    source.close()
    target = Services.create(open_database(tmp_path / "target.db"), library)
    try:
        report = fuzz.run(target, fuzz.make_base(data), seed=SEED, count=COUNT)
    finally:
        target.close()
    assert report.failures == []
    assert report.imported + report.rejected == COUNT
    # the corpus really covers every kind of damage, and some mutations are valid and land
    assert set(report.kinds) == {kind for kind, _ in fuzz.KINDS}
    assert report.rejected > COUNT * 0.7
    assert report.outcomes[("valid", "imported")] == report.kinds["valid"]
    for kind in ("traversal", "symlink", "duplicate", "many-entries", "checksum", "record-edit-unsealed"):
        assert report.outcomes[(kind, "imported")] == 0, kind


def test_the_mutations_are_the_same_for_a_seed(tmp_path: Path, library) -> None:
    data, source = fuzz.source_bundle(tmp_path, library)
    source.close()
    base = fuzz.make_base(data)
    first = [fuzz.mutation(base, 5, i)[:2] for i in range(40)]
    again = [fuzz.mutation(base, 5, i)[:2] for i in range(40)]
    assert [k for k, _ in first] == [k for k, _ in again]
    # encrypted bases differ per run (fresh salt), so compare only the plain mutations
    plain = [(a, b) for (ka, a), (kb, b) in zip(first, again, strict=True) if not ka.startswith("encrypted")]
    assert all(a == b for a, b in plain)
