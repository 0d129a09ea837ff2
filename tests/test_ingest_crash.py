"""A real crash: SIGKILL an ingest mid-run; the store stays consistent and a re-run completes it."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time

from storycheck.ingest.batch import BATCH_SIZE


def test_sigkill_mid_ingest_leaves_whole_batches_and_rerun_completes(tmp_path):
    feed = tmp_path / "big.jsonl"
    n = 30_000
    with open(feed, "w") as f:
        for i in range(n):
            f.write(json.dumps({"text": f"Report number {i}: the harbour reopened on day {i}.", "outlet": "Wire",
                                "title": f"Report {i}"}) + "\n")
    db = tmp_path / "crash.db"
    cmd = [sys.executable, "-m", "storycheck.cli", "ingest", str(feed), "--db", str(db), "-q"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    count, deadline = 0, time.time() + 60
    while time.time() < deadline and proc.poll() is None:
        time.sleep(0.05)
        try:
            count = sqlite3.connect(db, timeout=1).execute("SELECT count(*) FROM articles").fetchone()[0]
        except sqlite3.Error:
            continue
        if count >= 2 * BATCH_SIZE:
            break
    assert proc.poll() is None, "ingest finished before it could be killed; make the input larger"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    stored = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert 0 < stored < n and stored % BATCH_SIZE == 0  # only whole batches
    con.close()
    rerun = subprocess.run(cmd, capture_output=True, text=True)
    assert rerun.returncode == 0, rerun.stderr
    assert sqlite3.connect(db).execute("SELECT count(*) FROM articles").fetchone()[0] == n
