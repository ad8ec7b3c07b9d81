"""Every text the Telegram bot sends, in Indonesian and English (HTML parse mode).

Placeholders marked with `_html` in their name must be passed already escaped; everything else
is escaped by `bot.render.t`.
"""

from __future__ import annotations

BOT_TEXTS: dict[str, dict[str, str]] = {
    "id": {
        # Whom the greeting names when the user has no name (the terminal, as root).
        "nameless": "Kak",
        "welcome": (
            "Halo, {name}! 👋 Aku <b>Jodoh</b>, yang mempertemukan brand dengan "
            "micro-influencer yang audiensnya benar-benar percaya.\n\n"
            "Kamu siapa?"
        ),
        "role_brand": "🛍 Saya brand",
        "role_creator": "🎥 Saya kreator",
        "howto_brand": (
            "Ceritakan kebutuhanmu dalam satu pesan, misalnya:\n"
            "<i>cari micro-influencer skincare ramah lingkungan di Surabaya, budget 2 jt/post</i>"
            "\n\nSetelah hasil muncul, kamu bisa mempersempit: <i>yang di Bandung saja</i>, "
            "<i>only TikTok</i>, <i>di bawah 20rb followers</i>.\n"
            "/shortlist — kreator yang kamu simpan · /language — ganti bahasa"
        ),
        "empty_brief": (
            "Produk apa yang mau dipromosikan, dan ke siapa? Ceritakan dalam satu pesan, misalnya:"
            "\n<i>cari KOL skincare kulit berminyak di Surabaya, budget 1 jt/post</i>"
        ),
        "howto_creator": (
            "Daftarkan profilmu dengan /register: aku tanya satu per satu (platform, username, "
            "kontenmu, kota, angka-angkamu), dan /cancel menghentikannya kapan saja. Setelah "
            "itu /myprofile menampilkan profilmu seperti brand melihatnya dan /edit "
            "mengubahnya.{proof} Brand hanya melihat kontakmu kalau kamu menerima permintaan "
            "mereka."
        ),
        "howto_creator_proof": " {commands} membuktikan angkamu langsung dari platformnya.",
        "help_creator_hint": "Kamu kreator? /register mendaftarkan profilmu.",
        "or": "atau",
        "cmd_start": "Mulai: pilih peran dan bahasa",
        "cmd_shortlist": "Kreator yang kamu simpan (ekspor CSV)",
        "cmd_language": "Ganti bahasa",
        "cmd_help": "Cara pakai Jodoh",
        "cmd_register": "Daftarkan profil kreatormu",
        "cmd_myprofile": "Lihat profilmu seperti brand melihatnya",
        "cmd_edit": "Ubah profilmu",
        "cmd_stats": "Perbarui angka followers dan engagement",
        "cmd_updatestats": "Perbarui angka bulan ini",
        "cmd_verify": "Verifikasi YouTube/Instagram-mu (kode)",
        "cmd_connect": "Hubungkan Instagram/TikTok-mu (login)",
        "cmd_disconnect": "Putuskan login Instagram/TikTok",
        "cmd_delete": "Hapus profilmu",
        "cmd_import": "Impor kreator (admin)",
        "cmd_reindex": "Bangun ulang indeks pencarian (admin)",
        "cmd_claims": "Klaim profil yang menunggu (admin)",
        "bot_description": (
            "Jodoh mempertemukan brand dengan micro-influencer yang autentik. Brand: tulis "
            "brief seperti chat biasa (\"cari yg review pasir kucing di sby, budget 500rb\"), "
            "Jodoh carikan kreator yang cocok, lengkap dengan angka aslinya. Kreator: daftar "
            "dengan /register dan putuskan sendiri siapa yang boleh menghubungimu."
        ),
        "bot_short_description": (
            "Cari micro-influencer yang cocok untuk brand-mu, cukup lewat chat."),
        "language_prompt": "Pilih bahasa:",
        "language_set": "Bahasa diganti ke Bahasa Indonesia 🇮🇩",
        "searching": "🔎 Mencari kreator yang cocok…",
        "results_page": "Hasil {first}–{last}:",
        "results_legend": (
            "<i>Tombol bernomor: ❓ detail & 👍/👎 · ⭐ simpan · ✉️ minta kontak · "
            "🔁 yang mirip</i>"
        ),
        "fit_none": (
            "⚠️ Belum ada kreator yang memenuhi semua kriteria. Ini yang paling mendekati; "
            "tiap kartu menyebut apa yang tidak terpenuhi."
        ),
        "fit_few": (
            "⚠️ Hanya {count} kreator yang memenuhi semua kriteria; sisanya yang paling "
            "mendekati, dan tiap kartu menyebut apa yang tidak terpenuhi."
        ),
        "no_results": (
            "Belum ada kreator yang cocok. Coba longgarkan syaratnya (kota, followers, budget) "
            "atau jelaskan produknya dengan kata lain."
        ),
        "understood": "Yang kutangkap: {summary_html}",
        "refined": "Brief sebelumnya diubah: {summary_html}",
        "refined_same": "Brief sebelumnya tetap sama: {summary_html}",
        "like_header": "Kreator yang mirip @{handle} ({platform}): {summary_html}",
        "like_unknown": "Belum ada kreator @{handle} di Jodoh. Cek lagi ejaan handle-nya ya.",
        "summary_niches": "niche {value}",
        "summary_excluded_niches": "bukan {value}",
        "summary_any_content": "konten apa saja",
        "summary_audience": "pengikutnya «{value}»",
        "summary_places": "lokasi {value}",
        "summary_fallback_places": "kalau tidak ada: {value}",
        "summary_platforms": "platform {value}",
        "summary_followers": "followers {value}",
        "summary_budget": "budget ≤ {value}/post",
        "summary_none": "tanpa syarat khusus",
        "card": (
            "<b>{rank}{name}</b> (@{handle})\n"
            "{platform} · {city} · {followers} followers · {verified}\n"
            "ER {er} (norma {tier}: {norm}) · {verdict}\n"
            "Rate: {rate}\n\n{explanation_html}"
        ),
        "card_short": (
            "<b>{rank}. {name}</b> (@{handle}) · {platform} · {city} · {verified}\n"
            "{followers} followers · ER {er} (norma {tier} {norm}) · {verdict} · {rate}\n"
            "{reason_html}"
        ),
        "rate_short": "{rate}/post",
        "rate_short_unknown": "rate belum ada",
        "verified": "✓ terverifikasi · sinkron {ago}",
        "verified_stale": "✓ terverifikasi · sinkron {ago}, sudah lama",
        "self_reported": "dilaporkan sendiri",
        "verify_unavailable": (
            "Verifikasi belum tersedia di Jodoh ini (belum ada kunci API "
            "YouTube atau akun Business Discovery Instagram)."
        ),
        "verify_unavailable_now": (
            "Verifikasi sedang tidak bisa dilakukan. Admin sudah diberi "
            "tahu; coba lagi besok."
        ),
        "verify_try_later": (
            "{platform} sedang tidak bisa dihubungi. Coba tekan ✅ Cek lagi "
            "sebentar lagi."
        ),
        "verify_no_profile": (
            "Verifikasi dengan kode tersedia untuk profil {platforms}. Daftarkan profilnya dulu "
            "dengan /register (TikTok: pakai /connect)."
        ),
        "verify_need_channel": (
            "Kirim channel id-mu: /verify UC… (24 karakter, ada di YouTube Studio → Setelan → "
            "Channel → Setelan lanjutan)."
        ),
        "verify_code_instagram": (
            "Tambahkan kode <code>{code}</code> di bio Instagram @{channel} (akun profesional), "
            "simpan, lalu tekan ✅ Cek. Kode berlaku 24 jam; setelah terverifikasi boleh dihapus."
        ),
        "verify_code": (
            "Tambahkan kode <code>{code}</code> di deskripsi channel {channel}, simpan, lalu "
            "tekan ✅ Cek. Kode berlaku 24 jam; setelah terverifikasi boleh dihapus."
        ),
        "btn_verify_check": "✅ Cek",
        "connect_unavailable": "Login Instagram/TikTok belum tersedia di Jodoh ini.",
        "connect_no_profile": "Daftarkan dulu profil {platforms}-mu dengan /register.",
        "connect_link": (
            "Masuk ke akunmu lewat tombol di bawah (Instagram: akun profesional). Jodoh hanya "
            "membaca jumlah followers dan engagement; tautannya berlaku 30 menit."
        ),
        "btn_connect": "🔐 Masuk dengan {platform}",
        "disconnected": "{platforms} diputus; tokennya sudah dihapus. Angka terakhir tetap tampil.",
        "connect_verified": (
            "✓ {platform} @{username} terhubung: {followers} followers "
            "terverifikasi."
        ),
        "connect_wrong_account": (
            "Kamu masuk sebagai @{username}, bukan akun profil ini. Coba /connect lagi dengan "
            "akun yang benar."
        ),
        "connect_hidden": "{platform} @{username} terhubung, tapi jumlah followers tidak tersedia.",
        "connect_refused": "Angka dari {platform} tidak lolos pemeriksaan profil; tidak diubah.",
        "connect_expired": "Tautan login sudah tidak berlaku. Ketik /connect untuk yang baru.",
        "connect_page_done": "Beres! Kembali ke Telegram: Jodoh sudah mengirim hasilnya.",
        "connect_page_failed": (
            "Login tidak bisa diselesaikan. Kembali ke Telegram dan coba "
            "/connect lagi."
        ),
        "verify_checking": "Mengecek channel…",
        "verify_expired": "Kodenya sudah tidak berlaku. Ketik /verify untuk kode baru.",
        "verify_verified_instagram": (
            "✓ Instagram @{channel} terverifikasi: {followers} followers. Angkamu sekarang tampil "
            "sebagai terverifikasi dan diperbarui otomatis. Kode {code} boleh dihapus dari bio."
        ),
        "verify_verified": (
            "✓ Channel terverifikasi: {followers} subscribers. Angkamu sekarang tampil sebagai "
            "terverifikasi dan diperbarui otomatis. Kode {code} boleh dihapus dari deskripsi."
        ),
        "verify_not_found_instagram": (
            "Akun Instagram @{channel} tidak bisa dibaca: bukan akun profesional (bisnis/kreator), "
            "atau namanya berubah. Ubah ke akun profesional di setelan Instagram, lalu cek lagi."
        ),
        "verify_not_found": "Channel itu tidak ditemukan (salah id, privat, atau dihapus).",
        "verify_code_missing_instagram": (
            "Kode {code} belum ada di bio Instagram @{channel}. Perubahan bio kadang butuh "
            "beberapa menit; tekan ✅ Cek lagi nanti."
        ),
        "verify_code_missing": (
            "Kode {code} belum ada di deskripsi channel. Perubahan deskripsi kadang butuh "
            "beberapa menit; tekan ✅ Cek lagi nanti."
        ),
        "verify_hidden": (
            "Channel-mu terbukti, tapi jumlah subscriber-nya disembunyikan, jadi tidak ada angka "
            "yang bisa diverifikasi. Tampilkan jumlah subscriber di YouTube Studio, lalu cek lagi."
        ),
        "verify_refused": (
            "Angka dari {platform} tidak lolos pemeriksaan profil; angkamu "
            "tidak diubah."
        ),
        "refresh_key_rejected": (
            "⚠️ {platform} menolak {setting}: angka terverifikasi tidak diperbarui. "
            "Cek kuncinya, lalu jalankan jodoh refresh."
        ),
        "refresh_failed": (
            "⚠️ {platform} tidak bisa dihubungi saat pembaruan harian; angka tersimpan tetap, "
            "dicoba lagi besok."
        ),
        "login_revoked": (
            "Login {platform} untuk @{handle} sudah tidak berlaku (dicabut atau kedaluwarsa). "
            "Angka terakhir tetap tampil; ketik /connect untuk menyambung lagi."
        ),
        "refresh_quota": (
            "⚠️ Kuota {platform} habis sebelum semua kreator diperbarui; sisanya "
            "diperbarui pada jadwal berikutnya."
        ),
        "ago_today": "hari ini",
        "ago_yesterday": "kemarin",
        "ago_days": "{days} hari lalu",
        "rate_unknown": "belum dicantumkan",
        "btn_more": "➕ Hasil berikutnya",
        "btn_drop": "✖ {field}",
        "btn_change": "✏️ {field}",
        "ask_change_city": (
            "Kreatornya di kota mana? Tulis saja, misalnya: Bandung, "
            "atau jogja atau solo."
        ),
        "ask_change_platform": "Platform apa? Tulis saja, misalnya: TikTok, atau bukan YouTube.",
        "ask_change_followers": (
            "Berapa followers-nya? Tulis saja, misalnya: 10rb-50rb, atau "
            "minimal 5rb."
        ),
        "ask_change_budget": "Budget per post berapa? Tulis saja, misalnya: 750rb, atau maks 2 jt.",
        "change_unreadable": (
            "Belum kebaca {field} dari “{typed}”. Tekan ✏️ {field} lagi untuk mencoba, "
            "atau kirim brief baru."
        ),
        "field_city": "lokasi",
        "field_platform": "platform",
        "field_followers": "followers",
        "field_budget": "budget",
        "results_cap": "Sudah {limit} kreator untuk brief ini. Coba perjelas brief-nya ya.",
        "btn_shortlist": "⭐ Simpan",
        "btn_up": "👍",
        "btn_down": "👎",
        "btn_contact": "✉️ Minta kontak",
        "btn_why": "❓ Kenapa dia?",
        "why": "{details}",
        "no_more": "Itu semua hasil untuk brief ini.",
        "brief_expired": "Brief ini sudah kedaluwarsa. Kirim brief baru ya.",
        "shortlisted": "⭐ Disimpan ke shortlist.",
        "already_shortlisted": "Sudah ada di shortlist.",
        "feedback_thanks": "Terima kasih, masukanmu dipakai untuk memperbaiki hasil.",
        "shortlist_empty": "Shortlist-mu masih kosong. Tekan ⭐ di kartu kreator untuk menyimpan.",
        "shortlist_header": "<b>Shortlist kamu</b> ({count} kreator):",
        "shortlist_page": "Halaman {page} dari {pages}",
        "btn_previous": "◀️ Sebelumnya",
        "btn_next": "Berikutnya ▶️",
        "shortlist_full": "Shortlist sudah penuh ({limit} kreator). Ekspor lalu kosongkan dulu ya.",
        "shortlist_item": "• {name} (@{handle}) — {platform}, {city}, {followers} followers",
        "btn_export": "📄 Ekspor CSV",
        "btn_clear": "🗑 Kosongkan",
        "shortlist_cleared": "Shortlist dikosongkan ({count} dihapus).",
        "contact_sent": (
            "✉️ Permintaan kontak dikirim ke @{handle}. Kontaknya hanya akan kamu terima kalau "
            "kreatornya menerima."
        ),
        "contact_unreachable": (
            "@{handle} belum terhubung dengan bot ini. Permintaanmu disimpan dan diteruskan "
            "begitu kreatornya mendaftar di Jodoh; kontaknya baru kamu terima kalau dia "
            "menerima."
        ),
        "contact_request_to_creator": (
            "📩 Sebuah brand ingin bekerja sama denganmu (@{handle}). Brief mereka:\n\n"
            "<blockquote>{brief}</blockquote>\n\nBagikan kontakmu ke brand ini?"
        ),
        "btn_accept": "✅ Terima",
        "btn_decline": "❌ Tolak",
        "contact_open": "Permintaanmu ke @{handle} masih menunggu jawaban. Sabar ya 🙏",
        "contact_accepted": (
            "@{handle} sudah menerima permintaanmu; kontaknya ada di pesan sebelumnya."
        ),
        "contact_cooldown": (
            "@{handle} menolak permintaanmu. Kamu bisa bertanya lagi mulai {until}."
        ),
        "contact_limit": (
            "Batas {limit} permintaan kontak per hari sudah tercapai. Coba lagi besok ya."
        ),
        "contact_accepted_creator": "Kontakmu sudah dikirim ke brand tersebut.",
        "contact_declined_creator": "Permintaan ditolak. Brand tidak menerima kontakmu.",
        "contact_accepted_brand": "✅ @{handle} menerima permintaanmu. Kontak: {contact}",
        "contact_declined_brand": "@{handle} menolak permintaan kontak kali ini.",
        "not_yours": "Tombol ini bukan untukmu.",
        "too_long": "Pesannya terlalu panjang (maks. {limit} karakter). Ringkas briefnya ya.",
        "unknown_command": "Perintah itu tidak kukenal. Coba /start atau /help.",
        "nothing_in_progress": (
            "Tidak ada yang sedang diisi, jadi tidak ada yang dibatalkan atau dilewati. Ketik "
            "brief-mu, atau /help."
        ),
        "unsupported": (
            "Aku hanya bisa membaca pesan teks. Ketik brief kampanyemu, atau /help."
        ),
        "old_button": "Tombol ini sudah tidak berlaku. Kirim brief baru ya.",
        "edited": "Pesan yang diedit tidak diproses ulang. Kirim sebagai pesan baru ya.",
        "db_busy": (
            "Maaf, penyimpanan data kami sedang sibuk atau tidak terjangkau. Tidak ada yang "
            "hilang; coba kirim lagi sebentar lagi ya."
        ),
        "slow_down": (
            "Pelan-pelan ya 🙏 Terlalu banyak brief dalam semenit. Coba lagi {seconds} detik lagi."
        ),
        "error": "Maaf, ada yang salah di sisi kami. Coba lagi sebentar lagi.",
        "busy": "Sebentar, brief sebelumnya masih diproses…",
        "note_degraded": "ℹ️ Indeks pencarian sedang diperbaiki; hasil ini berdasarkan kata kunci.",
        "admin_only": "Maaf, perintah ini khusus admin.",
        "claims_none": "Tidak ada klaim yang menunggu.",
        "claim_item": (
            "<b>Klaim #{claim_id}</b>: @{handle} di {platform}\n"
            "Kode yang harus ada di bio: <code>{code}</code>\n"
            "Pengklaim: {name} (Telegram {claimer})"
        ),
        "btn_approve": "✅ Setujui",
        "btn_reject": "❌ Tolak",
        "claim_decided": "Klaim #{claim_id} ({handle}): {outcome}.",
        "claim_outcome_approved": "disetujui",
        "claim_outcome_rejected": "ditolak",
        "claim_gone": "Klaim ini sudah diputuskan atau tidak ada.",
        "creator_gone": "Kreator ini sudah tidak ada di Jodoh.",
        "link_gone": "Link ini sudah tidak berlaku atau salah ketik.",
        "link_card": (
            "{card_html}\n\n<i>Dibagikan lewat Jodoh. Mau yang mirip? Ketik: mirip @{handle}</i>"
        ),
        "link_shortlist_header": "📋 Shortlist yang dibagikan (hanya baca):",
        "link_shortlist_empty": "Shortlist ini sedang kosong.",
        "btn_share": "🔗 Bagikan",
        "inline_hint": "Tulis brief-nya, misalnya: skincare di Surabaya",
        "inline_slow": "Terlalu cepat, coba lagi {seconds} detik lagi",
        "inline_none": "Belum ada kreator yang cocok, buka Jodoh",
        "inline_open": "Buka di Jodoh",
        "btn_share_shortlist": "🔗 Bagikan ke tim (hanya baca)",
        "claim_conflict": "Handle ini sudah dimiliki orang lain; klaim tetap menunggu.",
        "reindex_started": "🔄 Membangun ulang indeks… 0/{total}",
        "reindex_progress": "🔄 Membangun ulang indeks… {done}/{total}",
        "reindex_done": "✅ Indeks selesai dibangun ulang: {count} kreator ({seconds} detik).",
        "reindex_running": "Reindex sedang berjalan. Tunggu sampai selesai ya.",
        "reindex_failed": "❌ Reindex gagal; indeks lama tetap dipakai. Detail ada di log.",
        "import_howto": "Kirim file .csv atau .jsonl (format kontrak, maks. {limit} MB).",
        "import_too_big": "File terlalu besar ({size} MB). Maksimal {limit} MB.",
        "import_wrong_type": "Hanya file .csv atau .jsonl yang bisa diimpor.",
        "import_bad_file": "File tidak bisa dibaca: {reason}",
        "import_working": "📥 Mengimpor {count} baris…",
        "import_done": (
            "✅ Impor selesai: {created} baru, {updated} diperbarui, {unchanged} tidak berubah, "
            "{kept} dikelola kreatornya sendiri (tidak ditimpa), {rejected} ditolak."
        ),
        "import_rejected_line": "• baris {line}: {reason}",
        "import_more_rejected": "…dan {count} lagi.",
        "admin_stats": (
            "<b>Statistik Jodoh</b>\nKreator: {creators} (terindeks: {indexed})\n"
            "Pencarian hari ini: {searches}\nReindex terakhir: {last}\n"
            "Indeks sinkron dengan database: {sync}\n\n"
            "<b>Platform</b>: {platforms}\n<b>Niche</b>: {niches}\n<b>Kota</b>: {cities}\n"
            "<b>Kota tak dikenal</b> (periksa ejaannya): {unknown}"
        ),
    },
    "en": {
        "nameless": "there",
        "welcome": (
            "Hi {name}! 👋 I'm <b>Jodoh</b>: I match brands with micro-influencers whose "
            "audiences really trust them.\n\nWho are you?"
        ),
        "role_brand": "🛍 I'm a brand",
        "role_creator": "🎥 I'm a creator",
        "howto_brand": (
            "Describe what you need in one message, for example:\n"
            "<i>eco-friendly skincare micro-influencers in Surabaya, budget Rp 2 jt/post</i>"
            "\n\nThen narrow it down: <i>only in Bandung</i>, <i>only TikTok</i>, "
            "<i>under 20k followers</i>.\n"
            "/shortlist — creators you saved · /language — change language"
        ),
        "empty_brief": (
            "What would you like to promote, and to whom? Tell me in one message, for example:"
            "\n<i>skincare creators for oily skin in Surabaya, budget Rp 1 jt/post</i>"
        ),
        "howto_creator": (
            "Register your profile with /register: I ask one thing at a time (platform, "
            "username, what you post, city, your numbers), and /cancel stops it at any point. "
            "Then /myprofile shows your profile as brands see it and /edit changes it.{proof} "
            "Brands only see your contact if you accept their request."
        ),
        "howto_creator_proof": " {commands} proves your numbers straight from the platform.",
        "help_creator_hint": "Are you a creator? /register adds your profile.",
        "or": "or",
        "cmd_start": "Start: choose your role and language",
        "cmd_shortlist": "Creators you saved (CSV export)",
        "cmd_language": "Change the language",
        "cmd_help": "How to use Jodoh",
        "cmd_register": "Register your creator profile",
        "cmd_myprofile": "See your profile as brands see it",
        "cmd_edit": "Edit your profile",
        "cmd_stats": "Update your follower and engagement numbers",
        "cmd_updatestats": "Update this month's numbers",
        "cmd_verify": "Verify your YouTube/Instagram (code)",
        "cmd_connect": "Connect your Instagram/TikTok (login)",
        "cmd_disconnect": "Disconnect Instagram/TikTok login",
        "cmd_delete": "Delete your profile",
        "cmd_import": "Import creators (admin)",
        "cmd_reindex": "Rebuild the search index (admin)",
        "cmd_claims": "Pending profile claims (admin)",
        "bot_description": (
            "Jodoh matches brands with authentic micro-influencers. Brands: write a brief the "
            "way you would chat (\"creators who review cat litter in Surabaya, budget 500k\") "
            "and get matching creators with their real numbers. Creators: register with "
            "/register and decide who may contact you."
        ),
        "bot_short_description": (
            "Find the right micro-influencers for your brand, just by chatting."),
        "language_prompt": "Choose a language:",
        "language_set": "Language set to English 🇬🇧",
        "searching": "🔎 Looking for matching creators…",
        "fit_none": (
            "⚠️ No creator meets every requirement yet. These are the closest; each card "
            "says what it misses."
        ),
        "fit_few": (
            "⚠️ Only {count} of these meet every requirement; the rest are the closest, and "
            "each card says what it misses."
        ),
        "no_results": (
            "No matching creators yet. Try relaxing the requirements (city, followers, budget) "
            "or describe the product in other words."
        ),
        "results_page": "Results {first}–{last}:",
        "results_legend": (
            "<i>Numbered buttons: ❓ details & 👍/👎 · ⭐ save · ✉️ request contact · "
            "🔁 more like this</i>"
        ),
        "understood": "What I understood: {summary_html}",
        "refined": "Changed your previous brief: {summary_html}",
        "refined_same": "Your previous brief is unchanged: {summary_html}",
        "like_header": "Creators like @{handle} ({platform}): {summary_html}",
        "like_unknown": "There is no creator @{handle} on Jodoh yet. Check the handle's spelling.",
        "summary_niches": "niche {value}",
        "summary_excluded_niches": "not {value}",
        "summary_any_content": "any content",
        "summary_audience": "followed by «{value}»",
        "summary_places": "location {value}",
        "summary_fallback_places": "if nobody there: {value}",
        "summary_platforms": "platform {value}",
        "summary_followers": "followers {value}",
        "summary_budget": "budget ≤ {value}/post",
        "summary_none": "no specific requirements",
        "card": (
            "<b>{rank}{name}</b> (@{handle})\n"
            "{platform} · {city} · {followers} followers · {verified}\n"
            "ER {er} ({tier} norm: {norm}) · {verdict}\n"
            "Rate: {rate}\n\n{explanation_html}"
        ),
        "card_short": (
            "<b>{rank}. {name}</b> (@{handle}) · {platform} · {city} · {verified}\n"
            "{followers} followers · ER {er} ({tier} norm {norm}) · {verdict} · {rate}\n"
            "{reason_html}"
        ),
        "rate_short": "{rate}/post",
        "rate_short_unknown": "no rate yet",
        "verified": "✓ verified · synced {ago}",
        "verified_stale": "✓ verified · synced {ago}, out of date",
        "self_reported": "self-reported",
        "verify_unavailable": (
            "Verification is not available on this Jodoh (no YouTube API key or Instagram "
            "Business Discovery account)."
        ),
        "verify_unavailable_now": (
            "Verification cannot run right now. The admins know; try again "
            "tomorrow."
        ),
        "verify_try_later": (
            "{platform} cannot be reached right now. Tap ✅ Check again in a moment."
        ),
        "verify_no_profile": (
            "Verification by code is available for {platforms} profiles. Register the profile "
            "first with /register (TikTok: use /connect)."
        ),
        "verify_need_channel": (
            "Send your channel id: /verify UC… (24 characters, in YouTube Studio → Settings → "
            "Channel → Advanced settings)."
        ),
        "verify_code_instagram": (
            "Add the code <code>{code}</code> to the bio of Instagram @{channel} (professional "
            "account), save, then tap ✅ Check. The code is valid for 24 hours; remove it once "
            "verified."
        ),
        "verify_code": (
            "Add the code <code>{code}</code> to the description of channel {channel}, save, "
            "then tap ✅ Check. The code is valid for 24 hours; remove it once verified."
        ),
        "btn_verify_check": "✅ Check",
        "connect_unavailable": "Instagram/TikTok login is not available on this Jodoh.",
        "connect_no_profile": "Register your {platforms} profile first with /register.",
        "connect_link": (
            "Log in to your account with a button below (Instagram: professional accounts). "
            "Jodoh only reads your follower and engagement numbers; the link is valid for 30 "
            "minutes."
        ),
        "btn_connect": "🔐 Log in with {platform}",
        "disconnected": "{platforms} disconnected; the token was deleted. The last numbers stay.",
        "connect_verified": "✓ {platform} @{username} connected: {followers} followers verified.",
        "connect_wrong_account": (
            "You logged in as @{username}, not this profile's account. Try /connect again "
            "with the right one."
        ),
        "connect_hidden": "{platform} @{username} connected, but no follower count is available.",
        "connect_refused": "{platform}'s numbers failed the profile checks; nothing changed.",
        "connect_expired": "The login link has expired. Type /connect for a new one.",
        "connect_page_done": "Done! Back to Telegram: Jodoh has sent you the result.",
        "connect_page_failed": (
            "The login could not be completed. Go back to Telegram and try "
            "/connect again."
        ),
        "verify_checking": "Checking the channel…",
        "verify_expired": "The code has expired. Type /verify for a new one.",
        "verify_verified_instagram": (
            "✓ Instagram @{channel} verified: {followers} followers. Your numbers now show as "
            "verified and refresh automatically. You can remove {code} from the bio."
        ),
        "verify_verified": (
            "✓ Channel verified: {followers} subscribers. Your numbers now show as verified and "
            "refresh automatically. You can remove {code} from the description."
        ),
        "verify_not_found_instagram": (
            "Instagram @{channel} cannot be read: it is not a professional (business/creator) "
            "account, or it was renamed. Switch to a professional account, then check again."
        ),
        "verify_not_found": "That channel was not found (wrong id, private or deleted).",
        "verify_code_missing_instagram": (
            "The code {code} is not in the bio of Instagram @{channel} yet. Bio changes can take "
            "a few minutes; tap ✅ Check again later."
        ),
        "verify_code_missing": (
            "The code {code} is not in the channel description yet. Description changes can take "
            "a few minutes; tap ✅ Check again later."
        ),
        "verify_hidden": (
            "The channel is yours, but its subscriber count is hidden, so there is no number to "
            "verify. Show the count in YouTube Studio, then check again."
        ),
        "verify_refused": (
            "{platform}'s numbers failed the profile checks; your numbers are "
            "unchanged."
        ),
        "refresh_key_rejected": (
            "⚠️ {platform} rejected {setting}: verified numbers were not refreshed. "
            "Check the key, then run jodoh refresh."
        ),
        "refresh_failed": (
            "⚠️ {platform} could not be reached during the daily refresh; stored numbers stay, "
            "it is tried again tomorrow."
        ),
        "login_revoked": (
            "The {platform} login for @{handle} no longer works (revoked or expired). The last "
            "numbers stay; type /connect to connect again."
        ),
        "refresh_quota": (
            "⚠️ The {platform} quota ran out before every creator was refreshed; the rest "
            "follow at the next run."
        ),
        "ago_today": "today",
        "ago_yesterday": "yesterday",
        "ago_days": "{days} days ago",
        "rate_unknown": "not published",
        "btn_more": "➕ More results",
        "btn_drop": "✖ {field}",
        "btn_change": "✏️ {field}",
        "ask_change_city": (
            "Which city should the creators be in? Just type it, e.g. "
            "Bandung, or Jogja or Solo."
        ),
        "ask_change_platform": "Which platform? Just type it, e.g. TikTok, or not YouTube.",
        "ask_change_followers": "How many followers? Just type it, e.g. 10k-50k, or at least 5k.",
        "ask_change_budget": "What budget per post? Just type it, e.g. IDR 750k, or max 2M.",
        "change_unreadable": (
            "I couldn't read a {field} from “{typed}”. Tap ✏️ {field} again to retry, "
            "or send a new brief."
        ),
        "field_city": "location",
        "field_platform": "platform",
        "field_followers": "followers",
        "field_budget": "budget",
        "results_cap": "That's {limit} creators for this brief. Try a more specific brief.",
        "btn_shortlist": "⭐ Save",
        "btn_up": "👍",
        "btn_down": "👎",
        "btn_contact": "✉️ Request contact",
        "btn_why": "❓ Why this creator?",
        "why": "{details}",
        "no_more": "That's every result for this brief.",
        "brief_expired": "This brief has expired. Please send a new one.",
        "shortlisted": "⭐ Saved to your shortlist.",
        "already_shortlisted": "Already in your shortlist.",
        "feedback_thanks": "Thanks, your feedback helps improve the matches.",
        "shortlist_empty": "Your shortlist is empty. Tap ⭐ on a creator card to save one.",
        "shortlist_header": "<b>Your shortlist</b> ({count} creators):",
        "shortlist_page": "Page {page} of {pages}",
        "btn_previous": "◀️ Previous",
        "btn_next": "Next ▶️",
        "shortlist_full": "Your shortlist is full ({limit} creators). Export and clear it first.",
        "shortlist_item": "• {name} (@{handle}) — {platform}, {city}, {followers} followers",
        "btn_export": "📄 Export CSV",
        "btn_clear": "🗑 Clear",
        "shortlist_cleared": "Shortlist cleared ({count} removed).",
        "contact_sent": (
            "✉️ Contact request sent to @{handle}. You'll only get their contact if they accept."
        ),
        "contact_unreachable": (
            "@{handle} hasn't connected to this bot yet. Your request is saved and delivered "
            "when they register on Jodoh; you only get their contact if they accept."
        ),
        "contact_request_to_creator": (
            "📩 A brand would like to work with you (@{handle}). Their brief:\n\n"
            "<blockquote>{brief}</blockquote>\n\nShare your contact with this brand?"
        ),
        "btn_accept": "✅ Accept",
        "btn_decline": "❌ Decline",
        "contact_open": "Your request to @{handle} is still waiting for an answer.",
        "contact_accepted": "@{handle} already accepted; their contact is in an earlier message.",
        "contact_cooldown": "@{handle} declined your request. You can ask again from {until}.",
        "contact_limit": "You have reached {limit} contact requests today. Please try tomorrow.",
        "contact_accepted_creator": "Your contact was sent to the brand.",
        "contact_declined_creator": "Declined. The brand does not get your contact.",
        "contact_accepted_brand": "✅ @{handle} accepted your request. Contact: {contact}",
        "contact_declined_brand": "@{handle} declined the contact request this time.",
        "not_yours": "This button isn't for you.",
        "too_long": "That message is too long (max {limit} characters). Please shorten the brief.",
        "unknown_command": "I don't know that command. Try /start or /help.",
        "nothing_in_progress": (
            "Nothing is being filled in, so there is nothing to cancel or skip. Type a brief, "
            "or /help."
        ),
        "unsupported": "I can only read text messages. Type your campaign brief, or /help.",
        "old_button": "This button has expired. Please send a new brief.",
        "edited": "Edited messages aren't processed again. Please send it as a new message.",
        "db_busy": (
            "Sorry, our data store is busy or unreachable right now. Nothing was lost; "
            "please send that again in a moment."
        ),
        "slow_down": "Easy there 🙏 Too many briefs in a minute. Try again in {seconds} s.",
        "error": "Sorry, something went wrong on our side. Please try again in a moment.",
        "busy": "One moment, your previous brief is still being processed…",
        "note_degraded": "ℹ️ The search index is being repaired; these results use keywords only.",
        "admin_only": "Sorry, this command is for admins only.",
        "claims_none": "No claims are waiting.",
        "claim_item": (
            "<b>Claim #{claim_id}</b>: @{handle} on {platform}\n"
            "Code that must be in the bio: <code>{code}</code>\n"
            "Claimed by: {name} (Telegram {claimer})"
        ),
        "btn_approve": "✅ Approve",
        "btn_reject": "❌ Reject",
        "claim_decided": "Claim #{claim_id} ({handle}): {outcome}.",
        "claim_outcome_approved": "approved",
        "claim_outcome_rejected": "rejected",
        "claim_gone": "This claim was already decided or does not exist.",
        "creator_gone": "This creator is no longer on Jodoh.",
        "link_gone": "This link is no longer valid, or it was mistyped.",
        "link_card": (
            "{card_html}\n\n<i>Shared through Jodoh. Want similar creators? "
            "Type: like @{handle}</i>"
        ),
        "link_shortlist_header": "📋 A shared shortlist (read-only):",
        "link_shortlist_empty": "This shortlist is empty right now.",
        "btn_share": "🔗 Share",
        "inline_hint": "Type a brief, e.g. skincare creators in Surabaya",
        "inline_slow": "Too fast, try again in {seconds} s",
        "inline_none": "No matching creators yet, open Jodoh",
        "inline_open": "Open in Jodoh",
        "btn_share_shortlist": "🔗 Share with your team (read-only)",
        "claim_conflict": "Someone else owns this handle by now; the claim stays pending.",
        "reindex_started": "🔄 Rebuilding the index… 0/{total}",
        "reindex_progress": "🔄 Rebuilding the index… {done}/{total}",
        "reindex_done": "✅ Index rebuilt: {count} creators ({seconds} s).",
        "reindex_running": "A reindex is already running. Please wait for it to finish.",
        "reindex_failed": "❌ Reindex failed; the old index stays in use. Details are in the log.",
        "import_howto": "Send a .csv or .jsonl file (contract format, max {limit} MB).",
        "import_too_big": "That file is too big ({size} MB). The limit is {limit} MB.",
        "import_wrong_type": "Only .csv or .jsonl files can be imported.",
        "import_bad_file": "The file can't be read: {reason}",
        "import_working": "📥 Importing {count} rows…",
        "import_done": (
            "✅ Import finished: {created} new, {updated} updated, {unchanged} unchanged, "
            "{kept} maintained by their creators (not overwritten), {rejected} rejected."
        ),
        "import_rejected_line": "• line {line}: {reason}",
        "import_more_rejected": "…and {count} more.",
        "admin_stats": (
            "<b>Jodoh statistics</b>\nCreators: {creators} (indexed: {indexed})\n"
            "Searches today: {searches}\nLast reindex: {last}\n"
            "Index in sync with the database: {sync}\n\n"
            "<b>Platforms</b>: {platforms}\n<b>Niches</b>: {niches}\n<b>Cities</b>: {cities}\n"
            "<b>Unknown cities</b> (check the spelling): {unknown}"
        ),
    },
}
LANGUAGE_NAMES: dict[str, str] = {"id": "🇮🇩 Bahasa Indonesia", "en": "🇬🇧 English"}
