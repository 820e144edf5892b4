"""Fixed words of the patient's copy: bilingual labels and the README of the ZIP.

These name the fields of the record (not clinic wording a clinic would edit, like an aftercare
sheet's advice), so they live in code beside the renderer. Modality and face-region names come
from the clinic's ``common.<lang>.md`` like on every other document.
"""

from __future__ import annotations

from scardesk.domain.modalities import SPECS

#: key -> (English, Arabic)
LABELS: dict[str, tuple[str, str]] = {
    "title": ("Copy of the patient's record", "نسخة المريض من سجله الطبي"),
    "subtitle": (
        "Prepared at the patient's request under Oman's Personal Data Protection Law.",
        "أُعدّت بناءً على طلب المريض وفقا لقانون حماية البيانات الشخصية في سلطنة عمان.",
    ),
    "file": ("File number", "رقم الملف"),
    "exported": ("Prepared on", "تاريخ الإعداد"),
    "details": ("Patient details", "بيانات المريض"),
    "name_latin": ("Name (Latin)", "الاسم باللاتينية"),
    "name_arabic": ("Name (Arabic)", "الاسم بالعربية"),
    "date_of_birth": ("Date of birth", "تاريخ الميلاد"),
    "sex": ("Sex", "الجنس"),
    "document": ("Identity document", "وثيقة الهوية"),
    "expiry": ("expires", "تنتهي في"),
    "phone": ("Phone", "الهاتف"),
    "email": ("E-mail", "البريد الإلكتروني"),
    "address": ("Address", "العنوان"),
    "emergency": ("Emergency contact", "جهة الاتصال في الطوارئ"),
    "fitzpatrick": ("Skin type (Fitzpatrick)", "نوع البشرة (فيتزباتريك)"),
    "status": ("Record", "حالة الملف"),
    "active": ("active", "نشط"),
    "archived": ("archived", "مؤرشف"),
    "merged_from": ("Also holds files", "يضم أيضا الملفات"),
    "medical_history": ("Medical history", "التاريخ الطبي"),
    "consents": ("Consents", "الموافقات"),
    "assessments": ("Scar assessments and scores", "تقييم الندبات ودرجاتها"),
    "sessions": ("Treatment sessions", "جلسات العلاج"),
    "appointments": ("Appointments", "المواعيد"),
    "photos": ("Photos", "الصور"),
    "plans": ("Treatment plans", "خطط العلاج"),
    "documents": ("Documents issued", "المستندات الصادرة"),
    "none": ("None recorded.", "لا يوجد شيء مسجل."),
    "unreadable": (
        "{records} could not be read by this version of ScarDesk. Each is listed in "
        'its place as "Cannot be read"; the clinic keeps it and can look into it.',
        "تعذّرت قراءة {n} من السجلات المحفوظة في هذا الإصدار من البرنامج. كل منها مذكور في "
        "موضعه، والعيادة تحتفظ به ويمكنها مراجعته.",
    ),
    "body_note": (
        "Clinical entries are written in English, as recorded; notes appear as typed.",
        "البنود السريرية مكتوبة بالإنجليزية كما سُجّلت، والملاحظات كما كُتبت.",
    ),
}

SEX = {"female": ("female", "أنثى"), "male": ("male", "ذكر")}

DOCUMENT_TYPES = {
    "omani_id": ("Omani ID card", "البطاقة الشخصية العمانية"),
    "resident_card": ("Resident card", "بطاقة المقيم"),
    "passport": ("Passport", "جواز السفر"),
    "gcc_id": ("GCC ID card", "بطاقة هوية خليجية"),
}

PURPOSES = {
    # Each treatment consent as its modality's spec names it (one line per modality, no table).
    **{spec.consent_purpose.value: f"Treatment: {spec.name}" for spec in SPECS.values()},
    "clinical_photos": "Clinical photos",
    "marketing_photos": "Use of photos for marketing",
    "reminders": "Reminders",
}

DOCUMENT_KINDS = {
    "aftercare": "Aftercare sheet",
    "consent": "Consent form",
    "visit_summary": "Visit summary",
}

README = """\
ScarDesk - copy of a patient's record
=====================================

This ZIP file holds everything the clinic's ScarDesk stores about one patient, prepared at
the patient's request (Oman, Personal Data Protection Law, Royal Decree 6/2022).

  record.pdf    The whole record to read or print: details, medical history, consents,
                scar assessments with their scores, treatment sessions (products, lots,
                units per injection point, device settings, reactions), corrections and
                withdrawn entries shown as such, treatment plans, and lists of the photos
                and documents below, appointments. Labels are in English and Arabic.
  record.json   The same data for another clinic's system (UTF-8 JSON). It starts with
                "format": "scardesk-patient-export" and "version": 1. Times are ISO 8601
                in UTC, dates ISO 8601, staff by name, records by their number. An entry
                {"unreadable": true, "table": ..., "id": ...} is a stored record this
                version of ScarDesk could not read: it exists, and the clinic can look at it.
  photos/       Every clinical photo as a JPEG file, named photo-<number>-<date>-<view>.jpg
                ("-voided" when the photo was withdrawn from use).
  documents/    Every document issued to the patient (aftercare sheets, consent forms, visit
                summaries), as the very PDF that was issued.
  signatures/   The signature given with each consent, as it was captured (PNG).

Nothing in the record was left out. Entries that were corrected or withdrawn are kept and
marked, with the reason given.

ScarDesk - نسخة من سجل المريض
=============================

يحتوي هذا الملف المضغوط على كل ما يحفظه برنامج ScarDesk في العيادة عن مريض واحد، وقد أُعدّ
بناءً على طلب المريض (سلطنة عمان، قانون حماية البيانات الشخصية، المرسوم السلطاني 6/2022).

  record.pdf    السجل كاملا للقراءة أو الطباعة: البيانات الشخصية، والتاريخ الطبي، والموافقات،
                وتقييم الندبات ودرجاتها، وجلسات العلاج (المنتجات والتشغيلات والوحدات في كل نقطة
                حقن وإعدادات الأجهزة والتفاعلات)، والتصحيحات والبنود الملغاة مع بيان ذلك، وخطط
                العلاج، وقائمة الصور والمستندات. العناوين بالعربية والإنجليزية.
  record.json   البيانات نفسها بصيغة JSON لنظام عيادة أخرى. الأوقات بتوقيت UTC وفق ISO 8601.
                البند {"unreadable": true} سجل محفوظ تعذّرت قراءته في هذا الإصدار، وهو موجود
                ويمكن للعيادة مراجعته.
  photos/       كل الصور السريرية بصيغة JPEG.
  documents/    كل المستندات التي صدرت للمريض، وهي ملفات PDF نفسها التي سُلّمت.
  signatures/   التوقيع المقدَّم مع كل موافقة كما التُقط (PNG).

لم يُحذف شيء من السجل. البنود التي صُحّحت أو أُلغيت محفوظة ومُعلَّمة مع سببها.
"""
