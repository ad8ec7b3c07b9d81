"""Amounts in a brief, read the way Indonesians and English speakers write them, and what each
one is: a follower count, a budget, or neither (a price, a size, an age, a quantity).

"12,5rb", "1,5 jt", "Rp 2.000.000", "750rb", "$150", ranges ("10-50rb") and bounds ("max 2jt",
"10rb ke atas"). Which is which is decided from the words around each amount, within its clause:
an amount is a follower count only beside a follower word or a creator noun, and a price per
unit of the product ("25rb/pcs") is never a constraint. Pure functions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from retrieval.units import multiplier, unit_alternation

# Approximate exchange rates (Bank Indonesia, late 2025), only used to compare budgets.
IDR_PER_CURRENCY: dict[str, float] = {
    "IDR": 1, "USD": 16_000, "SGD": 12_000, "MYR": 3_600, "AUD": 10_500, "EUR": 17_500,
    # Where Indonesians work abroad and are paid: Hong Kong, Taiwan, Saudi Arabia, Japan, Korea.
    "HKD": 2_050, "TWD": 500, "SAR": 4_250, "JPY": 105, "KRW": 11.5,
}

# "No" in Indonesian chat and in the regional languages briefs are typed in (Javanese ora/ra,
# Sundanese teu/henteu, Minang indak, Manado nyanda, Kupang sonde, Papuan Malay tra/trada,
# Palembang and Jambi Malay dak, Acehnese hana, Betawi kagak/kaga, Banjar kada, Sasak ndeq,
# Ambonese seng; Malang's walikan (syllables reversed) kadit;
# not Sasak's other spelling "ndek", which is Suroboyoan for "at").
NOT = (r"(?:tidak|tdk|tak|ga|gak|gk|nggak|ngga|enggak|ndak|nda|nyanda|indak|ora|ra|teu|"
       r"henteu|sonde|tra|trada|tara|dak|hana|kagak|kaga|kada|ndeq|seng|kadit)")
# "Also" and "fine" in chat ("sda jg gpp", "3rb juga boleh"): what something said to be fine
# too is made of.
ALSO = r"(?:juga|jg|jga|also)"
FINE = r"(?:boleh|oke|ok|gpp|gapapa|bisa|fine|masuk)"
_UNIT = rf"(?:{unit_alternation()})"
_NUMBER = (
    # Thousands and then cents, as formal letters write money: "Rp 2.250.000,00", "2,250.00".
    r"\d{1,3}(?:\.\d{3}){1,4},\d{1,2}(?![.,]?\d)|\d{1,3}(?:,\d{3}){1,4}\.\d{1,2}(?![.,]?\d)|"
    r"\d{1,3}(?:[.,]\d{3}){1,4}(?![.,]?\d)|\d{1,12}(?:[.,]\d{1,6})?")
# How each currency is written before an amount, lower-case ("Rp", "S$", "RM", "¥").
_CURRENCY_SIGNS: dict[str, str] = {
    "rp": "IDR", "idr": "IDR", "$": "USD", "usd": "USD", "us$": "USD", "rm": "MYR", "myr": "MYR",
    "s$": "SGD", "sgd": "SGD", "a$": "AUD", "aud": "AUD", "€": "EUR", "eur": "EUR", "hkd": "HKD",
    "hk$": "HKD", "twd": "TWD", "nt$": "TWD", "sar": "SAR", "jpy": "JPY", "¥": "JPY",
    "krw": "KRW", "₩": "KRW",
}
# ... and after it ("180 AUD", "1,5 juta rupiah", "40 dollars").
_CURRENCY_WORDS = {**{code.lower(): code for code in IDR_PER_CURRENCY}, "rupiah": "IDR",
                   "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR"}
_CURRENCY = "(?:" + "|".join(re.escape(sign) + (r"\.?" if sign == "rp" else "")
                             for sign in _CURRENCY_SIGNS) + ")"
_CURRENCY_AFTER = re.compile(rf"^\s*({'|'.join(_CURRENCY_WORDS)})\b", re.IGNORECASE)
# A digit glued to the end of a word is no amount: Indonesian writes reduplication so
# ("masing2", "kira2", "guru2").
# Nor is the head of a longer number ("100pcs" holds no amount "10").
# "5.000an", "10rban": about that much ("-an"), as "5rb-an" already was.
_AMOUNT = (rf"(?<![a-z])(?P<cur>{_CURRENCY})?\s?(?P<num>{_NUMBER})(?!\d)\s?"
           rf"(?P<unit>{_UNIT})?(?:-?an(?![a-z]))?(?![a-z])")
# "3rb-an sampai 25rb-an": "-an" (about) may follow the first end.
_RANGE_SEP = (r"(?:-?\s?an\b)?\s*(?:-|–|—|~|to|sampai|sampe|smpe|smpai|ampe|hingga|s/d|s\.d\.|sd|"
              r"and|dan|until|nganti|tekan|(?:dugi|nepi) ka)\s*")
AMOUNT_RE = re.compile(_AMOUNT, re.IGNORECASE)


def _amount_pattern(suffix: str) -> str:
    return _AMOUNT.replace("?P<cur>", f"?P<cur{suffix}>").replace(
        "?P<num>", f"?P<num{suffix}>").replace("?P<unit>", f"?P<unit{suffix}>")


RANGE_RE = re.compile(
    rf"(?P<a>{_amount_pattern('1')}){_RANGE_SEP}(?P<b>{_amount_pattern('2')})", re.IGNORECASE
)

_FOLLOWER_WORDS = re.compile(
    r"\b(fol+ow(?:er|ers|ing|r|rs)?|followr?s?|pengikut|foll?s?|flw|flwrs?|subs|"
    r"subscribers?|subscriber|akun|account|audiens|audience size|viewers|fans)"
    r"(?:nya|nyo|e|na)?\b",
    re.IGNORECASE,
)
_FOLLOWER_NOUN_END = re.compile(r"\s*(?:followers?|pengikut|subscribers?|subs)(?:nya)?\s*:?\s*$",
                                re.IGNORECASE)
# A creator noun right before an amount sizes the creator ("KOL 10-50rb", "akun 5rb-an").
_SIZED_CREATOR = re.compile(
    r"\b(kol|kols|influencers?|pempengaruh|kreator|creators?|selebgram|akun|accounts?|tiktokers?|"
    r"youtubers?)\s*(?:dengan|with|yg|yang|ukuran|size)?\s*(?:min(?:imal)?\.?|max\.?|"
    r"maks(?:imal)?\.?|>|<)?\s*$", re.IGNORECASE)
# A size tier with its numbers in brackets: "nano to micro (1k-20k)", "kreator mikro (10-50rb)".
_TIER_BRACKET = re.compile(r"\b(?:nano|micro|mikro|mid-?tier|macro|makro)(?:[- ]?(?:influencer|"
                           r"creator|kol|kreator)s?)?\s*\($", re.IGNORECASE)
# "45rb per porsi", "Rp 120rb/malam", "25rb/pcs": a price per unit of the product.
_PER_UNIT = re.compile(
    r"\s*(?:(?:/|per\s+|tiap\s+|a\s+|an\s+|each\s+)(?:\d+\s*)?|se)"
    r"(?:porsi|pcs|pc|pack|pak|kg|kilo|gram|gr|"
    r"botol|bottle|malam|night|pax|orang|person|people|bulan|month|tahun|year|hari|day|jam|"
    r"hour|sesi|session|pertemuan|meeting|lesson|kelas|class|box|paket|set|item|unit|liter|"
    r"meter|lembar|buah|biji|cup|"
    r"gelas|loaf|jar|sachet|pouch|tiket|ticket|kamar|room|minggu|week|transfer|transaksi|"
    r"transactions?|trip|perjalanan|ride|order|pesanan)\b", re.IGNORECASE)
# Not inside a word: "coffee" holds no fee, "separate" no rate.
_BUDGET_WORDS = re.compile(
    r"(?<![a-z])(budget|bujet|budjet|anggaran|rate|fee|bayar\w*|dibayar|pay(?:ing|ment)?\b|honor|"
    r"tarif\w*|"
    r"biaya\s+(?:endorse|"
    r"kolaborasi|kerja\s*sama|konten|per|promosi|iklan)|per\s*post|/\s*post|"
    r"per\s*(?:konten|content|video|posting|upload|unggahan|feed|reels?|story|tiktok|ig|"
    r"instagram|youtube|yt)|"
    # Paid in money rather than in product: "barter produk, atau cash max 200rb".
    r"(?:cash|tunai)\b|"
    r"/\s*(?:konten|video)|"
    r"each post|a post|sekali post|sanggup|mampu bayar|kuwat|kiat|"
    r"setiap\s+(?:post\w*|video|konten|content|reels?)|"
    r"s[ae]kali\s+(?:bikin\s+|buat\s+|gawe\s+|nggawe\s+)?(?:video|konten|post\w*)|"
    r"(?:satu|one|1)\s*(?:post|posting|video|konten|content|reels?|unggahan|upload))",
    re.IGNORECASE,
)
_PRICE_WORDS = re.compile(
    r"\b(harga|harganya|price[ds]?|seharga|mulai dari|starting from|diskon|discount|omzet|"
    r"modal|gaji|salary|invest(?:ing|asi)?|from idr|dari rp)\b",
    re.IGNORECASE,
)
_MAX_WORDS = re.compile(
    r"(di ?bawah|dibawah|di ?handap|under|below|sub-?|less than|fewer than|kurang dari|"
    r"(?:jangan|jgn|ga|gak|nggak|tidak|tak|not)\s+(?:boleh\s+)?(?:lebih(?: dari| dr)?|more than|"
    r"over|above|di ?atas)|paling tinggi|"
    # Javanese "ojo luwih soko 20 ewu": not more than.
    r"(?:ojo|ojok|aja|ora|gak)\s+(?:oleh\s+)?luwih(?:\s+(?:teko|soko|seko|tekan|dari))?|"
    r"maks(?:imal|imum)?\.?|"
    r"max(?:imum)?\.?|"
    r"up to|upto|hingga|sampai|paling banyak|paling banya|tidak lebih dari|no more than|"
    # Formal "sebanyak-banyaknya", Javanese "paling akeh".
    r"sebanyak-banyaknya|sebanyak2nya|paling akeh|paling okeh|"
    # Chat's bare "paling 30rb" ("at most"); "paling tidak" is a least, below.
    r"paling(?:\s+(?:cuma|cuman|juga|ya))?|"
    r"not more than|"
    r"not over|not above|(?:ga|gak|nggak) lebih (?:dari|dr)|at most|<|≤|"
    r"kurang|(?:belum|blm|ga|gak|tidak|tak)\s+(?:sampai|sampe|nyampe|mencapai))\s*$",
    re.IGNORECASE,
)
_ABOUT = re.compile(r"(?:lebih kurang|lebih-kurang|kurang lebih|kurleb)\s*$", re.IGNORECASE)
_MIN_WORDS = re.compile(
    r"(minimal|minimum|min\.?|at least|sekurang-kurangnya|sekurangnya|lebih dari|more than|"
    r"over|above|di ?atas|diatas|"
    r"di ?luhur|"
    # Minang "paliang saketek", Javanese "luwih saka", krama "langkung saking".
    r"paling sedikit|paling sadiki[ht]?|paling sikit|pali?ang saketek|"
    r"paling sithik|paling sitik|paling setitik|"
    r"paling\s+(?:tidak|nggak|ngga|enggak|gak|ga|ndak)|"
    r"(?:luwih|langkung)\s+(?:saka|soko|seko|saking|teko|tekan)|>|≥|starting|from|mulai)\s*$",
    re.IGNORECASE,
)
# "tidak kurang dari 5rb", "not fewer than five thousand": a minimum, though it holds "kurang"
# and "less".
_NOT_FEWER = re.compile(
    rf"(?:(?:not|no)\s+(?:fewer|less)\s+than|"
    # "jangan kurang dari 4000", Javanese "ojo kurang soko 5 ewu".
    rf"(?:{NOT}|jangan|jgn|ojo|ojok)\s+(?:boleh\s+)?kurang\s+(?:dari|dr|saka|soko|seko|teko)|"
    # "jangan di bawah 5rb": not below.
    rf"(?:{NOT}|jangan|jgn|not)\s+(?:boleh\s+)?(?:di ?bawah|dibawah|below|under))\s*$",
    re.IGNORECASE)
# "10rb ke bawah", "40k followers max", "20k or less": the maximum said after the number; not
# a bound word that begins the next amount ("10k max budget 500rb").
_MAX_AFTER = re.compile(
    rf"\s*(?:{_FOLLOWER_WORDS.pattern}\s*)?(?:ke ?bawah|or (?:less|fewer|below|under)|"
    r"and (?:below|under)|max(?:imum)?|maks(?:imal|imum)?|at most|tops)\b"
    r"(?!\s*(?:rp|idr|\$|\d|budget|fee|rate|bayar))", re.IGNORECASE)
# "10rb+", "10rb ke atas", and with the noun first: "10rb followers ke atas", "15k followers
# minimum"; not a bound word that begins the next amount ("5k min, budget 500rb").
_MIN_AFTER = re.compile(
    rf"\s*(?:{_FOLLOWER_WORDS.pattern}\s*)?(\+|ke atas|keatas|or more|and above|up\b|"
    r"(?:minimum|min(?:imal)?)\b(?!\s*(?:rp|idr|\$|\d|budget|fee|rate|bayar)))",
    re.IGNORECASE,
)
# Enough said of a count is its least ("1000 aja cukup", "2k followers is enough"), unless the
# count was only roughly said ("sekitar 10rb aja cukup": about that many).
_ENOUGH_AFTER = re.compile(
    rf"\s*(?:{_FOLLOWER_WORDS.pattern}\s*)?(?:(?:aja|saja|udah|sudah|pun)\s+){{0,2}}"
    r"(?:cukup|(?:is|are)\s+(?:already\s+)?enough)\b", re.IGNORECASE)
_ROUGHLY_BEFORE = re.compile(r"(?:\b(?:sekitar(?:an)?|kira-?kira|kira2|kisaran|around|about|"
                             r"approx(?:imately)?|roughly)|[~±])\s*$", re.IGNORECASE)

# The nouns a brief names its creators by ("kreatornya", "KOLs", "selebgram").
CREATOR_NOUNS = (r"kreator\w*|creators?|kols?|influencers?|pempengaruh|selebgram|tiktokers?|"
                 r"youtubers?")

# The business's own account ("IG kita", "IG klinik", "our TikTok"): its numbers and its
# platform describe the business, not the creators it looks for.
OWN_ACCOUNT = (r"(?:\b(?:ig|insta(?:gram)?|tiktok|tt|youtube|yt|fb|facebook|akun|account|page|"
               r"channel)\s+(?:kita|kami|torang|kitorang|kitong|beta|ulun|inyong|engko'?|mereka|"
               r"klien\w*|kedai|sendiri|masjid|gereja|sekolah|yayasan|komunitas|kantor|perusahaan|"
               r"bengkel|warung|kafe|cafe|resto|restoran|salon|apotek|butik|studio|koperasi|"
               r"hotel|homestay|"
               r"client'?s?|klinik\w*|"
               r"toko\w*|brand\w*|saya|aku|gue|gw|sy|usaha\w*|resmi|official)|"
               r"\b(?:our|my)\s+(?:ig|insta(?:gram)?|tiktok|youtube|yt|page|account|channel))")
_BOUND_WORDS_ONLY = re.compile(
    r"\s*(?:(?:min(?:imal|imum)?|maks(?:imal)?|max(?:imum)?|di ?atas|di ?bawah|lebih dari|"
    r"kurang dari|sekitar|antara|around|at least|under|over|>|<)\.?\s*)?", re.IGNORECASE)
# A budget for the whole campaign says nothing about one post's fee.
_TOTAL_BUDGET = re.compile(
    r"\b(total|keseluruhan|seluruhnya|overall|whole campaign|entire campaign|per campaign|"
    r"(?:for|untuk|utk|buat) (?:the )?(?:whole |entire )?campaign|campaign budget|"
    r"budget campaign|package fee|fee paket|all (?:the )?deliverables|semua deliverables?|"
    r"(?:untuk|for|utk)\s+(?:paket|pakej|package)|"
    r"(?:for|untuk|buat) (?:all|semua(?:nya)?)|(?:for|untuk) (?:the )?(?:whole|entire|"
    r"seluruh) \w+|"
    # a sum shared out: "2jt dibagi 4 orang", "split between 3 creators"
    r"dibagi|bagi (?:rata|dua|tiga|ke)|(?:split|shared|divided)\s+(?:between|among|across|"
    r"by)|"
    r"(?:for|untuk|utk|buat|kanggo)\s+(?:[2-9]|\d{2,})\s*(?:\(\w+\)\s*)?(?:orang\s+)?"
    r"(?:kreator|creators?|kols?|influencers?|orang|akun|accounts?))\b",
    re.IGNORECASE)
# A budget for a period ("budget per bulan 8 juta", "3 juta for one month") is no fee per post.
_PERIOD_BEFORE = re.compile(
    r"\b(?:(?:per|tiap|setiap|a|each)\s+(?:bulan|month|minggu|week|tahun|year)|bulanan|mingguan|"
    r"tahunan|monthly|weekly|yearly|annual|sebulan|seminggu|setahun)\b", re.IGNORECASE)
_PERIOD_AFTER = re.compile(
    r"^\s*(?:for|untuk|selama|buat|in)\s+(?:one|a|satu|two|three|dua|tiga|\d+)?\s*"
    r"(?:bulan|months?|minggu|weeks?|tahun|years?|kuartal|quarters?|semester|periode|period)\b",
    re.IGNORECASE)
# "udah ada 1.200 subscribers", "we have 8k followers", "udh 9.800 followers": the business's
# own audience; not the creators' ("kreator yg sudah punya min 5000 followers").
_NOT_RELATIVE = r"(?<!\byg )(?<!\byang )(?<!\bsing )(?<!\bwho )(?<!\bthat )"
OWN_AUDIENCE = re.compile(
    rf"\b({_NOT_RELATIVE}(?:udah|sudah|sdh|udh|telah|baru|already)(?=\s*$)|"
    rf"{_NOT_RELATIVE}(?:udah|sudah|sdh|udh|telah)\s+(?:ada|punya|memiliki)|"
    r"(?:kami|kita|we|page|account|"
    r"akaun)\s+(?:baru\s+|dah\s+|sudah\s+)?ada|(?:kami|kita)\s+(?:\w+\s+)?(?:punya|"
    r"memiliki)|we(?:'ve| have)?\s+(?:have|got|reached|hit)|our\s+\w+\s+(?:has|have)|"
    rf"{OWN_ACCOUNT})\b(?:[^,;.]|\.(?=\d))*$", re.IGNORECASE)
_OWN_COUNT_AFTER = re.compile(
    r"\s*(?:followers?|pengikut)\s+(?:kat|di|on|in)\s+(?:ig|instagram|tiktok|youtube|page)\s+"
    r"(?:kedai|toko|kami|kita|sendiri|we|our)\b", re.IGNORECASE)
# Vouchers, refunds and travel paid to a creator are no fee per post.
_NOT_A_FEE = re.compile(
    r"\b(vouchers?|kupon|coupons?|saldo|cashback|reimburse\w*|penggantian|transport\w*|"
    r"akomodasi|accommodation|allowance|uang makan|senilai|worth|valued at|"
    # What the product charges its own customers ("transfer fee IDR 15k", "biaya admin 2rb").
    r"(?:transfer|admin|administration|delivery|shipping|subscription|membership|"
    r"registration|booking|entrance|tuition|top-?up)\s+fees?|"
    # Any other charge named by what it is for ("green fee", "court fee", "cleaning fee");
    # not the creator's ("creator fee", "endorse fee", "flat fee", "our fee").
    r"(?!(?:creators?|kreator|endorse\w*|kol|influencers?|talent|collab\w*|content|konten|"
    r"posting|post|video|reels?|story|stories|per|flat|fixed|total|base|max\w*|min\w*|"
    r"budget|the|a|an|our|my|your|their|this|that|any|no|with|and|or|dan|atau|nett?|"
    r"gross|same|agency|management|kami|kita)\s)[a-z]{3,}\s+fees?|"
    r"biaya\s+(?:admin|transfer|pendaftaran|langganan|layanan|kirim|pengiriman))\b",
    re.IGNORECASE)
def said_of_the_past(text: str, start: int) -> bool:
    """Whether the words just before `start` tell of a past campaign, not of this one."""
    return PAST_CLAUSE.search(text[max(0, start - 120) : start]) is not None


# Paid per thousand views, per click or per sale: no fee per post.
_PERFORMANCE_PAY = re.compile(
    r"\b(cpm|cpc|cpa|cpv|cpi|cpl|komisi|commission|per (?:sale|order|penjualan|klik|click)|"
    r"per (?:1\.?000|seribu|thousand) views?)\b", re.IGNORECASE)
# What happened before ("tahun lalu pernah endorse kreator … bayar 500rb") asks for nothing.
PAST_CLAUSE = re.compile(
    r"\b(?:pernah|tahun lalu|bulan lalu|tahun kemarin|tahun lepas|bulan lepas|minggu lepas|"
    r"sebelumnya|(?:kemarin|dulu) (?:kami|kita|saya|sy|aku|gw|gue)|"
    r"(?:sudah|udah|telah) (?:kerja ?sama|bekerja ?sama|pakai|memakai)|last (?:year|month|time|"
    r"campaign)|previously|in the past|used to|we (?:once )?(?:hired|paid|worked with|tried))\b"
    r"(?:[^.;!?\n]|\.(?=\d))*$", re.IGNORECASE)


@dataclass(slots=True)
class Amount:
    """One amount found in the text, in absolute units (rupiah for money)."""

    value: int
    start: int
    end: int
    currency: str | None
    has_unit: bool


def parse_number(number: str, unit: str | None = None) -> float:
    """Read "12,5" / "12.5" / "2.000.000" / "750,000" the way the writer meant it.

    A separator followed by exactly three digits (possibly repeated) is a thousands separator;
    any other separator is a decimal point — which is how both Indonesian ("1,5 jt") and
    English ("1.5M") writers use them.
    """
    if re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", number):
        value = float(re.sub(r"[.,]", "", number))
    elif re.fullmatch(r"\d{1,3}(?:\.\d{3})+,\d{1,2}", number):
        value = float(number.replace(".", "").replace(",", "."))  # "2.250.000,00"
    elif re.fullmatch(r"\d{1,3}(?:,\d{3})+\.\d{1,2}", number):
        value = float(number.replace(",", ""))  # "2,250,000.00"
    else:
        value = float(number.replace(",", "."))
    if unit:
        value *= multiplier(unit)
    return value


def parse_count(text: str) -> int | None:
    """A single count typed by a user: "12,5rb", "12.5k", "1,2 jt", "15000", "15.000".

    Returns None when the text holds no number, or a negative one.
    """
    cleaned = text.strip().lower().replace("followers", "").replace("follower", "")
    cleaned = cleaned.replace("rp", "").replace("idr", "").strip()
    if cleaned.startswith("-"):
        return None
    match = re.fullmatch(rf"({_NUMBER})\s*({_UNIT})?\.?", cleaned, re.IGNORECASE)
    if not match:
        return None
    return round(parse_number(match.group(1), match.group(2)))


def _currency_code(raw: str | None) -> str | None:
    return _CURRENCY_SIGNS.get(raw.lower().rstrip(".")) if raw else None


def _trailing_currency(text: str, end: int) -> str | None:
    found = _CURRENCY_AFTER.match(text[end : end + 12])
    return _CURRENCY_WORDS[found.group(1).lower()] if found else None


def to_idr(value: float, currency: str | None) -> int:
    """An amount in rupiah (`IDR_PER_CURRENCY`; no currency means rupiah)."""
    return round(value * IDR_PER_CURRENCY.get(currency or "IDR", 1))


# A full stop after a bound's abbreviation ends no sentence when the bound follows ("Min.
# followers: 5k", "max. 20rb"); "… 500rb max. Followers bebas" is two sentences.
_SENTENCE_STOP = (r"(?<!\b[mM]in)(?<!\b[mM]ax)(?<!\b[mM]aks)\.\s|(?i:\b(?:min|max|maks)\.\s+"
                  r"(?!\d|rp|idr|followers?\s*:|pengikut\s*:|subscribers?\s*:))")
# The lookahead first (a stop's first character): tried alone, the lookbehinds ran at every
# position (4× slower).
_CLAUSE_STOP = re.compile(rf"(?=[;\n!?.,()mM])(?:[;\n!?]|{_SENTENCE_STOP}|,\s|\(|\))")
# A short label before a colon names the field of what follows ("Followers: at least 20k",
# "Fee: up to Rp 800rb"); a longer text before a colon is a clause of its own.
_FIELD_LABEL = re.compile(r"(?:^|(?<=[;\n!?(]))[\s*•-]*[^\W\d][\w.' /-]{0,24}:\s*$")


def _clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause around a span: sentences, semicolons, ', ' and newlines separate clauses,
    and so does a colon, unless what precedes it is a field's label."""
    left = max((m.end() for m in _CLAUSE_STOP.finditer(text[:start])), default=0)
    colon = max((m.end() for m in re.finditer(r":\s", text[left:start])), default=0)
    if colon and not _FIELD_LABEL.search(text[left : left + colon]):
        left += colon
    right_match = _CLAUSE_STOP.search(text[end:])
    right = end + right_match.start() if right_match else len(text)
    return left, right


@dataclass(slots=True)
class Span:
    """One amount or range in a brief, and what it is."""

    low: Amount
    high: Amount | None
    kind: str  # "followers" | "budget" | "ignore"
    bound: str  # "range" | "max" | "min" | "exact"


def find_amounts(text: str) -> list[Span]:
    """Every amount and range in `text`, in text order, each classified (`_classify`)."""
    spans: list[Span] = []
    taken: list[tuple[int, int]] = []

    def make(cur: str | None, num: str, unit: str | None, start: int, end: int) -> Amount:
        code = _currency_code(cur)
        # "$180 AUD": the code after says which dollar.
        code = (_trailing_currency(text, end) or code) if code in (None, "USD") else code
        return Amount(round(parse_number(num, unit)), start, end, code, bool(unit))

    for match in RANGE_RE.finditer(text):
        unit1, unit2 = match.group("unit1"), match.group("unit2")
        low = make(match.group("cur1"), match.group("num1"), unit1 or unit2,
                   match.start("num1"), match.end("a"))
        high = make(match.group("cur2") or match.group("cur1"), match.group("num2"), unit2,
                    match.start("num2"), match.end("b"))
        if unit1 is None and unit2 is not None and low.value > high.value:
            low = make(match.group("cur1"), match.group("num1"), None,
                       match.start("num1"), match.end("a"))
        if low.value >= high.value:
            continue
        low.currency = low.currency or high.currency
        low.start = match.start()
        spans.append(Span(low, high, "", "range"))
        taken.append((match.start(), match.end()))
    for match in AMOUNT_RE.finditer(text):
        if any(a <= match.start("num") < b for a, b in taken):
            continue
        amount = make(match.group("cur"), match.group("num"), match.group("unit"),
                      match.start(), match.end())
        spans.append(Span(amount, None, "", "exact"))
    spans.sort(key=lambda span: span.low.start)
    previous: Span | None = None
    for span in spans:
        span.kind, span.bound = _classify(text, span)
        if span.kind == "followers" and _REFUSED_BEFORE.search(
                text[max(0, span.low.start - 30) : span.low.start]):
            # "jangan yg udah ratusan ribu": the size refused is where the creators must
            # stay under, not what they should have.
            span.high, span.bound = None, "max"
        if previous is not None and _continues_bound(text, previous, span):
            span.kind = "followers"
        if previous is not None and previous.kind != "ignore" and span.kind in (
                "ignore", previous.kind) and _corrects(text, previous, span):
            # "max 500rb eh salah ketik, 50rb maksudnya": the second amount replaces the first.
            span.kind, span.bound, previous.kind = previous.kind, previous.bound, "ignore"
        previous = span
    return spans


# A constraint taken back after "tapi"/"but" in the same sentence ("diutamakan yang di Malang,
# tapi bebas juga boleh"; "harus di atas 10rb followers, tapi … tidak perlu").
_TAKEN_BACK = re.compile(
    r"^[^.;!?\n]*?\b(?:tapi|tetapi|but|namun|meski|walau)\b(?P<between>[^.;!?\n]*?)\b(?:"
    rf"{NOT}\s+(?:wajib|harus|apa[- ]apa|masalah|perlu|jadi)|"
    r"not (?:a )?must|not required|not needed|no need|(?:juga\s+)?(?:boleh|silakan)|bebas|"
    r"anywhere|siapa saja)\b", re.IGNORECASE)
# The words of each field, so that "…, tapi budget bebas" lets go of the budget only.
FIELD_WORDS: dict[str, str] = {
    "followers": r"followers?|pengikut|subscribers?",
    "budget": r"budget|bujet|fee|rate|bayar\w*|tarif\w*|honor\w*",
    "platform": r"platform|ig|instagram|tiktok|youtube|yt",
    "city": r"kota|domisili\w*|lokasi|city|location",
}


# A fallback offered after the ask ("…, tapi kalau tidak ada, di Jawa juga boleh"): the ask
# stands, and what follows is only a second choice.
FALLBACK = re.compile(
    # Javanese "lek/yen ... gak onok" as well.
    r"\b(?:(?:kalau|kalo|klo|kl|jika|jikalau|apabila|seandainya|nek|lek|yen|lamun|if)\s+"
    r"(?:memang\s+)?"
    rf"(?:(?:{NOT}|there(?:'s| is| are)\s+(?:nobody|no one|none|no|nothing)|no|none)"
    r"\s*(?:ada|ado|ono|onok|aya|available|found)?|"
    # The place first: "kalau di Kendari tidak ada".
    rf"(?:di|in|nang|neng|ning)\s+[^,.;!?\n]{{1,30}}?\s+{NOT}\s*(?:ada|ado|ono|onok|aya))|"
    r"if (?:there are )?none|otherwise|failing that)\b",
    re.IGNORECASE)


def taken_back(after: str, field: str, another: re.Pattern[str] | None = None) -> bool:
    """Whether the rest of the sentence after a constraint of `field` takes it back; not
    when what is fine after the "but" is `another` value of it ("IG lebih prefer, tapi
    TikTok juga boleh" adds TikTok)."""
    found = _TAKEN_BACK.match(after)
    if not found or FALLBACK.search(found.group("between")):
        return False
    if another is not None and another.search(found.group("between")):
        return False
    others = "|".join(words for name, words in FIELD_WORDS.items() if name != field)
    return re.search(rf"\b(?:{others})\b", found.group("between"), re.IGNORECASE) is None


# A writer correcting themselves: what follows replaces what came before.
CORRECTION = re.compile(
    r"\b(?:eh|maksudnya|maksud(?:ku|nya|e)?|salah ketik|typo|i mean|sorry|koreksi|ralat)\b",
    re.IGNORECASE)


def _corrects(text: str, previous: Span, span: Span) -> bool:
    """Whether `span` corrects `previous`: a correction word between them, and an amount of
    about the same size (50rb for 500rb, not "2 pcs")."""
    between = text[(previous.high or previous.low).end : span.low.start]
    old, new = (previous.high or previous.low).value, (span.high or span.low).value
    # An ellipsis ("20rb.. eh typo") is no sentence's end.
    return (len(between) <= 60 and not re.search(r"(?<!\.)\.\s|[;!?\n]\s", between)
            and CORRECTION.search(between) is not None and min(old, new) > 0 and old / new <= 100
            and new / old <= 100)


# A size refused right before it: "jangan yg udah 100rb", "bukan yang ratusan ribu",
# "not the ones with 100k".
_REFUSED_BEFORE = re.compile(
    rf"\b(?:jangan|jgn|bukan|not|ojo|ojok|{NOT}\s+mau)\s+(?:(?:yg|yang|sing|the|ones?|with|"
    r"dengan|udah|sudah|dah|already|punya|yg udah|yang udah)\s+){0,3}$", re.IGNORECASE)


def _continues_bound(text: str, previous: Span, span: Span) -> bool:
    """A bare bound right after a follower bound of the other side is its other end
    ("min. 8k followers, max 40k", "minimal 5rb followers, maksimal 20rb"); of the same
    side, it says it again more narrowly ("jangan yg udah 100rb, paling 30rb lah")."""
    if span.kind != "ignore" or previous.kind != "followers" or span.low.currency:
        return False
    if {previous.bound, span.bound} != {"min", "max"} and not (
            previous.bound == span.bound in ("min", "max")
            and (span.low.has_unit or span.low.value >= 1000)):
        return False
    between = text[(previous.high or previous.low).end : span.low.start]
    return len(between) <= 30 and not re.search(r"[.;!?\n]", between)


# A fee said to be open to discussion is a guide, not a cap ("Rp 2–3 juta per creator, masih
# bisa nego", "about IDR 1-2 juta, can discuss").
_NEGOTIABLE = re.compile(
    r"^[^.;!?\n]{0,40}?\b(nego\w*|negotiable|can (?:be )?discuss(?:ed)?|open to discussion|"
    r"bisa (?:di)?diskusi\w*|fleksibel|flexible)\b", re.IGNORECASE)
# Per one creator or one piece of content, written anywhere near the amount.
_PER_PIECE = re.compile(
    r"\b(?:per|/|each|every|tiap|setiap|sekali|satu|one|a)\s*(?:creator|kreator|kol|influencer|"
    r"post\w*|video|konten|content|reels?|feed|story|stories|upload|unggahan|orang|akun|"
    r"account|person)\b|/\s*(?:post|video|konten|creator|kreator)", re.IGNORECASE)
# A micro-creator's fee is well under this (rates of 1k–50k accounts: Rp 100rb–5jt a post):
# a larger budget that says nothing of "per post/creator" is the campaign's.
CAMPAIGN_SIZED_IDR = 20_000_000
# ... and well over this: less is no fee for a post.
MIN_FEE_IDR = 10_000


# ... unless it says it is not ("non-negotiable", "tidak bisa nego").
_NOT_NEGOTIABLE = re.compile(
    rf"(?:\bnon[- ]?|\bnot\s+|\bno\s+|\btanpa\s+|\b{NOT}\s+(?:bisa\s+)?)$", re.IGNORECASE)


def _negotiable(text: str, end: int) -> bool:
    found = _NEGOTIABLE.match(text[end : end + 60])
    return found is not None and not _NOT_NEGOTIABLE.search(text[end : end + found.start(1)])


def _campaign_sized(text: str, span: Span, clause: tuple[int, int]) -> bool:
    """A budget of a campaign's size with no "per post/creator" within its clause."""
    top = span.high or span.low
    if to_idr(top.value, top.currency or span.low.currency) < CAMPAIGN_SIZED_IDR:
        return False
    left, right = clause
    end = top.end
    return _PER_PIECE.search(text[max(left, span.low.start - 40) : min(right, end + 40)]) is None


def _paid_otherwise(text: str, end: int, before: str, after: str) -> bool:
    """Whether money beside a budget word is not one creator's fee for one post: paid per
    view or sale, a voucher or a refund, a total, a package, a share of several creators,
    or a budget for a period."""
    since_last_amount = re.split(r"\d", before)[-1][-25:]
    rest_of_clause = re.split(r"[.;!?\n]\s|,\s", text[end : end + 40], maxsplit=1)[0]
    return bool(
        _PERFORMANCE_PAY.search(since_last_amount) or _NOT_A_FEE.search(since_last_amount)
        or _PERFORMANCE_PAY.search(after)
        or _TOTAL_BUDGET.search(before) or _TOTAL_BUDGET.search(rest_of_clause)
        or _PERIOD_BEFORE.search(before) or _PERIOD_AFTER.match(after))


# A count said to be fine too is a concession, no target ("followers 5rb jg gpp": even
# five thousand will do).
_CONCEDED_AFTER = re.compile(
    rf"^\s*(?:(?:followers?|pengikut)(?:nya)?\s+)?(?:(?:{ALSO}|pun)\s+(?:{FINE}|"
    rf"{NOT}\s+(?:apa[- ]apa|masalah))|(?:is|are)\s+(?:also\s+)?(?:fine|ok|okay)\s+too)\b",
    re.IGNORECASE)


# The follower word said in the clause before, and this one only a bound ("followers ga usah
# banyak, max 10rb", "pengikutnya tidak usah besar, maksimal 10 ribu"): still the followers.
_FOLLOWERS_CARRIED = re.compile(
    # A "2" glued to a word doubles it ("kecil2" = kecil-kecil): no amount.
    rf"{_FOLLOWER_WORDS.pattern}(?:[^\d.;!?\n,]|(?<=[a-z])2\b){{0,40}},\s*"
    rf"{_BOUND_WORDS_ONLY.pattern}$", re.IGNORECASE)


# A size said as a whole item of the sentence that asks for creators: "female fitness creators
# in Makassar, 5k-30k, TikTok or Instagram", "beauty creators (10k-50k)".
_ITEM_BEFORE = re.compile(r"[,(;:]\s*$")
_ITEM_AFTER = re.compile(r"\s*(?:[,);\n]|\.(?:\s|$)|$)")
_SENTENCE_START = re.compile(r"[.!?\n]\s")
_CREATOR_ASKED = re.compile(rf"\b(?:{CREATOR_NOUNS})\b", re.IGNORECASE)


def _a_size_item(text: str, span: Span, has_unit: bool) -> bool:
    """Whether the span, a range with a unit ("5k-30k"), is a whole item of a list, in a
    sentence that names creators before it. (One amount alone is as likely a price.)"""
    start, end = span.low.start, (span.high or span.low).end
    if span.high is None or not has_unit or not _ITEM_AFTER.match(text, end) or \
            not _ITEM_BEFORE.search(text[max(0, start - 4) : start]):
        return False
    sentence = text[:start]
    stops = list(_SENTENCE_START.finditer(sentence))
    return _CREATOR_ASKED.search(sentence[stops[-1].end() if stops else 0 :]) is not None


def _sized_by_tier(before_bracket: str) -> bool:
    """Whether the words before an amount's opening bracket name a size tier ("nano to micro
    (1k-20k)"), and not a product's tier with its price ("harga paket micro (100-200rb)")."""
    return bool(_TIER_BRACKET.search(before_bracket)
                and not _PRICE_WORDS.search(before_bracket))


def _before_bound(before: str) -> str:
    """The words before an amount's bound ("followers must be | not less than 3000"): how
    near the follower word is, the bound's own words not counted."""
    bound = _NOT_FEWER.search(before) or _MIN_WORDS.search(before) or _MAX_WORDS.search(before)
    return before[: bound.start()] if bound else before


def _word_start(text: str, index: int, floor: int = 0) -> int:
    """`index`, moved back to the start of the word it falls inside: a window over the
    words before an amount must not cut its first word ("ollowersnya" is no follower word)."""
    while index > floor and text[index - 1].isalnum() and text[index].isalnum():
        index -= 1
    return index


def _last_words(text: str, size: int) -> str:
    """The last `size` characters of `text`, and the rest of the word they begin inside."""
    return text[_word_start(text, max(0, len(text) - size)):] if len(text) > size else text


def _classify(text: str, span: Span) -> tuple[str, str]:
    """(kind, bound) of a span from the words beside it within its clause."""
    start = span.low.start
    end = (span.high or span.low).end
    left_bound, right_bound = _clause_bounds(text, start, end)
    before = text[_word_start(text, max(left_bound, start - 40), left_bound) : start]
    # A currency code after the amount ("180 AUD per night") says nothing of what it is.
    after = _CURRENCY_AFTER.sub("", text[end : min(right_bound, end + 30)])
    currency = span.low.currency or (span.high.currency if span.high else None)
    has_unit = span.low.has_unit or bool(span.high and span.high.has_unit)
    # Words glued to the number decide first ("followers", "/post", "tahun", "%").
    if re.match(r"\s*(%|persen|percent|tahun|years?|th\b|thn\b|bulan|months?|hari|days?|"
                r"jam|minggu|weeks?|ml\b|gr?\b|kg\b|l\b|cm\b|mm\b|gb\b|tb\b|mah\b|"
                r"kkal|kcal|cal\b|watt|w\b|inch|pcs|x\b|kali|warna|colou?rs?|kol|kreator|"
                r"creators?|influencers?|varian|spf|produk|items?|porsi|pax|jenis|macam)",
                after, re.IGNORECASE) or _PER_UNIT.match(after):
        return "ignore", "exact"
    # People counted: "5 orang", unless they are the followers ("pengikutnyo minimal 10.000
    # orang").
    if re.match(r"\s*orang\b", after, re.IGNORECASE) and not _FOLLOWER_WORDS.search(
            _last_words(_before_bound(before), 30)):
        return "ignore", "exact"
    if re.search(r"(spf|umur|usia|aged?|ages|umur\s+\w+|\b(?:tahun|year|sejak|since|th|thn))"
                 r"\s*$", before, re.IGNORECASE):
        return "ignore", "exact"
    # "5rb-an followers": about five thousand.
    follower_after = _FOLLOWER_WORDS.match(
        re.sub(r"^-?(?:an|ish)\b", "", after.strip()).lstrip("+").strip()) is not None
    budget_word_after = _BUDGET_WORDS.search(after)
    if budget_word_after and re.match(r"[^\d.;!?\n]{0,30}\d", _CURRENCY_AFTER.sub(
            "", text[end : min(right_bound, end + 80)])[budget_word_after.end():]):
        budget_word_after = None  # the next amount's: "… 20rb bayaran per konten 500rb"
    budget_near = _BUDGET_WORDS.search(before) or budget_word_after
    price_near = _PRICE_WORDS.search(before[-25:])
    follower_before = list(_FOLLOWER_WORDS.finditer(before))
    if follower_before and _BOUND_WORDS_ONLY.fullmatch(before[follower_before[-1].end():]):
        # "followersnya diatas 2rb bayarnya …": the follower word the amount is glued to.
        budget_near = None
    if budget_near and follower_before and not currency and not _BUDGET_WORDS.search(before):
        # Both a follower word before and a budget word after: the nearer one says what it
        # is ("followersnya maksimal 20rb saja karena budget saya …").
        budget_after = _BUDGET_WORDS.search(after)
        if budget_after and len(before) - follower_before[-1].end() < budget_after.start():
            budget_near = None
    if follower_after and not currency:
        kind = "followers"
    elif budget_near and (currency or not (follower_after
                                           or _FOLLOWER_WORDS.search(after[:12]))):
        # Money is no follower count, whatever clause follows ("… 1 juta rupiah pengikut
        # berapa saja").
        kind = "budget"
    elif price_near:
        kind = "ignore"
    elif currency:
        # A price without budget words ("invest from IDR 10k") describes the product.
        kind = "ignore"
    elif (_FOLLOWER_WORDS.search(_last_words(_before_bound(before), 30))
          or _FOLLOWER_WORDS.match(after.strip())
          or _SIZED_CREATOR.search(before) or _FOLLOWERS_CARRIED.search(text[:start])
          or _sized_by_tier(text[max(0, left_bound - 40) : left_bound])
          or _a_size_item(text, span, has_unit)):
        # Without a follower word or a creator noun an amount is not a follower count: a
        # product's price, size or age is the far likelier reading ("45rb per porsi").
        kind = "followers"
    else:
        kind = "ignore"
    if kind == "followers" and (span.high or span.low).value < 100 and not has_unit:
        kind = "ignore"
    if kind == "followers" and span.bound != "range" and _CONCEDED_AFTER.match(
            text[end : end + 40]):
        kind = "ignore"
    if kind == "followers" and _OWN_COUNT_AFTER.match(text[end : end + 50]):
        kind = "ignore"  # "12k followers kat IG kedai sendiri"
    if kind == "followers" and OWN_AUDIENCE.search(before) and not _SIZED_CREATOR.search(
            before) and not re.search(r"\b(kol|kreator|creators?|influencers?)\b", before,
                                      re.IGNORECASE):
        kind = "ignore"
    if kind != "ignore" and (said_of_the_past(text, start)
                             or taken_back(text[end : end + 160], kind)):
        kind = "ignore"
    if kind == "budget" and (_paid_otherwise(text, end, before, after)
                             or _negotiable(text, end)
                             or _campaign_sized(text, span, (left_bound, right_bound))):
        kind = "ignore"
    if kind == "budget" and not currency and not has_unit and (span.high or span.low).value \
            < 10_000:
        # "14 homestay dengan tarif …": a bare small number is a count, not rupiah.
        kind = "ignore"
    if kind == "budget" and (currency or has_unit) and to_idr(
            (span.high or span.low).value, currency) < MIN_FEE_IDR:
        # "1 ringgit = Rp 3.400 today": no creator is paid that; a price or a rate of
        # exchange.
        kind = "ignore"
    if span.bound == "range":
        return kind, "range"
    # "minimal followers 3rb", "maksimal pengikut 20rb": the bound word before the noun.
    bound_before = _FOLLOWER_NOUN_END.sub("", before)
    if _ABOUT.search(bound_before):
        return kind, "exact"  # "lebih kurang 10k": about, though it holds "kurang"
    if _NOT_FEWER.search(bound_before):
        return kind, "min"
    if _MAX_WORDS.search(bound_before) or (kind == "budget" and re.match(r"-?an\b", after)):
        return kind, "max"
    if _MIN_WORDS.search(bound_before) or _MIN_AFTER.match(after) or (
            _ENOUGH_AFTER.match(after) and not _ROUGHLY_BEFORE.search(bound_before)):
        return kind, "min"
    if _MAX_AFTER.match(after):
        return kind, "max"
    return kind, "exact"
