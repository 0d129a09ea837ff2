"""Scale-out on a real Ray cluster on this machine: a head node started by `ray start` (asked for 127.0.0.1;
Ray itself advertises the machine's address), the check run through it gives the same brief as a run in
this process alone."""

from __future__ import annotations

import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import EXAMPLES
from storycheck.model import Article


def test_a_parse_sent_as_bytes_is_the_parse_and_its_quotes(tmp_path):
    from storycheck.ingest import read_paths
    from storycheck.nlp import parse
    from storycheck.quotes import extract_quotes
    from storycheck.scale.ray_workers import _Parser, unpack

    articles = list(read_paths([str(EXAMPLES)]))
    articles.append(Article.create(outlet="Odd", title="t", text=(  # norms, odd white space, doubled marks
        "  He won't say it\u00a0twice.\r\n``We can't,'' she said\t\ton Monday.  \n\n\u201cNo,\u201d said O'Neill. ")))
    payload, quotes = _Parser().run(articles)
    for article, rebuilt, found in zip(articles, unpack(articles, payload), quotes, strict=True):
        local = parse(article)
        def token_view(doc):
            return [(t.text, t.whitespace_, t.idx, t.norm_, t.lemma_, t.pos_, t.tag_, str(t.morph), t.dep_, t.head.i,
                     t.ent_iob_, t.ent_type_, t.is_sent_start) for t in doc]

        assert rebuilt.doc.text == local.doc.text and token_view(rebuilt.doc) == token_view(local.doc)
        assert rebuilt.sentences == local.sentences and rebuilt.entities == local.entities
        assert found == extract_quotes(local) == extract_quotes(rebuilt)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def ray_head(tmp_path_factory):
    """The address of a Ray head started here, and the environment its clients need. Clients run as
    processes of their own: Ray reads its settings when first imported, and this process may have
    imported it already. The head runs in the foreground of its own process group (``--block``), so that
    stopping it stops this cluster's processes only, not every Ray process on the machine."""
    pytest.importorskip("ray")
    cli = Path(sys.executable).parent / "ray"
    cli = str(cli) if cli.exists() else shutil.which("ray")
    if cli is None:
        pytest.skip("the ray command is not installed")
    folder = tmp_path_factory.mktemp("ray")
    # the cluster takes only clients that hold its token (else anyone who can reach it runs code on it);
    # head and clients read it from the same file, so a token another run left in ~/.ray does not interfere
    token = folder / "auth_token"
    token.write_text(secrets.token_hex(32))
    env = {**os.environ, "RAY_AUTH_MODE": "token", "RAY_AUTH_TOKEN_PATH": str(token)}
    port = _free_port()
    log = open(folder / "head.log", "w")
    head = subprocess.Popen([cli, "start", "--head", "--block", "--node-ip-address=127.0.0.1", f"--port={port}",
                             "--num-cpus=2", "--object-store-memory=150000000", "--include-dashboard=false",
                             "--disable-usage-stats"], env=env, stdout=log, stderr=subprocess.STDOUT,
                            start_new_session=True)
    try:
        deadline = time.monotonic() + 180
        while b"Ray runtime started" not in (folder / "head.log").read_bytes():
            assert head.poll() is None and time.monotonic() < deadline, (folder / "head.log").read_text()[-3000:]
            time.sleep(0.5)
        yield f"127.0.0.1:{port}", env
    finally:
        for sig, wait in ((signal.SIGTERM, 5), (signal.SIGKILL, 10)):
            try:
                os.killpg(head.pid, sig)
                head.wait(timeout=wait)
                break
            except (ProcessLookupError, subprocess.TimeoutExpired):
                continue
        log.close()


def test_check_on_a_ray_cluster_gives_the_same_brief(ray_head, tmp_path):
    from storycheck import pipeline
    from storycheck.store import open_store

    address, env = ray_head
    run = subprocess.run([sys.executable, "-m", "storycheck.cli", "check", str(EXAMPLES), "-q", "--ray", address,
                          "--format", "json", "--db", str(tmp_path / "ray.db")],
                         capture_output=True, text=True, timeout=600, env=env)
    assert run.returncode == 0, run.stderr[-3000:]
    with open_store(tmp_path / "here.db") as here:
        assert json.loads(run.stdout) == json.loads(json.dumps(pipeline.check([str(EXAMPLES)], here, quiet=True)))
    probe = ("import ray, sys; ray.init(address=sys.argv[1], log_to_driver=False); "
             "print(sum(n['Alive'] for n in ray.nodes()), ray.cluster_resources()['CPU'])")
    nodes = subprocess.run([sys.executable, "-c", probe, address], capture_output=True, text=True, timeout=180,
                           env=env)
    assert nodes.stdout.split() == ["1", "2.0"], nodes.stderr[-2000:]  # the head this test started, 2 CPUs
    no_token = {k: v for k, v in env.items() if not k.startswith("RAY_AUTH")}
    stranger = subprocess.run([sys.executable, "-c", probe, address], capture_output=True, text=True, timeout=180,
                              env={**no_token, "RAY_AUTH_MODE": "disabled"})
    assert stranger.returncode != 0  # a client without the token is turned away


def test_a_cluster_that_is_not_there_is_a_clear_error_at_once(tmp_path):
    pytest.importorskip("ray")
    # a process of its own: this one may already be connected to the test cluster
    run = subprocess.run([sys.executable, "-m", "storycheck.cli", "check", str(EXAMPLES), "-q",
                          "--ray", f"127.0.0.1:{_free_port()}", "--db", str(tmp_path / "x.db")],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 2 and "cannot join the Ray cluster at '127.0.0.1:" in run.stderr
