"""Turn a free-text brief (Indonesian or English) into a semantic query plus hard constraints.

Pure functions only. Amounts and what each one is come from `retrieval.amounts`, the role of
each place from `retrieval.roles`; this module finds niches, places, platforms and the audience,
applies relaxations ("followers ga masalah") and merges follow-ups into a previous brief.
"""

from __future__ import annotations

import difflib
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from typing import Any, NamedTuple

from retrieval.amounts import (
    CORRECTION,
    FIELD_WORDS,
    NOT,
    OWN_ACCOUNT,
    OWN_AUDIENCE,
    Span,
    find_amounts,
    said_of_the_past,
    taken_back,
    to_idr,
)
from retrieval.keyword import tokenize
from retrieval.lexicon import NICHE_NAMES, NICHE_TERMS, PLATFORM_CREATOR_WORDS, PLATFORM_TERMS
from retrieval.literal_screen import LiteralScreen
from retrieval.number_words import spell_out_digits
from retrieval.places import (
    AMBIGUOUS_PLACES,
    CITIES,
    PLACES,
    Place,
    except_name,
    outside,
    with_surroundings,
    without,
)
from retrieval.roles import (
    ANAPHORA,
    about_creators,
    also_fine,
    fallback_before,
    place_role,
    tail_before,
)

# Longer texts are cut before parsing (the bot refuses them earlier, with a message).
MAX_BRIEF_CHARS = 4000
# Follower tiers (Influencer Marketing Hub's tiers; "micro" as Jodoh's product defines it).
TIER_WORDS: dict[str, tuple[int | None, int | None]] = {
    "nano": (None, 10_000),
    "micro": (1_000, 50_000),
    "mikro": (1_000, 50_000),
    "mid-tier": (50_000, 500_000),
    "macro": (500_000, 1_000_000),
    "makro": (500_000, 1_000_000),
}

# A tier word sizes the creator only beside a creator noun ("micro influencer", "KOL nano"),
# not in "micro bakery".
_TIER = r"nano|micro|mikro|mid[- ]?tier|midtier|macro|makro"
_CREATOR_NOUN = (r"(?:-?\s*)(?:influencers?|pempengaruh|kols?|creators?|kreator|selebgram|akun|"
                 r"accounts?|"
                 r"tiktokers?|youtubers?|tier|size|level|aja|saja|only|pls|ya)")
_TIER_RE = re.compile(
    rf"\b(?P<a>{_TIER}){_CREATOR_NOUN}\b|\b(?:influencers?|pempengaruh|kols?|creators?|kreator|"
    rf"akun|accounts?)\s+(?:yang\s+|yg\s+)?(?P<b>{_TIER})\b", re.IGNORECASE)
# A limit said not to matter: "followers ga masalah", "budget bebas", "any size".
_OWN_RELAXATIONS: dict[str, re.Pattern[str]] = {
    "followers": re.compile(
        r"\b(?:(?:followers?|pengikut|follower count|size)(?:nya|\s?e)?\s+(?:jg\s+|juga\s+)?"
        rf"(?:(?:piro|berapa)\s*(?:ae|aja|saja|pun)\s+)?{NOT}\s+"
        r"(?:masalah|penting|harus)|(?:followers?|pengikut)(?:nya|\s?e)?\s+"
        r"(?:(?:berapa|piro)\s*(?:aja|saja|pun|ae)|bebas|apa aja)"
        # Not when a least follows as its condition: "followers bebas asal di atas 2rb".
        r"(?!\s*,?\s*(?:asal(?:kan)?|as long as|yang penting|yg penting|tapi|tp|but)\s+"
        r"(?:(?:di\s?)?atas|above|over|min(?:imal|imum)?|lebih dari|more than|at least|\d))|"
        r"berapa\s?(?:pun)?\s+(?:followers?|pengikut)(?:nya)?|"
        # Not "any follower count above 1k": a least.
        r"any (?:follower count|size|number of followers)(?!\s+(?:above|over|from|of at least|"
        r"more than|>))|(?:don'?t|doesn'?t) care about "
        r"(?:the )?follower|follower count (?:doesn'?t|does not) matter|no (?:strict )?"
        r"(?:requirements? on size|minimum followers|follower (?:minimum|requirement))|"
        r"semua ukuran|bebas followers?|(?:syarat|requirement|minimal|minimum)\s+(?:followers?|"
        r"pengikut)(?:nya)?\s+(?:dihapus|dicabut|(?:ga|gak|nggak|tidak) jadi|removed|dropped))\b",
        re.IGNORECASE),
    "budget": re.compile(
        r"\b(?:(?:budget|bujet|rate|fee)\s+(?:bebas|fleksibel|flexible|nego|negotiable|"
        rf"{NOT}\s+(?:masalah|dibatasi))|any budget|no budget limit)\b",
        re.IGNORECASE),
    "platform": re.compile(
        r"\b(?:platform\s+(?:bebas|apa aja|apa saja|apa ?pun|juga bebas|ga masalah|tak kisah)|"
        r"any platform|all platforms|semua platform|bebas platform|tak kisah platform|"
        r"mana-mana platform)\b", re.IGNORECASE),
    "city": re.compile(
        r"\b(?:kota\s+(?:bebas|mana aja|mana saja|manapun)|bebas kota|dari kota mana (?:aja|"
        # Not "based anywhere in West Java", "any city in Java": anywhere inside a place is
        # that place.
        r"saja)|(?:any (?:city|location)|(?:from|based|live|living|located) anywhere)"
        r"(?!\s+(?:in|within|across|around|on)\s+(?!(?:indo|indonesia|the country)\b))|"
        r"anywhere (?:is fine|works|is ok|in indonesia)|"
        r"(?:domisili|lokasi|kota)(?:nya)?(?:\s+(?:kreator|creator|influencer)\w*)?\s+bebas|"
        r"semua kota|"
        r"(?:domisili|lokasi)(?:\s+kreator\w*)?\s+(?:tidak|ga|gak|nggak)\s+dibatasi)\b",
        re.IGNORECASE),
}


def _let_go(words: str) -> str:
    """A limit let go of however the field is named: "ga usah pake budget", "tanpa batas
    followers", "lupakan lokasinya", "no budget cap", "forget the city"; not a wish for
    less of it ("followers ga perlu banyak", "budget ga usah mahal")."""
    field = rf"(?:{words})(?:nya)?"
    # Said of the whole limit, the field's word ends the clause: not "followers nda usah lebe
    # dari 20 ribu", "budget ga usah mahal".
    not_less = r"(?=\s*(?:$|[,.;!?)]|dong|deh|dulu|ya+|aja|saja|lah|kok|kak|please|pls)\b)"
    return (rf"\b(?:{NOT}\s+(?:usah|perlu)\s+(?:pake\s+|pakai\s+|ada\s+)?(?:batas(?:an)?\s+)?"
            rf"{field}{not_less}|tanpa\s+(?:batas(?:an)?\s+)?{field}|"
            rf"(?:no|without)\s+(?:a\s+)?(?:{words})\s+(?:limit|cap|requirement|restriction)s?|"
            rf"(?:forget|drop|ignore|remove|skip)\s+(?:about\s+)?(?:the\s+)?(?:{words})|"
            rf"(?:lupa(?:kan|in)|hapus|buang|abaikan)\s+(?:aja\s+|saja\s+)?{field}|"
            rf"{field}\s+{NOT}\s+(?:usah|perlu)(?:\s+(?:dibatasi|dipikirin|dipikir))?{not_less})"
            r"\b")


# A word every phrasing of `_let_go` holds.
_LET_GO_SCREEN = re.compile(r"\b(?:usah|perlu|tanpa|no|without|forget|drop|ignore|remove|skip|"
                            r"lupa\w*|hapus|buang|abaikan)\b", re.IGNORECASE)


@lru_cache(maxsize=64)
def _may_let_go(text: str) -> bool:
    """Whether `_LET_GO_SCREEN` finds a word in `text`; remembered, since a parse asks it of
    the same text for every field."""
    return _LET_GO_SCREEN.search(text) is not None


class Relaxation:
    """A field's phrasings that let go of its limit: its own, and the general ones
    (`_let_go`), which are tried only where a word they need occurs: tried everywhere they
    cost a brief ≈ 0.4 ms (measured), in a parse of ≈ 2. Neither is tried in a text without
    a word of `screen`, which every phrasing of the field holds (≈ 0.3 ms a parse)."""

    def __init__(self, own: re.Pattern[str], words: str, screen: str) -> None:
        self.own = own
        self.general = re.compile(_let_go(words), re.IGNORECASE)
        self.screen = re.compile(screen, re.IGNORECASE)

    def _patterns(self, text: str) -> tuple[re.Pattern[str], ...]:
        if not self.screen.search(text):
            return ()
        return (self.own, self.general) if _may_let_go(text) else (self.own,)

    def search(self, text: str) -> bool:
        return any(pattern.search(text) for pattern in self._patterns(text))

    def finditer(self, text: str) -> list[re.Match[str]]:
        return [found for pattern in self._patterns(text) for found in pattern.finditer(text)]

    def sub(self, replacement: str, text: str) -> str:
        for pattern in self._patterns(text):
            text = pattern.sub(replacement, text)
        return text


# The words of each field that can be let go of: a platform only by that word, since "ga usah
# pake TikTok" refuses TikTok.
_LET_GO_WORDS = {**FIELD_WORDS, "platform": "platform"}
# A word each field's phrasings (its own and `_let_go`'s with its words) all hold.
_RELAXATION_SCREENS = {
    "followers": "follow|pengikut|subscriber|size|ukuran",
    "budget": "budget|bujet|fee|rate|bayar|tarif|honor",
    "platform": "platform",
    "city": "kota|domisili|lokasi|city|location|anywhere",
}
RELAXED_FIELDS: dict[str, Relaxation] = {
    name: Relaxation(pattern, _LET_GO_WORDS[name], _RELAXATION_SCREENS[name])
    for name, pattern in _OWN_RELAXATIONS.items()}
_FIELD = r"(?:platform|followers?|pengikut|budget|bujet|fee|kota|domisili|lokasi)(?:nya)?"
_RELAXED_LIST = re.compile(
    rf"\b((?:{_FIELD}\s*(?:dan|&|and)\s*)+{_FIELD})\s+(?:juga\s+|semua(?:nya)?\s+)?"
    r"(?:bebas|ga masalah|gak masalah|tidak masalah|terserah|tak kisah)\b", re.IGNORECASE)
class _Screened:
    """A costly pattern tried only where a cheap one finds a word that every match of it
    holds (most briefs hold none, and a parse tries it twice)."""

    def __init__(self, pattern: re.Pattern[str], screen: str) -> None:
        self.pattern = pattern
        self.screen = re.compile(screen, re.IGNORECASE)

    def search(self, text: str) -> re.Match[str] | None:
        return self.pattern.search(text) if self.screen.search(text) else None

    def sub(self, replacement: str, text: str) -> str:
        return self.pattern.sub(replacement, text) if self.screen.search(text) else text


# The creator's content may be anything: an audience brief ("kontennya bebas", "content can
# be anything", Javanese "kontene opo ae"). Niches the product's words suggest are not the
# creators' topic then.
_ANY_CONTENT = _Screened(re.compile(
    r"\b(?:(?:konten|content|topik|topic|niche)(?:nya|\s?e)?(?:\s+(?:kreator|creator|"
    r"influencer|kol)\w*)?"
    # A filler before the verdict: "topiknya basically bebas", "kontennya sih apa aja".
    r"(?:\s+(?:literally|basically|honestly|really|sih|tuh|mah|emang|memang|beneran))?"
    r"\s+(?:(?:boleh|bisa|can be|is)\s+)?(?:about\s+|tentang\s+)?"
    # Malay of Jambi and Palembang "apo bae", Minang "apo sajo", Javanese "opo ae".
    r"(?:bebas|apa\s*(?:aja|saja|pun|ae|bae|wae)|apo\s*(?:bae|sajo|ajo)|opo\s*(?:ae|wae)|"
    r"anything|whatever|"
    rf"{NOT}"
    r"\s+(?:harus|masalah|penting)|doesn'?t matter|does not matter)|any (?:content|niche|topic)|"
    r"(?:bebas|any) (?:konten|niche|topik)|whatever (?:niche|content|they post)|"
    rf"{NOT}\s+(?:peduli|mikirin|masalahin)\s+(?:sama\s+)?(?:konten|topik)(?:nya)?\s+apa|"
    r"(?:don'?t|do not) care (?:about )?what (?:they post|the content is))\b",
    re.IGNORECASE), r"konten|content|topi[kc]|niche|post")
# Where a brief says who the creator's audience should be: "target pasar …", "kreator yang
# audiensnya / penontonnya / followersnya …", "creators whose followers are …", "with a teen
# audience". A bare "followers" is a count, never an audience: the possessive is what says so.
_AUDIENCE_RE = re.compile(
    r"(target (?:pasar|market|audiens|audience|konsumen|kita|kami)|\btarget\s*:|"
    r"our (?:customers|audience|buyers|market|target)|customers are|pelanggan kami|"
    r"konsumen kami|pasar kami|audiens kami|audience kami|buat (?:para )?(?:target)|aimed at|"
    r"for (?:busy|young|new) |"
    r"\b(?:audiens|audience|penonton|pemirsa|followers?|pengikut|viewers?|fans|subscribers?)"
    r"(?:-?nya|\s?n?e)\b|"
    r"\b(?:whose|their) (?:followers|audience|viewers|fans|fanbase|subscribers)\b|"
    r"\b(?:with|w/)\s+an?\s+(?:[\w-]+\s+){1,3}(?:audience|following|fanbase)\b|"
    r"\b(?:yg|yang)\s+(?:nonton|menonton|ngikutin|mengikuti)\b|"
    r"\b(?:awareness|consideration|penetration|adoption|downloads?|sales)\s+"
    r"(?:among|di kalangan)\b)",
    re.IGNORECASE,
)
# The words of `_AUDIENCE_RE`'s cues, which name no audience by themselves.
_AUDIENCE_CUE_TOKENS = frozenset(
    stem for word in """
    target pasar market audiens audience konsumen our customers buyers pelanggan aimed
    penonton pemirsa follower followers pengikut viewers fans subscribers whose their fanbase
    following nonton menonton ngikutin mengikuti awareness consideration penetration
    adoption downloads sales among kalangan
    """.split() for stem in (word, *tokenize(word + "nya"), *tokenize(word + "-nya")))
_LANGUAGE_HINTS: dict[str, re.Pattern[str]] = {
    "en": re.compile(r"(english[- ]speaking|content in english|konten (?:ber)?bahasa inggris|"
                     r"in english\b)", re.IGNORECASE),
    "id": re.compile(r"(konten (?:ber)?bahasa indonesia|in (?:bahasa )?indonesian|"
                     r"indonesian[- ]speaking)", re.IGNORECASE),
    "jv": re.compile(r"(bahasa jawa|javanese)", re.IGNORECASE),
    "su": re.compile(r"(bahasa sunda|sundanese)", re.IGNORECASE),
}
# A word every `_LANGUAGE_HINTS` pattern holds.
_LANGUAGE_SCREEN = re.compile(r"english|inggris|indonesia|jawa|javanese|sunda", re.IGNORECASE)
_ID_WORDS = frozenset(
    """
    yang dan di untuk kami cari buat sama aja ya kak dengan ada tidak ini itu bisa lagi mau
    kalau atau dari kita juga sih dong nih banget udah sudah punya minimal maksimal butuh
    tolong rekomendasi khusus harus akun kreator ga gak nggak enggak usah pake pakai deh yg
    saja tapi tp kalo klo lah kok jadi gimana utk dgn
    """.split()
)
_EN_WORDS = frozenset(
    """
    the and for we our with looking any need in on to of a is are who that you please based
    around under at least creators want brand
    """.split()
)
# A negation scopes over the function words between it and the name it negates
# ("jangan yg TikTok", "bukan yang di Jakarta", "not on TikTok").
_NEGATION = re.compile(
    r"\b(bukan|selain|kecuali|not|except|no\s+need(?:\s+(?:for|of))?|no|tanpa|jangan|jgn|ulah|"
    r"ojo|ojok|"
    r"avoid|hindari|gamau|"
    rf"(?:don'?t|do not|dont)\s+want|{NOT}\s*mau|{NOT}\s+usah|tidak|nggak|gak|ga|gk|nda|ndak|"
    # "our buyers don't use Instagram much": then not on it.
    r"(?:don'?t|do not|dont|doesn'?t|does not)(?:\s+really)?(?=\s+us(?:e|ing)\b)|"
    r"nyanda|seng|"
    r"anything\s+but|everything\s+but|other\s+than|apart\s+from|no\s+point(?:\s+in)?|"
    r"(?:ga|gak|tidak)\s+ada\s+gunanya)"
    # "not doing Facebook or TikTok": other platforms may share the refusal.
    r"(\s+(yang|yg|nu|di|dari|pake|pakai|lewat|via|melalui|dilakukan|untuk|for|menggunakan|"
    r"doing|do|getting|hiring|having|someone|somebody|anyone|cari|"
    r"facebook|fb|twitter|threads|snapchat|linkedin|tiktok|tt|instagram|ig|youtube|yt|"
    r"or|atau|utawa|utowo|and|dan|/|"
    r"boleh|diunggah|diupload|upload|diposting|dipublikasikan|"
    r"using|use|on|from|the|in|akun|main|"
    r"kreator|creator|kol|"
    r"influencer|usah))*\s*$", re.IGNORECASE)


@dataclass(slots=True)
class BriefQuery:
    """What a brief asks for."""

    text: str
    language: str
    semantic_text: str
    niches: list[str] = field(default_factory=list)
    niche_terms: dict[str, list[str]] = field(default_factory=dict)
    cities: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    # A second choice of city ("kalau tidak ada di Padang, Sumatera lainnya boleh"): met
    # when no creator on topic lives in `cities`, a lesser miss otherwise.
    fallback_cities: list[str] = field(default_factory=list)
    fallback_places: list[str] = field(default_factory=list)
    # Places the creator must not be in ("kecuali yang di Jakarta"), already left out of
    # `cities`: a follow-up naming only these narrows the places asked before.
    refused_places: list[str] = field(default_factory=list)
    platforms: list[str] = field(default_factory=list)
    excluded_platforms: list[str] = field(default_factory=list)
    # Niches the brief rules out ("beauty creator is not needed", "bukan kreator gaming").
    excluded_niches: list[str] = field(default_factory=list)
    # Niches it refuses only kinds of, with those kinds as written ("bukan yang nge-gym" →
    # fitness: ["nge-gym"]): ruled out too, unless the brief is about that niche
    # (`ranking.settle_refusals`).
    refused_kinds: dict[str, list[str]] = field(default_factory=dict)
    min_followers: int | None = None
    max_followers: int | None = None
    max_rate_idr: int | None = None
    audience: str | None = None
    # Who the *creator's* followers should be ("yang pemirsanya para pensiunan", "a
    # creator with a nurse audience"), as opposed to the brand's own market: the
    # words that describe them, matched against what creators say of their community.
    creator_audience: str | None = None
    # What the creators it asks for post, in the brief's own words ("kreator yang rajin
    # review sepatu lari"): beside a product, the topic that creators share.
    creator_topic: str | None = None
    # The brief says the creator's content may be anything (who follows them is what counts).
    any_content: bool = False
    content_languages: list[str] = field(default_factory=list)
    # Limits the brief said do not matter ("followers ga masalah"): a refinement clears them.
    relaxed: list[str] = field(default_factory=list)
    # A lookalike search: the index key of the creator the matches should be like (their
    # own vector is the query; they and suspicious creators are never in the answer).
    like: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """Plain data, for logs and `--json` output."""
        return asdict(self)

    @property
    def has_location(self) -> bool:
        return bool(self.cities or self.countries)

    @property
    def asks_for_something(self) -> bool:
        """False for a brief with nothing to search on ("", "halo", "cari KOL dong", "🙏",
        a lone "500rb"): no topic word, no niche, no stated constraint. Such a brief gets a
        question back, not arbitrary creators. Topic words are those of the semantic text:
        an amount that states no constraint is no topic either."""
        return bool(
            self.niches or self.has_location or self.platforms or self.excluded_platforms
            or self.min_followers is not None or self.max_followers is not None
            or self.max_rate_idr is not None or self.audience
            or set(tokenize(self.semantic_text)) - _ABOUT_THE_SEARCH or self.like
        )


# Words about the search itself, not about a topic: a brief of only these ("I'm a brand", a
# button's label typed as text: "✖ city", "✏️ platform"; what is left of "harga 25rb" or
# "500rb-an" once the amount is read; "show me", "kasih liat"; a chat's "ok, makasih") has
# nothing to search on.
_ABOUT_THE_SEARCH = frozenset(tokenize(
    "i'm im i city cities kota lokasi location domisili platform platforms niche niches "
    "ubah ganti change hapus drop remove harga price an pcs "
    "show me can you anyone anybody lihat liat tampilkan kasih coba hasil result results "
    "halaman page "
    # what a chat answers to anything ("ok", "sip kak", "thanks!", "wkwk"): no brief
    "ok oke okay okey okee sip siap mantap mantul thanks thank thx tq makasih makasi trims "
    "terima kasih noted baik iya iyaa yes yep yup nope wkwk wkwkwk haha hehe lol"))


# Terms whose plural-looking form is another word: "les" → "less", "pc" → "pcs" (pieces,
# the unit of every seller's price list).
_NO_PLURAL = frozenset({"les", "pc"})


def _term_pattern(term: str) -> re.Pattern[str]:
    # English plurals ("hijabs", "toddlers") count as the term; Indonesian has no suffix plural.
    # Chat attaches "-nya" (its, the) to any word, English ones too ("kucingnya",
    # "skincarenya"), as the keyword tokenizer already knows.
    plural = ("(?:s|es)?" if re.fullmatch(r"[a-z][a-z -]*[a-z]", term)
              and term.lower() not in _NO_PLURAL else "")
    return re.compile(rf"(?<![\w]){re.escape(term)}{plural}(?:nya)?(?![\w])", re.IGNORECASE)


# Every niche's terms in one list, niche by niche: (niche, term, weight, pattern). A term
# marked "~" is weak evidence.
_NICHE_TERM_LIST: list[tuple[str, str, float, re.Pattern[str]]] = [
    (niche, term.rstrip("~"), 0.4 if term.endswith("~") else 1.0,
     _term_pattern(term.rstrip("~")))
    for niche, terms in NICHE_TERMS.items() for term in terms
]
_TERM_PATTERNS = {term: pattern for _, term, _, pattern in _NICHE_TERM_LIST}
_PLATFORM_PATTERNS = {
    platform: [_term_pattern(term) for term in terms] for platform, terms in PLATFORM_TERMS.items()
}
# Every platform's words as one alternation, longest first.
_PLATFORM_WORDS = "|".join(sorted((re.escape(term) for terms in PLATFORM_TERMS.values()
                                   for term in terms), key=len, reverse=True))
# Words for a platform's creators rather than the platform ("selebgram", "youtuber"): "bukan
# selebgram OOTD" refuses a kind of creator, which may still be wanted on that platform.
_CREATOR_KIND_PATTERNS = {
    _term_pattern(term) for terms in PLATFORM_TERMS.values() for term in terms
    if term in PLATFORM_CREATOR_WORDS}
_PLACE_PATTERNS = sorted(
    ((alias, place, _term_pattern(alias)) for alias, place in PLACES.items()),
    key=lambda item: -len(item[0]),
)

# Place names of several words, which may contain a niche's word ("pulau jawa", "pagar alam").
_MULTIWORD_PLACE_PATTERNS = [item for item in _PLACE_PATTERNS if " " in item[0]]
# The screens find which terms and aliases a brief holds without testing each.
_NICHE_TERM_SCREEN = LiteralScreen([term.lower() for _, term, _, _ in _NICHE_TERM_LIST])
_MULTIWORD_PLACE_SCREEN = LiteralScreen([alias for alias, _, _ in _MULTIWORD_PLACE_PATTERNS])
_PLACE_SCREEN = LiteralScreen([alias for alias, _, _ in _PLACE_PATTERNS])
# A niche the brief rules out, by a negation right before its word ("bukan kreator beauty",
# "jangan yg gaming", "not a tech reviewer") or a refusal right after it ("beauty creator is
# not needed", "gaming ga usah"). "Not only", "bukan cuma" put a word between: no match.
_NICHE_NEGATED_BEFORE = re.compile(
    r"\b(?:bukan|jangan|jgn|dudu|ojok|ulah|not(?:\s+an?)?|gausah|gamau|no need (?:for|of)|"
    r"avoid|hindari|(?:don'?t|do not|dont|does not|doesn'?t)\s+(?:want|need|look for)|"
    r"not\s+(?:need|looking for|searching for|after)|"
    r"(?:ga|gak|gk|nggak|ngga|tidak|tak|ndak|nda|ora|ra|teu)\s*(?:usah|perlu|mau|butuh|cari|"
    r"nyari|mencari|golek|goleki|nggoleki|pengen|ingin|peryogi|milarian))\s+"
    r"(?:(?:yang|yg|kreator|creators?|akun|accounts?|konten|content|influencers?|kol)\s+)*$",
    re.IGNORECASE)
_NICHE_NEGATED_AFTER = re.compile(
    r"(?:-?nya)?\s*(?:(?:kreator|creators?|influencers?|kol|konten|content|akun|accounts?|"
    r"vloggers?|reviewers?)\s*)?(?:(?:is|are)\s+)?(?:not\s+(?:needed|necessary|required|"
    rf"wanted)|{NOT}\s*(?:usah|perlu)|gausah|skip)\b",
    re.IGNORECASE)


def detect_language(text: str, default: str = "id") -> str:
    """'id' or 'en', by counting function words (ties go to Indonesian, the home market);
    `default` when the text has none of either ("skincare Surabaya 10k", "ok", "123"): the
    bot passes the language it already speaks with the user."""
    words = re.findall(r"[a-zA-Z]+", text.lower())
    indonesian = sum(word in _ID_WORDS for word in words)
    english = sum(word in _EN_WORDS for word in words)
    if not indonesian and not english:
        return default
    return "en" if english > indonesian else "id"


# A word naming creators, beside a niche's term ("food reviewer", "kreator gaming", "beauty
# creator", "akun parenting").
_CREATOR_KIND = (r"(?:kreator|creators?|influencers?|kol|akun|accounts?|reviewers?|vloggers?|"
                 r"bloggers?|youtubers?|tiktokers?|selebgram|content creators?)")
_CREATOR_BEFORE = re.compile(rf"\b{_CREATOR_KIND}\s+(?:(?:yang|yg)\s+)?$", re.IGNORECASE)
_CREATOR_AFTER = re.compile(rf"(?:-?nya)?\s+{_CREATOR_KIND}\b", re.IGNORECASE)
_CREATOR_WORD = re.compile(_CREATOR_KIND, re.IGNORECASE)


_DOUBLED = re.compile(r"\b([a-z]{3,})2\b")
_COMPANY_NAME = re.compile(r"\b(?:PT|CV|UD|PD)\.?\s+(?:[A-Z][\w&'.-]*(?:\s+(?=[A-Z])|\b)){1,5}")


class _NicheMatch(NamedTuple):
    start: int
    end: int
    niche: str
    term: str
    weight: float
    negated: bool
    # The term names a kind of creator ("food reviewer"), not only the product's topic.
    of_creators: bool
    # The words that negate it, with the term ("bukan food reviewer"); "" when not negated.
    refusal: str
    # The term as the brief writes it.
    said: str
    # Refused only as the kind that does nothing else ("not a skincare-only account", "food
    # vlogger yg cuma mukbang"): a kind inside the niche, not the niche.
    only_that: bool = False


# A niche term that is also a place ("bali", "jogja", "diy", "toraja") said as where someone
# is, lives or comes from, rather than as a destination or an origin of a product.
_WHERE_BEFORE = re.compile(
    r"\b(?:di|in|at|from|dari|asal|domisili(?:nya)?|berdomisili|tinggal|daerah|area|kota|"
    r"wilayah|sekitar|based|around|lives?|living|lokasi(?:nya)?|location|located)"
    r"\s*:?\s+(?:di\s+|in\s+)?$")
_BASED_AFTER = re.compile(r"\s*-?\s*based\b")
# Set phrases whose niche word names no niche: "game-changing", "travel light", "ngopi bareng"
# (meeting up), "in a playful fashion", "my pet peeve".
_IDIOMS = re.compile(r"\bgame[- ]?(?:chang\w+|plan)\b|\btravel(?:l?ing)? light\b|"
                     r"\bngopi(?:[- ]?ngopi|2)? (?:bareng|bersama|santai)\b|"
                     r"\bin (?:a|an) \w+ fashion\b|\bpet peeves?\b|"
                     # "anak muda", "anak kos": young people of a kind, no children; only the
                     # word "anak" is covered, so "anak kuliah" still names its own topic.
                     r"\banak(?=[- ](?:muda|mudo|kos|kost|kosan|kuliah\w*|kampus|sma|smk|smp|"
                     r"sekolahan|kantoran|gaul|motor|band|senja|jalanan|pantai|gunung|"
                     r"rantau|perantauan|tongkrongan|nongkrong|milenial|gen[- ]?z|jaksel)\b)")
_RUN_OBJECT = re.compile(r"\s+(?:a|an|the|our|my|this|its|weekly|weekend|monthly|daily|regular)"
                         r"\s+(?:[\w-]+\s+){0,2}(?:class(?:es)?|"
                         r"workshops?|promos?|promotions?|campaigns?|business|shops?|stores?|"
                         r"events?|programs?|programmes?|giveaways?|sales?|ads)\b")
_RUNNING_A_BUSINESS = re.compile(r"(?:\b(?:we|i|they|who|she|he)|'re|'m|\b(?:are|is|am|been|be|"
                                 r"currently|also|still|now))\s+$")


@lru_cache(maxsize=256)
def _niche_matches(text: str) -> tuple[_NicheMatch, ...]:
    """Every niche term the text holds, with whether it is negated.

    A term inside a longer matched term counts only through the longer one, across niches:
    "makanan kucing" is pet food, not culinary; "cat tembok" is wall paint, not a cat. A
    term inside a place's or a company's name is part of that name: "pulau Jawa" is no trip,
    "Pagar Alam" no nature, "PT Sehat Sentosa" no fitness. Remembered by text: a parse reads
    the brief's niches up to three times.
    """
    # Chat writes a doubled word with a 2 ("resep2" = resep-resep): the word, same offsets.
    lowered = _DOUBLED.sub(r"\1 ", text.lower())
    matches: list[tuple[int, int, str, str, float]] = [
        (match.start(), match.end(), "", alias, 0.0)
        for alias, _, pattern in (_MULTIWORD_PLACE_PATTERNS[index]
                                  for index in _MULTIWORD_PLACE_SCREEN.present(lowered))
        for match in pattern.finditer(lowered)
    ]
    # A company's name is no topic: "PT Sehat Sentosa Farma" is neither fitness nor a trainer.
    matches += [(match.start(), match.end(), "", "", 0.0)
                for match in _COMPANY_NAME.finditer(text)]
    for index in _NICHE_TERM_SCREEN.present(lowered):
        niche, term, weight, pattern = _NICHE_TERM_LIST[index]
        for match in pattern.finditer(lowered):
            matches.append((match.start(), match.end(), niche, term, weight))
    kept: list[_NicheMatch] = []
    seen: set[tuple[int, int, str]] = set()
    for start, end, niche, term, weight in matches:
        if not niche or any(a <= start and end <= b and (b - a) > (end - start)
                            for a, b, *_ in matches):
            continue
        if (start, end, niche) in seen:
            continue
        seen.add((start, end, niche))
        before, after = lowered[max(0, start - 40) : start], lowered[end : end + 60]
        if term in PLACES and (_WHERE_BEFORE.search(before) or _BASED_AFTER.match(after)):
            continue  # where someone is ("klinik gigi di Jogja"), not a trip to it
        if any(idiom.start() <= start and end <= idiom.end()
               for idiom in _IDIOMS.finditer(lowered, max(0, start - 12), end + 12)):
            continue  # "game-changing", "ngopi bareng": said of something else
        if term == "running" and (_RUNNING_A_BUSINESS.search(before)
                                  or _RUN_OBJECT.match(after)):
            continue  # "we're running weekend classes": operating something, not a sport
        refused_before = _NICHE_NEGATED_BEFORE.search(before)
        refused_after = _NICHE_NEGATED_AFTER.match(after)
        negated = bool(refused_before or refused_after)
        refusal = ((refused_before.group(0) if refused_before else "") + lowered[start:end]
                   + (refused_after.group(0) if refused_after else "")) if negated else ""
        # "food vlogger" is a kind of creator by itself.
        of_creators = bool(_CREATOR_BEFORE.search(before) or _CREATOR_AFTER.match(after)
                           or _CREATOR_WORD.fullmatch(term.split()[-1]))
        kept.append(_NicheMatch(start, end, niche, term, weight, negated, of_creators,
                                refusal, lowered[start:end],
                                negated and _only_that(lowered, start, end)))
    return tuple(kept)


def _names_the_niche(term: str, niche: str) -> bool:
    """"food", and a term that starts with the niche's name ("food vlogger", "coffee
    reviewer"), name the niche itself; "kucing ras" names one kind inside it."""
    lowered = term.rstrip("~").lower()
    return lowered in NICHE_NAMES[niche] or lowered.split()[0] in NICHE_NAMES[niche]


def _wanted(matches: Sequence[_NicheMatch]) -> set[str]:
    """The niches the brief asks for: named without a negation, unless the brief refuses
    their creators by the niche's own name ("ga butuh food reviewer", whatever food the
    product is) and never asks for them as creators. Refusing one kind inside a niche ("bukan
    akun burung" beside cat owners) leaves the niche asked for."""
    refused = {m.niche for m in matches if m.negated and m.of_creators
               and _names_the_niche(m.term, m.niche) and not m.only_that}
    asked_as_creators = {m.niche for m in matches if not m.negated and m.of_creators}
    return {m.niche for m in matches if not m.negated} - (refused - asked_as_creators)


def niche_evidence(text: str) -> dict[str, tuple[float, list[str]]]:
    """Niche → (evidence score, matched terms), without the niches the brief rules out.

    A negated term of a niche the brief also asks for still speaks of it: "mancing casting,
    bukan mancing kolam" narrows fishing, it does not leave it.
    """
    matches = _niche_matches(text)
    wanted = _wanted(matches)
    found: dict[str, tuple[float, list[str]]] = {}
    for match in matches:
        if match.niche not in wanted:
            continue
        score, terms = found.get(match.niche, (0.0, []))
        found[match.niche] = (score + match.weight,
                              terms if match.term in terms else [*terms, match.term])
    return found


def ruled_out_niches(text: str) -> tuple[list[str], dict[str, list[str]], list[str]]:
    """(niches the brief rules out, niches it refuses only kinds of → those kinds as written,
    the refusing words).

    A niche is ruled out only when every one of its terms is negated ("bukan sekadar
    skincare, ini skincare organik" still asks for skincare), and by its own name or its
    creators ("bukan food", "ga butuh food reviewer" about a frozen-food franchise).
    Refusing only kinds inside a niche ("bukan yang nge-gym", "not marathoners") may be
    narrowing the brief's own topic or leaving another one: only what the brief is about
    says which (`ranking.settle_refusals`), so those niches come apart.
    """
    matches = _niche_matches(text)
    wanted = _wanted(matches)
    refused = [match for match in matches if match.negated and match.niche not in wanted]
    by_name = {match.niche for match in refused
               if (match.of_creators or _names_the_niche(match.term, match.niche))
               and not match.only_that}
    kinds: dict[str, list[str]] = {}
    for match in refused:
        if match.niche not in by_name and match.said not in kinds.get(match.niche, []):
            kinds.setdefault(match.niche, []).append(match.said)
    return (list(dict.fromkeys(match.niche for match in refused if match.niche in by_name)),
            kinds, [match.refusal for match in refused])


# "not a skincare-only account", "bukan yang cuma bahas skincare", "food vlogger yg cuma
# mukbang": what is refused is creators of nothing else (or of one thing), a kind inside the
# niche, not the niche.
_ONLY_AFTER = re.compile(r"\s*-?\s*(?:only|doang|aja|saja|thok|tok|semata)\b|"
                         r"\s*,?\s*(?:yang|yg|who|that)\s+(?:\w+\s+){0,2}?"
                         r"(?:cuma|cuman|hanya|only|just|doang)\b")
_ONLY_BEFORE = re.compile(r"\b(?:cuma|cuman|hanya|only|khusus|murni|pure(?:ly)?|just)\s+"
                          r"(?:\w+\s+){0,2}$")


def _only_that(lowered: str, start: int, end: int) -> bool:
    return bool(_ONLY_AFTER.match(lowered, end)
                or _ONLY_BEFORE.search(lowered[max(0, start - 30) : start]))


def _select_niches(evidence: dict[str, tuple[float, list[str]]]) -> list[str]:
    if not evidence:
        return []
    best = max(score for score, _ in evidence.values())
    ranked = sorted(evidence.items(), key=lambda item: -item[1][0])
    return [niche for niche, (score, _) in ranked if score >= max(0.8, 0.35 * best)][:3]


def _creator_audience(phrases: Sequence[str]) -> str | None:
    """The brief's creator-audience phrases, reduced to who the followers are."""
    words = [_creator_audience_words(phrase) for phrase in phrases]
    return " ".join(word for word in words if word) or None


def _states_count(clause: str, rest: str) -> bool:
    """"followersnya minimal 5rb": the possessive with a follower count is a count. The
    clause's amounts are read alone and in `rest` (the clause and what follows it), since
    the words after a clause can say what its amount is: in "… paling banyak 20rb bayaran
    per konten 500rb" the budget word is the next amount's."""
    spelled = spell_out_digits(clause)
    if any(span.kind == "followers" for span in find_amounts(spelled)):
        return True
    return rest != clause and any(span.kind == "followers" and span.low.start < len(spelled)
                                  for span in find_amounts(spell_out_digits(rest)))


# The phrasings that describe the creator's audience, not the brand's market.
_CREATOR_AUDIENCE_RE = re.compile(
    r"\b(?:audiens|audience|penonton|pemirsa|followers?|pengikut|viewers?|fans|subscribers?)"
    r"(?:-?nya|\s?n?e)\b|\bwhose\b|\btheir\s+(?:followers|audience|viewers|fans|fanbase|"
    r"subscribers)\b|\b(?:with|w/)\s+an?\s|\b(?:yg|yang)\s+(?:nonton|menonton|ngikutin|"
    r"mengikuti)\b", re.IGNORECASE)
# What says "audience" and how much of it, not who it is.
_AUDIENCE_WORDS = re.compile(
    r"(?<!\w)(?:audiens|audience|penonton|pemirsa|followers?|pengikut|viewers?|fans|fanbase|"
    r"subscribers?|following|whose|their|with|w/|an?|are|is|must|should|be|adalah|yaitu|"
    r"yakni|banyak|kebanyakan|mostly|mayoritas|akeh|target|awareness|consideration|juga|jg|"
    r"also|penetration|adoption|downloads?|sales|among|(?:di\s+)?kalangan|(?:yg|yang)\s+"
    r"(?:nonton|menonton|"
    r"ngikutin|mengikuti))(?:-?nya|\s?n?e)?(?!\w)", re.IGNORECASE)


# The followers named before the verb: "as long as older people genuinely follow the creator",
# "yang penting anak muda ngikutin akunnya".
_FOLLOWERS_BEFORE = re.compile(
    r"\b(?:as long as|provided|so long as|asal(?:kan)?|yang penting|yg penting)\s+"
    r"((?:[\w-]+\s+){1,4}?)(?:genuinely\s+|really\s+|actually\s+|mostly\s+|truly\s+|"
    r"banyak\s+)?(?:follows?|ngikutin|mengikuti|nonton(?:in)?|watch(?:es)?)\s+"
    r"(?:the\s+creators?|them|him|her|the\s+account|their\s+(?:account|channel|page)|"
    r"akun\w*|kreator\w*|channel\w*)\b", re.IGNORECASE)


def _followers_named_first(text: str) -> str | None:
    found = _FOLLOWERS_BEFORE.search(text)
    return found.group(1).strip() if found else None


def _creator_audience_words(phrase: str) -> str | None:
    """The words of an audience phrase that say who the followers are, or None when it
    describes the brand's market ("target pasar kami …") rather than the creator's
    followers."""
    if not _CREATOR_AUDIENCE_RE.search(phrase):
        return None
    words = _AUDIENCE_WORDS.sub(" ", phrase)
    for patterns in _PLATFORM_PATTERNS.values():
        for pattern in patterns:
            words = pattern.sub(" ", words)
    words = re.sub(r"\s+", " ", words).strip(" .,;:!?")
    return words if tokenize(words) else None


# An audience clause ends at punctuation, at a "but", at what the content may be, or where
# the next audience or count phrase, a platform or another constraint begins: a brief typed
# without punctuation ("yang penontonnya tukang kebun kontennya bebas … pengikutnya minimal
# sepuluh ribu", "… pengikutnya petani sawit YouTube atau Instagram") holds several clauses
# in one sentence.
_CLAUSE_END = re.compile(
    # A comma, but not one inside a number ("10,000").
    r"(?<!\d),|,(?!\d{3}\b)|"
    r"[;(—–]|\s-\s|\s(?:tapi|tetapi|namun|but|however)\b|\s(?=(?:konten|content|topik|"
    r"topic|niche)(?:nya|\s?e)?\b)|\s(?=(?:audiens|audience|penonton|pemirsa|followers?|"
    r"pengikut|viewers?|subscribers?)(?:-?nya|\s?n?e)?\b)|"
    rf"\s(?=(?:{_PLATFORM_WORDS}|platform|domisili|lokasi|budget|bujet|fee)\b)|"
    # Who is not meant is no part of the audience: "… ibu rumah tangga bukan anak kuliahan".
    r"\s(?=(?:bukan|not|instead of|rather than)\b)", re.IGNORECASE)


_COUNT_NOUN_NEXT = re.compile(r"\s*(?:followers?|pengikut|subscribers?)\b", re.IGNORECASE)


def _audience_span(sentence: str) -> tuple[int, int] | None:
    """Where the sentence's audience phrase starts and ends, if it has one.

    The audience runs to the end of its clause; what follows a comma ("…, domisili
    Jakarta, budget 2jt") is about the creator again.
    """
    for found in _AUDIENCE_RE.finditer(sentence):
        said = sentence[found.start():]
        clause_end = _CLAUSE_END.search(said, found.end() - found.start())
        end = found.start() + (clause_end.start() if clause_end else len(said))
        clause = sentence[found.start():end]
        if all(token in _AUDIENCE_CUE_TOKENS for token in tokenize(clause)):
            continue  # no one named: "ga harus gede followersnya, asal aktif"
        # The follower word the clause stops before counts with it: "an engaged audience of
        # 10,000 to 60,000 followers" is a size.
        noun = _COUNT_NOUN_NEXT.match(sentence, end)
        counted = sentence[found.start() : noun.end() if noun else end]
        if not (_states_count(counted, sentence[found.start():])
                or RELAXED_FIELDS["followers"].search(clause)):
            return found.start(), end
    return None


# A brief describing the creators it wants: "influencer yang …", "creators who …", "KOL
# dengan konten …", "someone whose videos …"; Javanese "sing", Sundanese "nu", Minang "nan".
_CREATOR_ASK = re.compile(
    rf"\b(?:{_CREATOR_KIND}|someone|somebody)(?:-?nya)?\s+(?:(?:yang|yg|sing|nu|nan)\b|"
    r"who(?:'s|\s+is|\s+are)?\b|that\b|whose\s+(?:content|videos?|posts?|feed|channel|page)\b|"
    r"(?:dengan|dgn|with)\s+(?:konten|content)\b)", re.IGNORECASE)
# The clause ends with its sentence, or where a constraint follows a comma ("…, budget max").
_ASK_END = re.compile(rf"(?<=[.!?;])\s|\n|\.{{2,}}|,\s*(?=(?:{_FIELD}|min|max|minimal|"
                      r"maksimal|maks)\b)", re.IGNORECASE)
# Where a clause about the creators goes on to state a constraint ("…, TikTok only", "…, tp
# domisili harus Jatim", "… - Platform: NOT Instagram"): what follows is no topic.
_ASK_CONSTRAINT = re.compile(
    rf"(?:^|[,;:(—–]|\s-)\s*(?:(?:tapi|tp|tetapi|namun|but|however|dan|and|di|on|in|via|"
    rf"lewat|only|cuma|hanya|khusus)\s+|[&/+]\s*)?(?:{_FIELD}|{_PLATFORM_WORDS})\b",
    re.IGNORECASE)
# What is left between and after removed phrases: ", ," and a dangling "and".
_ASK_LEFTOVER = re.compile(r"(?<=[,;:/&])(?:\s*[,;:/&])+|\s+(?:and|dan|or|atau|&)\s*$",
                           re.IGNORECASE)
# Fewer words than this say nothing of a topic ("kreator yang oke").
_ASK_MIN_TOKENS = 2
# Words a clause about the creators uses for what is no topic: their size, place, manner and
# reliability ("yang punya minimal 10rb followers dan tinggal di Bandung", "who are
# authentic and reply to comments"); once the amounts and places are gone, they are left.
_ASK_NOT_TOPIC = frozenset(token for word in
    """
    punya memiliki tinggal domisili berdomisili based live lives living located stay have has
    least most min max minimum maximum sekitar around over under atas bawah diatas dibawah
    kurang setidaknya sedikitnya bisa can could able mampu datang come visit hadir mau willing
    siap ready aktif active engagement engagementnya engaging bagus good great high tinggi
    jujur honest authentic asli real genuine reply balas comments komen cocok suitable fit
    sesuai relevan relevant terpercaya trusted trustworthy kredibel credible profesional
    professional berpengalaman experienced rajin consistent konsisten banyak many much lots
    """.split() for token in tokenize(word))


def _creator_topic(searched: str, audience_phrases: Sequence[str]) -> str | None:
    """What the creators the brief asks for should post: each clause after a creator noun
    and its relative pronoun, to the end of its sentence, without who follows them. Read
    from the searched text, so amounts, places and relaxed limits are already gone."""
    clauses: list[str] = []
    # The phrases as the searched text has them (their "followersnya" is gone there).
    followers = [_semantic_text(phrase, []) for phrase in audience_phrases]
    for found in _CREATOR_ASK.finditer(searched):
        rest = searched[found.end():]
        end = _ASK_END.search(rest)
        clause = rest[: end.start() if end else len(rest)]
        for phrase in followers:
            clause = clause.replace(phrase, " ")
        stated = _ASK_CONSTRAINT.search(clause)
        if stated:
            clause = clause[: stated.start()]
        clause = _ASK_LEFTOVER.sub("", re.sub(r"\s+", " ", clause)).strip(" .,;:!?/&")
        topical = [token for token in tokenize(clause) if token not in _ASK_NOT_TOPIC]
        if len(topical) >= _ASK_MIN_TOKENS and clause not in clauses:
            clauses.append(clause)
    return " ".join(clauses) or None


def _sentences(text: str) -> list[str]:
    return re.split(r"(?<=[.!?])\s+|\n", text)


def _split_audience(text: str) -> tuple[str, list[str]]:
    """(the brief without its audience phrases, those phrases)."""
    kept: list[str] = []
    audience: list[str] = []
    for sentence in _sentences(text):
        span = _audience_span(sentence)
        if span:
            kept.append(sentence[: span[0]] + sentence[span[1]:])
            audience.append(sentence[span[0]:span[1]].strip())
        else:
            kept.append(sentence)
    return " ".join(kept), audience


_CORRECTED = re.compile(rf"^[^.;!?\n]{{0,30}}{CORRECTION.pattern}", re.IGNORECASE)
_OUTSIDE = re.compile(r"\b(?:luar|di luar|outside(?: of)?)\s+(?:pulau\s+)?$", re.IGNORECASE)
# Outside refused is inside: "tidak boleh yang berdomisili di luar Jawa Barat", "jangan yang
# di luar Jabar", "kecuali yang di luar Sumatera", "no creators outside Bali" (the words
# between say only who or where; with a word for living there or for creators, it is said
# of the creators whatever the sentence is about).
_OUTSIDE_REFUSED = re.compile(
    rf"\b(?:{NOT}|jangan|jgn|ojo|ojok|bukan|kecuali|no|not|never|except)(?:\s+(?:boleh|usah|"
    r"mau|pengen|ingin|want|accept|terima|yang|yg|sing|dari|from|one|anyone|"
    r"(?P<who>berdomisili|domisili|tinggal|based|living|live|located|kreator\w*|creators?|"
    r"influencers?|accounts?|akun)))*\s+(?:di\s+)?"
    r"(?:luar|outside(?: of)?)\s+(?:pulau\s+)?$", re.IGNORECASE)
# A refusal said after "luar X": "yang berdomisili di luar Jawa Barat tidak boleh".
_REFUSED_AFTER = re.compile(rf"\s*(?:{NOT}\s+(?:boleh|bisa|diterima)|not allowed|jangan)\b",
                            re.IGNORECASE)
# Javanese and Sundanese write "utawa"/"utowo"/"atawa" (or), "lan"/"jeung" (and).
_LIST_GAP = re.compile(r"(?:\s*(?:,|&|/|\+|dan|and|atau|or|maupun|utawa|utowo|atawa|atanapi|apa|"
                       r"lan|jeung|sareng))*"
                       r"\s*(?:pulau\s+)?$",
                       re.IGNORECASE)


# A word right after a location word, which may be a misspelt city ("domisili Bekasih").
_FUZZY_CUE = re.compile(
    r"\b(?:di|domisili(?:nya)?|anak|orang|area|tinggal|based in|from|dari|asal|kota|"
    r"sekitar(?:an)?|wilayah|daerah)\s+([A-Za-z]{5,})\b", re.IGNORECASE)
_CITY_NAMES: dict[str, list[str]] = {}
for _name in sorted(name.lower() for name in CITIES if name.lower() in PLACES):
    _CITY_NAMES.setdefault(_name[0], []).append(_name)


def _place_mentions(text: str) -> list[tuple[int, int, str, Place]]:
    """Every place alias in the text, longest first where they overlap, in text order."""
    mentions: list[tuple[int, int, str, Place]] = []
    lowered = text.lower()
    for index in _PLACE_SCREEN.present(lowered):
        alias, place, pattern = _PLACE_PATTERNS[index]
        for match in pattern.finditer(text):
            if not any(a <= match.start() < b for a, b, *_ in mentions):
                mentions.append((match.start(), match.end(), alias, place))
    for match in _FUZZY_CUE.finditer(text):
        word = match.group(1)
        # A short lower-case word is more likely an ordinary one ("di bekas").
        if any(a <= match.start(1) < b for a, b, *_ in mentions) or (
                len(word) < 7 and not word[0].isupper()):
            continue
        lowered_word = word.lower()
        # A typo keeps the first letter and the length within two, as a rule.
        names = [name for name in _CITY_NAMES.get(lowered_word[0], ())
                 if abs(len(name) - len(lowered_word)) <= 2]
        close = difflib.get_close_matches(lowered_word, names, n=1, cutoff=0.88)
        if close:  # "domisili Bekasih", "anak Makasar": a city misspelt
            place = PLACES[close[0]]
            mentions.append((match.start(1), match.end(1), close[0], place))
    return sorted(mentions, key=lambda mention: mention[0])


# A town and the towns around it: "Bekasi dan sekitarnya", "Bandung & surrounding areas".
# Not "around Bogor", which is as often the town alone.
_SURROUNDINGS_AFTER = re.compile(
    r"\s*(?:dan|&|atau|\+|and|or|,)?\s*(?:(?:daerah|wilayah|area|kota)\s+)?"
    r"(?:sekitar(?:nya|an(?:nya)?)|(?:the\s+)?(?:surrounding|nearby)(?:\s+(?:areas?|cities|"
    r"towns|regions?))?|surroundings|vicinity)\b", re.IGNORECASE)


# A refusal right after the place, ending its clause: "yang di Surabaya jangan ya",
# "Jakarta ga usah.", "Bekasi tidak termasuk" (not "no": "Jl. Raya Ubud No. 3" is an
# address).
_EXCLUDED_AFTER = re.compile(
    rf"\s*(?:nya\s+)?(?:jangan|jgn|{NOT}\s*(?:usah|masuk|termasuk)|gausah|"
    # "Maluku atau NTT belum dulu": not this time.
    rf"(?:{NOT}|belum)\s+dulu|"
    r"tak\s+payah|ojo|(?:is|are)?\s*(?:not included|excluded))"
    r"(?:\s*\b(?:ya+|yah|aja|saja|deh|dong|kak|e|please|pls)\b)?\s*(?:[.,;!?\n]|$)",
    re.IGNORECASE)
# A refusal of the creator's place a few words before it: "kecuali yg di Jakarta", "selain
# Surabaya", "jangan yang di Jabodetabek", "not based in Bali", "except Medan". `lives`: it
# says where the creator lives, which "selain" alone does not.
_EXCLUDING = re.compile(
    r"\b(?:bukan|selain|kecuali|except|jangan|jgn|other\s+than|apart\s+from|anything\s+but|"
    r"not)\s+(?:(?:yang|yg|the|those|ones?|creators?|kreator|kol|orang|anak|area|kota|"
    r"(?P<lives>di|in|based|tinggal|domisili|berdomisili|living|who\s+live))\s+){0,3}$",
    re.IGNORECASE)


def _without_refused(place: Place, refused: Place) -> Place:
    """`place` with a refused place inside it cut out ("Jatim selain Surabaya"); a whole
    country without its cities' list becomes its other towns ("across Indonesia except
    Jabodetabek"); a refused place outside it changes nothing."""
    if set(refused.cities) & set(place.cities) and not set(place.cities) <= set(refused.cities):
        return without(place, refused)
    if place.country_level and not place.cities and place.country == refused.country == "ID" \
            and refused.cities:
        return outside(refused)
    return place


def _leave_out(places: list[Place], excluded: list[Place]) -> list[Place]:
    """The creator's places without the ones refused: a refused town inside a place asked for
    is cut out of it ("Jatim selain Surabaya"); one outside them changes nothing ("di Bandung,
    bukan Jakarta"); refused places alone leave everywhere else ("asal bukan yang di Jakarta")."""
    if not excluded:
        return places
    if places:
        for refused in excluded:
            places = [_without_refused(place, refused) for place in places]
        return places
    joined = Place(", ".join(place.name for place in excluded),
                   tuple(city for place in excluded for city in place.cities), "ID")
    return [outside(joined)]


def _place_lists(text: str, mentions: Sequence[tuple[int, int, str, Place]]
                 ) -> list[list[tuple[int, int, str, Place]]]:
    """For each mention, the list of places it belongs to ("Bali or Lombok", "Medan, Binjai &
    Deli Serdang"): mentions joined only by `_LIST_GAP`; a mention alone is a list of one."""
    lists: list[list[tuple[int, int, str, Place]]] = []
    for index, mention in enumerate(mentions):
        joined = index > 0 and _LIST_GAP.fullmatch(
            text[mentions[index - 1][1] : mention[0]]) is not None
        if joined:
            lists[-1].append(mention)
            lists.append(lists[-1])
        else:
            lists.append([mention])
    return lists


class _Places(NamedTuple):
    places: list[Place]
    # The words naming the creator's places (first and second choice), left out of the topic.
    said: list[str]
    relaxed: bool
    fallback: list[Place]
    # The places the creator must not be in ("kecuali yang di Jakarta").
    refused: list[Place]


def _find_places(text: str) -> _Places:
    """The places the creator should be in; each mention gets its role from its context
    (`retrieval.roles`): the brand's own town, shipping areas, origins and places said not
    to matter are left out, a fallback is a second choice, and a creator clause pointing back
    ("di dua kota itu") takes the places named just before."""
    places: list[Place] = []
    fallback: list[Place] = []
    said: list[str] = []  # the words naming the creator's place, left out of the topic
    relaxed = False
    previous: tuple[int, str] | None = None  # end and role of the last mention
    excluded: list[Place] = []  # places the creator must not be in
    chain: list[Place] = []  # the places of the list the current mention continues
    earlier: list[tuple[int, Place]] = []  # places of other roles, where they were named
    mentions = _place_mentions(text)
    lists = _place_lists(text, mentions)
    for index, (start, end, _alias, place) in enumerate(mentions):
        before = text[max(0, start - 60) : start]
        follows = lists[index][0] is not mentions[index]
        # A list is one phrase: what follows its last place is said of all of them ("Bali or
        # Lombok based", "Medan, Binjai & Deli Serdang creators"), and one name in it that is
        # no ordinary word makes the others places too. A later item's own role is read
        # for its fallback only; it takes the first item's.
        in_list = [mentions[index]] if follows else lists[index]
        ambiguous = all(other[2] in AMBIGUOUS_PLACES for other in in_list)
        role = place_role(text, start, in_list[-1][1], ambiguous=ambiguous)
        if role == "relaxed" and any(also_fine(text, end, later[1])
                                     for later in mentions[index + 1 :]):
            # "based in Bali but Lombok is fine too": what is fine too is a place named
            # later, so this one's role is read without it.
            role = place_role(text[: mentions[index + 1][0]], start, end, ambiguous=ambiguous)
        # A list takes its first item's role, unless a fallback begins between them
        # ("kalau tidak ada di Bitung, Sulawesi lainnya boleh").
        if follows and previous is not None and not (role == "fallback" != previous[1]):
            role = previous[1]
        if role == "relaxed" and previous is not None and previous[1] == "creator" and \
                also_fine(text, previous[0], end):
            role = "creator"
        elif role == "relaxed" and previous is None and len(text.split()) <= 8 and \
                also_fine(text, start, end):
            role = "creator"  # a follow-up adding a place: "Bekasi juga boleh"
        refused_before = _EXCLUDING.search(before[-40:])
        refused_after = _EXCLUDED_AFTER.match(text, end)
        outside_said = _OUTSIDE.search(before[-20:]) is not None
        refused_outside = _OUTSIDE_REFUSED.search(before) if outside_said else None
        inside_asked = refused_outside is not None or (
            outside_said and role == "creator" and _REFUSED_AFTER.match(text, end) is not None)
        if inside_asked:
            refused_before = refused_after = None  # read below as the place asked for
        listed = follows and previous is not None and previous[1] == "excluded"
        chain = chain if follows else []
        if listed or ((refused_before or refused_after) and (role == "creator" or (
                role == "other" and ((refused_before and refused_before.group("lives"))
                                     or any(set(place.cities) < set(p.cities)
                                            or (p.country_level and p.country == place.country)
                                            for p in places))))):
            # "kecuali yang di Jakarta", "Jatim selain Surabaya", "not based in Bali"; a
            # refusal after a list refuses each of it ("Bekasi & Depok tidak termasuk").
            for listed_place in reversed(chain if refused_after else []):
                if set(place.cities) <= set(listed_place.cities):
                    break  # the area asked for, before the towns it leaves out
                if listed_place in places:
                    places.remove(listed_place)
                earlier = [(at, other) for at, other in earlier if other is not listed_place]
                excluded.append(listed_place)
            chain = []
            excluded.append(place)
            said.append(text[start:end])
            previous = (end, "excluded")
            continue
        chain.append(place)
        if role == "other" and refused_outside is not None and refused_outside.group("who"):
            role = "creator"
        elif role == "creator" and not inside_asked and _NEGATION.search(before[-30:]):
            role = "negated"
        if outside_said and not inside_asked:
            place = outside(place)
        elif _SURROUNDINGS_AFTER.match(text, end):
            place = with_surroundings(place)
        if role == "creator" and previous is not None and previous[1] == "creator" and \
                _CORRECTED.search(text[previous[0]:start]) and places:
            places.pop()  # "di Padang, eh ndak, di Bukittinggi": the writer corrected it
            said.pop()
        previous = (end, role)
        relaxed = relaxed or role == "relaxed"
        if role == "creator":
            places.append(place)
        elif role == "fallback":
            fallback.append(place)
        elif role == "other":
            earlier.append((start, place))
        if role in ("creator", "fallback"):
            said.append(text[start:end])
    for match in ANAPHORA.finditer(text):
        if about_creators(text, match.start()) and re.search(
                r"\b(tinggal|domisili|based|live|living|di|in)\W*\w*\W*$",
                text[max(0, match.start() - 25) : match.start()], re.IGNORECASE):
            places.extend(place for start, place in earlier if start < match.start())
    unique = _leave_out(list(dict.fromkeys(places)), excluded)
    # "Manado atau luar Manado sama saja": inside or outside is anywhere.
    both = {place.name for place in unique} & {place.name.removeprefix("luar ")
                                              for place in unique if place.name.startswith("luar ")}
    if both:
        unique = [place for place in unique
                  if place.name.removeprefix("luar ") not in both]
        relaxed = True
    # A place inside a country named too is the narrower ask ("kampanye di Indonesia …
    # kreator yang domisili di Riau"): the country alone adds nothing.
    narrower = {place.country for place in unique if not place.country_level}
    unique = [place for place in unique if not (place.country_level and place.country in narrower)]
    # A second choice only when there is a first.
    second = [place for place in dict.fromkeys(fallback) if place not in unique] if unique else []
    return _Places(unique, said, relaxed, second, excluded)


# A platform named as a preference the brief then waives ("Kalau bisa di YouTube ... tetapi
# tidak wajib"), and marketplaces that carry a platform's name.
_WAIVED_AFTER = re.compile(
    rf"^[^.;!?\n]*\b({NOT}\s+wajib|not (?:a )?must|not required|"
    r"optional|platform lain (?:juga |tetap )?(?:boleh|oke|ok|gpp|bisa|dapat|"
    r"dipertimbangkan)|other platforms? (?:are |is )?(?:also )?(?:fine|ok|okay|welcome|"
    r"considered))\b", re.IGNORECASE)
# The choice between the platforms named left to the creator ("instagram or tiktok up to
# them", "IG atau TikTok bebas").
_PLATFORM_NAME = re.compile(rf"\b(?:{_PLATFORM_WORDS})\b", re.IGNORECASE)
_CHOICE_AFTER = re.compile(
    rf"^(?:\s*(?:/|,|&|atau|or|dan|and|apa|sama)\s*(?:{_PLATFORM_WORDS})\b)*\s*,?\s*(?:terserah|"
    r"bebas|up to (?:them|you|the creators?)|whichever|either is fine)\b", re.IGNORECASE)
_CHOICE_BEFORE = re.compile(
    rf"\b(?:bebas|terserah)\s+(?:mau\s+|pilih\s+|di\s+)?(?:(?:{_PLATFORM_WORDS})\s*"
    r"(?:/|,|&|atau|or)\s*)*$", re.IGNORECASE)
# Further platforms joined to one by "and"/"or" ("TikTok dan YouTube ga usah"): a refusal after
# the list refuses each of them. A comma is no such join: "IG dan TikTok, YouTube ga usah".
_JOINED_PLATFORMS = re.compile(
    rf"^(?:\s*(?:&|/|\+|dan|and|atau|or|sama|wan|karo|lan|jeung|deng|maupun)\s*"
    rf"(?:{_PLATFORM_WORDS})\b)+", re.IGNORECASE)
_OWN_ACCOUNT = re.compile(OWN_ACCOUNT, re.IGNORECASE)
_OWN_LIST = re.compile(rf"{OWN_ACCOUNT}(?:[^;!?\n.]|\.(?=\d))*$", re.IGNORECASE)
# A negation after the platform: "youtube ga usah", "TikTok tidak perlu", "YouTube no",
# "yt skip", "tiktok gausah".
_NEGATED_AFTER = re.compile(
    # Osing and Balinese "sing usah": no need.
    rf"\s*(?:nya\s+|nggak\s+|juga\s+)?(?:(?:{NOT}|ulah|sing)\s*"
    r"(?:usah|perlu|dulu|mau|payah|termasuk|masuk)\b|no\b|skip\b|not needed|not please|"
    r"please no|"
    # A letter's "YouTube tidak dapat kami pertimbangkan": not considered.
    rf"(?:{NOT}|tak)\s+(?:(?:akan|dapat|bisa)\s+)?(?:kami\s+)?(?:pertimbangkan|dipertimbangkan|"
    r"terima|"
    r"diterima)\b|"
    # "YouTube tidak.", "TikTok nggak ya,", "TikTok jangan ya,": a bare "no" ending the clause
    # (not a question)
    rf"(?:{NOT}|jangan|jgn)(?:\s+(?:ya+|yah|aja|saja|deh|dong|kak))?\s*(?=[.,;!\n]|$)|"
    r"(?:is|are)\s+not\s+(?:needed|required|necessary|wanted)\b|(?:\s*(?:accounts?|"
    r"creators?|content))?\s*(?:will not|won't|are not|is not|not)\s+(?:be\s+)?(?:considered|"
    r"accepted|allowed|eligible)|"
    # Not this time: "TikTok next phase", "YouTube nanti aja", "TikTok menyusul".
    r"(?:(?:nanti|mungkin|maybe)\s+)?(?:(?:is|for|in)\s+)?(?:the\s+)?(?:next|later)\s+"
    r"(?:phase|stage|round|time|campaign)|"
    r"(?:nanti|later)\s*(?:aja|saja|dulu|ya)?\s*(?=[.,;!\n]|$)|menyusul\b|"
    r"(?:fase|tahap|batch)\s+(?:berikut\w*|selanjutnya|kedua|depan))", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[;!?\n]|\.\s|,\s")
_NOT_REQUIRED_BEFORE = re.compile(
    rf"(?:\b{NOT}\s+(?:harus|hrs|wajib|mesti|musti)|\bnot\s+necessarily|"
    r"(?:doesn'?t|does not|don'?t|do not)\s+(?:have|need)\s+to\s+be)"
    r"\s+(?:(?:di|on|pake|pakai|lewat|via|yang|yg)\s+)?$", re.IGNORECASE)
_NOT_REQUIRED_AFTER = re.compile(
    rf"(?:-?nya)?\s+(?:{NOT}\s+(?:harus|hrs|wajib|mesti|musti)\b|(?:is|are)\s+optional\b|"
    r"(?:is|are)\s+not\s+(?:a\s+must|required)\b)", re.IGNORECASE)
_PLATFORM_ALSO_FINE = re.compile(
    r"(?:-?nya)?\s*(?:(?:juga|jg|also)\s+(?:boleh|oke|ok|gpp|bisa|fine|masuk)|"
    r"(?:is|are)\s+(?:also\s+)?(?:fine|ok|okay|welcome)|too\b)", re.IGNORECASE)
# Platforms joined by a mark or one short word, whatever the language ("TikTok ato IG",
# "YouTube karo IG", "TikTok samo IG").
_PLATFORM_LIST = (rf"(?:{_PLATFORM_WORDS})"
                  rf"(?:(?:\s*[,/&+]\s*|\s+[a-z]{{1,6}}\s+)(?:{_PLATFORM_WORDS}))*")
# A list of platforms marked as the only ones: "TikTok and IG only", "cuma TikTok".
_ONLY_PLATFORMS = re.compile(
    rf"\b({_PLATFORM_LIST})\s+(?:only|aja|saja|doang|ae|bae|wae)\b|"
    rf"\b(?:only|cuma|cuman|hanya|khusus)\s+(?:di\s+|on\s+|via\s+)?({_PLATFORM_LIST})\b",
    re.IGNORECASE)


def _only_platforms(text: str) -> set[str]:
    """The platforms of every list the brief marks as the only ones."""
    named: set[str] = set()
    for found in _ONLY_PLATFORMS.finditer(text):
        listed = found.group(1) or found.group(2)
        named.update(platform for platform, patterns in _PLATFORM_PATTERNS.items()
                     if any(pattern.search(listed) for pattern in patterns))
    return named


_MARKETPLACE_AFTER = re.compile(r"\s*(shop|seller|affiliate|live\s*shopping)\b", re.IGNORECASE)


class _Platforms(NamedTuple):
    wanted: list[str]
    excluded: list[str]
    # Every platform named was said not to be required ("ga harus TikTok", "IG is
    # optional"): no platform limit.
    not_required: bool


def _find_platforms(text: str) -> _Platforms:
    wanted: list[str] = []
    excluded: list[str] = []
    refused_by_name: set[str] = set()  # not only through a word for its creators
    left_to_creator = False
    optional: set[str] = set()  # said not to be required: allowed, not asked for
    also_fine: set[str] = set()  # "TikTok juga boleh": allowed beside an "only" list
    for platform, patterns in _PLATFORM_PATTERNS.items():
        for pattern in patterns:
            for match in pattern.finditer(text):
                before = text[max(0, match.start() - 30) : match.start()]
                after = text[match.end() : match.end() + 160]
                if _NOT_REQUIRED_BEFORE.search(before) or _NOT_REQUIRED_AFTER.match(after):
                    optional.add(platform)
                if _PLATFORM_ALSO_FINE.match(after):
                    also_fine.add(platform)
                if _CHOICE_AFTER.match(after) or _CHOICE_BEFORE.search(before):
                    left_to_creator = True
                if _MARKETPLACE_AFTER.match(after) or _WAIVED_AFTER.search(after):
                    continue
                own = _OWN_ACCOUNT.search(text, max(0, match.start() - 8), match.end() + 14)
                if own and own.start() <= match.start() < own.end():
                    continue  # the business's own account ("IG kita udah 8rb followers")
                if _OWN_LIST.search(text[max(0, match.start() - 60) : match.start()]) and \
                        re.match(r"(?:-?nya)?\s*:?\s*\d", after):
                    continue  # its next count ("IG kami 8.700 followers, TikTok 1.200")
                clause = tail_before(text, match.start(), 80, _CLAUSE_BREAK)
                if OWN_AUDIENCE.search(clause) and re.search(
                        r"\b(?:followers?|pengikut|subscribers?)\b", clause, re.IGNORECASE):
                    continue  # where its own followers are ("our brand has 120k on IG")
                if said_of_the_past(text, match.start()):
                    continue  # a platform a past campaign used ("tahun lalu endorse selebgram")
                if taken_back(after, "platform", _PLATFORM_NAME):
                    continue  # "TikTok aja …, tapi … bebas"
                negated = _NEGATION.search(before) or _NEGATED_AFTER.match(
                    _JOINED_PLATFORMS.sub("", after, count=1))
                target = excluded if negated else wanted
                if platform not in target:
                    target.append(platform)
                if negated and pattern not in _CREATOR_KIND_PATTERNS:
                    refused_by_name.add(platform)
    # "Bukan selebgram OOTD … Cuma di Instagram": a kind of creator refused on a platform the
    # brief asks for by name.
    excluded = [p for p in excluded if p in refused_by_name or p not in wanted]
    wanted = [p for p in wanted if p not in excluded]
    # Every platform named, or the choice among them left to the creator, is no platform
    # limit at all ("ig tiktok yt sak karepmu", "IG atau TikTok bebas").
    only = _only_platforms(text)
    if only & set(wanted):
        # "TikTok or IG only (YouTube is too slow for us)": the others named are
        # said of something else.
        wanted = [p for p in wanted if p in only or p in also_fine]
    not_required = bool(optional) and set(wanted) <= optional
    if len(wanted) == len(_PLATFORM_PATTERNS) or left_to_creator or not_required:
        wanted = []
    return _Platforms(wanted, excluded, not_required)


# A link pasted into a brief (a marketplace product page, a shop, a profile): its path names
# the product ("…/pasir-kucing-gumpal-10l-i.1234.5678"), its domain and query say nothing.
_LINK = re.compile(r"(?:https?://|www\.)\S+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|co\.id|id|net|"
                   r"org|shop|store|me|ly|link)/\S+", re.IGNORECASE)
_LINK_PARTS = re.compile(r"[/\-_.+%=&,]+")


def _link_words(link: str) -> str:
    """The words of a link's path: "https://shopee.co.id/Pasir-Kucing-Gumpal-i.12.34" →
    "Pasir Kucing Gumpal" (the domain, the query string and numeric ids left out)."""
    path = re.sub(r"^(?:https?://)?[^/]*", "", link).split("?", 1)[0].split("#", 1)[0]
    return " ".join(part for part in _LINK_PARTS.split(path)
                    if len(part) > 1 and any(char.isalpha() for char in part))


def _semantic_text(text: str, spans: list[Span], place_words: Sequence[str] = (),
                   ruled_out: Sequence[str] = ()) -> str:
    """What the brief is about, for BM25 and the embedding: without its constraints' words
    (amounts, the creator's place: a city name in the topic pulls that city's creators
    whatever they post), without amounts that are no constraint either (a price or a size is
    not what creators post about), and without what it says does not matter ("budget
    fleksibel", "topiknya bebas"), and without the niches it rules out ("beauty creator
    is not needed" would pull beauty creators near).
    """
    pieces: list[str] = []
    cursor = 0
    for span in spans:
        start, end = span.low.start, (span.high or span.low).end
        pieces.append(text[cursor:start])
        cursor = end
    pieces.append(text[cursor:])
    cleaned = _LINK.sub(lambda link: f" {_link_words(link.group())} ", "".join(pieces))
    for phrase in dict.fromkeys(ruled_out):
        cleaned = re.sub(re.escape(phrase), " ", cleaned, flags=re.IGNORECASE)
    cleaned = re.sub(r"\b(?:(?:followers?|pengikut)(?:nya)?|per post|/post)\b", " ", cleaned,
                     flags=re.I)
    for relaxation in RELAXED_FIELDS.values():
        cleaned = relaxation.sub(" ", cleaned)
    cleaned = _ANY_CONTENT.sub(" ", cleaned)
    for words in dict.fromkeys(place_words):
        cleaned = re.sub(rf"(?:\b(?:di|in|area|domisili|based in|dari|from)\s+)?(?<!\w)"
                         rf"{re.escape(words)}(?!\w)", " ", cleaned, flags=re.I)
    return re.sub(r"\s+", " ", cleaned).strip()


# A creator noun glued to its topic ("foodvlogger", "beautyblogger"): two words.
_GLUED_CREATOR = re.compile(r"\b([a-z]{3,})((?:v|b)loggers?)\b", re.IGNORECASE)
# Chat stretches a "no" ("gaa harus", "nggaaak"): read as the word itself.
_ELONGATED_NOT = re.compile(r"\b(ng+|g|nd)a{2,}(k?)\b", re.IGNORECASE)
# Chat drops the vowels of the words that relax a limit ("gk hrs di Makassar"); after a
# number, "hrs" is hours.
_CHAT_SHORT = {"hrs": "harus", "hrus": "harus", "wjb": "wajib", "blh": "boleh",
               "prlu": "perlu"}
_CHAT_SHORT_RE = re.compile(rf"(?<!\d\s)\b({'|'.join(_CHAT_SHORT)})\b", re.IGNORECASE)
# The Malay of Palembang, Jambi and Minangkabau says "-nyo" for "-nya" ("pengikutnyo",
# "kontennyo", "followers-nyo"): read as the "-nya" every pattern knows, same length.
_DIALECT_POSSESSIVE = re.compile(r"(?<=\w\w\w|\w\w-)nyo\b", re.IGNORECASE)


def _standard_possessive(found: re.Match[str]) -> str:
    return "nya" if found.group(0)[-1].islower() else "NYA"


# A number restated in brackets, as letters and contracts write them: "lima ribu (5.000)",
# "IDR 750,000 (seven hundred fifty thousand rupiah)", once the words are digits.
_RESTATED = re.compile(r"(\d[\d.,]*)(?:,-)?\s*\(\s*(?:rp\.?|idr)?\s*(\d[\d.,]*)\s*"
                       r"(?:rupiah|ribu|rb)?\s*\)", re.IGNORECASE)


def _without_restatements(numeric: str) -> str:
    """`numeric` with each bracketed restatement of the number before it blanked (same
    length, so offsets hold): "5000 (5.000) s.d. 80000 (80.000)" is one range."""
    def blank(found: re.Match[str]) -> str:
        same = re.sub(r"\D", "", found.group(1)) == re.sub(r"\D", "", found.group(2))
        if not same:
            return found.group(0)
        kept = found.end(1) - found.start(0)
        return found.group(0)[:kept] + " " * (len(found.group(0)) - kept)
    return _RESTATED.sub(blank, numeric)


def parse_brief(text: str) -> BriefQuery:
    """Parse one brief. Never raises; an empty brief gives an empty query."""
    # Invisible marks, and lone surrogates (half an emoji from a broken client), which no
    # database or HTTP request can encode.
    text = re.sub(r"[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]", "",
                  text or "").strip()
    original = text[:MAX_BRIEF_CHARS]
    text = _GLUED_CREATOR.sub(r"\1 \2", _CHAT_SHORT_RE.sub(
        lambda found: _CHAT_SHORT[found.group(1).lower()],
        _ELONGATED_NOT.sub(r"\1a\2", _DIALECT_POSSESSIVE.sub(_standard_possessive, original))))
    language = detect_language(text)
    content, audience_phrases = _split_audience(text)
    numeric = _without_restatements(spell_out_digits(text))
    spans = find_amounts(numeric)
    places, place_words, relaxed_place, fallback, refused_places = _find_places(text)
    evidence = _beside_creator_places(
        _beside_stated_amounts(niche_evidence(content) or niche_evidence(text), numeric, spans),
        text, place_words)
    niches = _select_niches(evidence)
    excluded_niches, refused_kinds, ruling_out = ruled_out_niches(text)
    platforms, excluded, platform_not_required = _find_platforms(text)
    query = BriefQuery(
        text=original,
        language=language,
        semantic_text=text,
        niches=niches,
        niche_terms={niche: evidence[niche][1] for niche in niches},
        # A whole country without a city list ("Singapore or Indonesia") limits by country
        # only: its cities beside another country's would read as those cities alone.
        cities=([] if any(p.country_level and not p.cities for p in places)
                else list(dict.fromkeys(c for p in places for c in p.cities))),
        countries=list(dict.fromkeys(p.country for p in places if p.country_level)),
        places=[place.name for place in places],
        platforms=platforms,
        excluded_platforms=excluded,
        excluded_niches=[niche for niche in excluded_niches if niche not in niches],
        refused_kinds={niche: words for niche, words in refused_kinds.items()
                       if niche not in niches},
        fallback_cities=[city for city in dict.fromkeys(c for p in fallback for c in p.cities)
                         if city not in {c for p in places for c in p.cities}],
        fallback_places=[place.name for place in fallback],
        refused_places=[place.name for place in refused_places],
        audience=" ".join(audience_phrases) or None,
        creator_audience=_creator_audience(audience_phrases),
        content_languages=[code for code, rx in _LANGUAGE_HINTS.items() if rx.search(text)]
        if _LANGUAGE_SCREEN.search(text) else [],
    )
    for span in spans:
        if span.kind == "followers":
            _apply_followers(query, span)
        elif span.kind == "budget":
            top = span.high or span.low
            rate = to_idr(top.value, top.currency or span.low.currency)
            # A rate per deliverable ("150k per story and 400k per reel"): the dearest is
            # what a creator may cost; the cheaper one would leave out every reel.
            query.max_rate_idr = max(query.max_rate_idr or 0, rate)
    if query.min_followers is None and query.max_followers is None:
        tier = _TIER_RE.search(text)
        if tier:
            query.min_followers, query.max_followers = TIER_WORDS[
                (tier.group("a") or tier.group("b")).lower().replace(" ", "-")
                .replace("midtier", "mid-tier")]
    if _ANY_CONTENT.search(text):
        query.any_content = True
        query.niches, query.niche_terms = [], {}
    if query.creator_audience is None:
        query.creator_audience = _followers_named_first(text)
    if query.any_content and query.creator_audience is None and query.audience:
        # Content is free and the brief names only its market: who should follow the
        # creators can then only be that market.
        query.creator_audience = _AUDIENCE_WORDS.sub(" ", query.audience).strip(" .,;:") or None
    # A relaxation inside a fallback ("if there is nobody in Bekasi, any city is OK") is a
    # second choice: it lets go of nothing the brief asked for first.
    query.relaxed = [name for name, pattern in RELAXED_FIELDS.items()
                     if any(fallback_before(text, found.start()) is None
                            for found in pattern.finditer(text))]
    for listed in _RELAXED_LIST.finditer(text):
        # "platform dan followers bebas": every field of the list is let go.
        for name, words in FIELD_WORDS.items():
            if name not in query.relaxed and re.search(rf"\b(?:{words})", listed.group(1),
                                                       re.IGNORECASE):
                query.relaxed.append(name)
    if platform_not_required and not query.platforms and "platform" not in query.relaxed:
        # "ga harus TikTok" and no platform asked for: no platform limit, and a follow-up
        # lets go of the old one.
        query.relaxed.append("platform")
    _drop_relaxed(query)
    if relaxed_place and "city" not in query.relaxed:
        # "ga harus di Jakarta": no place for this brief, and a follow-up drops the old one.
        query.relaxed.append("city")
    query.semantic_text = _semantic_text(numeric, spans, place_words, ruling_out)
    if not query.any_content:
        query.creator_topic = _creator_topic(query.semantic_text, audience_phrases)
    return query


def _beside_stated_amounts(evidence: dict[str, tuple[float, list[str]]], numeric: str,
                           spans: Sequence[Span]) -> dict[str, tuple[float, list[str]]]:
    """The niche evidence without niches whose every term is part of a stated follower count
    or budget: "max 10k followers" is a size, not a 10K run."""
    stated = [(span.low.start, (span.high or span.low).end) for span in spans
              if span.kind in {"followers", "budget"}]
    if not stated:
        return evidence
    outside = list(numeric.lower())
    for start, end in stated:
        outside[start:end] = " " * (end - start)
    rest = "".join(outside)
    return {niche: found for niche, found in evidence.items()
            if any(_TERM_PATTERNS[term].search(rest) for term in found[1])}


def _beside_creator_places(evidence: dict[str, tuple[float, list[str]]], text: str,
                           place_words: Sequence[str]) -> dict[str, tuple[float, list[str]]]:
    """The niche evidence without niches whose every term only names where the creators
    should live: "food creators based in Bali" asks for no trip to Bali."""
    if not place_words:
        return evidence
    said = Counter(word.lower() for word in place_words)
    lowered = text.lower()

    def only_a_place(term: str) -> bool:
        return said[term] >= len(_TERM_PATTERNS[term].findall(lowered))

    return {niche: found for niche, found in evidence.items()
            if not all(only_a_place(term) for term in found[1])}


def _drop_relaxed(query: BriefQuery) -> None:
    """A limit the brief says does not matter is not applied ("followers ga masalah")."""
    if "followers" in query.relaxed:
        query.min_followers = query.max_followers = None
    if "budget" in query.relaxed:
        query.max_rate_idr = None
    if "platform" in query.relaxed:
        query.platforms = []
    if "city" in query.relaxed:
        query.cities, query.countries, query.places = [], [], []
        query.fallback_cities, query.fallback_places = [], []
        query.refused_places = []


def _apply_followers(query: BriefQuery, span: Span) -> None:
    if span.bound == "range" and span.high is not None:
        query.min_followers, query.max_followers = span.low.value, span.high.value
    elif span.bound == "max":
        query.max_followers = span.low.value
        if query.min_followers is not None and query.min_followers > span.low.value:
            query.min_followers = None  # a later bound that contradicts an earlier one wins
    elif span.bound == "min":
        query.min_followers = span.low.value
        if query.max_followers is not None and query.max_followers < span.low.value:
            query.max_followers = None
    elif query.min_followers is None and query.max_followers is None:
        # "50rb followers" alone: about that size; ±50% keeps the spirit without being strict.
        query.min_followers = round(span.low.value * 0.5)
        query.max_followers = round(span.low.value * 1.5)


_ADDED = re.compile(r"\b(?:juga|jg|jga|also|too|as well|tambah\w*|add)\b", re.IGNORECASE)


def _one_more(limit: list[str], more: list[str]) -> list[str]:
    """A limit with more values allowed; no limit stays none."""
    return list(dict.fromkeys(limit + more)) if limit else []


def _refuse_places(previous: BriefQuery, refused: list[str]) -> tuple[list[str], list[str]]:
    """(cities, places) of `previous` without the `refused` places' cities."""
    gone = {city for name in refused if name.lower() in PLACES
            for city in PLACES[name.lower()].cities}
    cities = [city for city in previous.cities if city not in gone]
    if cities == previous.cities:
        return cities, previous.places
    return cities, [except_name(place, ", ".join(refused)) for place in previous.places]


def merge_refinement(previous: BriefQuery, follow_up: BriefQuery) -> BriefQuery:
    """Change a previous brief with a follow-up: narrow it ("yang di Bandung saja", "only
    TikTok") or relax it ("followers ga masalah", "ga harus di Jakarta", "budget bebas")."""
    merged = BriefQuery(**previous.to_dict())
    merged.relaxed = list(follow_up.relaxed)
    _drop_relaxed(merged)
    if "platform" in follow_up.relaxed:
        merged.excluded_platforms = []
    # "TikTok juga boleh", "Bekasi is fine too": one more, not instead; and nothing more
    # where the brief had no limit to add to.
    added = _ADDED.search(follow_up.text) is not None
    refusing_only = bool(follow_up.refused_places) and all(
        name.startswith("luar ") for name in follow_up.places)
    if refusing_only and previous.cities:
        # "selain Surabaya ya" after "kreator di Jawa Timur": out of what was asked.
        merged.cities, merged.places = _refuse_places(previous, follow_up.refused_places)
        merged.refused_places = list(dict.fromkeys(
            previous.refused_places + follow_up.refused_places))
    elif added and (follow_up.cities or follow_up.countries):
        merged.cities = _one_more(previous.cities, follow_up.cities)
        merged.countries = _one_more(previous.countries, follow_up.countries)
        merged.places = _one_more(previous.places, follow_up.places)
    elif follow_up.cities or follow_up.countries:
        merged.cities, merged.countries = follow_up.cities, follow_up.countries
        merged.places, merged.refused_places = follow_up.places, follow_up.refused_places
        merged.fallback_cities = follow_up.fallback_cities
        merged.fallback_places = follow_up.fallback_places
    if follow_up.platforms:
        merged.platforms = (_one_more(previous.platforms, follow_up.platforms) if added
                            else follow_up.platforms)
        merged.excluded_platforms = [
            p for p in merged.excluded_platforms if p not in follow_up.platforms
        ]
    if follow_up.excluded_platforms:
        merged.excluded_platforms = follow_up.excluded_platforms
        merged.platforms = [p for p in merged.platforms if p not in follow_up.excluded_platforms]
    if follow_up.min_followers is not None or follow_up.max_followers is not None:
        merged.min_followers = follow_up.min_followers
        merged.max_followers = follow_up.max_followers
    if follow_up.max_rate_idr is not None:
        merged.max_rate_idr = follow_up.max_rate_idr
    if follow_up.excluded_niches:
        merged.excluded_niches = list(dict.fromkeys(
            previous.excluded_niches + follow_up.excluded_niches))
        merged.niches = [n for n in merged.niches if n not in follow_up.excluded_niches]
        merged.niche_terms = {n: merged.niche_terms[n] for n in merged.niches
                              if n in merged.niche_terms}
    # Refusing kinds of a niche the brief asks for narrows it; of another, may rule it out.
    merged.refused_kinds = {niche: words for niche, words in
                            {**previous.refused_kinds, **follow_up.refused_kinds}.items()
                            if niche not in merged.niches and niche not in follow_up.niches}
    if follow_up.niches:
        merged.excluded_niches = [n for n in merged.excluded_niches
                                  if n not in follow_up.niches]
        merged.niches = list(dict.fromkeys(merged.niches + follow_up.niches))[:3]
        terms = {**previous.niche_terms, **follow_up.niche_terms}
        merged.niche_terms = {niche: terms[niche] for niche in merged.niches}
    merged.text = f"{previous.text}\n{follow_up.text}"
    return merged
