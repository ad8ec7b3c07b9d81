"""Texts of the creator flows (/register, /myprofile, /edit, /stats, /delete), id + en."""

from __future__ import annotations

CREATOR_TEXTS: dict[str, dict[str, str]] = {
    "id": {
        "ask_platform": "Yuk daftar! Profil di platform mana? (/cancel untuk batal)",
        "ask_handle": "Username kamu di {platform}? (tanpa @)",
        "ask_display_name": "Nama yang ditampilkan? (atau /skip)",
        "ask_bio": "Ceritakan siapa kamu dan konten apa yang kamu buat (maks. 1000 karakter).",
        "ask_community": (
            "Siapa audiensmu dan apa yang mereka pedulikan? (maks. 1000 karakter, atau /skip)"
        ),
        "ask_niches": "Pilih 1–3 niche, lalu tekan ✅ Selesai.",
        "ask_city": "Kota domisilimu? (atau /skip)",
        "city_saved_as": "📍 Kusimpan sebagai <b>{city}</b>, supaya brand yang mencari di {city} "
                         "menemukanmu.",
        "city_unknown": "📍 Kota ini belum kukenal; kusimpan seperti yang kamu tulis, dan admin "
                        "akan memeriksanya.",
        "ask_country": "Negara?",
        "ask_languages": "Bahasa kontenmu? Pilih lalu ✅ Selesai.",
        "ask_followers": "Jumlah followers sekarang? (contoh: 12,5rb · 12.5k · 12500)",
        "ask_avg_likes": "Rata-rata like per post (beberapa post terakhir)?",
        "ask_avg_comments": "Rata-rata komentar per post?",
        "ask_avg_views": "Rata-rata views per video? (atau /skip)",
        "ask_posts_per_week": (
            "Berapa post per minggu? (contoh: 3, 2,5 atau 2-3x seminggu; atau /skip)"),
        "ask_rate_idr": (
            "Rate satu post bersponsor, dalam rupiah? (contoh: 750rb · 1,5 jt; atau /skip)"
        ),
        "ask_contact": (
            "Kontak untuk brand (email/WA/@username). Hanya dikirim kalau kamu menerima "
            "permintaan brand."
        ),
        "done_button": "✅ Selesai",
        "picked_typed": (
            "Dipilih: {picked}. Tambah atau hapus dengan tombol di bawah, lalu ketuk ✅ Selesai."
        ),
        "skip_hint": "Bagian ini wajib diisi.",
        "bad_handle": "Username hanya boleh huruf kecil, angka, titik dan garis bawah (1–30).",
        "handle_taken": "Username itu sudah terdaftar oleh orang lain di {platform}. Coba lagi.",
        "already_have": (
            "Kamu sudah punya profil {platform}. Pakai /edit untuk mengubahnya, atau pilih "
            "platform lain."
        ),
        "field_too_long": "Terlalu panjang: maks. {limit} karakter (sekarang {length}).",
        "empty": "Jawabannya masih kosong. Coba lagi ya.",
        "bad_count": "Aku tidak bisa membaca angka itu. Contoh: 12500, 12,5rb, 12.5k, 1,2 jt.",
        "count_range": "Angkanya harus antara 0 dan {limit}.",
        "press_a_button": (
            "Pilih salah satu tombol di atas untuk lanjut, atau /cancel untuk berhenti "
            "mengisi profil."
        ),
        "pick_below": (
            "Jawab dengan tombol di bawah ini, atau /cancel untuk berhenti mengisi profil."
        ),
        "rate_without_unit": (
            "Rp {value} untuk satu post? Rate bersponsor biasanya puluhan ribu ke atas, "
            "mungkin satuannya ketinggalan. Tulis misalnya 750rb atau 1,5 jt (0 kalau kamu "
            "menerima kerja sama tanpa bayaran)."
        ),
        "bad_contact": (
            "Itu belum terbaca sebagai kontak. Tulis email, nomor WA, atau @username, "
            "misalnya halo@contoh.com · 0812 3456 7890 · @namakamu."
        ),
        "bad_number": "Tulis angkanya, contoh: 3, 2,5 atau 2-3x seminggu.",
        "count_fraction": (
            "Jumlahnya harus bilangan bulat, tanpa koma desimal. Contoh: 12500, 12.500, 12,5rb."
        ),
        "count_ambiguous": (
            "Angka itu bisa dibaca dua cara. Tulis lengkap dengan titik per tiga angka "
            "(12.500), atau pakai rb/jt (12,5rb)."
        ),
        "posts_ambiguous": "Angka itu bisa dibaca dua cara. Tulis tanpa titik, contoh: 3 atau 2,5.",
        "implausible_engagement": (
            "{field}: {value} tidak mungkin dengan {followers} followers di {platform} (paling "
            "banyak {limit}) — cek lagi kedua angkanya, mungkin ada nol yang kelebihan"
        ),
        "need_niche": "Pilih minimal satu niche dulu.",
        "max_niches": "Maksimal 3 niche.",
        "preview": "<b>Pratinjau profilmu</b> — begini brand melihatnya:\n\n{card_html}",
        "confirm_button": "✅ Simpan",
        "edit_button": "✏️ Ubah",
        "choose_field": "Bagian mana yang mau diubah?",
        "saved": "✅ Profil tersimpan dan langsung bisa ditemukan brand.",
        "claim_pending": (
            "@{handle} di {platform} sudah ada di Jodoh (dari data publik). Untuk membuktikan "
            "akun ini milikmu, tulis kode <code>{code}</code> di bio {platform}-mu, lalu tunggu "
            "admin memeriksanya. Sampai disetujui, profil yang ada tidak diubah dan datamu "
            "disimpan terpisah. Setelah disetujui, kode boleh dihapus dari bio."
        ),
        "claim_waiting": (
            "Klaim @{handle} di {platform} masih menunggu admin. Pastikan kode "
            "<code>{code}</code> ada di bio {platform}-mu."
        ),
        "claim_approved": "✅ Klaim @{handle} disetujui: profil ini sekarang milikmu.",
        "claim_rejected": (
            "Klaim @{handle} di {platform} tidak disetujui: admin tidak menemukan kodenya di "
            "bio. Kamu bisa mencoba lagi dengan /register."
        ),
        "cancelled": "Dibatalkan. Tidak ada yang berubah.",
        "no_profile": "Kamu belum punya profil. Daftar dengan /register.",
        "register_slow_down": (
            "Sudah terlalu sering mulai pendaftaran dalam satu jam 🙏 "
            "Coba lagi {minutes} menit lagi, atau lanjutkan yang sedang berjalan."
        ),
        "choose_profile": "Profil yang mana?",
        "confirm_delete": (
            "Hapus profil @{handle} ({platform}) dari Jodoh? Ini tidak bisa dibatalkan."
        ),
        "delete_yes": "🗑 Ya, hapus",
        "delete_no": "Batal",
        "deleted": "Profil dihapus dari database dan pencarian.",
        "stats_intro": "Update angka @{handle}: jumlah followers sekarang?",
        "invalid_record": "Ada data yang belum valid: {reason}. Pilih bagian yang mau diubah.",
        "field_platform": "Platform",
        "field_handle": "Username",
        "field_display_name": "Nama",
        "field_bio": "Bio",
        "field_community": "Komunitas",
        "field_niches": "Niche",
        "field_city": "Kota",
        "field_country": "Negara",
        "field_languages": "Bahasa",
        "field_followers": "Followers",
        "field_avg_likes": "Like",
        "field_avg_comments": "Komentar",
        "field_avg_views": "Views",
        "field_posts_per_week": "Post/minggu",
        "field_rate_idr": "Rate",
        "field_contact": "Kontak",
        "contact_line": "Kontak (hanya untuk brand yang kamu terima): {contact}",
        "profile_link": "🔗 Link profilmu untuk bio (tanpa kontak): {link}",
    },
    "en": {
        "ask_platform": "Let's register! Which platform is this profile on? (/cancel to stop)",
        "ask_handle": "Your username on {platform}? (without @)",
        "ask_display_name": "Display name? (or /skip)",
        "ask_bio": "Tell brands who you are and what you post (max 1000 characters).",
        "ask_community": (
            "Who is your audience and what do they care about? (max 1000 characters, or /skip)"
        ),
        "ask_niches": "Pick 1–3 niches, then tap ✅ Done.",
        "ask_city": "Which city are you based in? (or /skip)",
        "city_saved_as": "📍 Saved as <b>{city}</b>, so brands looking in {city} find you.",
        "city_unknown": "📍 I don't know this city yet; saved as you wrote it, and an admin "
                        "will check it.",
        "ask_country": "Country?",
        "ask_languages": "Languages of your content? Pick, then ✅ Done.",
        "ask_followers": "How many followers now? (e.g. 12.5k · 12,5rb · 12500)",
        "ask_avg_likes": "Average likes per post (recent posts)?",
        "ask_avg_comments": "Average comments per post?",
        "ask_avg_views": "Average views per video? (or /skip)",
        "ask_posts_per_week": "Posts per week? (e.g. 3, 2.5 or 2-3 a week; or /skip)",
        "ask_rate_idr": (
            "Your rate for one sponsored post, in rupiah? (e.g. 750k · 1.5 jt; or /skip)"
        ),
        "ask_contact": (
            "Contact for brands (email/WhatsApp/@username). Only shared when you accept a "
            "brand's request."
        ),
        "done_button": "✅ Done",
        "picked_typed": (
            "Selected: {picked}. Add or remove with the buttons below, then tap ✅ Done."
        ),
        "skip_hint": "This one is required.",
        "bad_handle": "Usernames use lowercase letters, digits, dots and underscores (1–30).",
        "handle_taken": "That username is already registered by someone else on {platform}.",
        "already_have": (
            "You already have a {platform} profile. Use /edit to change it, or pick another "
            "platform."
        ),
        "field_too_long": "Too long: max {limit} characters (this is {length}).",
        "empty": "That answer is empty. Please try again.",
        "bad_count": "I couldn't read that number. Examples: 12500, 12.5k, 12,5rb, 1.2M.",
        "count_range": "The number must be between 0 and {limit}.",
        "press_a_button": (
            "Press one of the buttons above to go on, or /cancel to stop filling in your "
            "profile."
        ),
        "pick_below": "Answer with the buttons below, or /cancel to stop filling in your profile.",
        "rate_without_unit": (
            "Rp {value} for one post? Sponsored rates start at tens of thousands, so the unit "
            "may be missing. Write e.g. 750k or 1.5 jt (0 if you take unpaid collaborations)."
        ),
        "bad_contact": (
            "That doesn't read as a contact yet. Write an email, a WhatsApp number or an "
            "@username, e.g. hello@example.com · +62 812 3456 7890 · @yourname."
        ),
        "bad_number": "A number please, e.g. 3, 2.5 or 2-3 a week.",
        "count_fraction": "A count is a whole number, without decimals. Examples: 12500, 12,500, "
                          "12.5k.",
        "count_ambiguous": (
            "That number can be read two ways. Write it in full with commas every three digits "
            "(12,500), or with k/M (12.5k)."
        ),
        "posts_ambiguous": "That number can be read two ways. Write it without commas, e.g. 3 or "
                           "2.5.",
        "implausible_engagement": (
            "{field}: {value} isn't possible with {followers} followers on {platform} (at most "
            "{limit}) — please check both numbers, maybe there is an extra zero"
        ),
        "need_niche": "Pick at least one niche first.",
        "max_niches": "At most 3 niches.",
        "preview": "<b>Your profile preview</b> — this is what brands see:\n\n{card_html}",
        "confirm_button": "✅ Save",
        "edit_button": "✏️ Edit",
        "choose_field": "Which part do you want to change?",
        "saved": "✅ Profile saved — brands can find you right away.",
        "claim_pending": (
            "@{handle} on {platform} is already listed on Jodoh (from public data). To prove the "
            "account is yours, put the code <code>{code}</code> in your {platform} bio and wait "
            "for an admin to check it. Until then the listed profile stays as it is and your "
            "details are kept aside. Once approved, you can remove the code."
        ),
        "claim_waiting": (
            "Your claim of @{handle} on {platform} is waiting for an admin. Make sure the code "
            "<code>{code}</code> is in your {platform} bio."
        ),
        "claim_approved": "✅ Your claim of @{handle} was approved: the profile is yours now.",
        "claim_rejected": (
            "Your claim of @{handle} on {platform} was not approved: the admin did not find the "
            "code in the bio. You can try again with /register."
        ),
        "cancelled": "Cancelled. Nothing changed.",
        "no_profile": "You don't have a profile yet. Register with /register.",
        "register_slow_down": (
            "You've started registering too many times this hour 🙏 "
            "Try again in {minutes} min, or continue the one in progress."
        ),
        "choose_profile": "Which profile?",
        "confirm_delete": "Delete @{handle} ({platform}) from Jodoh? This cannot be undone.",
        "delete_yes": "🗑 Yes, delete",
        "delete_no": "Cancel",
        "deleted": "Profile deleted from the database and from search.",
        "stats_intro": "Update @{handle}'s numbers: how many followers now?",
        "invalid_record": "Something isn't valid yet: {reason}. Choose the part to change.",
        "field_platform": "Platform",
        "field_handle": "Username",
        "field_display_name": "Name",
        "field_bio": "Bio",
        "field_community": "Community",
        "field_niches": "Niches",
        "field_city": "City",
        "field_country": "Country",
        "field_languages": "Languages",
        "field_followers": "Followers",
        "field_avg_likes": "Likes",
        "field_avg_comments": "Comments",
        "field_avg_views": "Views",
        "field_posts_per_week": "Posts/week",
        "field_rate_idr": "Rate",
        "field_contact": "Contact",
        "contact_line": "Contact (only for brands you accept): {contact}",
        "profile_link": "🔗 Your profile link for your bio (no contact): {link}",
    },
}
COUNTRY_CHOICES: tuple[tuple[str, str], ...] = (
    ("ID", "🇮🇩 Indonesia"), ("MY", "🇲🇾 Malaysia"), ("SG", "🇸🇬 Singapore"),
    ("PH", "🇵🇭 Philippines"),
)
LANGUAGE_CHOICES: tuple[tuple[str, str], ...] = (
    ("id", "Bahasa Indonesia"), ("en", "English"), ("jv", "Basa Jawa"), ("su", "Basa Sunda"),
    ("ms", "Bahasa Melayu"),
)
