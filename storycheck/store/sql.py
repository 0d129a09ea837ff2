"""What every store backend shares: the SQL of the stages' reads and writes, and the migrations.

A backend (:mod:`storycheck.store.sqlite`, :mod:`storycheck.store.postgres`)
supplies the connection, how a transaction begins, and its SQL dialect's few
differences; the queries here are written in the SQL both accept, with ``?``
placeholders that a backend may rewrite.

Every write goes through :meth:`SQLStore.transaction`, so a crash or a
Ctrl-C in the middle of a batch leaves the store as it was before that batch;
re-running the same ingest then adds exactly what is missing.
"""

from __future__ import annotations

import json
import re
from contextlib import contextmanager
from datetime import datetime
from typing import Iterable, Iterator

from storycheck.errors import UserError
from storycheck.model import Article, ReuseLink, Story, utcnow
from storycheck.store.codec import ARTICLE_COLUMNS, article_from_row, article_row, dumps, from_dict
from storycheck.store.schema import MIGRATIONS


_ID_PREFIX = re.compile(r"[0-9a-z]{1,64}")  # ids are lower-case hex (articles) or "s" + hex (stories)


def _prefix_pattern(prefix: str) -> str | None:
    """A LIKE pattern for ids starting with ``prefix`` (case-insensitive), or None when no id can."""
    prefix = prefix.lower()
    return prefix + "%" if _ID_PREFIX.fullmatch(prefix) else None


class SQLStore:
    """The store's methods over a DB-API connection ``self.db`` (set by the backend's ``__init__``)."""

    path: str  # what to call the store in messages (a file, or a database URL without its password)
    begin = "BEGIN"  # the statement that opens a write transaction
    rows_per_call = 500  # articles handed to the backend's _insert_new at once

    def _execute(self, sql: str, params: Iterable = ()):
        return self.db.execute(sql, tuple(params))

    def _executemany(self, sql: str, rows: list[tuple]) -> None:
        self.db.executemany(sql, rows)

    def _ddl(self, statement: str) -> str:
        """A migration statement in the backend's dialect."""
        return statement

    def _lock(self, what: str) -> None:
        """Within a transaction, keeps two processes from doing ``what`` ("schema": migrating the store,
        "stories": replacing the stories) at once. SQLite's BEGIN IMMEDIATE does that already."""

    # ------------------------------------------------------------ plumbing
    def _version(self) -> int | None:
        """The schema version the store records, or None for a store not yet made (a plain read)."""
        try:
            row = self._execute("SELECT version FROM schema_version").fetchone()
        except Exception as err:  # sqlite3 and psycopg both say "no such table" their own way
            if "schema_version" not in str(err):
                raise
            return None
        return row[0] if row else 0

    def _migrate(self, create: bool = True, migrate: bool = True) -> None:
        """Bring the store to the current schema. A current store is only read (opening one takes no
        write lock, so readers such as the web UI never wait for a writer); the check is repeated under
        the lock, since another process may have migrated meanwhile. Without ``create`` a database that holds
        no store (an empty file, another program's database) is an error, not made into one; without ``migrate``
        (a reader that writes nothing, the web UI) an older store is read as it is."""
        self._depth = 0
        version = self._version()
        if version is None and not create:
            self.close()
            raise UserError(f"{self.path} holds no storycheck store: `storycheck ingest PATH --db {self.path}` "
                            "(or `check PATH --db ...`) makes one")
        if (version is None or version < len(MIGRATIONS)) and (migrate or version is None):
            with self.transaction():
                self._lock("schema")
                self._execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
                version = self._version() or 0
                if version < len(MIGRATIONS):
                    for script in MIGRATIONS[version:]:
                        for statement in script.split(";"):
                            if statement.strip():
                                self._execute(self._ddl(statement))
                    self._execute("DELETE FROM schema_version")
                    self._execute("INSERT INTO schema_version VALUES (?)", (len(MIGRATIONS),))
        if version > len(MIGRATIONS):
            raise UserError(f"{self.path} was written by a newer storycheck (schema {version})")

    @property
    def schema_version(self) -> int:
        return self._execute("SELECT version FROM schema_version").fetchone()[0]

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """All-or-nothing writes; nested calls join the outer transaction."""
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        self.db.execute(self.begin)
        self._depth = 1
        try:
            yield
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        else:
            self.db.execute("COMMIT")
        finally:
            self._depth = 0

    def close(self) -> None:
        self.db.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # ------------------------------------------------------------ articles
    def add_articles(self, articles: Iterable[Article]) -> list[bool]:
        """Insert articles in one transaction; for each, whether it was new (the first of two with one id)."""
        articles = list(articles)
        inserted: set[str] = set()
        with self.transaction():
            for at in range(0, len(articles), self.rows_per_call):
                inserted |= self._insert_new(articles[at:at + self.rows_per_call])
        added = []
        for article in articles:
            added.append(article.id in inserted)
            inserted.discard(article.id)  # a second article with the same id in this call was not new
        return added

    def _insert_new(self, chunk: list[Article]) -> set[str]:
        """Insert the rows the store has not got; the ids inserted. One statement per row: SQLite runs
        in this process, where a prepared statement per row is faster than a statement of many rows
        (and needs no ``RETURNING``, which SQLite before 3.35 lacks)."""
        insert = (f"INSERT INTO articles ({','.join(ARTICLE_COLUMNS)}) VALUES ({','.join('?' * len(ARTICLE_COLUMNS))}) "
                  "ON CONFLICT (id) DO NOTHING")
        return {a.id for a in chunk if self._execute(insert, article_row(a)).rowcount == 1}

    def record_failures(self, failures: Iterable[tuple[str, str]]) -> None:
        with self.transaction():
            for path, reason in failures:
                self._execute("INSERT INTO failures VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                              (path, reason, utcnow().isoformat()))

    def failures(self) -> list[tuple[str, str]]:
        return self._execute("SELECT path, reason FROM failures ORDER BY seen_at, path").fetchall()

    def get_article(self, id_or_prefix: str) -> Article:
        """The article with this id, or the only one whose id starts with it."""
        rows = self._execute(f"SELECT {','.join(ARTICLE_COLUMNS)} FROM articles WHERE id = ?",
                             (id_or_prefix,)).fetchall()
        pattern = _prefix_pattern(id_or_prefix)
        if not rows and len(id_or_prefix) >= 4 and pattern:
            rows = self._execute(f"SELECT {','.join(ARTICLE_COLUMNS)} FROM articles WHERE id LIKE ? LIMIT 2",
                                 (pattern,)).fetchall()
        if not rows:
            raise UserError(f"no article with id {id_or_prefix[:80]!r} in {self.path}")
        if len(rows) > 1:
            raise UserError(f"id prefix {id_or_prefix!r} is ambiguous; give more characters")
        return article_from_row(rows[0])

    def _where(self, outlet: str | None = None, since: datetime | None = None,
               until: datetime | None = None) -> tuple[list[str], list]:
        """SQL conditions for the listing filters. An outlet matches whatever its case (the stored names it
        stands for are found here: SQL's lower() is ASCII-only in SQLite and Unicode in PostgreSQL)."""
        where, params = [], []
        if outlet:
            names = [o for (o,) in self._execute("SELECT DISTINCT outlet FROM articles")
                     if o.casefold() == outlet.casefold()]
            where.append(f"outlet IN ({','.join('?' * len(names)) or 'NULL'})")
            params += names
        if since:
            where.append("published >= ?")
            params.append(since.isoformat())
        if until:
            where.append("published <= ?")
            params.append(until.isoformat())
        return where, params

    def articles(self, *, outlet: str | None = None, since: datetime | None = None,
                 until: datetime | None = None, ids: Iterable[str] | None = None) -> list[Article]:
        """Articles filtered as asked, in publication order (undated last), or with ``ids`` in that order."""
        where, params = self._where(outlet, since, until)
        select = f"SELECT {','.join(ARTICLE_COLUMNS)} FROM articles"
        if ids is None:
            sql = select + (" WHERE " + " AND ".join(where) if where else "")
            return [article_from_row(r) for r in self._execute(sql + " ORDER BY published IS NULL, published, id",
                                                                 params)]
        wanted, by_id = list(dict.fromkeys(ids)), {}
        for i in range(0, len(wanted), 500):
            chunk = wanted[i:i + 500]
            sql = select + " WHERE " + " AND ".join([*where, f"id IN ({','.join('?' * len(chunk))})"])
            by_id.update((a.id, a) for a in map(article_from_row, self._execute(sql, [*params, *chunk])))
        return [by_id[i] for i in wanted if i in by_id]

    def headlines(self, *, outlet: str | None = None, limit: int = 200,
                  offset: int = 0) -> tuple[list[tuple[str, str, str, datetime | None]], int]:
        """A page of (id, outlet, title, published) in publication order, without the texts, and how many
        there are in all: what a listing shows."""
        where, params = self._where(outlet)
        clause = " WHERE " + " AND ".join(where) if where else ""
        total = self._execute(f"SELECT count(*) FROM articles{clause}", params).fetchone()[0]
        rows = self._execute(f"SELECT id, outlet, title, published FROM articles{clause} "
                             "ORDER BY published IS NULL, published, id LIMIT ? OFFSET ?",
                             [*params, limit, offset]).fetchall()
        return [(i, o, t, datetime.fromisoformat(p) if p else None) for i, o, t, p in rows], total

    def count_unplaced(self) -> int:
        """Stored articles that belong to no stored story (ingested since the last clustering)."""
        return self._execute("SELECT count(*) FROM articles WHERE id NOT IN "
                             "(SELECT article_id FROM story_articles)").fetchone()[0]

    def count_articles(self) -> int:
        return self._execute("SELECT count(*) FROM articles").fetchone()[0]

    # ------------------------------------------------------------ annotations
    def put_annotations(self, stage: str, article_id: str, items: list, version: str = "1") -> None:
        """Replace what ``stage`` found in one article (a list of dataclasses or dicts)."""
        with self.transaction():
            self._execute(
                "INSERT INTO annotations VALUES (?, ?, ?, ?) ON CONFLICT (article_id, stage) "
                "DO UPDATE SET version = excluded.version, data = excluded.data",
                (article_id, stage, version, dumps(list(items))))

    def get_annotations(self, stage: str, article_id: str, cls=None, version: str | None = None):
        """What ``stage`` stored for the article (as ``cls`` instances if given), or None if nothing
        (or only an older ``version``) is stored."""
        row = self._execute("SELECT version, data FROM annotations WHERE article_id = ? AND stage = ?",
                            (article_id, stage)).fetchone()
        if row is None or (version is not None and row[0] != version):
            return None
        items = json.loads(row[1])
        return [from_dict(cls, item) for item in items] if cls else items

    # ------------------------------------------------------------ stories
    def save_stories(self, stories: Iterable[Story]) -> None:
        """Replace the stored clustering with ``stories``."""
        with self.transaction():
            self._lock("stories")
            self._execute("DELETE FROM story_articles")
            self._execute("DELETE FROM stories")
            for story in stories:
                self._execute("INSERT INTO stories VALUES (?, ?, ?)", (story.id, story.label, dumps(story)))
                self._executemany("INSERT INTO story_articles VALUES (?, ?) ON CONFLICT DO NOTHING",
                                  [(story.id, a) for a in story.article_ids])
            self._execute("DELETE FROM briefs WHERE story_id NOT IN (SELECT id FROM stories)")  # gone, merged away

    def stories(self) -> list[Story]:
        return [from_dict(Story, json.loads(d)) for (d,) in self._execute("SELECT data FROM stories ORDER BY id")]

    def get_story(self, id_or_prefix: str) -> Story:
        rows = self._execute("SELECT data FROM stories WHERE id = ? OR id LIKE ? LIMIT 2",
                             (id_or_prefix, _prefix_pattern(id_or_prefix) or "")).fetchall()
        exact = [r for r in rows if json.loads(r[0])["id"] == id_or_prefix]
        rows = exact or rows
        if not rows:
            now = self.story_holding(id_or_prefix)
            if now is not None:  # a story is named after an article: that article's story now
                raise UserError(f"no story with id {id_or_prefix[:80]!r} in {self.path}; its article "
                                f"{id_or_prefix.removeprefix('s')[:80]} is in story {now} (stories are regrouped "
                                "as articles arrive, and merged or split by hand)")
            raise UserError(f"no story with id {id_or_prefix[:80]!r} in {self.path}")
        if len(rows) > 1:
            raise UserError(f"story id prefix {id_or_prefix!r} is ambiguous; give more characters")
        return from_dict(Story, json.loads(rows[0][0]))

    def story_titles(self) -> dict[str, str]:
        """Each story's article titles, one string per story (what a search of the stories reads beside labels)."""
        titles: dict[str, list[str]] = {}
        for story_id, title in self._execute("SELECT sa.story_id, a.title FROM story_articles sa "
                                             "JOIN articles a ON a.id = sa.article_id"):
            titles.setdefault(story_id, []).append(title or "")
        return {k: " ".join(v) for k, v in titles.items()}

    def story_holding(self, story_or_article_id: str) -> str | None:
        """The story that now holds the article a story id names (``s`` + article id) or an article id (or a
        unique prefix of one) names; None if there is no such article or it is in no story."""
        article = story_or_article_id.removeprefix("s")
        try:
            article = self.get_article(article).id if article else ""
        except UserError:
            return None
        holding = self.stories_of(article) if article else []
        return holding[0] if holding else None

    def stories_of(self, article_id: str) -> list[str]:
        return [r[0] for r in self._execute("SELECT story_id FROM story_articles WHERE article_id = ?",
                                              (article_id,))]

    def add_story_edit(self, op: str, a: str, b: str) -> None:
        """Remember a user's correction (e.g. ``merge A B``, ``split STORY ARTICLE``) across runs."""
        with self.transaction():
            self._execute("INSERT INTO story_edits (op, a, b, created_at) VALUES (?, ?, ?, ?)",
                            (op, a, b, utcnow().isoformat()))

    def forget_last_story_edit(self) -> tuple[str, str, str] | None:
        """Remove the latest hand edit; the edit removed, or None when there is none."""
        with self.transaction():
            row = self._execute("SELECT seq, op, a, b FROM story_edits ORDER BY seq DESC LIMIT 1").fetchone()
            if row is None:
                return None
            self._execute("DELETE FROM story_edits WHERE seq = ?", (row[0],))
        return row[1], row[2], row[3]

    def story_edits(self) -> list[tuple[str, str, str]]:
        return self._execute("SELECT op, a, b FROM story_edits ORDER BY seq").fetchall()

    # ------------------------------------------------------------ briefs
    def kept_brief(self, key: str) -> dict | None:
        """The brief kept under ``key`` (see :func:`storycheck.pipeline.brief_key`), or None (also for a store
        a reader opened without migrating it, which has no such table, or a role that may not read it)."""
        try:
            row = self._execute("SELECT data FROM briefs WHERE key = ?", (key,)).fetchone()
        except Exception as err:  # sqlite3 and psycopg say "no such table" / "permission denied" their own way
            if "briefs" not in str(err):
                raise
            return None
        return json.loads(row[0]) if row else None

    def keep_brief(self, key: str, story_id: str, brief: dict) -> None:
        """Keep a story's brief under ``key``, in place of the story's earlier ones."""
        with self.transaction():  # two processes keeping the same brief at once: the later one wins, no error
            self._execute("DELETE FROM briefs WHERE story_id = ? AND key <> ?", (story_id, key))
            self._execute("INSERT INTO briefs VALUES (?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET "
                          "story_id = excluded.story_id, data = excluded.data, made_at = excluded.made_at",
                          (key, story_id, json.dumps(brief), utcnow().isoformat()))

    # ------------------------------------------------------------ reuse
    def save_reuse_links(self, links: Iterable[ReuseLink]) -> None:
        """Stores links, each replacing any earlier link between the same two articles, in either direction
        (a rerun may turn a link round: a news agency is the source whatever the dates)."""
        with self.transaction():
            for link in links:
                self._execute("DELETE FROM reuse_links WHERE source_id = ? AND target_id = ?",
                              (link.target_id, link.source_id))
                self._execute("INSERT INTO reuse_links VALUES (?, ?, ?) ON CONFLICT (source_id, target_id) "
                                "DO UPDATE SET data = excluded.data", (link.source_id, link.target_id, dumps(link)))

    def reuse_links(self) -> list[ReuseLink]:
        return [from_dict(ReuseLink, json.loads(d)) for (d,) in self._execute("SELECT data FROM reuse_links")]
