"""``storycheck stories`` and ``storycheck story``: list, show, merge and split stories.

Stories are (re-)clustered from the stored articles whenever some stored
article belongs to no story yet; clustering is deterministic, so the ids stay
as they were. The user's merges and splits are stored as edits and replayed
after every clustering.
"""

from __future__ import annotations

import json
from dataclasses import asdict

from rich.console import Console
from rich.table import Table

from storycheck.errors import UserError
from storycheck.ingest.cli import add_db_argument
from storycheck.stories.clusterer import _stream_order
from storycheck.stories.edits import MERGE, SPLIT, Edit, apply_edits
from storycheck.stories.stored import current_stories, date_span


def register(sub) -> None:
    p = sub.add_parser("stories", help="group stored articles into stories and list them")
    p.add_argument("--recluster", action="store_true", help="cluster all stored articles again")
    p.add_argument("--format", choices=["table", "json"], default="table")
    add_db_argument(p)
    p.set_defaults(func=list_stories)

    p = sub.add_parser("story", help="show a story; `story merge A B`; `story split STORY ARTICLE`; "
                                     "`story edits`; `story undo`",
                       description="storycheck story ID | story merge A B | story split STORY_ID ARTICLE_ID | "
                                   "story edits (the hand edits, oldest first) | story undo (forget the last edit)")
    p.add_argument("words", nargs="+", metavar="ID | merge A B | split STORY ARTICLE | edits | undo")
    p.add_argument("--format", choices=["text", "json"], default="text")
    add_db_argument(p)
    p.set_defaults(func=story_command)


def list_stories(args) -> int:
    from storycheck.store import open_store

    with open_store(args.db, create=False) as store:
        stories = current_stories(store, recluster=args.recluster)
    stories.sort(key=lambda s: (-len(s.article_ids), s.id))
    if args.format == "json":
        for story in stories:
            print(json.dumps(asdict(story), default=str, ensure_ascii=False))
        return 0
    table = Table(header_style="bold")
    table.add_column("id", no_wrap=True)
    for column in ("articles", "outlets", "span", "label"):
        table.add_column(column, overflow="fold")
    for s in stories:
        table.add_row(s.id, str(len(s.article_ids)), ", ".join(s.outlets[:4]) + (" …" if len(s.outlets) > 4 else ""),
                      date_span(s), s.label)
    Console().print(table)
    Console(stderr=True).print(f"{len(stories)} stories")
    return 0


def story_command(args) -> int:
    words = args.words
    if words[0] in (MERGE, SPLIT):
        if len(words) != 3:
            raise UserError(f"usage: storycheck story {words[0]} " + ("A B" if words[0] == MERGE else "STORY ARTICLE"))
        return edit_story(args, Edit(words[0], words[1], words[2]))
    if words == ["edits"]:
        return list_edits(args)
    if words == ["undo"]:
        return undo_edit(args)
    if len(words) != 1:
        raise UserError("usage: storycheck story ID | story merge A B | story split STORY ARTICLE | story edits | "
                        "story undo")
    return show_story(args, words[0])


def list_edits(args) -> int:
    from storycheck.store import open_store

    with open_store(args.db, create=False) as store:
        edits = store.story_edits()
    if args.format == "json":
        print(json.dumps([{"op": op, "a": a, "b": b} for op, a, b in edits]))
        return 0
    for k, (op, a, b) in enumerate(edits, 1):
        print(f"{k}. {op} {a} {b}")
    if not edits:
        print("no hand edits")
    return 0


def undo_edit(args) -> int:
    """Forget the last hand edit and group the stories again with the rest."""
    from storycheck.store import open_store

    with open_store(args.db, create=False) as store:
        with store.transaction():
            undone = store.forget_last_story_edit()
            if undone is None:
                raise UserError("there is no hand edit to undo")
            current_stories(store, recluster=True)
    print(f"undone: {' '.join(undone)} (the stories are grouped again with the other edits)")
    return 0


def show_story(args, sid: str) -> int:
    from storycheck.store import open_store

    with open_store(args.db, create=False) as store:
        current_stories(store)
        story = store.get_story(sid)
        articles = sorted(store.articles(ids=story.article_ids), key=_stream_order)  # by date, undated last
    if args.format == "json":
        print(json.dumps({**asdict(story), "articles": [{k: v for k, v in asdict(a).items() if k != "text"}
                                                        for a in articles]}, default=str, ensure_ascii=False))
        return 0
    console = Console()
    console.print(f"[bold]{story.label}[/]", highlight=False)
    console.print(f"[dim]id:[/] {story.id}   [dim]articles:[/] {len(story.article_ids)}   "
                  f"[dim]span:[/] {date_span(story) or 'undated'}", highlight=False)
    table = Table(header_style="bold")
    for column in ("article", "outlet", "published", "title"):
        table.add_column(column, overflow="fold")
    for a in articles:
        table.add_row(a.id, a.outlet, a.published.strftime("%Y-%m-%d %H:%M") if a.published else "", a.title)
    console.print(table)
    return 0


def edit_story(args, edit: Edit) -> int:
    from storycheck.store import open_store

    with open_store(args.db, create=False) as store:
        stories = current_stories(store)
        first = store.get_story(edit.a).id
        if edit.op == MERGE:
            edit = Edit(MERGE, first, store.get_story(edit.b).id)
            if edit.a == edit.b:
                raise UserError("that is one story already")
        else:
            article = store.get_article(edit.b).id
            if article not in store.get_story(first).article_ids:
                raise UserError(f"article {article} is not in story {first}")
            edit = Edit(SPLIT, first, article)
        touched = list(store.get_story(edit.a).article_ids)  # the articles of the stories the edit changes
        if edit.op == MERGE:
            touched += store.get_story(edit.b).article_ids
        articles = {a.id: a for a in store.articles(ids=touched)}
        with store.transaction():
            store.add_story_edit(edit.op, edit.a, edit.b)
            store.save_stories(apply_edits(stories, [edit], articles))
    verb = "merged into" if edit.op == MERGE else "split out of"
    subject = edit.b if edit.op == MERGE else f"article {edit.b}"
    print(f"{subject} {verb} {edit.a} (remembered across runs)")
    return 0
