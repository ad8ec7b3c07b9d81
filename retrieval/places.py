"""One place vocabulary for briefs, registration and import: cities, provinces, regions.

A creator's city is stored canonical ("sby" → "Surabaya", "Ubud" → "Gianyar"); a brief's
place is expanded to the canonical cities it admits ("Jatim" → every East Java city here,
"luar Jawa" → every Indonesian city outside Java). The tables are administrative geography
(Indonesia's 38 provinces and their cities and main regencies), not any data set's cities.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True, slots=True)
class Place:
    """A place a brief can name: a city, a region (several cities) or a country."""

    name: str
    cities: tuple[str, ...]
    country: str
    country_level: bool = False


# Province → its cities (kota) and the regencies people name as their town.
PROVINCES: dict[str, tuple[str, ...]] = {
    "Aceh": ("Banda Aceh", "Lhokseumawe", "Langsa", "Sabang", "Meulaboh", "Takengon",
             "Aceh Besar", "Bireuen"),
    "Sumatera Utara": ("Medan", "Binjai", "Pematangsiantar", "Tebing Tinggi", "Sibolga",
                       "Padangsidimpuan", "Tanjungbalai", "Gunungsitoli", "Deli Serdang",
                       "Langkat", "Serdang Bedagai", "Simalungun", "Asahan", "Labuhanbatu"),
    "Sumatera Barat": ("Padang", "Bukittinggi", "Payakumbuh", "Solok", "Sawahlunto",
                       "Padang Panjang", "Pariaman"),
    "Riau": ("Pekanbaru", "Dumai"),
    "Kepulauan Riau": ("Batam", "Tanjung Pinang", "Bintan", "Karimun"),
    "Jambi": ("Jambi", "Sungai Penuh"),
    "Sumatera Selatan": ("Palembang", "Prabumulih", "Lubuklinggau", "Pagar Alam"),
    "Bangka Belitung": ("Pangkal Pinang", "Belitung"),
    "Bengkulu": ("Bengkulu",),
    "Lampung": ("Bandar Lampung", "Metro"),
    "DKI Jakarta": ("Jakarta",),
    "Banten": ("Tangerang", "Tangerang Selatan", "Serang", "Cilegon", "Pandeglang"),
    "Jawa Barat": ("Bandung", "Bogor", "Depok", "Bekasi", "Cimahi", "Cirebon", "Sukabumi",
                   "Tasikmalaya", "Banjar", "Garut", "Karawang", "Sumedang", "Purwakarta",
                   "Subang", "Indramayu", "Kuningan", "Majalengka", "Ciamis", "Cianjur",
                   "Pangandaran"),
    "Jawa Tengah": ("Semarang", "Solo", "Magelang", "Salatiga", "Pekalongan", "Tegal",
                    "Purwokerto", "Kudus", "Jepara", "Klaten", "Sukoharjo", "Boyolali",
                    "Cilacap", "Kebumen", "Purworejo", "Wonosobo", "Pati", "Rembang", "Blora",
                    "Demak", "Kendal", "Brebes", "Banjarnegara", "Karanganyar", "Sragen",
                    "Wonogiri", "Temanggung", "Purbalingga"),
    "DI Yogyakarta": ("Yogyakarta",),
    "Jawa Timur": ("Surabaya", "Malang", "Batu", "Sidoarjo", "Gresik", "Kediri", "Madiun",
                   "Jember", "Banyuwangi", "Probolinggo", "Pasuruan", "Mojokerto", "Blitar",
                   "Lamongan", "Tuban", "Bojonegoro", "Ngawi", "Ponorogo", "Tulungagung",
                   "Lumajang", "Situbondo", "Bondowoso", "Bangkalan", "Pamekasan", "Sumenep",
                   "Jombang", "Nganjuk", "Trenggalek", "Pacitan", "Magetan"),
    "Bali": ("Denpasar", "Badung", "Gianyar", "Tabanan", "Singaraja", "Klungkung",
             "Karangasem", "Jembrana"),
    "Nusa Tenggara Barat": ("Mataram", "Bima", "Sumbawa", "Lombok Barat", "Lombok Tengah",
                            "Lombok Timur", "Lombok Utara"),
    "Nusa Tenggara Timur": ("Kupang", "Labuan Bajo", "Ende", "Maumere", "Waingapu",
                            "Atambua", "Ruteng"),
    "Kalimantan Barat": ("Pontianak", "Singkawang", "Ketapang", "Sintang"),
    "Kalimantan Tengah": ("Palangka Raya", "Sampit", "Pangkalan Bun"),
    "Kalimantan Selatan": ("Banjarmasin", "Banjarbaru", "Martapura"),
    "Kalimantan Timur": ("Samarinda", "Balikpapan", "Bontang", "Tenggarong"),
    "Kalimantan Utara": ("Tarakan", "Tanjung Selor", "Nunukan"),
    "Sulawesi Utara": ("Manado", "Bitung", "Tomohon", "Kotamobagu"),
    "Gorontalo": ("Gorontalo",),
    "Sulawesi Tengah": ("Palu", "Poso", "Luwuk"),
    "Sulawesi Barat": ("Mamuju",),
    "Sulawesi Selatan": ("Makassar", "Parepare", "Palopo", "Gowa", "Maros", "Bulukumba",
                         "Toraja"),
    "Sulawesi Tenggara": ("Kendari", "Baubau", "Kolaka"),
    "Maluku": ("Ambon", "Tual"),
    "Maluku Utara": ("Ternate", "Tidore", "Sofifi"),
    "Papua": ("Jayapura", "Biak"),
    "Papua Barat": ("Manokwari", "Fakfak"),
    "Papua Barat Daya": ("Sorong", "Raja Ampat"),
    "Papua Selatan": ("Merauke",),
    "Papua Tengah": ("Nabire", "Timika"),
    "Papua Pegunungan": ("Wamena",),
}
# Island groups, as briefs name them.
REGIONS: dict[str, tuple[str, ...]] = {
    "Jawa": ("DKI Jakarta", "Banten", "Jawa Barat", "Jawa Tengah", "DI Yogyakarta",
             "Jawa Timur"),
    "Sumatera": ("Aceh", "Sumatera Utara", "Sumatera Barat", "Riau", "Kepulauan Riau", "Jambi",
                 "Sumatera Selatan", "Bangka Belitung", "Bengkulu", "Lampung"),
    "Kalimantan": ("Kalimantan Barat", "Kalimantan Tengah", "Kalimantan Selatan",
                   "Kalimantan Timur", "Kalimantan Utara"),
    "Sulawesi": ("Sulawesi Utara", "Gorontalo", "Sulawesi Tengah", "Sulawesi Barat",
                 "Sulawesi Selatan", "Sulawesi Tenggara"),
    "Nusa Tenggara": ("Nusa Tenggara Barat", "Nusa Tenggara Timur"),
    "Maluku": ("Maluku", "Maluku Utara"),
    "Papua": ("Papua", "Papua Barat", "Papua Barat Daya", "Papua Selatan", "Papua Tengah",
              "Papua Pegunungan"),
}
METROS: dict[str, tuple[str, ...]] = {
    "Jabodetabek": ("Jakarta", "Bogor", "Depok", "Tangerang", "Tangerang Selatan", "Bekasi"),
    # A brief's "Tangerang" means the metro area; a creator's city stays as written.
    "Tangerang": ("Tangerang", "Tangerang Selatan"),
    # Greater Malang and Greater Surabaya, as people say them.
    "Malang Raya": ("Malang", "Batu"),
    "Surabaya Raya": ("Surabaya", "Sidoarjo", "Gresik"),
    # West Java's Cirebon region, by the name its four cities and regencies share.
    "Ciayumajakuning": ("Cirebon", "Indramayu", "Majalengka", "Kuningan"),
    # The other metropolitan areas, by the names their planners and people use.
    "Bandung Raya": ("Bandung", "Cimahi"),
    "Mebidang": ("Medan", "Binjai", "Deli Serdang"),
    "Sarbagita": ("Denpasar", "Badung", "Gianyar", "Tabanan"),
    "Kedungsepur": ("Semarang", "Kendal", "Demak", "Salatiga"),
    "Mamminasata": ("Makassar", "Gowa", "Maros"),
    "Solo Raya": ("Solo", "Sukoharjo", "Karanganyar", "Boyolali", "Klaten", "Sragen",
                  "Wonogiri"),
    # Islands named for where someone lives: Lombok is not Sumbawa, though one province.
    "Lombok": ("Mataram", "Lombok Barat", "Lombok Tengah", "Lombok Timur", "Lombok Utara"),
    "Flores": ("Labuan Bajo", "Ende", "Maumere", "Ruteng"),
}
METRO_ALIASES: dict[str, str] = {
    "greater jakarta": "Jabodetabek", "jabotabek": "Jabodetabek",
    "greater malang": "Malang Raya", "greater surabaya": "Surabaya Raya",
}
FOREIGN: dict[str, tuple[str, str]] = {  # city → (country code, country name)
    "Kuala Lumpur": ("MY", "Malaysia"), "Penang": ("MY", "Malaysia"),
    "Johor Bahru": ("MY", "Malaysia"), "Singapore": ("SG", "Singapore"),
    "Kota Kinabalu": ("MY", "Malaysia"), "Kuching": ("MY", "Malaysia"),
    "Ipoh": ("MY", "Malaysia"), "Melaka": ("MY", "Malaysia"), "Shah Alam": ("MY", "Malaysia"),
    "Bangkok": ("TH", "Thailand"), "Manila": ("PH", "Philippines"),
    "Hong Kong": ("HK", "Hong Kong"), "Taipei": ("TW", "Taiwan"), "Taichung": ("TW", "Taiwan"),
    "Kaohsiung": ("TW", "Taiwan"), "Tokyo": ("JP", "Japan"), "Osaka": ("JP", "Japan"),
    "Seoul": ("KR", "South Korea"), "Riyadh": ("SA", "Saudi Arabia"),
    "Jeddah": ("SA", "Saudi Arabia"),
    "Perth": ("AU", "Australia"), "Melbourne": ("AU", "Australia"),
    "Sydney": ("AU", "Australia"), "Brisbane": ("AU", "Australia"),
}
COUNTRY_ALIASES: dict[str, str] = {
    "indonesia": "ID", "indo": "ID", "malaysia": "MY", "singapore": "SG", "singapura": "SG",
    "sg": "SG",
    "thailand": "TH", "philippines": "PH", "filipina": "PH",
    "hongkong": "HK", "taiwan": "TW", "japan": "JP", "jepang": "JP", "south korea": "KR",
    "korea selatan": "KR", "korsel": "KR", "korea": "KR", "saudi arabia": "SA",
    "arab saudi": "SA", "saudi": "SA",
}
COUNTRY_NAMES = {"ID": "Indonesia", "MY": "Malaysia", "SG": "Singapore", "TH": "Thailand",
                 "PH": "Philippines", "AU": "Australia", "HK": "Hong Kong", "TW": "Taiwan",
                 "JP": "Japan", "KR": "South Korea", "SA": "Saudi Arabia"}
# Another way people write a city (abbreviations, old or local names, districts).
CITY_ALIASES: dict[str, str] = {
    "jkt": "Jakarta", "dki": "Jakarta", "jaksel": "Jakarta", "jakbar": "Jakarta",
    "jaktim": "Jakarta", "jakut": "Jakarta", "jakpus": "Jakarta", "jakarta selatan": "Jakarta",
    "jakarta barat": "Jakarta", "jakarta timur": "Jakarta", "jakarta utara": "Jakarta",
    "jakarta pusat": "Jakarta", "south jakarta": "Jakarta", "sby": "Surabaya",
    "suroboyo": "Surabaya", "bdg": "Bandung", "mks": "Makassar", "ujung pandang": "Makassar",
    "smg": "Semarang", "ungaran": "Semarang", "cikarang": "Bekasi", "mdn": "Medan",
    "dps": "Denpasar", "sda": "Sidoarjo",
    "plg": "Palembang", "bpn": "Balikpapan", "tasik": "Tasikmalaya",
    "pku": "Pekanbaru", "ptk": "Pontianak", "bjm": "Banjarmasin", "jogja": "Yogyakarta",
    "mlg": "Malang", "pdg": "Padang", "mdo": "Manado", "bks": "Bekasi", "bgr": "Bogor",
    "dpk": "Depok", "tng": "Tangerang", "smd": "Samarinda", "btm": "Batam", "kpg": "Kupang",
    "pwt": "Purwokerto",
    "yogya": "Yogyakarta", "jogjakarta": "Yogyakarta", "jogya": "Yogyakarta",
    "yogyakarta city": "Yogyakarta", "sleman": "Yogyakarta", "bantul": "Yogyakarta",
    "jogja city": "Yogyakarta", "surakarta": "Solo", "tangsel": "Tangerang Selatan",
    "south tangerang": "Tangerang Selatan", "bsd": "Tangerang Selatan",
    "ubud": "Gianyar", "kuta": "Badung", "canggu": "Badung", "seminyak": "Badung",
    "nusa dua": "Badung", "jimbaran": "Badung", "sanur": "Denpasar", "buleleng": "Singaraja",
    # Where Bali's creators say they live: villages and resort areas, by regency.
    "uluwatu": "Badung", "pecatu": "Badung", "berawa": "Badung", "pererenan": "Badung",
    "kerobokan": "Badung", "umalas": "Badung", "legian": "Badung", "tanjung benoa": "Badung",
    "keramas": "Gianyar", "sukawati": "Gianyar", "tegallalang": "Gianyar",
    "amed": "Karangasem", "candidasa": "Karangasem", "sidemen": "Karangasem",
    "lovina": "Singaraja", "munduk": "Singaraja", "nusa penida": "Klungkung",
    "nusa lembongan": "Klungkung", "medewi": "Jembrana", "kuta lombok": "Lombok Tengah",
    "senggigi": "Mataram",
    "banyumas": "Purwokerto", "kl": "Kuala Lumpur", "johor": "Johor Bahru", "jb": "Johor Bahru",
    "kk": "Kota Kinabalu", "malacca": "Melaka",
    "palangkaraya": "Palangka Raya", "pangkalpinang": "Pangkal Pinang",
    "tanjungpinang": "Tanjung Pinang", "pematang siantar": "Pematangsiantar",
    # Towns people name for their regency or city, outside Java too.
    "siantar": "Pematangsiantar", "p. siantar": "Pematangsiantar",
    "lubuk pakam": "Deli Serdang", "lubukpakam": "Deli Serdang", "stabat": "Langkat",
    "kisaran": "Asahan", "rantauprapat": "Labuhanbatu", "rantau prapat": "Labuhanbatu",
    "sungguminasa": "Gowa", "pare-pare": "Parepare", "pare pare": "Parepare",
    "pare2": "Parepare", "jatinangor": "Sumedang", "sentani": "Jayapura",
    "jantho": "Aceh Besar",
}
PROVINCE_ALIASES: dict[str, str] = {
    "jatim": "Jawa Timur", "east java": "Jawa Timur", "jabar": "Jawa Barat",
    "west java": "Jawa Barat", "jateng": "Jawa Tengah", "central java": "Jawa Tengah",
    "diy": "DI Yogyakarta", "daerah istimewa yogyakarta": "DI Yogyakarta",
    "sumut": "Sumatera Utara", "north sumatra": "Sumatera Utara",
    "sumbar": "Sumatera Barat", "west sumatra": "Sumatera Barat",
    "sumsel": "Sumatera Selatan", "south sumatra": "Sumatera Selatan",
    "kepri": "Kepulauan Riau", "babel": "Bangka Belitung", "bangka": "Bangka Belitung",
    "ntb": "Nusa Tenggara Barat", "ntt": "Nusa Tenggara Timur", "kalbar": "Kalimantan Barat",
    "kalteng": "Kalimantan Tengah", "kalsel": "Kalimantan Selatan",
    "kaltim": "Kalimantan Timur", "east kalimantan": "Kalimantan Timur",
    "kaltara": "Kalimantan Utara", "sulut": "Sulawesi Utara", "sulteng": "Sulawesi Tengah",
    "sulbar": "Sulawesi Barat", "sulsel": "Sulawesi Selatan",
    "south sulawesi": "Sulawesi Selatan", "sultra": "Sulawesi Tenggara",
    "malut": "Maluku Utara", "papua barat": "Papua Barat", "west papua": "Papua Barat",
    "jakarta raya": "DKI Jakarta",
}
REGION_ALIASES: dict[str, str] = {
    "jawa": "Jawa", "java": "Jawa", "pulau jawa": "Jawa", "sumatera": "Sumatera",
    "sumatra": "Sumatera", "kalimantan": "Kalimantan", "borneo": "Kalimantan",
    "sulawesi": "Sulawesi", "celebes": "Sulawesi", "nusa tenggara": "Nusa Tenggara",
    "maluku": "Maluku", "moluccas": "Maluku", "papua": "Papua", "tanah papua": "Papua",
}
# Aliases that are also ordinary words ("solo travelers", "nasi padang", "palu" = hammer,
# "bone", "metro"): never read as a place without a location word right before.
WORD_PLACES = frozenset({
    "solo", "diy", "sg", "kl", "serang", "garut", "padang", "batu", "jawa", "java", "ambon",
    "palu", "kudus", "tegal", "metro", "banjar", "bone", "pati", "batang", "sabang", "tual",
    "sda", "dps", "kuta", "ende", "bima", "lombok", "jb", "kk",
})
# In a brief, also names that are ordinary words in some phrases ("medan" = field, "malang"
# = unlucky, "kuningan" = brass, "flores"): a brief's place only after a location word; a
# chat model's text may still be checked for them.
AMBIGUOUS_PLACES = WORD_PLACES | frozenset({
    "demak", "kendal", "medan", "malang", "toraja", "bangka", "flores", "merauke", "maluku",
    "binjai", "solok", "poso", "kuningan", "subang", "blora", "biak", "sumbawa", "timika",
    "bintan", "karimun", "belitung", "gowa", "maros",
})


# The words that open many place names, and how addresses shorten them: "Tj. Pinang",
# "Bdr Lampung", "Kep. Riau" name Tanjung Pinang, Bandar Lampung, Kepulauan Riau.
SHORT_FORMS: dict[str, tuple[str, ...]] = {
    "tanjung": ("tj.", "tj"), "bandar": ("bdr.", "bdr"), "kepulauan": ("kep.", "kep"),
}


def _all_cities() -> dict[str, tuple[str, str]]:
    cities = {city: ("ID", province) for province, names in PROVINCES.items()
              for city in names}
    cities.update({city: (code, name) for city, (code, name) in FOREIGN.items()})
    return cities


CITIES: dict[str, tuple[str, str]] = _all_cities()  # canonical city → (country, province)


def province_of(city: str) -> str | None:
    """The province (or, abroad, the country) a canonical city belongs to."""
    found = CITIES.get(city)
    return found[1] if found else None


def country_of(city: str) -> str | None:
    """The ISO code of the country a canonical city is in ("Jayapura" → "ID")."""
    found = CITIES.get(city)
    return found[0] if found else None


def _places() -> dict[str, Place]:
    places: dict[str, Place] = {}
    for city, (country, _) in CITIES.items():
        places[city.lower()] = Place(city, METROS.get(city, (city,)), country)
    for alias, city in CITY_ALIASES.items():
        places[alias] = Place(city, METROS.get(city, (city,)), CITIES[city][0])
    for province, cities in PROVINCES.items():
        places.setdefault(province.lower(), Place(province, cities, "ID"))
    for alias, province in PROVINCE_ALIASES.items():
        places[alias] = Place(province, PROVINCES[province], "ID")
    for alias, region in REGION_ALIASES.items():
        cities = tuple(c for p in REGIONS[region] for c in PROVINCES[p])
        places[alias] = Place(region, cities, "ID")
    for name, cities in METROS.items():
        places.setdefault(name.lower(), Place(name, cities, "ID"))
    for alias, name in METRO_ALIASES.items():
        places[alias] = Place(name, METROS[name], "ID")
    places["bali"] = Place("Bali", PROVINCES["Bali"], "ID")
    places["jakarta"] = Place("Jakarta", ("Jakarta",), "ID")
    for alias, code in COUNTRY_ALIASES.items():
        # A foreign country is given as its cities here; Indonesia only as a country, since
        # its cities would be every city.
        cities = tuple(c for c, (country, _) in FOREIGN.items() if country == code)
        places[alias] = Place(COUNTRY_NAMES[code], cities, code, country_level=True)
    for name, place in list(places.items()):
        first, _, rest = name.partition(" ")
        for short in SHORT_FORMS.get(first, ()) if rest else ():
            places.setdefault(f"{short} {rest}", place)
            places.setdefault(f"{short}{rest}", place)  # "Tj.Pinang"
    return places


# Every lowercase alias a brief may use → the place it names.
PLACES: dict[str, Place] = _places()


def outside(place: Place) -> Place:
    """Every Indonesian city not in `place` ("luar Jawa", "outside Java"); outside Indonesia
    itself, every city abroad ("anywhere outside indo")."""
    if place.country_level and place.country == "ID":
        return Place(f"luar {place.name}", tuple(FOREIGN), "")
    inside = set(place.cities)
    cities = tuple(c for c, (country, _) in CITIES.items() if country == "ID" and c not in inside)
    return Place(f"luar {place.name}", cities, "ID")


def except_name(name: str, left_out: str) -> str:
    """The name of place `name` without `left_out`: "Jawa Timur kecuali Surabaya", and one
    more left out of such a name joins the list ("…kecuali Surabaya, Malang")."""
    joiner = ", " if " kecuali " in name else " kecuali "
    return f"{name}{joiner}{left_out}"


def without(place: Place, part: Place) -> Place:
    """`place` but not the cities of `part` ("Jawa Timur selain Surabaya")."""
    left = set(part.cities)
    return Place(except_name(place.name, part.name),
                 tuple(city for city in place.cities if city not in left), place.country)


_QUALIFIER = re.compile(r"\s*\(([^()]*)\)")


@lru_cache(maxsize=4096)
def canonical_city(city: str | None) -> str | None:
    """The canonical name of a creator's city, or the text as typed when it is unknown."""
    if not city or not city.strip():
        return None
    # "Malang (Jatim)" says what "Malang, Jatim" says.
    cleaned = " ".join(_QUALIFIER.sub(r", \1", city).strip().split())
    key = cleaned.lower().removeprefix("kota ").removeprefix("kab. ").removeprefix("kabupaten ")
    if key in CITY_ALIASES:
        return CITY_ALIASES[key]
    place = PLACES.get(key)
    if place is not None and len(place.cities) == 1 and not place.country_level:
        return place.cities[0]
    if place is not None and (place.name in PROVINCES or place.name in METROS):
        # A province or a metro area typed as a town: its capital or core city (listed first).
        return place.cities[0]
    if "," in cleaned:
        # "Canggu, Bali", "Pare, Kediri": the first part Jodoh knows, the town first.
        for part in cleaned.split(","):
            found = canonical_city(part)
            if found is not None and found in CITIES:
                return found
    return cleaned


def with_surroundings(place: Place) -> Place:
    """A town and the towns around it ("Bekasi dan sekitarnya"): the largest metropolitan
    area it belongs to, or the town alone when it belongs to none."""
    metros = [name for name, cities in METROS.items()
              if set(place.cities) < set(cities)]
    if not metros or place.country_level:
        return place
    name = max(metros, key=lambda metro: len(METROS[metro]))
    return Place(name, METROS[name], place.country)


def is_known_city(city: str | None) -> bool:
    return canonical_city(city) in CITIES


def suggest_city(typed: str) -> str | None:
    """The canonical city a typed name most likely means ("Surabya" → "Surabaya"), or None."""
    canonical = canonical_city(typed)
    if canonical is None:
        return None
    if canonical in CITIES:
        return canonical
    names = {name.lower(): name for name in CITIES}
    close = difflib.get_close_matches(canonical.lower(), list(names), n=1, cutoff=0.8)
    return names[close[0]] if close else None
