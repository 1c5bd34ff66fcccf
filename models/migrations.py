"""Schema steps for the project file; ``PRAGMA user_version`` records the step reached."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

Step = Callable[[sqlite3.Connection], None]


def _run_script(conn: sqlite3.Connection, script: str) -> None:
    # executescript() would COMMIT first, breaking the step's transaction.
    for statement in script.split(";"):
        if statement.strip():
            conn.execute(statement)


def _v1_initial(conn: sqlite3.Connection) -> None:
    _run_script(
        conn,
        """
        CREATE TABLE documents (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL,
            issuer TEXT,
            date TEXT,
            doc_number TEXT,
            index_number TEXT,
            script TEXT NOT NULL,
            source_name TEXT NOT NULL,
            source_format TEXT NOT NULL,
            encoding TEXT,
            content_hash TEXT NOT NULL UNIQUE,
            text_length INTEGER NOT NULL,
            imported_at TEXT NOT NULL,
            memo TEXT NOT NULL DEFAULT '',
            extra TEXT NOT NULL DEFAULT '{}'
        );
        CREATE TABLE document_texts (
            document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
            display_text TEXT NOT NULL,
            original_text TEXT NOT NULL,
            offset_map TEXT NOT NULL
        );
        CREATE TABLE sections (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            parent_id INTEGER REFERENCES sections(id) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL,
            level INTEGER NOT NULL,
            label TEXT NOT NULL,
            title TEXT NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            heading_end INTEGER NOT NULL
        );
        CREATE INDEX idx_sections_document ON sections(document_id, ordinal);
        CREATE TABLE suspects (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            original TEXT NOT NULL,
            reason TEXT NOT NULL,
            repairs TEXT NOT NULL DEFAULT '[]'
        );
        CREATE INDEX idx_suspects_document ON suspects(document_id, start);
        CREATE TABLE tags (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            color TEXT NOT NULL,
            key TEXT,
            parent_id INTEGER REFERENCES tags(id) ON DELETE RESTRICT,
            position INTEGER NOT NULL DEFAULT 0,
            description TEXT NOT NULL DEFAULT ''
        );
        CREATE UNIQUE INDEX idx_tags_name ON tags(COALESCE(parent_id, 0), name);
        CREATE TABLE annotations (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            text TEXT NOT NULL,
            tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE RESTRICT,
            note TEXT NOT NULL DEFAULT '',
            attributes TEXT NOT NULL DEFAULT '{}',
            status TEXT NOT NULL DEFAULT 'accepted',
            author TEXT NOT NULL DEFAULT '',
            created TEXT NOT NULL,
            updated TEXT NOT NULL
        );
        CREATE INDEX idx_annotations_document ON annotations(document_id, start);
        CREATE INDEX idx_annotations_tag ON annotations(tag_id);
        CREATE INDEX idx_annotations_status ON annotations(status);
        """,
    )


def _v2_search_index(conn: sqlite3.Connection) -> None:
    # A folded copy of each display text (same length, so offsets hold) scanned with instr()
    # for short queries, and an FTS5 trigram index over it narrowing longer ones. Trigger
    # bodies contain ";", so statements are executed one by one, not via _run_script.
    statements = [
        """CREATE TABLE search_texts (
            document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
            folded TEXT NOT NULL
        )""",
        """CREATE VIRTUAL TABLE search_fts USING fts5(
            folded, content='search_texts', content_rowid='document_id',
            tokenize='trigram case_sensitive 1'
        )""",
        """CREATE TRIGGER search_texts_ai AFTER INSERT ON search_texts BEGIN
            INSERT INTO search_fts (rowid, folded) VALUES (new.document_id, new.folded);
        END""",
        """CREATE TRIGGER search_texts_ad AFTER DELETE ON search_texts BEGIN
            INSERT INTO search_fts (search_fts, rowid, folded) VALUES ('delete', old.document_id, old.folded);
        END""",
        """CREATE TRIGGER search_texts_au AFTER UPDATE ON search_texts BEGIN
            INSERT INTO search_fts (search_fts, rowid, folded) VALUES ('delete', old.document_id, old.folded);
            INSERT INTO search_fts (rowid, folded) VALUES (new.document_id, new.folded);
        END""",
    ]
    for statement in statements:
        conn.execute(statement)
    from models.folding import fold_text  # local import: migrations stay importable on their own

    rows = conn.execute("SELECT document_id, display_text FROM document_texts").fetchall()
    conn.executemany(
        "INSERT INTO search_texts (document_id, folded) VALUES (?, ?)", [(d, fold_text(t)) for d, t in rows]
    )


def _v3_annotation_index(conn: sqlite3.Connection) -> None:
    # SQLite chose the low-selectivity status index for "this document's accepted annotations",
    # scanning every accepted row of the project (32 ms at 100,000 annotations); one index on
    # (document, status, position) serves counting, listing and ordering a document's annotations.
    conn.execute("DROP INDEX IF EXISTS idx_annotations_status")
    conn.execute("CREATE INDEX idx_annotations_doc_status ON annotations(document_id, status, start)")


def _v4_clerk_fields(conn: sqlite3.Connection) -> None:
    # the title, issuer, date and 文号 the clerk chose: {field: {"at": time, "reader": the reader's value}};
    # a re-read or re-import never overwrites these columns, and a merge keeps the later mark
    conn.execute("ALTER TABLE documents ADD COLUMN clerk_fields TEXT NOT NULL DEFAULT '{}'")


STEPS: list[Step] = [_v1_initial, _v2_search_index, _v3_annotation_index, _v4_clerk_fields]
SCHEMA_VERSION = len(STEPS)


def migrate(conn: sqlite3.Connection) -> int:
    """Apply every step the file has not seen yet, each in its own transaction.

    Returns:
        The schema version before migrating (0 for a new file).
    """
    before = int(conn.execute("PRAGMA user_version").fetchone()[0])
    for version in range(before, SCHEMA_VERSION):
        conn.execute("BEGIN IMMEDIATE")
        try:
            STEPS[version](conn)
            conn.execute(f"PRAGMA user_version = {version + 1:d}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return before
