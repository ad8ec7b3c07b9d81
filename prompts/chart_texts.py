"""Every word drawn on a chart (bot/charts.py), per language."""

from __future__ import annotations

CHART_TEXTS: dict[str, dict[str, str]] = {
    "id": {
        "history": "Followers per bulan",
        "history_undated": "Followers, {count} catatan terakhir (bulanan)",
        "history_none": "Belum ada riwayat followers",
        "now": "kini",
        "engagement": "Engagement rate dibanding norma",
        "er": "ER",
        "norm": "norma {tier} {platform}",
        "checks": "Cek keaslian",
        "caption": "📊 @{handle}: followers per bulan, ER dibanding norma, dan cek keaslian.",
        "low_engagement": "engagement rendah",
        "engagement_pod": "engagement pod",
        "very_high_engagement": "engagement tak wajar",
        "follower_jump": "lonjakan followers",
        "few_views": "views sedikit",
        "view_farming": "view farming",
        "engagement_without_followers": "engagement tanpa followers",
    },
    "en": {
        "history": "Followers per month",
        "history_undated": "Followers, last {count} records (monthly)",
        "history_none": "No follower history yet",
        "now": "now",
        "engagement": "Engagement rate against the norm",
        "er": "ER",
        "norm": "{tier} {platform} norm",
        "checks": "Authenticity checks",
        "caption": "📊 @{handle}: followers per month, ER against the norm, authenticity checks.",
        "low_engagement": "low engagement",
        "engagement_pod": "engagement pod",
        "very_high_engagement": "unusual engagement",
        "follower_jump": "follower jump",
        "few_views": "few views",
        "view_farming": "view farming",
        "engagement_without_followers": "engagement without followers",
    },
}
