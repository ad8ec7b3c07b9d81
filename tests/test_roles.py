"""Every number and place in a brief gets a role from its context; "not a constraint" unless
the context says the creator's place, size or price."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from jodoh.briefs import change, relax, stated_constraints
from jodoh.service import JodohService
from retrieval.brief_parser import merge_refinement, parse_brief
from retrieval.number_words import spell_out_digits
from retrieval.places import PROVINCES, canonical_city, is_known_city, suggest_city
from storage.records import CreatorRecord
from tests.conftest import creator_row


@pytest.mark.parametrize(("brief", "cities"), [
    # The brand's own town, its warehouse, shipping area, an origin, a trip: not the creator's.
    ("Kami roastery kecil di Medan, jual beans Gayo. Cari home brewer buat review.", []),
    ("Gudang kami di Cikarang Bekasi, kirim ke seluruh Indonesia. Cari kreator dapur.", []),
    ("We're a Bandung-based candle brand looking for cozy home creators.", []),
    ("Handmade in Jogja leather wallets, looking for EDC reviewers.", []),
    ("Keripik pedas khas Padang, cari food vlogger.", []),
    ("Looking for travel creators who make Bali itineraries.", []),
    # Said not to matter.
    ("Cari kreator parenting, ga harus di Jakarta kok.", []),
    ("Domisili Surabaya lebih bagus tapi ga wajib ya kak", []),
    ("Cari KOL skincare, kota bebas", []),
    ("Travel creators welcome. Creators do not need to live in Bali.", []),
    ("Reviewers need not be based in Jakarta.", []),
    # The creator's place.
    ("cari KOL kopi susu di Surabaya", ["Surabaya"]),
    ("kreator sby", ["Surabaya"]),
    ("Looking for creators based in Makassar who review sambal", ["Makassar"]),
    ("Kami di Bandung, tapi cari kreator yang tinggal di Semarang", ["Semarang"]),
    # A creator clause pointing back at places named before.
    ("Pengiriman kami cuma Malang & Batu, jadi cari kreator yang tinggal di kota itu aja.",
     ["Malang", "Batu"]),
    # Where the business sells, its agents and buyers are, where its customers come from.
    ("Keripik tempe 20rb, target pasar Sulawesi. Cari kreator kuliner.", []),
    ("Pupuk organik, agen kami di 7 kabupaten Jatim. cari kreator tani", []),
    ("Reseller kami sudah ada di Riau, kreatornya yg tinggal di Pekanbaru",
     ["Pekanbaru"]),
    ("Paket snorkeling 250rb, tamu kami kebanyakan turis dr Bandung. cari travel vlogger", []),
    ("sy jual bibit durian, area Jember Lumajang Bondowoso", []),
    # A creator line of a bullet brief ("-based" after the creators).
    ("- Brand HQ: Medan\n- Creators: 3-4 people, Palembang-based, TikTok", ["Palembang"]),
    ("We're a Denpasar-based surf school looking for surf creators", []),
    # A Javanese list; where the product's users are; a longer sentence without a cue; a
    # creator noun right after the place.
    ("golekke kreator sing domisili Solo utawa Klaten", ["Solo", "Klaten"]),
    ("Our users are mostly students in Malaysia. We need creators in Medan", ["Medan"]),
    ("Bloom is a Bandung florist subscription app. Looking for lifestyle creators.", []),
    ("We're hunting for Makassar creators who love seafood", ["Makassar"]),
    # Platforms between the creator noun and the place; "cari yang … yang orang X".
    ("Butuh kreator TikTok/IG Samarinda buat launching", ["Samarinda"]),
    ("sy mau cari yg bisa review, yg orang palembang aja", ["Palembang"]),
    # The writer's own business in Minang; a letterhead; a town qualifying a smaller place
    # ("dari Toraja, Sulsel"); "yg anak X"; a topic word between the creator noun and the
    # place; a "from" clause about the creators; an ambiguous town before "yg".
    ("ambo ado toko kain di Payakumbuh, cari kreator fashion", []),
    ("Toko Roti Mentari, Kendari. Cari food vlogger", []),
    ("Kopi kami dari Toraja, Sulsel. Cari kreator kopi", []),
    ("Butuh selebgram yg anak Bandung asli", ["Bandung"]),
    ("Cari youtuber kuliner Palembang buat review", ["Palembang"]),
    ("need tiktok creators with 5k followers, from Jogja or Solo", ["Yogyakarta", "Solo"]),
    ("cari kreator solo yg followersnya 5rb", ["Solo"]),
    # Betawi, Sundanese and Javanese "I"; a distribution area; a past campaign; "domisilinya".
    ("aye buka warung soto di Depok, cari kreator kuliner", []),
    ("abdi gaduh toko sepatu di Garut, milarian kreator", []),
    ("kulo sadean batik di Pekalongan, pados kreator", []),
    ("Area distribusi kami Medan dan Binjai. Cari food vlogger", []),
    ("dulu tahun lalu pernah kerja sama kreator Malang, lumayan. skrg cari kreator kopi", []),
    ("cari kreator yang domisilinya Bogor", ["Bogor"]),
    # Where the audience is; a street and a postcode; a name with its town in brackets; a
    # roadside is no street.
    ("audiensnya ibu muda di Surabaya, kreatornya bebas", []),
    ("Toko kami: Jl. Sumatera No. 12, Bandung. Cari kreator sepatu", []),
    ("Alamat: Ruko Griya, Sidoarjo 61252. Cari kreator jilbab", []),
    ("Roti Pak Kumis (Cirebon, sejak 1990) cari food vlogger", []),
    ("kreator jajanan pinggir jalan. area Bogor aja", ["Bogor"]),
    # A dateline; "berdomisili di Provinsi"; Madurese "se tinggal e"; a corrected place.
    ("Ambon. Kami jual sambal colo-colo, cari kreator kuliner", []),
    ("kreator berdomisili di Provinsi Jawa Tengah", list(PROVINCES["Jawa Tengah"])),
    ("nyare kreator se tinggal e Malang", ["Malang"]),
    ("cari kreator di Medan, eh salah, di Binjai aja", ["Binjai"]),
    # Things counted in a place; Minang "usaho"; a list with a comma and "atau".
    ("We run 4 cafes in Malang. Looking for coffee creators", []),
    ("ambo punyo usaho kue di Padang, cari kreator", []),
    ("kreator yg tinggal di Kudus, Jepara, atau Pati", ["Kudus", "Jepara", "Pati"]),
    # Stock kept somewhere; misspelt cities after a location word; "Indo" as a country.
    ("stok kami di Sidoarjo, cari kreator hijab", []),
    ("cari kreator yg domisili Semarangg aja", ["Semarang"]),
    ("kreator anak palembangg", ["Palembang"]),
    ("barang di bekas juga ada", []),
    ("kreator Singapore/Indo bebas", []),
    # "di X" before the brief asks for anyone is where the writer is; after, the creator's.
    ("Sambal roa premium di Manado, 200ml 45rb. Mau endorse kreator kuliner", []),
    ("Mau endorse kreator kuliner. Di Manado ya, sambal roa 45rb", ["Manado"]),
    # English of other writers: "someone who lives in", "they should be based on", "need to
    # live in" (no destination); a place before a business noun; foreign cities.
    ("We want someone who actually lives in Bandung, IG only", ["Bandung"]),
    ("We need 2 creators. They should be based on Bali, flights are short", list(
        PROVINCES["Bali"])),
    ("Bali villa, 3BR, Uluwatu. Want creators for a promo", []),
    ("we search creators who live in Perth or Sydney", ["Perth", "Sydney"]),
    ("We ship to Surabaya. Need food creators", []),
    # An agency relaying a client: "Klien: <name>, <town>." even across "Hj."; a title's
    # dot does not end the sentence.
    ("Klien: Keripik Hj. Salmah, Padang. Cari kreator kuliner", []),
    ("Klien kami Kopi Aroma, mau kreator yang tinggal di Medan", ["Medan"]),
    # Javanese and Sundanese: "kreatore wong X apa Y", "kreator ti X atanapi Y",
    # "kalau bisa orang X".
    ("pengine kreatore wong Kudus apa Jepara bae", ["Kudus", "Jepara"]),
    ("peryogi kreator ti Garut atanapi Tasik", ["Garut", "Tasikmalaya"]),
    ("cari kreator, kalau bisa orang Jawa Tengah saja", list(PROVINCES["Jawa Tengah"])),
    # Malay: "pempengaruh yang berada / menetap di", "creator JB area je", a shop ("kedai kat
    # Ipoh"), and "di sana" said of the writer's promotion, not of creators.
    ("Kami cari pempengaruh yang menetap di Bandung", ["Bandung"]),
    ("nak cari creator JB area je, follower 5k-15k", ["Johor Bahru"]),
    ("kami jual sambal, kedai kat Ipoh. Nak cari pempengaruh makanan", []),
    ("Pembeli kami dari Batam dan Medan, jadi kami ingin promosi di sana. Kreator bebas", []),
    # A preference taken back after "tapi" in the same sentence, but not when another field
    # is what is let go; "di sana" said of a platform; Cikarang.
    ("Kreator diutamakan yang di Kediri, tapi bebas juga boleh", []),
    ("kalau bisa kreatornya dari Bogor, tapi tidak wajib, dari Depok juga silakan", []),
    ("cari kreator di Bogor, tapi budget bebas", ["Bogor"]),
    ("cari kreator, lebih baik di TikTok karena anak muda mainnya di sana", []),
    ("kreatornya tinggal di Cikarang", ["Bekasi"]),
    # Indonesians abroad: Hong Kong, Taiwan, Japan; "tinggal dan kerja di", "sedang kuliah
    # di"; the one sought and where they live whatever words describe them; an office.
    ("Kami cari kreator BMI yang tinggal di Hong Kong", ["Hong Kong"]),
    ("cari pekerja Indonesia yang sekarang tinggal dan kerja di Jepang", ["Tokyo", "Osaka"]),
    ("Kami cari kreator seller online yang tinggal di Malang, kontennya di TikTok", ["Malang"]),
    ("PT Maju, berkantor di Menara Satu, Jakarta Selatan. Kami mencari kreator", []),
    ("Dulu kami pakai kreator yang tinggal di Seoul, sekarang bebas", []),
    # Greater Malang; "harus orang X" for an ambiguous town.
    ("kreator domisili Malang Raya", ["Malang", "Batu"]),
    ("kreatornya harus orang medan ya", ["Medan"]),
    # Outlet lists with streets after the town; a venue named after its town.
    ("Outlet:\n- Malang: Jl. Ijen No. 2\n- Batu (Jl. Diponegoro 5)\nCari food vlogger", []),
    ("Booth kami di Grand Mall Bekasi, cari kreator", []),
    # Ordinary words that are also towns.
    ("solo travelers and backpackers wanted", []),
    ("kreator solo traveling ke Jepang", []),
    ("kreator yang tinggal di Solo", ["Solo"]),
    # The writer turns from the business to the people it wants, named other than creators;
    # wanting to do something, or people who want something, is no request.
    ("hi, we make baby carriers, want mums in Jakarta with 5-30k followers on IG", ["Jakarta"]),
    ("our shop is in Malang, looking for students in Surabaya", ["Surabaya"]),
    ("we want more customers in Surabaya", []),
    ("we make batik, we need to expand to Bali", []),
    ("we make uniforms for nurses who want to work in Japan", []),
    ("We're an NGO. Audience we want to reach: youth in Makassar", []),
    # A list of places is one phrase: what follows its last name is said of all of them,
    # and a name that is no ordinary word makes the ordinary-word ones places too.
    ("looking for creators who dive, Manado or Bitung based", ["Manado", "Bitung"]),
    ("Surabaya, Sidoarjo & Gresik creators only", ["Surabaya", "Sidoarjo", "Gresik"]),
    ("Binjai & Deli Serdang creators only", ["Binjai", "Deli Serdang"]),
    ("we are a Manado based bakery, want creators in Bitung", ["Bitung"]),
    # Anywhere inside a place is that place; anywhere at all is no place.
    ("creators based anywhere in Central Java please", list(PROVINCES["Jawa Tengah"])),
    ("creators may live anywhere at all, even abroad", []),
    ("pados kreator ingkang manggen ing Kudus", ["Kudus"]),
    # A place that is a whole item of a list of requirements is the creators'.
    ("need creators 18+ for a bar opening, Surabaya, followers 10k up", ["Surabaya"]),
    ("cari kreator kuliner: tiktok, Makassar, 5rb+", ["Makassar"]),
    ("Outlet kami: Malang, Batu. Cari food vlogger, followers 10rb", []),
    ("Kantor kami di Jl. Veteran, Malang, tim kami kecil. Cari kreator, IG aja", []),
    ("modest-wear creators, any city in Sulawesi, IG only", [
        c for p in ("Sulawesi Utara", "Gorontalo", "Sulawesi Tengah", "Sulawesi Barat",
                    "Sulawesi Selatan", "Sulawesi Tenggara") for c in PROVINCES.get(p, ())]),
    # A letter's closing is the writer's; Javanese "whose home is", and its "if none".
    ("Kami mencari kreator kuliner.\nHormat kami,\nIr. Budi Santoso (Medan)", []),
    ("golek kreator sing omah'e Kediri, lek nang Kediri gak onok yo Blitar oleh", ["Kediri"]),
    # Not this time, after a list: "X atau Y belum dulu", "Jakarta ga dulu ya".
    ("kreator yg tinggal di Kalimantan, Samarinda atau Balikpapan belum dulu", [
        c for c in PROVINCES["Kalimantan Barat"] + PROVINCES["Kalimantan Tengah"]
        + PROVINCES["Kalimantan Selatan"] + PROVINCES["Kalimantan Timur"]
        + PROVINCES["Kalimantan Utara"] if c not in ("Samarinda", "Balikpapan")]),
])
def test_a_place_is_a_constraint_only_when_it_is_the_creators(brief: str,
                                                              cities: list[str]) -> None:
    assert parse_brief(brief).cities == cities


def test_a_whole_country_without_a_city_list_limits_by_country_only() -> None:
    query = parse_brief("Creators in Malaysia or Indonesia are both fine")
    assert (query.cities, query.countries) == ([], ["MY", "ID"])
    malaysia = parse_brief("creators based in Malaysia").cities
    assert {"Kuala Lumpur", "Penang", "Johor Bahru"} <= set(malaysia) and "Jakarta" not in malaysia
    assert "Penang" in parse_brief("Kami hanya nak pempengaruh yang berada di Malaysia").cities
    # A narrower place inside a country named too is the ask.
    assert parse_brief("Untuk kampanye di Indonesia, kreator yang domisili di Riau").places == [
        "Riau"]


def test_regions_expand_to_their_cities_and_outside_to_the_rest() -> None:
    east_java = parse_brief("cari kreator domisili Jatim").cities
    assert set(east_java) == set(PROVINCES["Jawa Timur"])
    outside = set(parse_brief("kreator mancing yang domisilinya di luar Jawa").cities)
    assert "Denpasar" in outside and "Jayapura" in outside and "Surabaya" not in outside
    assert "Tangerang Selatan" in parse_brief("KOL area Jabodetabek").cities
    # An island is not its province: Lombok without Sumbawa, Flores without Timor.
    lombok = parse_brief("kreator yang tinggal di Lombok").cities
    assert "Lombok Utara" in lombok and "Mataram" in lombok and "Bima" not in lombok
    flores = parse_brief("creators living on Flores").cities
    assert "Ende" in flores and "Kupang" not in flores


@pytest.mark.parametrize(("brief", "low", "high", "budget"), [
    # Prices, sizes, ages and counts of the product are not constraints.
    ("Catering sehat 45rb per porsi, cari kreator diet", None, None, None),
    ("Villa Rp 1,2jt/malam di Ubud, cari travel creator", None, None, None),
    ("Bubur bayi untuk usia 9 bulan+, cari kreator MPASI", None, None, None),
    ("Paket umroh mulai 29,9jt, cari kreator umroh", None, None, None),
    ("micro bakery sourdough, cari home baker", None, None, None),
    # Stated, in figures, words or tiers.
    ("followers antara 20 ribu - 80 ribu, fee max Rp3 jt", 20_000, 80_000, 3_000_000),
    ("pengikut sekitar lima ribu sampai tiga puluh ribu saja", 5_000, 30_000, None),
    ("at least fifteen thousand followers", 15_000, None, None),
    ("budget 300rb-an per video", None, None, 300_000),
    ("micro influencers only pls", 1_000, 50_000, None),
    ("KOL 10-50rb di Surabaya", 10_000, 50_000, None),
    ("tarifnya tidak lebih dari satu juta rupiah per unggahan", None, None, 1_000_000),
    # Said not to matter.
    ("min 10rb followers, eh followers ga masalah deh", None, None, None),
    # A bound's other end said alone; a count after "+"; a word's reduplication digit.
    ("Kreator ibu2, min. 3rb followers, maks 25rb", 3_000, 25_000, None),
    ("- 15k+ followers\n- IG only", 15_000, None, None),
    ("tiap2 kreator bujet paling banyak dua ratus ribu", None, None, 200_000),
    # The business's own audience, a campaign total, a fee per transaction of the product.
    ("Toko kami udah punya 9.500 followers di IG, cari kreator fashion", None, None, None),
    ("Total budget campaign Rp 20 juta buat 10 kreator", None, None, None),
    ("biaya admin cuma Rp 2.500 per transaksi. Fee Rp 400rb per post", None, None, 400_000),
    ("minimal order 100pcs, harga 3rb/pcs", None, None, None),
    # The business's own account; a period budget; a year; a count before a budget word.
    ("IG toko kami 7.300 followers. Cari kreator hijab", None, None, None),
    ("budget kami 2 juta sebulan, cari kreator kopi", None, None, None),
    ("Budget Rp6jt/2 bulan untuk promosi", None, None, None),
    ("anggaran tahun 2026 sudah ada, cari kreator", None, None, None),
    ("punya 12 kamar dengan tarif Rp400rb per malam", None, None, None),
    ("followersnya diatas 4rb bayarnya max 350 rebu", 4_000, None, 350_000),
    # "-an" (about) glued to a follower count; the writer's own count after "baru"; budgets
    # for a month, before or after the amount; "pay … one post".
    ("cari yg ig aja, 20rb-an followers", 10_000, 30_000, None),
    ("akun toko baru 1.200 followers, cari kreator", None, None, None),
    ("Anggaran bulanan Rp 5 juta untuk endorse", None, None, None),
    ("budget around 4 juta for a month of posts", None, None, None),
    ("we pay at most 500k for one post", None, None, 500_000),
    # Sundanese "below"; "ribuan"; "-an" on a range's first end; a digit's unit before a
    # word number ("ribu satu video"); a budget shared by several creators; a past fee.
    ("kreator nu followers na di handap 8rb", None, 8_000, None),
    ("minimal 3 ribuan followers", 3_000, None, None),
    ("followers 2rb an sampai 9rb an", 2_000, 9_000, None),
    ("fee paling banyak 150 ribu satu posting", None, None, 150_000),
    ("dana 4 jt buat 8 kreator", None, None, None),
    ("last campaign we paid 1jt per reel to a creator with 20k followers", None, None, None),
    # "sub-"; a range spelled out with one magnitude; a fee per platform post; pay per
    # thousand views or per sale.
    ("sub-30k followers only", None, 30_000, None),
    ("between five and twelve thousand followers", 5_000, 12_000, None),
    ("followers tiga sampai delapan ribu", 3_000, 8_000, None),
    ("max Rp 900rb per TikTok", None, None, 900_000),
    ("we pay a CPM of Rp 20.000 and 10% commission", None, None, None),
    # A corrected amount; Javanese/Madurese "-e"/"-na" on followers; a budget for several
    # creators said in words too.
    ("fee max 800rb eh typo, 80rb maksudnya", None, None, 80_000),
    ("followerse 3rb-12rb", 3_000, 12_000, None),
    ("anggaran Rp10.000.000 untuk 4 (empat) orang kreator", None, None, None),
    # "not yet reaching"; a recent past campaign; a budget for a campaign said with "buat".
    ("followersnya blm nyampe 15rb", None, 15_000, None),
    ("kemarin kami pakai kreator 40rb followers, skrg cari lagi", None, None, None),
    ("ada dana 3jt buat campaign 2 minggu", None, None, None),
    # A voucher or travel paid; a package fee for every deliverable; views are no followers;
    # a limit withdrawn by "berapa pun followernya".
    ("kami kasih voucher Rp 500.000 + fee nego", None, None, None),
    ("package fee of Rp 4.000.000 covering all deliverables", None, None, None),
    ("bonus for videos above 50.000 views", None, None, None),
    ("min 5rb followers dihapus aja, berapa pun followernya oke", None, None, None),
    # What a free product is worth is no fee; the fee after it is.
    ("free produk senilai 200rb + fee max 150k per video", None, None, 150_000),
    # "coffee" holds no "fee"; another dollar named after the amount; "-ish"; the bound word
    # before the follower noun; "not more than"; a budget for the whole of something.
    ("Coffee price start 18K. Need creators", None, None, None),
    ("the rate is $180 AUD per night", None, None, None),
    ("Rate maximum AUD 400 per reel", None, None, 4_200_000),
    ("20k-ish followers", 10_000, 30_000, None),
    ("Minimal followers 3rb", 3_000, None, None),
    ("Not more than 50.000 followers", None, 50_000, None),
    ("Budget for the whole collaboration is 20.000.000 IDR", None, None, None),
    # A follower requirement withdrawn; the client's own account and its next count.
    ("tadinya minimal 10rb followers, tapi syarat followers dihapus aja", None, None, None),
    ("Akun IG klien udah 30rb followers, TikTok-nya 8rb. Cari kreator", None, None, None),
    # Malay: "sekurang-kurangnya", "tidak lebih", "paling tinggi", "lebih kurang" (about),
    # "setiap post", "bulan lepas", the shop's own count, a package.
    ("pempengaruh dengan pengikut sekurang-kurangnya 3,000", 3_000, None, None),
    ("pengikut tidak lebih 25 ribu, bayaran paling tinggi RM 200 satu post", None, 25_000,
     720_000),
    ("follower dia lebih kurang 8k", 4_000, 12_000, None),
    ("kami bagi RM 150 setiap post", None, None, 540_000),
    ("bulan lepas kami bayar RM 500 untuk satu video", None, None, None),
    ("Ada 9k followers kat IG kedai sendiri. Nak cari pempengaruh", None, None, None),
    ("Rp 600.000 untuk paket 3 konten", None, None, None),
    # Taken back after "tapi"; a price per lesson; a past fee with a thousands dot; someone
    # else's count; a list of fields let go together.
    ("harus di atas 10rb followers, tapi setelah rapat kami putuskan tidak perlu", None, None,
     None),
    ("min 5rb followers, tapi budget bebas", 5_000, None, None),
    ("Tarif Rp60.000 per pertemuan 90 menit", None, None, None),
    ("Tahun lalu kami pernah bayar Rp400.000 ke seorang selebgram", None, None, None),
    ("Kapten tim kami malah punya 11 ribu followers di TikTok. Cari kreator bola", None, None,
     None),
    ("tadinya minimal 20rb followers, tapi platform dan followers bebas deh", None, None, None),
    # Currencies of Indonesians abroad; a fee already paid to others; a budget per quarter.
    ("Fee maksimal HKD 800 per video", None, None, 1_640_000),
    ("Rate per reel maks TWD 2.000", None, None, 1_000_000),
    ("Fee ¥10.000 per video", None, None, 1_050_000),
    ("Kami sudah kerja sama dengan 3 kreator dengan fee HKD 500 per video", None, None, None),
    ("Anggaran program Rp 60.000.000 untuk kuartal III", None, None, None),
    # What one video may cost said without a budget word ("sanggup", "sekali bikin video",
    # Javanese "ewu"); "jangan lebih dari"; a correction far from its amount, and none onto
    # a count of another size.
    ("kami paling sanggup 150 ribu sekali bikin video", None, None, 150_000),
    ("sekali gawe video kuwat 300 ewu", None, None, 300_000),
    ("pengikutnya jangan lebih dari 15 ribu", None, 15_000, None),
    ("Budget 2 juta, eh maksud saya itu buat semua, per videonya paling 300 ribu", None, None,
     300_000),
    ("fee max 400rb eh typo, 40rb maksudnya, kita kasih produk juga 2 pcs", None, None,
     40_000),
    # The follower word in the clause before, this one only its bound.
    ("cari kreator kopi, followers ga usah banyak, max 10rb", None, 10_000, None),
    ("followers ga usah banyak, harga 25rb", None, None, None),
    # What the product charges its customers is no creator's fee.
    ("a remittance app, transfer fee IDR 15k. budget max IDR 2 mio per post", None, None,
     2_000_000),
    ("biaya admin cuma 2rb, budget kita 300rb per video", None, None, 300_000),
    # Enough is the least, unless the count was only roughly said.
    ("followers gak perlu banyak, 2rb aja udah cukup", 2_000, None, None),
    ("3k followers is enough for us", 3_000, None, None),
    ("followers kira-kira 8rb aja cukup", 4_000, 12_000, None),
    # A charge named by what it pays for is the product's price, not the creator's fee.
    ("sewa lapangan: court fee Rp 150rb/jam, cari kreator badminton", None, None, None),
    ("cleaning fee IDR 200k per stay; flat fee up to IDR 1.2 mio per reel", None, None,
     1_200_000),
    # Regional and formal ways of saying a bound; a number restated in brackets.
    ("followers paling sikit lima ribu", 5_000, None, None),
    ("followers'e ojo luwih soko 20 ewu", None, 20_000, None),
    ("15k followers minimum, any city", 15_000, None, None),
    ("fewer than 25k followers please", None, 25_000, None),
    # A rate per deliverable: the dearest; money rather than product.
    ("we pay IDR 100k per story and 350k per reel", None, None, 350_000),
    ("boleh barter produk, atau cash max 250rb", None, None, 250_000),
    ("followers ga lebih dari 40rb tapi jangan di bawah 3rb", 3_000, 40_000, None),
    ("followers paliang saketek 4 ribu", 4_000, None, None),
    ("pengikut langkung saking 6 ewu", 6_000, None, None),
    ("budget 200rb per reels, followers jangan kurang dari 3500", 3_500, None, 200_000),
    ("followers'e ojok kurang soko 8 ewu", 8_000, None, None),
    # A range that is a whole item beside the creators asked for is their size; a lone
    # amount there is as likely a price, and a range in a sentence without creators too.
    ("need running creators in Solo, 3k-25k, IG only", 3_000, 25_000, None),
    ("cari kreator parfum (5rb-40rb) yang jujur", 5_000, 40_000, None),
    ("cari kreator teh, daun 100gr, 45rb, kirim dari Wonosobo", None, None, None),
    ("kue lebaran kami 3 varian, 80-120rb. Cari kreator kuliner", None, None, None),
    # The creators' own count said with "sudah"; "any size" with a least is that least.
    ("cari kreator panahan (busur tradisional), yg sudah punya min 4000 followers", 4_000,
     None, None),
    ("IG kami sudah punya 9rb followers, cari kreator panahan", None, None, None),
    ("archery creators, any follower count above 2k", 2_000, None, None),
    # People counted are no followers, unless they are the followers.
    ("butuh 4 orang kreator batik", None, None, None),
    ("kreator batik pengikutnyo paling sedikit lima ribu orang", 5_000, None, None),
    # Money is money, whatever clause follows it unpunctuated; a budget word that begins
    # the next amount is that amount's.
    ("honor per video paling mahal dua juta rupiah pengikut berapa saja", None, None,
     2_000_000),
    ("followers paling banyak 30rb bayaran per video 400rb", None, 30_000, 400_000),
    # A size tier with its numbers in brackets; not a product's tier with its price.
    ("kreator nano sampai mikro (2rb-15rb), tiktok", 2_000, 15_000, None),
    ("harga paket mikro (100-200rb), cari kreator kuliner", None, None, None),
    ("pengikut antara lima ribu (5.000) s.d. delapan puluh ribu (80.000)", 5_000, 80_000, None),
    ("fee tidak lebih dari Rp 750.000,- (tujuh ratus lima puluh ribu rupiah) per video", None,
     None, 750_000),
])
def test_an_amount_is_a_constraint_only_when_the_context_says_so(
        brief: str, low: int | None, high: int | None, budget: int | None) -> None:
    query = parse_brief(brief)
    assert (query.min_followers, query.max_followers, query.max_rate_idr) == (low, high, budget)


def test_spelled_out_amounts() -> None:
    assert spell_out_digits("seratus lima puluh ribu") == "150000"
    assert spell_out_digits("two hundred and fifty thousand followers") == "250000 followers"
    assert spell_out_digits("satu setengah juta") == "1500000"
    assert spell_out_digits("Rp 2 juta") == "Rp 2 juta"  # a digit's unit stays as it is
    assert spell_out_digits("the Manado one") == "the Manado one"
    # A round amount, then one of what it pays for: not 500,001.
    assert spell_out_digits("lima ratus ribu satu postingan") == "500000 satu postingan"
    assert spell_out_digits("two hundred thousand one post") == "200000 one post"
    assert spell_out_digits("seribu satu malam") == "1001 malam"


def test_regional_words_for_no_must_or_and_dont() -> None:
    """North Maluku Malay "tara" (no), Javanese "kudu" (must), "ojo" (don't), "utowo" (or)."""
    assert parse_brief("kreator susur goa, tara harus di Maluku Utara").relaxed == ["city"]
    assert parse_brief("Instagram atau YouTube saja e, TikTok tara usah").platforms == [
        "instagram", "youtube"]
    assert parse_brief("Golek kreator kebaya. Ora kudu wong Madiun.").cities == []
    query = parse_brief("Golek kreator panahan. Ojo YouTube yo, IG utowo TikTok ae.")
    assert (query.platforms, query.excluded_platforms) == (["instagram", "tiktok"], ["youtube"])


def test_a_fallback_may_name_the_first_place_before_its_no() -> None:
    """"kalau di Kendari tidak ada, …": the place asked for first, then the second choice."""
    query = parse_brief("Mau cari kreator masakan sagu. Utamakan orang Kendari deh, kalau di "
                        "Kendari tidak ada, Sultra lain juga boleh (Baubau, Kolaka).")
    assert query.cities == ["Kendari"]
    assert {"Baubau", "Kolaka"} <= set(query.fallback_cities)


def test_platforms_waived_or_all_named_are_no_limit() -> None:
    assert parse_brief("Kalau bisa di YouTube, tetapi tidak wajib.").platforms == []
    assert parse_brief("ig tiktok yt sak karepmu").platforms == []
    assert parse_brief("seller Shopee / TikTok Shop, cari kreator jualan").platforms == []
    assert parse_brief("jangan yg TikTok ya").excluded_platforms == ["tiktok"]
    assert parse_brief("jgn yg youtube ya kak").excluded_platforms == ["youtube"]
    assert parse_brief("food creators on anything but TikTok").excluded_platforms == ["tiktok"]
    assert parse_brief("any platform other than Instagram").excluded_platforms == ["instagram"]
    assert parse_brief("kreator yg main di YouTube, nda usah IG").excluded_platforms == [
        "instagram"]
    # The business's own account names no platform for the creators, nor its next count.
    assert parse_brief("IG kami udah 9rb followers, cari kreator kuliner").platforms == []
    assert parse_brief("IG toko 3.400 followers, TikTok 900. cari kreator").platforms == []
    # A negation after the platform, and Sundanese "ulah nu".
    query = parse_brief("cari kreator, IG boleh, tiktok ga perlu ya")
    assert (query.platforms, query.excluded_platforms) == (["instagram"], ["tiktok"])
    assert parse_brief("kreator ulah nu tiktok").excluded_platforms == ["tiktok"]
    assert parse_brief("Instagram or YouTube; TikTok creators will not be considered"
                       ).excluded_platforms == ["tiktok"]
    assert parse_brief("Our shop has 30k followers on Instagram. Need food creators"
                       ).platforms == []
    assert parse_brief("tiktok beta baru 500 followers, cari kreator").platforms == []
    assert parse_brief("Publikasi tidak dilakukan melalui YouTube").excluded_platforms == [
        "youtube"]
    # A refusal after the third platform leaves the two asked for, however it is said.
    for brief, wanted, refused in [
            ("IG atau YouTube aja, TikTok jangan ya, makasih", ["instagram", "youtube"],
             ["tiktok"]),
            ("Instagram dan YouTube; TikTok tidak termasuk.", ["instagram", "youtube"],
             ["tiktok"]),
            ("TikTok opo YouTube, IG kadit.", ["tiktok", "youtube"], ["instagram"]),
            ("YouTube or TikTok please, our buyers don't use Instagram much",
             ["tiktok", "youtube"], ["instagram"])]:
        query = parse_brief(brief)
        assert (query.platforms, query.excluded_platforms) == (wanted, refused), brief
    # The choice left to the creator, not to be confused with another field's "bebas".
    assert parse_brief("instagram or tiktok, up to them").platforms == []
    assert parse_brief("tiktok/ig bebas").platforms == []
    assert parse_brief("cari kreator TikTok, budget bebas").platforms == ["tiktok"]
    assert parse_brief("boleh ig boleh tiktok bebas").platforms == []
    assert parse_brief("bebas mau tiktok/ig, fee nego").platforms == []
    assert parse_brief("Akun Instagram klien baru 900 followers. Cari kreator").platforms == []
    assert parse_brief("kreator dari kota mana pun, platform apa pun").platforms == []
    assert parse_brief("cari yang TikTok aja, tapi setelah rapat platform bebas").platforms == []
    assert parse_brief("kanal YouTube masjid subscribernya 3.400. Cari kreator").platforms == []
    assert parse_brief("konten tidak boleh diunggah di TikTok").excluded_platforms == ["tiktok"]
    query = parse_brief("konten untuk Instagram atau TikTok; tidak untuk YouTube")
    assert (query.platforms, query.excluded_platforms) == (["instagram", "tiktok"], ["youtube"])
    # Slang spelling; a platform a past campaign used.
    assert parse_brief("cari yutuber kuliner").platforms == ["youtube"]
    assert parse_brief("tahun lalu pernah pakai tiktoker, skrg cari kreator").platforms == []


def test_follow_ups_and_buttons_relax_a_constraint() -> None:
    brief = parse_brief("cari KOL skincare di Jakarta, 10-50rb followers, budget 1jt, IG")
    assert stated_constraints(brief) == ["city", "platform", "followers", "budget"]
    for text, gone in [("ga harus di Jakarta", "city"), ("followers ga masalah", "followers"),
                       ("budget bebas", "budget"), ("platform bebas", "platform")]:
        merged = merge_refinement(brief, parse_brief(text))
        assert gone not in stated_constraints(merged), text
        assert len(stated_constraints(merged)) == 3
    assert stated_constraints(relax(brief, "followers")) == ["city", "platform", "budget"]
    with pytest.raises(ValueError):
        relax(brief, "niches")


def test_a_typed_value_changes_one_constraint_and_keeps_the_rest() -> None:
    brief = parse_brief("cari KOL skincare di Jakarta, 10-50rb followers, budget 1jt, IG")
    to_bandung = change(brief, "city", "bdg")
    assert to_bandung is not None and to_bandung.cities == ["Bandung"]
    assert (to_bandung.min_followers, to_bandung.max_followers) == (10_000, 50_000)
    assert to_bandung.platforms == ["instagram"] and to_bandung.max_rate_idr == 1_000_000
    # The same words mean what the button asked for: a follower range, then a budget.
    followers = change(brief, "followers", "5rb-20rb")
    assert followers is not None
    assert (followers.min_followers, followers.max_followers) == (5_000, 20_000)
    assert followers.max_rate_idr == 1_000_000
    budget = change(brief, "budget", "750rb")
    assert budget is not None and budget.max_rate_idr == 750_000
    assert budget.min_followers == 10_000
    not_tiktok = change(brief, "platform", "bukan tiktok")
    assert not_tiktok is not None
    assert not_tiktok.platforms == [] and not_tiktok.excluded_platforms == ["tiktok"]
    english = change(parse_brief("skincare creators in Jakarta on TikTok"), "city", "Bali")
    assert english is not None and "Denpasar" in english.cities
    # Nothing readable as that constraint: no change (the bot says so).
    assert change(brief, "city", "yang penting bagus") is None
    assert change(brief, "followers", "banyak") is None
    assert change(brief, "city", "x" * 200) is None
    with pytest.raises(ValueError):
        change(brief, "niches", "skincare")


def test_cities_are_canonical_everywhere() -> None:
    assert canonical_city("sby") == "Surabaya"
    assert canonical_city("Kota Bandung") == "Bandung"
    assert canonical_city("Ubud") == "Gianyar"
    assert canonical_city("Atlantis") == "Atlantis"  # unknown: kept as typed
    # A town with its island or regency after a comma, and Bali's villages by regency.
    assert canonical_city("Canggu, Bali") == "Badung"
    assert canonical_city("Pare, Kediri") == "Kediri"
    assert canonical_city("Keramas") == "Gianyar"
    assert canonical_city("Atlantis, Mu") == "Atlantis, Mu"
    assert suggest_city("Surabya") == "Surabaya"
    assert suggest_city("Atlantis") is None
    assert is_known_city("jogja") and not is_known_city("Atlantis")


def test_import_stores_canonical_cities_and_stats_list_unknown_ones(
        service: JodohService) -> None:
    rows = [creator_row("a.sby", city="sby"), creator_row("b.jogja", city="Sleman"),
            creator_row("c.nowhere", city="Atlantis"), creator_row("d.unsaid", city=None)]
    service.import_records([CreatorRecord.model_validate(row) for row in rows])
    profiles = service.load_profiles(["instagram:a.sby", "instagram:b.jogja"])
    assert {p.city for p in profiles.values()} == {"Surabaya", "Yogyakarta"}
    # A creator who gave no city has none to check (counted as "-" among the cities).
    assert service.stats()["unknown_cities"] == ["Atlantis"]


def test_the_head_of_a_longer_number_is_no_amount() -> None:
    # "100pcs" once read as the amount "10" and left "0pcs" in the text that is embedded.
    assert "100pcs" in parse_brief("stiker label, minimal order 100pcs").semantic_text
    assert "masing" in parse_brief("masing2 kreator bujet 300rb").semantic_text


def test_the_understanding_bench_counts_invented_apart_from_wrong(tmp_path: Path,
                                                                  capsys: Any) -> None:
    from bench import understanding

    rows = [
        {"id": "x1", "brief": "kripik 15rb, kirim ke seluruh Jawa. cari kreator kuliner",
         "city": None, "platform": None, "min_followers": None, "max_followers": None,
         "max_rate_idr": None},
        {"id": "x2", "brief": "cari kreator kuliner di Malang, khusus TikTok",
         "city": ["Jawa Timur"], "platform": None, "excluded_platforms": ["youtube"],
         "min_followers": None, "max_followers": None, "max_rate_idr": None},
        # A truth that states no city, for a brief that does: counted as invented.
        {"id": "x3", "brief": "cari kreator di Bandung", "city": None, "platform": None,
         "min_followers": None, "max_followers": None, "max_rate_idr": None},
    ]
    path = tmp_path / "set.jsonl"
    path.write_text("\n".join(json.dumps(row) for row in rows), encoding="utf-8")
    understanding.main([str(path)])
    table = capsys.readouterr().out
    # x1 states nothing and gets nothing; x2 names one city of a province the truth allows
    # whole (wrong, not invented) and a platform where the truth only excludes one (wrong).
    assert "| city | 0.333 | 1 | 1 | x3, x2 |" in table
    assert "| platform | 0.667 | 0 | 1 | x2 |" in table
    assert "Briefs with an invented constraint: 1 of 3." in table


@pytest.mark.parametrize("brief", [
    "As our dealers cover Java only, we require creators based on the island of Java.",
    "Creators should live in the province of Central Java.",
])
def test_an_island_or_province_written_out_is_the_creators_place(brief: str) -> None:
    query = parse_brief(brief)
    assert "Semarang" in query.cities
    assert "Denpasar" not in query.cities
