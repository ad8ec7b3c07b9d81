"""What a place or a relaxation in a brief is for, read from the words around it.

A place in a brief is a constraint only when it says where the *creator* should be. The same
name also says where the brand is, where it ships, where a product comes from, or where a
trip goes; and "ga harus di Jakarta" names a place to say it does not matter. The nearest cue
before the place decides (a creator word, or a word about the business); with no cue, a
plain location word ("di", "area", "in") makes it a constraint, as brand owners write
"cari KOL di Surabaya".
"""

from __future__ import annotations

import re

from retrieval.amounts import ALSO, CREATOR_NOUNS, FALLBACK, FINE, NOT, PAST_CLAUSE, taken_back

# Who the sentence is about: a creator noun makes the nearest place after it the creator's;
# a word about the writer, the business or the product makes it theirs. Verbs of living
# ("tinggal", "based", "domisili") take the subject of their sentence, so they decide nothing.
_CREATOR_CUE = re.compile(
    r"\b(kreator\w*|creators?|kol|kols|influencers?|pempengaruh|selebgram|tiktokers?|"
    r"youtubers?|someone|"
    r"somebody|"
    r"endorsers?|reviewers?|bloggers?|vloggers?|akun|campaign|kampanye|activation|"
    r"requirements?|kriteria|syarat|criteria|must|harus|hrs|wajib|has to|have to|gotta|"
    r"needs? to be|"
    r"(?:cari|nyari|carikan|mencari|golekke)\s+(?:yang|yg|sing))\b",
    re.IGNORECASE)
_BUSINESS_CUE = re.compile(
    r"(?<![\w-])(kami|kita|we|we're|we are|our|us|i|i'm|i am|saya|aku|ane|gue|gw|ambo|aye|"
    r"abdi|kulo|kula|"
    r"founder|expat|here|brand\w*|usah[ao]\w*|toko\w*|stores?|shops?|"
    r"outlets?|cabang\w*|cawangan|kedai|stokis|branch(?:es)?|gudang\w*|warehouses?|stok|"
    r"stocks?|pabrik\w*|factory|factories|"
    r"kitchen|dapur|workshop|studio|lab|gerai|booth|pop-?up|bazaa?r|expo|"
    r"produksi\w*|diproduksi|production|produsen|dibuat|dijahit|diracik|dirakit|dikemas|"
    r"packing|packed|packaging|fulfil\w*|dispatch\w*|manufactur\w*|produced|assembled|"
    r"diolah|dipanggang|roastery|roasters?|bakery|kafe|cafe|"
    r"café|resto\w*|restaurants?|rumah makan|hotels?|hostels?|villas?|klinik\w*|clinics?|salon|"
    r"lembaga|kursus|bimbel|hq|headquarter\w*|suppliers?|distribu\w*|farms?|"
    r"kirim\w*|dikirim|pengiriman\w*|ship|ships|shipping|deliver\w*|ongkir|cod|antar(?!a(?:nya)?\b)\w*|"
    r"keberangkatan|berangkat|departures?|depart\w*|tersedia|available|sewa\w*|rental\w*|"
    r"rent|melayani|serving|serves?|cover\w*|layanan|service|seluruh|se-|all over|across|"
    r"throughout|nationwide|khas|origin|sourced|panen|grown|kebun\w*|petani|"
    r"farmers?|acara|event\w*|venue|shows?|pameran|exhibitions?|festival\w*|buka|opening|"
    r"launch\w*|grew up|customers?|"
    r"pelanggan|konsumen|buyers?|pembeli|users?|pengguna|penggunanya|sy|jual\w*|menjual|"
    r"dijual|dipasarkan|supermarkets?|minimarkets?|swalayan|retail\w*|ritel|"
    r"sell\w*|order|agen\w*|agents?|resell\w*|dealers?|mitra|target|pasar\w*|market|"
    r"marketnya|turis|wisatawan|tourists?|guests?|tamu\w*|berkantor|kantor(?:nya)?|offices?)"
    r"(?![\w-])",
    re.IGNORECASE)
# How the product is made ("handmade in Bali", "buatan Jepara"):
# not the creator's place unless the sentence names creators ("KOL dimsum homemade di Sby").
_MADE_CUE = re.compile(r"\b(made|handmade|homemade|buatan|dibuat)\b", re.IGNORECASE)
# An origin word right before the place ("kopi dari Bali", "from Aceh"): the product's
# origin unless a creator word comes right before it ("KOL dari Bali").
_ORIGIN_WORD = re.compile(r"\b(dari|dr|ti|from|asal|asli|made in)\s*$", re.IGNORECASE)
# Platforms between the creator noun and the place ("kreator IG/TikTok Pontianak").
_PLATFORM_WORDS = re.compile(r"\b(?:ig|instagram|tiktok|tt|youtube|yt|reels|dan|and|atau|or)\b|"
                             r"[/&,+]", re.IGNORECASE)
# A creator noun right after the place ("Singapore creators", "Bandung based KOLs").
_CREATOR_NOUN_AFTER = re.compile(rf"\s*-?\s*(?:based\s+)?(?:{CREATOR_NOUNS})\b", re.IGNORECASE)
# "we want Bali locals": the people sought live there (not "Jakarta locals love our coffee").
_LOCALS_AFTER = re.compile(r"\s+locals\b", re.IGNORECASE)
_DESTINATION = re.compile(r"\b(?:ke|to)\s+$", re.IGNORECASE)
_BUSINESS_NOUN_AFTER = re.compile(
    r"\s+(?:villas?|hotels?|hostels?|resorts?|homestays?|cafe|café|kafe|coffee shop|"
    r"restaurants?|resto|bakery|brand|store|shop|toko|studio|clinic|klinik|florist|"
    r"roastery|boutique|butik|salon|spa|warung|startup|company|agency)\b", re.IGNORECASE)
# "yang orang Makassar": someone from there.
_LOCATION_WORD = re.compile(
    r"(?:\b(?:(?:yang|yg|sing|harus|hrs|wajib|mesti|bisa|kudu|kreator\w*|creators?)\s+"
    r"(?:orang|anak|warga|wong|arek|urang|asli)|di|in|area|daerah|"
    # Javanese "sing omah'e Kediri": whose home is.
    r"omah(?:'?e|ne|nya)?|manggen|manggon|dumunung|"
    r"neng|ning|wilayah|(?:ber)?domisili(?:nya)?|lokasi(?:nya)?|based|sekitar(?:an)?|"
    r"around|kota|city|region|"
    r"from|dari|asal|khusus|only|tinggal|lives?|living|located|stays?|staying|domicile[ds]?|"
    r"(?:tinggal|live|living)\s+(?:dan|and|&)\s+(?:bekerja|kerja|kuliah|work\w*|stud\w*)|"
    r"(?:sedang|lagi|now|currently)\s+(?:bekerja|kerja|kuliah|working|studying)|"
    r"resid\w*|berada|menetap|berpangkalan|luar|outside)\s*"
    # Osing and Balinese "ring": in.
    r"(?:(?:in|di|neng|ning|nang|ing|ring|e|of|at|on|the|pulau|island|provinsi|province|kabupaten|"
    r"regency)\s+)*)$",
    re.IGNORECASE)
# A follow-up changing the place ("ganti ke Bandung aja", "ubah lokasinya jadi Medan",
# "change it to Bali"): not a destination, though it says "ke" and "to".
_CHANGED_TO = re.compile(
    r"\b(?:ganti|gnti|ubah|change|switch)\s+(?:(?:it|kota|lokasi|domisili|city|location)"
    r"(?:nya)?\s+)?(?:ke|jadi|to)\s+(?:kota\s+|di\s+)?$", re.IGNORECASE)
# A place named in order to say it does not matter ("domisili ga wajib di Medan").
_RELAXED_BEFORE = re.compile(
    rf"\b({NOT}\s+(?:harus|wajib|perlu|mesti|kudu)|"
    r"not necessarily|(?:doesn'?t|don'?t|do not|does not) (?:need|have) to|no need to|"
    r"needn'?t|need not|not only)\b[^.;!?\n]*$", re.IGNORECASE)
_RELAXED_AFTER = re.compile(
    rf"^[^.;!?\n,]*?\b({NOT}\s+(?:wajib|harus|masalah|"
    r"mengapa)|not (?:a )?must|not required|optional|nice to have|bonus|a plus|"
    rf"{NOT}\s+apa[- ]apa|gpp|gapapa|(?:is|are|totally|also) fine|"
    r"(?:is|are)\s+(?:(?:also|so|very|most|more than|totally|always)\s+)*welcome|"
    r"fine too|ok too|juga (?:oke|ok|boleh|silakan))\b", re.IGNORECASE)
# What a "ga masalah" after a place may be said of instead ("domisili Medan ya kak 🙏 rate
# berapa pun ga masalah": the rate).
_OTHER_SUBJECT = re.compile(
    r"\b(?:followers?|pengikut|subscribers?|subs|budget|rate|fee|harga|biaya|platform|"
    r"ig|instagram|tiktok|youtube|yt|konten|content|niche|umur|usia)\b", re.IGNORECASE)


def _relaxed_after(after: str) -> bool:
    """Whether the words after a place say it does not matter, and not of another subject
    named between."""
    found = _RELAXED_AFTER.search(after)
    return found is not None and not _OTHER_SUBJECT.search(after[: found.start(1)])


# A second place said to be fine too ("domisili Surabaya, Sidoarjo juga gpp"): one more
# place the creator may live in, when a place was asked for just before.
_ALSO_FINE_AFTER = re.compile(
    rf"^[^.;!?\n,]{{0,12}}?\b(?:{ALSO}\s+(?:{FINE}|silakan)|gpp|gapapa|(?:is|are) fine too|"
    r"fine too|ok too|works too|(?:is|are)\s+(?:also\s+)?welcome)\b", re.IGNORECASE)


def also_fine(text: str, previous_end: int, end: int) -> bool:
    """Whether the place ending at `end` is a further place the creator may live in, said
    fine after a place asked for (ending at `previous_end`) in the same sentence, rather
    than a fallback ("kalau tidak ada, Jawa juga boleh") or a place said not to matter."""
    between = text[previous_end:end]
    return (_ALSO_FINE_AFTER.match(text[end : end + 40]) is not None
            and not _SENTENCE_END.search(between) and not FALLBACK.search(between)
            and not _RELAXED_BEFORE.search(between))


# "yang tinggal di dua kota itu": a creator clause pointing back at places named before.
ANAPHORA = re.compile(
    r"\b(kota[- ]kota? (?:itu|tsb|tersebut|tadi)|(?:dua|kedua|tiga) kota (?:itu|tsb|tersebut)|"
    r"kota (?:itu|tsb|tersebut)|daerah (?:itu|tsb|tersebut)|those (?:two |three )?(?:cities|"
    r"places|areas)|that (?:city|area)|these (?:cities|areas)|di ?sana|di ?situ)\b",
    re.IGNORECASE)
# An unknown smaller place before a known one ("kopi dari Gayo, Aceh", "di Cinere, Depok"):
# the known one takes the role of the phrase it qualifies.
_APPOSITION = re.compile(
    r"\b(?:di|in|at|dari|dr|from|asal)\s+([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}),\s*$")
# A brief written as a form: the line's label says the place is where someone is
# ("- Location: Jogja or Bandung only", "Domisili kreator: Medan").
_LOCATION_LABEL = re.compile(
    r"^[\s*•>-]*(?:(?:creators?'?s?|kreator|kol)\s+)?(?:location|lokasi|domisili|kota|city|"
    r"area|based in)(?:\s+(?:kreator|creators?|kol))?\s*:\s*$", re.IGNORECASE)
# Words between a creator noun and a place that are no topic ("creators who make Bali
# itineraries", "kreator yang review kuliner Solo").
_NOT_TOPIC = re.compile(
    r"\b(?:yang|yg|sing|who|that|which|whose|with|dengan|for|untuk|buat|make|makes|making|"
    r"bikin|review\w*|bahas|post\w*|share|sharing|about|tentang|soal|ke|to)\b", re.IGNORECASE)
# After an ambiguous name, what shows it is a place: a relative pronoun or the clause's end
# ("selebgram malang yg followersnya …", not "kreator solo traveling").
_PLACE_ENDS = re.compile(
    r"\s*(?:$|[,.;!?)\n]|(?:yang|yg|who|that|aja|saja|sahaja|je|only|ya|area|"
    r"(?:dan|&|and)\s+(?:sekitar\w*|surrounding\w*))\b)", re.IGNORECASE)
# Asking for someone: from here on, the brief can be about the creators it wants.
_REQUEST = re.compile(
    r"\b(cari\w*|nyari|mencari|golek\w*|pados|milarian|nyare|looking for|look for|need|needs|"
    r"butuh\w*|membutuhkan|rekomendasi\w*|rekomen\w*|recommend\w*|endorse|want|wanted|"
    r"hire|hiring|seeking)\b", re.IGNORECASE)
# Seeking someone, not wanting to do something ("want mums in Jakarta", not "who want to work
# in Japan" or "audience we want to reach").
_SEEKING = re.compile(
    r"(?<!who )(?<!that )(?<!yang )(?<!yg )\b(cari\w*|nyari|mencari|looking for|look for|"
    r"seeking|want|wanted|need|needs|butuh\w*|hire|hiring)\b(?!\s+(?:to|untuk|buat)\b)",
    re.IGNORECASE)
_SOUGHT_LIVING = re.compile(
    r"\b(?:cari\w*|nyari|mencari|looking for|need|needs|butuh\w*|membutuhkan|want)\b"
    r"[^.;!?\n]*?\b(?:yang|yg|who|that|sing|se|nu)\s+(?:\w+\s+){0,3}?(?:tinggal|domisili\w*|"
    r"berdomisili|lives?|living|based|stays?|menetap|berada|kerja|bekerja|kuliah|works?|"
    r"studies)\b[^.;!?\n,(]{0,25}$", re.IGNORECASE)
# A business's name and its town, as a letterhead opens ("Bengkel Jaya Motor, Makassar.").
_NAME_AND_TOWN = re.compile(
    r"^\s*(?:(?i:klien|client|brand|merek|nama usaha|toko|usaha|perusahaan|company)\s*:\s*"
    r"(?:[A-Z][\w'&.-]*\s+){0,5}|(?:[A-Z][\w'&.-]*\s+){1,4})[A-Z][\w'&.-]*\s*[,(]\s*$")
# Where the followers are ("audiensnya mahasiswa di Jabodetabek") is not where the creator is.
_AUDIENCE_CUE = re.compile(
    r"\b(?:(?:audiens|audience|penonton|pemirsa|viewers?|followers?|pengikut)(?:-?nya|e)|"
    r"whose (?:followers|audience|viewers|fans)|(?:followers|audience|viewers) (?:are|is)|"
    r"target audience)\b(?!\s*(?:min|max|maks|\d))", re.IGNORECASE)
# Things counted in a place are the business's ("3 galleries in Solo", "40 reseller di Riau"),
# unless they are creators ("5 kreator di Surabaya").
_COUNTED_THINGS = re.compile(
    rf"\b\d+\s+(?!(?:{CREATOR_NOUNS}|orang|people)\b)[a-z]\w*\s+(?:in|di|at)\s*$",
    re.IGNORECASE)
# An address: a street before it on its line, or a postcode after ("Jl. Riau No. 45",
# "Sleman, Yogyakarta 55581").
_STREET = re.compile(r"(?:\b(?i:jl|jln)\.?\s|\b(?i:jalan)\s+[A-Z])[^\n]*$")
_POSTCODE = re.compile(r"^\s*,?\s*\d{5}\b")
# A list of outlets ("- Medan: Jl. Setiabudi No. 45", "Bandung (Jl. Soekarno-Hatta …)") and a
# venue named after its town ("Pakuwon Mall Surabaya", "Kampus Malang").
_STREET_AFTER = re.compile(r"^\s*[:(–-]?\s*(?:jl|jln|jalan)\.?\s", re.IGNORECASE)
_VENUE_BEFORE = re.compile(
    r"\b(?:mall|plaza|square|ruko|hotel|gedung|tower|bandara|airport|stasiun|terminal|"
    r"kampus|campus|universitas|university|rumah sakit|hospital)\s+(?:[A-Z]\w*\s+)?$",
    re.IGNORECASE)
# A message that opens with a place on its own, as a letter's dateline.
_DATELINE_END = re.compile(r"^(?:\s*,\s*[\w ]{2,30})?\s*[.\n]\s*\S")
_CLAUSE_END = re.compile(r"[.;!?\n(),:—]\s*")
# Not after a title or an abbreviation ("Hj. Rusmini", "Jl. Riau", "No. 5", "PT. Maju").
# The lookahead first: tried alone, the lookbehinds ran at every position (8× slower).
_SENTENCE_END = re.compile(
    r"(?=[.;!?\n])(?<!\bHj)(?<!\bhj)(?<!\bJl)(?<!\bjl)(?<!\bNo)(?<!\bno)(?<!\bDr)(?<!\bdr)(?<!\bPT)"
    r"(?<!\bKab)(?<!\bKec)(?<!\bSt)(?<!\bH)[.;!?\n]\s+|[!?\n]")


def tail_before(text: str, start: int, limit: int, ends: re.Pattern[str]) -> str:
    """The text before `start` (at most `limit` characters) since the last of `ends`."""
    head = text[max(0, start - limit) : start]
    found = list(ends.finditer(head))
    return head[found[-1].end():] if found else head


def about_creators(text: str, start: int) -> bool:
    """Whether the sentence up to `start` names creators ("cari kreator yang tinggal di kota
    itu"), not the writer ("jadi kami ingin promosi di sana")."""
    return _CREATOR_CUE.search(tail_before(text, start, 160, _SENTENCE_END)) is not None


def _names_something_else(text: str, start: int, clause: str, sentence: str,
                          after: str) -> bool:
    """Whether the words around a place show it is not where anyone should live: a past
    campaign, where the followers are, things counted there, an address or a venue, or the
    dateline a message opens with ("Mataram. Jual kopi …")."""
    return bool(
        PAST_CLAUSE.search(sentence) or _AUDIENCE_CUE.search(clause)
        or _COUNTED_THINGS.search(clause[-40:])
        or _STREET.search(text[max(0, start - 60) : start]) or _POSTCODE.match(after)
        or _STREET_AFTER.match(after) or _VENUE_BEFORE.search(clause)
        or (not text[:start].strip() and _DATELINE_END.match(after)))


# Right after a fallback's "if none", the place asked for first ("kalau tidak ada di Padang").
_FALLBACK_CONDITION = re.compile(
    r"^\s*(?:(?:yang|yg|nan|sing|nu|creators?|kreator\w*|anyone|someone|one|nobody|body|"
    r"cocok|suitable|fits?)\s+)*(?:(?:di|in|from|dari|at)\s+)?$", re.IGNORECASE)


# Between a fallback's "if none" and a bare place said to be fine: no other words.
_FALLBACK_FILLER = re.compile(r"[\s,]*(?:(?:ya|yah|then|maka|baru|yg|yang|di|dari|in|from)"
                              r"[\s,]+)*", re.IGNORECASE)
_FINE_AFTER = re.compile(rf"\s*(?:{ALSO}\s+)?(?:{FINE}|is fine|works|ga papa|nggak papa)"
                         r"\b", re.IGNORECASE)


def place_role(text: str, start: int, end: int, *, ambiguous: bool) -> str:
    """'creator' (a constraint), 'fallback' (a second choice: "kalau tidak ada di Padang, di
    Sumatera lainnya boleh"), 'relaxed', or 'other' (the business, an origin, a
    destination, shipping). `ambiguous` aliases are ordinary words too ("solo travelers")
    and need a location word right before."""
    role = _role(text, start, end, ambiguous=ambiguous)
    fallback = fallback_before(text, start)
    if role in ("creator", "relaxed") and fallback is not None:
        if _FALLBACK_CONDITION.match(fallback):
            return "creator"  # the place asked for first, restated as the condition
        return "fallback"
    if role == "other" and fallback is not None and _FALLBACK_FILLER.fullmatch(fallback) \
            and _FINE_AFTER.match(text, end):
        return "fallback"  # "kalau ga ada, Jakarta boleh": the second choice said bare
    return role


def fallback_before(text: str, start: int) -> str | None:
    """The words between a fallback's "if none" and `start`, when `start` is inside one (a
    fallback's scope is the rest of its sentence: "kalau tidak ada di Padang, di Sumatera
    lainnya boleh"); None otherwise."""
    sentence = tail_before(text, start, 160, _SENTENCE_END)
    found = list(FALLBACK.finditer(sentence))
    return sentence[found[-1].end():] if found else None


# A letter's closing, and the name and title after it: a place there is the writer's
# ("Regards, Ir. Budi Santoso (Medan)", "Hormat kami, Toko Makmur Pekalongan").
_SIGNED_OFF = re.compile(
    r"\b(?:sincerely|yours\s+(?:truly|faithfully)|(?:best|kind|warm(?:est)?)\s+regards|regards|"
    r"hormat\s+(?:kami|saya)|wassalam\w*|salam\s+hangat)\b[,.]?(?P<tail>[^\n]*(?:\n[^\n]*)?)$",
    re.IGNORECASE)


def _signed_off(text: str, start: int) -> bool:
    found = _SIGNED_OFF.search(text[max(0, start - 100) : start])
    return found is not None and not _CREATOR_CUE.search(found.group("tail"))


# A brief's list of requirements, one per item ("TikTok, Surabaya, followers 10k up"): a
# place that is a whole item beside an item naming another requirement is where the creators
# should be.
_ITEM_BREAK = re.compile(r"[,;\n•|]|[.!?:](?:\s|$)|\s[-–]\s")
_REQUIREMENT_ITEM = re.compile(
    r"\b(?:followers?|pengikut|subs(?:cribers)?|ig|instagram|tiktok|youtube|yt)\b",
    re.IGNORECASE)
_ITEM_FILLER = re.compile(r"^\s*(?:(?:only|aja|saja|area|kota|city|domisili|lokasi|based|di|in)"
                          r"\b\s*)*$", re.IGNORECASE)


# An item ending in an origin and a name ("… are from Gayo"): the next item goes on with it.
_LIST_FROM_BEFORE = re.compile(r"\b(?:dari|dr|from|asal|asli|made in)\s+\w+(?:\s+\w+)?[\s,;]*$",
                               re.IGNORECASE)


def _a_requirement_item(text: str, start: int, end: int) -> bool:
    left = max((m.end() for m in _ITEM_BREAK.finditer(text, 0, start)), default=0)
    right_break = _ITEM_BREAK.search(text, end)
    right = right_break.start() if right_break else len(text)
    if not (_ITEM_FILLER.match(text[left:start]) and _ITEM_FILLER.match(text[end:right])):
        return False
    before_left = max((m.end() for m in _ITEM_BREAK.finditer(text, 0, max(0, left - 1))),
                      default=0)
    next_break = _ITEM_BREAK.search(text, right + 1) if right < len(text) else None
    neighbours = (text[before_left:left], text[right:next_break.start() if next_break
                                                  else len(text)])
    if _LIST_FROM_BEFORE.search(neighbours[0]):
        return False  # one more of a list of origins: "beans from Gayo, Aceh and Toraja"
    return any(_REQUIREMENT_ITEM.search(item) for item in neighbours)


# A clause that opens with "the ones in" (a wish first, perhaps) speaks of the people sought:
# "…, yang di Bekasi aja", "…, kalau bisa yg tinggal di Depok".
_ONES_IN = re.compile(
    r"^\s*(?:(?:kalau|kalo|klo)\s+bisa|sebisa\s+mungkin|diutamakan|utamakan|lebih\s+baik|"
    r"mending(?:an)?|pokoknya|cuma|cuman|hanya|khusus)?\s*(?:yg|yang)\s+(?:(?:tinggal|domisili|"
    r"berdomisili|based)\s+)?(?:di|in)\s+$", re.IGNORECASE)


# A creator noun and then a span over the place ("influencers across Indonesia", "kreator di
# seluruh Jawa"): not the business's reach, though "across" and "seluruh" often say that.
_CREATORS_ACROSS = re.compile(
    rf"\b(?:{CREATOR_NOUNS})(?:\s+[\w&-]+){{0,2}}?\s+(?:(?:from|in|di|dari)\s+)?"
    r"(?:across|throughout|all over|"
    r"seluruh|se-)\s*$", re.IGNORECASE)
_THE_ONES = re.compile(r"\s*(?:(?:coba|cobain|mungkin|maybe|atau|or)\s+)?(?:yg|yang)\s*",
                       re.IGNORECASE)


def _after_a_business_word(text: str, at: int) -> bool:
    """Whether the word before `at` (punctuation between left aside) names the business."""
    previous_word = re.search(r"([\w'-]+)\W*$", text[max(0, at - 30) : at])
    return previous_word is not None and _BUSINESS_CUE.fullmatch(previous_word.group(1)) \
        is not None


def _role(text: str, start: int, end: int, *, ambiguous: bool) -> str:
    if _signed_off(text, start):
        return "other"
    if not ambiguous and _a_requirement_item(text, start, end) and _CREATOR_CUE.search(text):
        return "creator"
    clause = tail_before(text, start, 70, _CLAUSE_END)
    sentence = tail_before(text, start, 160, _SENTENCE_END)
    after = text[end : end + 60]
    if (_RELAXED_BEFORE.search(clause[-45:]) or _relaxed_after(after)
            or taken_back(text[end : end + 160], "city")):
        return "relaxed"
    if _CHANGED_TO.search(clause):
        return "creator"
    if _CREATORS_ACROSS.search(clause):
        return "creator"  # "influencers across Indonesia": where the creators may be
    if _names_something_else(text, start, clause, sentence, after):
        return "other"
    if _ONES_IN.match(clause) and not _after_a_business_word(text, start - len(clause)):
        # "…, kalau bisa yg di Bekasi": the ones sought, wherever the brand is; not "toko
        # kami, yang di Bekasi, …", which says which shop.
        return "creator"
    # A creator noun right after the place, whoever the sentence is about: "we're looking
    # for Singapore creators", "Bandung based creators"; a business noun, the business's
    # ("Bali villa, 4BR", "Bandung florist").
    if not ambiguous and (_CREATOR_NOUN_AFTER.match(after) or (
            _LOCALS_AFTER.match(after) and _SEEKING.search(clause[-30:]))):
        return "creator"
    if _BUSINESS_NOUN_AFTER.match(after):
        return "other"
    creator = [m.end() for m in _CREATOR_CUE.finditer(sentence)]
    business = [m.end() for m in _BUSINESS_CUE.finditer(sentence)]
    based = re.match(r"\s*-?\s*based\b(.{0,25})", after, re.IGNORECASE)
    about_creator = bool(creator) and (not business or creator[-1] > business[-1])
    if based:
        # "Jakarta-based brand" is the writer's; "Creators: 5 people, Jakarta-based" and
        # "Bandung-based creators" the creator's.
        if _BUSINESS_NOUN_AFTER.match(based.group(1)):
            return "other"  # "a Bali based brand, want creators in Jakarta"
        return "creator" if about_creator or _CREATOR_CUE.search(based.group(1)) else "other"
    apposition = _APPOSITION.search(text[max(0, start - 50) : start])
    if apposition and not clause.strip():
        head_start = start - len(text[max(0, start - 50) : start]) + apposition.start(1)
        return _role(text, head_start, head_start + len(apposition.group(1)),
                     ambiguous=False)
    origin = _ORIGIN_WORD.search(clause)
    if origin:
        head = clause[: origin.start()]
        if not head.strip() or _THE_ONES.fullmatch(head):
            # ", from Lombok or Bali" as a clause of its own, or "coba yang dari Manado":
            # about whom the sentence is.
            return "creator" if about_creator else "other"
        return "creator" if _CREATOR_CUE.search(head[-22:]) else "other"
    # Whom the writer looks for, and where they live ("kami cari kreator seller online yang
    # tinggal di Surabaya"), whatever business words describe them.
    if _SOUGHT_LIVING.search(sentence):
        return "creator"
    located = (_LOCATION_WORD.search(clause[-24:]) is not None
               or _LOCATION_LABEL.search(sentence) is not None)
    # The writer turns from the business to whom it wants ("we make baby carriers, want mums
    # in Jakarta"): the people sought, and where they are.
    sought = [m.end() for m in _SEEKING.finditer(sentence)]
    if (located and business and not creator and sought and sought[-1] > business[-1]
            and not _DESTINATION.search(clause)):
        return "creator"
    # Where something goes ("kirim ke Bali", "a trip to Lombok"), not "need to live in".
    if (business and not about_creator) or _DESTINATION.search(clause):
        return "other"
    if not creator and _MADE_CUE.search(clause):
        return "other"
    if creator:
        # "KOL Surabaya" names the creator's place; "creators who make Bali itineraries"
        # names a topic.
        between = _PLATFORM_WORDS.sub("", sentence[creator[-1]:]).split()
        right_after = not between and (not ambiguous or _PLACE_ENDS.match(after) is not None)
        # "tiktoker otomotif Jakarta", "KOL kuliner Surabaya": a topic word or two between.
        topic_between = (0 < len(between) <= 2 and not ambiguous
                         and not _NOT_TOPIC.search(" ".join(between)))
        return "creator" if located or right_after or topic_between else "other"
    if located:
        # Before the brief has said anything about creators, "di X" is where the writer or
        # the business is ("Farm ikan hias di Bogor, …. mau cari kreator …").
        # A short message is a follow-up or a keyword brief ("yang di Bandung saja").
        said_so_far = text[:start]
        talked_of_creators = bool(_CREATOR_CUE.search(said_so_far)
                                  or _REQUEST.search(said_so_far)) or len(text.split()) <= 8
        return "creator" if talked_of_creators or _CREATOR_CUE.search(
            _SENTENCE_END.split(after, maxsplit=1)[0]) else "other"
    # No cue at all: a keyword-style brief ("skincare Surabaya") means the creator's place;
    # a longer sentence ("SendHome is a Singapore remittance app") describes something else.
    if _NAME_AND_TOWN.match(sentence):
        return "other"
    rest = _SENTENCE_END.split(text[end : end + 120], maxsplit=1)[0]
    words = len(sentence.split()) + len(text[start:end].split()) + len(rest.split())
    return "creator" if not ambiguous and words <= 6 else "other"
