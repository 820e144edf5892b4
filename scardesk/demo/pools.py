"""Fixed pools the demo generator draws from: names, places, products and device settings.

Everything here is plain data chosen once at import, so the generator's per-row work is only
picking from tuples. Arabic and Latin spellings are kept side by side so a demo patient's two
names always correspond; several Arabic names carry hamza or taa marbuta on purpose, so the
demo exercises the search folding (``احمد`` must find ``أحمد``). All of it is fictional.
"""

from __future__ import annotations

from dataclasses import replace

from scardesk.domain.enums import (
    FacialRegion,
    Frosting,
    HistoryFact,
    Modality,
    PeelDepth,
    ScarType,
    SubcisionInstrument,
)
from scardesk.domain.sessions import (
    EnergyUnit,
    LaserInput,
    MicroneedlingInput,
    PeelInput,
    SubcisionInput,
    TcaCrossInput,
)

NameRow = tuple[str, str]  # (Latin, Arabic)

FEMALE_NAMES: tuple[NameRow, ...] = (
    ("Aisha", "عائشة"),
    ("Fatma", "فاطمة"),
    ("Maryam", "مريم"),
    ("Zainab", "زينب"),
    ("Khadija", "خديجة"),
    ("Asma", "أسماء"),
    ("Amal", "أمل"),
    ("Noora", "نورة"),
    ("Shamsa", "شمسة"),
    ("Muna", "منى"),
    ("Salma", "سلمى"),
    ("Huda", "هدى"),
    ("Laila", "ليلى"),
    ("Rahma", "رحمة"),
    ("Thuraya", "ثريا"),
    ("Buthaina", "بثينة"),
    ("Hanan", "حنان"),
    ("Iman", "إيمان"),
    ("Ibtisam", "ابتسام"),
    ("Sara", "سارة"),
    ("Reem", "ريم"),
    ("Aseel", "أسيل"),
    ("Ghaliya", "غالية"),
    ("Ruqaya", "رقية"),
    ("Wafa", "وفاء"),
    ("Mai", "مي"),
    ("Hind", "هند"),
    ("Lujain", "لجين"),
    ("Bushra", "بشرى"),
    ("Ahlam", "أحلام"),
)

MALE_NAMES: tuple[NameRow, ...] = (
    ("Ahmed", "أحمد"),
    ("Mohammed", "محمد"),
    ("Salim", "سالم"),
    ("Said", "سعيد"),
    ("Khalid", "خالد"),
    ("Sultan", "سلطان"),
    ("Hamad", "حمد"),
    ("Ali", "علي"),
    ("Abdullah", "عبدالله"),
    ("Hilal", "هلال"),
    ("Nasser", "ناصر"),
    ("Saif", "سيف"),
    ("Yousuf", "يوسف"),
    ("Ibrahim", "إبراهيم"),
    ("Ismail", "إسماعيل"),
    ("Issa", "عيسى"),
    ("Musa", "موسى"),
    ("Mustafa", "مصطفى"),
    ("Talal", "طلال"),
    ("Badr", "بدر"),
    ("Faisal", "فيصل"),
    ("Hamood", "حمود"),
    ("Majid", "ماجد"),
    ("Zahir", "زاهر"),
    ("Marwan", "مروان"),
    ("Hamza", "حمزة"),
    ("Usama", "أسامة"),
    ("Anwar", "أنور"),
    ("Qais", "قيس"),
    ("Azzan", "عزان"),
)

FAMILY_NAMES: tuple[NameRow, ...] = (
    ("Al Balushi", "البلوشي"),
    ("Al Harthy", "الحارثي"),
    ("Al Said", "آل سعيد"),
    ("Al Hinai", "الهنائي"),
    ("Al Busaidi", "البوسعيدي"),
    ("Al Rawahi", "الرواحي"),
    ("Al Lawati", "اللواتي"),
    ("Al Maskari", "المسكري"),
    ("Al Kindi", "الكندي"),
    ("Al Riyami", "الريامي"),
    ("Al Siyabi", "السيابي"),
    ("Al Amri", "العامري"),
    ("Al Habsi", "الحبسي"),
    ("Al Hashmi", "الهاشمي"),
    ("Al Mahrouqi", "المحروقي"),
    ("Al Shukaili", "الشكيلي"),
    ("Al Jabri", "الجابري"),
    ("Al Mamari", "المعمري"),
    ("Al Kharusi", "الخروصي"),
    ("Al Abri", "العبري"),
    ("Al Ghafri", "الغافري"),
    ("Al Farsi", "الفارسي"),
    ("Al Zadjali", "الزدجالي"),
    ("Al Hajri", "الهاجري"),
    ("Al Mukhaini", "المخيني"),
    ("Al Yahyai", "اليحيائي"),
    ("Al Mandhari", "المنذري"),
    ("Al Wahaibi", "الوهيبي"),
    ("Al Shidi", "الشيدي"),
    ("Al Saadi", "السعدي"),
    ("Al Rashdi", "الراشدي"),
    ("Al Naabi", "النعبي"),
    ("Al Ismaili", "الإسماعيلي"),
    ("Al Mahri", "المهري"),
    ("Al Shehhi", "الشحي"),
    ("Al Qasmi", "القاسمي"),
    ("Al Battashi", "البطاشي"),
    ("Al Hosni", "الحوسني"),
    ("Al Toubi", "الطوبي"),
    ("Al Aufi", "العوفي"),
)

# Expatriate patients: Latin spelling only, as most resident cards carry no Arabic name.
EXPAT_FEMALE: tuple[str, ...] = (
    "Priya",
    "Anjali",
    "Maria",
    "Grace",
    "Fatima",
    "Ayesha",
    "Emma",
    "Sophie",
    "Nadia",
    "Joy",
)
EXPAT_MALE: tuple[str, ...] = (
    "Rahul",
    "Arjun",
    "Imran",
    "Bilal",
    "Jose",
    "Mark",
    "James",
    "Omar",
    "Vikram",
    "Tariq",
)
EXPAT_FAMILY: tuple[str, ...] = (
    "Nair",
    "Menon",
    "Sharma",
    "Khan",
    "Qureshi",
    "Santos",
    "Reyes",
    "Smith",
    "Fernandes",
    "Pillai",
    "Hussain",
    "Das",
    "Mathew",
    "Cruz",
    "Siddiqui",
)

AREAS: tuple[str, ...] = (
    "Al Khuwair, Muscat",
    "Qurum, Muscat",
    "Al Ghubrah, Muscat",
    "Madinat Sultan Qaboos, Muscat",
    "Ruwi, Muscat",
    "Al Mawaleh, Seeb",
    "Al Khoud, Seeb",
    "Bawshar, Muscat",
    "Al Amerat",
    "Muttrah, Muscat",
    "Sohar",
    "Nizwa",
    "Sur",
    "Barka",
    "Ibri",
    "Salalah",
)

ARCHIVE_REASONS: tuple[str, ...] = (
    "moved away from Muscat",
    "treatment course completed",
    "asked to close the file",
)

# Clinic day 09:00–21:00 Muscat in 20-minute slots (up to 25 bookings a practitioner a day).
CLINIC_FIRST_SLOT_MINUTES = 9 * 60
CLINIC_SLOTS = 36
SLOT_MINUTES = 20

FITZPATRICK_TYPES = ("II", "III", "IV", "V", "VI")
FITZPATRICK_WEIGHTS = (3, 30, 40, 22, 5)

REGIONS: tuple[str, ...] = tuple(region.value for region in FacialRegion)
# Where each region sits on the face map (fractions of width and height), for injection points.
# The map faces the viewer, so the patient's right side is on the left of the picture.
REGION_CENTRES: dict[str, tuple[float, float]] = {  # keys: FacialRegion values
    FacialRegion.FOREHEAD: (0.50, 0.18),
    FacialRegion.TEMPLE_LEFT: (0.78, 0.30),
    FacialRegion.TEMPLE_RIGHT: (0.22, 0.30),
    FacialRegion.CHEEK_LEFT: (0.70, 0.55),
    FacialRegion.CHEEK_RIGHT: (0.30, 0.55),
    FacialRegion.NOSE: (0.50, 0.50),
    FacialRegion.PERIORAL: (0.50, 0.72),
    FacialRegion.CHIN: (0.50, 0.86),
    FacialRegion.JAWLINE_LEFT: (0.70, 0.80),
    FacialRegion.JAWLINE_RIGHT: (0.30, 0.80),
}
# Acne scars cluster on the cheeks: weights follow REGIONS order.
REGION_WEIGHTS = (6, 2, 2, 20, 20, 2, 5, 6, 8, 8)

SCAR_TYPES: tuple[str, ...] = tuple(kind.value for kind in ScarType)
SCAR_TYPE_WEIGHTS = (18, 20, 12, 22, 5, 2, 14)  # follows ScarType order
# The qualitative grade the worst scar type present suggests (Goodman & Baron 1–4).
SCAR_TYPE_GRADE: dict[str, int] = {
    ScarType.MACULAR: 1,
    ScarType.BOXCAR_SHALLOW: 2,
    ScarType.ROLLING: 3,
    ScarType.BOXCAR_DEEP: 3,
    ScarType.HYPERTROPHIC: 3,
    ScarType.ICEPICK: 4,
    ScarType.KELOID: 4,
}

MODALITIES: tuple[str, ...] = tuple(modality.value for modality in Modality)
# Toxin, microneedling, laser, peel, subcision, TCA CROSS (the enum's order).
MODALITY_WEIGHTS = (35, 30, 20, 15, 12, 10)

# Facts the history form asks; "yes" only for the ones that do not rule treatment out, so the
# demo's recorded sessions never contradict the safety gate.
HISTORY_FACTS_ALWAYS: tuple[str, ...] = (
    HistoryFact.ALLERGY_TOXIN.value,
    HistoryFact.NEUROMUSCULAR_DISORDER.value,
    HistoryFact.ACTIVE_INFECTION.value,
    HistoryFact.ALLERGY_LOCAL_ANAESTHETIC.value,  # subcision is done under injected anaesthetic
)
HISTORY_FACTS_SOMETIMES_YES: tuple[tuple[str, float], ...] = (
    (HistoryFact.HERPES_SIMPLEX.value, 0.15),  # cold sores are common; the antiviral rules show
    (HistoryFact.ISOTRETINOIN.value, 0.20),
    (HistoryFact.TOPICAL_RETINOIDS.value, 0.25),
    (HistoryFact.OTHER_ALLERGIES.value, 0.08),
)
HISTORY_FACTS_FEMALE: tuple[str, ...] = (
    HistoryFact.PREGNANT.value,
    HistoryFact.BREASTFEEDING.value,
)

ADVERSE_KINDS: tuple[str, ...] = (
    "bruising",
    "swelling",
    "discomfort at injection site",
    "erythema",
    "pinpoint bleeding",
)

# brand, nonproprietary name, modality, unit kind, vial units, reconstitution window h, price baisa
ProductRow = tuple[str, str, str, str, int | None, int | None, int]
TOXIN_PRODUCTS: tuple[ProductRow, ...] = (
    ("Botox", "onabotulinumtoxinA", "toxin", "toxin_units", 100, 24, 95_000),
    ("Dysport", "abobotulinumtoxinA 300 U", "toxin", "toxin_units", 300, 24, 110_000),
    ("Dysport", "abobotulinumtoxinA 500 U", "toxin", "toxin_units", 500, 24, 160_000),
    ("Xeomin", "incobotulinumtoxinA", "toxin", "toxin_units", 100, 24, 85_000),
    ("Letybo", "letibotulinumtoxinA", "toxin", "toxin_units", 50, 24, 60_000),
)
TOXIN_WEIGHTS = (45, 15, 10, 22, 8)
# Per brand: units at one scar point (half-unit steps keep sums exact) and usual diluent volumes.
TOXIN_DOSING: dict[str, tuple[tuple[float, ...], tuple[float, ...]]] = {
    "Botox": ((1.0, 1.5, 2.0, 2.5), (2.5, 2.0, 4.0)),
    "Dysport": ((2.5, 3.0, 4.0, 5.0), (1.5, 2.5, 3.0)),
    "Xeomin": ((1.0, 1.5, 2.0, 2.5), (2.5, 2.0)),
    "Letybo": ((1.0, 1.5, 2.0), (1.25, 2.5)),
}
OTHER_PRODUCTS: tuple[ProductRow, ...] = (
    ("SkinPen HA Serum", "hyaluronic acid gel", "microneedling", "ml", None, None, 15_000),
    ("Dermapen Growth Factor", "growth-factor serum", "microneedling", "ml", None, None, 20_000),
    ("TCA Peel", "trichloroacetic acid", "chemical_peel", "ml", None, None, 25_000),
    ("Glycolic Peel", "glycolic acid", "chemical_peel", "ml", None, None, 18_000),
)
# Days from today to each lot's expiry: two expired, one within 30 days, the rest later.
LOT_EXPIRY_OFFSETS = (-200, -20, 15, 120, 300, 500)
LOT_SHELF_LIFE_DAYS = 540

# Device settings as the domain records them; each session copies one with its own areas.
LASERS: tuple[LaserInput, ...] = (
    LaserInput("Fraxel Dual", 1550, False, False, 40, EnergyUnit.MILLIJOULES, 20, 8, 0.135),
    LaserInput("Fraxel Dual", 1927, False, False, 10, EnergyUnit.MILLIJOULES, 30, 6, 0.135),
    LaserInput("UltraPulse CO2", 10600, True, False, 17.5, EnergyUnit.MILLIJOULES, 10, 1, 0.12),
)
NEEDLING_DEVICES = ("Dermapen 4", "SkinPen Precision")
NEEDLE_DEPTHS_MM = (0.5, 1.0, 1.5, 2.0, 2.5)


def laser(pick: int, fitzpatrick: str | None, areas: tuple[str, ...]) -> LaserInput:
    """Settings of one fractional-laser pass. Types IV–VI get a nonablative device only,
    the safer choice for them (clinical reference §4)."""
    choices = LASERS[:2] if fitzpatrick in ("IV", "V", "VI") else LASERS
    return replace(choices[pick % len(choices)], areas=areas)


def superficial_peel(
    glycolic: bool, layers: int, minutes: int, areas: tuple[str, ...]
) -> PeelInput:
    """A superficial peel: glycolic is neutralised; TCA is not (frosting is its end point)."""
    if glycolic:
        return PeelInput("glycolic acid", 70, PeelDepth.SUPERFICIAL, 1, minutes, True, areas)
    strength = 15 if layers < 3 else 20
    return PeelInput("TCA", strength, PeelDepth.SUPERFICIAL, layers, minutes, False, areas)


def medium_peel(minutes: int, areas: tuple[str, ...]) -> PeelInput:
    """A medium-depth TCA peel: one coat at 35%, frosting as its end point, not neutralised."""
    return PeelInput("TCA", 35, PeelDepth.MEDIUM, 1, minutes, False, areas)


def needling(
    device: int, depth: int, passes: int, serum: str, areas: tuple[str, ...]
) -> MicroneedlingInput:
    return MicroneedlingInput(
        NEEDLING_DEVICES[device % len(NEEDLING_DEVICES)],
        NEEDLE_DEPTHS_MM[depth % len(NEEDLE_DEPTHS_MM)],
        passes,
        serum,
        areas,
    )


# (instrument, gauge): the Nokor needle and cutting needles at 18G, blunt cannulas finer.
SUBCISION_TOOLS = (
    (SubcisionInstrument.NOKOR, 18),
    (SubcisionInstrument.NEEDLE, 18),
    (SubcisionInstrument.CANNULA, 22),
)
SUBCISION_TECHNIQUES = ("fanning, deep dermis", "fanning, dermal-subcutaneous junction")


def subcision(tool: int, scars: int, technique: int, areas: tuple[str, ...]) -> SubcisionInput:
    """One subcision under lidocaine 1% with adrenaline (2 mL per area), pressure after."""
    instrument, gauge = SUBCISION_TOOLS[tool % len(SUBCISION_TOOLS)]
    return SubcisionInput(
        instrument=instrument,
        gauge=gauge,
        scars_released=scars,
        technique=SUBCISION_TECHNIQUES[technique % len(SUBCISION_TECHNIQUES)],
        anaesthetic_agent="lidocaine",
        anaesthetic_percent=1.0,
        with_adrenaline=True,
        anaesthetic_ml=2.0 * len(areas),
        haemostasis=True,
        areas=areas,
    )


def tca_cross(strong: bool, scars: int, all_frosted: bool, areas: tuple[str, ...]) -> TcaCrossInput:
    """TCA CROSS at one of the trials' strengths (65% or 100%) with a wooden applicator."""
    return TcaCrossInput(
        concentration_percent=100 if strong else 65,
        applicator="sharpened wooden stick",
        scars_treated=scars,
        frosting=Frosting.ALL if all_frosted else Frosting.SOME,
        areas=areas,
    )


CLINIC_NAME = "Qurum Skin & Scar Clinic (demo)"
CLINIC_NAME_ARABIC = "عيادة القرم للبشرة والندبات (تجريبية)"
CLINIC_ADDRESS = "Building 1234, Way 2701, Qurum, Muscat, Sultanate of Oman"
CLINIC_ADDRESS_ARABIC = "مبنى 1234، سكة 2701، القرم، مسقط، سلطنة عمان"
CLINIC_PHONE = "+96824123456"

# (username, password, role, display name, licence)
STAFF_FRONT_DESK: tuple[tuple[str, str, str], ...] = (
    ("demo.frontdesk1", "demo-FrontDesk-1", "Reception: Shamsa Al Hinai"),
    ("demo.frontdesk2", "demo-FrontDesk-2", "Reception: Maria Santos"),
)
STAFF_ADMIN = ("demo.admin", "demo-Admin-1", "Clinic manager: Hilal Al Rawahi")
#: The Arabic display names of the staff who are not practitioners, shown to Arabic readers.
STAFF_ARABIC: dict[str, str] = {
    "demo.frontdesk1": "الاستقبال: شمسة الهنائية",
    "demo.frontdesk2": "الاستقبال: ماريا سانتوس",
    "demo.admin": "مدير العيادة: هلال الرواحي",
}
PRACTITIONER_NAMES: tuple[str, ...] = (
    "Dr Salma Al Harthy",
    "Dr Khalid Al Busaidi",
    "Dr Aisha Al Lawati",
    "Dr Nasser Al Kindi",
    "Dr Maryam Al Balushi",
    "Dr Priya Nair",
    "Dr Huda Al Riyami",
    "Dr Faisal Al Amri",
    "Dr Zainab Al Hashmi",
    "Dr Yousuf Al Saadi",
    "Dr Reem Al Jabri",
    "Dr Omar Siddiqui",
)
#: Arabic spellings of the expatriate practitioners' names, which the Omani tables lack.
EXPAT_ARABIC: dict[str, str] = {
    "Priya": "بريا",
    "Nair": "ناير",
    "Omar": "عمر",
    "Siddiqui": "صديقي",
}
DOCTOR_ARABIC = "د."


def arabic_practitioner_name(latin: str) -> str:
    """Spell a demo practitioner's name in Arabic ("Dr Salma Al Harthy" → "د. سلمى الحارثي")
    from the same name tables the demo patients' Arabic names come from, so a printed sheet's
    Arabic column names the practitioner in Arabic letters. A part with no known spelling keeps
    its Latin letters."""
    spelled = dict(FEMALE_NAMES + MALE_NAMES + FAMILY_NAMES) | EXPAT_ARABIC
    rest = latin.removeprefix("Dr ")
    first, _, family = rest.partition(" ")
    parts = [spelled.get(first, first)] + ([spelled.get(family, family)] if family else [])
    title = [DOCTOR_ARABIC] if rest != latin else []
    return " ".join(title + parts)
