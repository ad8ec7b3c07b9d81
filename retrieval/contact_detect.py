"""Finding contact details in folded text, each candidate with a score.

Detection works on `retrieval.contact_fold.fold`'s output, so one pattern per kind of contact
covers its disguises. Each candidate gets a score from the evidence around it (how many
digits, a mobile prefix, a cue word such as "WA" or "IG:", a known link host); a candidate
counts as a contact from `THRESHOLD` up. A new disguise then tends to lose some evidence
rather than all of it, and ordinary numbers (prices, years, follower counts) score zero.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

THRESHOLD = 0.5

_TLDS = (
    "com|net|org|co\\.id|my\\.id|web\\.id|biz\\.id|or\\.id|ac\\.id|id|co|io|me|ly|ee|bio|link|"
    "app|xyz|info|biz|site|store|shop|gg|tv|ai|dev|page|online|live|cc|to|so|sh|fm|lol|one|"
    "club|art|blog|studio|tech|social|digital|email|mail|fun|space|website|pro|asia|sg|my|"
    "us|uk|ke|gl|lnk|bz|ws|la|im|chat|link|au"
)
_HOSTS = (
    "wa\\.me|t\\.me|line\\.me|lin\\.ee|ig\\.me|m\\.me|linktr\\.ee|bit\\.ly|s\\.id|lynk\\.id|"
    "beacons\\.ai|bio\\.link|lnk\\.bio|msha\\.ke|taplink\\.cc|heylink\\.me|carrd\\.co|"
    "instagram\\.com|tiktok\\.com|youtube\\.com|youtu\\.be|x\\.com|twitter\\.com|"
    "facebook\\.com|fb\\.com|threads\\.net|shopee\\.co\\.id|tokopedia\\.com|tinyurl\\.com|"
    "linkin\\.bio|campsite\\.bio|api\\.whatsapp\\.com|wa\\.link|tr\\.ee"
)
_PROVIDERS = "gmail|yahoo|ymail|hotmail|outlook|icloud|live|proton(?:mail)?|aol|rocketmail|gmx"

# "@", "(at)", "[at]", "{at}" and " at " between a name and a domain.
_AT_MARK = r"(?:@\s*|\s+@\s+|\s*[(\[{<\-_*]\s*(?:at|et|@)\s*[)\]}>\-_*]\s*)"
_AT_WORD = r"(?:\s+(?:at|et)\s+)"
_DOT_MARK = r"(?:\s?\.\s?|\s*[(\[{<\-_*]\s*(?:dot|titik|\.)\s*[)\]}>\-_*]\s*)"
_DOT_WORD = r"(?:\s+(?:dot|titik|point|punto)\s+)"
_DOT_ANY = rf"(?:{_DOT_MARK}|{_DOT_WORD})"
# Matches start only where a name starts: trying every position inside a long word or a
# run like "a.a.a…" would make scrubbing quadratic in the text's length.
_START = r"(?<![\w+\-.])"
# A link's path, without the sentence's full stop or comma after it.
_PATH = r"(?:[^\s,;)]*[^\s,;).!?:'\"])"
# Only unambiguous spelled dots: "titik" alone is also an ordinary Indonesian word.
_DOT_SPELLED = r"(?:\s+dot\s+|\s*[(\[{<\-_*]\s*(?:dot|titik|\.)\s*[)\]}>\-_*]\s*)"

_LOCAL = rf"{_START}[\w+\-]+(?:\.[\w+\-]+){{0,5}}"
_DOMAIN = rf"[a-z0-9\-]+(?:{_DOT_ANY}[a-z0-9\-]+){{0,5}}{_DOT_ANY}"
_EMAIL = re.compile(
    # Marked forms: any TLD-looking ending will do.
    rf"{_LOCAL}{_AT_MARK}{_DOMAIN}[a-z]{{2,12}}\b"
    # Spelled forms ("ayu at gmail dot com"): a known ending.
    rf"|{_LOCAL}(?:{_AT_WORD}|{_AT_MARK}){_DOMAIN}(?:{_TLDS})\b"
    # A mail provider without its ending ("ayu@gmail", "ayu at gmail").
    rf"|{_LOCAL}(?:{_AT_MARK}|{_AT_WORD})(?:{_PROVIDERS})\b",
    re.IGNORECASE,
)
_URL = re.compile(
    rf"(?:h[tx]{{2}}ps?\s*:\s*/\s*/|www\s*\.)\s*\S+(?:{_DOT_MARK}[a-z]{{2,12}}\b){{0,5}}"
    # Spaced or spelled dots ("t . me/ayu", "wa. me/62…", "bit dot ly/x"): a known link host,
    # or any host with a path after it.
    rf"|{_START}(?:{_HOSTS.replace(chr(92) + '.', _DOT_ANY)})\b(?:\s*/\s*{_PATH})?"
    # Written normally: any host under a known TLD, with an optional path.
    rf"|{_START}[a-z0-9][a-z0-9\-]*(?:\.[a-z0-9\-]+){{0,5}}\.(?:{_TLDS})\b(?:/{_PATH}?)?"
    rf"|{_START}[a-z0-9][a-z0-9\-]*(?:{_DOT_ANY}[a-z0-9\-]+){{0,5}}{_DOT_ANY}(?:{_TLDS})"
    rf"\s*/\s*{_PATH}"
    # Dots spelled out ("ayu dot carrd dot co"): nobody writes that but to hide a link.
    rf"|{_START}[a-z0-9][a-z0-9\-]*(?:{_DOT_SPELLED}[a-z0-9\-]+){{0,5}}{_DOT_SPELLED}"
    rf"(?:{_TLDS})\b",
    re.IGNORECASE,
)
# A run of digits with the separators people put between groups: spaces, dots, dashes,
# underscores, slashes and brackets, a leading "+".
_DIGIT_RUN = re.compile(r"\+?\s?\(?\s?\d(?:[\s.\-_/()]{0,3}\d)+\)?")
_PHONE_CUE = re.compile(
    r"(?:\b(?:wa|whats\s?app|watsap|wasap|hp|telp|tel|telepon|phone|ph|call|sms|nomor|nomer|"
    r"no|nmr|contact|kontak|hub|hubungi|line|telegram|tele|mobile|cp|admin|order|booking|"
    r"pemesanan|text|ring|dial)\b|☎|📞|📱)[\s.:=\-/>]*$",
    re.IGNORECASE,
)
_MONEY_BEFORE = re.compile(r"(?:\brp|\bidr|\busd|\$|€|£)\s*\.?\s*$", re.IGNORECASE)
_UNIT_AFTER = re.compile(
    r"^\s?(?:%|rb\b|ribu|k\b|jt\b|juta|m\b|x\b|kg|gr?\b|cm|km|ml|l\b|tahun|thn|th\b|years?|"
    r"followers?|subs|pengikut|orang|post|menit|jam|hari|bulan|minggu|km|kali)",
    re.IGNORECASE,
)
_HANDLE_CUE = re.compile(
    r"\b(?:ig|insta(?:gram)?|tiktok|tik\s?tok|tt|line(?:\s?id)?|id\s?line|tele(?:gram)?|tg|"
    r"twitter|twt|x|threads|fb|facebook|youtube|yt|snap(?:chat)?|discord|wechat|kakao|"
    r"skype|signal)\b(?:\s+(?:2nd|second|kedua|ke-?2|backup|utama|main|personal|pribadi))?"
    r"(?:\s+(?:is|adalah|aku|ku|nya))?"
    r"(?P<sep>\s*(?:[:=>\-–]|->|:)\s*|\s*(?:@|\(at\))\s*|\s+)"
    r"(?P<handle>[a-z0-9_](?:[a-z0-9_.]{0,28}[a-z0-9_])(?:#\d{4})?)",
    re.IGNORECASE,
)
_AMBIGUOUS_CUES = frozenset({"line", "x", "tt", "yt", "fb", "tg", "tele", "signal", "threads",
                             "snap", "twt"})
# Words that follow "IG"/"TikTok"/"Line" in ordinary bios and are not handles.
_NOT_HANDLES = frozenset(
    "story stories feed reels reel live post posts dan and aku saya my ku juga ya aja only "
    "saja ads shop content konten account akun bio highlight highlights video videos review "
    "creator creators affiliate influencer and or atau yang untuk for with with buat dari "
    "di ke sama bareng series shorts channel community komunitas filter filters trend trends "
    "vlog vlogs vlogger talent page official today hari ini foto photo photos caption "
    "captions lebih more is was are ads the a an to in on of by ku kamu kita kami mereka "
    "giveaway giveaways collab kolaborasi endorse tutorial tutorials challenge challenges "
    "grid aesthetic style".split())


@dataclass(frozen=True, slots=True)
class Candidate:
    """A span of folded text that may be a contact, with the evidence's score."""

    kind: str
    start: int
    end: int
    score: float


def _phone_score(text: str, start: int, end: int) -> float:
    run = text[start:end]
    digits = re.sub(r"\D", "", run)
    before, after = text[max(0, start - 24):start], text[end:end + 12]
    mobile = re.match(r"^\+?\s?\(?\s?(?:0|62|\+62)[\s.\-_/()]*8", run.strip()) is not None
    # No price starts "08…" with ten digits or more: after a currency sign it is still a number
    # to dial ("£ 0812 …").
    priced = _MONEY_BEFORE.search(before) and not (mobile and len(digits) >= 10)
    if priced or (len(digits) < 11 and _UNIT_AFTER.search(after)):
        return 0.0
    # "1.500.000": groups of exactly three after the first read as an amount, not a number.
    if re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", run.strip()) and not digits.startswith("0"):
        return 0.0
    cue = _PHONE_CUE.search(before) is not None
    if 10 <= len(digits) <= 15 and (mobile or run.lstrip().startswith("+")):
        return 1.0
    if len(digits) >= 10:
        # "2019 - 2021 - 2023" lists years, not a number to dial.
        years = re.fullmatch(r"(?:(?:19|20)\d\d\D+)+(?:19|20)\d\d", run.strip())
        return 0.0 if years else 0.9
    if len(digits) >= 7 and (cue or mobile):
        return 0.8 if cue else 0.6
    if len(digits) >= 5 and cue and mobile:
        return 0.6
    return 0.0


def candidates(text: str, own_handle: str = "") -> list[Candidate]:
    """Every span of folded `text` that may be a contact, scored; overlaps are allowed."""
    found = [Candidate("email", m.start(), m.end(), 1.0) for m in _EMAIL.finditer(text)]
    for match in _URL.finditer(text):
        token = match.group(0).lower()
        # A bare "name.tld" that is the creator's own handle ("ayu.id") is their name; a link
        # with their handle in its path ("linktr.ee/ayu") still leads to their contacts.
        own = own_handle and token.rstrip(".") == own_handle
        found.append(Candidate("url", match.start(), match.end(), 0.0 if own else 1.0))
    for match in _DIGIT_RUN.finditer(text):
        start = match.start() + len(match.group(0)) - len(match.group(0).lstrip())
        found.append(Candidate("phone", start, match.end(),
                               _phone_score(text, start, match.end())))
    for match in _HANDLE_CUE.finditer(text):
        handle = match.group("handle").rstrip(".").lower()
        if handle == own_handle or handle in _NOT_HANDLES:
            continue
        marked = match.group("sep").strip() != ""
        handle_like = re.search(r"[._\d]", handle) is not None
        # "line", "x", "tt", "yt", "fb" are also ordinary words or abbreviations ("clothing
        # line lokal"): after them only a marked or handle-shaped name counts.
        plain_ok = match.group(0).split()[0].lower().rstrip(":=>@") not in _AMBIGUOUS_CUES
        score = (0.9 if marked else 0.7 if handle_like
                 else 0.55 if plain_ok and len(handle) >= 5 else 0.3)
        found.append(Candidate("handle", match.start("handle"), match.end("handle"), score))
    return found
