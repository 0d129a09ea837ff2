"""The store's schema as an ordered list of migrations.

Migration ``n`` takes a store from version ``n`` to ``n + 1``; a store records
its version, and opening it applies whatever it has not seen, in one
transaction. Add a migration at the end; never edit one that has shipped.
The SQL is kept to what SQLite and PostgreSQL both accept.
"""

MIGRATIONS: list[str] = [
    # 0 -> 1: articles, per-article annotations, stories, reuse, failures
    """
    CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        outlet TEXT NOT NULL,
        title TEXT NOT NULL,
        url TEXT,
        published TEXT,
        byline TEXT,
        language TEXT NOT NULL,
        text TEXT NOT NULL,
        source_path TEXT,
        source_format TEXT NOT NULL,
        ingested_at TEXT NOT NULL,
        extra TEXT NOT NULL DEFAULT '{}'
    );
    CREATE INDEX articles_outlet ON articles (outlet);
    CREATE INDEX articles_published ON articles (published);
    CREATE TABLE annotations (
        article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        stage TEXT NOT NULL,
        version TEXT NOT NULL,
        data TEXT NOT NULL,
        PRIMARY KEY (article_id, stage)
    );
    CREATE TABLE stories (
        id TEXT PRIMARY KEY,
        label TEXT NOT NULL,
        data TEXT NOT NULL
    );
    CREATE TABLE story_articles (
        story_id TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
        article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        PRIMARY KEY (story_id, article_id)
    );
    CREATE INDEX story_articles_article ON story_articles (article_id);
    CREATE TABLE story_edits (
        seq INTEGER PRIMARY KEY,
        op TEXT NOT NULL,
        a TEXT NOT NULL,
        b TEXT NOT NULL,
        created_at TEXT NOT NULL
    );
    CREATE TABLE reuse_links (
        source_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        target_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        data TEXT NOT NULL,
        PRIMARY KEY (source_id, target_id)
    );
    CREATE TABLE failures (
        path TEXT NOT NULL,
        reason TEXT NOT NULL,
        seen_at TEXT NOT NULL,
        PRIMARY KEY (path, reason)
    );
    """,
    # 1 -> 2: stories are grouped again from their articles' words (``storycheck check`` used to group them with
    # spaCy's entities, unlike ``storycheck stories``); the user's merges and splits are kept and re-applied
    """
    DELETE FROM story_articles;
    DELETE FROM stories
    """,
    # 2 -> 3: each story's brief is kept, keyed by what it is made of (the story's id, label and articles, and
    # the code that made it), so a check run again, ``storycheck brief`` and the web UI need not parse again
    """
    CREATE TABLE IF NOT EXISTS briefs (
        key TEXT PRIMARY KEY,
        story_id TEXT NOT NULL,
        data TEXT NOT NULL,
        made_at TEXT NOT NULL
    );
    CREATE INDEX IF NOT EXISTS briefs_story ON briefs (story_id)
    """,
]
