"""Templates for match explanations, in Indonesian and English.

Placeholders are filled only with values taken from the creator's record (or derived from it
by the documented formulas in `retrieval.scoring`), never with invented numbers.
"""

from __future__ import annotations

EXPLANATION_TEMPLATES: dict[str, dict[str, str]] = {
    "id": {
        "content_match": "Kontennya soal {niches}, cocok dengan brief ({terms}).",
        "content_semantic": "Profilnya paling dekat dengan brief secara makna ({niches}).",
        "content_like": "Konten dan komunitasnya mirip @{handle} ({niches}).",
        "content_profile": "Kontennya soal {niches}.",
        "community": "Komunitasnya: “{community}”.",
        "audience": "Sesuai target audiens brief.",
        "numbers": (
            "{followers} followers ({tier}), ER {er} — {comparison} norma {tier} di "
            "{platform} ({norm})."
        ),
        "above": "di atas",
        "near": "setara",
        "below": "di bawah",
        "authentic": "Autentik: tidak ada pola follower atau engagement palsu.",
        "questionable": "⚠️ Perlu dicek: {reasons}.",
        "suspicious": "⛔ Diturunkan peringkatnya: {reasons}.",
        "rate_within": "Rate {rate}/post, masuk budget {budget}.",
        "rate_over": "Rate {rate}/post, di atas budget {budget}.",
        "rate_only": "Rate {rate}/post.",
        "rate_unknown": "Rate belum dicantumkan.",
        "fits": "Memenuhi: {items}.",
        "misses": "Tidak memenuhi: {items}.",
        "miss_location": "di {city}, bukan {wanted}",
        "miss_location_unknown": "kota tidak dicantumkan (dicari: {wanted})",
        "miss_platform": "di {platform}, bukan {wanted}",
        "miss_followers_low": "{followers} followers, di bawah minimum {bound}",
        "miss_followers_high": "{followers} followers, di atas maksimum {bound}",
        "miss_budget": "rate {rate}/post, di atas budget {budget}",
        "or": "atau",
        "location": "lokasi ({city})",
        "platform": "platform ({platform})",
        "followers": "jumlah followers",
        "budget": "budget",
        "low_engagement": "ER {er} jauh di bawah norma {norm} (indikasi follower dibeli)",
        "engagement_pod": (
            "komentar {comment_share} dari jumlah like, ER {er} (pola engagement pod)"
        ),
        "engagement_pod_short": "komentar {comment_share} dari jumlah like (pola engagement pod)",
        "very_high_engagement": "ER {er} jauh di atas norma {norm}",
        "engagement_without_followers": (
            "{likes} like dan {comments} komentar per post tanpa followers (angka tidak mungkin)"
        ),
        "follower_jump": (
            "followers melonjak {growth} {period} ({before} → {after}) tanpa kenaikan "
            "engagement"
        ),
        "follower_jump_short": "followers melonjak {growth} {period} ({before} → {after})",
        "jump_month": "dalam sebulan",
        "jump_day": "dalam sehari",
        "jump_days": "dalam {days} hari",
        "jump_average_days": "per bulan rata-rata selama {days} hari",
        "jump_average_months": "per bulan rata-rata selama {months} bulan",
        "view_farming": "views {views} vs {followers} followers tapi like per view hanya {lpv}",
        "few_views": "views rata-rata {views} dari {followers} followers",
        "unknown_rate": "?",
        "details_title": "Kenapa @{handle}?",
        "details_averages": "Rata-rata per post: {likes} like, {comments} komentar",
        "details_views": ", {views} views",
        "details_history": "Riwayat followers: {history}.",
        "details_signals": "Pemeriksaan keaslian:",
        "details_no_signals": "Tidak ada tanda follower dibeli, engagement pod, lonjakan "
                              "follower, atau views palsu.",
    },
    "en": {
        "content_match": "Posts about {niches}, matching the brief ({terms}).",
        "content_semantic": "Their profile is the closest in meaning to the brief ({niches}).",
        "content_like": "Content and community like @{handle}'s ({niches}).",
        "content_profile": "Posts about {niches}.",
        "community": "Community: “{community}”.",
        "audience": "Fits the brief's target audience.",
        "numbers": (
            "{followers} followers ({tier}), ER {er} — {comparison} the {tier} norm on "
            "{platform} ({norm})."
        ),
        "above": "above",
        "near": "in line with",
        "below": "below",
        "authentic": "Authentic: no fake-follower or fake-engagement pattern.",
        "questionable": "⚠️ Worth checking: {reasons}.",
        "suspicious": "⛔ Ranked down: {reasons}.",
        "rate_within": "Rate {rate}/post, within the {budget} budget.",
        "rate_over": "Rate {rate}/post, above the {budget} budget.",
        "rate_only": "Rate {rate}/post.",
        "rate_unknown": "Rate not published.",
        "fits": "Meets: {items}.",
        "misses": "Misses: {items}.",
        "miss_location": "in {city}, not {wanted}",
        "miss_location_unknown": "city not given (wanted: {wanted})",
        "miss_platform": "on {platform}, not {wanted}",
        "miss_followers_low": "{followers} followers, below the {bound} minimum",
        "miss_followers_high": "{followers} followers, above the {bound} maximum",
        "miss_budget": "rate {rate}/post, above the {budget} budget",
        "or": "or",
        "location": "location ({city})",
        "platform": "platform ({platform})",
        "followers": "follower range",
        "budget": "budget",
        "low_engagement": "ER {er} far below the {norm} norm (likely bought followers)",
        "engagement_pod": "comments are {comment_share} of likes, ER {er} (engagement-pod pattern)",
        "engagement_pod_short": "comments are {comment_share} of likes (engagement-pod pattern)",
        "very_high_engagement": "ER {er} far above the {norm} norm",
        "engagement_without_followers": (
            "{likes} likes and {comments} comments per post with no followers (impossible "
            "numbers)"
        ),
        "follower_jump": (
            "followers jumped {growth} {period} ({before} → {after}) without engagement "
            "following"
        ),
        "follower_jump_short": "followers jumped {growth} {period} ({before} → {after})",
        "jump_month": "in one month",
        "jump_day": "within a day",
        "jump_days": "within {days} days",
        "jump_average_days": "a month on average over {days} days",
        "jump_average_months": "a month on average over {months} months",
        "view_farming": "{views} views vs {followers} followers but only {lpv} likes per view",
        "few_views": "average views {views} for {followers} followers",
        "unknown_rate": "?",
        "details_title": "Why @{handle}?",
        "details_averages": "Average per post: {likes} likes, {comments} comments",
        "details_views": ", {views} views",
        "details_history": "Follower history: {history}.",
        "details_signals": "Authenticity checks:",
        "details_no_signals": "No sign of bought followers, engagement pods, follower jumps "
                              "or farmed views.",
    },
}

TIER_LABELS: dict[str, dict[str, str]] = {
    "id": {"nano": "nano", "micro": "mikro", "mid": "menengah", "macro": "makro", "mega": "mega"},
    "en": {"nano": "nano", "micro": "micro", "mid": "mid-tier", "macro": "macro", "mega": "mega"},
}
VERDICT_LABELS: dict[str, dict[str, str]] = {
    "id": {"authentic": "✅ autentik", "questionable": "⚠️ perlu dicek",
           "suspicious": "⛔ mencurigakan"},
    "en": {"authentic": "✅ authentic", "questionable": "⚠️ worth checking",
           "suspicious": "⛔ suspicious"},
}
PLATFORM_LABELS: dict[str, str] = {"instagram": "Instagram", "tiktok": "TikTok",
                                   "youtube": "YouTube"}


# The places `retrieval.places.outside` and `without` make are named in Indonesian ("luar
# Jawa", "Jawa Timur kecuali Surabaya"); an English message names them in English.
_PLACE_FORMS = {"id": ("luar {place}", "{place} kecuali {part}"),
                "en": ("outside {place}", "{place} except {part}")}


def place_name(name: str, language: str) -> str:
    """A brief's place as a message in `language` names it."""
    outside_form, without_form = _PLACE_FORMS.get(language, _PLACE_FORMS["en"])
    if " kecuali " in name:
        place, part = name.split(" kecuali ", 1)
        return without_form.format(place=place_name(place, language),
                                   part=place_name(part, language))
    if name.startswith("luar "):
        return outside_form.format(place=name.removeprefix("luar "))
    return name
