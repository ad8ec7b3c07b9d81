"""The matching engine: brief → candidates (dense + keyword) → ranked, explained matches."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from langchain_core.embeddings import Embeddings

from retrieval.audiences import audience_query
from retrieval.brief_parser import BriefQuery, parse_brief
from retrieval.community import CommunityVectors
from retrieval.diversity import diversify
from retrieval.embedding import CachedEmbeddings
from retrieval.explain import explain
from retrieval.filtering import MetadataTable
from retrieval.hubness import ReferenceBriefs
from retrieval.index import CreatorIndex
from retrieval.keyword import KeywordIndex
from retrieval.lexicon import NICHE_LABELS, NICHE_TERMS
from retrieval.profile import CreatorProfile
from retrieval.ranking import Candidates, ScoredMatch

ProfileLoader = Callable[[Iterable[str]], dict[str, CreatorProfile]]
DENSE_CANDIDATES = 120
# How much a stated audience weighs against the rest of the brief in the search vector.
AUDIENCE_WEIGHT = 1.0
# How much what the wanted creators post weighs against the whole brief in its topic vector.
CREATOR_TOPIC_WEIGHT = 1.0
KEYWORD_CANDIDATES = 120
# Above this share of all creators, the constraints are checked on a wider unfiltered search
# (cheap HNSW) instead of restricting the search to a long id list.
WIDE_FILTER_SHARE = 0.1
MAX_WIDE_CANDIDATES = 3000


@dataclass(slots=True)
class SearchOptions:
    """Switches for ablations; the defaults are the full system."""

    dense: bool = True
    keyword: bool = True
    authenticity: bool = True
    engagement: bool = True
    constraints: bool = True
    niche: bool = True
    diversity: bool = True


@dataclass(slots=True)
class SearchResult:
    """Ranked matches plus where the time went."""

    query: BriefQuery
    matches: list[ScoredMatch]
    explanations: list[str]
    timings: dict[str, float] = field(default_factory=dict)
    degraded: str | None = None
    # How many creators cover the topic and meet every stated constraint (None: the brief
    # states no constraint). Under a page's worth, the answer says so first.
    fitting: int | None = None


def build_where(query: BriefQuery, *, with_niches: bool) -> dict[str, Any] | None:
    """A Chroma `where` filter holding every hard constraint of the brief."""
    clauses: list[dict[str, Any]] = []
    if query.platforms:
        clauses.append({"platform": {"$in": query.platforms}})
    if query.excluded_platforms:
        clauses.append({"platform": {"$nin": query.excluded_platforms}})
    if query.min_followers is not None:
        clauses.append({"followers": {"$gte": query.min_followers}})
    if query.max_followers is not None:
        clauses.append({"followers": {"$lte": query.max_followers}})
    if query.cities or query.countries:
        location: list[dict[str, Any]] = []
        if query.cities:
            location.append({"city": {"$in": query.cities}})
        if query.countries:
            location.append({"country": {"$in": query.countries}})
        clauses.append(location[0] if len(location) == 1 else {"$or": location})
    if query.max_rate_idr is not None:
        clauses.append({"rate_idr": {"$lte": query.max_rate_idr}})
    if with_niches and query.niches:
        niche_clauses = [{f"niche_{n}": True} for n in query.niches]
        clauses.append(niche_clauses[0] if len(niche_clauses) == 1 else {"$or": niche_clauses})
    if not clauses:
        return None
    return clauses[0] if len(clauses) == 1 else {"$and": clauses}


# How much each further term of a named niche's vocabulary counts in the keyword search,
# against a word of the brief's own. The niche's name in both languages counts fully: it
# translates the brief's topic (skincare ↔ perawatan kulit). The rest of the vocabulary only
# says a creator is of that coarse niche, which the niche score already credits; counted
# fully, it let a niche's generic creators outscore the brief's own topic inside it (phone
# reviewers before a drone videographer for camera bags). 0.2–0.4 rank the same
# (bench/EVAL.md).
NICHE_VOCABULARY_WEIGHT = 0.3


@dataclass(frozen=True, slots=True)
class KeywordQuery:
    """What the keyword search looks for: the brief's words with its niches' names, and
    the rest of those niches' vocabulary, which weighs less (NICHE_VOCABULARY_WEIGHT)."""

    text: str
    vocabulary: str = ""


def keyword_query(query: BriefQuery, *, expand: bool = True) -> KeywordQuery:
    """The brief, its niches' names in both languages and (lighter) their vocabulary."""
    names: list[str] = []
    vocabulary: list[str] = []
    for niche in query.niches if expand else []:
        names.extend(NICHE_LABELS[niche].values())
        vocabulary.extend(t for t in NICHE_TERMS[niche][:12] if not t.endswith("~"))
    return KeywordQuery(" ".join([query.semantic_text, *names]), " ".join(vocabulary))


def _unit(vector: np.ndarray) -> np.ndarray:
    unit: np.ndarray = (vector / max(float(np.linalg.norm(vector)), 1e-12)).astype(np.float32)
    return unit


# Pseudo-relevance feedback (Rocchio): a brief's few words meet creators' whole texts; the
# texts of its best matches say in creators' words what it is about ("wajan anti lengket" →
# their "masak tanpa minyak"), so the search vector moves a little towards them and every
# candidate is scored again. Seeds are on topic and authentic; fewer than FEEDBACK_SEEDS of
# them, no move.
FEEDBACK_SEEDS = 3
FEEDBACK_WEIGHT = 0.15


def feedback_seeds(ranked: Sequence[ScoredMatch],
                   vectors: dict[str, np.ndarray]) -> list[np.ndarray]:
    """The vectors of the first FEEDBACK_SEEDS authentic creators on topic, or [] if fewer."""
    seeds = [vectors[match.profile.key] for match in ranked
             if match.on_topic and match.authenticity.verdict == "authentic"
             and match.profile.key in vectors][:FEEDBACK_SEEDS]
    return seeds if len(seeds) == FEEDBACK_SEEDS else []


def feedback_query(vector: np.ndarray, seeds: Sequence[np.ndarray],
                   weight: float = FEEDBACK_WEIGHT) -> np.ndarray:
    """The unit vector `vector` + weight · the seeds' mean direction (both unit length)."""
    centroid = np.mean(np.asarray(seeds, dtype=np.float32), axis=0)
    return _unit(_unit(vector) + weight * _unit(centroid))


def _similarities(vectors: dict[str, np.ndarray], vector: np.ndarray) -> dict[str, float]:
    """Cosine of each candidate's (unit) vector to `vector`, a dot product each, as every
    evaluated run computed them: one matrix product saves ≈ 0.1 ms but rounds differently in
    the last bits, which a near tie (a relevance at the topic floor's fourth decimal) shows."""
    return {key: float(np.dot(row, vector)) for key, row in vectors.items()}


def topic_text(query: BriefQuery) -> str:
    """What a brief's search vector embeds: the brief without the constraints' words."""
    return query.semantic_text or query.text


class MatchEngine:
    """Runs searches over the index; owns no storage, only callables and thin I/O objects."""

    def __init__(
        self,
        *,
        embeddings: Embeddings,
        index: CreatorIndex,
        keyword_index: KeywordIndex,
        load_profiles: ProfileLoader,
        metadata_table: MetadataTable | None = None,
        community_index: KeywordIndex | None = None,
        community_vectors: CommunityVectors | None = None,
    ) -> None:
        self.embeddings = embeddings
        self.index = index
        self.keyword_index = keyword_index
        self._load_profiles = load_profiles
        self.metadata_table = metadata_table
        self.community_index = community_index
        self.community_vectors = community_vectors
        self.reference_briefs = ReferenceBriefs(self._embed_queries)

    def search(
        self,
        brief: str | BriefQuery,
        *,
        top: int = 10,
        offset: int = 0,
        options: SearchOptions | None = None,
        language: str | None = None,
    ) -> SearchResult:
        """Rank creators for a brief (a text, or an already parsed/refined query)."""
        options = options or SearchOptions()
        timings: dict[str, float] = {}
        started = time.perf_counter()
        query = parse_brief(brief) if isinstance(brief, str) else brief
        timings["parse"] = time.perf_counter() - started
        semantic: dict[str, float] = {}
        unfiltered: set[str] | None = None
        query_vector: np.ndarray | None = None
        topic_vector: np.ndarray | None = None
        degraded: str | None = None
        if options.dense:
            mark = time.perf_counter()
            query_vector = self._like_vector(query.like) if query.like else None
            if query_vector is None:
                query_vector, topic_vector = self._brief_vectors(query)
            timings["embed"] = time.perf_counter() - mark
            mark = time.perf_counter()
            try:
                for where, scope in self._filters(query, options):
                    found = self._dense(query_vector, where, scope)
                    if where is None:  # the scale of nearness (`Candidates`)
                        unfiltered = {key for key, _ in found}
                    semantic.update(found)
            except Exception as error:
                degraded = f"vector index unavailable ({type(error).__name__})"
                semantic = {}
            timings["vector_search"] = time.perf_counter() - mark
        keyword: dict[str, float] = {}
        if options.keyword or degraded:
            mark = time.perf_counter()
            asked = keyword_query(query, expand=options.niche)
            keyword = dict(self.keyword_index.search(
                asked.text, limit=KEYWORD_CANDIDATES,
                weighted=((asked.vocabulary, NICHE_VOCABULARY_WEIGHT),)))
            timings["keyword_search"] = time.perf_counter() - mark
        audience: dict[str, float] = {}
        if query.creator_audience and self.community_index is not None:
            # Who follows a creator is what their community text says.
            mark = time.perf_counter()
            audience = dict(self.community_index.search(
                audience_query(query.creator_audience), limit=KEYWORD_CANDIDATES))
            timings["community_search"] = time.perf_counter() - mark
        mark = time.perf_counter()
        loaded = self._load_profiles(set(semantic) | set(keyword) | set(audience))
        # In one order whatever the cache held and whatever the process's string hashing: the
        # ranking sums floats in the candidates' order, and ties keep it, so another order
        # could answer a brief differently.
        profiles = {key: loaded[key] for key in sorted(loaded)}
        timings["db"] = time.perf_counter() - mark
        vectors: dict[str, np.ndarray] = {}
        if query_vector is not None and not degraded:
            mark = time.perf_counter()
            missing = [key for key in profiles if key not in semantic]
            if self.metadata_table is not None:
                vectors = self.metadata_table.vectors(list(profiles))
            unknown = [key for key in profiles if key not in vectors]
            try:
                vectors.update(self.index.vectors(unknown) if unknown else {})
            except Exception:
                pass
            for key in missing:
                if key in vectors:
                    semantic[key] = float(np.dot(vectors[key], query_vector))
            timings["vector_fetch"] = time.perf_counter() - mark
        audience_meaning = (self._audience_meaning(query, list(profiles))
                            if options.dense and not degraded else None)
        hubness = self.reference_briefs.hubness(vectors) if vectors else None
        topic_semantic = (_similarities(vectors, topic_vector)
                          if topic_vector is not None and vectors else None)
        mark = time.perf_counter()
        candidates = Candidates(
            query, list(profiles.values()), keyword,
            use_authenticity=options.authenticity, use_engagement=options.engagement,
            use_constraints=options.constraints, use_niche=options.niche,
            audience=audience, audience_meaning=audience_meaning, hubness=hubness,
            nearness_scale=unfiltered,
        )
        ranked = candidates.rank(semantic, topic_semantic)
        seeds = (feedback_seeds(ranked, vectors)
                 if query_vector is not None and not query.like and not degraded else [])
        if seeds and query_vector is not None:
            # Once more, with the brief's vectors moved towards its best matches.
            def moved(vector: np.ndarray) -> dict[str, float]:
                return _similarities(vectors, feedback_query(vector, seeds))

            ranked = candidates.rank(moved(query_vector),
                                     moved(topic_vector) if topic_semantic is not None
                                     and topic_vector is not None else None)
        if query.like:
            ranked = [match for match in ranked if match.profile.key != query.like
                      and match.authenticity.verdict != "suspicious"]
        if options.diversity and vectors:
            ranked = diversify(ranked, vectors, top=offset + top)
        page = ranked[offset : offset + top]
        timings["rank"] = time.perf_counter() - mark
        mark = time.perf_counter()
        explanations = [explain(match, query, language) for match in page]
        timings["explain"] = time.perf_counter() - mark
        timings["total"] = time.perf_counter() - started
        fitting = (sum(1 for m in ranked if m.on_topic and not m.misses
                       and m.authenticity.verdict != "suspicious")
                   if any(m.checks for m in ranked[:1]) else None)
        return SearchResult(query, page, explanations, timings, degraded, fitting)

    def _embed_queries(self, texts: list[str]) -> list[list[float]]:
        """Several query texts, in one model call where the embedder batches them."""
        if isinstance(self.embeddings, CachedEmbeddings):
            return self.embeddings.embed_queries(texts)
        return [self.embeddings.embed_query(text) for text in texts]

    def prepare(self, queries: Sequence[BriefQuery]) -> None:
        """Embed every text the searches for `queries` will embed, together in one batch
        where the embedder can (a batch of briefs), so those searches find them cached."""
        texts = [text for query in queries for text in self.query_texts(query)]
        if texts and isinstance(self.embeddings, CachedEmbeddings):
            self.embeddings.embed_queries(texts)

    def query_texts(self, query: BriefQuery) -> list[str]:
        """The texts a dense search for `query` embeds (`_brief_vectors`,
        `_audience_meaning`)."""
        if query.like:
            return []
        texts = [topic_text(query)]
        if query.creator_topic:
            texts.append(query.creator_topic)
        if query.audience:
            texts.append(query.audience)
        if query.creator_audience and self._community_vectors() is not None:
            texts.append(query.creator_audience)
        return texts

    def _community_vectors(self) -> CommunityVectors | None:
        """The creators' community vectors, None while there are none."""
        vectors = self.community_vectors
        return vectors if vectors is not None and len(vectors) else None

    def _brief_vectors(self, query: BriefQuery) -> tuple[np.ndarray, np.ndarray | None]:
        """(the vector to search with, the topic's own vector when they differ).

        A brief that says who the audience should be ("kreator yang pengikutnya ibu hamil")
        is searched with its text and that audience phrase together: the sum of both query
        vectors, so each creator's similarity is the sum of both similarities, and creators
        whose community texts describe that audience come near whatever the product. The
        text alone still says what the brief is about (the topic vector). What the brief
        says its creators post ("creators who ride mountain bikes …") weighs as much as
        the whole brief in that topic: beside a product (a wall lamp) it is what creators
        share. All of a brief's texts go in one model call where the model batches them
        (a call costs more than padding the short texts, or ONNX Runtime packs them).
        """
        texts = self.query_texts(query)
        if len(texts) > 1 and isinstance(self.embeddings, CachedEmbeddings):
            self.embeddings.embed_queries(texts)  # remembered: the calls below find them
        topic = np.asarray(self.embeddings.embed_query(topic_text(query)), dtype=np.float32)
        if query.creator_topic:
            asked = np.asarray(self.embeddings.embed_query(query.creator_topic),
                               dtype=np.float32)
            topic = _unit(_unit(topic) + CREATOR_TOPIC_WEIGHT * _unit(asked))
        if not query.audience:
            return topic, None
        audience = np.asarray(self.embeddings.embed_query(query.audience), dtype=np.float32)
        blended = topic + AUDIENCE_WEIGHT * audience
        return blended / float(np.linalg.norm(blended)), topic

    def _audience_meaning(self, query: BriefQuery, keys: list[str]) -> dict[str, float] | None:
        """Cosine of each candidate's community text to the followers the brief asks for
        ("orang kantoran" near "karyawan muda Jabodetabek"); None without such a phrase."""
        community = self._community_vectors()
        if not query.creator_audience or community is None:
            return None
        phrase = np.asarray(self.embeddings.embed_query(query.creator_audience),
                            dtype=np.float32)
        return community.similarity(keys, phrase)

    def _like_vector(self, key: str) -> np.ndarray | None:
        """The stored document vector of the creator a lookalike search starts from (a
        document against documents: what they post and who follows them, not a brief)."""
        found = self.metadata_table.vectors([key]) if self.metadata_table is not None else {}
        if key not in found:
            try:
                found = self.index.vectors([key])
            except Exception:
                return None
        vector = found.get(key)
        return None if vector is None else np.asarray(vector, dtype=np.float32)

    def _dense(self, vector: np.ndarray, where: dict[str, Any] | None,
               scope: tuple[BriefQuery, bool] | None) -> list[tuple[str, float]]:
        """Nearest creators, restricted to those meeting `where` when given.

        With the in-memory metadata table the constraints are evaluated there, and when it
        knows every passing creator's vector the nearest are found exactly in memory.
        Otherwise a small allowed set restricts the vector search to its ids and a large one
        filters a wider unfiltered search. Without the table (or if the index lacks an id)
        Chroma's own `where` filter is used.
        """
        if where is None or scope is None or self.metadata_table is None:
            return self.index.query(vector, limit=DENSE_CANDIDATES, where=where)
        exact = self.metadata_table.nearest(vector, scope[0], with_niches=scope[1],
                                            limit=DENSE_CANDIDATES)
        if exact is not None:
            return exact
        allowed = self.metadata_table.allowed(scope[0], with_niches=scope[1])
        if allowed is None:
            return self.index.query(vector, limit=DENSE_CANDIDATES, where=where)
        if not allowed:
            return []
        share = len(allowed) / max(1, len(self.metadata_table))
        if share > WIDE_FILTER_SHARE:
            wide = min(MAX_WIDE_CANDIDATES, int(DENSE_CANDIDATES / share * 1.5) + 1)
            keep = set(allowed)
            found = [hit for hit in self.index.query(vector, limit=wide) if hit[0] in keep]
            if len(found) >= min(DENSE_CANDIDATES, len(allowed)) // 2:
                return found[:DENSE_CANDIDATES]
        try:
            return self.index.query(vector, limit=DENSE_CANDIDATES, ids=allowed)
        except Exception:
            # An id the index does not hold yet (a write between database and index).
            return self.index.query(vector, limit=DENSE_CANDIDATES, where=where)

    @staticmethod
    def _filters(query: BriefQuery, options: SearchOptions
                 ) -> list[tuple[dict[str, Any] | None, tuple[BriefQuery, bool] | None]]:
        """The searches to run: unfiltered, plus one restricted to the brief's constraints."""
        filters: list[tuple[dict[str, Any] | None, tuple[BriefQuery, bool] | None]] = [
            (None, None)]
        if options.constraints:
            # Filtered queries; near misses come from the unfiltered query and BM25.
            where = build_where(query, with_niches=options.niche)
            if where is not None:
                filters.append((where, (query, options.niche)))
            # The brief's words may name the wrong niche (a charger cable in a travel-bag brief):
            # creators meeting the stated constraints are searched by meaning alone too, so a
            # misread niche cannot keep them out of the candidates.
            unniched = build_where(query, with_niches=False) if options.niche else None
            if unniched is not None and unniched != where:
                filters.append((unniched, (query, False)))
        elif options.niche and query.niches:
            niches_only = BriefQuery(text="", language="id", semantic_text="",
                                     niches=query.niches)
            filters.append((build_where(niches_only, with_niches=True), (niches_only, True)))
        return filters
