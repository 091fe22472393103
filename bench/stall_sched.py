"""Who had the CPU while the GUI thread waited for one: a reading of a Linux scheduler trace.

    perf sched record -a -o stall.data -- sleep 62 &     # beside one run of bench_stall.py
    PYTHONPATH=$PWD python bench/bench_stall.py --data big.db & echo $! > stall.pid
    (while kill -0 $(cat stall.pid); do pgrep -P $(cat stall.pid); sleep 0.5; done) > stall.children
    perf sched timehist -i stall.data > stall.th
    python bench/stall_sched.py stall.th $(cat stall.pid) --children stall.children

For every time the GUI thread (the bench's main thread) was woken but waited longer than
--over ms before it ran, sums what ran on the CPU it then ran on during the wait, by kind: the
app's own threads, the backup process(es) it started, kernel threads (the page writeback
workers: `kworker/u*`) and other processes. An approximation: a thread that waited on one
CPU's queue and was then moved to another is charged to the second.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter, defaultdict
from pathlib import Path

TASK = re.compile(r"\[(\d+)(?:/(\d+))?\]$")


def kind(task: str, app: str, children: set[str]) -> str:
    m = TASK.search(task)
    tid, pid = (m.group(1), m.group(2) or m.group(1)) if m else ("?", "?")
    name = task.split("[")[0]
    if pid == app:
        return f"the app: {name}"
    if pid in children:
        return "the backup process"
    if name.startswith(("kworker", "ksoftirqd", "jbd2", "rcu_", "migration", "kcompactd")):
        return f"kernel: {name.split('-')[0]}"
    if name == "<idle>":
        return "idle"
    return "other processes"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("timehist", help="the output of `perf sched timehist`")
    parser.add_argument("pid", help="the bench's process id (its main thread is the GUI thread)")
    parser.add_argument("--children", help="a file of the process ids the bench started (one a line)")
    parser.add_argument("--over", type=float, default=8.0, help="waits longer than this many ms (default 8)")
    args = parser.parse_args()
    children = set(Path(args.children).read_text().split()) if args.children else set()
    runs: dict[str, list[tuple[float, float, str]]] = defaultdict(list)
    waits: list[tuple[float, float, str, float]] = []
    for line in Path(args.timehist).read_text(errors="replace").splitlines():
        parts = line.split()
        if len(parts) < 6 or not re.match(r"^\d+\.\d+$", parts[0]):
            continue
        end, cpu, task = float(parts[0]), parts[1], " ".join(parts[2:-3])
        try:
            _wait, delay, ran = (float(x) / 1000 for x in parts[-3:])
        except ValueError:
            continue
        runs[cpu].append((end - ran, end, task))
        m = TASK.search(task)
        if m and m.group(1) == args.pid and delay * 1000 > args.over:
            waits.append((end - ran - delay, end - ran, cpu, delay))
    total: Counter[str] = Counter()
    for start, stop, cpu, _delay in waits:
        for a, b, task in runs[cpu]:
            overlap = min(stop, b) - max(start, a)
            if overlap > 0:
                total[kind(task, args.pid, children)] += overlap * 1000
    whole = sum(total.values()) or 1.0
    print(f"{len(waits)} waits for a CPU over {args.over:g} ms by the GUI thread, {whole:.1f} ms of others' running:")
    for name, spent in total.most_common():
        print(f"  {name:<28} {spent:8.1f} ms  {spent / whole:6.1%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
