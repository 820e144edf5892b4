<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Change role</source>
        <extracomment>How long a one-time password works (enforced at sign-in from password_changed_at).</extracomment>
        <translation>تغيير الدور</translation>
    </message>
    <message>
        <source>New &amp;role for {name}</source>
        <translation>ال&amp;دور الجديد لـ {name}</translation>
    </message>
    <message>
        <source>The change takes effect at the account&apos;s next action, on every workstation. A clinical lead who stops being a practitioner stops being a lead.</source>
        <translation>يسري التغيير عند الإجراء التالي للحساب، على كل أجهزة العمل. المسؤول الطبي الذي لم يعد طبيبًا معالجًا لا يبقى مسؤولًا طبيًا.</translation>
    </message>
    <message>
        <source>One-time password</source>
        <translation>كلمة مرور لمرة واحدة</translation>
    </message>
    <message>
        <source>One-time password for {name}:</source>
        <translation>كلمة مرور لمرة واحدة لـ {name}:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;نسخ</translation>
    </message>
    <message>
        <source>Give it to {name} in person. It must be changed at the next sign-in, within {hours} hours, after which it stops working. ScarDesk does not keep it: it is not shown again.</source>
        <translation>سلّمها إلى {name} شخصيًا. يجب تغييرها عند تسجيل الدخول التالي خلال {hours} ساعة، وبعدها تتوقف عن العمل. لا يحتفظ ScarDesk بها، ولن تُعرض مرة أخرى.</translation>
    </message>
    <message>
        <source>Copied. Clear the clipboard once it has been used.</source>
        <translation>تم النسخ. امسح الحافظة بعد استخدامها.</translation>
    </message>
    <message>
        <source>#file number</source>
        <extracomment>The date a date box shows as &quot;any&quot; (its minimum).</extracomment>
        <translation>#رقم الملف</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>الجميع</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>كل الإجراءات</translation>
    </message>
    <message>
        <source>Only the newest events are in this file: narrow the filters for older ones.</source>
        <extracomment>The most events one file holds. A CSV row is cheap; a PDF page holds ~30 sentences, so 2,000 events is already ~70 pages: narrow the filters for more.</extracomment>
        <translation>يضم هذا الملف أحدث الأحداث فقط: ضيّق عوامل التصفية لرؤية الأقدم.</translation>
    </message>
    <message>
        <source>Time (Muscat)</source>
        <translation>الوقت (بتوقيت مسقط)</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>المريض</translation>
    </message>
    <message>
        <source>Only the newest {count} events are shown: narrow the filters.</source>
        <translation>تُعرض أحدث الأحداث فقط (عددها {count}): ضيّق عوامل التصفية.</translation>
    </message>
    <message>
        <source>patient {patient}</source>
        <translation>المريض {patient}</translation>
    </message>
    <message>
        <source>user #{user}</source>
        <translation>المستخدم رقم {user}</translation>
    </message>
    <message>
        <source>from {day}</source>
        <translation>من {day}</translation>
    </message>
    <message>
        <source>until {day}</source>
        <translation>حتى {day}</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>كل الأحداث</translation>
    </message>
    <message>
        <source>User</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>any</source>
        <translation>أي تاريخ</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>سجل التدقيق</translation>
    </message>
    <message>
        <source>No event matches these filters. Widen the dates or clear a filter.</source>
        <translation>لا يوجد حدث يطابق عوامل التصفية هذه. وسّع نطاق التواريخ أو أزل أحد عوامل التصفية.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>تصدير CSV…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>تصدير PDF…</translation>
    </message>
    <message>
        <source>Verify the chain</source>
        <translation>التحقق من السلسلة</translation>
    </message>
    <message>
        <source>No event matches these filters.</source>
        <translation>لا يوجد حدث يطابق عوامل التصفية هذه.</translation>
    </message>
    <message>
        <source>Newest %1 events shown; scroll for older ones.</source>
        <translation>تُعرض أحدث %1 من الأحداث؛ مرّر لعرض الأقدم.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s).</source>
        <translation>
            <numerusform>لا أحداث.</numerusform>
            <numerusform>حدث واحد.</numerusform>
            <numerusform>حدثان.</numerusform>
            <numerusform>%n أحداث.</numerusform>
            <numerusform>%n حدثًا.</numerusform>
            <numerusform>%n حدث.</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>ملف CSV لبرنامج Excel (*.csv)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>مستند PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the audit log</source>
        <translation>حفظ سجل التدقيق</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) saved as %1</source>
        <translation>
            <numerusform>حُفظ الملف %1 دون أي حدث</numerusform>
            <numerusform>حُفظ حدث واحد في %1</numerusform>
            <numerusform>حُفظ حدثان في %1</numerusform>
            <numerusform>حُفظت %n أحداث في %1</numerusform>
            <numerusform>حُفظ %n حدثًا في %1</numerusform>
            <numerusform>حُفظ %n حدث في %1</numerusform>
        </translation>
    </message>
    <message>
        <source>(only the newest: narrow the filters for the rest)</source>
        <translation>(الأحدث فقط: ضيّق عوامل التصفية لعرض الباقي)</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>جارٍ التحقق…</translation>
    </message>
    <message>
        <source>The audit chain is whole: no event was changed or removed.</source>
        <translation>سلسلة التدقيق سليمة: لم يُغيَّر أي حدث ولم يُحذف.</translation>
    </message>
    <message>
        <source>BROKEN: {problem}</source>
        <translation>معطوبة: {problem}</translation>
    </message>
    <message>
        <source>Automatic backups on this computer</source>
        <translation>النسخ الاحتياطية التلقائية على هذا الحاسوب</translation>
    </message>
    <message>
        <source>for example a USB disk or a NAS folder</source>
        <translation>مثل قرص USB أو مجلد على جهاز NAS</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Every day at</source>
        <translation>يوميًا في الساعة</translation>
    </message>
    <message>
        <source>When the last person signs out</source>
        <translation>عند تسجيل خروج آخر مستخدم</translation>
    </message>
    <message>
        <source>days</source>
        <translation>أيام</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>أسابيع</translation>
    </message>
    <message>
        <source>months</source>
        <translation>أشهر</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>المجلد</translation>
    </message>
    <message>
        <source>When</source>
        <translation>الموعد</translation>
    </message>
    <message>
        <source>Keep the newest of the last</source>
        <translation>الاحتفاظ بأحدث نسخة من كل فترة خلال آخر</translation>
    </message>
    <message>
        <source>Save schedule</source>
        <translation>حفظ الجدول الزمني</translation>
    </message>
    <message>
        <source>Back up to this folder now</source>
        <translation>إنشاء نسخة احتياطية في هذا المجلد الآن</translation>
    </message>
    <message>
        <source>Backups in the folder, newest first</source>
        <translation>النسخ الاحتياطية في المجلد، الأحدث أولًا</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <source>Restore this backup…</source>
        <translation>استعادة هذه النسخة الاحتياطية…</translation>
    </message>
    <message>
        <source>Reading the backup folder…</source>
        <translation>جارٍ قراءة مجلد النسخ الاحتياطية…</translation>
    </message>
    <message>
        <source>The backup settings could not be read; see the message.</source>
        <translation>تعذّرت قراءة إعدادات النسخ الاحتياطي؛ راجع الرسالة.</translation>
    </message>
    <message>
        <source>No automatic backups are set up on this computer yet.</source>
        <translation>لم تُضبط نسخ احتياطية تلقائية على هذا الحاسوب بعد.</translation>
    </message>
    <message>
        <source>The backup folder cannot be read ({problem}). Is the disk plugged in?</source>
        <translation>تعذّرت قراءة مجلد النسخ الاحتياطية ({problem}). هل القرص موصول؟</translation>
    </message>
    <message>
        <source>No backup has been made into this folder yet.</source>
        <translation>لم تُنشأ أي نسخة احتياطية في هذا المجلد بعد.</translation>
    </message>
    <message>
        <source>Last good backup: {when}.</source>
        <translation>آخر نسخة احتياطية سليمة: {when}.</translation>
    </message>
    <message>
        <source>Warning: there is no backup from the last 24 hours.</source>
        <translation>تحذير: لا توجد نسخة احتياطية من آخر 24 ساعة.</translation>
    </message>
    <message>
        <source>{count} patients</source>
        <translation>عدد المرضى: {count}</translation>
    </message>
    <message>
        <source>Folder for backups</source>
        <translation>مجلد النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>جارٍ النسخ الاحتياطي…</translation>
    </message>
    <message>
        <source>Made {when} by {who} ({why}).</source>
        <translation>أُنشئت في {when} بواسطة {who} ({why}).</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>no reason recorded</source>
        <translation>لم يُسجَّل سبب</translation>
    </message>
    <message>
        <source>{patients} patients, {sessions} sessions, {size:.1f} MB.</source>
        <translation>عدد المرضى: {patients}، عدد الجلسات: {sessions}، الحجم: {size:.1f} MB.</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>هل تريد استعادة هذه النسخة الاحتياطية؟</translation>
    </message>
    <message>
        <source>{preview}

ScarDesk will close, check this backup, put it in place of the current database (which is kept beside it) and start again. Every other workstation must close ScarDesk first. Restore now?</source>
        <translation>{preview}

سيُغلَق ScarDesk، ويتحقق من هذه النسخة الاحتياطية، ويضعها مكان قاعدة البيانات الحالية (التي يُحتفظ بها إلى جانبها)، ثم يعيد التشغيل. يجب إغلاق ScarDesk على كل أجهزة العمل الأخرى أولًا. هل تريد الاستعادة الآن؟</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <source>ScarDesk could not start the restore; nothing was changed.</source>
        <translation>تعذّر على ScarDesk بدء الاستعادة، ولم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>Clinic name (English)</source>
        <translation>اسم العيادة (بالإنجليزية)</translation>
    </message>
    <message>
        <source>Clinic name (Arabic)</source>
        <translation>اسم العيادة (بالعربية)</translation>
    </message>
    <message>
        <source>Address (English)</source>
        <translation>العنوان (بالإنجليزية)</translation>
    </message>
    <message>
        <source>Address (Arabic)</source>
        <translation>العنوان (بالعربية)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>e.g. 2412 3456 or +968 2412 3456</source>
        <translation>مثل 2412 3456 أو +968 2412 3456</translation>
    </message>
    <message>
        <source>Lock after N idle minutes</source>
        <translation>القفل بعد N دقيقة من عدم النشاط</translation>
    </message>
    <message>
        <source>{low} to {high}; 5 is usual on clinical workstations</source>
        <translation>من {low} إلى {high}؛ المعتاد 5 على أجهزة العمل السريرية</translation>
    </message>
    <message>
        <source>Opening hours (English)</source>
        <translation>ساعات العمل (بالإنجليزية)</translation>
    </message>
    <message>
        <source>e.g. Saturday to Thursday, 9:00 to 21:00</source>
        <translation>مثل: من السبت إلى الخميس، من 9:00 إلى 21:00</translation>
    </message>
    <message>
        <source>Opening hours (Arabic)</source>
        <translation>ساعات العمل (بالعربية)</translation>
    </message>
    <message>
        <source>Ministry of Health licence number</source>
        <translation>رقم ترخيص وزارة الصحة</translation>
    </message>
    <message>
        <source>WhatsApp number (an Omani mobile)</source>
        <translation>رقم واتساب (رقم هاتف نقال عماني)</translation>
    </message>
    <message>
        <source>e.g. 9123 4567; printed as a QR code that opens a chat</source>
        <translation>مثل 9123 4567؛ يُطبع رمز QR يفتح محادثة</translation>
    </message>
    <message>
        <source>Save clinic details</source>
        <translation>حفظ بيانات العيادة</translation>
    </message>
    <message>
        <source>Enter a whole number of minutes from {low} to {high}, e.g. 5.</source>
        <translation>أدخل عددًا صحيحًا من الدقائق من {low} إلى {high}، مثل 5.</translation>
    </message>
    <message>
        <source>Logo saved.</source>
        <translation>حُفظ الشعار.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>تم الحفظ.</translation>
    </message>
    <message>
        <source>Logo (printed at the top of every document)</source>
        <translation>الشعار (يُطبع أعلى كل مستند)</translation>
    </message>
    <message>
        <source>Logo preview</source>
        <translation>معاينة الشعار</translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation>اختيار الشعار…</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>إزالة الشعار</translation>
    </message>
    <message>
        <source>PNG or JPEG, at most {size} KB.</source>
        <translation>PNG أو JPEG، بحد أقصى {size} KB.</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>لا يوجد شعار</translation>
    </message>
    <message>
        <source>Choose the clinic&apos;s logo</source>
        <translation>اختيار شعار العيادة</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>الصور (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>The file could not be read: {error}</source>
        <translation>تعذّرت قراءة الملف: {error}</translation>
    </message>
    <message>
        <source>A backup is copied while ScarDesk runs, checked on the copy (integrity, links between records, the audit chain) and only then kept. Keep copies off this computer too.</source>
        <translation>تُنسخ النسخة الاحتياطية أثناء عمل ScarDesk، ثم يُتحقق من النسخة (سلامة الملف، والروابط بين السجلات، وسلسلة التدقيق)، ولا يُحتفظ بها إلا بعد ذلك. احتفظ بنسخ خارج هذا الحاسوب أيضًا.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>إنشاء نسخة احتياطية الآن</translation>
    </message>
    <message>
        <source>Check the database</source>
        <translation>فحص قاعدة البيانات</translation>
    </message>
    <message>
        <source>No backup or check run yet. Its result will show here.</source>
        <translation>لم تُنشأ نسخة احتياطية ولم يُجرَ فحص بعد. ستظهر النتيجة هنا.</translation>
    </message>
    <message>
        <source>The audit seal could not be read; see the message.</source>
        <translation>تعذّرت قراءة ختم التدقيق؛ راجع الرسالة.</translation>
    </message>
    <message>
        <source>This database has no audit seal yet.</source>
        <translation>لا يوجد لقاعدة البيانات هذه ختم تدقيق بعد.</translation>
    </message>
    <message>
        <source>Audit seal: nothing sealed yet.</source>
        <translation>ختم التدقيق: لم يُختم شيء بعد.</translation>
    </message>
    <message>
        <source>Audit seal: event {seq} · {link} (written {at}).</source>
        <translation>ختم التدقيق: الحدث {seq} · {link} (كُتب في {at}).</translation>
    </message>
    <message>
        <source>Audit key fingerprint: {fingerprint}.</source>
        <translation>بصمة مفتاح التدقيق: {fingerprint}.</translation>
    </message>
    <message>
        <source>The audit key of this database is not on this computer.</source>
        <translation>مفتاح التدقيق لقاعدة البيانات هذه غير موجود على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Write the seal down now and then, away from this computer: the database check compares the audit trail with it, so a shortened trail cannot pass unnoticed.</source>
        <translation>دوّن الختم من حين لآخر بعيدًا عن هذا الحاسوب: يقارن فحص قاعدة البيانات سجل التدقيق به، فلا يمر اختصار السجل دون أن يُلاحَظ.</translation>
    </message>
    <message>
        <source>That did not work; see the message.</source>
        <translation>لم تنجح العملية؛ راجع الرسالة.</translation>
    </message>
    <message>
        <source>Verified backup written to {path} ({size}, {seconds:.1f} s).</source>
        <translation>كُتبت نسخة احتياطية مُتحقَّق منها في {path} ({size}، {seconds:.1f} ث).</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>جارٍ الفحص…</translation>
    </message>
    <message>
        <source>All checks passed: the file, the links between records and the audit chain are whole.</source>
        <translation>نجحت كل الفحوص: الملف والروابط بين السجلات وسلسلة التدقيق سليمة.</translation>
    </message>
    <message>
        <source>Problems found — make no changes and call for support:</source>
        <translation>وُجدت مشكلات — لا تُجرِ أي تغييرات واتصل بالدعم الفني:</translation>
    </message>
    <message>
        <source>Names on documents: {user}</source>
        <translation>الأسماء على المستندات: {user}</translation>
    </message>
    <message>
        <source>Name shown on screens and sheets</source>
        <translation>الاسم الظاهر على الشاشات والأوراق المطبوعة</translation>
    </message>
    <message>
        <source>Name in Arabic (printed in the Arabic column)</source>
        <translation>الاسم بالعربية (يُطبع في العمود العربي)</translation>
    </message>
    <message>
        <source>Practitioner licence number (optional)</source>
        <translation>رقم ترخيص الطبيب المعالج (اختياري)</translation>
    </message>
    <message>
        <source>Every treatment</source>
        <translation>كل العلاجات</translation>
    </message>
    <message>
        <source>units</source>
        <translation>وحدات</translation>
    </message>
    <message numerus="yes">
        <source>day(s)</source>
        <comment>unit after a number</comment>
        <translation>
            <numerusform>يوم</numerusform>
            <numerusform>يوم</numerusform>
            <numerusform>يومان</numerusform>
            <numerusform>أيام</numerusform>
            <numerusform>يومًا</numerusform>
            <numerusform>يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>month(s)</source>
        <comment>unit after a number</comment>
        <translation>
            <numerusform>شهر</numerusform>
            <numerusform>شهر</numerusform>
            <numerusform>شهران</numerusform>
            <numerusform>أشهر</numerusform>
            <numerusform>شهرًا</numerusform>
            <numerusform>شهر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>unit(s)</source>
        <comment>unit after a number</comment>
        <translation>
            <numerusform>وحدة</numerusform>
            <numerusform>وحدة</numerusform>
            <numerusform>وحدتان</numerusform>
            <numerusform>وحدات</numerusform>
            <numerusform>وحدة</numerusform>
            <numerusform>وحدة</numerusform>
        </translation>
    </message>
    <message>
        <source>The safety check uses these numbers for every patient. They start at the clinical reference&apos;s values; change them only on the medical director&apos;s word.</source>
        <translation>يستخدم فحص السلامة هذه الأرقام لكل مريض. تبدأ بقيم المرجع السريري؛ لا تغيّرها إلا بتوجيه من المدير الطبي.</translation>
    </message>
    <message>
        <source>Save rules</source>
        <translation>حفظ القواعد</translation>
    </message>
    <message>
        <source>Back to the reference&apos;s values</source>
        <translation>العودة إلى قيم المرجع</translation>
    </message>
    <message>
        <source>Clinic policy, not a label figure; default: {value}</source>
        <translation>سياسة العيادة، وليست رقمًا من نشرة المنتج؛ القيمة الافتراضية: {value}</translation>
    </message>
    <message>
        <source>Reference default: {value}</source>
        <translation>القيمة الافتراضية في المرجع: {value}</translation>
    </message>
    <message>
        <source>Only a clinical lead can change these; ask one of: {names}.</source>
        <translation>لا يغيّر هذه القيم إلا المسؤول الطبي؛ اطلب ذلك من أحد: {names}.</translation>
    </message>
    <message>
        <source>Only a clinical lead can change these, and the clinic has none yet: make a practitioner a clinical lead on the Users tab.</source>
        <translation>لا يغيّر هذه القيم إلا المسؤول الطبي، ولا يوجد مسؤول طبي في العيادة بعد: اجعل أحد الأطباء المعالجين مسؤولًا طبيًا من تبويب المستخدمين.</translation>
    </message>
    <message>
        <source>Saved: every workstation now uses these values.</source>
        <translation>تم الحفظ: تستخدم كل أجهزة العمل هذه القيم الآن.</translation>
    </message>
    <message>
        <source>Safety rules</source>
        <translation>قواعد السلامة</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>الإدارة</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>المستخدمون</translation>
    </message>
    <message>
        <source>Clinic details</source>
        <translation>بيانات العيادة</translation>
    </message>
    <message>
        <source>Working time</source>
        <translation>أوقات العمل</translation>
    </message>
    <message>
        <source>Backups and checks</source>
        <translation>النسخ الاحتياطية والفحوص</translation>
    </message>
    <message>
        <source>Document text</source>
        <translation>نصوص المستندات</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>إضافة مستخدم</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>e.g. s.albalushi</source>
        <translation>مثال: s.albalushi</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>at least 12 characters, e.g. a few unrelated words</source>
        <translation>12 حرفًا على الأقل، مثل بضع كلمات لا علاقة بينها</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>أعد كتابة كلمة المرور</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>The two passwords differ: type the same password twice.</source>
        <translation>كلمتا المرور مختلفتان: اكتب كلمة المرور نفسها مرتين.</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;إضافة مستخدم…</translation>
    </message>
    <message>
        <source>&amp;Names on documents…</source>
        <translation>ال&amp;أسماء على المستندات…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>إعادة &amp;تعيين كلمة المرور…</translation>
    </message>
    <message>
        <source>Change r&amp;ole…</source>
        <translation>تغيير ال&amp;دور…</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>&amp;تعطيل…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;فك القفل</translation>
    </message>
    <message>
        <source>Make clinical &amp;lead</source>
        <translation>تعيين ك&amp;مسؤول طبي</translation>
    </message>
    <message>
        <source>Make &amp;privacy officer</source>
        <translation>تعيين كمسؤول &amp;حماية البيانات</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Clinical lead</source>
        <translation>المسؤول الطبي</translation>
    </message>
    <message>
        <source>Privacy officer</source>
        <translation>مسؤول حماية البيانات</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>الحسابات</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>معطَّل</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>مقفل</translation>
    </message>
    <message numerus="yes">
        <source>%n failed sign-in(s)</source>
        <translation>
            <numerusform>لا محاولات دخول فاشلة</numerusform>
            <numerusform>محاولة دخول فاشلة واحدة</numerusform>
            <numerusform>محاولتا دخول فاشلتان</numerusform>
            <numerusform>%n محاولات دخول فاشلة</numerusform>
            <numerusform>%n محاولة دخول فاشلة</numerusform>
            <numerusform>%n محاولة دخول فاشلة</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <extracomment>What ``db.audit.snapshot`` stores for a redacted column, and for a prior value it lost. First-strong isolate: an Arabic name keeps its own direction without reordering the sentence around it (for screens; files get the plain text).</extracomment>
        <translation>؛ </translation>
    </message>
    <message>
        <source>(unknown)</source>
        <extracomment>The acting user&apos;s names; None for the system (or a failed sign-in). For events on the users table: the names of the account acted on.</extracomment>
        <translation>(غير معروف)</translation>
    </message>
    <message>
        <source>{who} was refused (wrong password): {what}, patient {patient}</source>
        <translation>{who}: رُفض الطلب (كلمة مرور خاطئة): {what}، المريض {patient}</translation>
    </message>
    <message>
        <source>{who} merged patient {merged} into patient {patient}</source>
        <translation>{who}: دمج ملف المريض {merged} في ملف المريض {patient}</translation>
    </message>
    <message>
        <source>{who} added {thing} for patient {patient}</source>
        <translation>{who}: إضافة {thing} للمريض {patient}</translation>
    </message>
    <message>
        <source>{who} did {action} with {thing} of patient {patient}</source>
        <translation>{who}: {action} على {thing} للمريض {patient}</translation>
    </message>
    <message>
        <source>{who} did {action} with {thing}</source>
        <translation>{who}: {action} على {thing}</translation>
    </message>
    <message>
        <source>something this version does not describe ({code})</source>
        <translation>إجراء لا يصفه هذا الإصدار ({code})</translation>
    </message>
    <message>
        <source>Someone</source>
        <extracomment>Sign-in attempts made by whoever typed a name: the system records them, nobody is signed in.</extracomment>
        <translation>شخص ما</translation>
    </message>
    <message>
        <source>{who} viewed {what}</source>
        <translation>{who}: الاطلاع على {what}</translation>
    </message>
    <message>
        <source>{who} viewed {what} of patient {patient}</source>
        <translation>{who}: الاطلاع على {what} للمريض {patient}</translation>
    </message>
    <message>
        <source>the user account {target}</source>
        <translation>حساب المستخدم {target}</translation>
    </message>
    <message>
        <source>a record ({table})</source>
        <translation>سجل ({table})</translation>
    </message>
    <message>
        <source>{who} moved {thing} from patient {old} to patient {new}</source>
        <translation>{who}: نقل {thing} من المريض {old} إلى المريض {new}</translation>
    </message>
    <message>
        <source>{who} changed the {field} of patient {patient} from {old} to {new}</source>
        <translation>{who}: تغيير {field} للمريض {patient} من {old} إلى {new}</translation>
    </message>
    <message>
        <source>{who} changed the {field} of patient {patient}</source>
        <translation>{who}: تغيير {field} للمريض {patient}</translation>
    </message>
    <message>
        <source>{who} changed the {field} of {thing} of patient {patient} from {old} to {new}</source>
        <translation>{who}: تغيير {field} في {thing} للمريض {patient} من {old} إلى {new}</translation>
    </message>
    <message>
        <source>{who} changed the {field} of {thing} of patient {patient}</source>
        <translation>{who}: تغيير {field} في {thing} للمريض {patient}</translation>
    </message>
    <message>
        <source>{who} changed the {field} of {thing} from {old} to {new}</source>
        <translation>{who}: تغيير {field} في {thing} من {old} إلى {new}</translation>
    </message>
    <message>
        <source>{who} changed the {field} of {thing}</source>
        <translation>{who}: تغيير {field} في {thing}</translation>
    </message>
    <message>
        <source>{field} from {old} to {new}</source>
        <translation>{field} من {old} إلى {new}</translation>
    </message>
    <message>
        <source>{who} changed the details of patient {patient}: {changes}</source>
        <translation>{who}: تغيير بيانات المريض {patient}: {changes}</translation>
    </message>
    <message>
        <source>{who} changed {thing} of patient {patient}: {changes}</source>
        <translation>{who}: تغيير {thing} للمريض {patient}: {changes}</translation>
    </message>
    <message>
        <source>{who} changed {thing}: {changes}</source>
        <translation>{who}: تغيير {thing}: {changes}</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>(مخفي)</translation>
    </message>
    <message>
        <source>(not kept)</source>
        <translation>(غير محفوظ)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>(file, {size} bytes)</source>
        <translation>(ملف، {size} بايت)</translation>
    </message>
    <message>
        <source>Rea&amp;ctivate</source>
        <translation>إعادة ت&amp;فعيل</translation>
    </message>
    <message>
        <source>Remove clinical &amp;lead</source>
        <translation>إلغاء تعيين الم&amp;سؤول الطبي</translation>
    </message>
    <message>
        <source>Remove &amp;privacy officer</source>
        <translation>إلغاء تعيين مسؤول &amp;حماية البيانات</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>إعادة تعيين كلمة المرور</translation>
    </message>
    <message>
        <source>Give {name} a new one-time password? Their current password stops working at once; the new one must be changed at their next sign-in.</source>
        <translation>هل تريد إعطاء {name} كلمة مرور جديدة لمرة واحدة؟ تتوقف كلمة المرور الحالية عن العمل فورًا، ويجب تغيير الجديدة عند تسجيل الدخول التالي.</translation>
    </message>
    <message>
        <source>Deactivate account</source>
        <translation>تعطيل الحساب</translation>
    </message>
    <message>
        <source>Deactivate {name}? They can no longer sign in, and a window they have open stops at its next action. Nothing they recorded is removed.</source>
        <translation>هل تريد تعطيل حساب {name}؟ لن يتمكن من تسجيل الدخول، وستتوقف أي نافذة مفتوحة لديه عند إجرائه التالي. لن يُحذف شيء مما سجّله.</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>تعطيل</translation>
    </message>
    <message>
        <source>Working week</source>
        <extracomment>The week as an Omani calendar shows it: Saturday first, then Sunday to Friday.</extracomment>
        <translation>أسبوع العمل</translation>
    </message>
    <message>
        <source>Opening hours (Muscat time)</source>
        <translation>ساعات العمل (بتوقيت مسقط)</translation>
    </message>
    <message>
        <source>e.g. 09:00-12:00, 12:30-21:00</source>
        <translation>مثال: 09:00-12:00, 12:30-21:00</translation>
    </message>
    <message>
        <source>Stretches separated by commas; the gaps are breaks, e.g. the midday prayer.</source>
        <translation>فترات تفصل بينها فواصل، والفجوات بينها استراحات، مثل صلاة الظهر.</translation>
    </message>
    <message>
        <source>Save working week</source>
        <translation>حفظ أسبوع العمل</translation>
    </message>
    <message>
        <source>Public holidays</source>
        <translation>العطلات الرسمية</translation>
    </message>
    <message>
        <source>e.g. National Day</source>
        <translation>مثال: العيد الوطني</translation>
    </message>
    <message>
        <source>Add holiday</source>
        <translation>إضافة عطلة</translation>
    </message>
    <message>
        <source>No public holidays entered yet.</source>
        <translation>لم تُدخل عطلات رسمية بعد.</translation>
    </message>
    <message>
        <source>Remove holiday</source>
        <translation>إزالة العطلة</translation>
    </message>
    <message>
        <source>Practitioners&apos; days off</source>
        <translation>أيام إجازة الأطباء المعالجين</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>الطبيب المعالج</translation>
    </message>
    <message>
        <source>Add day off</source>
        <translation>إضافة يوم إجازة</translation>
    </message>
    <message>
        <source>Days off</source>
        <translation>أيام الإجازة</translation>
    </message>
    <message>
        <source>No days off entered yet.</source>
        <translation>لم تُدخل أيام إجازة بعد.</translation>
    </message>
    <message>
        <source>Remove day off</source>
        <translation>إزالة يوم الإجازة</translation>
    </message>
    <message>
        <source>Choose the practitioner who is off.</source>
        <translation>اختر الطبيب المعالج الذي في إجازة.</translation>
    </message>
    <message>
        <source>Move appointment</source>
        <extracomment>What booking and moving both return: the appointment, the overlaps it has, the change made.</extracomment>
        <translation>نقل الموعد</translation>
    </message>
    <message>
        <source>New booking</source>
        <translation>حجز جديد</translation>
    </message>
    <message>
        <source>2-week toxin review</source>
        <translation>مراجعة التوكسين بعد أسبوعين</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>Optional, e.g. prefers the afternoon</source>
        <translation>اختياري، مثل: يفضّل فترة ما بعد الظهر</translation>
    </message>
    <message>
        <source>&amp;Patient</source>
        <translation>ال&amp;مريض</translation>
    </message>
    <message>
        <source>P&amp;ractitioner</source>
        <translation>الطبيب ال&amp;معالج</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>المخطط له</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>ال&amp;تاريخ</translation>
    </message>
    <message>
        <source>&amp;Time (Muscat)</source>
        <translation>ال&amp;وقت (بتوقيت مسقط)</translation>
    </message>
    <message>
        <source>D&amp;uration</source>
        <translation>الم&amp;دة</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;ملاحظات</translation>
    </message>
    <message>
        <source>Choose a practitioner…</source>
        <translation>اختر الطبيب المعالج…</translation>
    </message>
    <message>
        <source>You can still book if the clinic agreed to open.</source>
        <translation>يمكنك الحجز مع ذلك إذا وافقت العيادة على فتح أبوابها.</translation>
    </message>
    <message>
        <source>{name} is already booked at this time:</source>
        <translation>لدى {name} حجز في هذا الوقت بالفعل:</translation>
    </message>
    <message>
        <source>You can still book if the practitioner agreed.</source>
        <translation>يمكنك الحجز مع ذلك إذا وافق الطبيب المعالج.</translation>
    </message>
    <message>
        <source>Move anyway</source>
        <translation>النقل على أي حال</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>نقل</translation>
    </message>
    <message>
        <source>Book anyway</source>
        <translation>الحجز على أي حال</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>حجز</translation>
    </message>
    <message>
        <source>Choose the patient: type part of a name or phone.</source>
        <translation>اختر المريض: اكتب جزءًا من الاسم أو رقم الهاتف.</translation>
    </message>
    <message>
        <source>Choose who will see the patient.</source>
        <translation>اختر من سيعاين المريض.</translation>
    </message>
    <message>
        <source>Cancel appointment</source>
        <translation>إلغاء الموعد</translation>
    </message>
    <message>
        <source>&amp;Reason (required)</source>
        <translation>ال&amp;سبب (إلزامي)</translation>
    </message>
    <message>
        <source>Common reasons</source>
        <translation>أسباب شائعة</translation>
    </message>
    <message>
        <source>Pick a common reason, or type one below</source>
        <translation>اختر سببًا شائعًا، أو اكتب سببًا أدناه</translation>
    </message>
    <message>
        <source>Patient asked to cancel</source>
        <translation>طلب المريض الإلغاء</translation>
    </message>
    <message>
        <source>Patient is unwell</source>
        <translation>المريض متوعك</translation>
    </message>
    <message>
        <source>Practitioner unavailable</source>
        <translation>الطبيب المعالج غير متاح</translation>
    </message>
    <message>
        <source>Booked by mistake</source>
        <translation>حُجز عن طريق الخطأ</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Why is it cancelled?</source>
        <translation>ما سبب الإلغاء؟</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>الإبقاء عليه</translation>
    </message>
    <message>
        <source>A reason is required: say briefly why, e.g. &apos;patient is unwell&apos;.</source>
        <translation>السبب إلزامي: اذكر باختصار السبب، مثل «المريض متوعك».</translation>
    </message>
    <message>
        <source>Born {day}</source>
        <translation>تاريخ الميلاد {day}</translation>
    </message>
    <message>
        <source>File #{number}</source>
        <translation>ملف رقم {number}</translation>
    </message>
    <message>
        <source>Name in Arabic or English, phone or civil number</source>
        <translation>الاسم بالعربية أو الإنجليزية، أو رقم الهاتف، أو الرقم المدني</translation>
    </message>
    <message>
        <source>Find the patient</source>
        <translation>البحث عن المريض</translation>
    </message>
    <message>
        <source>Matching patients</source>
        <translation>المرضى المطابقون</translation>
    </message>
    <message>
        <source>More patients match: type more of the name.</source>
        <translation>يطابق البحث مرضى آخرون: اكتب مزيدًا من الاسم.</translation>
    </message>
    <message>
        <source>No patient matches. Register them on Patients first.</source>
        <translation>لا يوجد مريض مطابق. سجّله أولًا في شاشة المرضى.</translation>
    </message>
    <message>
        <source>Safety check: nothing found for these treatments on that day.</source>
        <translation>فحص السلامة: لا توجد ملاحظات لهذه العلاجات في ذلك اليوم.</translation>
    </message>
    <message>
        <source>{blocks} would stop it, {overrides} need the practitioner&apos;s reason, {warnings} to note</source>
        <translation>مانع: {blocks}، يحتاج إلى سبب من الطبيب المعالج: {overrides}، للعلم: {warnings}</translation>
    </message>
    <message>
        <source>Safety check at the visit: {counts}.</source>
        <translation>فحص السلامة في الزيارة: {counts}.</translation>
    </message>
    <message>
        <source>The practitioner will review them before treating.</source>
        <translation>سيراجعها الطبيب المعالج قبل العلاج.</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>الاثنين</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>الثلاثاء</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>الأربعاء</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>الخميس</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>الجمعة</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>السبت</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>الأحد</translation>
    </message>
    <message>
        <source>{day} is not a working day of the clinic.</source>
        <translation>{day} ليس من أيام عمل العيادة.</translation>
    </message>
    <message>
        <source>{day} is a public holiday: {name}.</source>
        <translation>{day} عطلة رسمية: {name}.</translation>
    </message>
    <message>
        <source>{name} is off on {day}.</source>
        <translation>{name} في إجازة يوم {day}.</translation>
    </message>
    <message>
        <source>The time is outside the clinic&apos;s opening hours on {day}: {hours}.</source>
        <translation>الوقت خارج ساعات عمل العيادة يوم {day}: {hours}.</translation>
    </message>
    <message>
        <source>Amend assessment</source>
        <translation>تعديل التقييم</translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation>تقييم جديد</translation>
    </message>
    <message>
        <source>Assessed (Muscat time)</source>
        <translation>وقت التقييم (بتوقيت مسقط)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Findings, what was discussed with the patient…</source>
        <translation>الموجودات السريرية، وما نوقش مع المريض…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء الأمر</translation>
    </message>
    <message>
        <source>Save amendment</source>
        <translation>حفظ التعديل</translation>
    </message>
    <message>
        <source>Save assessment</source>
        <translation>حفظ التقييم</translation>
    </message>
    <message>
        <source>Goodman &amp; Baron {gb} / 84 · ECCA {ecca} / 540</source>
        <translation>غودمان وبارون (G&amp;B) {gb} / 84 · ECCA {ecca} / 540</translation>
    </message>
    <message>
        <source>Nothing was saved: correct the fields marked in red.</source>
        <translation>لم يُحفظ شيء: صحّح الحقول المعلَّمة باللون الأحمر.</translation>
    </message>
    <message>
        <source>Void assessment</source>
        <translation>إلغاء التقييم</translation>
    </message>
    <message>
        <source>The assessment stays in the record, marked as void, with your reason.</source>
        <translation>يبقى التقييم في السجل، مع علامة أنه مُلغى، ومعه السبب الذي ذكرته.</translation>
    </message>
    <message>
        <source>Reason, e.g. entered for the wrong patient</source>
        <translation>السبب، مثلًا: أُدخل لمريض آخر بالخطأ</translation>
    </message>
    <message>
        <source>Amend…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <source>Void…</source>
        <translation>إلغاء…</translation>
    </message>
    <message>
        <source>Show voided</source>
        <translation>إظهار الملغاة</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <source>Photos of the chosen assessment</source>
        <translation>صور التقييم المختار</translation>
    </message>
    <message>
        <source>Score trend</source>
        <translation>تطور النتائج</translation>
    </message>
    <message numerus="yes">
        <source>%n current assessment(s). Scores are computed from the stored counts.</source>
        <translation>
            <numerusform>لا توجد تقييمات سارية. تُحسب النتائج من أعداد الندبات المسجّلة.</numerusform>
            <numerusform>تقييم واحد سارٍ. تُحسب النتائج من أعداد الندبات المسجّلة.</numerusform>
            <numerusform>تقييمان ساريان. تُحسب النتائج من أعداد الندبات المسجّلة.</numerusform>
            <numerusform>%n تقييمات سارية. تُحسب النتائج من أعداد الندبات المسجّلة.</numerusform>
            <numerusform>%n تقييمًا ساريًا. تُحسب النتائج من أعداد الندبات المسجّلة.</numerusform>
            <numerusform>%n تقييم سارٍ. تُحسب النتائج من أعداد الندبات المسجّلة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Record an assessment to start the trend.</source>
        <translation>سجّل تقييمًا ليبدأ منحنى تطور النتائج.</translation>
    </message>
    <message>
        <source>No photos are linked to this assessment.</source>
        <translation>لا توجد صور مرتبطة بهذا التقييم.</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>تاريخ التقييم</translation>
    </message>
    <message>
        <source>G&amp;B grade</source>
        <translation>درجة G&amp;B</translation>
    </message>
    <message>
        <source>G&amp;B score</source>
        <translation>نتيجة G&amp;B</translation>
    </message>
    <message>
        <source>ECCA</source>
        <translation>ECCA</translation>
    </message>
    <message>
        <source>Skin type</source>
        <translation>نوع البشرة</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>مُلغى</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>سارٍ</translation>
    </message>
    <message>
        <source>Cannot be read</source>
        <translation>تعذّرت قراءته</translation>
    </message>
    <message>
        <source>Scars by facial region</source>
        <translation>الندبات حسب منطقة الوجه</translation>
    </message>
    <message>
        <source>Click a region of the face to count its scars.</source>
        <translation>انقر على منطقة من الوجه لعدّ ندباتها.</translation>
    </message>
    <message>
        <source>Fill ECCA counts from the map</source>
        <translation>تعبئة أعداد ECCA من الخريطة</translation>
    </message>
    <message>
        <source>Adds up the map&apos;s counts per ECCA item; hypertrophic scars need their age, so enter them yourself.</source>
        <translation>يجمع أعداد الندبات من الخريطة لكل بند من بنود ECCA؛ أما الندبات الضخامية فتحتاج إلى معرفة عمرها، فأدخلها بنفسك.</translation>
    </message>
    <message>
        <source>{region}: scars by type</source>
        <translation>{region}: الندبات حسب النوع</translation>
    </message>
    <message>
        <source>clear</source>
        <translation>خالٍ من الندبات</translation>
    </message>
    <message>
        <source>almost clear</source>
        <translation>شبه خالٍ</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>خفيف</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>متوسط</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>شديد</translation>
    </message>
    <message>
        <source>very severe</source>
        <translation>شديد جدًا</translation>
    </message>
    <message>
        <source>Goodman &amp; Baron qualitative grade</source>
        <translation>الدرجة النوعية حسب مقياس غودمان وبارون (Goodman &amp; Baron)</translation>
    </message>
    <message>
        <source>Grade the worst clinically relevant scarring, judged at 50 cm.</source>
        <translation>قيّم أسوأ تندّب ذي أهمية سريرية، بالنظر من مسافة 50 سم.</translation>
    </message>
    <message>
        <source>Not graded</source>
        <translation>لم تُحدَّد الدرجة</translation>
    </message>
    <message>
        <source>SCAR-S (face): not scored</source>
        <translation>SCAR-S (الوجه): بلا تقييم</translation>
    </message>
    <message>
        <source>SCAR-S (face): {n} · {name}</source>
        <translation>SCAR-S (الوجه): {n} · {name}</translation>
    </message>
    <message>
        <source>Goodman &amp; Baron quantitative score</source>
        <translation>النتيجة الكمية حسب مقياس غودمان وبارون (Goodman &amp; Baron)</translation>
    </message>
    <message>
        <source>D · keloidal or hypertrophic (by area)</source>
        <translation>D · جدرية أو ضخامية (حسب المساحة)</translation>
    </message>
    <message>
        <source>Total area: &lt; 5 → 6, 5–20 → 12, &gt; 20 cm² → 18</source>
        <translation>المساحة الإجمالية: أقل من 5 ← 6، من 5 إلى 20 ← 12، أكثر من 20 سم² ← 18</translation>
    </message>
    <message>
        <source>+{n}</source>
        <translation>+{n}</translation>
    </message>
    <message>
        <source>Total {total} / {most}</source>
        <translation>المجموع {total} / {most}</translation>
    </message>
    <message>
        <source>ECCA score</source>
        <translation>درجة ECCA</translation>
    </message>
    <message>
        <source>Count per item: none → 0, fewer than 5 → 1, 5 to 20 → 2, more than 20 → 3.</source>
        <translation>العدد لكل بند: لا شيء ← 0، أقل من 5 ← 1، من 5 إلى 20 ← 2، أكثر من 20 ← 3.</translation>
    </message>
    <message>
        <source>Fitzpatrick skin type</source>
        <translation>نوع البشرة حسب فيتزباتريك</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>غير مسجّل</translation>
    </message>
    <message>
        <source>Type {numeral}</source>
        <translation>النوع {numeral}</translation>
    </message>
    <message>
        <source>Required before any laser or peel is planned.</source>
        <translation>مطلوب قبل التخطيط لأي علاج بالليزر أو بالتقشير.</translation>
    </message>
    <message>
        <source>Higher risk of post-inflammatory hyperpigmentation and keloid after lasers and peels: prefer nonablative lasers, do a test spot, prime the skin and insist on sunscreen.</source>
        <translation>خطر أعلى لفرط التصبغ التالي للالتهاب والجدرة بعد الليزر والتقشير: يُفضَّل الليزر غير الاستئصالي، مع إجراء اختبار على بقعة صغيرة، وتهيئة البشرة مسبقًا، والتشديد على استعمال واقي الشمس.</translation>
    </message>
    <message>
        <source>Suitability by treatment</source>
        <translation>الملاءمة حسب نوع العلاج</translation>
    </message>
    <message>
        <source>Not judged</source>
        <translation>لم تُقيَّم</translation>
    </message>
    <message>
        <source>Icepick</source>
        <translation>ثقب الثلج (ice pick)</translation>
    </message>
    <message>
        <source>Boxcar, shallow</source>
        <translation>صندوقية، سطحية (boxcar)</translation>
    </message>
    <message>
        <source>Boxcar, deep</source>
        <translation>صندوقية، عميقة (boxcar)</translation>
    </message>
    <message>
        <source>Rolling</source>
        <translation>متموجة (rolling)</translation>
    </message>
    <message>
        <source>Hypertrophic</source>
        <translation>ضخامية</translation>
    </message>
    <message>
        <source>Keloid</source>
        <translation>جدرة (كيلويد)</translation>
    </message>
    <message>
        <source>Macular</source>
        <translation>بقعية</translation>
    </message>
    <message>
        <source>Narrow (&lt; 2 mm), deep, sharp-edged, V-shaped</source>
        <translation>ضيقة (أقل من 2 مم)، عميقة، حادة الحواف، على شكل V</translation>
    </message>
    <message>
        <source>Round or oval, sharp edges, 1.5–4 mm wide, 0.1–0.5 mm deep</source>
        <translation>دائرية أو بيضاوية، حادة الحواف، عرضها 1.5–4 مم، وعمقها 0.1–0.5 مم</translation>
    </message>
    <message>
        <source>Round or oval, sharp edges, 1.5–4 mm wide, ≥ 0.5 mm deep</source>
        <translation>دائرية أو بيضاوية، حادة الحواف، عرضها 1.5–4 مم، وعمقها 0.5 مم أو أكثر</translation>
    </message>
    <message>
        <source>Wide (&gt; 4–5 mm), undulating, tethered; M-shaped</source>
        <translation>واسعة (أكبر من 4–5 مم)، متموجة، مشدودة إلى ما تحت الجلد؛ على شكل M</translation>
    </message>
    <message>
        <source>Raised, stays within the original lesion</source>
        <translation>بارزة، تبقى ضمن حدود الآفة الأصلية</translation>
    </message>
    <message>
        <source>Raised, grows beyond the original lesion</source>
        <translation>بارزة، تمتد خارج حدود الآفة الأصلية</translation>
    </message>
    <message>
        <source>Flat red or pigmented mark: colour, not contour</source>
        <translation>علامة مسطحة حمراء أو مصطبغة: تغيّر في اللون لا في سطح الجلد</translation>
    </message>
    <message>
        <source>1 · Macular</source>
        <translation>1 · بقعية</translation>
    </message>
    <message>
        <source>2 · Mild</source>
        <translation>2 · خفيفة</translation>
    </message>
    <message>
        <source>3 · Moderate</source>
        <translation>3 · متوسطة</translation>
    </message>
    <message>
        <source>4 · Severe</source>
        <translation>4 · شديدة</translation>
    </message>
    <message>
        <source>A · milder (1 point)</source>
        <translation>A · أخف (نقطة واحدة)</translation>
    </message>
    <message>
        <source>Macular erythematous or pigmented</source>
        <translation>بقعية حمامية أو مصطبغة</translation>
    </message>
    <message>
        <source>Mildly atrophic, dish-like</source>
        <translation>ضامرة خفيفة، صحنية الشكل</translation>
    </message>
    <message>
        <source>B · moderate (2 points)</source>
        <translation>B · متوسطة (نقطتان)</translation>
    </message>
    <message>
        <source>Moderately atrophic, dish-like</source>
        <translation>ضامرة متوسطة، صحنية الشكل</translation>
    </message>
    <message>
        <source>Punched out, shallow bases, small (&lt; 5 mm)</source>
        <translation>محفورة، قاعدتها سطحية، صغيرة (أقل من 5 مم)</translation>
    </message>
    <message>
        <source>Shallow but broad atrophic areas</source>
        <translation>مناطق ضامرة سطحية لكنها واسعة</translation>
    </message>
    <message>
        <source>C · severe (3 points)</source>
        <translation>C · شديدة (3 نقاط)</translation>
    </message>
    <message>
        <source>Punched out, deep normal bases, small (&lt; 5 mm)</source>
        <translation>محفورة، قاعدتها عميقة وطبيعية، صغيرة (أقل من 5 مم)</translation>
    </message>
    <message>
        <source>Punched out, deep abnormal bases, small (&lt; 5 mm)</source>
        <translation>محفورة، قاعدتها عميقة وغير طبيعية، صغيرة (أقل من 5 مم)</translation>
    </message>
    <message>
        <source>Linear or troughed dermal scarring</source>
        <translation>تندّب أدمي خطي أو أخدودي</translation>
    </message>
    <message>
        <source>Deep, broad atrophic areas</source>
        <translation>مناطق ضامرة عميقة وواسعة</translation>
    </message>
    <message>
        <source>D · hyperplastic (2 points)</source>
        <translation>D · فرط تنسّج (نقطتان)</translation>
    </message>
    <message>
        <source>Papular scars</source>
        <translation>ندبات حطاطية</translation>
    </message>
    <message>
        <source>V-shaped atrophic, &lt; 2 mm (icepick) · ×15</source>
        <translation>ضامرة على شكل V، أقل من 2 مم (ثقب الثلج، ice pick) · ×15</translation>
    </message>
    <message>
        <source>U-shaped atrophic, 2–4 mm, sharp edges (boxcar) · ×20</source>
        <translation>ضامرة على شكل U، من 2 إلى 4 مم، حادة الحواف (صندوقية، boxcar) · ×20</translation>
    </message>
    <message>
        <source>M-shaped atrophic, &gt; 4 mm, superficial (rolling) · ×25</source>
        <translation>ضامرة على شكل M، أكبر من 4 مم، سطحية (متموجة، rolling) · ×25</translation>
    </message>
    <message>
        <source>Superficial elastolysis · ×30</source>
        <translation>انحلال المرونة السطحي · ×30</translation>
    </message>
    <message>
        <source>Hypertrophic inflammatory, &lt; 2 years old · ×40</source>
        <translation>ضخامية التهابية، عمرها أقل من سنتين · ×40</translation>
    </message>
    <message>
        <source>Keloid, or hypertrophic &gt; 2 years old · ×50</source>
        <translation>جدرة، أو ضخامية عمرها أكثر من سنتين · ×50</translation>
    </message>
    <message numerus="yes">
        <source>{date}: Goodman &amp; Baron {gb}, ECCA {ecca}, %n photo(s)</source>
        <translation>
            <numerusform>{date}: غودمان وبارون (G&amp;B) {gb}، ECCA {ecca}، بلا صور</numerusform>
            <numerusform>{date}: غودمان وبارون (G&amp;B) {gb}، ECCA {ecca}، صورة واحدة</numerusform>
            <numerusform>{date}: غودمان وبارون (G&amp;B) {gb}، ECCA {ecca}، صورتان</numerusform>
            <numerusform>{date}: غودمان وبارون (G&amp;B) {gb}، ECCA {ecca}، %n صور</numerusform>
            <numerusform>{date}: غودمان وبارون (G&amp;B) {gb}، ECCA {ecca}، %n صورة</numerusform>
            <numerusform>{date}: غودمان وبارون (G&amp;B) {gb}، ECCA {ecca}، %n صورة</numerusform>
        </translation>
    </message>
    <message>
        <source>No assessments yet: the trend starts here.</source>
        <translation>لا توجد تقييمات بعد: يبدأ منحنى التطور من هنا.</translation>
    </message>
    <message>
        <source>Goodman &amp; Baron (0–84)</source>
        <translation>غودمان وبارون G&amp;B ‏(0–84)</translation>
    </message>
    <message>
        <source>ECCA (0–540)</source>
        <translation>ECCA ‏(0–540)</translation>
    </message>
    <message>
        <source>Name (Arabic)</source>
        <translation>الاسم بالعربية</translation>
    </message>
    <message>
        <source>Recent assessments</source>
        <translation>أحدث التقييمات</translation>
    </message>
    <message>
        <source>Newest first, across all patients. Double-click a row to open the patient&apos;s assessments.</source>
        <translation>الأحدث أولًا، لجميع المرضى. انقر نقرًا مزدوجًا على صف لفتح تقييمات المريض.</translation>
    </message>
    <message>
        <source>No assessments recorded yet.</source>
        <translation>لم يُسجَّل أي تقييم بعد.</translation>
    </message>
    <message>
        <source>user #{id}</source>
        <translation>المستخدم رقم {id}</translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation>لم يُسأل بعد</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>الموافقات</translation>
    </message>
    <message>
        <source>Capture consent…</source>
        <translation>تسجيل موافقة…</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>سحب…</translation>
    </message>
    <message>
        <source>Show signature</source>
        <translation>عرض التوقيع</translation>
    </message>
    <message>
        <source>Ctrl+Shift+W</source>
        <translation>Ctrl+Shift+W</translation>
    </message>
    <message>
        <source>Ctrl+Shift+G</source>
        <translation>Ctrl+Shift+G</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>الغرض</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>تاريخ التسجيل</translation>
    </message>
    <message>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Ledger: every consent captured</source>
        <translation>السجل: كل الموافقات المسجّلة</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>الموقِّع</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>مسحوبة</translation>
    </message>
    <message>
        <source>Withdrawn by</source>
        <translation>سُحبت بواسطة</translation>
    </message>
    <message>
        <source>No consent captured yet. Press Capture consent… to record the first one.</source>
        <translation>لم تُسجَّل أي موافقة بعد. اضغط «تسجيل موافقة…» لتسجيل أول موافقة.</translation>
    </message>
    <message>
        <source>{valid} of {total} purposes have a valid consent</source>
        <translation>أغراض لها موافقة سارية: {valid} من {total}</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>سارية</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>غير موجودة</translation>
    </message>
    <message>
        <source>signed by guardian {name}</source>
        <translation>وقّعها ولي الأمر {name}</translation>
    </message>
    <message>
        <source>withdrawn {day} — {reason}</source>
        <translation>سُحبت في {day} — {reason}</translation>
    </message>
    <message>
        <source>patient</source>
        <translation>المريض</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>التوقيع</translation>
    </message>
    <message>
        <source>{purpose}, signed {when}</source>
        <translation>{purpose}، وُقّعت في {when}</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Go back to the saved answer</source>
        <translation>العودة إلى الإجابة المحفوظة</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>يوم/شهر/سنة</translation>
    </message>
    <message>
        <source>Details (optional)</source>
        <translation>التفاصيل (اختياري)</translation>
    </message>
    <message>
        <source>Changed, not saved</source>
        <translation>تغيّر ولم يُحفظ</translation>
    </message>
    <message>
        <source>{answer} · asked {day}</source>
        <translation>{answer} · سُئل في {day}</translation>
    </message>
    <message>
        <source>Medical history</source>
        <translation>التاريخ الطبي</translation>
    </message>
    <message>
        <source>Reviewed today, nothing changed</source>
        <translation>رُوجع اليوم، دون تغيير</translation>
    </message>
    <message>
        <source>Records today that every current answer was checked with the patient</source>
        <translation>يسجّل أن كل الإجابات الحالية رُوجعت اليوم مع المريض</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>حفظ التغييرات</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>ما الذي تغيّر</translation>
    </message>
    <message>
        <source>Every change to an answer, newest first, with when and by whom.</source>
        <translation>كل تغيير على الإجابات، الأحدث أولًا، مع وقته ومن أجراه.</translation>
    </message>
    <message>
        <source>Last reviewed {day} by {name}</source>
        <translation>آخر مراجعة في {day} بواسطة {name}</translation>
    </message>
    <message>
        <source>No medical history taken yet</source>
        <translation>لم يُؤخذ التاريخ الطبي بعد</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>لم يُسجَّل شيء بعد.</translation>
    </message>
    <message>
        <source>{when} · {name}</source>
        <translation>{when} · {name}</translation>
    </message>
    <message>
        <source>History first taken: {count} questions answered</source>
        <translation>أول أخذ للتاريخ الطبي — الأسئلة المُجاب عنها: {count}</translation>
    </message>
    <message>
        <source>{before}  →  {now}</source>
        <translation>{before}  ←  {now}</translation>
    </message>
    <message>
        <source>Save {count} changes</source>
        <translation>حفظ التغييرات ({count})</translation>
    </message>
    <message>
        <source>{count} of {total} questions not asked yet</source>
        <translation>أسئلة لم تُطرح بعد: {count} من {total}</translation>
    </message>
    <message>
        <source>Nothing changed: there is nothing to save.</source>
        <translation>لم يتغير شيء: لا يوجد ما يُحفظ.</translation>
    </message>
    <message>
        <source>Saved {count} answers.</source>
        <translation>حُفظت الإجابات: {count}.</translation>
    </message>
    <message>
        <source>Save or undo your changes first.</source>
        <translation>احفظ تغييراتك أو تراجع عنها أولًا.</translation>
    </message>
    <message>
        <source>Nothing recorded yet: answer the questions and save.</source>
        <translation>لم يُسجَّل شيء بعد: أجب عن الأسئلة ثم احفظ.</translation>
    </message>
    <message>
        <source>Review recorded: every answer confirmed today.</source>
        <translation>سُجّلت المراجعة: أُكّدت كل الإجابات اليوم.</translation>
    </message>
    <message>
        <source>Nothing was saved: correct the answers marked in red.</source>
        <translation>لم يُحفظ شيء: صحّح الإجابات المعلَّمة باللون الأحمر.</translation>
    </message>
    <message>
        <source>superficial</source>
        <extracomment>A sensible first number of sessions per modality (its spec&apos;s plan row).</extracomment>
        <translation>سطحي</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>متوسط</translation>
    </message>
    <message>
        <source>deep</source>
        <translation>عميق</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>نوع العلاج</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>الجلسات</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>الفاصل الزمني</translation>
    </message>
    <message>
        <source>Peel depth</source>
        <translation>عمق التقشير</translation>
    </message>
    <message>
        <source>Sessions planned</source>
        <translation>عدد الجلسات المخطط لها</translation>
    </message>
    <message>
        <source> days</source>
        <translation> يوم</translation>
    </message>
    <message>
        <source>Interval in days</source>
        <translation>الفاصل الزمني بالأيام</translation>
    </message>
    <message>
        <source>Notes (areas, device, agent…)</source>
        <translation>ملاحظات (المناطق، الجهاز، المادة…)</translation>
    </message>
    <message numerus="yes">
        <source>clinic default (%n day(s))</source>
        <translation>
            <numerusform>الافتراضي في العيادة (%n يوم)</numerusform>
            <numerusform>الافتراضي في العيادة (يوم واحد)</numerusform>
            <numerusform>الافتراضي في العيادة (يومان)</numerusform>
            <numerusform>الافتراضي في العيادة (%n أيام)</numerusform>
            <numerusform>الافتراضي في العيادة (%n يومًا)</numerusform>
            <numerusform>الافتراضي في العيادة (%n يوم)</numerusform>
        </translation>
    </message>
    <message>
        <source>{modality} {done} of {planned}</source>
        <translation>{modality} {done} من {planned}</translation>
    </message>
    <message>
        <source>{head}, complete</source>
        <translation>{head}، مكتمل</translation>
    </message>
    <message>
        <source>{head}, not started</source>
        <translation>{head}، لم يبدأ</translation>
    </message>
    <message>
        <source>{head}, first due {day}</source>
        <translation>{head}، أول موعد مستحق {day}</translation>
    </message>
    <message>
        <source>{head}, next due {day}</source>
        <translation>{head}، الموعد المستحق التالي {day}</translation>
    </message>
    <message>
        <source>overdue by {days} days</source>
        <translation>متأخر منذ {days} يوم</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>مستحق اليوم</translation>
    </message>
    <message>
        <source>Stop the plan</source>
        <translation>إيقاف الخطة</translation>
    </message>
    <message>
        <source>e.g. patient chose to pause treatment</source>
        <translation>مثلًا: قرر المريض إيقاف العلاج مؤقتًا</translation>
    </message>
    <message>
        <source>Stop plan</source>
        <translation>إيقاف الخطة</translation>
    </message>
    <message>
        <source>Treatment plan</source>
        <translation>خطة العلاج</translation>
    </message>
    <message>
        <source>Mark complete</source>
        <translation>تعليم كمكتملة</translation>
    </message>
    <message>
        <source>Stop plan…</source>
        <translation>إيقاف الخطة…</translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation>حفظ الخطة</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>التقدّم</translation>
    </message>
    <message>
        <source>Modalities, sessions and intervals</source>
        <translation>أنواع العلاج والجلسات والفواصل الزمنية</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>الأهداف</translation>
    </message>
    <message>
        <source>What the patient hopes for, in their words</source>
        <translation>ما يأمله المريض، بكلماته</translation>
    </message>
    <message>
        <source>First session on (optional)</source>
        <translation>تاريخ الجلسة الأولى (اختياري)</translation>
    </message>
    <message>
        <source>dd/mm/yyyy — sets the first due date</source>
        <translation>يوم/شهر/سنة — يحدد أول تاريخ مستحق</translation>
    </message>
    <message>
        <source>No readable active plan.</source>
        <translation>لا توجد خطة نشطة قابلة للقراءة.</translation>
    </message>
    <message>
        <source>No active plan. Tick the modalities below and save to start one.</source>
        <translation>لا توجد خطة نشطة. حدّد أنواع العلاج أدناه ثم احفظ لبدء خطة.</translation>
    </message>
    <message>
        <source>first session {day}</source>
        <translation>الجلسة الأولى {day}</translation>
    </message>
    <message>
        <source>no first-session date</source>
        <translation>لا يوجد تاريخ للجلسة الأولى</translation>
    </message>
    <message>
        <source>Active plan, {started} · written {day} by {name}</source>
        <translation>خطة نشطة، {started} · كُتبت في {day} بواسطة {name}</translation>
    </message>
    <message>
        <source>Start plan</source>
        <translation>بدء الخطة</translation>
    </message>
    <message>
        <source>Plan of {day} ({modalities}): stopped — {reason}</source>
        <translation>خطة {day} ({modalities}): أُوقفت — {reason}</translation>
    </message>
    <message>
        <source>Plan of {day} ({modalities}): completed</source>
        <translation>خطة {day} ({modalities}): مكتملة</translation>
    </message>
    <message>
        <source>Nothing planned yet.</source>
        <translation>لم يُخطَّط لشيء بعد.</translation>
    </message>
    <message>
        <source>Aftercare sheet</source>
        <extracomment>The preview follows typing after this pause, not on every key.</extracomment>
        <translation>تعليمات العناية بعد العلاج</translation>
    </message>
    <message>
        <source>Consent form</source>
        <translation>نموذج الموافقة</translation>
    </message>
    <message>
        <source>Visit summary</source>
        <translation>ملخص الزيارة</translation>
    </message>
    <message>
        <source>Headings, labels, warning signs</source>
        <translation>العناوين والتسميات وعلامات الخطر</translation>
    </message>
    <message>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <source>One item per line starting with &quot;- &quot;. Headings (&apos;## Do&apos;) stay in English in every language. Raise the version when you change the words.</source>
        <translation>بند واحد في كل سطر يبدأ بـ &quot;- &quot;. تبقى العناوين (&apos;## Do&apos;) بالإنجليزية في كل اللغات. ارفع رقم الإصدار عند تغيير النص.</translation>
    </message>
    <message>
        <source>Validate and preview</source>
        <translation>التحقق والمعاينة</translation>
    </message>
    <message>
        <source>Save clinic&apos;s text</source>
        <translation>حفظ نص العيادة</translation>
    </message>
    <message>
        <source>Revert to ScarDesk&apos;s text</source>
        <translation>الرجوع إلى نص ScarDesk</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>clinic&apos;s own text</source>
        <translation>نص العيادة الخاص</translation>
    </message>
    <message>
        <source>ScarDesk&apos;s text</source>
        <translation>نص ScarDesk</translation>
    </message>
    <message>
        <source>Version %1 · %2</source>
        <translation>الإصدار %1 · %2</translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation>معاينة: %1</translation>
    </message>
    <message>
        <source>Saved: the next printed document uses this text.</source>
        <translation>تم الحفظ: سيستخدم المستند المطبوع التالي هذا النص.</translation>
    </message>
    <message>
        <source>Reverted: ScarDesk&apos;s text is used again.</source>
        <translation>تم الرجوع: يُستخدم نص ScarDesk مجددًا.</translation>
    </message>
    <message>
        <source>{n} MB</source>
        <translation>{n} MB</translation>
    </message>
    <message>
        <source>{n} kB</source>
        <translation>{n} kB</translation>
    </message>
    <message>
        <source>Export patient&apos;s copy…</source>
        <translation>تصدير نسخة المريض…</translation>
    </message>
    <message>
        <source>The patient&apos;s own copy of the whole record (right of access): a ZIP file with a PDF, the data as JSON, the photos and issued documents</source>
        <translation>نسخة المريض الخاصة من سجله كاملًا (حق الاطلاع): ملف ZIP يضم ملف PDF، والبيانات بصيغة JSON، والصور، والمستندات الصادرة</translation>
    </message>
    <message>
        <source>Save the patient&apos;s copy</source>
        <translation>حفظ نسخة المريض</translation>
    </message>
    <message>
        <source>ZIP archives (*.zip)</source>
        <translation>ملفات ZIP المضغوطة (*.zip)</translation>
    </message>
    <message>
        <source>The patient&apos;s copy was saved as {name} ({size}): the record as PDF and JSON, {photos} photo(s) and {documents} document(s).</source>
        <translation>حُفظت نسخة المريض باسم {name} ({size}): السجل بصيغتي PDF وJSON، وعدد الصور: {photos}، وعدد المستندات: {documents}.</translation>
    </message>
    <message>
        <source>{n} stored record(s) could not be read; the copy lists them as unreadable.</source>
        <translation>تعذّرت قراءة {n} من السجلات المحفوظة؛ تذكرها النسخة على أنها غير مقروءة.</translation>
    </message>
    <message>
        <source>Patient&apos;s copy saved</source>
        <translation>حُفظت نسخة المريض</translation>
    </message>
    <message>
        <source>Print aftercare sheet</source>
        <translation>طباعة تعليمات العناية بعد العلاج</translation>
    </message>
    <message>
        <source>Arabic and English</source>
        <translation>العربية والإنجليزية</translation>
    </message>
    <message>
        <source>Arabic only</source>
        <translation>العربية فقط</translation>
    </message>
    <message>
        <source>English only</source>
        <translation>الإنجليزية فقط</translation>
    </message>
    <message>
        <source>Large print</source>
        <translation>خط كبير</translation>
    </message>
    <message>
        <source>Arabic 20 pt, English 14 pt, for older patients</source>
        <translation>العربية 20 نقطة، والإنجليزية 14 نقطة، لكبار السن</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>الجلسة</translation>
    </message>
    <message>
        <source>Print consent form</source>
        <translation>طباعة نموذج الموافقة</translation>
    </message>
    <message>
        <source>Consent form for</source>
        <translation>نموذج الموافقة لـ</translation>
    </message>
    <message>
        <source>Print visit summary</source>
        <translation>طباعة ملخص الزيارة</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>تاريخ الإصدار</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>المستند</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>الصفحات</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>أصدره</translation>
    </message>
    <message>
        <source>Content versions</source>
        <translation>إصدارات النصوص</translation>
    </message>
    <message>
        <source>Open / print again</source>
        <translation>فتح / إعادة الطباعة</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Y</source>
        <translation>Ctrl+Shift+Y</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>No document has been issued for this patient yet.</source>
        <translation>لم يصدر أي مستند لهذا المريض بعد.</translation>
    </message>
    <message>
        <source>No session recorded yet</source>
        <translation>لم تُسجَّل أي جلسة بعد</translation>
    </message>
    <message>
        <source>Print…</source>
        <extracomment>Highest resolution a page is rasterised at for printing (dots per inch).</extracomment>
        <translation>طباعة…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>حفظ بصيغة PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>لا صفحات</numerusform>
            <numerusform>صفحة واحدة</numerusform>
            <numerusform>صفحتان</numerusform>
            <numerusform>%n صفحات</numerusform>
            <numerusform>%n صفحة</numerusform>
            <numerusform>%n صفحة</numerusform>
        </translation>
    </message>
    <message>
        <source>This document could not be shown.</source>
        <translation>تعذّر عرض هذا المستند.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>حفظ بصيغة PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>تعذّر تشغيل الطابعة.</translation>
    </message>
    <message>
        <source>The whole record</source>
        <translation>السجل كاملًا</translation>
    </message>
    <message>
        <source>Who has seen this record</source>
        <translation>من اطّلع على هذا السجل</translation>
    </message>
    <message>
        <source>When (Muscat)</source>
        <extracomment>After each page arrives (or fails): the screen updates its count.</extracomment>
        <translation>الوقت (بتوقيت مسقط)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <source>ScarDesk (system)</source>
        <translation>ScarDesk (النظام)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Which record</source>
        <translation>السجل المعني</translation>
    </message>
    <message>
        <source>Load older reads</source>
        <translation>تحميل مرات الاطلاع الأقدم</translation>
    </message>
    <message numerus="yes">
        <source>File #{id}: %n read(s) shown, newest first.</source>
        <translation>
            <numerusform>ملف رقم {id}: لا مرات اطلاع معروضة، الأحدث أولًا.</numerusform>
            <numerusform>ملف رقم {id}: مرة اطلاع واحدة معروضة، الأحدث أولًا.</numerusform>
            <numerusform>ملف رقم {id}: مرتا اطلاع معروضتان، الأحدث أولًا.</numerusform>
            <numerusform>ملف رقم {id}: %n مرات اطلاع معروضة، الأحدث أولًا.</numerusform>
            <numerusform>ملف رقم {id}: %n مرة اطلاع معروضة، الأحدث أولًا.</numerusform>
            <numerusform>ملف رقم {id}: %n مرة اطلاع معروضة، الأحدث أولًا.</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as {name}.</source>
        <translation>حُفظ باسم {name}.</translation>
    </message>
    <message>
        <source>Who has seen this record…</source>
        <translation>من اطّلع على هذا السجل…</translation>
    </message>
    <message>
        <source>Every logged view, print and export of this patient&apos;s record</source>
        <translation>كل عرض وطباعة وتصدير مسجَّل لسجل هذا المريض</translation>
    </message>
    <message>
        <source>No logged read of this record yet.</source>
        <translation>لا يوجد اطلاع مسجَّل على هذا السجل بعد.</translation>
    </message>
    <message>
        <source>Please check the form</source>
        <translation>يرجى مراجعة النموذج</translation>
    </message>
    <message>
        <source>Nothing was saved. Correct these fields and try again:</source>
        <translation>لم يُحفظ شيء. صحّح هذه الحقول ثم حاول مرة أخرى:</translation>
    </message>
    <message>
        <source>Changed on another computer</source>
        <translation>تم التغيير على حاسوب آخر</translation>
    </message>
    <message>
        <source>Someone else saved this record while you were editing it, so nothing was saved and their work is kept. Close and reopen the record to see their changes, then make yours again.</source>
        <translation>حفظ شخص آخر هذا السجل أثناء تعديلك له، لذلك لم يُحفظ شيء وبقي عمله محفوظًا. أغلق السجل وافتحه مجددًا لترى تغييراته، ثم أجرِ تغييراتك مرة أخرى.</translation>
    </message>
    <message>
        <source>Your account is no longer active</source>
        <translation>حسابك لم يعد نشطًا</translation>
    </message>
    <message>
        <source>An administrator has deactivated your account, so nothing was done and ScarDesk will sign you out. Ask the clinic administrator if this is a mistake.</source>
        <translation>عطّل مدير النظام حسابك، لذلك لم يُنفَّذ أي إجراء وسيسجّل ScarDesk خروجك. راجع مدير النظام في العيادة إذا كان هذا خطأ.</translation>
    </message>
    <message>
        <source>Not allowed for your role</source>
        <translation>غير مسموح لدورك</translation>
    </message>
    <message>
        <source>Your account&apos;s role does not allow this ({detail}). Ask the clinic administrator if you need it.</source>
        <translation>لا يسمح دور حسابك بهذا ({detail}). راجع مدير النظام في العيادة إذا كنت تحتاج إليه.</translation>
    </message>
    <message>
        <source>The database cannot be used safely</source>
        <translation>لا يمكن استخدام قاعدة البيانات بأمان</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>غير موجود</translation>
    </message>
    <message>
        <source>This record no longer exists or is not visible to you. Refresh the list and try again.</source>
        <translation>هذا السجل لم يعد موجودًا أو غير متاح لك. حدّث القائمة ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Stopped by a safety rule</source>
        <translation>أوقفته قاعدة سلامة</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>تعذّر تسجيل الدخول</translation>
    </message>
    <message>
        <source>This record cannot be read</source>
        <translation>تتعذّر قراءة هذا السجل</translation>
    </message>
    <message>
        <source>Record #{id} ({table}) is stored in a form this version of ScarDesk cannot read, so it is not shown. Nothing was changed. Ask your administrator to run the database check; the rest of the patient&apos;s file is unaffected.</source>
        <translation>السجل رقم {id} ({table}) محفوظ بصيغة لا يستطيع هذا الإصدار من ScarDesk قراءتها، لذلك لا يُعرض. لم يُغيَّر شيء. اطلب من مدير النظام تشغيل فحص قاعدة البيانات؛ بقية ملف المريض غير متأثرة.</translation>
    </message>
    <message>
        <source>Integrity problem</source>
        <translation>مشكلة في سلامة البيانات</translation>
    </message>
    <message>
        <source>Could not finish</source>
        <translation>تعذّر إكمال العملية</translation>
    </message>
    <message>
        <source>Sorry, something went wrong</source>
        <translation>عذرًا، حدث خطأ ما</translation>
    </message>
    <message>
        <source>ScarDesk hit an unexpected problem and did not finish what you asked. Nothing you saved before is affected. Please try again; if it happens again, tell your administrator the time it happened (the details are in the log).</source>
        <translation>واجه ScarDesk مشكلة غير متوقعة ولم يُكمل ما طلبته. لم يتأثر أي شيء حفظته من قبل. يرجى المحاولة مرة أخرى؛ وإذا تكرر ذلك فأبلغ مدير النظام بوقت حدوثه (التفاصيل في السجل).</translation>
    </message>
    <message>
        <source>the patient record</source>
        <extracomment>How one row of each table is named in a sentence (&quot;changed the notes of *a session* of...&quot;).</extracomment>
        <translation>ملف المريض</translation>
    </message>
    <message>
        <source>a user account</source>
        <translation>حساب مستخدم</translation>
    </message>
    <message>
        <source>an appointment</source>
        <translation>موعد</translation>
    </message>
    <message>
        <source>a session</source>
        <translation>جلسة</translation>
    </message>
    <message>
        <source>a treatment in a session</source>
        <translation>علاج ضمن جلسة</translation>
    </message>
    <message>
        <source>a toxin entry</source>
        <translation>بند توكسين</translation>
    </message>
    <message>
        <source>an injection point</source>
        <translation>نقطة حقن</translation>
    </message>
    <message>
        <source>an adverse event</source>
        <translation>عرض جانبي</translation>
    </message>
    <message>
        <source>a session amendment</source>
        <translation>تعديل على جلسة</translation>
    </message>
    <message>
        <source>a safety override</source>
        <translation>تجاوز سلامة</translation>
    </message>
    <message>
        <source>an assessment</source>
        <translation>تقييم</translation>
    </message>
    <message>
        <source>a scar count</source>
        <translation>عدد ندبات</translation>
    </message>
    <message>
        <source>a photo</source>
        <translation>صورة</translation>
    </message>
    <message>
        <source>a photo image</source>
        <translation>ملف صورة</translation>
    </message>
    <message>
        <source>a treatment plan</source>
        <translation>خطة علاج</translation>
    </message>
    <message>
        <source>a plan item</source>
        <translation>بند في خطة العلاج</translation>
    </message>
    <message>
        <source>a medical history answer</source>
        <translation>إجابة في التاريخ الطبي</translation>
    </message>
    <message>
        <source>a consent</source>
        <translation>موافقة</translation>
    </message>
    <message>
        <source>a printed document</source>
        <translation>مستند مطبوع</translation>
    </message>
    <message>
        <source>a product</source>
        <translation>منتج</translation>
    </message>
    <message>
        <source>a lot</source>
        <translation>تشغيلة</translation>
    </message>
    <message>
        <source>the clinic details</source>
        <translation>بيانات العيادة</translation>
    </message>
    <message>
        <source>the sign-in counter</source>
        <translation>عداد محاولات تسجيل الدخول</translation>
    </message>
    <message>
        <source>the database</source>
        <translation>قاعدة البيانات</translation>
    </message>
    <message>
        <source>the document text</source>
        <translation>نص المستندات</translation>
    </message>
    <message>
        <source>the backup schedule</source>
        <translation>جدول النسخ الاحتياطي</translation>
    </message>
    <message>
        <source>the audit log</source>
        <translation>سجل التدقيق</translation>
    </message>
    <message>
        <source>name</source>
        <extracomment>Field names shared by several tables.</extracomment>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>civil number</source>
        <translation>الرقم المدني</translation>
    </message>
    <message>
        <source>document type</source>
        <translation>نوع الوثيقة</translation>
    </message>
    <message>
        <source>document expiry date</source>
        <translation>تاريخ انتهاء الوثيقة</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Arabic address</source>
        <translation>العنوان بالعربية</translation>
    </message>
    <message>
        <source>emergency contact</source>
        <translation>جهة الاتصال في الطوارئ</translation>
    </message>
    <message>
        <source>emergency contact phone</source>
        <translation>هاتف جهة الاتصال في الطوارئ</translation>
    </message>
    <message>
        <source>skin type</source>
        <translation>نوع البشرة</translation>
    </message>
    <message>
        <source>archive date</source>
        <translation>تاريخ الأرشفة</translation>
    </message>
    <message>
        <source>archive reason</source>
        <translation>سبب الأرشفة</translation>
    </message>
    <message>
        <source>merged into</source>
        <translation>دُمج في</translation>
    </message>
    <message>
        <source>duplicate of</source>
        <translation>مكرر من</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>licence number</source>
        <translation>رقم الترخيص</translation>
    </message>
    <message>
        <source>password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>clinical lead</source>
        <translation>المسؤول الطبي</translation>
    </message>
    <message>
        <source>privacy officer</source>
        <translation>مسؤول حماية البيانات</translation>
    </message>
    <message>
        <source>must change password</source>
        <translation>يجب تغيير كلمة المرور</translation>
    </message>
    <message>
        <source>password change date</source>
        <translation>تاريخ تغيير كلمة المرور</translation>
    </message>
    <message>
        <source>language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>digits</source>
        <translation>الأرقام</translation>
    </message>
    <message>
        <source>Hijri date shown</source>
        <translation>عرض التاريخ الهجري</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>start time</source>
        <translation>وقت البدء</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>المدة</translation>
    </message>
    <message>
        <source>status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>cancellation reason</source>
        <translation>سبب الإلغاء</translation>
    </message>
    <message>
        <source>time of treatment</source>
        <translation>وقت العلاج</translation>
    </message>
    <message>
        <source>signing time</source>
        <translation>وقت التوقيع</translation>
    </message>
    <message>
        <source>signed by</source>
        <translation>وقّع بواسطة</translation>
    </message>
    <message>
        <source>void date</source>
        <translation>تاريخ الإلغاء</translation>
    </message>
    <message>
        <source>void reason</source>
        <translation>سبب الإلغاء</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>withdrawal date</source>
        <translation>تاريخ السحب</translation>
    </message>
    <message>
        <source>withdrawal reason</source>
        <translation>سبب السحب</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>الغرض</translation>
    </message>
    <message>
        <source>total units</source>
        <translation>إجمالي الوحدات</translation>
    </message>
    <message>
        <source>lot number</source>
        <translation>رقم التشغيلة</translation>
    </message>
    <message>
        <source>expiry date</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <source>stock</source>
        <translation>المخزون</translation>
    </message>
    <message>
        <source>brand</source>
        <translation>العلامة التجارية</translation>
    </message>
    <message>
        <source>price</source>
        <translation>السعر</translation>
    </message>
    <message>
        <source>fee</source>
        <translation>الرسوم</translation>
    </message>
    <message>
        <source>goals</source>
        <translation>الأهداف</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>الإجابة</translation>
    </message>
    <message>
        <source>question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <source>detail</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>logo</source>
        <translation>الشعار</translation>
    </message>
    <message>
        <source>safety rule settings</source>
        <translation>إعدادات قواعد السلامة</translation>
    </message>
    <message>
        <source>automatic lock</source>
        <translation>القفل التلقائي</translation>
    </message>
    <message>
        <source>Sign-ins</source>
        <extracomment>Tables whose rows carry no clinical content: their before/after values are shown to every audit viewer. Values of every other table are shown only to viewers who may read clinical records (the administrator may not); the field names are always shown. Columns that only keep the row&apos;s books and say nothing to a reader.</extracomment>
        <translation>تسجيلات الدخول</translation>
    </message>
    <message>
        <source>Clinical records</source>
        <translation>السجلات السريرية</translation>
    </message>
    <message>
        <source>Records viewed</source>
        <translation>الاطلاع على السجلات</translation>
    </message>
    <message>
        <source>Exports and reports</source>
        <translation>التصدير والتقارير</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>إدارة النظام</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>Front desk</source>
        <extracomment>Actions audited under their own names that are reads as well: issuing or reprinting a PDF (one event each, already naming the document) and exporting the patient&apos;s copy. Their one event is the read; a second &quot;read.&quot; event beside it would only double the line. Opening a record was audited as &quot;patient.view&quot; before reads had kinds; those events still count. Who may read what each kind shows; everything not named here is clinical. None for the system (the command line, demo data) or a user who no longer exists. Which record was read: (&quot;treatment_sessions&quot;, 12); (&quot;patients&quot;, id) for the whole file. How the report names the record a read was of (plain English; the UI translates).</extracomment>
        <translation>الاستقبال</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>مدير النظام</translation>
    </message>
    <message>
        <source>booked</source>
        <extracomment>The statuses a plan or an appointment is marked with (&quot;marked … as *completed*&quot;).</extracomment>
        <translation>محجوز</translation>
    </message>
    <message>
        <source>arrived</source>
        <translation>وصل</translation>
    </message>
    <message>
        <source>done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <source>no-show</source>
        <translation>لم يحضر</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>مكتملة</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>متوقفة</translation>
    </message>
    <message>
        <source>the medical history</source>
        <extracomment>What a ``read.&lt;kind&gt;`` event looked at (&quot;viewed *the medical history* of patient …&quot;), keyed by the kind without its ``.view``/``.open`` ending.</extracomment>
        <translation>التاريخ الطبي</translation>
    </message>
    <message>
        <source>the list of consents</source>
        <translation>قائمة الموافقات</translation>
    </message>
    <message>
        <source>a signed consent</source>
        <translation>موافقة موقّعة</translation>
    </message>
    <message>
        <source>the assessments</source>
        <translation>التقييمات</translation>
    </message>
    <message>
        <source>the photo thumbnails</source>
        <translation>الصور المصغرة</translation>
    </message>
    <message>
        <source>the treatment plan</source>
        <translation>خطة العلاج</translation>
    </message>
    <message>
        <source>the list of sessions</source>
        <translation>قائمة الجلسات</translation>
    </message>
    <message>
        <source>a treatment session</source>
        <translation>جلسة علاج</translation>
    </message>
    <message>
        <source>the list of documents</source>
        <translation>قائمة المستندات</translation>
    </message>
    <message>
        <source>a document to print it</source>
        <translation>مستند لطباعته</translation>
    </message>
    <message>
        <source>the patient&apos;s copy to export it</source>
        <translation>نسخة المريض لتصديرها</translation>
    </message>
    <message>
        <source>who has seen the record</source>
        <translation>من اطّلع على السجل</translation>
    </message>
    <message>
        <source>who has seen the record to export it</source>
        <translation>من اطّلع على السجل لتصديره</translation>
    </message>
    <message>
        <source>the audit trail</source>
        <translation>سجل التدقيق</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>واتساب</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>رسالة نصية (SMS)</translation>
    </message>
    <message>
        <source>A phone call</source>
        <translation>مكالمة هاتفية</translation>
    </message>
    <message>
        <source>No reminders</source>
        <translation>بلا تذكيرات</translation>
    </message>
    <message>
        <source>Treatment: {name}</source>
        <translation>العلاج: {name}</translation>
    </message>
    <message>
        <source>Clinical photos in the record</source>
        <translation>الصور السريرية في السجل</translation>
    </message>
    <message>
        <source>Use of photos for marketing</source>
        <translation>استخدام الصور لأغراض التسويق</translation>
    </message>
    <message>
        <source>Appointment reminders</source>
        <translation>تذكيرات المواعيد</translation>
    </message>
    <message>
        <source>ScarDesk — locked</source>
        <translation>ScarDesk — مقفل</translation>
    </message>
    <message>
        <source>That password is not right, so the screen stays locked. Check Caps Lock and try again, or choose Sign in as someone else.</source>
        <translation>كلمة المرور غير صحيحة، لذلك تبقى الشاشة مقفلة. تحقق من مفتاح Caps Lock وحاول مرة أخرى، أو اختر «تسجيل الدخول باسم مستخدم آخر».</translation>
    </message>
    <message>
        <source>This account is no longer active, so it cannot unlock this screen. Choose Sign in as someone else.</source>
        <translation>هذا الحساب لم يعد نشطًا، لذلك لا يمكنه فتح قفل هذه الشاشة. اختر «تسجيل الدخول باسم مستخدم آخر».</translation>
    </message>
    <message>
        <source>Locked — {name}</source>
        <translation>مقفلة — {name}</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;كلمة المرور</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>فك القفل</translation>
    </message>
    <message>
        <source>Sign in as someone else…</source>
        <translation>تسجيل الدخول بمستخدم آخر…</translation>
    </message>
    <message>
        <source>Locked at {time}</source>
        <translation>مقفلة منذ {time}</translation>
    </message>
    <message>
        <source>Type your password, then choose Unlock.</source>
        <translation>اكتب كلمة المرور، ثم اختر «فك القفل».</translation>
    </message>
    <message>
        <source>Choose your own password — ScarDesk</source>
        <translation>اختر كلمة مرور خاصة بك — ScarDesk</translation>
    </message>
    <message>
        <source>Choose your own password</source>
        <translation>اختر كلمة مرور خاصة بك</translation>
    </message>
    <message>
        <source>You signed in with a one-time password from your administrator. Choose a password only you know to go on; until then ScarDesk opens nothing else.</source>
        <translation>سجّلت الدخول بكلمة مرور مؤقتة من مدير النظام. اختر كلمة مرور لا يعرفها غيرك للمتابعة؛ ولن يفتح ScarDesk أي شيء آخر قبل ذلك.</translation>
    </message>
    <message>
        <source>Change my password — ScarDesk</source>
        <translation>تغيير كلمة المرور — ScarDesk</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>تغيير كلمة المرور</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>كلمة المرور &amp;الحالية</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>كلمة المرور ال&amp;جديدة</translation>
    </message>
    <message>
        <source>&amp;Repeat the new password</source>
        <translation>&amp;تكرار كلمة المرور الجديدة</translation>
    </message>
    <message>
        <source>Save my password and go on</source>
        <translation>حفظ كلمة المرور والمتابعة</translation>
    </message>
    <message>
        <source>Save the new password</source>
        <translation>حفظ كلمة المرور الجديدة</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>تسجيل الخروج</translation>
    </message>
    <message>
        <source>type your current password</source>
        <translation>اكتب كلمة المرور الحالية</translation>
    </message>
    <message>
        <source>the two new passwords are different: type the same password in both fields</source>
        <translation>كلمتا المرور الجديدتان مختلفتان: اكتب كلمة المرور نفسها في الحقلين</translation>
    </message>
    <message>
        <source>Sign in — ScarDesk</source>
        <translation>تسجيل الدخول — ScarDesk</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;اسم المستخدم</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>Enter your user name and your password, then sign in.</source>
        <translation>أدخل اسم المستخدم وكلمة المرور، ثم سجّل الدخول.</translation>
    </message>
    <message>
        <source>Signing in as soon as the database is open…</source>
        <translation>سيتم تسجيل الدخول بمجرد فتح قاعدة البيانات…</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
    <message>
        <source>You are signed out. Sign in with your one-time password again and choose your own password to go on.</source>
        <translation>تم تسجيل خروجك. سجّل الدخول مرة أخرى بكلمة المرور لمرة واحدة، واختر كلمة مرور خاصة بك للمتابعة.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins with this user name. Wait a second, then try again.</source>
        <translation>محاولات دخول فاشلة كثيرة باسم المستخدم هذا. انتظر ثانية، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins with this user name. Wait {seconds} seconds, then try again.</source>
        <translation>محاولات دخول فاشلة كثيرة باسم المستخدم هذا. انتظر {seconds} ثانية، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>This sign-in is locked after too many failed attempts. Ask your administrator to unlock it.</source>
        <translation>تسجيل الدخول هذا مقفل بعد محاولات فاشلة كثيرة. اطلب من مدير النظام فتحه.</translation>
    </message>
    <message>
        <source>This one-time password has expired (they last 72 hours). Ask your administrator for a new one.</source>
        <translation>انتهت صلاحية كلمة المرور لمرة واحدة هذه (صلاحيتها 72 ساعة). اطلب كلمة جديدة من مدير النظام.</translation>
    </message>
    <message>
        <source>That user name and password do not match an active account. Check both (and Caps Lock) and try again, or ask your administrator to reset your password.</source>
        <translation>اسم المستخدم وكلمة المرور هذان لا يطابقان أي حساب نشط. تحقق منهما (ومن مفتاح Caps Lock) وحاول مرة أخرى، أو اطلب من مدير النظام إعادة تعيين كلمة المرور.</translation>
    </message>
    <message>
        <source>Create the first administrator — ScarDesk</source>
        <translation>إنشاء أول مدير نظام — ScarDesk</translation>
    </message>
    <message>
        <source>Create the clinic&apos;s first administrator</source>
        <translation>إنشاء أول مدير نظام للعيادة</translation>
    </message>
    <message>
        <source>This clinic database has no accounts yet, and ScarDesk has no default account. The administrator adds the other staff accounts, clinic details and backups.</source>
        <translation>لا توجد حسابات في قاعدة بيانات هذه العيادة بعد، ولا يحتوي ScarDesk على حساب افتراضي. يضيف مدير النظام حسابات الموظفين الآخرين وبيانات العيادة والنسخ الاحتياطية.</translation>
    </message>
    <message>
        <source>letters, digits, . _ - e.g. s.albalushi</source>
        <translation>حروف وأرقام و . _ - مثل s.albalushi</translation>
    </message>
    <message>
        <source>&amp;Display name (shown on screens and records)</source>
        <translation>الاسم ال&amp;معروض (يظهر على الشاشات وفي السجلات)</translation>
    </message>
    <message>
        <source>e.g. Dr Salma Al-Harthy or د. سلمى الحارثي</source>
        <translation>مثل د. سلمى الحارثي أو Dr Salma Al-Harthy</translation>
    </message>
    <message>
        <source>&amp;Repeat the password</source>
        <translation>&amp;تكرار كلمة المرور</translation>
    </message>
    <message>
        <source>Create administrator and sign in</source>
        <translation>إنشاء مدير النظام وتسجيل الدخول</translation>
    </message>
    <message>
        <source>a display name is needed: it is shown on screens and records, e.g. Dr Salma Al-Harthy</source>
        <translation>الاسم المعروض مطلوب: يظهر على الشاشات وفي السجلات، مثل د. سلمى الحارثي</translation>
    </message>
    <message>
        <source>the two passwords are different: type the same password in both fields</source>
        <translation>كلمتا المرور مختلفتان: اكتب كلمة المرور نفسها في الحقلين</translation>
    </message>
    <message>
        <source>ScarDesk — unlock the database</source>
        <translation>ScarDesk — فتح قفل قاعدة البيانات</translation>
    </message>
    <message>
        <source>Unlock the clinic database</source>
        <translation>فتح قفل قاعدة بيانات العيادة</translation>
    </message>
    <message>
        <source>The database is encrypted on this computer&apos;s disk. Enter its passphrase to continue to sign-in.</source>
        <translation>قاعدة البيانات مشفّرة على قرص هذا الحاسوب. أدخل عبارة المرور الخاصة بها للانتقال إلى تسجيل الدخول.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>Remember on this computer</source>
        <translation>تذكّرها على هذا الحاسوب</translation>
    </message>
    <message>
        <source>This computer has no usable system keyring, so the passphrase cannot be remembered here; it is asked for at each start.</source>
        <translation>لا يتوفر على هذا الحاسوب مخزن مفاتيح نظام صالح للاستخدام، لذا لا يمكن تذكّر عبارة المرور هنا؛ وستُطلب عند كل تشغيل.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Database: {name}</source>
        <translation>قاعدة البيانات: {name}</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>أدخل عبارة المرور.</translation>
    </message>
    <message>
        <source>That passphrase does not open the database (or the file is damaged). Nothing was changed; try again.</source>
        <translation>عبارة المرور هذه لا تفتح قاعدة البيانات (أو أن الملف تالف). لم يتغير شيء؛ حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <extracomment>The user saved new display preferences (the ``UserRecord`` carrying them): the shell applies them and rebuilds the window in their language. &quot;Sign in as someone else…&quot; on the lock screen: the shell keeps this window hidden.</extracomment>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>تغيير &amp;كلمة المرور…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>P&amp;references…</source>
        <translation>الت&amp;فضيلات…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;تسجيل الخروج</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>&amp;Lock screen</source>
        <translation>&amp;قفل الشاشة</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;انتقال</translation>
    </message>
    <message>
        <source>&amp;Find a patient</source>
        <translation>ال&amp;بحث عن مريض</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;Recent patients</source>
        <translation>&amp;آخر المرضى</translation>
    </message>
    <message>
        <source>Database: {label}</source>
        <extracomment>How often the daily automatic backup is looked at (it runs once its time has passed).</extracomment>
        <translation>قاعدة البيانات: {label}</translation>
    </message>
    <message>
        <source>Signed in: {name} ({role})</source>
        <translation>مسجّل الدخول: {name} ({role})</translation>
    </message>
    <message>
        <source>Warning: the connection to the database server is not encrypted</source>
        <translation>تحذير: الاتصال بخادم قاعدة البيانات غير مشفّر</translation>
    </message>
    <message>
        <source>ScarDesk — {clinic}</source>
        <translation>ScarDesk — {clinic}</translation>
    </message>
    <message>
        <source>{text}</source>
        <translation>{text}</translation>
    </message>
    <message>
        <source>the action could not be finished</source>
        <translation>تعذّر إكمال الإجراء</translation>
    </message>
    <message>
        <source>{fields}</source>
        <translation>{fields}</translation>
    </message>
    <message>
        <source>invalid input</source>
        <translation>إدخال غير صالح</translation>
    </message>
    <message>
        <source>{value} contains {shown}: use Latin letters (accents allowed), spaces, hyphens, apostrophes and dots only</source>
        <translation>{value} يحتوي على {shown}: استخدم الحروف اللاتينية (يُسمح بالحروف ذات العلامات مثل é) والمسافات والشرطات والفواصل العليا والنقاط فقط</translation>
    </message>
    <message>
        <source>{value} contains {shown}: use Arabic letters, harakat and spaces only</source>
        <translation>{value} يحتوي على {shown}: استخدم الحروف العربية والحركات والمسافات فقط</translation>
    </message>
    <message>
        <source>{value} contains {shown}: use Latin or Arabic letters, spaces, hyphens, apostrophes and dots only</source>
        <translation>{value} يحتوي على {shown}: استخدم الحروف اللاتينية أو العربية والمسافات والشرطات والفواصل العليا والنقاط فقط</translation>
    </message>
    <message>
        <source>{value} is too short: a name needs at least {minimum} letters</source>
        <translation>{value} قصير جدًا: يجب ألا يقل عدد أحرف الاسم عن {minimum}</translation>
    </message>
    <message>
        <source>the name has {length} characters: at most {maximum} are allowed</source>
        <translation>عدد أحرف الاسم {length}: الحد الأقصى المسموح {maximum}</translation>
    </message>
    <message>
        <source>a name is required: enter it in Latin letters, Arabic letters or both</source>
        <translation>الاسم مطلوب: أدخله بالحروف اللاتينية أو العربية أو بكليهما</translation>
    </message>
    <message>
        <source>{value} is too short: an Omani number has 8 digits after +968, mobiles starting with 9 or 7 and landlines with 2, e.g. 9123 4567</source>
        <translation>{value} قصير جدًا: الرقم العماني 8 أرقام بعد +968، يبدأ النقال بـ 9 أو 7 والثابت بـ 2، مثل 9123 4567</translation>
    </message>
    <message>
        <source>{value} is too long: an Omani number has 8 digits after +968, mobiles starting with 9 or 7 and landlines with 2, e.g. 9123 4567</source>
        <translation>{value} طويل جدًا: الرقم العماني 8 أرقام بعد +968، يبدأ النقال بـ 9 أو 7 والثابت بـ 2، مثل 9123 4567</translation>
    </message>
    <message>
        <source>{value} is not an Omani mobile or landline: an Omani number has 8 digits after +968, mobiles starting with 9 or 7 and landlines with 2, e.g. 9123 4567</source>
        <translation>{value} ليس رقمًا عمانيًا نقالًا أو ثابتًا: الرقم العماني 8 أرقام بعد +968، يبدأ النقال بـ 9 أو 7 والثابت بـ 2، مثل 9123 4567</translation>
    </message>
    <message>
        <source>{value} is not in use as an Omani mobile number: check the digits</source>
        <translation>{value} ليس رقم نقال عمانيًا مستخدمًا: تحقق من الأرقام</translation>
    </message>
    <message>
        <source>{value} is not in use as an Omani landline number: check the digits</source>
        <translation>{value} ليس رقمًا ثابتًا عمانيًا مستخدمًا: تحقق من الأرقام</translation>
    </message>
    <message>
        <source>{value} is not a valid international number: write + and the country code, then the number, e.g. +44 20 7946 0958</source>
        <translation>{value} ليس رقمًا دوليًا صحيحًا: اكتب + ورمز الدولة ثم الرقم، مثل +44 20 7946 0958</translation>
    </message>
    <message>
        <source>{value} is not a phone number: use digits only, e.g. 9123 4567 or +968 9123 4567</source>
        <translation>{value} ليس رقم هاتف: استخدم الأرقام فقط، مثل 9123 4567 أو +968 9123 4567</translation>
    </message>
    <message>
        <source>{value} has no digits: e.g. 9123 4567 or +968 9123 4567</source>
        <translation>{value} لا يحتوي على أرقام: مثل 9123 4567 أو +968 9123 4567</translation>
    </message>
    <message>
        <source>{value} is not an Omani mobile number: WhatsApp needs a mobile starting with 9 or 7, e.g. 9123 4567</source>
        <translation>{value} ليس رقم هاتف نقال عمانيًا: يتطلب واتساب رقمًا نقالًا يبدأ بـ 9 أو 7، مثل 9123 4567</translation>
    </message>
    <message>
        <source>{value} is not a stored phone number: expected E.164, e.g. +96891234567</source>
        <translation>{value} ليس رقم هاتف بالصيغة المخزّنة: المتوقع صيغة E.164، مثل +96891234567</translation>
    </message>
    <message>
        <source>{value} must contain digits only, e.g. 12345678</source>
        <translation>{value} يجب أن يتكون من أرقام فقط، مثل 12345678</translation>
    </message>
    <message>
        <source>{value} is too long: at most {maximum} digits</source>
        <translation>{value} طويل جدًا: الحد الأقصى {maximum} أرقام</translation>
    </message>
    <message>
        <source>{value} is not a choice here: expected choose one of {choices}</source>
        <translation>{value} ليس خيارًا متاحًا هنا: اختر واحدًا مما يلي: {choices}</translation>
    </message>
    <message>
        <source>the civil number needs its document: choose one of {choices}</source>
        <translation>حدّد وثيقة الرقم المدني: اختر واحدة مما يلي: {choices}</translation>
    </message>
    <message>
        <source>{value} is not a choice here: expected female or male</source>
        <translation>{value} ليس خيارًا متاحًا هنا: المتوقع أنثى أو ذكر</translation>
    </message>
    <message>
        <source>the sex is missing: choose female or male</source>
        <translation>الجنس غير محدد: اختر أنثى أو ذكر</translation>
    </message>
    <message>
        <source>{value} is not a choice here: expected a skin type from I to VI</source>
        <translation>{value} ليس خيارًا متاحًا هنا: المتوقع نوع بشرة من I إلى VI</translation>
    </message>
    <message>
        <source>the date is missing: expected day/month/year with a 4-digit year, e.g. 05/03/1990, or 1990-03-05</source>
        <translation>التاريخ غير مُدخل: المتوقع يوم/شهر/سنة بأربعة أرقام للسنة، مثل 05/03/1990، أو 1990-03-05</translation>
    </message>
    <message>
        <source>{value} has a two-digit year, which could mean two centuries: expected day/month/year with a 4-digit year, e.g. 05/03/1990, or 1990-03-05</source>
        <translation>{value} سنته من رقمين، وقد تعني قرنين مختلفين: المتوقع يوم/شهر/سنة بأربعة أرقام للسنة، مثل 05/03/1990، أو 1990-03-05</translation>
    </message>
    <message>
        <source>{value} is not a date: expected day/month/year with a 4-digit year, e.g. 05/03/1990, or 1990-03-05</source>
        <translation>{value} ليس تاريخًا: المتوقع يوم/شهر/سنة بأربعة أرقام للسنة، مثل 05/03/1990، أو 1990-03-05</translation>
    </message>
    <message>
        <source>{value} is not a day on the calendar: check the day and month (expected day/month/year with a 4-digit year, e.g. 05/03/1990, or 1990-03-05)</source>
        <translation>{value} ليس يومًا في التقويم: تحقق من اليوم والشهر (المتوقع يوم/شهر/سنة بأربعة أرقام للسنة، مثل 05/03/1990، أو 1990-03-05)</translation>
    </message>
    <message>
        <source>the date of birth is missing: expected day/month/year with a 4-digit year, e.g. 05/03/1990, or 1990-03-05</source>
        <translation>تاريخ الميلاد غير مُدخل: المتوقع يوم/شهر/سنة بأربعة أرقام للسنة، مثل 05/03/1990، أو 1990-03-05</translation>
    </message>
    <message>
        <source>{value:%d/%m/%Y} is in the future: expected {today:%d/%m/%Y} or earlier</source>
        <translation>{value:%d/%m/%Y} تاريخ في المستقبل: المتوقع {today:%d/%m/%Y} أو ما قبله</translation>
    </message>
    <message>
        <source>{value:%d/%m/%Y} means over {maximum} years old: check the year</source>
        <translation>{value:%d/%m/%Y} يعني عمرًا يزيد على {maximum} سنة: تحقق من السنة</translation>
    </message>
    <message>
        <source>{value:%d/%m/%Y} is not a plausible expiry date: expected a year from {first} to {last}</source>
        <translation>{value:%d/%m/%Y} ليس تاريخ انتهاء معقولًا: المتوقع سنة من {first} إلى {last}</translation>
    </message>
    <message>
        <source>the address has {length} characters: at most {maximum}</source>
        <translation>عدد أحرف العنوان {length}: الحد الأقصى {maximum}</translation>
    </message>
    <message>
        <source>{value} needs a name before an @: expected name@example.com</source>
        <translation>{value} ينقصه اسم قبل @: المتوقع مثل name@example.com</translation>
    </message>
    <message>
        <source>{value} is not an e-mail address: expected name@example.com</source>
        <translation>{value} ليس عنوان بريد إلكتروني: المتوقع مثل name@example.com</translation>
    </message>
    <message>
        <source>a reason is required: say briefly why, e.g. &apos;duplicate record&apos;</source>
        <translation>السبب مطلوب: اذكره باختصار، مثل «سجل مكرر»</translation>
    </message>
    <message>
        <source>{value} cannot be a user name: expected {minimum}–{maximum} characters: a letter first, then letters a–z, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, e.g. s.albalushi</source>
        <translation>{value} لا يصلح اسمًا للمستخدم: المتوقع من {minimum} إلى {maximum} رمزًا: يبدأ بحرف، ثم حروف a–z أو أرقام أو &apos;.&apos; أو &apos;_&apos; أو &apos;-&apos;، مثل s.albalushi</translation>
    </message>
    <message>
        <source>a broken character ({codepoint}) at position {position}: retype it</source>
        <translation>حرف تالف ({codepoint}) في الموضع {position}: أعد كتابته</translation>
    </message>
    <message>
        <source>a line break or tab ({codepoint}) at position {position}: keep to one line</source>
        <translation>فاصل أسطر أو مسافة جدولة ({codepoint}) في الموضع {position}: اكتب النص في سطر واحد</translation>
    </message>
    <message>
        <source>an unusual line break ({codepoint}) at position {position}: use Enter</source>
        <translation>فاصل أسطر غير معتاد ({codepoint}) في الموضع {position}: استخدم مفتاح Enter</translation>
    </message>
    <message>
        <source>a control character ({codepoint}) at position {position}: retype it</source>
        <translation>حرف تحكم ({codepoint}) في الموضع {position}: أعد كتابته</translation>
    </message>
    <message>
        <source>a non-character ({codepoint}) at position {position}: retype it</source>
        <translation>رمز غير صالح ({codepoint}) في الموضع {position}: أعد كتابته</translation>
    </message>
    <message>
        <source>a direction override ({codepoint}) at position {position}: retype it</source>
        <translation>رمز فرض اتجاه النص ({codepoint}) في الموضع {position}: أعد كتابته</translation>
    </message>
    <message>
        <source>a direction control ({codepoint}) at position {position}: retype it</source>
        <translation>رمز تحكم في اتجاه النص ({codepoint}) في الموضع {position}: أعد كتابته</translation>
    </message>
    <message>
        <source>an invisible character ({codepoint}) at position {position}: retype it</source>
        <translation>حرف غير مرئي ({codepoint}) في الموضع {position}: أعد كتابته</translation>
    </message>
    <message>
        <source>a zero-width character ({codepoint}) at position {position}: retype it</source>
        <translation>حرف بعرض صفري ({codepoint}) في الموضع {position}: أعد كتابته</translation>
    </message>
    <message>
        <source>a formatting character ({codepoint}) at position {position}: retype it</source>
        <translation>رمز تنسيق ({codepoint}) في الموضع {position}: أعد كتابته</translation>
    </message>
    <message>
        <source>the text-direction isolates (U+2066–U+2069) are not closed: retype the text</source>
        <translation>رموز عزل اتجاه النص (U+2066–U+2069) غير مغلقة: أعد كتابة النص</translation>
    </message>
    <message>
        <source>expected text, got {kind}</source>
        <translation>المتوقع نص، والمُدخل {kind}</translation>
    </message>
    <message>
        <source>the text has {length:,} characters: at most {maximum}</source>
        <translation>عدد أحرف النص {length:,}: الحد الأقصى {maximum}</translation>
    </message>
    <message>
        <source>the text has {length} characters: at most {maximum} are allowed</source>
        <translation>عدد أحرف النص {length}: الحد الأقصى المسموح {maximum}</translation>
    </message>
    <message>
        <source>a civil number</source>
        <translation>الرقم المدني</translation>
    </message>
    <message>
        <source>a GCC ID number</source>
        <translation>رقم الهوية الخليجية</translation>
    </message>
    <message>
        <source>{value}: {what} has digits only, e.g. 12345678</source>
        <translation>{value}: {what} يتكون من أرقام فقط، مثل 12345678</translation>
    </message>
    <message>
        <source>{value}: a passport number has Latin letters and digits only, e.g. K1234567</source>
        <translation>{value}: رقم الجواز يتكون من حروف لاتينية وأرقام فقط، مثل K1234567</translation>
    </message>
    <message>
        <source>{value} is not a document number: letters and digits only, at most {maximum}</source>
        <translation>{value} ليس رقم وثيقة: حروف وأرقام فقط، بحد أقصى {maximum}</translation>
    </message>
    <message>
        <source>expected a number from {low:g} to {high:g}{unit}</source>
        <translation>المتوقع رقم من {low:g} إلى {high:g}{unit}</translation>
    </message>
    <message>
        <source>expected a whole number from {low:g} to {high:g}{unit}</source>
        <translation>المتوقع عدد صحيح من {low:g} إلى {high:g}{unit}</translation>
    </message>
    <message>
        <source>expected a number from more than {low:g} to {high:g}{unit}</source>
        <translation>المتوقع رقم أكبر من {low:g} وحتى {high:g}{unit}</translation>
    </message>
    <message>
        <source>expected a whole number from more than {low:g} to {high:g}{unit}</source>
        <translation>المتوقع عدد صحيح أكبر من {low:g} وحتى {high:g}{unit}</translation>
    </message>
    <message>
        <source>{value} is not a number: {expected}</source>
        <translation>{value} ليس رقمًا: {expected}</translation>
    </message>
    <message>
        <source>{value} is not a whole number: {expected}</source>
        <translation>{value} ليس عددًا صحيحًا: {expected}</translation>
    </message>
    <message>
        <source>{value:g} is out of range: {expected}</source>
        <translation>{value:g} خارج النطاق: {expected}</translation>
    </message>
    <message>
        <source>this is required: enter it, e.g. {example}</source>
        <translation>هذا الحقل مطلوب: أدخله، مثل {example}</translation>
    </message>
    <message>
        <source>{value} is not text: expected e.g. {example}</source>
        <translation>{value} ليس نصًا: المتوقع مثل {example}</translation>
    </message>
    <message>
        <source>{length} characters: at most {maximum} are allowed</source>
        <translation>عدد الأحرف {length}: الحد الأقصى المسموح {maximum}</translation>
    </message>
    <message>
        <source>areas must be region names of up to {maximum} characters each</source>
        <translation>يجب أن تكون المناطق أسماء مناطق لا يتجاوز عدد أحرف كل منها {maximum}</translation>
    </message>
    <message>
        <source>this patient is archived: restore first</source>
        <translation>هذا المريض مؤرشف: استعِد ملفه أولًا</translation>
    </message>
    <message>
        <source>this record was merged into file #{file}: open that one</source>
        <translation>دُمج هذا السجل في الملف #{file}: افتح ذلك الملف</translation>
    </message>
    <message>
        <source>this patient is already archived</source>
        <translation>هذا المريض مؤرشف من قبل</translation>
    </message>
    <message>
        <source>a {current} appointment cannot become {wanted}: it can become {allowed}</source>
        <translation>لا يمكن تحويل موعد حالته {current} إلى {wanted}: يمكن تحويله إلى {allowed} فقط</translation>
    </message>
    <message>
        <source>a {current} appointment cannot become {wanted}: it can become nothing (it is final)</source>
        <translation>لا يمكن تحويل موعد حالته {current} إلى {wanted}: حالته نهائية ولا تتغير</translation>
    </message>
    <message>
        <source>the start time has no time zone: expected Muscat or UTC time</source>
        <translation>وقت البدء بلا منطقة زمنية: المتوقع توقيت مسقط أو التوقيت العالمي (UTC)</translation>
    </message>
    <message>
        <source>{value} is not a modality: choose from {choices}</source>
        <translation>{value} ليس نوع علاج: اختر من {choices}</translation>
    </message>
    <message>
        <source>a {status} appointment cannot be moved: book a new one</source>
        <translation>لا يمكن نقل موعد حالته {status}: احجز موعدًا جديدًا</translation>
    </message>
    <message>
        <source>choose an active practitioner for this appointment</source>
        <translation>اختر طبيبًا معالجًا نشطًا لهذا الموعد</translation>
    </message>
    <message>
        <source>this session was voided: it cannot change</source>
        <translation>هذه الجلسة مُلغاة: لا يمكن تغييرها</translation>
    </message>
    <message>
        <source>this session is already signed</source>
        <translation>هذه الجلسة موقّعة من قبل</translation>
    </message>
    <message>
        <source>nothing was changed: correct a field first</source>
        <translation>لم يتغير شيء: صحّح حقلًا أولًا</translation>
    </message>
    <message>
        <source>an assessment is made by a signed-in user</source>
        <translation>إجراء التقييم يتطلب مستخدمًا مسجّل الدخول</translation>
    </message>
    <message>
        <source>a voided assessment cannot be amended</source>
        <translation>لا يمكن تعديل تقييم مُلغى</translation>
    </message>
    <message>
        <source>this assessment is already voided</source>
        <translation>هذا التقييم مُلغى من قبل</translation>
    </message>
    <message>
        <source>the signature image is too large: sign again</source>
        <translation>صورة التوقيع كبيرة جدًا: وقّع مرة أخرى</translation>
    </message>
    <message>
        <source>the signature image is damaged: ask the signer to sign again</source>
        <translation>صورة التوقيع تالفة: اطلب من الموقّع التوقيع مرة أخرى</translation>
    </message>
    <message>
        <source>a consent is captured by a signed-in user</source>
        <translation>تسجيل الموافقة يتطلب مستخدمًا مسجّل الدخول</translation>
    </message>
    <message>
        <source>the signature is not a PNG image</source>
        <translation>التوقيع ليس صورة بصيغة PNG</translation>
    </message>
    <message>
        <source>this consent is already withdrawn</source>
        <translation>هذه الموافقة مسحوبة من قبل</translation>
    </message>
    <message>
        <source>this appointment is not this patient&apos;s</source>
        <translation>هذا الموعد ليس لهذا المريض</translation>
    </message>
    <message>
        <source>a plan is written by a signed-in user</source>
        <translation>كتابة خطة العلاج تتطلب مستخدمًا مسجّل الدخول</translation>
    </message>
    <message>
        <source>this appointment is {status}: start from the patient</source>
        <translation>حالة هذا الموعد {status}: ابدأ من ملف المريض</translation>
    </message>
    <message>
        <source>this plan is {status}: only an active plan changes</source>
        <translation>حالة هذه الخطة {status}: لا تُعدَّل إلا الخطة النشطة</translation>
    </message>
    <message>
        <source>this plan is already {status}</source>
        <translation>حالة هذه الخطة {status} بالفعل</translation>
    </message>
    <message>
        <source>consent {id} has no stored signature</source>
        <translation>لا يوجد توقيع محفوظ للموافقة {id}</translation>
    </message>
    <message>
        <source>this session is signed and read-only: correct it with an amendment and a reason</source>
        <translation>هذه الجلسة موقّعة وللقراءة فقط: صحّحها بتعديل مع ذكر السبب</translation>
    </message>
    <message>
        <source>the patient already has an active plan ({plan}): update it or stop it first</source>
        <translation>لدى المريض خطة علاج نشطة ({plan}): حدّثها أو أوقفها أولًا</translation>
    </message>
    <message>
        <source>{value} is not a whole number of scars: expected 0 to {maximum}</source>
        <translation>{value} ليس عددًا صحيحًا للندبات: المتوقع من 0 إلى {maximum}</translation>
    </message>
    <message>
        <source>{value} scars is not plausible: expected 0 to {maximum}</source>
        <translation>عدد الندبات {value} غير معقول: المتوقع من 0 إلى {maximum}</translation>
    </message>
    <message>
        <source>{value} is not an area: expected square centimetres, 0 to 600</source>
        <translation>{value} ليست مساحة: المتوقع بالسنتيمتر المربع، من 0 إلى 600</translation>
    </message>
    <message>
        <source>{value} cm² is not plausible: expected 0 to {maximum:g} cm²</source>
        <translation>{value} cm² قيمة غير معقولة: المتوقع من 0 إلى {maximum:g} cm²</translation>
    </message>
    <message>
        <source>{value} is not valid: choose one of {choices}</source>
        <translation>{value} غير صالح: اختر واحدًا مما يلي: {choices}</translation>
    </message>
    <message>
        <source>unknown item: expected one of {choices}</source>
        <translation>عنصر غير معروف: المتوقع واحد مما يلي: {choices}</translation>
    </message>
    <message>
        <source>the assessment time is in the future: expected now or earlier</source>
        <translation>وقت التقييم في المستقبل: المتوقع الآن أو وقت سابق</translation>
    </message>
    <message>
        <source>judging laser or peel suitability needs the Fitzpatrick skin type: choose it</source>
        <translation>تقدير ملاءمة الليزر أو التقشير يتطلب نوع البشرة حسب فيتزباتريك: اختره</translation>
    </message>
    <message>
        <source>{value} is not a SCAR-S grade: expected 0 to {maximum}</source>
        <translation>{value} ليست درجة SCAR-S: المتوقع من 0 إلى {maximum}</translation>
    </message>
    <message>
        <source>the notes have {length} characters: expected at most {maximum}</source>
        <translation>عدد أحرف الملاحظات {length}: الحد الأقصى {maximum}</translation>
    </message>
    <message>
        <source>unknown modality: expected one of {choices}</source>
        <translation>نوع علاج غير معروف: المتوقع واحد مما يلي: {choices}</translation>
    </message>
    <message>
        <source>the session time is missing or has no time zone</source>
        <translation>وقت الجلسة غير مُدخل أو بلا منطقة زمنية</translation>
    </message>
    <message>
        <source>no treatment recorded: add at least one modality</source>
        <translation>لم يُسجَّل أي علاج: أضف نوع علاج واحدًا على الأقل</translation>
    </message>
    <message>
        <source>state adverse events: tick &apos;none&apos; or record each event</source>
        <translation>حدّد الأعراض الجانبية: اختر «لا يوجد» أو سجّل كل عرض</translation>
    </message>
    <message>
        <source>&apos;none&apos; is ticked but events are listed: keep one or the other</source>
        <translation>تم اختيار «لا يوجد» مع وجود أعراض جانبية مسجّلة: أبقِ أحدهما فقط</translation>
    </message>
    <message>
        <source>choose mild, moderate or severe</source>
        <translation>اختر: خفيف أو متوسط أو شديد</translation>
    </message>
    <message>
        <source>minutes are given without an agent: name the agent</source>
        <translation>أُدخلت مدة التخدير بالدقائق دون تحديد المادة المخدرة: اذكر اسمها</translation>
    </message>
    <message>
        <source>the password contains an invisible or broken character: retype it</source>
        <translation>كلمة المرور تحتوي على حرف غير مرئي أو تالف: أعد كتابتها</translation>
    </message>
    <message>
        <source>the password is longer than {maximum} characters: choose a shorter one</source>
        <translation>طول كلمة المرور يتجاوز الحد الأقصى ({maximum} حرفًا): اختر كلمة أقصر</translation>
    </message>
    <message>
        <source>this password is on the list of commonly used passwords (digits or symbols added at the ends do not change that): choose something others would not guess, at least {minimum} characters; a few unrelated words make a good one, e.g. &apos;olive lantern 47 harbour&apos;</source>
        <translation>كلمة المرور هذه ضمن قائمة كلمات المرور الشائعة (إضافة أرقام أو رموز في أولها أو آخرها لا تغيّر ذلك): اختر كلمة لا يخمّنها الآخرون، لا يقل عدد أحرفها عن {minimum}؛ وبضع كلمات لا رابط بينها تصنع كلمة مرور جيدة، مثل &apos;olive lantern 47 harbour&apos;</translation>
    </message>
    <message>
        <source>the password contains your user name or part of your name: choose one that does not, since others know your name</source>
        <translation>كلمة المرور تحتوي على اسم المستخدم أو جزء من اسمك: اختر كلمة لا تحتوي عليهما، فاسمك معروف للآخرين</translation>
    </message>
    <message>
        <source>your current password is not right: retype it</source>
        <translation>كلمة المرور الحالية غير صحيحة: أعد كتابتها</translation>
    </message>
    <message>
        <source>your password is not right: the record was not signed</source>
        <translation>كلمة المرور غير صحيحة: لم يُوقَّع السجل</translation>
    </message>
    <message>
        <source>the user name or password is not right, or the account is inactive</source>
        <translation>اسم المستخدم أو كلمة المرور غير صحيحة، أو الحساب غير نشط</translation>
    </message>
    <message>
        <source>this sign-in is locked after too many failed attempts: ask the administrator to unlock it</source>
        <translation>تسجيل الدخول هذا مقفل بعد محاولات فاشلة كثيرة: اطلب من مدير النظام فتحه</translation>
    </message>
    <message>
        <source>this one-time password has expired: ask the administrator for a new one</source>
        <translation>انتهت صلاحية كلمة المرور لمرة واحدة هذه: اطلب كلمة جديدة من مدير النظام</translation>
    </message>
    <message>
        <source>this window has no account to unlock: sign in instead</source>
        <translation>لا يوجد في هذه النافذة حساب لفتح قفله: سجّل الدخول بدلًا من ذلك</translation>
    </message>
    <message>
        <source>this account has been deactivated: ask the administrator to reactivate it</source>
        <translation>هذا الحساب معطّل: اطلب من مدير النظام إعادة تفعيله</translation>
    </message>
    <message>
        <source>this account no longer exists: sign in again</source>
        <translation>هذا الحساب لم يعد موجودًا: سجّل الدخول مرة أخرى</translation>
    </message>
    <message>
        <source>choose your own password before going on</source>
        <translation>اختر كلمة مرور خاصة بك قبل المتابعة</translation>
    </message>
    <message>
        <source>this clinic already has users: sign in instead</source>
        <translation>لهذه العيادة مستخدمون بالفعل: سجّل الدخول بدلًا من ذلك</translation>
    </message>
    <message>
        <source>a lock is {reasons}</source>
        <translation>سبب القفل يجب أن يكون {reasons}</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is taken: choose another user name</source>
        <translation>اسم المستخدم «{value}» مستخدم من قبل: اختر اسم مستخدم آخر</translation>
    </message>
    <message>
        <source>cannot deactivate &apos;{value}&apos;: it is the last active administrator; make another account an administrator first</source>
        <translation>لا يمكن تعطيل «{value}»: فهو آخر حساب مدير نظام نشط؛ اجعل حسابًا آخر مدير نظام أولًا</translation>
    </message>
    <message>
        <source>cannot change the role of &apos;{value}&apos;: it is the last active administrator; make another account an administrator first</source>
        <translation>لا يمكن تغيير دور «{value}»: فهو آخر حساب مدير نظام نشط؛ اجعل حسابًا آخر مدير نظام أولًا</translation>
    </message>
    <message>
        <source>unknown role &apos;{value}&apos;: expected one of {choices}</source>
        <translation>دور غير معروف «{value}»: المتوقع واحد مما يلي: {choices}</translation>
    </message>
    <message>
        <source>you cannot deactivate your own account: ask another admin</source>
        <translation>لا يمكنك تعطيل حسابك: اطلب ذلك من مدير نظام آخر</translation>
    </message>
    <message>
        <source>the new password is your current one: choose a new one</source>
        <translation>كلمة المرور الجديدة هي كلمتك الحالية: اختر كلمة جديدة</translation>
    </message>
    <message>
        <source>no account named &apos;{value}&apos;</source>
        <translation>لا يوجد حساب باسم «{value}»</translation>
    </message>
    <message>
        <source>a change of 0 changes nothing: enter + or − packs</source>
        <translation>التغيير بمقدار 0 لا يغيّر شيئًا: أدخل عدد العبوات مسبوقًا بـ + أو −</translation>
    </message>
    <message>
        <source>only {in_stock} in stock: a correction cannot go below 0 (got {value})</source>
        <translation>المتوفر في المخزون {in_stock} فقط: لا يمكن أن ينزل التصحيح بالرصيد إلى ما دون 0 (المُدخل {value})</translation>
    </message>
    <message>
        <source>{expiry} is before today ({today}): an expired lot cannot be received; check the label</source>
        <translation>{expiry} يسبق تاريخ اليوم ({today}): لا يمكن استلام تشغيلة منتهية الصلاحية؛ تحقق من الملصق</translation>
    </message>
    <message>
        <source>{value}: expected a whole number of days, 0 or more</source>
        <translation>{value}: المتوقع عدد صحيح من الأيام، 0 أو أكثر</translation>
    </message>
    <message>
        <source>the {role} role may not {action}</source>
        <translation>لا يحق لدور {role} {action}</translation>
    </message>
    <message>
        <source>only a clinical lead may {action}</source>
        <translation>لا يحق {action} إلا للمسؤول الطبي</translation>
    </message>
    <message>
        <source>a signed-in user is needed for this action</source>
        <translation>هذا الإجراء يتطلب مستخدمًا مسجّل الدخول</translation>
    </message>
    <message>
        <source>only a signed-in person can change their password</source>
        <translation>لا يمكن تغيير كلمة المرور إلا لمن سجّل الدخول</translation>
    </message>
    <message>
        <source>only a signed-in person can change their display preferences</source>
        <translation>لا يغيّر تفضيلات العرض إلا المستخدم الذي سجّل الدخول</translation>
    </message>
    <message>
        <source>{value} is not one of the choices offered</source>
        <translation>{value} ليس من الخيارات المتاحة</translation>
    </message>
    <message>
        <source>the stored role &apos;{role}&apos; grants nothing</source>
        <translation>الدور المخزّن «{role}» لا يمنح أي صلاحية</translation>
    </message>
    <message>
        <source>a session is recorded by a signed-in practitioner</source>
        <translation>تسجيل الجلسة يتطلب طبيبًا معالجًا مسجّل الدخول</translation>
    </message>
    <message>
        <source>only the practitioner who recorded the session, or its supervising prescriber, may sign it</source>
        <translation>لا يوقّع الجلسة إلا الطبيب المعالج الذي سجّلها أو الطبيب المشرف الواصف لها</translation>
    </message>
    <message>
        <source>an amendment is made by a signed-in practitioner</source>
        <translation>التعديل يتطلب طبيبًا معالجًا مسجّل الدخول</translation>
    </message>
    <message>
        <source>front_desk</source>
        <translation>الاستقبال</translation>
    </message>
    <message>
        <source>{table} #{row_id} cannot be read</source>
        <translation>تعذّرت قراءة {table} #{row_id}</translation>
    </message>
    <message>
        <source>{table} cannot be read</source>
        <translation>تعذّرت قراءة {table}</translation>
    </message>
    <message>
        <source>{table} #{row_id} cannot be read: {reason}</source>
        <translation>تعذّرت قراءة {table} #{row_id}: {reason}</translation>
    </message>
    <message>
        <source>{table} cannot be read: {reason}</source>
        <translation>تعذّرت قراءة {table}: {reason}</translation>
    </message>
    <message>
        <source>cannot reach the database {url}; nothing was changed.</source>
        <translation>تعذّر الوصول إلى قاعدة البيانات {url}؛ لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>the database could not be copied; no backup was kept. Run {command}.</source>
        <translation>تعذّر نسخ قاعدة البيانات؛ لم تُحفظ أي نسخة احتياطية. شغّل {command}.</translation>
    </message>
    <message>
        <source>{failure}</source>
        <translation>{failure}</translation>
    </message>
    <message>
        <source>a backup is verified by restoring it into a scratch database, but this database user may not create one (grant it CREATEDB on the server)</source>
        <translation>تُتحقَّق النسخة الاحتياطية باستعادتها في قاعدة بيانات مؤقتة، لكن مستخدم قاعدة البيانات هذا لا يملك صلاحية إنشائها (امنحه صلاحية إنشاء قواعد البيانات على الخادم)</translation>
    </message>
    <message>
        <source>practitioner</source>
        <translation>الطبيب المعالج</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>مدير النظام</translation>
    </message>
    <message>
        <source>view demographics</source>
        <translation>عرض البيانات الشخصية</translation>
    </message>
    <message>
        <source>edit demographics</source>
        <translation>تعديل البيانات الشخصية</translation>
    </message>
    <message>
        <source>archive patient</source>
        <translation>أرشفة المريض</translation>
    </message>
    <message>
        <source>merge patients</source>
        <translation>دمج ملفات المرضى</translation>
    </message>
    <message>
        <source>manage appointments</source>
        <translation>إدارة المواعيد</translation>
    </message>
    <message>
        <source>view clinical</source>
        <translation>عرض البيانات السريرية</translation>
    </message>
    <message>
        <source>edit clinical</source>
        <translation>تعديل البيانات السريرية</translation>
    </message>
    <message>
        <source>sign session</source>
        <translation>توقيع الجلسة</translation>
    </message>
    <message>
        <source>manage products</source>
        <translation>إدارة المنتجات</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>إدارة المستخدمين</translation>
    </message>
    <message>
        <source>manage settings</source>
        <translation>إدارة الإعدادات</translation>
    </message>
    <message>
        <source>view audit</source>
        <translation>عرض سجل التدقيق</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>النسخ الاحتياطي</translation>
    </message>
    <message>
        <source>print handouts</source>
        <translation>طباعة النشرات</translation>
    </message>
    <message>
        <source>edit safety rules</source>
        <translation>تعديل قواعد السلامة</translation>
    </message>
    <message>
        <source>appointment {id} does not exist</source>
        <translation>الموعد {id} غير موجود</translation>
    </message>
    <message>
        <source>assessment {id} does not exist</source>
        <translation>التقييم {id} غير موجود</translation>
    </message>
    <message>
        <source>day off {id} does not exist</source>
        <translation>يوم الإجازة {id} غير موجود</translation>
    </message>
    <message>
        <source>document {id} does not exist</source>
        <translation>المستند {id} غير موجود</translation>
    </message>
    <message>
        <source>history entry {id} does not exist</source>
        <translation>بند التاريخ الطبي {id} غير موجود</translation>
    </message>
    <message>
        <source>lot {id} does not exist</source>
        <translation>التشغيلة {id} غير موجودة</translation>
    </message>
    <message>
        <source>patient {id} does not exist</source>
        <translation>المريض {id} غير موجود</translation>
    </message>
    <message>
        <source>photo {id} does not exist</source>
        <translation>الصورة {id} غير موجودة</translation>
    </message>
    <message>
        <source>product {id} does not exist</source>
        <translation>المنتج {id} غير موجود</translation>
    </message>
    <message>
        <source>public holiday {id} does not exist</source>
        <translation>العطلة الرسمية {id} غير موجودة</translation>
    </message>
    <message>
        <source>session {id} does not exist</source>
        <translation>الجلسة {id} غير موجودة</translation>
    </message>
    <message>
        <source>treatment plan {id} does not exist</source>
        <translation>خطة العلاج {id} غير موجودة</translation>
    </message>
    <message>
        <source>{entity} {entity_id} was changed elsewhere (you edited version {expected}, the stored one is {actual}); nothing was saved</source>
        <translation>عُدِّل {entity} {entity_id} في مكان آخر (عدّلتَ الإصدار {expected}، والمحفوظ هو الإصدار {actual})؛ لم يُحفظ شيء</translation>
    </message>
    <message>
        <source>the session cannot proceed: {findings}</source>
        <translation>لا يمكن متابعة الجلسة: {findings}</translation>
    </message>
    <message>
        <source>the session cannot be saved: {findings}</source>
        <translation>لا يمكن حفظ الجلسة: {findings}</translation>
    </message>
    <message>
        <source>the rule being overridden is missing: give its code</source>
        <translation>القاعدة المراد تجاوزها غير محددة: أدخل رمزها</translation>
    </message>
    <message>
        <source>the reason is empty: say why it is safe to proceed</source>
        <translation>السبب فارغ: اذكر لماذا تُعدّ المتابعة آمنة</translation>
    </message>
    <message>
        <source>the reason has {length} characters: expected at most {maximum}</source>
        <translation>عدد أحرف السبب {length}: الحد الأقصى {maximum}</translation>
    </message>
    <message>
        <source>choose the folder backups go to (for example a USB disk or a NAS)</source>
        <translation>اختر المجلد الذي تُحفظ فيه النسخ الاحتياطية (مثل قرص USB أو جهاز NAS)</translation>
    </message>
    <message>
        <source>give the whole path of the folder, starting from the drive or /</source>
        <translation>أدخل المسار الكامل للمجلد، بدءًا من محرك الأقراص أو /</translation>
    </message>
    <message>
        <source>enter a whole number from {low} to {high}</source>
        <translation>أدخل عددًا صحيحًا من {low} إلى {high}</translation>
    </message>
    <message>
        <source>choose a time of day, or back up when the last person signs out</source>
        <translation>اختر وقتًا من اليوم، أو النسخ الاحتياطي عند تسجيل خروج آخر مستخدم</translation>
    </message>
    <message>
        <source>{value} is not a consent purpose: choose one of {choices}</source>
        <translation>{value} ليس غرضًا من أغراض الموافقة: اختر واحدًا مما يلي: {choices}</translation>
    </message>
    <message>
        <source>the form version is missing: copy it from the form, e.g. 2026-1</source>
        <translation>إصدار النموذج غير مُدخل: انسخه من النموذج، مثل 2026-1</translation>
    </message>
    <message>
        <source>the form version has {length} characters: at most {maximum} allowed</source>
        <translation>عدد أحرف إصدار النموذج {length}: الحد الأقصى المسموح {maximum}</translation>
    </message>
    <message>
        <source>the signature is missing: ask the signer to sign in the box</source>
        <translation>التوقيع غير موجود: اطلب من الموقّع التوقيع داخل المربع</translation>
    </message>
    <message>
        <source>the signature is not a PNG image: sign again in the box</source>
        <translation>التوقيع ليس صورة بصيغة PNG: وقّع مرة أخرى داخل المربع</translation>
    </message>
    <message>
        <source>the name has {length} characters: at most {maximum} allowed</source>
        <translation>عدد أحرف الاسم {length}: الحد الأقصى المسموح {maximum}</translation>
    </message>
    <message>
        <source>the patient is under {age}: a guardian signs, enter the guardian&apos;s name</source>
        <translation>عمر المريض أقل من {age}: يوقّع ولي الأمر، فأدخل اسم ولي الأمر</translation>
    </message>
    <message>
        <source>the withdrawal date is in the future: expected today or earlier</source>
        <translation>تاريخ السحب في المستقبل: المتوقع اليوم أو تاريخ سابق</translation>
    </message>
    <message>
        <source>the withdrawal is dated before the consent was given: check the date</source>
        <translation>تاريخ السحب يسبق تاريخ إعطاء الموافقة: تحقّق من التاريخ</translation>
    </message>
    <message>
        <source>the detail has {length} characters: at most {maximum} allowed</source>
        <translation>عدد أحرف التفاصيل {length}: الحد الأقصى المسموح {maximum}</translation>
    </message>
    <message>
        <source>this question takes no date: leave the date empty</source>
        <translation>هذا السؤال لا يحتاج إلى تاريخ: اترك التاريخ فارغًا</translation>
    </message>
    <message>
        <source>a date only goes with a &apos;yes&apos; answer, not &apos;{answer}&apos;: clear it</source>
        <translation>لا يُدخل التاريخ إلا مع الإجابة «نعم»، لا «{answer}»: امسحه</translation>
    </message>
    <message>
        <source>{value:%d/%m/%Y} is not plausible: expected a date from {first:%d/%m/%Y} to {last:%d/%m/%Y}</source>
        <translation>التاريخ {value:%d/%m/%Y} غير معقول: المتوقع تاريخ من {first:%d/%m/%Y} إلى {last:%d/%m/%Y}</translation>
    </message>
    <message>
        <source>{what} is missing: enter it with a &apos;yes&apos; answer</source>
        <translation>{what} غير مُدخل: أدخله مع الإجابة «نعم»</translation>
    </message>
    <message>
        <source>answered twice in one submission: keep one answer</source>
        <translation>أُجيب عن السؤال مرتين في الإرسال نفسه: أبقِ إجابة واحدة</translation>
    </message>
    <message>
        <source>nothing to record: answer at least one question</source>
        <translation>لا يوجد ما يُسجَّل: أجب عن سؤال واحد على الأقل</translation>
    </message>
    <message>
        <source>{value} units is impossible: expected 0 or more</source>
        <translation>لا يمكن أن يكون عدد الوحدات {value}: المتوقع 0 أو أكثر</translation>
    </message>
    <message>
        <source>unknown fields: {fields}</source>
        <translation>حقول غير معروفة: {fields}</translation>
    </message>
    <message>
        <source>the merged record would have no name: keep a name from either record</source>
        <translation>سيبقى السجل المدموج بلا اسم: احتفظ باسم من أحد السجلين</translation>
    </message>
    <message>
        <source>choose superficial, medium or deep</source>
        <translation>اختر: سطحي أو متوسط أو عميق</translation>
    </message>
    <message>
        <source>the peel depth is missing: choose superficial, medium or deep</source>
        <translation>عمق التقشير غير محدد: اختر سطحي أو متوسط أو عميق</translation>
    </message>
    <message>
        <source>expected delivery date (if known)</source>
        <translation>تاريخ الولادة المتوقع (إن كان معروفًا)</translation>
    </message>
    <message>
        <source>course end date (expected end date if still taking it)</source>
        <translation>تاريخ انتهاء فترة العلاج (أو تاريخ الانتهاء المتوقع إن كان لا يزال مستمرًا فيه)</translation>
    </message>
    <message>
        <source>last applied on</source>
        <translation>تاريخ آخر استعمال</translation>
    </message>
    <message>
        <source>date of the last injection</source>
        <translation>تاريخ آخر حقنة</translation>
    </message>
    <message>
        <source>last strong sun exposure</source>
        <translation>تاريخ آخر تعرّض قوي للشمس</translation>
    </message>
    <message>
        <source>the date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>the plan has no modality: add at least one</source>
        <translation>لا تتضمن الخطة أي نوع علاج: أضف نوعًا واحدًا على الأقل</translation>
    </message>
    <message>
        <source>this modality is on the plan twice: keep one line per modality</source>
        <translation>نوع العلاج هذا مذكور في الخطة مرتين: اجعل لكل نوع علاج سطرًا واحدًا</translation>
    </message>
    <message>
        <source>{value} sessions: expected a whole number from 1 to {maximum}</source>
        <translation>عدد الجلسات {value}: المتوقع عدد صحيح من 1 إلى {maximum}</translation>
    </message>
    <message>
        <source>a chemical peel&apos;s default interval depends on its depth: choose the depth or enter the interval in days</source>
        <translation>الفاصل الافتراضي للتقشير الكيميائي يعتمد على عمقه: اختر العمق أو أدخل الفاصل بالأيام</translation>
    </message>
    <message>
        <source>{value} days: expected a whole number from 1 to {maximum}</source>
        <translation>عدد الأيام {value}: المتوقع عدد صحيح من 1 إلى {maximum}</translation>
    </message>
    <message>
        <source>ScarDesk cannot write to this folder</source>
        <translation>لا يستطيع ScarDesk الكتابة في هذا المجلد</translation>
    </message>
    <message>
        <source>could not write {path}; nothing was exported</source>
        <translation>تعذّرت كتابة {path}؛ لم يُصدَّر شيء</translation>
    </message>
    <message>
        <source>could not write {name}: choose another folder</source>
        <translation>تعذّرت كتابة {name}: اختر مجلدًا آخر</translation>
    </message>
    <message>
        <source>could not write in {folder}: choose another folder</source>
        <translation>تعذّرت الكتابة في {folder}: اختر مجلدًا آخر</translation>
    </message>
    <message>
        <source>{path} is damaged; it was not changed. Restore it from a backup: {command}</source>
        <translation>الملف {path} تالف؛ لم يُغيَّر. استعِده من نسخة احتياطية: {command}</translation>
    </message>
    <message>
        <source>cannot open the database {url}</source>
        <translation>تعذّر فتح قاعدة البيانات {url}</translation>
    </message>
    <message>
        <source>the database is stamped with {count} schema revisions; it was not changed</source>
        <translation>قاعدة البيانات موسومة بعدد {count} من إصدارات المخطط؛ لم تُغيَّر</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s): expected {minimum} to {maximum}</source>
        <translation>
            <numerusform>%n دقيقة: المتوقع من {minimum} إلى {maximum}</numerusform>
            <numerusform>دقيقة واحدة: المتوقع من {minimum} إلى {maximum}</numerusform>
            <numerusform>دقيقتان: المتوقع من {minimum} إلى {maximum}</numerusform>
            <numerusform>%n دقائق: المتوقع من {minimum} إلى {maximum}</numerusform>
            <numerusform>%n دقيقة: المتوقع من {minimum} إلى {maximum}</numerusform>
            <numerusform>%n دقيقة: المتوقع من {minimum} إلى {maximum}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{value} has %n digit(s): {what} has at most {maximum}</source>
        <translation>
            <numerusform>{value} عدد أرقامه %n: عدد أرقام {what} لا يزيد على {maximum}</numerusform>
            <numerusform>{value} عدد أرقامه %n: عدد أرقام {what} لا يزيد على {maximum}</numerusform>
            <numerusform>{value} عدد أرقامه %n: عدد أرقام {what} لا يزيد على {maximum}</numerusform>
            <numerusform>{value} عدد أرقامه %n: عدد أرقام {what} لا يزيد على {maximum}</numerusform>
            <numerusform>{value} عدد أرقامه %n: عدد أرقام {what} لا يزيد على {maximum}</numerusform>
            <numerusform>{value} عدد أرقامه %n: عدد أرقام {what} لا يزيد على {maximum}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{value} has %n digit(s): {what} has at least {minimum}</source>
        <translation>
            <numerusform>{value} عدد أرقامه %n: عدد أرقام {what} لا يقل عن {minimum}</numerusform>
            <numerusform>{value} عدد أرقامه %n: عدد أرقام {what} لا يقل عن {minimum}</numerusform>
            <numerusform>{value} عدد أرقامه %n: عدد أرقام {what} لا يقل عن {minimum}</numerusform>
            <numerusform>{value} عدد أرقامه %n: عدد أرقام {what} لا يقل عن {minimum}</numerusform>
            <numerusform>{value} عدد أرقامه %n: عدد أرقام {what} لا يقل عن {minimum}</numerusform>
            <numerusform>{value} عدد أرقامه %n: عدد أرقام {what} لا يقل عن {minimum}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{value} has %n character(s): a passport number has {minimum} to {maximum} letters and digits, e.g. K1234567</source>
        <translation>
            <numerusform>{value} عدد رموزه %n: يتكون رقم الجواز من {minimum} إلى {maximum} من الحروف والأرقام، مثل K1234567</numerusform>
            <numerusform>{value} عدد رموزه %n: يتكون رقم الجواز من {minimum} إلى {maximum} من الحروف والأرقام، مثل K1234567</numerusform>
            <numerusform>{value} عدد رموزه %n: يتكون رقم الجواز من {minimum} إلى {maximum} من الحروف والأرقام، مثل K1234567</numerusform>
            <numerusform>{value} عدد رموزه %n: يتكون رقم الجواز من {minimum} إلى {maximum} من الحروف والأرقام، مثل K1234567</numerusform>
            <numerusform>{value} عدد رموزه %n: يتكون رقم الجواز من {minimum} إلى {maximum} من الحروف والأرقام، مثل K1234567</numerusform>
            <numerusform>{value} عدد رموزه %n: يتكون رقم الجواز من {minimum} إلى {maximum} من الحروف والأرقام، مثل K1234567</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the password has %n character(s): expected at least {minimum} characters; a few unrelated words make a good one, e.g. &apos;olive lantern 47 harbour&apos;</source>
        <translation>
            <numerusform>عدد أحرف كلمة المرور %n: الحد الأدنى {minimum}؛ وبضع كلمات لا رابط بينها تصنع كلمة مرور جيدة، مثل &apos;olive lantern 47 harbour&apos;</numerusform>
            <numerusform>عدد أحرف كلمة المرور %n: الحد الأدنى {minimum}؛ وبضع كلمات لا رابط بينها تصنع كلمة مرور جيدة، مثل &apos;olive lantern 47 harbour&apos;</numerusform>
            <numerusform>عدد أحرف كلمة المرور %n: الحد الأدنى {minimum}؛ وبضع كلمات لا رابط بينها تصنع كلمة مرور جيدة، مثل &apos;olive lantern 47 harbour&apos;</numerusform>
            <numerusform>عدد أحرف كلمة المرور %n: الحد الأدنى {minimum}؛ وبضع كلمات لا رابط بينها تصنع كلمة مرور جيدة، مثل &apos;olive lantern 47 harbour&apos;</numerusform>
            <numerusform>عدد أحرف كلمة المرور %n: الحد الأدنى {minimum}؛ وبضع كلمات لا رابط بينها تصنع كلمة مرور جيدة، مثل &apos;olive lantern 47 harbour&apos;</numerusform>
            <numerusform>عدد أحرف كلمة المرور %n: الحد الأدنى {minimum}؛ وبضع كلمات لا رابط بينها تصنع كلمة مرور جيدة، مثل &apos;olive lantern 47 harbour&apos;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>too many failed sign-ins: wait %n second(s) and try again</source>
        <translation>
            <numerusform>محاولات دخول فاشلة كثيرة: انتظر %n ثانية ثم حاول مرة أخرى</numerusform>
            <numerusform>محاولات دخول فاشلة كثيرة: انتظر ثانية واحدة ثم حاول مرة أخرى</numerusform>
            <numerusform>محاولات دخول فاشلة كثيرة: انتظر ثانيتين ثم حاول مرة أخرى</numerusform>
            <numerusform>محاولات دخول فاشلة كثيرة: انتظر %n ثوانٍ ثم حاول مرة أخرى</numerusform>
            <numerusform>محاولات دخول فاشلة كثيرة: انتظر %n ثانية ثم حاول مرة أخرى</numerusform>
            <numerusform>محاولات دخول فاشلة كثيرة: انتظر %n ثانية ثم حاول مرة أخرى</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a window of %n day(s): expected 1 day or more</source>
        <translation>
            <numerusform>فترة مدتها %n يوم: المتوقع يوم واحد أو أكثر</numerusform>
            <numerusform>فترة مدتها يوم واحد: المتوقع يوم واحد أو أكثر</numerusform>
            <numerusform>فترة مدتها يومان: المتوقع يوم واحد أو أكثر</numerusform>
            <numerusform>فترة مدتها %n أيام: المتوقع يوم واحد أو أكثر</numerusform>
            <numerusform>فترة مدتها %n يومًا: المتوقع يوم واحد أو أكثر</numerusform>
            <numerusform>فترة مدتها %n يوم: المتوقع يوم واحد أو أكثر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) is sooner than the toxin retreatment minimum: expected at least {minimum} days</source>
        <translation>
            <numerusform>فاصل %n يوم أقصر من الحد الأدنى قبل إعادة حقن التوكسين: المتوقع ألا يقل الفاصل بالأيام عن {minimum}</numerusform>
            <numerusform>فاصل يوم واحد أقصر من الحد الأدنى قبل إعادة حقن التوكسين: المتوقع ألا يقل الفاصل بالأيام عن {minimum}</numerusform>
            <numerusform>فاصل يومين أقصر من الحد الأدنى قبل إعادة حقن التوكسين: المتوقع ألا يقل الفاصل بالأيام عن {minimum}</numerusform>
            <numerusform>فاصل %n أيام أقصر من الحد الأدنى قبل إعادة حقن التوكسين: المتوقع ألا يقل الفاصل بالأيام عن {minimum}</numerusform>
            <numerusform>فاصل %n يومًا أقصر من الحد الأدنى قبل إعادة حقن التوكسين: المتوقع ألا يقل الفاصل بالأيام عن {minimum}</numerusform>
            <numerusform>فاصل %n يوم أقصر من الحد الأدنى قبل إعادة حقن التوكسين: المتوقع ألا يقل الفاصل بالأيام عن {minimum}</numerusform>
        </translation>
    </message>
    <message>
        <source>the goals have {length} characters: at most {maximum} allowed</source>
        <translation>عدد أحرف الأهداف {length}: الحد الأقصى المسموح {maximum}</translation>
    </message>
    <message>
        <source>{value} is not a whole number: expected {expected}</source>
        <translation>{value} ليس عددًا صحيحًا: المتوقع {expected}</translation>
    </message>
    <message>
        <source>{value} is out of range: expected {expected}</source>
        <translation>{value} خارج النطاق: المتوقع {expected}</translation>
    </message>
    <message>
        <source>a toxin is counted in its brand&apos;s units: choose toxin units</source>
        <translation>يُحسب التوكسين بوحدات علامته التجارية: اختر وحدات التوكسين</translation>
    </message>
    <message>
        <source>only a toxin is counted in toxin units: choose mL or pieces</source>
        <translation>وحدات التوكسين للتوكسين فقط: اختر mL أو قطع</translation>
    </message>
    <message>
        <source>a toxin needs its vial size: enter the units per vial, e.g. 100</source>
        <translation>يحتاج التوكسين إلى حجم القارورة: أدخل عدد الوحدات في القارورة، مثل 100</translation>
    </message>
    <message>
        <source>{low} to {high:,} units per vial</source>
        <translation>من {low} إلى {high:,} وحدة لكل قارورة</translation>
    </message>
    <message>
        <source>{low} to {high} hours</source>
        <translation>من {low} إلى {high} ساعة</translation>
    </message>
    <message>
        <source>a price in baisa, 0 or more</source>
        <translation>سعر بالبيسة، 0 أو أكثر</translation>
    </message>
    <message>
        <source>a whole number of packs from 1 to {maximum:,}</source>
        <translation>عدد صحيح من العبوات من 1 إلى {maximum:,}</translation>
    </message>
    <message>
        <source>a whole number of packs, + or −</source>
        <translation>عدد صحيح من العبوات، مسبوقًا بـ + أو −</translation>
    </message>
    <message>
        <source>the message is empty</source>
        <translation>الرسالة فارغة</translation>
    </message>
    <message>
        <source>the message has {length} characters: at most {maximum}</source>
        <translation>عدد أحرف الرسالة {length}: الحد الأقصى {maximum}</translation>
    </message>
    <message>
        <source>a {{ or }} has no partner: write the placeholders as {{name}}, {{date}} …</source>
        <translation>يوجد قوس {{ أو }} بلا قوس مقابل: اكتب الحقول المتغيرة بالشكل {{name}}، {{date}} …</translation>
    </message>
    <message>
        <source>a [ or ] has no partner: put a part that may be left out in [ ] (one level)</source>
        <translation>يوجد قوس [ أو ] بلا قوس مقابل: ضع الجزء الذي يمكن حذفه بين [ ] (مستوى واحد فقط)</translation>
    </message>
    <message>
        <source>unknown placeholder {placeholder}: use {known}</source>
        <translation>حقل متغير غير معروف {placeholder}: استخدم {known}</translation>
    </message>
    <message>
        <source>marked fully ablative but not ablative: a fully ablative laser is ablative</source>
        <translation>محدد كاستئصالي كامل لكنه غير محدد كاستئصالي: الليزر الاستئصالي الكامل استئصالي</translation>
    </message>
    <message>
        <source>{value} is not a whole number of scars: expected 0 or more</source>
        <translation>{value} ليس عددًا صحيحًا للندبات: المتوقع 0 أو أكثر</translation>
    </message>
    <message>
        <source>{value} scars is impossible: expected 0 or more</source>
        <translation>لا يمكن أن يكون عدد الندبات {value}: المتوقع 0 أو أكثر</translation>
    </message>
    <message>
        <source>{value} is not an area: expected square centimetres</source>
        <translation>{value} ليست قيمة مساحة: المتوقع قيمة بالسنتيمتر المربع</translation>
    </message>
    <message>
        <source>{value} cm² is impossible: expected 0 cm² or more</source>
        <translation>لا يمكن أن تكون المساحة {value} cm²: المتوقع 0 cm² أو أكثر</translation>
    </message>
    <message>
        <source>unknown setting: expected one of {choices}</source>
        <translation>إعداد غير معروف: المتوقع واحد مما يلي: {choices}</translation>
    </message>
    <message>
        <source>expected a mapping of setting names to numbers</source>
        <translation>المتوقع أسماء إعدادات مقرونة بقيم رقمية</translation>
    </message>
    <message>
        <source>{value}: expected a whole number of days from {low} to {high}</source>
        <translation>{value}: المتوقع عدد صحيح من الأيام من {low} إلى {high}</translation>
    </message>
    <message>
        <source>{value}: expected a whole number of months from {low} to {high}</source>
        <translation>{value}: المتوقع عدد صحيح من الأشهر من {low} إلى {high}</translation>
    </message>
    <message>
        <source>{value}: expected a whole number of units from {low} to {high}</source>
        <translation>{value}: المتوقع عدد صحيح من الوحدات من {low} إلى {high}</translation>
    </message>
    <message>
        <source>{value} is not a number: expected units</source>
        <translation>{value} ليس رقمًا: المتوقع عدد الوحدات</translation>
    </message>
    <message>
        <source>{value} units is impossible: expected more than 0</source>
        <translation>لا يمكن أن يكون عدد الوحدات {value}: المتوقع أكثر من 0</translation>
    </message>
    <message>
        <source>{value} units is more than the maximum of {maximum:g}: check for a slip</source>
        <translation>عدد الوحدات {value} يتجاوز الحد الأقصى ({maximum:g}): تحقّق من عدم وجود خطأ في الإدخال</translation>
    </message>
    <message>
        <source>{value} is not a number: expected mL</source>
        <translation>{value} ليس رقمًا: المتوقع قيمة بـ mL</translation>
    </message>
    <message>
        <source>{value} mL is impossible: expected more than 0</source>
        <translation>لا يمكن أن تكون الكمية {value} mL: المتوقع أكثر من 0</translation>
    </message>
    <message>
        <source>{value} mL is more than the maximum of {maximum:g}: check for a slip</source>
        <translation>الكمية {value} mL تتجاوز الحد الأقصى ({maximum:g}): تحقّق من عدم وجود خطأ في الإدخال</translation>
    </message>
    <message>
        <source>the vial is used before it was reconstituted: check both times</source>
        <translation>استُعملت القارورة قبل إعادة تكوينها: تحقّق من الوقتين</translation>
    </message>
    <message>
        <source>choose at least one working day of the week</source>
        <translation>اختر يوم عمل واحدًا على الأقل في الأسبوع</translation>
    </message>
    <message>
        <source>give at least one stretch of opening hours, e.g. 09:00–12:00</source>
        <translation>أدخل فترة واحدة على الأقل من ساعات العمل، مثل 09:00–12:00</translation>
    </message>
    <message>
        <source>{start:%H:%M}–{end:%H:%M}: the end must be after the start</source>
        <translation>{start:%H:%M}–{end:%H:%M}: يجب أن يكون وقت الانتهاء بعد وقت البدء</translation>
    </message>
    <message>
        <source>{first_start:%H:%M}–{first_end:%H:%M} and {second_start:%H:%M}–{second_end:%H:%M} overlap</source>
        <translation>الفترتان {first_start:%H:%M}–{first_end:%H:%M} و{second_start:%H:%M}–{second_end:%H:%M} متداخلتان</translation>
    </message>
    <message>
        <source>the holiday on {day:%d/%m/%Y} needs a name of 1 to {maximum} characters</source>
        <translation>العطلة الموافقة {day:%d/%m/%Y} تحتاج إلى اسم من 1 إلى {maximum} حرفًا</translation>
    </message>
    <message>
        <source>&apos;{value}&apos;: expected a start and an end such as 09:00-12:00</source>
        <translation>«{value}»: المتوقع وقت بدء ووقت انتهاء، مثل 09:00-12:00</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a practitioner: only a practitioner can be a clinical lead</source>
        <translation>«{value}» ليس طبيبًا معالجًا: لا يكون المسؤول الطبي إلا طبيبًا معالجًا</translation>
    </message>
    <message>
        <source>a display name is needed, e.g. Dr Salma Al-Harthy</source>
        <translation>الاسم المعروض مطلوب، مثل د. سلمى الحارثي</translation>
    </message>
    <message>
        <source>{path} has no manifest; ScarDesk cannot preview it</source>
        <translation>لا يحتوي {path} على ملف البيان (manifest)؛ لا يستطيع ScarDesk معاينته</translation>
    </message>
    <message>
        <source>{path} is not a usable backup:
{detail}</source>
        <translation>{path} ليس نسخة احتياطية صالحة للاستعمال:
{detail}</translation>
    </message>
    <message>
        <source>choose the folder for automatic backups first</source>
        <translation>اختر أولًا مجلد النسخ الاحتياطية التلقائية</translation>
    </message>
    <message>
        <source>{path} is encrypted; ScarDesk needs its passphrase</source>
        <translation>{path} مشفّر؛ يحتاج ScarDesk إلى عبارة المرور الخاصة به</translation>
    </message>
    <message>
        <source>the image is {size}; the limit is {limit}: save it smaller (e.g. 600 pixels wide) and choose it again</source>
        <translation>حجم الصورة {size}؛ والحد الأقصى {limit}: احفظها بحجم أصغر (مثلًا بعرض 600 بكسل) ثم اخترها مرة أخرى</translation>
    </message>
    <message>
        <source>the file is not a readable image: choose a PNG or JPEG file</source>
        <translation>الملف ليس صورة قابلة للقراءة: اختر ملف PNG أو JPEG</translation>
    </message>
    <message>
        <source>the file is a {format} image: choose a PNG or JPEG file</source>
        <translation>الملف صورة بصيغة {format}: اختر ملف PNG أو JPEG</translation>
    </message>
    <message>
        <source>the image is {width} × {height} pixels: expected between {minimum} and {maximum} pixels on each side</source>
        <translation>أبعاد الصورة {width} × {height} بكسل: المتوقع بين {minimum} و{maximum} بكسل لكل ضلع</translation>
    </message>
    <message>
        <source>the clinic has no own copy of {path}: it already uses ours</source>
        <translation>ليس للعيادة نسخة خاصة من {path}: فهي تستخدم نص ScarDesk أصلًا</translation>
    </message>
    <message>
        <source>common text has no modality; aftercare and consent text needs one</source>
        <translation>النص العام لا يرتبط بنوع علاج؛ أما نصوص تعليمات العناية بعد العلاج والموافقة فتحتاج إلى نوع علاج</translation>
    </message>
    <message>
        <source>choose the modality this text is for</source>
        <translation>اختر نوع العلاج الذي يخصه هذا النص</translation>
    </message>
    <message>
        <source>the text changed but its version is still {version}; expected a new version (e.g. raise the last number) so printed documents and signed consent forms say which wording they used</source>
        <translation>تغيّر النص لكن إصداره ما زال {version}؛ المتوقع إصدار جديد (مثلًا بزيادة الرقم الأخير) حتى تبيّن المستندات المطبوعة ونماذج الموافقة الموقّعة الصيغة التي استُخدمت فيها</translation>
    </message>
    <message>
        <source>this session was voided: no aftercare sheet is printed for it</source>
        <translation>هذه الجلسة مُلغاة: لا تُطبع لها تعليمات العناية بعد العلاج</translation>
    </message>
    <message>
        <source>no modality was recorded; expected at least one</source>
        <translation>لم يُسجَّل أي نوع علاج؛ المتوقع نوع علاج واحد على الأقل</translation>
    </message>
    <message>
        <source>the form was signed on version {version}, and neither the content library nor its archive holds that wording; expected consent/archive/{modality}@VERSION.LANG.md, so that the printed text is the one the patient agreed to</source>
        <translation>وُقّع النموذج على الإصدار {version}، ولا تحتفظ مكتبة النصوص ولا أرشيفها بتلك الصياغة؛ المتوقع وجود الملف consent/archive/{modality}@VERSION.LANG.md، ليكون النص المطبوع هو النص الذي وافق عليه المريض</translation>
    </message>
    <message>
        <source>no session has been recorded for this appointment yet; the aftercare sheet is printed once the practitioner has saved the session</source>
        <translation>لم تُسجَّل أي جلسة لهذا الموعد بعد؛ تُطبع تعليمات العناية بعد العلاج بعد أن يحفظ الطبيب المعالج الجلسة</translation>
    </message>
    <message>
        <source>document {id} does not match its stored SHA-256; it is not printed: run &apos;scardesk db check&apos; and restore a backup</source>
        <translation>المستند {id} لا يطابق بصمة SHA-256 المخزّنة له؛ لذا لن يُطبع: شغّل الأمر &apos;scardesk db check&apos; واستعِد نسخة احتياطية</translation>
    </message>
    <message>
        <source>{value} is not a modality; expected one of {choices}</source>
        <translation>{value} ليس نوع علاج؛ المتوقع واحد مما يلي: {choices}</translation>
    </message>
    <message>
        <source>{path} already exists: choose another file name (or allow replacing it)</source>
        <translation>{path} موجود بالفعل: اختر اسم ملف آخر (أو اسمح باستبداله)</translation>
    </message>
    <message>
        <source>limit {limit}: expected 1–{maximum}, offset 0 or more</source>
        <translation>الحد {limit}: المتوقع 1–{maximum}، والإزاحة 0 أو أكثر</translation>
    </message>
    <message>
        <source>a history answer needs a signed-in practitioner</source>
        <translation>إجابة التاريخ الطبي تتطلب طبيبًا معالجًا مسجّل الدخول</translation>
    </message>
    <message>
        <source>this answer is already voided</source>
        <translation>هذه الإجابة مُلغاة من قبل</translation>
    </message>
    <message>
        <source>a record cannot be merged with itself</source>
        <translation>لا يمكن دمج السجل مع نفسه</translation>
    </message>
    <message>
        <source>file #{file} was already merged into file #{into}</source>
        <translation>سبق دمج الملف #{file} في الملف #{into}</translation>
    </message>
    <message>
        <source>the record that stays is archived: restore it first, or keep the other record instead</source>
        <translation>السجل الباقي مؤرشف: استعِده أولًا، أو اجعل السجل الآخر هو الباقي</translation>
    </message>
    <message>
        <source>{path} is a folder: give a file name in it</source>
        <translation>{path} مجلد: أدخل اسم ملف داخله</translation>
    </message>
    <message>
        <source>the record could not be saved: try again</source>
        <translation>تعذّر حفظ السجل: حاول مرة أخرى</translation>
    </message>
    <message>
        <source>this document is already registered to file #{file}: open that record instead of registering the person twice</source>
        <translation>هذه الوثيقة مسجّلة من قبل للملف #{file}: افتح ذلك السجل بدلًا من تسجيل الشخص مرتين</translation>
    </message>
    <message>
        <source>the file is empty: choose a JPEG or PNG photo</source>
        <translation>الملف فارغ: اختر صورة JPEG أو PNG</translation>
    </message>
    <message>
        <source>the file is over {megabytes} MB: export it smaller</source>
        <translation>حجم الملف يتجاوز {megabytes} MB: صدّره بحجم أصغر</translation>
    </message>
    <message>
        <source>this is a {format} image: import JPEG or PNG photos only</source>
        <translation>هذه صورة بصيغة {format}: استورد صور JPEG أو PNG فقط</translation>
    </message>
    <message>
        <source>this file is not a picture: import JPEG or PNG photos only</source>
        <translation>هذا الملف ليس صورة: استورد صور JPEG أو PNG فقط</translation>
    </message>
    <message>
        <source>the picture has too many pixels to be a photo: check it</source>
        <translation>عدد بكسلات الصورة أكبر من أن تكون صورة فوتوغرافية: تحقّق منها</translation>
    </message>
    <message>
        <source>the picture is damaged or incomplete: copy it again</source>
        <translation>الصورة تالفة أو غير مكتملة: انسخها مرة أخرى</translation>
    </message>
    <message>
        <source>the patient has no valid consent to clinical photos: capture it before importing</source>
        <translation>ليس لدى المريض موافقة سارية على التصوير السريري: سجّل الموافقة قبل الاستيراد</translation>
    </message>
    <message>
        <source>that assessment is not a current one of this patient</source>
        <translation>ذلك التقييم ليس من التقييمات السارية لهذا المريض</translation>
    </message>
    <message>
        <source>that session is not a current one of this patient</source>
        <translation>تلك الجلسة ليست من الجلسات السارية لهذا المريض</translation>
    </message>
    <message>
        <source>a photo is imported by a signed-in user</source>
        <translation>استيراد الصور يتطلب مستخدمًا مسجّل الدخول</translation>
    </message>
    <message>
        <source>{name}: {problem}</source>
        <translation>{name}: {problem}</translation>
    </message>
    <message>
        <source>the photo date is in the future: check it</source>
        <translation>تاريخ الصورة في المستقبل: تحقّق منه</translation>
    </message>
    <message>
        <source>this photo is already in the record ({existing})</source>
        <translation>هذه الصورة موجودة في السجل من قبل ({existing})</translation>
    </message>
    <message>
        <source>this photo is already voided</source>
        <translation>هذه الصورة مُلغاة من قبل</translation>
    </message>
    <message>
        <source>lots of this product exist: add a new product instead</source>
        <translation>توجد تشغيلات لهذا المنتج: أضف منتجًا جديدًا بدلًا من ذلك</translation>
    </message>
    <message>
        <source>choose an active product from the catalogue</source>
        <translation>اختر منتجًا نشطًا من قائمة المنتجات</translation>
    </message>
    <message>
        <source>lot {lot} is already booked in: adjust its stock instead</source>
        <translation>التشغيلة {lot} مستلمة من قبل: أجرِ تسوية لمخزونها بدلًا من ذلك</translation>
    </message>
    <message>
        <source>{brand} ({name}) is already in the catalogue</source>
        <translation>{brand} ({name}) موجود في قائمة المنتجات من قبل</translation>
    </message>
    <message>
        <source>no lot is numbered {lot}</source>
        <translation>لا توجد تشغيلة برقم {lot}</translation>
    </message>
    <message>
        <source>{lot} is a lot of several products ({brands}): choose it on the Products screen</source>
        <translation>{lot} رقم تشغيلة لعدة منتجات ({brands}): اخترها من شاشة المنتجات</translation>
    </message>
    <message>
        <source>the export was stopped; no file was written</source>
        <translation>أُوقف التصدير؛ لم يُكتب أي ملف</translation>
    </message>
    <message>
        <source>{name} has &apos;{suffix}&apos;: name the file .pdf, .csv or .xlsx</source>
        <translation>امتداد {name} هو «{suffix}»: اجعل امتداد الملف .pdf أو .csv أو .xlsx</translation>
    </message>
    <message>
        <source>{name} has no suffix: name the file .pdf, .csv or .xlsx</source>
        <translation>{name} بلا امتداد: اجعل امتداد الملف .pdf أو .csv أو .xlsx</translation>
    </message>
    <message>
        <source>this reminder was already sent by {by} at {at:%H:%M} on {at:%d/%m/%Y}; it was not sent again</source>
        <translation>أرسل {by} هذا التذكير من قبل الساعة {at:%H:%M} يوم {at:%d/%m/%Y}؛ لم يُرسَل مرة أخرى</translation>
    </message>
    <message>
        <source>this reminder was already sent by {by}; it was not sent again</source>
        <translation>أرسل {by} هذا التذكير من قبل؛ لم يُرسَل مرة أخرى</translation>
    </message>
    <message>
        <source>this reminder was already sent from another desk at {at:%H:%M} on {at:%d/%m/%Y}; it was not sent again</source>
        <translation>أُرسل هذا التذكير من قبل من جهاز عمل آخر الساعة {at:%H:%M} يوم {at:%d/%m/%Y}؛ لم يُرسَل مرة أخرى</translation>
    </message>
    <message>
        <source>this reminder was already sent from another desk; it was not sent again</source>
        <translation>أُرسل هذا التذكير من قبل من جهاز عمل آخر؛ لم يُرسَل مرة أخرى</translation>
    </message>
    <message>
        <source>this patient has no consent to reminders, no phone, or asked not to be sent them</source>
        <translation>لا توجد لدى هذا المريض موافقة على التذكيرات، أو ليس له هاتف، أو طلب عدم إرسالها إليه</translation>
    </message>
    <message>
        <source>the modalities cannot change by correction: amend what was recorded, or void the session</source>
        <translation>لا يمكن تغيير أنواع العلاج بالتصحيح: عدّل ما سُجّل، أو ألغِ الجلسة</translation>
    </message>
    <message>
        <source>the product and lot cannot change: amend what was recorded, or void the session</source>
        <translation>لا يمكن تغيير المنتج والتشغيلة: عدّل ما سُجّل، أو ألغِ الجلسة</translation>
    </message>
    <message>
        <source>injection points cannot be removed: amend what was recorded, or void the session</source>
        <translation>لا يمكن إزالة نقاط الحقن: عدّل ما سُجّل، أو ألغِ الجلسة</translation>
    </message>
    <message>
        <source>recorded adverse events stay; add new ones below them: amend what was recorded, or void the session</source>
        <translation>تبقى الأعراض الجانبية المسجّلة، وتُضاف الجديدة تحتها: عدّل ما سُجّل، أو ألغِ الجلسة</translation>
    </message>
    <message>
        <source>choose a toxin product from the catalogue</source>
        <translation>اختر منتج توكسين من قائمة المنتجات</translation>
    </message>
    <message>
        <source>choose the vial&apos;s lot from the lots in stock</source>
        <translation>اختر تشغيلة القارورة من التشغيلات المتوفرة في المخزون</translation>
    </message>
    <message>
        <source>lot {lot} has no vial left for this entry</source>
        <translation>لم تبقَ في التشغيلة {lot} قارورة لهذا البند</translation>
    </message>
    <message>
        <source>the clinic&apos;s name is printed on every sheet: enter it</source>
        <translation>اسم العيادة يُطبع على كل ورقة: أدخله</translation>
    </message>
    <message>
        <source>save the clinic&apos;s name first: the logo goes with the details</source>
        <translation>احفظ اسم العيادة أولًا: الشعار يُحفظ مع بيانات العيادة</translation>
    </message>
    <message>
        <source>lock after {low} to {high} idle minutes: enter a whole number such as {example}</source>
        <translation>القفل بعد {low} إلى {high} دقيقة من عدم النشاط: أدخل عددًا صحيحًا مثل {example}</translation>
    </message>
    <message>
        <source>give the holiday&apos;s name, 1 to {maximum} characters</source>
        <translation>أدخل اسم العطلة، من 1 إلى {maximum} حرفًا</translation>
    </message>
    <message>
        <source>keep the note under {maximum} characters</source>
        <translation>اجعل الملاحظة أقل من {maximum} حرفًا</translation>
    </message>
    <message>
        <source>choose the practitioner who is off</source>
        <translation>اختر الطبيب المعالج الذي في إجازة</translation>
    </message>
    <message>
        <source>lot {lot} belongs to another product: choose a lot of this product</source>
        <translation>التشغيلة {lot} تخص منتجًا آخر: اختر تشغيلة من هذا المنتج</translation>
    </message>
    <message>
        <source>lot {lot} is archived: choose a lot in use</source>
        <translation>التشغيلة {lot} مؤرشفة: اختر تشغيلة قيد الاستعمال</translation>
    </message>
    <message>
        <source>lot {lot} expired on {expiry:%d/%m/%Y}: an expired lot cannot be used; choose an unexpired lot</source>
        <translation>انتهت صلاحية التشغيلة {lot} في {expiry:%d/%m/%Y}: لا يمكن استعمال تشغيلة منتهية الصلاحية؛ اختر تشغيلة غير منتهية الصلاحية</translation>
    </message>
    <message>
        <source>lot {lot} has none in stock: choose a lot in stock or receive stock</source>
        <translation>لم يبقَ شيء في المخزون من التشغيلة {lot}: اختر تشغيلة متوفرة في المخزون أو سجّل استلام مخزون</translation>
    </message>
    <message>
        <source> {unit}</source>
        <translation> {unit}</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>دقيقة</translation>
    </message>
    <message>
        <source>passes</source>
        <translation>مرة</translation>
    </message>
    <message>
        <source>layers</source>
        <translation>طبقة</translation>
    </message>
    <message>
        <source>scars</source>
        <translation>ندبة</translation>
    </message>
    <message>
        <source>G (gauge)</source>
        <translation>G (القياس)</translation>
    </message>
    <message>
        <source>(fraction of the map width)</source>
        <translation>(نسبة من عرض خريطة الوجه)</translation>
    </message>
    <message>
        <source>(fraction of the map height)</source>
        <translation>(نسبة من ارتفاع خريطة الوجه)</translation>
    </message>
    <message>
        <source>the reconstitution time is missing its time zone</source>
        <translation>وقت إعادة التكوين بلا منطقة زمنية</translation>
    </message>
    <message>
        <source>reconstituted after the session time: the vial must be mixed before it is used</source>
        <translation>أُعيد التكوين بعد وقت الجلسة: يجب تحضير القارورة قبل استعمالها</translation>
    </message>
    <message>
        <source>no injection points: place each point on the face map</source>
        <translation>لا توجد نقاط حقن: ضع كل نقطة على خريطة الوجه</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s): at most {maximum} per entry</source>
        <translation>
            <numerusform>%n نقطة: الحد الأقصى {maximum} لكل بند</numerusform>
            <numerusform>نقطة واحدة: الحد الأقصى {maximum} لكل بند</numerusform>
            <numerusform>نقطتان: الحد الأقصى {maximum} لكل بند</numerusform>
            <numerusform>%n نقاط: الحد الأقصى {maximum} لكل بند</numerusform>
            <numerusform>%n نقطة: الحد الأقصى {maximum} لكل بند</numerusform>
            <numerusform>%n نقطة: الحد الأقصى {maximum} لكل بند</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>lot {lot}: {drawn} U drawn (given + wasted) from %n vial(s) opened, which hold {held} U; a vial cannot give more than it holds: correct the units, or record each further vial as its own toxin entry</source>
        <translation>
            <numerusform>التشغيلة {lot}: سُحبت {drawn} U (المعطاة والمهدرة) من %n قارورة مفتوحة تحتوي على {held} U؛ لا يمكن أن تعطي القارورة أكثر مما تحتويه: صحّح الوحدات، أو سجّل كل قارورة إضافية كبند توكسين مستقل</numerusform>
            <numerusform>التشغيلة {lot}: سُحبت {drawn} U (المعطاة والمهدرة) من قارورة واحدة مفتوحة تحتوي على {held} U؛ لا يمكن أن تعطي القارورة أكثر مما تحتويه: صحّح الوحدات، أو سجّل كل قارورة إضافية كبند توكسين مستقل</numerusform>
            <numerusform>التشغيلة {lot}: سُحبت {drawn} U (المعطاة والمهدرة) من قارورتين مفتوحتين تحتويان على {held} U؛ لا يمكن أن تعطي القارورة أكثر مما تحتويه: صحّح الوحدات، أو سجّل كل قارورة إضافية كبند توكسين مستقل</numerusform>
            <numerusform>التشغيلة {lot}: سُحبت {drawn} U (المعطاة والمهدرة) من %n قوارير مفتوحة تحتوي على {held} U؛ لا يمكن أن تعطي القارورة أكثر مما تحتويه: صحّح الوحدات، أو سجّل كل قارورة إضافية كبند توكسين مستقل</numerusform>
            <numerusform>التشغيلة {lot}: سُحبت {drawn} U (المعطاة والمهدرة) من %n قارورة مفتوحة تحتوي على {held} U؛ لا يمكن أن تعطي القارورة أكثر مما تحتويه: صحّح الوحدات، أو سجّل كل قارورة إضافية كبند توكسين مستقل</numerusform>
            <numerusform>التشغيلة {lot}: سُحبت {drawn} U (المعطاة والمهدرة) من %n قارورة مفتوحة تحتوي على {held} U؛ لا يمكن أن تعطي القارورة أكثر مما تحتويه: صحّح الوحدات، أو سجّل كل قارورة إضافية كبند توكسين مستقل</numerusform>
        </translation>
    </message>
    <message>
        <source>the points add up to {placed:g} U but the total is {total:g} U: they must be equal (within 0.01 U)</source>
        <translation>مجموع النقاط {placed:g} U لكن الإجمالي {total:g} U: يجب أن يتساويا (بفارق لا يتجاوز 0.01 U)</translation>
    </message>
    <message>
        <source>{given:g} U given + {wasted:g} U wasted is more than the {vial:g} U vial: record each vial as its own toxin entry</source>
        <translation>{given:g} U معطاة + {wasted:g} U مهدرة أكثر من سعة القارورة البالغة {vial:g} U: سجّل كل قارورة كبند توكسين مستقل</translation>
    </message>
    <message>
        <source>choose whether all, some or none of the scars frosted white</source>
        <translation>حدّد هل ظهر التبيّض الأبيض على كل الندبات أو بعضها أو لم يظهر على أي منها</translation>
    </message>
    <message>
        <source>a strength or volume is given without an agent: name it</source>
        <translation>أُدخل التركيز أو الحجم دون تحديد المادة المخدرة: اذكر اسمها</translation>
    </message>
    <message>
        <source>the anaesthetic is named: give its {unit} too</source>
        <translation>حُدّدت المادة المخدرة: أدخل قيمتها بـ {unit} أيضًا</translation>
    </message>
    <message>
        <source>adrenaline is ticked without an anaesthetic: name it</source>
        <translation>حُدّد الأدرينالين دون مادة مخدرة: اذكر اسم المادة</translation>
    </message>
    <message>
        <source>choose mJ (per microbeam) or J/cm2 (fluence)</source>
        <translation>اختر mJ (لكل حزمة دقيقة) أو J/cm2 (كثافة الطاقة)</translation>
    </message>
    <message>
        <source>a fully ablative laser is ablative: tick both</source>
        <translation>الليزر الاستئصالي الكامل استئصالي: حدّد الخيارين كليهما</translation>
    </message>
    <message>
        <source>{first} {second}</source>
        <translation>{first} {second}</translation>
    </message>
    <message>
        <source>audit event {id} does not follow the event before it (a row was removed or inserted)</source>
        <translation>حدث التدقيق {id} لا يلي الحدث الذي قبله (حُذف صف أو أُدرج صف)</translation>
    </message>
    <message>
        <source>audit event {id} was altered after it was written</source>
        <translation>حدث التدقيق {id} عُدّل بعد كتابته</translation>
    </message>
    <message>
        <source>choose a needle, a Nokor needle or a blunt cannula</source>
        <translation>اختر إبرة أو إبرة Nokor أو كانيولا غير حادة</translation>
    </message>
    <message>
        <source>ScarDesk will not keep its database at {path} because {reason}. SQLite files are damaged by network and sync folders; keep the file on this computer&apos;s own disk, or let several workstations share a PostgreSQL server.</source>
        <translation>لن يحفظ ScarDesk قاعدة بياناته في {path} لأن {reason}. مجلدات الشبكة ومجلدات المزامنة تُتلف ملفات SQLite؛ احفظ الملف على القرص الخاص بهذا الجهاز، أو اجعل أجهزة العمل تتشارك خادم PostgreSQL.</translation>
    </message>
    <message>
        <source>{path} is an SQLite file but not a ScarDesk database; it was not changed.</source>
        <translation>الملف {path} ملف SQLite لكنه ليس قاعدة بيانات ScarDesk؛ لم يُغيَّر.</translation>
    </message>
    <message>
        <source>unsupported database {backend}: use an SQLite file or a PostgreSQL address such as {example}</source>
        <translation>قاعدة بيانات غير مدعومة {backend}: استخدم ملف SQLite أو عنوان PostgreSQL مثل {example}</translation>
    </message>
    <message>
        <source>no ScarDesk database at {url}: it is empty; check the URL (nothing was created)</source>
        <translation>لا توجد قاعدة بيانات ScarDesk في {url}: إنها فارغة؛ تحقّق من عنوان قاعدة البيانات (لم يُنشأ شيء)</translation>
    </message>
    <message>
        <source>no database at {path}: check --data-dir or --database-url (nothing was created)</source>
        <translation>لا توجد قاعدة بيانات في {path}: تحقّق من مجلد البيانات (‎--data-dir‎) أو عنوان قاعدة البيانات (‎--database-url‎) (لم يُنشأ شيء)</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file</source>
        <translation>{path} مجلد وليس ملف قاعدة بيانات</translation>
    </message>
    <message>
        <source>no record has that number (it is out of range)</source>
        <translation>لا يوجد سجل بهذا الرقم (الرقم خارج النطاق)</translation>
    </message>
    <message>
        <source>the database {label} was created by a newer version of ScarDesk (schema {revision}); it was not opened or changed. Install the newer ScarDesk to use it.</source>
        <translation>أُنشئت قاعدة البيانات {label} بإصدار أحدث من ScarDesk (المخطط {revision})؛ لم تُفتح ولم تُغيَّر. ثبّت الإصدار الأحدث من ScarDesk لاستخدامها.</translation>
    </message>
    <message>
        <source>could not lock {path}; try again</source>
        <translation>تعذّر قفل {path}؛ حاول مرة أخرى</translation>
    </message>
    <message>
        <source>the database is being restored or upgraded on this computer right now; wait until that finishes, then start ScarDesk again.</source>
        <translation>تجري الآن استعادة قاعدة البيانات أو ترقيتها على هذا الجهاز؛ انتظر حتى تنتهي، ثم شغّل ScarDesk مرة أخرى.</translation>
    </message>
    <message>
        <source>could not create {path}; check the folder&apos;s permissions</source>
        <translation>تعذّر إنشاء {path}؛ تحقّق من صلاحيات المجلد</translation>
    </message>
    <message>
        <source>cannot {action} while ScarDesk is open elsewhere: {names}. Close ScarDesk on those workstations (signing out is not enough), then try again; nothing was changed.</source>
        <translation>تعذّرت {action} لأن ScarDesk مفتوح على جهاز آخر: {names}. أغلق ScarDesk على أجهزة العمل هذه (تسجيل الخروج لا يكفي)، ثم حاول مرة أخرى؛ لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>{user} on {host} (process {pid})</source>
        <translation>{user} على {host} (العملية {pid})</translation>
    </message>
    <message>
        <source>{user} on {host} (process {pid}) since {since}</source>
        <translation>{user} على {host} (العملية {pid}) منذ {since}</translation>
    </message>
    <message>
        <source>{first}; {rest}</source>
        <translation>{first}؛ {rest}</translation>
    </message>
    <message>
        <source>upgrade the database</source>
        <translation>ترقية قاعدة البيانات</translation>
    </message>
    <message>
        <source>restore</source>
        <translation>الاستعادة</translation>
    </message>
    <message>
        <source>cannot {action}: another restore or upgrade of this database is running.</source>
        <translation>تعذّرت {action}: تجري استعادة أو ترقية أخرى لقاعدة البيانات هذه.</translation>
    </message>
    <message>
        <source>cannot {action}: the database folder keeps changing; try again.</source>
        <translation>تعذّرت {action}: مجلد قاعدة البيانات يتغيّر باستمرار؛ حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>the database file was replaced (restored or moved) while ScarDesk was open; this window stopped writing so nothing goes into the old copy. Close ScarDesk and start it again.</source>
        <translation>استُبدل ملف قاعدة البيانات (استُعيد أو نُقل) وScarDesk مفتوح؛ توقّفت هذه النافذة عن الحفظ حتى لا يُكتب شيء في النسخة القديمة. أغلق ScarDesk ثم شغّله مرة أخرى.</translation>
    </message>
    <message>
        <source>the database address is not valid: expected e.g. {examples}</source>
        <translation>عنوان قاعدة البيانات غير صالح: المتوقّع مثلًا {examples}</translation>
    </message>
    <message>
        <source>the PostgreSQL address names no database: add /DATABASE at its end</source>
        <translation>عنوان PostgreSQL لا يسمّي قاعدة بيانات: أضف ‎/DATABASE‎ في آخره</translation>
    </message>
    <message>
        <source>{path} is not an SQLite database readable without a passphrase: it is encrypted (enter its passphrase, or set {variable} for scripts) or not a database at all. Nothing was opened or changed.</source>
        <translation>الملف {path} ليس قاعدة بيانات SQLite تُقرأ دون عبارة مرور: إما أنه مشفّر (أدخل عبارة المرور الخاصة به، أو اضبط {variable} للبرامج النصية) وإما أنه ليس قاعدة بيانات أصلًا. لم يُفتح شيء ولم يُغيَّر.</translation>
    </message>
    <message>
        <source>the passphrase does not open {path} (or the file is damaged); nothing was changed.</source>
        <translation>عبارة المرور لا تفتح {path} (أو أن الملف تالف)؛ لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>this database is encrypted but SQLCipher is not installed: reinstall ScarDesk.</source>
        <translation>قاعدة البيانات هذه مشفّرة لكن SQLCipher غير مثبّت: أعد تثبيت ScarDesk.</translation>
    </message>
    <message>
        <source>an empty passphrase cannot protect a database.</source>
        <translation>عبارة المرور الفارغة لا تحمي قاعدة البيانات.</translation>
    </message>
    <message>
        <source>the passphrase cannot be remembered: {problem}.</source>
        <translation>لا يمكن تذكّر عبارة المرور: {problem}.</translation>
    </message>
    <message>
        <source>this is not an SQLite database: use backup_postgres.</source>
        <translation>هذه ليست قاعدة بيانات SQLite: استخدم النسخ الاحتياطي لخادم PostgreSQL.</translation>
    </message>
    <message>
        <source>this is not a PostgreSQL database: use backup_sqlite.</source>
        <translation>هذه ليست قاعدة بيانات PostgreSQL: استخدم النسخ الاحتياطي لملف SQLite.</translation>
    </message>
    <message>
        <source>the backup copy failed its check, so no backup was kept:
{detail}
Run {command} on the live database.</source>
        <translation>لم تجتز النسخة الاحتياطية فحصها، فلم تُحفظ أي نسخة:
{detail}
شغّل {command} على قاعدة البيانات الحالية.</translation>
    </message>
    <message>
        <source>{path} already exists; choose a new file name or a folder.</source>
        <translation>{path} موجود من قبل؛ اختر اسم ملف جديدًا أو مجلدًا.</translation>
    </message>
    <message>
        <source>the folder {path} does not exist.</source>
        <translation>المجلد {path} غير موجود.</translation>
    </message>
    <message>
        <source>the dump was not kept: {reason}</source>
        <translation>لم تُحفظ النسخة: {reason}</translation>
    </message>
    <message>
        <source>the PostgreSQL backup (pg_dump) failed</source>
        <translation>فشل النسخ الاحتياطي لخادم PostgreSQL</translation>
    </message>
    <message>
        <source>the dump failed its check (pg_restore --list), so it was not kept</source>
        <translation>لم تجتز النسخة فحص قراءة محتوياتها، فلم تُحفظ</translation>
    </message>
    <message>
        <source>{name} is needed for PostgreSQL backups and restores but was not found: install the PostgreSQL client tools (the server&apos;s major version or newer) and put them on the program path.</source>
        <translation>البرنامج {name} مطلوب للنسخ الاحتياطي والاستعادة مع PostgreSQL لكنه غير موجود: ثبّت أدوات عميل PostgreSQL (بإصدار الخادم نفسه أو أحدث) وأضفها إلى مسار البرامج.</translation>
    </message>
    <message>
        <source>this is not a PostgreSQL address.</source>
        <translation>هذا ليس عنوان PostgreSQL.</translation>
    </message>
    <message>
        <source>{name} restored into a scratch database but failed its check:
{detail}</source>
        <translation>استُعيدت {name} في قاعدة بيانات مؤقتة لكنها لم تجتز الفحص:
{detail}</translation>
    </message>
    <message>
        <source>{name} does not hold what the database held: {detail}</source>
        <translation>لا تحوي {name} ما كانت تحويه قاعدة البيانات: {detail}</translation>
    </message>
    <message>
        <source>{path} does not exist or is not a file; nothing was changed.</source>
        <translation>{path} غير موجود أو ليس ملفًا؛ لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>{path} is the database itself; choose a backup file.</source>
        <translation>{path} هو قاعدة البيانات نفسها؛ اختر ملف نسخة احتياطية.</translation>
    </message>
    <message>
        <source>{path} cannot hold the clinic database because {reason}; nothing was changed.</source>
        <translation>لا يصلح {path} لحفظ قاعدة بيانات العيادة لأن {reason}؛ لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>{path} is not an SQLite database readable without a passphrase: either it is encrypted (give the clinic&apos;s passphrase, or set {variable}) or it is not a ScarDesk backup at all. Nothing was changed.</source>
        <translation>الملف {path} ليس قاعدة بيانات SQLite تُقرأ دون عبارة مرور: إما أنه مشفّر (أدخل عبارة مرور العيادة، أو اضبط {variable}) وإما أنه ليس نسخة احتياطية من ScarDesk أصلًا. لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>{source} is not encrypted but the database at {path} is: restoring it would leave patient data readable on disk. Nothing was changed.</source>
        <translation>الملف {source} غير مشفّر لكن قاعدة البيانات في {path} مشفّرة: استعادته تترك بيانات المرضى مقروءة على القرص. لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>{path} was not restored; the current database was not changed:
{detail}</source>
        <translation>لم تُستعد {path}؛ لم تُغيَّر قاعدة البيانات الحالية:
{detail}</translation>
    </message>
    <message>
        <source>this is not an SQLite file address: use restore_postgres.</source>
        <translation>هذا ليس عنوان ملف SQLite: استخدم الاستعادة لخادم PostgreSQL.</translation>
    </message>
    <message>
        <source>{path} is in use: close ScarDesk on every workstation, then restore again. Nothing was changed.</source>
        <translation>{path} قيد الاستخدام: أغلق ScarDesk على كل أجهزة العمل، ثم أعد الاستعادة. لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>{path} is not a readable PostgreSQL dump; nothing was changed</source>
        <translation>{path} ليس نسخة PostgreSQL مقروءة؛ لم يُغيَّر شيء</translation>
    </message>
    <message>
        <source>{path} is not a ScarDesk backup; nothing was changed.</source>
        <translation>{path} ليس نسخة احتياطية من ScarDesk؛ لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>{path} has no schema revision; nothing was changed.</source>
        <translation>لا يحمل {path} إصدار المخطط؛ لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>{reason}
Nothing was changed.</source>
        <translation>{reason}
لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>{path} could not be restored (the database was left as it was; the previous state is also kept in {kept})</source>
        <translation>تعذّرت استعادة {path} (بقيت قاعدة البيانات كما كانت؛ وحالتها السابقة محفوظة أيضًا في {kept})</translation>
    </message>
    <message>
        <source>{name} does not restore (truncated, damaged or not a ScarDesk dump)</source>
        <translation>لا تُستعاد {name} (مبتورة أو تالفة أو ليست نسخة من ScarDesk)</translation>
    </message>
    <message>
        <source>{path} could not be read</source>
        <translation>تعذّرت قراءة {path}</translation>
    </message>
    <message>
        <source>expected e.g. &apos;[key=sun for=4w]&apos;: key= a name in lower-case letters, for= a duration such as 24h, 10d or 4w, spf= a number from 15 to 100, when= one of {phases} (What to expect only), only= a variant</source>
        <translation>المتوقّع مثلًا &apos;[key=sun for=4w]&apos;: ‏key= اسم بحروف لاتينية صغيرة، و‏for= مدة مثل 24h أو 10d أو 4w، و‏spf= رقم من 15 إلى 100، و‏when= واحد من {phases} (في «ما يُتوقّع» فقط)، و‏only= أحد أنواع العلاج</translation>
    </message>
    <message>
        <source>line {line}: tag part &apos;{part}&apos; is not understood; {help}</source>
        <translation>السطر {line}: جزء الوسم &apos;{part}&apos; غير مفهوم؛ {help}</translation>
    </message>
    <message>
        <source>line {line}: tag name &apos;{name}&apos; is not known; {help}</source>
        <translation>السطر {line}: اسم الوسم &apos;{name}&apos; غير معروف؛ {help}</translation>
    </message>
    <message>
        <source>line {line}: key &apos;{key}&apos;: expected lower-case letters, digits and _</source>
        <translation>السطر {line}: المفتاح &apos;{key}&apos;: المتوقّع حروف لاتينية صغيرة وأرقام و_</translation>
    </message>
    <message>
        <source>line {line}: duration &apos;{value}&apos; is not valid; expected a number and h, d or w, e.g. 24h, 10d, 4w</source>
        <translation>السطر {line}: المدة &apos;{value}&apos; غير صالحة؛ المتوقّع رقم يليه h (ساعات) أو d (أيام) أو w (أسابيع)، مثل 24h أو 10d أو 4w</translation>
    </message>
    <message>
        <source>line {line}: spf &apos;{value}&apos;: expected a whole number from 15 to 100</source>
        <translation>السطر {line}: عامل الحماية &apos;{value}&apos;: المتوقّع عدد صحيح من 15 إلى 100</translation>
    </message>
    <message>
        <source>line {line}: when= belongs to &apos;## What to expect&apos; items only</source>
        <translation>السطر {line}: ‏when= لبنود «ما يُتوقّع» (&apos;## What to expect&apos;) فقط</translation>
    </message>
    <message>
        <source>line {line}: when &apos;{value}&apos; is not known; expected one of {phases}</source>
        <translation>السطر {line}: الموعد &apos;{value}&apos; غير معروف؛ المتوقّع واحد من {phases}</translation>
    </message>
    <message>
        <source>line {line}: only= is not used here: this treatment has no variants</source>
        <translation>السطر {line}: ‏only= لا يُستخدم هنا: ليس لهذا العلاج أنواع</translation>
    </message>
    <message>
        <source>line {line}: only &apos;{value}&apos;: expected one or more of {variants} separated by commas</source>
        <translation>السطر {line}: النوع &apos;{value}&apos;: المتوقّع واحد أو أكثر من {variants} تفصل بينها فواصل</translation>
    </message>
    <message>
        <source>line {line}: the file must start with a &apos;---&apos; line, then &apos;version: ...&apos;</source>
        <translation>السطر {line}: يجب أن يبدأ الملف بسطر &apos;---&apos; ثم &apos;version: ...&apos;</translation>
    </message>
    <message>
        <source>line {line}: expected &apos;key: value&apos; in the front matter</source>
        <translation>السطر {line}: المتوقّع &apos;key: value&apos; في رأس الملف</translation>
    </message>
    <message>
        <source>the front matter has no closing &apos;---&apos; line</source>
        <translation>رأس الملف بلا سطر &apos;---&apos; يغلقه</translation>
    </message>
    <message>
        <source>version &apos;{version}&apos; is not valid; expected year-month-number, e.g. 2026-11-1</source>
        <translation>الإصدار &apos;{version}&apos; غير صالح؛ المتوقّع سنة-شهر-رقم، مثل 2026-11-1</translation>
    </message>
    <message>
        <source>line {line}: heading &apos;{heading}&apos; is not known; expected one of {allowed}</source>
        <translation>السطر {line}: العنوان &apos;{heading}&apos; غير معروف؛ المتوقّع واحد من {allowed}</translation>
    </message>
    <message>
        <source>line {line}: &apos;## {heading}&apos; appears twice; expected once</source>
        <translation>السطر {line}: العنوان &apos;## {heading}&apos; مكرّر؛ المتوقّع مرة واحدة</translation>
    </message>
    <message>
        <source>line {line}: text before the first &apos;## &apos; heading</source>
        <translation>السطر {line}: نص قبل أول عنوان &apos;## &apos;</translation>
    </message>
    <message>
        <source>line {line}: the tag is followed by no text</source>
        <translation>السطر {line}: لا نص بعد الوسم</translation>
    </message>
    <message>
        <source>line {line}: {placeholder} is not a known placeholder; expected one of {allowed}</source>
        <translation>السطر {line}: {placeholder} ليس حقلًا معروفًا؛ المتوقّع واحد من {allowed}</translation>
    </message>
    <message>
        <source>section(s) {sections} missing or empty; every one is required</source>
        <translation>الأقسام {sections} ناقصة أو فارغة؛ كل قسم منها مطلوب</translation>
    </message>
    <message>
        <source>labels missing: {labels}; expected one &apos;key: text&apos; line each</source>
        <translation>تسميات ناقصة: {labels}؛ المتوقّع سطر &apos;key: text&apos; لكل منها</translation>
    </message>
    <message>
        <source>no file {path} in the clinic&apos;s or the bundled content</source>
        <translation>لا يوجد الملف {path} في نصوص العيادة ولا في النصوص المرفقة</translation>
    </message>
    <message>
        <source>the audit key of this database (chain {chain}) is not on this computer, so nothing was saved. On a workstation that has it, run {export_command}; here, {import_command}</source>
        <translation>مفتاح التدقيق لقاعدة البيانات هذه (السلسلة {chain}) غير موجود على هذا الجهاز، فلم يُحفظ شيء. على جهاز عمل يحمله شغّل {export_command}، ثم هنا شغّل {import_command}</translation>
    </message>
    <message>
        <source>{table} {id} does not exist</source>
        <translation>السجل {id} في {table} غير موجود</translation>
    </message>
    <message>
        <source>stored records are never deleted: archive, void or amend them with a reason</source>
        <translation>لا تُحذف السجلات المحفوظة أبدًا: أرشفها أو ألغِها أو عدّلها مع ذكر السبب</translation>
    </message>
    <message>
        <source>it is on a network share</source>
        <translation>الملف على مجلد مشترك في الشبكة</translation>
    </message>
    <message>
        <source>it is inside a {name} folder, which copies the file while it is in use</source>
        <translation>الملف داخل مجلد {name} الذي ينسخ الملف أثناء استخدامه</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} أو {second}</translation>
    </message>
    <message>
        <source>cloud storage</source>
        <translation>التخزين السحابي</translation>
    </message>
    <message>
        <source>it is on a desktop-mounted network share ({name})</source>
        <translation>الملف على مجلد شبكة مشترك موصول من سطح المكتب ({name})</translation>
    </message>
    <message>
        <source>it is on a network file system ({kind})</source>
        <translation>الملف على نظام ملفات شبكي ({kind})</translation>
    </message>
    <message>
        <source>{path} is listed as a drive to mount but nothing is mounted there</source>
        <translation>المسار {path} مدرج قرصًا يُوصل لكن لا قرص موصول فيه</translation>
    </message>
    <message>
        <source>{path} is a place for a mounted drive, but no drive is mounted there; mount it first</source>
        <translation>المسار {path} موضع لقرص موصول، لكن لا قرص موصول فيه؛ صِله أولًا</translation>
    </message>
    <message>
        <source>it is on a mapped network drive</source>
        <translation>الملف على قرص شبكة معيَّن</translation>
    </message>
    <message>
        <source>SQLite — {path}</source>
        <translation>SQLite — {path}</translation>
    </message>
    <message>
        <source>SQLite (encrypted) — {path}</source>
        <translation>SQLite (مشفّرة) — {path}</translation>
    </message>
    <message>
        <source>PostgreSQL — {host}:{port}/{name}</source>
        <translation>PostgreSQL — {host}:{port}/{name}</translation>
    </message>
    <message>
        <source>local</source>
        <translation>هذا الجهاز</translation>
    </message>
    <message>
        <source>appointments, arrivals and reminders</source>
        <translation>المواعيد والوصول والتذكيرات</translation>
    </message>
    <message>
        <source>find, register and book</source>
        <translation>البحث والتسجيل وحجز المواعيد</translation>
    </message>
    <message>
        <source>scar grading, photos and plans</source>
        <translation>تقييم الندبات والصور والخطط</translation>
    </message>
    <message>
        <source>treatments, products and aftercare</source>
        <translation>العلاجات والمنتجات والعناية بعد العلاج</translation>
    </message>
    <message>
        <source>users, clinic details and backups</source>
        <translation>المستخدمون وبيانات العيادة والنسخ الاحتياطية</translation>
    </message>
    <message>
        <source>catalogue, stock, expiry and recalls</source>
        <translation>قائمة المنتجات والمخزون وتواريخ الانتهاء والاستدعاءات</translation>
    </message>
    <message>
        <source>intervals, waits and caps the safety check uses</source>
        <translation>الفواصل الزمنية وفترات الانتظار والحدود القصوى التي يعتمدها فحص السلامة</translation>
    </message>
    <message>
        <source>who did what, and when</source>
        <translation>من فعل ماذا، ومتى</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>الشاشات</translation>
    </message>
    <message>
        <source>Placeholder — not available yet</source>
        <translation>صفحة مؤقتة — غير متاحة بعد</translation>
    </message>
    <message>
        <source>This screen arrives in a later release.</source>
        <translation>ستتوفر هذه الشاشة في إصدار لاحق.</translation>
    </message>
    <message>
        <source>Nothing on this page reads or changes clinic records yet. Use the other screens, or the scardesk command line, until it is released.</source>
        <translation>لا شيء في هذه الصفحة يقرأ سجلات العيادة أو يغيّرها حتى الآن. استخدم الشاشات الأخرى، أو سطر أوامر scardesk، إلى أن تصدر.</translation>
    </message>
    <message>
        <source>Someone else saved this patient while you were editing</source>
        <translation>حفظ شخص آخر بيانات هذا المريض أثناء تعديلك لها</translation>
    </message>
    <message numerus="yes">
        <source>Nothing of yours has been saved yet, and their version is safe. The two versions differ in %n field(s), highlighted below. Choose which version to keep.</source>
        <translation>
            <numerusform>لم يُحفظ شيء من تعديلاتك بعد، والنسخة الأخرى سليمة. لا تختلف النسختان في أي حقل. اختر النسخة التي تريد الإبقاء عليها.</numerusform>
            <numerusform>لم يُحفظ شيء من تعديلاتك بعد، والنسخة الأخرى سليمة. تختلف النسختان في حقل واحد، مظلّل أدناه. اختر النسخة التي تريد الإبقاء عليها.</numerusform>
            <numerusform>لم يُحفظ شيء من تعديلاتك بعد، والنسخة الأخرى سليمة. تختلف النسختان في حقلين، مظلّلين أدناه. اختر النسخة التي تريد الإبقاء عليها.</numerusform>
            <numerusform>لم يُحفظ شيء من تعديلاتك بعد، والنسخة الأخرى سليمة. تختلف النسختان في %n حقول، مظلّلة أدناه. اختر النسخة التي تريد الإبقاء عليها.</numerusform>
            <numerusform>لم يُحفظ شيء من تعديلاتك بعد، والنسخة الأخرى سليمة. تختلف النسختان في %n حقلًا، مظلّلة أدناه. اختر النسخة التي تريد الإبقاء عليها.</numerusform>
            <numerusform>لم يُحفظ شيء من تعديلاتك بعد، والنسخة الأخرى سليمة. تختلف النسختان في %n حقل، مظلّلة أدناه. اختر النسخة التي تريد الإبقاء عليها.</numerusform>
        </translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>نسختك</translation>
    </message>
    <message>
        <source>Saved version</source>
        <translation>النسخة المحفوظة</translation>
    </message>
    <message>
        <source>Back to editing</source>
        <translation>العودة إلى التعديل</translation>
    </message>
    <message>
        <source>Keep the saved version</source>
        <translation>الإبقاء على النسخة المحفوظة</translation>
    </message>
    <message>
        <source>Overwrite with mine</source>
        <translation>الكتابة فوقها بنسختي</translation>
    </message>
    <message>
        <source>Saves your version on top of theirs; their change stays in the audit log.</source>
        <translation>تُحفظ نسختك فوق النسخة الأخرى؛ ويبقى تغييرها في سجل التدقيق.</translation>
    </message>
    <message>
        <source>the same identity document</source>
        <translation>وثيقة الهوية نفسها</translation>
    </message>
    <message>
        <source>the same number on another kind of document</source>
        <translation>الرقم نفسه على نوع آخر من الوثائق</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>رقم الهاتف نفسه</translation>
    </message>
    <message>
        <source>same date of birth and a similar name</source>
        <translation>تاريخ الميلاد نفسه واسم مشابه</translation>
    </message>
    <message>
        <source>Already registered?</source>
        <translation>مسجّل من قبل؟</translation>
    </message>
    <message>
        <source>This document is already registered</source>
        <translation>هذه الوثيقة مسجّلة من قبل</translation>
    </message>
    <message>
        <source>Nothing has been saved. A patient with this identity document is registered already: open their record (and update it there) instead of creating a second one.</source>
        <translation>لم يُحفظ شيء. يوجد مريض مسجّل من قبل بوثيقة الهوية هذه: افتح سجله (وحدّثه هناك) بدلًا من إنشاء سجل ثانٍ.</translation>
    </message>
    <message>
        <source>This patient may already be registered</source>
        <translation>قد يكون هذا المريض مسجّلًا من قبل</translation>
    </message>
    <message>
        <source>Nothing has been saved yet. If one of these is the same person, open their record instead of creating a second one.</source>
        <translation>لم يُحفظ شيء بعد. إذا كان أحد هؤلاء هو الشخص نفسه، فافتح سجله بدلًا من إنشاء سجل ثانٍ.</translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation>العودة إلى النموذج</translation>
    </message>
    <message>
        <source>Register as a new patient anyway</source>
        <translation>التسجيل كمريض جديد على أي حال</translation>
    </message>
    <message>
        <source>born {date} ({age} years)</source>
        <translation>مواليد {date} (العمر {age})</translation>
    </message>
    <message>
        <source>phone {phone}</source>
        <translation>الهاتف {phone}</translation>
    </message>
    <message>
        <source>document {number}</source>
        <translation>الوثيقة {number}</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>مؤرشف</translation>
    </message>
    <message>
        <source>Why: {reasons}</source>
        <translation>السبب: {reasons}</translation>
    </message>
    <message>
        <source>Open this record</source>
        <translation>فتح هذا السجل</translation>
    </message>
    <message>
        <source>Archive patient</source>
        <translation>أرشفة المريض</translation>
    </message>
    <message>
        <source>Archive {name}?</source>
        <translation>أرشفة {name}؟</translation>
    </message>
    <message>
        <source>The record is kept in full and can be restored at any time; it is only hidden from the patient list.</source>
        <translation>يُحتفظ بالسجل كاملًا ويمكن استعادته في أي وقت؛ وإنما يُخفى من قائمة المرضى فقط.</translation>
    </message>
    <message>
        <source>e.g. duplicate record, moved abroad</source>
        <translation>مثل: سجل مكرر، انتقل إلى الخارج</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>أرشفة</translation>
    </message>
    <message>
        <source>Archive…</source>
        <translation>أرشفة…</translation>
    </message>
    <message>
        <source>Restore from archive</source>
        <translation>استعادة من الأرشيف</translation>
    </message>
    <message>
        <source>Appointment &amp;reminders by</source>
        <translation>&amp;تذكير المواعيد عبر</translation>
    </message>
    <message>
        <source>Sending any reminder also needs the patient&apos;s consent to reminders.</source>
        <translation>يتطلب إرسال أي تذكير أيضًا موافقة المريض على التذكيرات.</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>مريض جديد</translation>
    </message>
    <message>
        <source>Register a new patient</source>
        <translation>تسجيل مريض جديد</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>تسجيل</translation>
    </message>
    <message>
        <source>Patient details</source>
        <translation>بيانات المريض</translation>
    </message>
    <message>
        <source>Archived on {day}. Reason: {reason}</source>
        <translation>أُرشف في {day}. السبب: {reason}</translation>
    </message>
    <message>
        <source>This file was merged into file #{survivor}: open that record.</source>
        <translation>دُمج هذا الملف في الملف #{survivor}: افتح ذلك السجل.</translation>
    </message>
    <message>
        <source>To save, fix or fill in: {fields}</source>
        <translation>للحفظ، صحّح أو أكمل: {fields}</translation>
    </message>
    <message>
        <source>Everything needed is filled in.</source>
        <translation>تم إدخال كل البيانات المطلوبة.</translation>
    </message>
    <message>
        <source>Opened the existing record instead of registering a second one.</source>
        <translation>فُتح السجل الموجود بدلًا من تسجيل سجل ثانٍ.</translation>
    </message>
    <message>
        <source>Showing the version saved on the other computer.</source>
        <translation>تُعرض النسخة المحفوظة على الحاسوب الآخر.</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— اختر —</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>أنثى</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>ذكر</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— لا يوجد —</translation>
    </message>
    <message>
        <source>Omani ID card</source>
        <translation>البطاقة الشخصية العمانية</translation>
    </message>
    <message>
        <source>Resident card</source>
        <translation>بطاقة المقيم</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>جواز السفر</translation>
    </message>
    <message>
        <source>GCC ID card</source>
        <translation>بطاقة هوية خليجية</translation>
    </message>
    <message>
        <source>— not assessed yet —</source>
        <translation>— لم يُقيَّم بعد —</translation>
    </message>
    <message>
        <source>I — always burns, never tans</source>
        <translation>I — تحترق دائمًا ولا تسمرّ أبدًا</translation>
    </message>
    <message>
        <source>II — burns, tans with difficulty</source>
        <translation>II — تحترق، وتسمرّ بصعوبة</translation>
    </message>
    <message>
        <source>III — sometimes burns, tans average</source>
        <translation>III — تحترق أحيانًا، وتسمرّ بدرجة متوسطة</translation>
    </message>
    <message>
        <source>IV — rarely burns, tans easily</source>
        <translation>IV — نادرًا ما تحترق، وتسمرّ بسهولة</translation>
    </message>
    <message>
        <source>V — very rarely burns, tans very easily</source>
        <translation>V — نادرًا جدًا ما تحترق، وتسمرّ بسهولة كبيرة</translation>
    </message>
    <message>
        <source>VI — never burns</source>
        <translation>VI — لا تحترق أبدًا</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>الهوية</translation>
    </message>
    <message>
        <source>Name in Latin letters</source>
        <translation>الاسم بالحروف اللاتينية</translation>
    </message>
    <message>
        <source>e.g. Aisha Al Balushi</source>
        <translation>مثل Aisha Al Balushi</translation>
    </message>
    <message>
        <source>Name in Arabic</source>
        <translation>الاسم بالعربية</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>day/month/year, e.g. 05/03/1990</source>
        <translation>يوم/شهر/سنة، مثل 05/03/1990</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>وثيقة الهوية</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>رقم الوثيقة</translation>
    </message>
    <message>
        <source>civil number: digits, e.g. 12345678; passport: e.g. K1234567</source>
        <translation>الرقم المدني: أرقام، مثل 12345678؛ الجواز: مثل K1234567</translation>
    </message>
    <message>
        <source>Document expiry (optional)</source>
        <translation>تاريخ انتهاء الوثيقة (اختياري)</translation>
    </message>
    <message>
        <source>e.g. 31/12/2030</source>
        <translation>مثل 31/12/2030</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>بيانات الاتصال</translation>
    </message>
    <message>
        <source>e.g. 9123 4567 or +968 9123 4567</source>
        <translation>مثل 9123 4567 أو +968 9123 4567</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>e.g. name@example.com</source>
        <translation>مثل name@example.com</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>area and wilayat, e.g. Al Khuwair, Bawshar</source>
        <translation>المنطقة والولاية، مثل الخوير، بوشر</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>جهة الاتصال في الطوارئ</translation>
    </message>
    <message>
        <source>name, either script</source>
        <translation>الاسم بالعربية أو اللاتينية</translation>
    </message>
    <message>
        <source>Emergency contact phone</source>
        <translation>هاتف جهة الاتصال في الطوارئ</translation>
    </message>
    <message>
        <source>e.g. 9876 5432</source>
        <translation>مثل 9876 5432</translation>
    </message>
    <message>
        <source>Skin</source>
        <translation>البشرة</translation>
    </message>
    <message>
        <source>Skin type (Fitzpatrick)</source>
        <translation>نوع البشرة (فيتزباتريك)</translation>
    </message>
    <message>
        <source>Check this number: it is unusually short for a civil number.</source>
        <extracomment>Fields that may carry a warning: stored as typed, but worth a second look.</extracomment>
        <translation>تحقق من هذا الرقم: إنه قصير على غير المعتاد بالنسبة للرقم المدني.</translation>
    </message>
    <message>
        <source>This document has expired: ask for the current one.</source>
        <translation>انتهت صلاحية هذه الوثيقة: اطلب الوثيقة السارية.</translation>
    </message>
    <message>
        <source>Name (Latin)</source>
        <translation>الاسم باللاتينية</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>المواعيد</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>الصور</translation>
    </message>
    <message>
        <source>Printed documents</source>
        <translation>المستندات المطبوعة</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>التقييمات</translation>
    </message>
    <message>
        <source>Treatment plans</source>
        <translation>خطط العلاج</translation>
    </message>
    <message>
        <source>History answers</source>
        <translation>إجابات التاريخ الطبي</translation>
    </message>
    <message>
        <source>Safety overrides</source>
        <translation>تجاوزات السلامة</translation>
    </message>
    <message>
        <source>expires {day}</source>
        <translation>تنتهي في {day}</translation>
    </message>
    <message>
        <source>Find the other file of this person by name, phone, document number or #file number.</source>
        <translation>ابحث عن الملف الآخر لهذا الشخص بالاسم أو الهاتف أو رقم الوثيقة أو #رقم الملف.</translation>
    </message>
    <message>
        <source>Merge two records</source>
        <translation>دمج سجلين</translation>
    </message>
    <message>
        <source>Merge two records of one person</source>
        <translation>دمج سجلين لشخص واحد</translation>
    </message>
    <message>
        <source>Everything recorded under the file that goes (appointments, sessions, photos, printed documents, assessments, plans, consents, history) moves to the file that stays. The other file is archived and points to it; nothing is deleted.</source>
        <translation>كل ما سُجّل تحت الملف الذي سيُدمج (المواعيد، والجلسات، والصور، والمستندات المطبوعة، والتقييمات، والخطط، والموافقات، والتاريخ الطبي) ينتقل إلى الملف الباقي. ويُؤرشف الملف الآخر ويُحيل إليه؛ ولا يُحذف شيء.</translation>
    </message>
    <message>
        <source>Find the other record: name, phone, document number or #file number</source>
        <translation>البحث عن السجل الآخر: الاسم أو الهاتف أو رقم الوثيقة أو #رقم الملف</translation>
    </message>
    <message>
        <source>Find the other record</source>
        <translation>البحث عن السجل الآخر</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Records found</source>
        <translation>السجلات المطابقة</translation>
    </message>
    <message>
        <source>The file that stays:</source>
        <translation>الملف الباقي:</translation>
    </message>
    <message>
        <source>Reason for the merge</source>
        <translation>سبب الدمج</translation>
    </message>
    <message>
        <source>e.g. registered twice, same civil card</source>
        <translation>مثل: مسجّل مرتين، البطاقة المدنية نفسها</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>دمج</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) found: choose the other file of this person.</source>
        <translation>
            <numerusform>لم يُعثر على أي سجل: اختر الملف الآخر لهذا الشخص.</numerusform>
            <numerusform>عُثر على سجل واحد: اختر الملف الآخر لهذا الشخص.</numerusform>
            <numerusform>عُثر على سجلين: اختر الملف الآخر لهذا الشخص.</numerusform>
            <numerusform>عُثر على %n سجلات: اختر الملف الآخر لهذا الشخص.</numerusform>
            <numerusform>عُثر على %n سجلًا: اختر الملف الآخر لهذا الشخص.</numerusform>
            <numerusform>عُثر على %n سجل: اختر الملف الآخر لهذا الشخص.</numerusform>
        </translation>
    </message>
    <message>
        <source>No other record matches. Try a phone, document number or #file number.</source>
        <translation>لا يطابق البحث أي سجل آخر. جرّب رقم الهاتف أو رقم الوثيقة أو #رقم الملف.</translation>
    </message>
    <message>
        <source>this file</source>
        <translation>هذا الملف</translation>
    </message>
    <message>
        <source>the other file</source>
        <translation>الملف الآخر</translation>
    </message>
    <message>
        <source>Find and choose the other record to compare them.</source>
        <translation>ابحث عن السجل الآخر واختره لمقارنتهما.</translation>
    </message>
    <message>
        <source>file #{id} (this one)</source>
        <translation>الملف #{id} (هذا الملف)</translation>
    </message>
    <message>
        <source>file #{id}</source>
        <translation>الملف #{id}</translation>
    </message>
    <message>
        <source>What each file holds</source>
        <translation>محتوى كل ملف</translation>
    </message>
    <message>
        <source>Approve the merge</source>
        <translation>اعتماد الدمج</translation>
    </message>
    <message>
        <source>I have checked that these two files belong to the same person and approve merging them. Everything recorded under the other file moves to the one that stays.</source>
        <translation>تحقّقتُ من أن هذين الملفين يعودان للشخص نفسه، وأعتمد دمجهما. كل ما سُجّل تحت الملف الآخر ينتقل إلى الملف الباقي.</translation>
    </message>
    <message>
        <source>Arabic name</source>
        <translation>الاسم بالعربية</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>العمر</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>آخر زيارة</translation>
    </message>
    <message>
        <source>Next appointment</source>
        <translation>الموعد القادم</translation>
    </message>
    <message>
        <source>merged into file #{id}</source>
        <translation>دُمج في الملف #{id}</translation>
    </message>
    <message>
        <source>Merged into file #{id}: opening it opens that record</source>
        <translation>دُمج في الملف #{id}: فتحه يفتح ذلك السجل</translation>
    </message>
    <message>
        <source>Archived record</source>
        <translation>سجل مؤرشف</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>المرضى</translation>
    </message>
    <message>
        <source>Find a patient: name (Latin or Arabic), document number, phone, date of birth or #file number</source>
        <translation>البحث عن مريض: الاسم (باللاتينية أو العربية)، أو رقم الوثيقة، أو الهاتف، أو تاريخ الميلاد، أو #رقم الملف</translation>
    </message>
    <message>
        <source>Find a patient</source>
        <translation>البحث عن مريض</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>عرض المؤرشفين</translation>
    </message>
    <message>
        <source>Register a new patient (Ctrl+N)</source>
        <translation>تسجيل مريض جديد (Ctrl+N)</translation>
    </message>
    <message>
        <source>↑ ↓ move · Enter opens · Esc clears · Ctrl+N registers a new patient</source>
        <translation>↑ ↓ للتنقل · Enter للفتح · Esc للمسح · Ctrl+N لتسجيل مريض جديد</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>جارٍ البحث…</translation>
    </message>
    <message>
        <source>Keep typing: at least 4 digits or letters for a phone or document number.</source>
        <translation>تابع الكتابة: 4 أرقام أو حروف على الأقل لرقم الهاتف أو الوثيقة.</translation>
    </message>
    <message>
        <source>No patients registered yet. Press Ctrl+N to register one.</source>
        <translation>لا يوجد مرضى مسجّلون بعد. اضغط Ctrl+N لتسجيل مريض.</translation>
    </message>
    <message>
        <source>No patient matches {query}.</source>
        <translation>لا يوجد مريض يطابق {query}.</translation>
    </message>
    <message>
        <source>Archived patients are hidden: tick Show archived.</source>
        <translation>المرضى المؤرشفون مخفيون: اختر «عرض المؤرشفين».</translation>
    </message>
    <message>
        <source>Scroll down for more.</source>
        <translation>مرّر إلى الأسفل للمزيد.</translation>
    </message>
    <message>
        <source>Newest registrations first: {count} shown.</source>
        <translation>الأحدث تسجيلًا أولًا: المعروض {count}.</translation>
    </message>
    <message>
        <source>{count} shown for {query}.</source>
        <translation>نتائج {query}: المعروض {count}.</translation>
    </message>
    <message>
        <source>Compare photos: {view}</source>
        <translation>مقارنة الصور: {view}</translation>
    </message>
    <message>
        <source>Scroll to zoom, drag to pan: both sides follow.</source>
        <translation>مرّر العجلة للتكبير، واسحب للتحريك: يتحرك الجانبان معًا.</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>قبل</translation>
    </message>
    <message>
        <source>After</source>
        <translation>بعد</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>ملاءمة الإطار</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>تصغير</translation>
    </message>
    <message>
        <source>Import photos…</source>
        <translation>استيراد الصور…</translation>
    </message>
    <message>
        <source>Tag as</source>
        <translation>الزاوية</translation>
    </message>
    <message>
        <source>View of the imported photos</source>
        <translation>زاوية الصور المستوردة</translation>
    </message>
    <message>
        <source>for</source>
        <translation>ضمن</translation>
    </message>
    <message>
        <source>Assessment the photos belong to</source>
        <translation>التقييم الذي تنتمي إليه الصور</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>عرض</translation>
    </message>
    <message>
        <source>All views</source>
        <translation>كل الزوايا</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>مقارنة…</translation>
    </message>
    <message>
        <source>Select two photos of one view, or let ScarDesk pick the first and latest.</source>
        <translation>اختر صورتين لزاوية واحدة، أو دع ScarDesk يختار الأولى والأحدث.</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Drop JPEG or PNG photos here. GPS position and other metadata are removed before storing.</source>
        <translation>أفلت صور JPEG أو PNG هنا. تُزال بيانات الموقع (GPS) وغيرها من البيانات الوصفية قبل الحفظ.</translation>
    </message>
    <message>
        <source>No photos yet. Drop JPEG or PNG photos here, or press Import photos, to start this patient&apos;s photo record.</source>
        <translation>لا توجد صور بعد. أفلت صور JPEG أو PNG هنا، أو اضغط «استيراد الصور»، لبدء سجل صور هذا المريض.</translation>
    </message>
    <message>
        <source>no assessment</source>
        <translation>بلا تقييم</translation>
    </message>
    <message>
        <source>assessment of {date}</source>
        <translation>تقييم {date}</translation>
    </message>
    <message>
        <source>No photos of this view. Choose All views to see the others.</source>
        <translation>لا توجد صور بهذه الزاوية. اختر «كل الزوايا» لرؤية الصور الأخرى.</translation>
    </message>
    <message>
        <source>Import photos</source>
        <translation>استيراد الصور</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)</source>
        <translation>الصور (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)</translation>
    </message>
    <message>
        <source>Only JPEG and PNG photos can be imported.</source>
        <translation>لا يمكن استيراد إلا صور JPEG وPNG.</translation>
    </message>
    <message>
        <source>Nothing was imported: the patient has not consented to clinical photos.</source>
        <translation>لم يُستورد شيء: لم يوافق المريض على التصوير السريري.</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) imported; metadata removed.</source>
        <translation>
            <numerusform>لم تُستورد أي صورة.</numerusform>
            <numerusform>استُوردت صورة واحدة، وأُزيلت بياناتها الوصفية.</numerusform>
            <numerusform>استُوردت صورتان، وأُزيلت بياناتهما الوصفية.</numerusform>
            <numerusform>استُوردت %n صور، وأُزيلت بياناتها الوصفية.</numerusform>
            <numerusform>استُوردت %n صورة، وأُزيلت بياناتها الوصفية.</numerusform>
            <numerusform>استُوردت %n صورة، وأُزيلت بياناتها الوصفية.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported:</source>
        <translation>لم يُستورد:</translation>
    </message>
    <message>
        <source>Comparing needs two photos of the same view taken on different days.</source>
        <translation>تتطلب المقارنة صورتين للزاوية نفسها التُقطتا في يومين مختلفين.</translation>
    </message>
    <message>
        <source>Add a product</source>
        <translation>إضافة منتج</translation>
    </message>
    <message>
        <source>Edit product</source>
        <translation>تعديل المنتج</translation>
    </message>
    <message>
        <source>Add product</source>
        <translation>إضافة منتج</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>العلامة التجارية</translation>
    </message>
    <message>
        <source>e.g. Botox</source>
        <translation>مثلًا Botox</translation>
    </message>
    <message>
        <source>Nonproprietary name</source>
        <translation>الاسم العلمي</translation>
    </message>
    <message>
        <source>e.g. onabotulinumtoxinA</source>
        <translation>مثلًا onabotulinumtoxinA</translation>
    </message>
    <message>
        <source>Counted in</source>
        <translation>وحدة العدّ</translation>
    </message>
    <message>
        <source>Vial size (units per vial)</source>
        <translation>حجم القارورة (وحدات في القارورة)</translation>
    </message>
    <message>
        <source>e.g. 100 — toxins</source>
        <translation>مثلًا 100 — للتوكسين</translation>
    </message>
    <message>
        <source>Use within (hours after mixing)</source>
        <translation>يُستعمل خلال (ساعات بعد التحضير)</translation>
    </message>
    <message>
        <source>e.g. 24 — optional</source>
        <translation>مثلًا 24 — اختياري</translation>
    </message>
    <message>
        <source>Price per pack (OMR)</source>
        <translation>سعر العبوة (ر.ع.)</translation>
    </message>
    <message>
        <source>e.g. 45.500 — optional</source>
        <translation>مثلًا 45.500 — اختياري</translation>
    </message>
    <message>
        <source>Toxin units belong to one brand and are never converted: add each brand as its own product.</source>
        <translation>وحدات التوكسين خاصة بعلامة تجارية واحدة ولا تُحوَّل أبدًا: أضف كل علامة تجارية كمنتج مستقل.</translation>
    </message>
    <message>
        <source>Receive a lot</source>
        <translation>استلام تشغيلة</translation>
    </message>
    <message>
        <source>Receive lot</source>
        <translation>استلام التشغيلة</translation>
    </message>
    <message>
        <source>Lot number</source>
        <extracomment>The whole report is on screen (its rows, sort and counts).</extracomment>
        <translation>رقم التشغيلة</translation>
    </message>
    <message>
        <source>as printed on the box, e.g. C1234AB</source>
        <translation>كما هو مطبوع على العلبة، مثلًا C1234AB</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <source>day/month/year, e.g. 31/03/2027, or a month: 03/2027</source>
        <translation>يوم/شهر/سنة، مثلًا 31/03/2027، أو شهر: 03/2027</translation>
    </message>
    <message>
        <source>Packs received</source>
        <translation>العبوات المستلمة</translation>
    </message>
    <message>
        <source>e.g. 5 vials</source>
        <translation>مثلًا 5 قوارير</translation>
    </message>
    <message>
        <source>Adjust stock</source>
        <translation>تسوية المخزون</translation>
    </message>
    <message>
        <source>Save correction</source>
        <translation>حفظ التصحيح</translation>
    </message>
    <message>
        <source>Change in packs (+ or −)</source>
        <translation>التغيّر بالعبوات (+ أو −)</translation>
    </message>
    <message>
        <source>e.g. -1 for a broken vial, +2 found</source>
        <translation>مثلًا ‎-1 لقارورة مكسورة، ‎+2 عُثر عليها</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>السبب (مطلوب)</translation>
    </message>
    <message>
        <source>e.g. vial broken on the shelf</source>
        <translation>مثلًا: كُسرت القارورة على الرف</translation>
    </message>
    <message>
        <source>Lot {lot} · {n} in stock · expires {day}</source>
        <translation>التشغيلة {lot} · في المخزون: {n} · تنتهي {day}</translation>
    </message>
    <message>
        <source>e.g. all vials used</source>
        <translation>مثلًا: استُعملت كل القوارير</translation>
    </message>
    <message>
        <source>“{text}” is not a whole number: type digits, e.g. 2</source>
        <translation>«{text}» ليس عددًا صحيحًا: اكتب أرقامًا، مثلًا 2</translation>
    </message>
    <message>
        <source>“{text}” is not an amount: type rials with up to 3 decimals, e.g. 45.500</source>
        <translation>«{text}» ليس مبلغًا: اكتب المبلغ بالريال بثلاث خانات عشرية على الأكثر، مثلًا 45.500</translation>
    </message>
    <message>
        <source>The expiry date is required: copy it from the label, e.g. 31/03/2027</source>
        <translation>تاريخ الانتهاء مطلوب: انسخه من الملصق، مثلًا 31/03/2027</translation>
    </message>
    <message>
        <source>“{text}” is not a date: type day/month/year as on the label, e.g. 31/03/2027</source>
        <translation>«{text}» ليس تاريخًا: اكتب اليوم/الشهر/السنة كما على الملصق، مثلًا 31/03/2027</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>المنتج</translation>
    </message>
    <message>
        <source>Show archived lots</source>
        <translation>إظهار التشغيلات المؤرشفة</translation>
    </message>
    <message>
        <source>Receive lot…</source>
        <translation>استلام تشغيلة…</translation>
    </message>
    <message>
        <source>Adjust stock…</source>
        <translation>تسوية المخزون…</translation>
    </message>
    <message>
        <source>Archive lot…</source>
        <translation>أرشفة التشغيلة…</translation>
    </message>
    <message>
        <source>Lots</source>
        <translation>التشغيلات</translation>
    </message>
    <message>
        <source>No lots of this product yet. Press Receive lot… to add one.</source>
        <translation>لا توجد تشغيلات لهذا المنتج بعد. اضغط «استلام تشغيلة…» لإضافة تشغيلة.</translation>
    </message>
    <message>
        <source>Red: expired — cannot be used in a session. Amber: expires within %1 days, use first. Stock is counted in packs (vials), never in units.</source>
        <translation>الأحمر: منتهية الصلاحية — لا يمكن استعمالها في جلسة. الكهرماني: تنتهي خلال %1 يومًا، فاستعملها أولًا. يُحسب المخزون بالعبوات (القوارير)، لا بالوحدات أبدًا.</translation>
    </message>
    <message>
        <source>%1 — archived</source>
        <translation>%1 — مؤرشف</translation>
    </message>
    <message>
        <source>Archive lot %1</source>
        <translation>أرشفة التشغيلة %1</translation>
    </message>
    <message>
        <source>An archived lot can no longer be chosen in a session. Sessions that used it keep it, and it stays in recall reports.</source>
        <translation>لا يمكن اختيار التشغيلة المؤرشفة في أي جلسة. أما الجلسات التي استُعملت فيها فتبقى مرتبطة بها، وتبقى التشغيلة ظاهرة في تقارير الاستدعاء.</translation>
    </message>
    <message>
        <source>Archive lot</source>
        <translation>أرشفة التشغيلة</translation>
    </message>
    <message>
        <source>Lots expiring soon</source>
        <translation>تشغيلات تقترب من انتهاء صلاحيتها</translation>
    </message>
    <message>
        <source>No lot in stock is expired or close to its expiry date.</source>
        <translation>لا توجد تشغيلة في المخزون منتهية الصلاحية أو قريبة من تاريخ انتهائها.</translation>
    </message>
    <message>
        <source>Lots in stock expiring within %1 days, and expired lots still on the shelf. Double-click a lot to open its product&apos;s lots and adjust or archive it.</source>
        <translation>التشغيلات الموجودة في المخزون التي تنتهي صلاحيتها خلال %1 يومًا، والتشغيلات المنتهية الصلاحية التي لا تزال على الرف. انقر نقرًا مزدوجًا على تشغيلة لفتح تشغيلات منتجها وتسويتها أو أرشفتها.</translation>
    </message>
    <message numerus="yes">
        <source>%n expired lot(s) still in stock</source>
        <translation>
            <numerusform>لا توجد تشغيلات منتهية الصلاحية في المخزون</numerusform>
            <numerusform>تشغيلة واحدة منتهية الصلاحية لا تزال في المخزون</numerusform>
            <numerusform>تشغيلتان منتهيتا الصلاحية لا تزالان في المخزون</numerusform>
            <numerusform>%n تشغيلات منتهية الصلاحية لا تزال في المخزون</numerusform>
            <numerusform>%n تشغيلة منتهية الصلاحية لا تزال في المخزون</numerusform>
            <numerusform>%n تشغيلة منتهية الصلاحية لا تزال في المخزون</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lot(s) expire within 30 days</source>
        <translation>
            <numerusform>لا توجد تشغيلات تنتهي صلاحيتها خلال 30 يومًا</numerusform>
            <numerusform>تشغيلة واحدة تنتهي صلاحيتها خلال 30 يومًا</numerusform>
            <numerusform>تشغيلتان تنتهي صلاحيتهما خلال 30 يومًا</numerusform>
            <numerusform>%n تشغيلات تنتهي صلاحيتها خلال 30 يومًا</numerusform>
            <numerusform>%n تشغيلة تنتهي صلاحيتها خلال 30 يومًا</numerusform>
            <numerusform>%n تشغيلة تنتهي صلاحيتها خلال 30 يومًا</numerusform>
        </translation>
    </message>
    <message>
        <source>No lot in stock expires within the next 30 days.</source>
        <translation>لا توجد تشغيلة في المخزون تنتهي صلاحيتها خلال الثلاثين يومًا القادمة.</translation>
    </message>
    <message>
        <source>Toxin units (this brand only)</source>
        <translation>وحدات التوكسين (لهذه العلامة التجارية فقط)</translation>
    </message>
    <message>
        <source>Millilitres (mL)</source>
        <translation>ملليلتر (mL)</translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation>قطع</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>مؤرشف</translation>
    </message>
    <message>
        <source>Expired — do not use</source>
        <translation>منتهية الصلاحية — لا تُستعمل</translation>
    </message>
    <message>
        <source>None in stock</source>
        <translation>لا يوجد في المخزون</translation>
    </message>
    <message>
        <source>Expires today</source>
        <translation>تنتهي اليوم</translation>
    </message>
    <message>
        <source>Expires in {days} days</source>
        <translation>الأيام المتبقية حتى الانتهاء: {days}</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>قيد الاستعمال</translation>
    </message>
    <message>
        <source>Vial size</source>
        <translation>حجم القارورة</translation>
    </message>
    <message>
        <source>Use within</source>
        <translation>يُستعمل خلال</translation>
    </message>
    <message>
        <source>{n} U</source>
        <translation>{n} U</translation>
    </message>
    <message>
        <source>{h} h after mixing</source>
        <translation>{h} ساعة بعد التحضير</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>تاريخ الاستلام</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>في المخزون</translation>
    </message>
    <message>
        <source>Session date</source>
        <translation>تاريخ الجلسة</translation>
    </message>
    <message>
        <source>الاسم</source>
        <translation>الاسم بالعربية</translation>
    </message>
    <message>
        <source>Civil number</source>
        <translation>الرقم المدني</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>الوحدات</translation>
    </message>
    <message>
        <source>Type the lot number from the notice</source>
        <translation>اكتب رقم التشغيلة الوارد في الإشعار</translation>
    </message>
    <message>
        <source>Search lots by number</source>
        <translation>البحث عن التشغيلات برقمها</translation>
    </message>
    <message>
        <source>Run recall report</source>
        <translation>إعداد تقرير الاستدعاء</translation>
    </message>
    <message>
        <source>Choose a lot and run the report.</source>
        <translation>اختر تشغيلة ثم أعدّ التقرير.</translation>
    </message>
    <message>
        <source>Export Excel…</source>
        <translation>تصدير إلى Excel…</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>تقدّم التصدير</translation>
    </message>
    <message>
        <source>%v of %m rows written</source>
        <translation>الصفوف المكتوبة: %v من %m</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>إلغاء التصدير</translation>
    </message>
    <message>
        <source>Patients who received the lot</source>
        <translation>المرضى الذين تلقوا التشغيلة</translation>
    </message>
    <message>
        <source>Double-click a patient to open their record.</source>
        <translation>انقر نقرًا مزدوجًا على مريض لفتح سجله.</translation>
    </message>
    <message>
        <source>Reading the report…</source>
        <translation>جارٍ قراءة التقرير…</translation>
    </message>
    <message>
        <source>%1 · lot %2 · expires %3</source>
        <translation>%1 · التشغيلة %2 · تنتهي %3</translation>
    </message>
    <message>
        <source>Reading the report… %1 sessions so far</source>
        <translation>جارٍ قراءة التقرير… الجلسات حتى الآن: %1</translation>
    </message>
    <message>
        <source>Nobody has received this lot in a recorded session.</source>
        <translation>لم يتلقَّ أحد هذه التشغيلة في جلسة مسجّلة.</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s)</source>
        <translation>
            <numerusform>لا يوجد مرضى</numerusform>
            <numerusform>مريض واحد</numerusform>
            <numerusform>مريضان</numerusform>
            <numerusform>%n مرضى</numerusform>
            <numerusform>%n مريضًا</numerusform>
            <numerusform>%n مريض</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV for any spreadsheet (*.csv)</source>
        <translation>ملف CSV لأي برنامج جداول بيانات (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>مصنّف Excel ‏(*.xlsx)</translation>
    </message>
    <message>
        <source>Save the recall report</source>
        <translation>حفظ تقرير الاستدعاء</translation>
    </message>
    <message>
        <source>export cancelled; no file was written</source>
        <translation>أُلغي التصدير؛ لم يُكتب أي ملف</translation>
    </message>
    <message>
        <source>saved as %1</source>
        <translation>حُفظ باسم %1</translation>
    </message>
    <message>
        <source>Add product…</source>
        <translation>إضافة منتج…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <source>Lots of this product</source>
        <translation>تشغيلات هذا المنتج</translation>
    </message>
    <message>
        <source>Show archived products</source>
        <translation>إظهار المنتجات المؤرشفة</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>المنتجات</translation>
    </message>
    <message>
        <source>No products yet. Press Add product… to add the first one.</source>
        <translation>لا توجد منتجات بعد. اضغط «إضافة منتج…» لإضافة أول منتج.</translation>
    </message>
    <message numerus="yes">
        <source>%n active product(s)</source>
        <translation>
            <numerusform>لا توجد منتجات نشطة</numerusform>
            <numerusform>منتج نشط واحد</numerusform>
            <numerusform>منتجان نشطان</numerusform>
            <numerusform>%n منتجات نشطة</numerusform>
            <numerusform>%n منتجًا نشطًا</numerusform>
            <numerusform>%n منتج نشط</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n archived product(s)</source>
        <translation>
            <numerusform>لا توجد منتجات مؤرشفة</numerusform>
            <numerusform>منتج مؤرشف واحد</numerusform>
            <numerusform>منتجان مؤرشفان</numerusform>
            <numerusform>%n منتجات مؤرشفة</numerusform>
            <numerusform>%n منتجًا مؤرشفًا</numerusform>
            <numerusform>%n منتج مؤرشف</numerusform>
        </translation>
    </message>
    <message>
        <source>Products &amp; lots</source>
        <translation>المنتجات والتشغيلات</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>قائمة المنتجات</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>تنتهي قريبًا</translation>
    </message>
    <message>
        <source>Recall report</source>
        <translation>تقرير الاستدعاء</translation>
    </message>
    <message>
        <source>Expiring soon (%1)</source>
        <translation>تنتهي قريبًا (%1)</translation>
    </message>
    <message>
        <source>Treating through infected or broken skin is contraindicated: it spreads the infection and heals badly. Treat once the skin has healed.</source>
        <translation>العلاج على جلد مصاب بعدوى أو مجروح مانع استعمال: فهو ينشر العدوى ويؤدي إلى سوء الالتئام. أجرِ العلاج بعد أن يلتئم الجلد.</translation>
    </message>
    <message>
        <source>Bruising and bleeding at the treated sites are more likely: use gentle technique, apply pressure and warn the patient.</source>
        <translation>الكدمات والنزف في المواضع المعالَجة أكثر احتمالًا: استخدم تقنية لطيفة، واضغط على المواضع، ونبّه المريض.</translation>
    </message>
    <message>
        <source>Botulinum toxin is not given in pregnancy or while breastfeeding: the product labels have no safety data, and the clinic does not treat by default.</source>
        <extracomment>(rule key of the modality spec, modality) → the clinical reason, with ``{placeholders}`` filled from the finding&apos;s facts and the clinic&apos;s settings.</extracomment>
        <translation>لا يُعطى توكسين البوتولينوم (البوتوكس) أثناء الحمل أو الرضاعة الطبيعية: لا تتضمن نشرات المنتجات بيانات عن سلامته، والعيادة بحسب إعداداتها الافتراضية لا تعالج في هذه الحالة.</translation>
    </message>
    <message>
        <source>Microneedling is contraindicated in pregnancy and while breastfeeding.</source>
        <translation>الحمل والرضاعة الطبيعية من موانع استعمال الوخز بالإبر الدقيقة.</translation>
    </message>
    <message>
        <source>Laser treatment is deferred in pregnancy and while breastfeeding; proceed only if the practitioner records why it cannot wait.</source>
        <translation>يؤجَّل العلاج بالليزر أثناء الحمل والرضاعة الطبيعية؛ ولا يُمضى فيه إلا إذا سجّل الطبيب المعالج سبب تعذّر تأجيله.</translation>
    </message>
    <message>
        <source>Chemical peels are avoided in pregnancy and while breastfeeding; proceed only if the practitioner records why it cannot wait.</source>
        <translation>يُتجنَّب التقشير الكيميائي أثناء الحمل والرضاعة الطبيعية؛ ولا يُمضى فيه إلا إذا سجّل الطبيب المعالج سبب تعذّر تأجيله.</translation>
    </message>
    <message>
        <source>Subcision is deferred in pregnancy and while breastfeeding; proceed only if the practitioner records why it cannot wait.</source>
        <translation>يؤجَّل فصل الندبات (سبسيجن) أثناء الحمل والرضاعة الطبيعية؛ ولا يُمضى فيه إلا إذا سجّل الطبيب المعالج سبب تعذّر تأجيله.</translation>
    </message>
    <message>
        <source>TCA CROSS is avoided in pregnancy and while breastfeeding; proceed only if the practitioner records why it cannot wait.</source>
        <translation>يُتجنَّب إعادة البناء الكيميائي للندبات (TCA CROSS) أثناء الحمل والرضاعة الطبيعية؛ ولا يُمضى فيه إلا إذا سجّل الطبيب المعالج سبب تعذّر تأجيله.</translation>
    </message>
    <message>
        <source>In myasthenia gravis, Lambert-Eaton syndrome or ALS, botulinum toxin can cause serious systemic effects such as difficulty swallowing or breathing. Do not inject unless the prescriber decides otherwise and records why.</source>
        <translation>في حالات الوهن العضلي الوبيل أو متلازمة لامبرت-إيتون أو التصلب الجانبي الضموري (ALS)، قد يسبب توكسين البوتولينوم آثارًا جهازية خطيرة مثل صعوبة البلع أو التنفس. لا تحقن إلا إذا قرر الطبيب الواصف خلاف ذلك وسجّل السبب.</translation>
    </message>
    <message>
        <source>Hypersensitivity to any botulinum toxin product or to its ingredients (such as human albumin) is a contraindication: do not inject.</source>
        <translation>فرط الحساسية لأي منتج من منتجات توكسين البوتولينوم أو لمكوناته (مثل الألبومين البشري) مانع استعمال: لا تحقن.</translation>
    </message>
    <message>
        <source>Subcision is done under injected local anaesthetic: do not use an agent the patient is allergic to.</source>
        <translation>يُجرى فصل الندبات (سبسيجن) تحت تخدير موضعي بالحقن: لا تستعمل مادة مخدرة لدى المريض حساسية منها.</translation>
    </message>
    <message>
        <source>Medicines that block nerve-to-muscle transmission, and toxin given elsewhere in recent months, can strengthen or spread the toxin&apos;s effect: check the dose.</source>
        <translation>الأدوية التي تعيق النقل العصبي العضلي، والتوكسين المعطى في مكان آخر خلال الأشهر الأخيرة، قد تقوّي تأثير التوكسين أو توسّع انتشاره: راجع الجرعة.</translation>
    </message>
    <message>
        <source>Subcision cuts fibrous bands under the skin: bruising and haematoma are much likelier. Proceed only if the practitioner records why it is safe.</source>
        <translation>يقطع فصل الندبات (سبسيجن) الأشرطة الليفية تحت الجلد، فتكون الكدمات والورم الدموي أكثر احتمالًا بكثير. لا يُمضى فيه إلا إذا سجّل الطبيب المعالج سبب كونه آمنًا.</translation>
    </message>
    <message>
        <source>Microneedling can reactivate cold sores; an antiviral may be needed and none is recorded for this session.</source>
        <translation>قد ينشّط الوخز بالإبر الدقيقة قروح البرد (الهربس البسيط)؛ وقد يلزم دواء مضاد للفيروسات، ولم يُسجَّل أي منه لهذه الجلسة.</translation>
    </message>
    <message>
        <source>Ablative laser can reactivate herpes simplex: antiviral prophylaxis is required and none is recorded for this session.</source>
        <translation>قد ينشّط الليزر الاستئصالي الهربس البسيط: الوقاية المضادة للفيروسات مطلوبة، ولم تُسجَّل لهذه الجلسة.</translation>
    </message>
    <message>
        <source>Medium and deep peels can reactivate herpes simplex: antiviral prophylaxis is required and none is recorded for this session.</source>
        <translation>قد ينشّط التقشير المتوسط والعميق الهربس البسيط: الوقاية المضادة للفيروسات مطلوبة، ولم تُسجَّل لهذه الجلسة.</translation>
    </message>
    <message>
        <source>Consider an antiviral before subcision; none is recorded for this session.</source>
        <translation>فكّر في إعطاء دواء مضاد للفيروسات قبل فصل الندبات (سبسيجن)؛ ولم يُسجَّل أي منه لهذه الجلسة.</translation>
    </message>
    <message>
        <source>Antiviral prophylaxis is recommended before TCA CROSS and none is recorded for this session.</source>
        <translation>يُوصى بالوقاية المضادة للفيروسات قبل إعادة البناء الكيميائي للندبات (TCA CROSS)، ولم تُسجَّل لهذه الجلسة.</translation>
    </message>
    <message>
        <source>Microneedling in a patient who forms keloids is contraindicated or needs great care: proceed only with a recorded reason.</source>
        <translation>ميل المريض إلى تكوّن الجدرة (الكيلويد) مانع استعمال للوخز بالإبر الدقيقة أو يستدعي حذرًا شديدًا: لا يُمضى فيه إلا مع تسجيل السبب.</translation>
    </message>
    <message>
        <source>Laser can trigger keloid scars: use caution, especially in skin types IV to VI.</source>
        <translation>قد يحفّز الليزر تكوّن ندبات الجدرة (الكيلويد): توخَّ الحذر، خاصة في أنواع البشرة من IV إلى VI.</translation>
    </message>
    <message>
        <source>Deep peels are contraindicated in patients who form keloids; lighter peels need caution.</source>
        <translation>يُمنع التقشير العميق لدى المرضى الذين يميلون إلى تكوّن الجدرة (الكيلويد)؛ أما التقشير الأخف فيتطلب الحذر.</translation>
    </message>
    <message>
        <source>Subcision can trigger keloid scars: use caution.</source>
        <translation>قد يحفّز فصل الندبات (سبسيجن) تكوّن ندبات الجدرة (الكيلويد): توخَّ الحذر.</translation>
    </message>
    <message>
        <source>TCA CROSS can trigger keloid scars: use caution.</source>
        <translation>قد تحفّز إعادة البناء الكيميائي للندبات (TCA CROSS) تكوّن ندبات الجدرة (الكيلويد): توخَّ الحذر.</translation>
    </message>
    <message>
        <source>Fully ablative laser should wait {window_months} months after the last isotretinoin dose (ASDS consensus); nonablative and fractional lasers need no delay.</source>
        <translation>ينبغي تأجيل الليزر الاستئصالي الكامل {window_months} أشهر بعد آخر جرعة من الإيزوتريتينوين (إجماع ASDS)؛ أما الليزر غير الاستئصالي والتجزيئي فلا يحتاجان إلى تأجيل.</translation>
    </message>
    <message>
        <source>Medium and deep peels should wait {window_months} months after the last isotretinoin dose by your clinic&apos;s policy; superficial peels need no delay.</source>
        <translation>ينبغي تأجيل التقشير المتوسط والعميق {window_months} أشهر بعد آخر جرعة من الإيزوتريتينوين وفق سياسة عيادتك؛ أما التقشير السطحي فلا يحتاج إلى تأجيل.</translation>
    </message>
    <message>
        <source>Subcision needs no delay after isotretinoin (ASDS consensus), but healing may be slower within {window_months} months of the last dose: be aware.</source>
        <translation>لا يحتاج فصل الندبات (سبسيجن) إلى تأجيل بعد الإيزوتريتينوين (إجماع ASDS)، لكن الالتئام قد يكون أبطأ خلال {window_months} أشهر من آخر جرعة: ضع ذلك في الحسبان.</translation>
    </message>
    <message>
        <source>TCA CROSS is a focal medium-depth chemical injury: by your clinic&apos;s policy it waits {window_months} months after the last isotretinoin dose.</source>
        <translation>إعادة البناء الكيميائي للندبات (TCA CROSS) إصابة كيميائية موضعية متوسطة العمق: لذا تؤجَّل وفق سياسة عيادتك {window_months} أشهر بعد آخر جرعة من الإيزوتريتينوين.</translation>
    </message>
    <message>
        <source>Recently sunburnt or tanned skin, or photosensitising medicine, makes microneedling riskier: use caution.</source>
        <translation>حروق الشمس أو الاسمرار الحديث، أو تناول أدوية محسِّسة للضوء، يزيد مخاطر الوخز بالإبر الدقيقة: توخَّ الحذر.</translation>
    </message>
    <message>
        <source>Laser on recently sun-exposed skin, or with photosensitising medicine, risks burns and pigment change: wait {sun_days} days after sun exposure.</source>
        <translation>الليزر على جلد تعرّض للشمس حديثًا، أو مع تناول أدوية محسِّسة للضوء، قد يسبب حروقًا وتغيّرًا في التصبغ: انتظر {sun_days} يوم بعد التعرض للشمس.</translation>
    </message>
    <message>
        <source>Peels on recently sun-exposed skin, or with photosensitising medicine, risk burns and pigment change: defer the peel.</source>
        <translation>التقشير على جلد تعرّض للشمس حديثًا، أو مع تناول أدوية محسِّسة للضوء، قد يسبب حروقًا وتغيّرًا في التصبغ: أجِّل التقشير.</translation>
    </message>
    <message>
        <source>Tanned or photosensitised skin darkens more after TCA CROSS: use caution.</source>
        <translation>البشرة المسمرّة أو المحسَّسة للضوء أكثر عرضة لفرط التصبغ بعد إعادة البناء الكيميائي للندبات (TCA CROSS): توخَّ الحذر.</translation>
    </message>
    <message>
        <source>Topical retinoids should be stopped at least {retinoid_days_microneedling} days before microneedling.</source>
        <translation>ينبغي إيقاف الريتينويدات الموضعية قبل الوخز بالإبر الدقيقة بـ {retinoid_days_microneedling} يوم على الأقل.</translation>
    </message>
    <message>
        <source>Topical retinoids should be stopped at least {retinoid_days_laser} days before laser treatment.</source>
        <translation>ينبغي إيقاف الريتينويدات الموضعية قبل العلاج بالليزر بـ {retinoid_days_laser} يوم على الأقل.</translation>
    </message>
    <message>
        <source>Topical retinoids should be stopped at least {retinoid_days_peel} days before a chemical peel.</source>
        <translation>ينبغي إيقاف الريتينويدات الموضعية قبل التقشير الكيميائي بـ {retinoid_days_peel} يوم على الأقل.</translation>
    </message>
    <message>
        <source>No treatment chosen</source>
        <translation>لم يُختر أي علاج</translation>
    </message>
    <message>
        <source>Peel depth not recorded</source>
        <translation>عمق التقشير غير مسجل</translation>
    </message>
    <message>
        <source>Laser type not recorded</source>
        <translation>نوع الليزر غير مسجل</translation>
    </message>
    <message>
        <source>No valid treatment consent</source>
        <translation>لا توجد موافقة سارية على العلاج</translation>
    </message>
    <message>
        <source>Medical history due for review</source>
        <translation>التاريخ الطبي مستحق للمراجعة</translation>
    </message>
    <message>
        <source>Infection or open wound at the site</source>
        <translation>عدوى أو جرح مفتوح في موضع العلاج</translation>
    </message>
    <message>
        <source>Pregnancy</source>
        <translation>الحمل</translation>
    </message>
    <message>
        <source>Breastfeeding</source>
        <translation>الرضاعة الطبيعية</translation>
    </message>
    <message>
        <source>Neuromuscular-junction disorder</source>
        <translation>اضطراب الوصل العصبي العضلي</translation>
    </message>
    <message>
        <source>Allergy to botulinum toxin</source>
        <translation>حساسية من توكسين البوتولينوم</translation>
    </message>
    <message>
        <source>Allergy to albumin</source>
        <translation>حساسية من الألبومين</translation>
    </message>
    <message>
        <source>Allergy to local anaesthetic</source>
        <translation>حساسية من المخدر الموضعي</translation>
    </message>
    <message>
        <source>Aminoglycoside antibiotics</source>
        <translation>المضادات الحيوية من فئة الأمينوغليكوزيدات</translation>
    </message>
    <message>
        <source>Muscle relaxants</source>
        <translation>مرخيات العضلات</translation>
    </message>
    <message>
        <source>Toxin or filler given elsewhere</source>
        <translation>توكسين أو فيلر أُعطي في مكان آخر</translation>
    </message>
    <message>
        <source>Anticoagulant or antiplatelet medicine</source>
        <translation>أدوية مضادة للتخثر أو للصفائح الدموية</translation>
    </message>
    <message>
        <source>Bleeding disorder</source>
        <translation>اضطراب نزفي</translation>
    </message>
    <message>
        <source>Toxin retreatment too soon</source>
        <translation>إعادة حقن التوكسين قبل موعدها</translation>
    </message>
    <message>
        <source>Toxin dose above the 3-month maximum</source>
        <translation>جرعة التوكسين تتجاوز الحد الأقصى لثلاثة أشهر</translation>
    </message>
    <message>
        <source>Toxin units not recorded</source>
        <translation>وحدات التوكسين غير مسجلة</translation>
    </message>
    <message>
        <source>Another toxin product given recently</source>
        <translation>منتج توكسين آخر أُعطي مؤخرًا</translation>
    </message>
    <message>
        <source>Toxin lot not usable</source>
        <translation>تشغيلة التوكسين غير صالحة للاستعمال</translation>
    </message>
    <message>
        <source>More units drawn than the vials hold</source>
        <translation>وحدات مسحوبة أكثر مما تحتويه القوارير</translation>
    </message>
    <message>
        <source>More vials than the lot has in stock</source>
        <translation>قوارير أكثر من المتوفر من التشغيلة</translation>
    </message>
    <message>
        <source>Injection point above the clinic&apos;s maximum</source>
        <translation>نقطة حقن تتجاوز الحد الأقصى للعيادة</translation>
    </message>
    <message>
        <source>Isotretinoin</source>
        <translation>الإيزوتريتينوين</translation>
    </message>
    <message>
        <source>Herpes simplex (cold sores)</source>
        <translation>الهربس البسيط (قروح البرد)</translation>
    </message>
    <message>
        <source>Tendency to form keloids</source>
        <translation>الميل لتكوّن الجدرة (الكيلويد)</translation>
    </message>
    <message>
        <source>Fitzpatrick skin type not recorded</source>
        <translation>نوع البشرة حسب فيتزباتريك غير مسجل</translation>
    </message>
    <message>
        <source>Risk of pigment change (skin type IV–VI)</source>
        <translation>خطر تغيّر التصبغ (نوع البشرة IV–VI)</translation>
    </message>
    <message>
        <source>Recent sunburn or tan</source>
        <translation>حروق شمس أو اسمرار حديث</translation>
    </message>
    <message>
        <source>Photosensitising medicine</source>
        <translation>أدوية محسِّسة للضوء</translation>
    </message>
    <message>
        <source>Topical retinoids</source>
        <translation>الريتينويدات الموضعية</translation>
    </message>
    <message>
        <source>Repeat treatment too soon</source>
        <translation>تكرار العلاج قبل موعده</translation>
    </message>
    <message>
        <source>Rule not yet defined for this treatment</source>
        <translation>لم تُحدَّد القاعدة بعد لهذا العلاج</translation>
    </message>
    <message>
        <source>Safety check could not run</source>
        <translation>تعذّر إجراء فحص السلامة</translation>
    </message>
    <message>
        <source>No treatment is chosen for this session, so no safety rule could be checked. Choose at least one treatment.</source>
        <translation>لم يُختر أي علاج لهذه الجلسة، لذا تعذّر فحص أي قاعدة سلامة. اختر علاجًا واحدًا على الأقل.</translation>
    </message>
    <message>
        <source>Choose superficial, medium or deep: the isotretinoin, herpes, keloid and interval checks differ by depth, and until then the deepest peel is assumed.</source>
        <translation>اختر سطحي أو متوسط أو عميق: تختلف فحوص الإيزوتريتينوين والهربس والجدرة والفاصل الزمني حسب العمق، وإلى أن تختار يُفترض أعمق تقشير.</translation>
    </message>
    <message>
        <source>Record whether the laser is nonablative, fractional ablative or fully ablative: the isotretinoin and herpes checks depend on it.</source>
        <translation>سجّل ما إذا كان الليزر غير استئصالي أو تجزيئيًا استئصاليًا أو استئصاليًا كاملًا: يعتمد عليه فحصا الإيزوتريتينوين والهربس.</translation>
    </message>
    <message>
        <source>The patient&apos;s written consent to {treatment} is {consent}. Record a signed consent for this treatment before treating.</source>
        <translation>موافقة المريض الكتابية على {treatment}: {consent}. سجّل موافقة موقّعة على هذا العلاج قبل البدء به.</translation>
    </message>
    <message>
        <source>The medical history has never been reviewed with the patient. Your clinic asks for a review every {review_period_days} days, because every other check rests on these answers. Review it with the patient, or record why you proceed.</source>
        <translation>لم يُراجَع التاريخ الطبي مع المريض قط. تطلب عيادتك مراجعته كل {review_period_days} يوم، لأن جميع الفحوص الأخرى تعتمد على هذه الإجابات. راجعه مع المريض، أو سجّل سبب المضي في العلاج.</translation>
    </message>
    <message>
        <source>The medical history was last reviewed on {history_reviewed_on}. Your clinic asks for a review every {review_period_days} days, because every other check rests on these answers. Review it with the patient, or record why you proceed.</source>
        <translation>آخر مراجعة للتاريخ الطبي كانت في {history_reviewed_on}. تطلب عيادتك مراجعته كل {review_period_days} يوم، لأن جميع الفحوص الأخرى تعتمد على هذه الإجابات. راجعه مع المريض، أو سجّل سبب المضي في العلاج.</translation>
    </message>
    <message>
        <source>Botulinum toxin was also injected on {other_toxin_session}, {days_apart} days from this session. The label advises at least {interval_days} days between treatments.</source>
        <translation>حُقن توكسين البوتولينوم أيضًا في {other_toxin_session}، أي بفارق {days_apart} يوم عن هذه الجلسة. توصي نشرة المنتج بفاصل لا يقل عن {interval_days} يوم بين العلاجين.</translation>
    </message>
    <message>
        <source>This session brings the {product} given in {window_days} days to {total_units} U ({units_in_window_before} U before and {planned_units} U planned). The label&apos;s cumulative maximum is {cap_units} U; proceed only with the prescriber&apos;s reason.</source>
        <translation>بهذه الجلسة يصبح مجموع {product} المعطى خلال {window_days} يوم {total_units} U ({units_in_window_before} U سابقًا و{planned_units} U مخطط لها). الحد الأقصى التراكمي في نشرة المنتج {cap_units} U؛ لا تتابع إلا بسبب يسجّله الطبيب الواصف.</translation>
    </message>
    <message>
        <source>The planned units are not recorded, so the {cap_units} U maximum in {window_days} days was checked only against earlier doses ({units_in_window_before} U). Record the units.</source>
        <translation>الوحدات المخططة غير مسجلة، لذا فُحص الحد الأقصى البالغ {cap_units} U خلال {window_days} يوم مقابل الجرعات السابقة فقط ({units_in_window_before} U). سجّل الوحدات.</translation>
    </message>
    <message>
        <source>Other toxin products ({other_products}) were given in the last {window_days} days. Units of different brands cannot be added, so the maximum-dose check leaves them out: judge the combined dose clinically.</source>
        <translation>أُعطيت منتجات توكسين أخرى ({other_products}) خلال آخر {window_days} يوم. لا يمكن جمع وحدات العلامات التجارية المختلفة، لذا يستبعدها فحص الجرعة القصوى: قدّر الجرعة المجمّعة سريريًا.</translation>
    </message>
    <message>
        <source>A toxin entry has no usable lot (lot {lot}): it is missing, expired on the session day, archived, another product&apos;s, or out of stock. Choose the vial&apos;s lot.</source>
        <translation>أحد بنود التوكسين ليس له تشغيلة صالحة للاستعمال (التشغيلة {lot}): فهي إما غير مسجلة، أو منتهية الصلاحية في يوم الجلسة، أو مؤرشفة، أو تخص منتجًا آخر، أو نفدت من المخزون. اختر تشغيلة القارورة.</translation>
    </message>
    <message>
        <source>From lot {lot}, {units_drawn} U are drawn (given and wasted) from {vials_opened} vial(s) that hold {units_in_vials_opened} U. A vial cannot give more than it holds: correct the units or the vials opened.</source>
        <translation>من التشغيلة {lot} سُحبت {units_drawn} U (المعطاة والمهدرة) من قوارير عددها {vials_opened} تحتوي مجتمعةً على {units_in_vials_opened} U. لا يمكن أن تعطي القارورة أكثر مما تحتويه: صحّح الوحدات أو عدد القوارير المفتوحة.</translation>
    </message>
    <message>
        <source>Lot {lot} has {vials_in_stock} vial(s) in stock, but this session opens {vials_opened}. Correct the vials, or record the delivery in Products first.</source>
        <translation>عدد القوارير المتوفرة في المخزون من التشغيلة {lot} هو {vials_in_stock}، لكن هذه الجلسة تفتح {vials_opened}. صحّح عدد القوارير، أو سجّل التوريد في المنتجات أولًا.</translation>
    </message>
    <message>
        <source>One or more injection points are above your clinic&apos;s maximum of {ceiling_units_per_point} U per point (highest {highest_point_units} U). Record why, or spread the dose.</source>
        <translation>نقطة حقن واحدة أو أكثر تتجاوز الحد الأقصى لعيادتك وهو {ceiling_units_per_point} U لكل نقطة (الأعلى {highest_point_units} U). سجّل السبب، أو وزّع الجرعة.</translation>
    </message>
    <message>
        <source>The Fitzpatrick skin type is needed before any {treatment}: darker skin types risk post-inflammatory hyperpigmentation. Record it in an assessment first.</source>
        <translation>يلزم تحديد نوع البشرة حسب فيتزباتريك قبل أي {treatment}: أنواع البشرة الداكنة معرّضة لفرط التصبغ التالي للالتهاب. سجّله في تقييم أولًا.</translation>
    </message>
    <message>
        <source>Skin type {fitzpatrick} carries a higher risk of post-inflammatory hyperpigmentation (and keloid) after {treatment}. Do a test spot first; consider priming (for example hydroquinone for 2 weeks) and strict sunscreen afterwards.</source>
        <translation>نوع البشرة {fitzpatrick} أكثر عرضة لفرط التصبغ التالي للالتهاب (وللجدرة) بعد {treatment}. أجرِ اختبارًا على بقعة صغيرة أولًا، وفكّر في تهيئة البشرة (مثل الهيدروكينون لمدة أسبوعين) والالتزام الصارم بواقي الشمس بعد العلاج.</translation>
    </message>
    <message>
        <source>Another {treatment} was done on {other_session}, {days_apart} days from this session. Your clinic&apos;s interval is {interval_days} days, so the skin heals in between.</source>
        <translation>أُجريت جلسة أخرى من {treatment} في {other_session}، أي بفارق {days_apart} يوم عن هذه الجلسة. الفاصل الذي تعتمده عيادتك هو {interval_days} يوم، حتى يلتئم الجلد بين الجلستين.</translation>
    </message>
    <message>
        <source>ScarDesk has no decision for this check with {treatment}, so it cannot judge it. Review this point yourself and record why it is safe to proceed.</source>
        <translation>لا يملك ScarDesk قرارًا لهذا الفحص مع {treatment}، لذا لا يستطيع الحكم عليه. راجع هذه النقطة بنفسك وسجّل لماذا يكون المضي في العلاج آمنًا.</translation>
    </message>
    <message>
        <source>One of the safety checks could not be completed, so the session cannot be cleared. Check the recorded facts; if they are correct, report this to support.</source>
        <translation>تعذّر إكمال أحد فحوص السلامة، لذا لا يمكن إجازة الجلسة. راجع البيانات المسجلة، وإن كانت صحيحة فأبلغ الدعم الفني بذلك.</translation>
    </message>
    <message>
        <source>is pregnant</source>
        <translation>في حالة حمل</translation>
    </message>
    <message>
        <source>is breastfeeding</source>
        <translation>في فترة الرضاعة الطبيعية</translation>
    </message>
    <message>
        <source>has a neuromuscular-junction disorder</source>
        <translation>يعاني من اضطراب في الوصل العصبي العضلي</translation>
    </message>
    <message>
        <source>has had herpes simplex (cold sores)</source>
        <translation>أُصيب سابقًا بالهربس البسيط (قروح البرد)</translation>
    </message>
    <message>
        <source>tends to form keloid scars</source>
        <translation>لديه ميل لتكوّن ندبات الجدرة (الكيلويد)</translation>
    </message>
    <message>
        <source>has a bleeding disorder</source>
        <translation>يعاني من اضطراب نزفي</translation>
    </message>
    <message>
        <source>takes anticoagulant or antiplatelet medicine</source>
        <translation>يتناول أدوية مضادة للتخثر أو للصفائح الدموية</translation>
    </message>
    <message>
        <source>has an infection or open wound at the treatment site</source>
        <translation>لديه عدوى أو جرح مفتوح في موضع العلاج</translation>
    </message>
    <message>
        <source>takes or has taken oral isotretinoin</source>
        <translation>يتناول الإيزوتريتينوين الفموي حاليًا أو تناوله سابقًا</translation>
    </message>
    <message>
        <source>takes aminoglycoside antibiotics</source>
        <translation>يتناول مضادات حيوية من فئة الأمينوغليكوزيدات</translation>
    </message>
    <message>
        <source>takes muscle relaxants</source>
        <translation>يتناول مرخيات العضلات</translation>
    </message>
    <message>
        <source>takes photosensitising medicine</source>
        <translation>يتناول أدوية محسِّسة للضوء</translation>
    </message>
    <message>
        <source>uses topical retinoids</source>
        <translation>يستعمل الريتينويدات الموضعية</translation>
    </message>
    <message>
        <source>had botulinum toxin or filler elsewhere recently</source>
        <translation>تلقّى مؤخرًا توكسين البوتولينوم أو الفيلر في مكان آخر</translation>
    </message>
    <message>
        <source>has recent sunburn or a tan</source>
        <translation>لديه حروق شمس أو اسمرار حديث</translation>
    </message>
    <message>
        <source>is allergic to a botulinum toxin product</source>
        <translation>لديه حساسية من أحد منتجات توكسين البوتولينوم</translation>
    </message>
    <message>
        <source>is allergic to albumin</source>
        <translation>لديه حساسية من الألبومين</translation>
    </message>
    <message>
        <source>is allergic to local anaesthetics</source>
        <translation>لديه حساسية من أدوية التخدير الموضعي</translation>
    </message>
    <message>
        <source>has other allergies</source>
        <translation>لديه أنواع أخرى من الحساسية</translation>
    </message>
    <message>
        <source>Neuromuscular disorder</source>
        <translation>اضطراب عصبي عضلي</translation>
    </message>
    <message>
        <source>Herpes simplex</source>
        <translation>الهربس البسيط</translation>
    </message>
    <message>
        <source>Keloid tendency</source>
        <translation>الميل إلى الجدرة</translation>
    </message>
    <message>
        <source>Anticoagulants</source>
        <translation>مضادات التخثر</translation>
    </message>
    <message>
        <source>Infection at the site</source>
        <translation>عدوى في موضع العلاج</translation>
    </message>
    <message>
        <source>Aminoglycosides</source>
        <translation>الأمينوغليكوزيدات</translation>
    </message>
    <message>
        <source>Toxin or filler elsewhere</source>
        <translation>توكسين أو فيلر في مكان آخر</translation>
    </message>
    <message>
        <source>Recent sun exposure</source>
        <translation>تعرّض حديث للشمس</translation>
    </message>
    <message>
        <source>Toxin allergy</source>
        <translation>حساسية التوكسين</translation>
    </message>
    <message>
        <source>Albumin allergy</source>
        <translation>حساسية الألبومين</translation>
    </message>
    <message>
        <source>Local anaesthetic allergy</source>
        <translation>حساسية المخدر الموضعي</translation>
    </message>
    <message>
        <source>Other allergies</source>
        <translation>حساسية أخرى</translation>
    </message>
    <message>
        <source>History question</source>
        <translation>سؤال التاريخ الطبي</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>الإجابة</translation>
    </message>
    <message>
        <source>Date given</source>
        <translation>التاريخ المذكور</translation>
    </message>
    <message>
        <source>Answer recorded on</source>
        <translation>تاريخ تسجيل الإجابة</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>العلاج</translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation>العلاجات</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <source>History last reviewed</source>
        <translation>آخر مراجعة للتاريخ الطبي</translation>
    </message>
    <message>
        <source>Days since review</source>
        <translation>أيام منذ المراجعة</translation>
    </message>
    <message>
        <source>Review every (days)</source>
        <translation>دورية المراجعة (بالأيام)</translation>
    </message>
    <message>
        <source>Wait after last dose (months)</source>
        <translation>الانتظار بعد آخر جرعة (بالأشهر)</translation>
    </message>
    <message>
        <source>Earliest date</source>
        <translation>أقرب تاريخ مسموح</translation>
    </message>
    <message>
        <source>Other toxin session</source>
        <translation>جلسة التوكسين الأخرى</translation>
    </message>
    <message>
        <source>Other session</source>
        <translation>الجلسة الأخرى</translation>
    </message>
    <message>
        <source>Days apart</source>
        <translation>الفارق بالأيام</translation>
    </message>
    <message>
        <source>Interval (days)</source>
        <translation>الفاصل الزمني (بالأيام)</translation>
    </message>
    <message>
        <source>Units given before (U)</source>
        <translation>الوحدات المعطاة سابقًا (U)</translation>
    </message>
    <message>
        <source>Window (days)</source>
        <translation>الفترة (بالأيام)</translation>
    </message>
    <message>
        <source>Maximum (U)</source>
        <translation>الحد الأقصى (U)</translation>
    </message>
    <message>
        <source>Other products</source>
        <translation>منتجات أخرى</translation>
    </message>
    <message>
        <source>Planned (U)</source>
        <translation>المخطط (U)</translation>
    </message>
    <message>
        <source>Total (U)</source>
        <translation>المجموع (U)</translation>
    </message>
    <message>
        <source>Fitzpatrick type</source>
        <translation>نوع فيتزباتريك</translation>
    </message>
    <message>
        <source>Ablative</source>
        <translation>استئصالي</translation>
    </message>
    <message>
        <source>Fully ablative</source>
        <translation>استئصالي كامل</translation>
    </message>
    <message>
        <source>Toxin entry</source>
        <translation>بند التوكسين</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>التشغيلة</translation>
    </message>
    <message>
        <source>Session day</source>
        <translation>يوم الجلسة</translation>
    </message>
    <message>
        <source>Vials in stock</source>
        <translation>القوارير في المخزون</translation>
    </message>
    <message>
        <source>Toxin entries</source>
        <translation>بنود التوكسين</translation>
    </message>
    <message>
        <source>Vials opened</source>
        <translation>القوارير المفتوحة</translation>
    </message>
    <message>
        <source>Units per vial</source>
        <translation>الوحدات في القارورة</translation>
    </message>
    <message>
        <source>Units in the vials opened</source>
        <translation>الوحدات في القوارير المفتوحة</translation>
    </message>
    <message>
        <source>Units given</source>
        <translation>الوحدات المعطاة</translation>
    </message>
    <message>
        <source>Units wasted</source>
        <translation>الوحدات المهدرة</translation>
    </message>
    <message>
        <source>Units drawn</source>
        <translation>الوحدات المسحوبة</translation>
    </message>
    <message>
        <source>Units in stock</source>
        <translation>الوحدات في المخزون</translation>
    </message>
    <message>
        <source>Clinic maximum per point (U)</source>
        <translation>الحد الأقصى للعيادة لكل نقطة (U)</translation>
    </message>
    <message>
        <source>Points above it</source>
        <translation>النقاط المتجاوزة للحد</translation>
    </message>
    <message>
        <source>Highest point (U)</source>
        <translation>أعلى نقطة (U)</translation>
    </message>
    <message>
        <source>Product label: Botox Cosmetic (onabotulinumtoxinA) prescribing information</source>
        <translation>نشرة المنتج: معلومات الوصف الطبي لـ Botox Cosmetic (onabotulinumtoxinA)</translation>
    </message>
    <message>
        <source>Guideline: ASDS consensus on isotretinoin and procedures (Waldman et al., Dermatol Surg 2017)</source>
        <translation>دليل إرشادي: إجماع ASDS بشأن الإيزوتريتينوين والإجراءات (Waldman et al., Dermatol Surg 2017)</translation>
    </message>
    <message>
        <source>Guideline: StatPearls, laser treatment by Fitzpatrick skin type</source>
        <translation>دليل إرشادي: StatPearls، العلاج بالليزر حسب نوع البشرة وفق فيتزباتريك</translation>
    </message>
    <message>
        <source>Oman Personal Data Protection Law (Royal Decree 6/2022): written consent</source>
        <translation>قانون حماية البيانات الشخصية في سلطنة عمان (المرسوم السلطاني 6/2022): الموافقة الكتابية</translation>
    </message>
    <message>
        <source>Microneedling device manufacturer&apos;s instructions and clinic protocol</source>
        <translation>تعليمات الشركة المصنّعة لجهاز الوخز بالإبر الدقيقة وبروتوكول العيادة</translation>
    </message>
    <message>
        <source>Fractional laser manufacturer&apos;s instructions and clinic protocol</source>
        <translation>تعليمات الشركة المصنّعة لجهاز الليزر التجزيئي وبروتوكول العيادة</translation>
    </message>
    <message>
        <source>Chemical peel manufacturer&apos;s instructions and clinic protocol</source>
        <translation>تعليمات الشركة المصنّعة لمادة التقشير الكيميائي وبروتوكول العيادة</translation>
    </message>
    <message>
        <source>Orentreich &amp; Orentreich, subcision (Dermatol Surg 1995)</source>
        <translation>Orentreich &amp; Orentreich، فصل الندبات (Dermatol Surg 1995)</translation>
    </message>
    <message>
        <source>Lee et al., TCA CROSS method (Dermatol Surg 2002)</source>
        <translation>Lee et al.، طريقة TCA CROSS (Dermatol Surg 2002)</translation>
    </message>
    <message>
        <source>Safety point</source>
        <translation>ملاحظة سلامة</translation>
    </message>
    <message>
        <source>{topic} · {treatment}</source>
        <translation>{topic} · {treatment}</translation>
    </message>
    <message>
        <source>Rule: {code} · level: {level}</source>
        <translation>القاعدة: {code} · المستوى: {level}</translation>
    </message>
    <message>
        <source>Review this point before treating.</source>
        <translation>راجع هذه النقطة قبل العلاج.</translation>
    </message>
    <message>
        <source>The last isotretinoin dose was on {day}.</source>
        <translation>كانت آخر جرعة من الإيزوتريتينوين في {day}.</translation>
    </message>
    <message>
        <source>The medical history records that the patient {fact}.</source>
        <translation>يسجّل التاريخ الطبي أن المريض {fact}.</translation>
    </message>
    <message>
        <source>The medical history does not say whether the patient {fact}: ask, and record yes or no.</source>
        <translation>لا يذكر التاريخ الطبي ما إذا كان المريض {fact}: اسأل المريض وسجّل نعم أو لا.</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>never</source>
        <translation>لم يتم قط</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>غير موجودة</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>مسحوبة</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>غير مسجل</translation>
    </message>
    <message>
        <source>Your clinic&apos;s policy, set by {name} (Admin › Safety rules)</source>
        <translation>سياسة عيادتك، حدّدها {name} (الإدارة › قواعد السلامة)</translation>
    </message>
    <message>
        <source>Your clinic&apos;s policy (ScarDesk&apos;s defaults, not yet changed in Admin › Safety rules)</source>
        <translation>سياسة عيادتك (الإعدادات الافتراضية لـ ScarDesk، لم تُغيَّر بعد في الإدارة › قواعد السلامة)</translation>
    </message>
    <message>
        <source>A treatment this version cannot describe</source>
        <extracomment>A read-only picture of a recorded entry, shown beside its text in the session view.</extracomment>
        <translation>علاج لا يستطيع هذا الإصدار وصفه</translation>
    </message>
    <message>
        <source>Superficial</source>
        <translation>سطحي</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>متوسط</translation>
    </message>
    <message>
        <source>Deep</source>
        <translation>عميق</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>خفيف</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>متوسط</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>شديد</translation>
    </message>
    <message>
        <source>{units} U</source>
        <translation>{units} U</translation>
    </message>
    <message>
        <source>no areas recorded</source>
        <extracomment>A recorded entry in words for the session view; toxin&apos;s text also shows the facts worked out beside it (concentration, vial age), the others ignore them.</extracomment>
        <translation>لم تُسجَّل مناطق</translation>
    </message>
    <message>
        <source>Areas: {areas}</source>
        <translation>المناطق: {areas}</translation>
    </message>
    <message>
        <source>skin cleansed</source>
        <translation>نُظّفت البشرة</translation>
    </message>
    <message>
        <source>no cleansing recorded</source>
        <translation>لم يُسجَّل تنظيف البشرة</translation>
    </message>
    <message>
        <source>{agent} for {minutes} min</source>
        <translation>{agent} لمدة {minutes} دقيقة</translation>
    </message>
    <message>
        <source>no topical anaesthetic</source>
        <translation>دون مخدر سطحي</translation>
    </message>
    <message>
        <source>antiviral prophylaxis given</source>
        <translation>أُعطيت الوقاية المضادة للفيروسات</translation>
    </message>
    <message>
        <source>product #{id}</source>
        <translation>المنتج #{id}</translation>
    </message>
    <message>
        <source>{product}, lot {lot}</source>
        <translation>{product}، التشغيلة {lot}</translation>
    </message>
    <message>
        <source>Vial {vial} in {ml:g} mL saline ({conc:.1f} U per 0.1 mL), reconstituted {when}</source>
        <translation>قارورة {vial} في {ml:g} mL محلول ملحي ({conc:.1f} U لكل 0.1 mL)، أُعيد تكوينها في {when}</translation>
    </message>
    <message>
        <source>{total} given at {n} points; waste {waste}</source>
        <translation>أُعطي {total} في {n} نقاط؛ الهدر {waste}</translation>
    </message>
    <message>
        <source>⚠ Used {hours:.0f} h after reconstitution, past the product&apos;s window</source>
        <translation>⚠ استُعمل بعد {hours:.0f} ساعة من إعادة التكوين، أي بعد انقضاء المدة المسموح بها للمنتج</translation>
    </message>
    <message>
        <source>Intralesional: {dose:g} U per cm³ of lesion</source>
        <translation>داخل الآفة: {dose:g} U لكل cm³ من الآفة</translation>
    </message>
    <message>
        <source>Outside the regions</source>
        <translation>خارج المناطق</translation>
    </message>
    <message>
        <source>1 point</source>
        <translation>نقطة واحدة</translation>
    </message>
    <message>
        <source>{n} points</source>
        <translation>{n} نقاط</translation>
    </message>
    <message>
        <source>{device}, needle depth {depth:g} mm, {passes} passes{serum}</source>
        <translation>{device}، عمق الإبرة {depth:g} mm، عدد المرات {passes}{serum}</translation>
    </message>
    <message>
        <source>fully ablative</source>
        <translation>استئصالي كامل</translation>
    </message>
    <message>
        <source>fractional ablative</source>
        <translation>تجزيئي استئصالي</translation>
    </message>
    <message>
        <source>nonablative</source>
        <translation>غير استئصالي</translation>
    </message>
    <message>
        <source>{device}, {nm:g} nm, {kind}, {energy:g} {unit}, density {density:g} %, {passes} passes, spot {spot:g} mm</source>
        <translation>{device}، {nm:g} nm، {kind}، {energy:g} {unit}، الكثافة {density:g} %، عدد المرات {passes}، حجم البقعة {spot:g} mm</translation>
    </message>
    <message>
        <source>{agent} {conc:g} %, {depth} depth, {layers} layers, contact {time:g} min, {neut}</source>
        <translation>{agent} {conc:g} %، عمق {depth}، عدد الطبقات {layers}، مدة التلامس {time:g} دقيقة، {neut}</translation>
    </message>
    <message>
        <source>neutralised</source>
        <translation>تمت المعادلة</translation>
    </message>
    <message>
        <source>not neutralised</source>
        <translation>دون معادلة</translation>
    </message>
    <message>
        <source>None (stated explicitly)</source>
        <extracomment>The describers of the first four modalities; each later one keeps its describer in its card&apos;s module. ``cards.CARDS`` is the map the session view reads them from.</extracomment>
        <translation>لا يوجد (مذكور صراحةً)</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>غير مذكور</translation>
    </message>
    <message>
        <source>follow-up needed</source>
        <translation>تلزم متابعة</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(فارغ)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <source>Adverse event</source>
        <translation>عرض جانبي</translation>
    </message>
    <message>
        <source>Amend session</source>
        <translation>تعديل الجلسة</translation>
    </message>
    <message>
        <source>Record treatment session</source>
        <translation>تسجيل جلسة علاج</translation>
    </message>
    <message>
        <source>Add each modality given in this session.</source>
        <translation>أضف كل علاج أُجري في هذه الجلسة.</translation>
    </message>
    <message>
        <source>+ Add modality</source>
        <translation>+ إضافة علاج</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>حفظ الجلسة</translation>
    </message>
    <message>
        <source>A treatment plan cannot be read: this session will not be linked to one.</source>
        <translation>تعذّرت قراءة إحدى خطط العلاج: لن تُربط هذه الجلسة بأي خطة.</translation>
    </message>
    <message>
        <source>Active plan: {parts}</source>
        <translation>الخطة النشطة: {parts}</translation>
    </message>
    <message>
        <source>Active plan</source>
        <translation>الخطة النشطة</translation>
    </message>
    <message>
        <source>Give the reason for the amendment to save it.</source>
        <translation>اذكر سبب التعديل لتتمكن من حفظه.</translation>
    </message>
    <message>
        <source>Save is available once nothing blocks and every override has a reason.</source>
        <translation>يتاح الحفظ عندما لا يوجد ما يمنع الجلسة ويكون لكل تجاوز سبب مذكور.</translation>
    </message>
    <message>
        <source>Session saved</source>
        <translation>حُفظت الجلسة</translation>
    </message>
    <message>
        <source>Nothing was saved: the safety check stops this session (see the panel).</source>
        <translation>لم يُحفظ شيء: فحص السلامة يمنع هذه الجلسة (انظر اللوحة).</translation>
    </message>
    <message>
        <source>Reaction, e.g. swelling</source>
        <extracomment>What the seed text and the labels say to expect; offered as completions, never forced.</extracomment>
        <translation>التفاعل، مثل التورم</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>التفاعل</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>الشدة</translation>
    </message>
    <message>
        <source>Action taken, e.g. cold compress</source>
        <translation>الإجراء المتخذ، مثل كمادة باردة</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>الإجراء المتخذ</translation>
    </message>
    <message>
        <source>Follow-up needed</source>
        <translation>تلزم متابعة</translation>
    </message>
    <message>
        <source>Remove this event</source>
        <translation>إزالة هذا العرض الجانبي</translation>
    </message>
    <message>
        <source>Immediate reactions and adverse events</source>
        <translation>التفاعلات الفورية والأعراض الجانبية</translation>
    </message>
    <message>
        <source>No adverse events</source>
        <translation>لا أعراض جانبية</translation>
    </message>
    <message>
        <source>+ Add event</source>
        <translation>+ إضافة عرض جانبي</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Remove this treatment from the session</source>
        <translation>إزالة هذا العلاج من الجلسة</translation>
    </message>
    <message>
        <source>Areas treated</source>
        <translation>المناطق المعالجة</translation>
    </message>
    <message>
        <source>e.g. Dermapen 4</source>
        <translation>مثل Dermapen 4</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>e.g. hyaluronic acid (optional)</source>
        <translation>مثل حمض الهيالورونيك (اختياري)</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>الجهاز</translation>
    </message>
    <message>
        <source>Serum / product</source>
        <translation>المصل / المنتج</translation>
    </message>
    <message>
        <source>Needle depth</source>
        <translation>عمق الإبرة</translation>
    </message>
    <message>
        <source>Passes</source>
        <translation>عدد المرات</translation>
    </message>
    <message>
        <source>e.g. Fraxel Dual</source>
        <translation>مثل Fraxel Dual</translation>
    </message>
    <message>
        <source> nm</source>
        <translation> nm</translation>
    </message>
    <message>
        <source>Nonablative</source>
        <translation>غير استئصالي</translation>
    </message>
    <message>
        <source>Fractional ablative</source>
        <translation>تجزيئي استئصالي</translation>
    </message>
    <message>
        <source>mJ per microbeam</source>
        <translation>mJ لكل حزمة دقيقة</translation>
    </message>
    <message>
        <source>J/cm² (fluence)</source>
        <translation>J/cm² (كثافة الطاقة)</translation>
    </message>
    <message>
        <source>Wavelength</source>
        <translation>الطول الموجي</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>الطاقة</translation>
    </message>
    <message>
        <source>Energy given as</source>
        <translation>وحدة الطاقة</translation>
    </message>
    <message>
        <source>Density</source>
        <translation>الكثافة</translation>
    </message>
    <message>
        <source>Spot size</source>
        <translation>حجم البقعة</translation>
    </message>
    <message>
        <source>e.g. TCA, glycolic acid</source>
        <translation>مثل TCA، حمض الجليكوليك</translation>
    </message>
    <message>
        <source>Choose the depth…</source>
        <translation>اختر العمق…</translation>
    </message>
    <message>
        <source>Neutralised</source>
        <translation>تمت المعادلة</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>المادة</translation>
    </message>
    <message>
        <source>Concentration</source>
        <translation>التركيز</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>العمق</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>عدد الطبقات</translation>
    </message>
    <message>
        <source>Contact time</source>
        <translation>مدة التلامس</translation>
    </message>
    <message>
        <source>After the peel</source>
        <translation>بعد التقشير</translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n أسبوع</numerusform>
            <numerusform>أسبوع واحد</numerusform>
            <numerusform>أسبوعين</numerusform>
            <numerusform>%n أسابيع</numerusform>
            <numerusform>%n أسبوعًا</numerusform>
            <numerusform>%n أسبوع</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n يوم</numerusform>
            <numerusform>يوم واحد</numerusform>
            <numerusform>يومين</numerusform>
            <numerusform>%n أيام</numerusform>
            <numerusform>%n يومًا</numerusform>
            <numerusform>%n يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>{day} ({after} after this session)</source>
        <translation>{day} (بعد {after} من هذه الجلسة)</translation>
    </message>
    <message>
        <source>Safety check for that day: nothing found.</source>
        <translation>فحص السلامة لذلك اليوم: لم يُعثر على شيء.</translation>
    </message>
    <message>
        <source>block</source>
        <translation>مانع</translation>
    </message>
    <message>
        <source>need an override</source>
        <translation>بحاجة إلى تجاوز</translation>
    </message>
    <message>
        <source>warn</source>
        <translation>تحذير</translation>
    </message>
    <message>
        <source>Safety check for that day: {parts}.</source>
        <translation>فحص السلامة لذلك اليوم: {parts}.</translation>
    </message>
    <message>
        <source>{when} · {done}</source>
        <translation>{when} · {done}</translation>
    </message>
    <message>
        <source>Overridden with your reasons: {codes}</source>
        <translation>تم التجاوز مع ذكر أسبابك: {codes}</translation>
    </message>
    <message>
        <source>Book next session</source>
        <translation>حجز الجلسة التالية</translation>
    </message>
    <message>
        <source>Next session: {names}, due {day}</source>
        <translation>الجلسة التالية: {names}، موعدها {day}</translation>
    </message>
    <message>
        <source>No further session is due under the plan.</source>
        <translation>لا توجد جلسة أخرى مستحقة حسب الخطة.</translation>
    </message>
    <message>
        <source>Book toxin review</source>
        <translation>حجز مراجعة التوكسين</translation>
    </message>
    <message>
        <source>Toxin review: {day}</source>
        <translation>مراجعة التوكسين: {day}</translation>
    </message>
    <message>
        <source>Sign the session once it is complete; it is then read-only and corrected only by amendment.</source>
        <translation>وقّع الجلسة بعد اكتمالها؛ تصبح بعدها للقراءة فقط ولا تُصحَّح إلا بتعديل.</translation>
    </message>
    <message>
        <source>Sign now</source>
        <translation>التوقيع الآن</translation>
    </message>
    <message>
        <source>Booked {when}</source>
        <translation>حُجز في {when}</translation>
    </message>
    <message>
        <source>Signed {when}. The session is now read-only.</source>
        <translation>وُقّعت في {when}. أصبحت الجلسة الآن للقراءة فقط.</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>موقّعة</translation>
    </message>
    <message>
        <source> U</source>
        <translation> U</translation>
    </message>
    <message>
        <source>Units per point</source>
        <translation>الوحدات لكل نقطة</translation>
    </message>
    <message>
        <source>Click the face to place a point.</source>
        <translation>انقر على الوجه لوضع نقطة.</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>النقطة</translation>
    </message>
    <message>
        <source>Injection points</source>
        <translation>نقاط الحقن</translation>
    </message>
    <message>
        <source>The clinic&apos;s units-per-point ceiling could not be read: {message}</source>
        <translation>تعذّرت قراءة الحد الأقصى للوحدات لكل نقطة في العيادة: {message}</translation>
    </message>
    <message>
        <source>Outside regions</source>
        <translation>خارج المناطق</translation>
    </message>
    <message>
        <source>Remove this point</source>
        <translation>إزالة هذه النقطة</translation>
    </message>
    <message>
        <source>Remove point {n}</source>
        <translation>إزالة النقطة {n}</translation>
    </message>
    <message>
        <source>{count} points · {placed} placed of {recorded} recorded</source>
        <translation>عدد النقاط {count} · على الخريطة {placed} من أصل {recorded} مسجلة</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n point(s) above the clinic&apos;s ceiling of {ceiling} per point (clinic policy): the safety check asks for the prescriber&apos;s reason.</source>
        <translation>
            <numerusform>⚠ لا توجد نقاط تتجاوز الحد الأقصى للعيادة وهو {ceiling} لكل نقطة (سياسة العيادة).</numerusform>
            <numerusform>⚠ نقطة واحدة تتجاوز الحد الأقصى للعيادة وهو {ceiling} لكل نقطة (سياسة العيادة): يطلب فحص السلامة سبب الطبيب الواصف.</numerusform>
            <numerusform>⚠ نقطتان تتجاوزان الحد الأقصى للعيادة وهو {ceiling} لكل نقطة (سياسة العيادة): يطلب فحص السلامة سبب الطبيب الواصف.</numerusform>
            <numerusform>⚠ %n نقاط تتجاوز الحد الأقصى للعيادة وهو {ceiling} لكل نقطة (سياسة العيادة): يطلب فحص السلامة سبب الطبيب الواصف.</numerusform>
            <numerusform>⚠ %n نقطة تتجاوز الحد الأقصى للعيادة وهو {ceiling} لكل نقطة (سياسة العيادة): يطلب فحص السلامة سبب الطبيب الواصف.</numerusform>
            <numerusform>⚠ %n نقطة تتجاوز الحد الأقصى للعيادة وهو {ceiling} لكل نقطة (سياسة العيادة): يطلب فحص السلامة سبب الطبيب الواصف.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clinic policy: at most {ceiling} per point.</source>
        <translation>سياسة العيادة: {ceiling} كحد أقصى لكل نقطة.</translation>
    </message>
    <message>
        <source>Performed at (Muscat time)</source>
        <translation>وقت الإجراء (بتوقيت مسقط)</translation>
    </message>
    <message>
        <source>No active treatment plan</source>
        <translation>لا توجد خطة علاج نشطة</translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation>التحضير</translation>
    </message>
    <message>
        <source>Skin cleansed</source>
        <translation>نُظّفت البشرة</translation>
    </message>
    <message>
        <source>Antiviral prophylaxis given</source>
        <translation>أُعطيت الوقاية المضادة للفيروسات</translation>
    </message>
    <message>
        <source>Topical anaesthetic, e.g. EMLA 5% (optional)</source>
        <translation>المخدر السطحي، مثل EMLA 5% (اختياري)</translation>
    </message>
    <message>
        <source>Topical anaesthetic</source>
        <translation>المخدر السطحي</translation>
    </message>
    <message>
        <source>— min</source>
        <translation>— دقيقة</translation>
    </message>
    <message>
        <source>Anaesthetic minutes</source>
        <translation>مدة التخدير بالدقائق</translation>
    </message>
    <message>
        <source>Applied for</source>
        <translation>مدة الوضع</translation>
    </message>
    <message>
        <source>Post-treatment notes</source>
        <translation>ملاحظات ما بعد العلاج</translation>
    </message>
    <message>
        <source>How the skin looked at the end, aftercare given… (Arabic or English)</source>
        <translation>مظهر البشرة في نهاية الجلسة، وتعليمات العناية المقدّمة… (بالعربية أو الإنجليزية)</translation>
    </message>
    <message>
        <source>Reason for the amendment</source>
        <translation>سبب التعديل</translation>
    </message>
    <message>
        <source>The session as it was stays in the record beside your correction.</source>
        <translation>تبقى الجلسة كما سُجّلت أولًا في السجل إلى جانب تصحيحك.</translation>
    </message>
    <message>
        <source>e.g. units at one point were mistyped</source>
        <translation>مثل: خطأ في كتابة الوحدات في إحدى النقاط</translation>
    </message>
    <message>
        <source>Blocks the session ({n})</source>
        <translation>ما يمنع الجلسة ({n})</translation>
    </message>
    <message>
        <source>Needs your reason to proceed ({n})</source>
        <translation>يتطلب سببك للمتابعة ({n})</translation>
    </message>
    <message>
        <source>Warnings ({n})</source>
        <translation>تحذيرات ({n})</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>المصدر: {source}</translation>
    </message>
    <message>
        <source>Your reason to proceed (recorded and audited)</source>
        <translation>سببك للمتابعة (يُسجَّل ويخضع للتدقيق)</translation>
    </message>
    <message>
        <source>Reason to proceed despite: {title}</source>
        <translation>سبب المتابعة رغم: {title}</translation>
    </message>
    <message>
        <source>Safety check</source>
        <translation>فحص السلامة</translation>
    </message>
    <message>
        <source>Checking the session against the safety rules…</source>
        <translation>جارٍ فحص الجلسة وفق قواعد السلامة…</translation>
    </message>
    <message>
        <source>The safety check could not run: {message}</source>
        <translation>تعذّر إجراء فحص السلامة: {message}</translation>
    </message>
    <message numerus="yes">
        <source>Blocked: %n finding(s) must change before this session can be saved.</source>
        <translation>
            <numerusform>لا توجد ملاحظات سلامة تمنع حفظ هذه الجلسة.</numerusform>
            <numerusform>مانع: لا يمكن حفظ هذه الجلسة قبل معالجة ملاحظة سلامة واحدة.</numerusform>
            <numerusform>مانع: لا يمكن حفظ هذه الجلسة قبل معالجة ملاحظتَي سلامة.</numerusform>
            <numerusform>مانع: لا يمكن حفظ هذه الجلسة قبل معالجة %n ملاحظات سلامة.</numerusform>
            <numerusform>مانع: لا يمكن حفظ هذه الجلسة قبل معالجة %n ملاحظة سلامة.</numerusform>
            <numerusform>مانع: لا يمكن حفظ هذه الجلسة قبل معالجة %n ملاحظة سلامة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your reason is needed for %n finding(s) before saving.</source>
        <translation>
            <numerusform>لا يلزم ذكر أي سبب قبل الحفظ.</numerusform>
            <numerusform>يلزم ذكر سببك لملاحظة سلامة واحدة قبل الحفظ.</numerusform>
            <numerusform>يلزم ذكر سببك لملاحظتَي سلامة قبل الحفظ.</numerusform>
            <numerusform>يلزم ذكر سببك لـ %n ملاحظات سلامة قبل الحفظ.</numerusform>
            <numerusform>يلزم ذكر سببك لـ %n ملاحظة سلامة قبل الحفظ.</numerusform>
            <numerusform>يلزم ذكر سببك لـ %n ملاحظة سلامة قبل الحفظ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing blocks this session; read the points below.</source>
        <translation>لا يوجد ما يمنع هذه الجلسة؛ اقرأ النقاط أدناه.</translation>
    </message>
    <message>
        <source>No safety findings for this session.</source>
        <translation>لا توجد ملاحظات سلامة لهذه الجلسة.</translation>
    </message>
    <message>
        <source>toxin review</source>
        <translation>مراجعة التوكسين</translation>
    </message>
    <message>
        <source>Only my patients</source>
        <translation>مرضاي فقط</translation>
    </message>
    <message>
        <source>Arrived, waiting for their session</source>
        <translation>وصلوا وينتظرون جلستهم</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Arrived patients</source>
        <translation>المرضى الواصلون</translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <translation>لا يوجد أحد في الانتظار.</translation>
    </message>
    <message>
        <source>Record session</source>
        <translation>تسجيل الجلسة</translation>
    </message>
    <message>
        <source>Recorded today, awaiting signature</source>
        <translation>سُجّلت اليوم، بانتظار التوقيع</translation>
    </message>
    <message>
        <source>Performed</source>
        <translation>وقت الإجراء</translation>
    </message>
    <message>
        <source>Unsigned sessions</source>
        <translation>جلسات غير موقّعة</translation>
    </message>
    <message>
        <source>Every session of today is signed.</source>
        <translation>جميع جلسات اليوم موقّعة.</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>توقيع</translation>
    </message>
    <message>
        <source>Sign the session</source>
        <translation>توقيع الجلسة</translation>
    </message>
    <message>
        <source>By signing I confirm that I performed (or supervised) this treatment session and that its record is accurate and complete. It becomes read-only: later corrections are amendments with a reason.</source>
        <translation>بتوقيعي أؤكد أنني أجريت جلسة العلاج هذه (أو أشرفت عليها) وأن سجلها دقيق وكامل. تصبح الجلسة بعد ذلك للقراءة فقط، ولا تُصحَّح لاحقًا إلا بتعديل مع ذكر السبب.</translation>
    </message>
    <message>
        <source>Needle</source>
        <translation>إبرة</translation>
    </message>
    <message>
        <source>Nokor needle</source>
        <translation>إبرة Nokor</translation>
    </message>
    <message>
        <source>Blunt cannula</source>
        <translation>كانيولا غير حادة</translation>
    </message>
    <message>
        <source>e.g. fanning, deep dermis (optional)</source>
        <translation>مثل الحركة المروحية، الأدمة العميقة (اختياري)</translation>
    </message>
    <message>
        <source>e.g. lidocaine (leave empty if none)</source>
        <translation>مثل الليدوكايين (اتركه فارغًا إن لم يُستعمل)</translation>
    </message>
    <message>
        <source>With adrenaline</source>
        <translation>مع الأدرينالين</translation>
    </message>
    <message>
        <source> mL</source>
        <translation> mL</translation>
    </message>
    <message>
        <source>Haemostasis achieved</source>
        <translation>تم إيقاف النزف</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>الأداة</translation>
    </message>
    <message>
        <source>Gauge</source>
        <translation>القياس (G)</translation>
    </message>
    <message>
        <source>Scars released</source>
        <translation>الندبات المفصولة</translation>
    </message>
    <message>
        <source>Technique</source>
        <translation>التقنية</translation>
    </message>
    <message>
        <source>Local anaesthetic</source>
        <translation>المخدر الموضعي</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>التركيز</translation>
    </message>
    <message>
        <source>Volume injected</source>
        <translation>الحجم المحقون</translation>
    </message>
    <message>
        <source>Adrenaline</source>
        <translation>الأدرينالين</translation>
    </message>
    <message>
        <source>After the release</source>
        <translation>بعد الفصل</translation>
    </message>
    <message>
        <source>{instrument} {gauge}G, {n} scars released</source>
        <translation>{instrument} {gauge}G، عدد الندبات المفصولة {n}</translation>
    </message>
    <message>
        <source>Local anaesthetic: {agent} {pct:g} %{adr}, {ml:g} mL</source>
        <translation>المخدر الموضعي: {agent} {pct:g} %{adr}، {ml:g} mL</translation>
    </message>
    <message>
        <source> with adrenaline</source>
        <translation> مع الأدرينالين</translation>
    </message>
    <message>
        <source>Awaiting signature</source>
        <translation>بانتظار التوقيع</translation>
    </message>
    <message>
        <source>amended ×{n}</source>
        <translation>معدّلة ×{n}</translation>
    </message>
    <message>
        <source>Date (Muscat)</source>
        <translation>التاريخ (توقيت مسقط)</translation>
    </message>
    <message>
        <source>Toxin given</source>
        <translation>التوكسين المُعطى</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>جلسة جديدة</translation>
    </message>
    <message>
        <source>No sessions recorded yet.</source>
        <translation>لم تُسجَّل أي جلسات بعد.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>لا توجد جلسات</numerusform>
            <numerusform>جلسة واحدة</numerusform>
            <numerusform>جلستان</numerusform>
            <numerusform>%n جلسات</numerusform>
            <numerusform>%n جلسة</numerusform>
            <numerusform>%n جلسة</numerusform>
        </translation>
    </message>
    <message>
        <source>{w} awaiting signature</source>
        <translation>بانتظار التوقيع: {w}</translation>
    </message>
    <message>
        <source>White frost on every scar</source>
        <translation>تبيّض على كل الندبات</translation>
    </message>
    <message>
        <source>White frost on some scars</source>
        <translation>تبيّض على بعض الندبات</translation>
    </message>
    <message>
        <source>No white frost</source>
        <translation>لا تبيّض</translation>
    </message>
    <message>
        <source>sharpened wooden stick</source>
        <translation>عود خشبي مدبّب</translation>
    </message>
    <message>
        <source>Choose the frost reached…</source>
        <translation>اختر درجة التبيّض…</translation>
    </message>
    <message>
        <source>TCA concentration</source>
        <translation>تركيز TCA</translation>
    </message>
    <message>
        <source>Applicator</source>
        <translation>أداة التطبيق</translation>
    </message>
    <message>
        <source>Scars treated</source>
        <translation>الندبات المعالجة</translation>
    </message>
    <message>
        <source>Frosting reached</source>
        <translation>درجة التبيّض</translation>
    </message>
    <message>
        <source>TCA {conc:g} % with {applicator}, {n} scars treated; {frost}</source>
        <translation>TCA {conc:g} % بواسطة {applicator}، عدد الندبات المعالجة {n}؛ {frost}</translation>
    </message>
    <message>
        <source>{figure} U per 0.1 mL</source>
        <translation>{figure} U لكل 0.1 mL</translation>
    </message>
    <message>
        <source>{number} · use by {expiry} · {stock} in stock</source>
        <translation>{number} · يُستعمل قبل {expiry} · المتوفر {stock}</translation>
    </message>
    <message>
        <source>Choose or type the vial&apos;s lot</source>
        <translation>اختر تشغيلة القارورة أو اكتبها</translation>
    </message>
    <message>
        <source>Lot (vial)</source>
        <translation>التشغيلة (القارورة)</translation>
    </message>
    <message>
        <source>Saline added</source>
        <translation>المحلول الملحي المضاف</translation>
    </message>
    <message>
        <source>Reconstituted at</source>
        <translation>وقت إعادة التكوين</translation>
    </message>
    <message>
        <source>= placed</source>
        <translation>= مجموع النقاط</translation>
    </message>
    <message>
        <source>Record the units placed on the map as the total given</source>
        <translation>تسجيل مجموع الوحدات الموزعة على الخريطة كإجمالي الوحدات المعطاة</translation>
    </message>
    <message>
        <source> U/cm³</source>
        <translation> U/cm³</translation>
    </message>
    <message>
        <source>Units given (recorded)</source>
        <translation>الوحدات المعطاة (المسجلة)</translation>
    </message>
    <message>
        <source>Waste</source>
        <translation>الهدر</translation>
    </message>
    <message>
        <source>Intralesional dose per cm³ of lesion</source>
        <translation>الجرعة داخل الآفة لكل cm³ من الآفة</translation>
    </message>
    <message>
        <source>unexpected error</source>
        <translation>خطأ غير متوقع</translation>
    </message>
    <message>
        <source> U {brand}</source>
        <translation> U {brand}</translation>
    </message>
    <message>
        <source>No usable lot of this product is in stock: receive one first.</source>
        <translation>لا توجد في المخزون تشغيلة صالحة من هذا المنتج: سجّل استلام تشغيلة أولًا.</translation>
    </message>
    <message>
        <source>Choose the vial&apos;s lot from the lots in stock.</source>
        <translation>اختر تشغيلة القارورة من التشغيلات المتوفرة في المخزون.</translation>
    </message>
    <message>
        <source>Lot {number} is not in stock for this product: choose one from the list.</source>
        <translation>التشغيلة {number} غير متوفرة في المخزون لهذا المنتج: اختر واحدة من القائمة.</translation>
    </message>
    <message>
        <source>Reconstituted after the session time: check both times.</source>
        <translation>وقت إعادة التكوين بعد وقت الجلسة: تحقق من الوقتين.</translation>
    </message>
    <message>
        <source>⚠ Mixed {hours:.0f} h before the session: past this product&apos;s {window:g} h use-by window. Use a fresh vial, or record why in the notes.</source>
        <translation>⚠ حُضّر قبل الجلسة بـ {hours:.0f} ساعة، متجاوزًا مدة الاستعمال المسموح بها لهذا المنتج ({window:g} ساعة). استعمل قارورة جديدة، أو سجّل السبب في الملاحظات.</translation>
    </message>
    <message>
        <source>Use within {window:g} h of mixing (until {until}).</source>
        <translation>يُستعمل خلال {window:g} ساعة من التحضير (حتى {until}).</translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation>لا توجد ملاحظات.</translation>
    </message>
    <message>
        <source>Treatment session</source>
        <translation>جلسة علاج</translation>
    </message>
    <message>
        <source>Sign session</source>
        <translation>توقيع الجلسة</translation>
    </message>
    <message>
        <source>Amendments</source>
        <translation>التعديلات</translation>
    </message>
    <message>
        <source>Treatment session #{id}</source>
        <translation>جلسة علاج #{id}</translation>
    </message>
    <message>
        <source>Session of {when} · {done}</source>
        <translation>جلسة {when} · {done}</translation>
    </message>
    <message>
        <source>Recorded by {who}.</source>
        <translation>سجّلها {who}.</translation>
    </message>
    <message>
        <source>Voided: kept in the record, not counted.</source>
        <translation>مُلغاة: محفوظة في السجل، ولا تُحتسب.</translation>
    </message>
    <message>
        <source>Signed by {who} on {when}. Read-only: corrections are amendments.</source>
        <translation>وقّعها {who} في {when}. للقراءة فقط: التصحيح يكون بالتعديل.</translation>
    </message>
    <message>
        <source>Not signed yet.</source>
        <translation>لم تُوقَّع بعد.</translation>
    </message>
    <message>
        <source>As it stands</source>
        <translation>الصيغة الحالية</translation>
    </message>
    <message>
        <source>As first recorded</source>
        <translation>كما سُجّلت أولًا</translation>
    </message>
    <message>
        <source>Only the practitioner who recorded it may sign.</source>
        <translation>لا يوقّعها إلا الطبيب المعالج الذي سجّلها.</translation>
    </message>
    <message>
        <source>No amendments.</source>
        <translation>لا توجد تعديلات.</translation>
    </message>
    <message>
        <source>Amendment {n} · {when} · {who}</source>
        <translation>التعديل {n} · {when} · {who}</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>السبب: {reason}</translation>
    </message>
    <message>
        <source>(no field changed)</source>
        <translation>(لم يتغير أي حقل)</translation>
    </message>
    <message>
        <source>The administrator reset your password, so you were signed out. Sign in with the one-time password they gave you.</source>
        <translation>أعاد مدير النظام تعيين كلمة المرور الخاصة بك، لذا تم تسجيل خروجك. سجّل الدخول بكلمة المرور لمرة واحدة التي أعطاك إياها.</translation>
    </message>
    <message>
        <source>Your account was deactivated, so you were signed out. Ask the administrator if this is a mistake.</source>
        <translation>تم تعطيل حسابك، لذا تم تسجيل خروجك. راجع مدير النظام إن كان ذلك خطأ.</translation>
    </message>
    <message>
        <source>Opening the clinic database…</source>
        <extracomment>``&quot;shown&quot;``: exit once the sign-in window is painted (measuring start-up); ``&quot;ready&quot;``: once the database is open and signing in is ready (a start-up check); None: run until the user quits. How long a shutdown waits for the database to finish opening (a schema upgrade may be running). Called on the UI thread with what ``OpenLayers`` raised and the window to show it over: None to try again (e.g. the passphrase was given), else the exit code. The exit code: the database was refused, or the user quit.</extracomment>
        <translation>جارٍ فتح قاعدة بيانات العيادة…</translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation>لم تُستعد النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>ScarDesk has started again on the clinic database.</source>
        <translation>أُعيد تشغيل ScarDesk على قاعدة بيانات العيادة.</translation>
    </message>
    <message>
        <source>Patients whose next session is due by their plan, or whose 2-week toxin review is due, and who have nothing booked. Most overdue first.</source>
        <translation>المرضى الذين حان موعد جلستهم التالية حسب خطة العلاج، أو حان موعد مراجعة التوكسين بعد أسبوعين، وليس لهم موعد محجوز. الأكثر تأخرًا أولًا.</translation>
    </message>
    <message>
        <source>Patients due for follow-up</source>
        <translation>المرضى المستحقون للمتابعة</translation>
    </message>
    <message>
        <source>Nobody is due for follow-up today.</source>
        <translation>لا يوجد أحد مستحق للمتابعة اليوم.</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>عرض المزيد</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>محجوز</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>وصل</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>لم يحضر</translation>
    </message>
    <message>
        <source>Next planned session</source>
        <translation>الجلسة المخططة التالية</translation>
    </message>
    <message>
        <source>Plan cannot be read — ask your administrator</source>
        <translation>تعذّرت قراءة الخطة — راجع مدير النظام</translation>
    </message>
    <message>
        <source>Cancelled: {reason}</source>
        <translation>ملغى: {reason}</translation>
    </message>
    <message>
        <source>Toxin review</source>
        <translation>مراجعة التوكسين</translation>
    </message>
    <message>
        <source>Due for</source>
        <translation>مستحق لـ</translation>
    </message>
    <message>
        <source>Due since</source>
        <translation>مستحق منذ</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>التأخير</translation>
    </message>
    <message>
        <source>no phone</source>
        <translation>لا يوجد هاتف</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>يوم واحد</translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation>{days} يوم</translation>
    </message>
    <message>
        <source>Reminder messages</source>
        <translation>رسائل التذكير</translation>
    </message>
    <message>
        <source>Placeholders: {name}, {date}, {time}, {clinic}, {practitioner}. A missing value leaves out its connecting word (at, with, في, مع …); a part in square brackets, e.g. [ with {practitioner}], is left out whole. The Arabic text is sent first, then the English.</source>
        <translation>الحقول المتغيرة: {name}، {date}، {time}، {clinic}، {practitioner}. إذا غابت قيمة حُذفت معها كلمة الربط (في، مع …)؛ والجزء الموضوع بين قوسين مربعين، مثل [ مع {practitioner}]، يُحذف كله. يُرسل النص العربي أولًا ثم الإنجليزي.</translation>
    </message>
    <message>
        <source>Appointment reminder (Arabic)</source>
        <translation>تذكير بالموعد (بالعربية)</translation>
    </message>
    <message>
        <source>Appointment reminder (English)</source>
        <translation>تذكير بالموعد (بالإنجليزية)</translation>
    </message>
    <message>
        <source>Follow-up reminder (Arabic)</source>
        <translation>تذكير بالمتابعة (بالعربية)</translation>
    </message>
    <message>
        <source>Follow-up reminder (English)</source>
        <translation>تذكير بالمتابعة (بالإنجليزية)</translation>
    </message>
    <message>
        <source>Appointments on</source>
        <extracomment>How a link reaches the system&apos;s browser or WhatsApp; tests read the URL instead. Where the CSV goes; tests answer without a file dialog.</extracomment>
        <translation>مواعيد يوم</translation>
    </message>
    <message>
        <source>Message templates…</source>
        <translation>قوالب الرسائل…</translation>
    </message>
    <message>
        <source>Export for SMS (CSV or Excel)…</source>
        <translation>تصدير للرسائل النصية (CSV أو Excel)…</translation>
    </message>
    <message>
        <source>The reminders still to send, as a CSV file or an Excel workbook.</source>
        <translation>التذكيرات التي لم تُرسل بعد، كملف CSV أو مصنّف Excel.</translation>
    </message>
    <message>
        <source>For</source>
        <translation>الغرض</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>الرسالة</translation>
    </message>
    <message>
        <source>Choose a patient to read the message sent.</source>
        <translation>اختر مريضًا لقراءة الرسالة المرسلة.</translation>
    </message>
    <message>
        <source>Prefers</source>
        <translation>يفضّل</translation>
    </message>
    <message>
        <source>Prefers WhatsApp</source>
        <translation>يفضّل واتساب</translation>
    </message>
    <message>
        <source>Prefers SMS</source>
        <translation>يفضّل الرسائل النصية</translation>
    </message>
    <message>
        <source>Prefers a phone call</source>
        <translation>يفضّل مكالمة هاتفية</translation>
    </message>
    <message>
        <source>Open in WhatsApp</source>
        <translation>فتح في واتساب</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>نسخ الرسالة</translation>
    </message>
    <message>
        <source>No appointments or follow-ups to remind for this day. Choose another day above.</source>
        <translation>لا توجد مواعيد أو متابعات للتذكير بها في هذا اليوم. اختر يومًا آخر في الأعلى.</translation>
    </message>
    <message>
        <source>Follow-up due {day}</source>
        <translation>المتابعة مستحقة في {day}</translation>
    </message>
    <message>
        <source>Sent by {name} at {time}</source>
        <translation>أرسله {name} الساعة {time}</translation>
    </message>
    <message>
        <source>No consent to reminders</source>
        <translation>لا موافقة على التذكيرات</translation>
    </message>
    <message>
        <source>Asked for no reminders</source>
        <translation>طلب عدم تذكيره</translation>
    </message>
    <message>
        <source>No phone number</source>
        <translation>لا يوجد رقم هاتف</translation>
    </message>
    <message>
        <source>To send</source>
        <translation>بانتظار الإرسال</translation>
    </message>
    <message>
        <source>Export reminders for SMS</source>
        <translation>تصدير التذكيرات للرسائل النصية</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Previous day (Alt+Left)</source>
        <translation>اليوم السابق (Alt+Left)</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>اليوم السابق</translation>
    </message>
    <message>
        <source>Day shown</source>
        <translation>اليوم المعروض</translation>
    </message>
    <message>
        <source>Next day (Alt+Right)</source>
        <translation>اليوم التالي (Alt+Right)</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>اليوم التالي</translation>
    </message>
    <message>
        <source>Practitioner filter</source>
        <translation>تصفية حسب الطبيب المعالج</translation>
    </message>
    <message>
        <source>All practitioners</source>
        <translation>كل الأطباء المعالجين</translation>
    </message>
    <message>
        <source>&amp;New booking</source>
        <translation>&amp;حجز جديد</translation>
    </message>
    <message>
        <source>Book an appointment (Ctrl+N)</source>
        <translation>حجز موعد (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Practitioner</source>
        <translation>&amp;الطبيب المعالج</translation>
    </message>
    <message>
        <source>Appointments of the day</source>
        <translation>مواعيد اليوم المحدد</translation>
    </message>
    <message>
        <source>No appointments on this day.</source>
        <translation>لا توجد مواعيد في هذا اليوم.</translation>
    </message>
    <message>
        <source>Due for follow-up</source>
        <translation>المستحقون للمتابعة</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>التذكيرات</translation>
    </message>
    <message>
        <source>Mark arrived</source>
        <translation>تسجيل الوصول</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>Move…</source>
        <translation>نقل…</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>إلغاء الموعد…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+X</source>
        <translation>Ctrl+Shift+X</translation>
    </message>
    <message>
        <source>Open patient</source>
        <translation>فتح المريض</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s)</source>
        <translation>
            <numerusform>لا مواعيد</numerusform>
            <numerusform>موعد واحد</numerusform>
            <numerusform>موعدان</numerusform>
            <numerusform>%n مواعيد</numerusform>
            <numerusform>%n موعدًا</numerusform>
            <numerusform>%n موعد</numerusform>
        </translation>
    </message>
    <message>
        <source>{arrived} arrived or seen</source>
        <translation>وصل أو عولج: {arrived}</translation>
    </message>
    <message>
        <source>Due for follow-up ({count})</source>
        <translation>المستحقون للمتابعة ({count})</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>تقييم</translation>
    </message>
    <message>
        <source>History answer</source>
        <translation>إجابة التاريخ الطبي</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>صورة</translation>
    </message>
    <message>
        <source>Session amendment</source>
        <translation>تعديل جلسة</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>سجل</translation>
    </message>
    <message>
        <source>{kind} of {day} — cannot be read, record #{id}; ask your administrator</source>
        <translation>{kind} بتاريخ {day} — تعذّرت قراءته، السجل #{id}؛ راجع مدير النظام</translation>
    </message>
    <message>
        <source>{kind} — cannot be read, record #{id}; ask your administrator</source>
        <translation>{kind} — تعذّرت قراءته، السجل #{id}؛ راجع مدير النظام</translation>
    </message>
    <message>
        <source>Cannot be read — record #{id}; ask your administrator</source>
        <translation>تعذّرت القراءة — السجل #{id}؛ راجع مدير النظام</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) cannot be read</source>
        <translation>
            <numerusform>لا توجد سجلات تتعذّر قراءتها</numerusform>
            <numerusform>تتعذّر قراءة سجل واحد</numerusform>
            <numerusform>تتعذّر قراءة سجلين</numerusform>
            <numerusform>تتعذّر قراءة %n سجلات</numerusform>
            <numerusform>تتعذّر قراءة %n سجلًا</numerusform>
            <numerusform>تتعذّر قراءة %n سجل</numerusform>
        </translation>
    </message>
    <message>
        <source>This list could not be read, so nothing is shown. Try again; if it keeps failing, ask your administrator.</source>
        <translation>تعذّرت قراءة هذه القائمة، لذا لا يُعرض شيء. حاول مرة أخرى؛ وإذا تكرر ذلك فراجع مدير النظام.</translation>
    </message>
    <message>
        <source>Enter your password to sign as {name}</source>
        <translation>أدخل كلمة المرور للتوقيع باسم {name}</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Enter your password to sign.</source>
        <translation>أدخل كلمة المرور للتوقيع.</translation>
    </message>
    <message>
        <source>That password is not right, so the record was not signed. Try again.</source>
        <translation>كلمة المرور غير صحيحة، لذلك لم يُوقَّع السجل. حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The form being signed (read it with the signer)</source>
        <translation>النموذج الذي يُوقَّع (اقرأه مع الموقِّع)</translation>
    </message>
    <message>
        <source>Form text, English</source>
        <translation>نص النموذج بالإنجليزية</translation>
    </message>
    <message>
        <source>Form text, Arabic</source>
        <translation>نص النموذج بالعربية</translation>
    </message>
    <message>
        <source>Capture consent</source>
        <translation>تسجيل الموافقة</translation>
    </message>
    <message>
        <source>Form version (printed on the signed form)</source>
        <translation>إصدار النموذج (يُطبع على النموذج الموقّع)</translation>
    </message>
    <message>
        <source>e.g. 2026-1</source>
        <translation>مثلًا 2026-1</translation>
    </message>
    <message>
        <source>Guardian&apos;s name (only when a guardian signs for a child)</source>
        <translation>اسم ولي الأمر (فقط عندما يوقّع ولي الأمر عن طفل)</translation>
    </message>
    <message>
        <source>Name as on the guardian&apos;s ID card</source>
        <translation>الاسم كما في بطاقة هوية ولي الأمر</translation>
    </message>
    <message>
        <source>Signature of the patient (or guardian)</source>
        <translation>توقيع المريض (أو ولي الأمر)</translation>
    </message>
    <message>
        <source>Clear signature</source>
        <translation>مسح التوقيع</translation>
    </message>
    <message>
        <source>Save consent</source>
        <translation>حفظ الموافقة</translation>
    </message>
    <message>
        <source>Patient: {names}, {age} years</source>
        <translation>المريض: {names}، العمر {age} سنة</translation>
    </message>
    <message>
        <source>Guardian&apos;s name (required: the patient is under {age})</source>
        <translation>اسم ولي الأمر (مطلوب: عمر المريض أقل من {age} سنة)</translation>
    </message>
    <message>
        <source>The signature is missing: ask the signer to sign in the box above.</source>
        <translation>التوقيع غير موجود: اطلب من الموقِّع التوقيع في المربع أعلاه.</translation>
    </message>
    <message>
        <source>Capture the consent</source>
        <translation>تسجيل الموافقة</translation>
    </message>
    <message>
        <source>I explained this consent form to the signer and watched them sign it above; this record of their consent is accurate.</source>
        <translation>شرحتُ نموذج الموافقة هذا للموقِّع وشاهدته يوقّعه أعلاه، وهذا السجل لموافقته صحيح.</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>سحب الموافقة</translation>
    </message>
    <message>
        <source>Withdraw consent: {purpose}</source>
        <translation>سحب الموافقة: {purpose}</translation>
    </message>
    <message>
        <source>The consent stays in the ledger, marked withdrawn from the date below.</source>
        <translation>تبقى الموافقة في السجل، مع علامة أنها مسحوبة اعتبارًا من التاريخ أدناه.</translation>
    </message>
    <message>
        <source>e.g. patient asked by phone</source>
        <translation>مثلًا: طلب المريض ذلك هاتفيًا</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>تاريخ السحب</translation>
    </message>
    <message>
        <source>Consent given on {day}</source>
        <translation>أُعطيت الموافقة في {day}</translation>
    </message>
    <message>
        <source>Forehead</source>
        <translation>الجبهة</translation>
    </message>
    <message>
        <source>Left temple</source>
        <translation>الصدغ الأيسر</translation>
    </message>
    <message>
        <source>Right temple</source>
        <translation>الصدغ الأيمن</translation>
    </message>
    <message>
        <source>Left cheek</source>
        <translation>الخد الأيسر</translation>
    </message>
    <message>
        <source>Right cheek</source>
        <translation>الخد الأيمن</translation>
    </message>
    <message>
        <source>Nose</source>
        <translation>الأنف</translation>
    </message>
    <message>
        <source>Perioral</source>
        <translation>حول الفم</translation>
    </message>
    <message>
        <source>Chin</source>
        <translation>الذقن</translation>
    </message>
    <message>
        <source>Left jawline</source>
        <translation>خط الفك الأيسر</translation>
    </message>
    <message>
        <source>Right jawline</source>
        <translation>خط الفك الأيمن</translation>
    </message>
    <message>
        <source>Patient&apos;s right</source>
        <translation>يمين المريض</translation>
    </message>
    <message>
        <source>Patient&apos;s left</source>
        <translation>يسار المريض</translation>
    </message>
    <message>
        <source>Face map</source>
        <translation>خريطة الوجه</translation>
    </message>
    <message>
        <source>too short</source>
        <extracomment>How full the bar is for each estimate (out of 4).</extracomment>
        <translation>قصيرة جدًا</translation>
    </message>
    <message>
        <source>common: easy to guess</source>
        <translation>شائعة: سهلة التخمين</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>ضعيفة</translation>
    </message>
    <message>
        <source>good</source>
        <translation>جيدة</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>قوية</translation>
    </message>
    <message>
        <source>Password strength</source>
        <translation>قوة كلمة المرور</translation>
    </message>
    <message>
        <source>Password strength: type a password</source>
        <translation>قوة كلمة المرور: اكتب كلمة مرور</translation>
    </message>
    <message>
        <source>Allergy: botulinum toxin</source>
        <translation>حساسية: توكسين البوتولينوم</translation>
    </message>
    <message>
        <source>Allergy: albumin</source>
        <translation>حساسية: الألبومين</translation>
    </message>
    <message>
        <source>Allergy: local anaesthetic</source>
        <translation>حساسية: المخدر الموضعي</translation>
    </message>
    <message>
        <source>Pregnant</source>
        <translation>حامل</translation>
    </message>
    <message>
        <source>{age} years</source>
        <translation>العمر {age}</translation>
    </message>
    <message>
        <source>born {day}</source>
        <translation>مواليد {day}</translation>
    </message>
    <message>
        <source>ARCHIVED</source>
        <translation>مؤرشف</translation>
    </message>
    <message>
        <source>{fact}: unknown</source>
        <translation>{fact}: غير معروف</translation>
    </message>
    <message>
        <source>Safety history not recorded</source>
        <translation>بيانات السلامة في التاريخ الطبي غير مسجّلة</translation>
    </message>
    <message>
        <source>No safety flags</source>
        <translation>لا توجد ملاحظات سلامة</translation>
    </message>
    <message>
        <source>{action} ({keys})</source>
        <translation>{action} ({keys})</translation>
    </message>
    <message>
        <source>Signature box</source>
        <extracomment>Ink narrower and lower than this (pixels) is a tap or a slip, not a signature.</extracomment>
        <translation>مربع التوقيع</translation>
    </message>
    <message>
        <source>Sign here with the mouse, a pen or a finger</source>
        <translation>وقّع هنا بالفأرة أو القلم أو الإصبع</translation>
    </message>
    <message>
        <source>Sign above the line  ·  وقّع فوق الخط</source>
        <translation>Sign above the line  ·  وقّع فوق الخط</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>تجاهل التغييرات؟</translation>
    </message>
    <message>
        <source>You have changes that are not saved. If you discard them they are lost.</source>
        <translation>لديك تغييرات غير محفوظة. إذا تجاهلتها فستُفقد.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>متابعة التعديل</translation>
    </message>
    <message>
        <source>Edit details…</source>
        <translation>تعديل البيانات…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>expired {day}: ask for the current one</source>
        <translation>انتهت في {day}: اطلب الوثيقة السارية</translation>
    </message>
    <message>
        <source>Archived on {date}: {reason}</source>
        <translation>أُرشف في {date}: {reason}</translation>
    </message>
    <message>
        <source>{type} (assessed {day})</source>
        <translation>{type} (قُيّم في {day})</translation>
    </message>
    <message>
        <source>Details</source>
        <extracomment>Builds a tab for one patient. The widget reloads itself when the change bus says so.</extracomment>
        <translation>البيانات</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <source>← Back</source>
        <extracomment>The record shown, once its header arrived: (patient id, name) for &quot;Recent patients&quot;. The file opened was merged into the one carried here: show that one instead.</extracomment>
        <translation>→ رجوع</translation>
    </message>
    <message>
        <source>Back to the list (Esc or Alt+Left)</source>
        <translation>العودة إلى القائمة (Esc أو Alt+Left)</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Merge with another record…</source>
        <translation>دمج مع سجل آخر…</translation>
    </message>
    <message>
        <source>Two files of one person: move everything into one of them</source>
        <translation>ملفان لشخص واحد: انقل كل شيء إلى أحدهما</translation>
    </message>
    <message>
        <source>Nothing more to show for this patient yet.</source>
        <translation>لا يوجد المزيد لعرضه لهذا المريض بعد.</translation>
    </message>
    <message>
        <source>This record also holds file {files}, merged into it.</source>
        <translation>يضم هذا السجل أيضًا الملف {files}، المدموج فيه.</translation>
    </message>
    <message>
        <source>File #{merged} was merged into this record (file #{survivor}).</source>
        <translation>دُمج الملف #{merged} في هذا السجل (الملف #{survivor}).</translation>
    </message>
    <message>
        <source>Type I: always burns, never tans.</source>
        <translation>النوع I: تحترق دائمًا، ولا تسمرّ أبدًا.</translation>
    </message>
    <message>
        <source>Type II: burns easily, tans with difficulty.</source>
        <translation>النوع II: تحترق بسهولة، وتسمرّ بصعوبة.</translation>
    </message>
    <message>
        <source>Type III: sometimes burns, tans to an average degree.</source>
        <translation>النوع III: تحترق أحيانًا، وتسمرّ بدرجة متوسطة.</translation>
    </message>
    <message>
        <source>Type IV: rarely burns, tans easily.</source>
        <translation>النوع IV: نادرًا ما تحترق، وتسمرّ بسهولة.</translation>
    </message>
    <message>
        <source>Type V: very rarely burns, tans very easily.</source>
        <translation>النوع V: نادرًا جدًا ما تحترق، وتسمرّ بسهولة كبيرة.</translation>
    </message>
    <message>
        <source>Type VI: never burns.</source>
        <translation>النوع VI: لا تحترق أبدًا.</translation>
    </message>
    <message>
        <source>Suitable</source>
        <translation>مناسب</translation>
    </message>
    <message>
        <source>Suitable with caution</source>
        <translation>مناسب مع الحذر</translation>
    </message>
    <message>
        <source>Not suitable</source>
        <translation>غير مناسب</translation>
    </message>
    <message>
        <source>Pregnant, or could be pregnant?</source>
        <translation>هل المريضة حامل، أو يُحتمل أن تكون حاملًا؟</translation>
    </message>
    <message>
        <source>Expected delivery date (if known)</source>
        <translation>تاريخ الولادة المتوقع (إن كان معروفًا)</translation>
    </message>
    <message>
        <source>Breastfeeding?</source>
        <translation>هل ترضع المريضة رضاعة طبيعية؟</translation>
    </message>
    <message>
        <source>Neuromuscular disorder (myasthenia gravis, Lambert-Eaton syndrome, ALS)?</source>
        <translation>اضطراب عصبي عضلي (الوهن العضلي الوبيل، متلازمة لامبرت-إيتون، التصلب الجانبي الضموري ALS)؟</translation>
    </message>
    <message>
        <source>Which condition</source>
        <translation>أي حالة</translation>
    </message>
    <message>
        <source>History of cold sores (herpes simplex)?</source>
        <translation>إصابة سابقة بقروح البرد (الهربس البسيط)؟</translation>
    </message>
    <message>
        <source>Tendency to keloid or raised (hypertrophic) scars?</source>
        <translation>ميل إلى الجدرة (الكيلويد) أو الندبات البارزة (الضخامية)؟</translation>
    </message>
    <message>
        <source>Bleeding or clotting disorder?</source>
        <translation>اضطراب نزفي أو اضطراب في التخثر؟</translation>
    </message>
    <message>
        <source>Taking blood thinners (warfarin, heparin, aspirin, clopidogrel, DOACs)?</source>
        <translation>تناول أدوية مميّعة للدم (الوارفارين، الهيبارين، الأسبرين، الكلوبيدوغريل، مضادات التخثر الفموية المباشرة DOACs)؟</translation>
    </message>
    <message>
        <source>Which medicine</source>
        <translation>أي دواء</translation>
    </message>
    <message>
        <source>Active infection, open wound or active acne where treatment is planned?</source>
        <translation>عدوى نشطة أو جرح مفتوح أو حب شباب نشط في موضع العلاج المخطط له؟</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>الموضع</translation>
    </message>
    <message>
        <source>Taking isotretinoin (e.g. Roaccutane) now, or in the past 12 months?</source>
        <translation>تناول الإيزوتريتينوين (مثل Roaccutane) حاليًا أو خلال الأشهر الـ 12 الماضية؟</translation>
    </message>
    <message>
        <source>Course end date (expected end date if still taking it)</source>
        <translation>تاريخ انتهاء فترة العلاج (أو التاريخ المتوقع لانتهائها إن كان العلاج مستمرًا)</translation>
    </message>
    <message>
        <source>Taking an aminoglycoside antibiotic (gentamicin, amikacin, tobramycin)?</source>
        <translation>تناول مضاد حيوي من فئة الأمينوغليكوزيدات (الجنتاميسين، الأميكاسين، التوبراميسين)؟</translation>
    </message>
    <message>
        <source>Taking muscle relaxants or other medicines that affect nerve-muscle transmission?</source>
        <translation>تناول مرخيات العضلات أو أدوية أخرى تؤثر في النقل العصبي العضلي؟</translation>
    </message>
    <message>
        <source>Taking medicines that make the skin sensitive to light (e.g. doxycycline)?</source>
        <translation>تناول أدوية تجعل الجلد حساسًا للضوء (مثل الدوكسيسيكلين)؟</translation>
    </message>
    <message>
        <source>Using a topical retinoid (tretinoin, adapalene, retinol)?</source>
        <translation>استعمال ريتينويد موضعي (التريتينوين، الأدابالين، الريتينول)؟</translation>
    </message>
    <message>
        <source>Last applied on</source>
        <translation>تاريخ آخر استعمال</translation>
    </message>
    <message>
        <source>Botulinum toxin or filler injections in the past 4 months?</source>
        <translation>حقن توكسين البوتولينوم أو الفيلر خلال الأشهر الأربعة الماضية؟</translation>
    </message>
    <message>
        <source>Date of the last injection</source>
        <translation>تاريخ آخر حقنة</translation>
    </message>
    <message>
        <source>Product and area</source>
        <translation>المنتج والمنطقة</translation>
    </message>
    <message>
        <source>Recent sunburn, tanning or strong sun exposure?</source>
        <translation>حروق شمس أو اسمرار أو تعرّض قوي للشمس مؤخرًا؟</translation>
    </message>
    <message>
        <source>Last strong sun exposure</source>
        <translation>آخر تعرّض قوي للشمس</translation>
    </message>
    <message>
        <source>Allergy to any botulinum toxin product or its ingredients?</source>
        <translation>حساسية من أي منتج من منتجات توكسين البوتولينوم أو من مكوناته؟</translation>
    </message>
    <message>
        <source>Which product and what happened</source>
        <translation>أي منتج، وماذا حدث</translation>
    </message>
    <message>
        <source>Allergy to albumin (human or cow&apos;s milk protein)?</source>
        <translation>حساسية من الألبومين (البشري أو بروتين حليب البقر)؟</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>ماذا حدث</translation>
    </message>
    <message>
        <source>Allergy to local anaesthetic injections (lidocaine, articaine)?</source>
        <translation>حساسية من حقن التخدير الموضعي (الليدوكائين، الأرتيكائين)؟</translation>
    </message>
    <message>
        <source>Which agent and what happened</source>
        <translation>أي مادة، وماذا حدث</translation>
    </message>
    <message>
        <source>Any other allergies (medicines, anaesthetic creams, latex)?</source>
        <translation>أي حساسية أخرى (أدوية، كريمات مخدرة، لاتكس)؟</translation>
    </message>
    <message>
        <source>To what, and what happened</source>
        <translation>من ماذا، وماذا حدث</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>أمامية</translation>
    </message>
    <message>
        <source>Left 45°</source>
        <translation>يسار 45°</translation>
    </message>
    <message>
        <source>Right 45°</source>
        <translation>يمين 45°</translation>
    </message>
    <message>
        <source>Left profile</source>
        <translation>جانبية يسرى</translation>
    </message>
    <message>
        <source>Right profile</source>
        <translation>جانبية يمنى</translation>
    </message>
    <message>
        <source>Opened the patient&apos;s record</source>
        <extracomment>The Admin screen&apos;s audit viewer filtered to this patient (written as &quot;audit.view&quot;).</extracomment>
        <translation>فتح سجل المريض</translation>
    </message>
    <message>
        <source>Viewed the medical history</source>
        <translation>اطّلع على التاريخ الطبي</translation>
    </message>
    <message>
        <source>Viewed the list of consents</source>
        <translation>اطّلع على قائمة الموافقات</translation>
    </message>
    <message>
        <source>Viewed a signed consent</source>
        <translation>اطّلع على موافقة موقّعة</translation>
    </message>
    <message>
        <source>Viewed the assessments</source>
        <translation>اطّلع على التقييمات</translation>
    </message>
    <message>
        <source>Opened an assessment</source>
        <translation>فتح تقييمًا</translation>
    </message>
    <message>
        <source>Viewed the photo thumbnails</source>
        <translation>اطّلع على الصور المصغّرة</translation>
    </message>
    <message>
        <source>Viewed a photo</source>
        <translation>اطّلع على صورة</translation>
    </message>
    <message>
        <source>Viewed the treatment plan</source>
        <translation>اطّلع على خطة العلاج</translation>
    </message>
    <message>
        <source>Viewed the list of sessions</source>
        <translation>اطّلع على قائمة الجلسات</translation>
    </message>
    <message>
        <source>Opened a treatment session</source>
        <translation>فتح جلسة علاج</translation>
    </message>
    <message>
        <source>Viewed the list of documents</source>
        <translation>اطّلع على قائمة المستندات</translation>
    </message>
    <message>
        <source>Issued or printed a document</source>
        <translation>أصدر مستندًا أو طبعه</translation>
    </message>
    <message>
        <source>Exported the patient&apos;s copy</source>
        <translation>صدّر نسخة المريض</translation>
    </message>
    <message>
        <source>Viewed who has seen this record</source>
        <translation>اطّلع على قائمة من اطّلع على هذا السجل</translation>
    </message>
    <message>
        <source>Saved who has seen this record as PDF</source>
        <translation>حفظ قائمة من اطّلع على هذا السجل بصيغة PDF</translation>
    </message>
    <message>
        <source>Viewed the record&apos;s audit trail</source>
        <translation>اطّلع على سجل التدقيق الخاص بهذا المريض</translation>
    </message>
    <message>
        <source>Macular disease: erythematous, hyper- or hypopigmented flat marks; a change of colour, not of contour.</source>
        <translation>إصابة بقعية: علامات مسطحة حمامية أو مفرطة التصبغ أو ناقصة التصبغ؛ تغيّر في اللون لا في شكل السطح.</translation>
    </message>
    <message>
        <source>Mild disease: mild atrophy or hypertrophy that may not be obvious at a social distance of 50 cm or more and is covered adequately by makeup or the normal shadow of a beard.</source>
        <translation>إصابة خفيفة: ضمور أو ضخامة خفيفة قد لا تكون واضحة من مسافة التعامل الاجتماعي (50 سم أو أكثر)، ويغطيها المكياج أو ظل اللحية الطبيعي بشكل كافٍ.</translation>
    </message>
    <message>
        <source>Moderate disease: atrophy or hypertrophy obvious at a social distance of 50 cm or more, not easily covered by makeup or beard shadow, but atrophic scars flatten when the skin is manually stretched.</source>
        <translation>إصابة متوسطة: ضمور أو ضخامة واضحة من مسافة التعامل الاجتماعي (50 سم أو أكثر)، لا يغطيها المكياج أو ظل اللحية بسهولة، لكن الندبات الضامرة تستوي عند شد الجلد باليد.</translation>
    </message>
    <message>
        <source>Severe disease: atrophy or hypertrophy obvious at a social distance of 50 cm or more, not easily covered by makeup or beard shadow, and atrophic scars do not flatten when the skin is manually stretched.</source>
        <translation>إصابة شديدة: ضمور أو ضخامة واضحة من مسافة التعامل الاجتماعي (50 سم أو أكثر)، لا يغطيها المكياج أو ظل اللحية بسهولة، ولا تستوي الندبات الضامرة عند شد الجلد باليد.</translation>
    </message>
    <message>
        <source>Pregnancy and breastfeeding</source>
        <extracomment>How the form groups the questionnaire. A question missing here still shows, under &quot;Other&quot;.</extracomment>
        <translation>الحمل والرضاعة الطبيعية</translation>
    </message>
    <message>
        <source>Neuromuscular</source>
        <translation>الاضطرابات العصبية العضلية</translation>
    </message>
    <message>
        <source>Infections and skin</source>
        <translation>العدوى والجلد</translation>
    </message>
    <message>
        <source>Bleeding and medicines</source>
        <translation>النزف والأدوية</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>الحساسية</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>الشمس</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <source>Western ({digits})</source>
        <translation>غربية ({digits})</translation>
    </message>
    <message>
        <source>Arabic-Indic ({digits})</source>
        <translation>عربية هندية ({digits})</translation>
    </message>
    <message>
        <source>Show the Hijri date beside the Gregorian date</source>
        <translation>إظهار التاريخ الهجري بجانب التاريخ الميلادي</translation>
    </message>
    <message>
        <source>Your choice is kept with your account, so you see it on every workstation. Applying it rebuilds the open screens; unsaved changes are asked about first.</source>
        <translation>يُحفظ اختيارك مع حسابك، فتراه على كل أجهزة العمل. يُعيد التطبيق بناء الشاشات المفتوحة، ويُسأل أولًا عن أي تغييرات غير محفوظة.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <source>&amp;Digits</source>
        <translation>الأ&amp;رقام</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>تطبيق</translation>
    </message>
    <message>
        <source>ScarDesk could not start. The details are in its log file.</source>
        <translation>تعذّر تشغيل ScarDesk. التفاصيل في ملف السجل.</translation>
    </message>
    <message>
        <source>{who} signed in</source>
        <translation>{who}: تسجيل الدخول</translation>
    </message>
    <message>
        <source>{who} failed to sign in</source>
        <translation>{who}: محاولة تسجيل دخول فاشلة</translation>
    </message>
    <message>
        <source>{who} signed out</source>
        <translation>{who}: تسجيل الخروج</translation>
    </message>
    <message>
        <source>{who} tried to sign in before the wait after failed attempts was over</source>
        <translation>{who}: محاولة تسجيل الدخول قبل انتهاء مدة الانتظار بعد المحاولات الفاشلة</translation>
    </message>
    <message>
        <source>{who} tried to sign in with a user name locked after failed attempts</source>
        <translation>{who}: محاولة تسجيل الدخول باسم مستخدم مقفل بعد محاولات فاشلة</translation>
    </message>
    <message>
        <source>{who} signed in with an expired one-time password</source>
        <translation>{who}: تسجيل الدخول بكلمة مرور لمرة واحدة منتهية الصلاحية</translation>
    </message>
    <message>
        <source>{who} updated the count of failed sign-ins for a user name</source>
        <translation>{who}: تحديث عدد محاولات تسجيل الدخول الفاشلة لاسم مستخدم</translation>
    </message>
    <message>
        <source>{who} chose a new password</source>
        <translation>{who}: اختيار كلمة مرور جديدة</translation>
    </message>
    <message>
        <source>{who} changed their language and display settings</source>
        <translation>{who}: تغيير إعدادات اللغة والعرض الخاصة بالمستخدم</translation>
    </message>
    <message>
        <source>{who} reset the password of the user account {target}</source>
        <translation>{who}: إعادة تعيين كلمة مرور حساب المستخدم {target}</translation>
    </message>
    <message>
        <source>{who} changed the role of the user account {target}</source>
        <translation>{who}: تغيير دور حساب المستخدم {target}</translation>
    </message>
    <message>
        <source>{who} changed whether {target} is a clinical lead</source>
        <translation>{who}: تغيير صفة المسؤول الطبي للمستخدم {target}</translation>
    </message>
    <message>
        <source>{who} changed whether {target} is a privacy officer</source>
        <translation>{who}: تغيير صفة مسؤول حماية البيانات للمستخدم {target}</translation>
    </message>
    <message>
        <source>{who} unlocked the sign-in of the user account {target}</source>
        <translation>{who}: فك قفل تسجيل الدخول لحساب المستخدم {target}</translation>
    </message>
    <message>
        <source>{who} added the user account {target}</source>
        <translation>{who}: إضافة حساب المستخدم {target}</translation>
    </message>
    <message>
        <source>{who} reactivated the user account {target}</source>
        <translation>{who}: إعادة تفعيل حساب المستخدم {target}</translation>
    </message>
    <message>
        <source>{who} deactivated the user account {target}</source>
        <translation>{who}: تعطيل حساب المستخدم {target}</translation>
    </message>
    <message>
        <source>{who} registered patient {patient}</source>
        <translation>{who}: تسجيل المريض {patient}</translation>
    </message>
    <message>
        <source>{who} opened patient {patient}</source>
        <translation>{who}: فتح ملف المريض {patient}</translation>
    </message>
    <message>
        <source>{who} exported the whole record of patient {patient}</source>
        <translation>{who}: تصدير الملف الكامل للمريض {patient}</translation>
    </message>
    <message>
        <source>{who} archived patient {patient}</source>
        <translation>{who}: أرشفة ملف المريض {patient}</translation>
    </message>
    <message>
        <source>{who} restored patient {patient} from the archive</source>
        <translation>{who}: استعادة ملف المريض {patient} من الأرشيف</translation>
    </message>
    <message>
        <source>{who} recorded {thing} for patient {patient}</source>
        <translation>{who}: تسجيل {thing} للمريض {patient}</translation>
    </message>
    <message>
        <source>{who} signed a session of patient {patient}</source>
        <translation>{who}: توقيع جلسة للمريض {patient}</translation>
    </message>
    <message>
        <source>{who} captured a consent for patient {patient}</source>
        <translation>{who}: تسجيل موافقة للمريض {patient}</translation>
    </message>
    <message>
        <source>{who} withdrew a consent of patient {patient}</source>
        <translation>{who}: سحب موافقة للمريض {patient}</translation>
    </message>
    <message>
        <source>{who} voided an assessment of patient {patient}</source>
        <translation>{who}: إلغاء تقييم للمريض {patient}</translation>
    </message>
    <message>
        <source>{who} voided a medical history answer of patient {patient}</source>
        <translation>{who}: إلغاء إجابة في التاريخ الطبي للمريض {patient}</translation>
    </message>
    <message>
        <source>{who} voided a photo of patient {patient}</source>
        <translation>{who}: إلغاء صورة للمريض {patient}</translation>
    </message>
    <message>
        <source>{who} made {thing} for patient {patient}</source>
        <translation>{who}: إعداد {thing} للمريض {patient}</translation>
    </message>
    <message>
        <source>{who} printed a document for patient {patient}</source>
        <translation>{who}: طباعة مستند للمريض {patient}</translation>
    </message>
    <message>
        <source>{who} reprinted a document for patient {patient}</source>
        <translation>{who}: إعادة طباعة مستند للمريض {patient}</translation>
    </message>
    <message>
        <source>{who} booked an appointment for patient {patient}</source>
        <translation>{who}: حجز موعد للمريض {patient}</translation>
    </message>
    <message>
        <source>{who} made a backup of the database</source>
        <translation>{who}: إنشاء نسخة احتياطية من قاعدة البيانات</translation>
    </message>
    <message>
        <source>{who} restored the database from a backup</source>
        <translation>{who}: استعادة قاعدة البيانات من نسخة احتياطية</translation>
    </message>
    <message>
        <source>{who} changed the backup schedule</source>
        <translation>{who}: تغيير جدول النسخ الاحتياطي</translation>
    </message>
    <message>
        <source>{who} computed the due list&apos;s index again from the records</source>
        <translation>{who}: إعادة حساب فهرس قائمة المستحقين للمتابعة من السجلات</translation>
    </message>
    <message>
        <source>{who} changed the safety rules</source>
        <translation>{who}: تغيير قواعد السلامة</translation>
    </message>
    <message>
        <source>{who} changed the text of printed documents</source>
        <translation>{who}: تغيير نص المستندات المطبوعة</translation>
    </message>
    <message>
        <source>{who} restored the original text of printed documents</source>
        <translation>{who}: استعادة النص الأصلي للمستندات المطبوعة</translation>
    </message>
    <message>
        <source>{who} added a product</source>
        <translation>{who}: إضافة منتج</translation>
    </message>
    <message>
        <source>{who} archived a product</source>
        <translation>{who}: أرشفة منتج</translation>
    </message>
    <message>
        <source>{who} brought back an archived product</source>
        <translation>{who}: إعادة منتج مؤرشف</translation>
    </message>
    <message>
        <source>{who} received a lot</source>
        <translation>{who}: استلام تشغيلة</translation>
    </message>
    <message>
        <source>{who} adjusted the stock of a lot</source>
        <translation>{who}: تسوية مخزون تشغيلة</translation>
    </message>
    <message>
        <source>{who} archived a lot</source>
        <translation>{who}: أرشفة تشغيلة</translation>
    </message>
    <message>
        <source>{who} made a recall report for a lot</source>
        <translation>{who}: إعداد تقرير استدعاء لتشغيلة</translation>
    </message>
    <message>
        <source>{who} exported a recall report for a lot to a file</source>
        <translation>{who}: تصدير تقرير استدعاء تشغيلة إلى ملف</translation>
    </message>
    <message>
        <source>{who} sent patient {patient} a reminder</source>
        <translation>{who}: إرسال تذكير إلى المريض {patient}</translation>
    </message>
    <message>
        <source>{who} exported patient {patient}&apos;s reminder for an SMS service</source>
        <translation>{who}: تصدير تذكير المريض {patient} لخدمة الرسائل النصية</translation>
    </message>
    <message>
        <source>{who} changed how patient {patient} wants reminders</source>
        <translation>{who}: تغيير طريقة تلقي المريض {patient} للتذكيرات</translation>
    </message>
    <message>
        <source>{who} changed the clinic&apos;s details</source>
        <translation>{who}: تغيير بيانات العيادة</translation>
    </message>
    <message>
        <source>{who} changed the clinic&apos;s logo</source>
        <translation>{who}: تغيير شعار العيادة</translation>
    </message>
    <message>
        <source>{who} changed the clinic&apos;s working days and hours</source>
        <translation>{who}: تغيير أيام العمل وساعات العمل في العيادة</translation>
    </message>
    <message>
        <source>{who} added a public holiday</source>
        <translation>{who}: إضافة عطلة رسمية</translation>
    </message>
    <message>
        <source>{who} removed a public holiday</source>
        <translation>{who}: إزالة عطلة رسمية</translation>
    </message>
    <message>
        <source>{who} added a practitioner&apos;s day off</source>
        <translation>{who}: إضافة يوم إجازة لطبيب معالج</translation>
    </message>
    <message>
        <source>{who} removed a practitioner&apos;s day off</source>
        <translation>{who}: إزالة يوم إجازة لطبيب معالج</translation>
    </message>
    <message>
        <source>{who} changed the reminder messages</source>
        <translation>{who}: تغيير رسائل التذكير</translation>
    </message>
    <message>
        <source>{who} locked the screen</source>
        <translation>{who}: قفل الشاشة</translation>
    </message>
    <message>
        <source>{who} created demo data</source>
        <translation>{who}: إنشاء بيانات تجريبية</translation>
    </message>
    <message>
        <source>{who} added the demo product catalogue</source>
        <translation>{who}: إضافة كتالوج المنتجات التجريبي</translation>
    </message>
    <message>
        <source>{who} changed the details of patient {patient}</source>
        <translation>{who}: تغيير بيانات المريض {patient}</translation>
    </message>
    <message>
        <source>{who} merged a duplicate record into patient {patient}</source>
        <translation>{who}: دمج ملف مكرر في ملف المريض {patient}</translation>
    </message>
    <message>
        <source>{who} changed {thing} of patient {patient}</source>
        <translation>{who}: تغيير {thing} للمريض {patient}</translation>
    </message>
    <message>
        <source>{who} amended {thing} of patient {patient}</source>
        <translation>{who}: تعديل {thing} للمريض {patient}</translation>
    </message>
    <message>
        <source>{who} changed a product</source>
        <translation>{who}: تغيير بيانات منتج</translation>
    </message>
    <message>
        <source>{who} moved an appointment of patient {patient}</source>
        <translation>{who}: نقل موعد للمريض {patient}</translation>
    </message>
    <message>
        <source>{who} changed a treatment plan of patient {patient}</source>
        <translation>{who}: تغيير خطة علاج للمريض {patient}</translation>
    </message>
    <message>
        <source>{who} changed the names of the user account {target}</source>
        <translation>{who}: تغيير أسماء حساب المستخدم {target}</translation>
    </message>
    <message>
        <source>{who} unlocked the screen</source>
        <translation>{who}: فتح قفل الشاشة</translation>
    </message>
    <message>
        <source>{who} viewed the audit log</source>
        <translation>{who}: الاطلاع على سجل التدقيق</translation>
    </message>
    <message>
        <source>{who} exported the audit log</source>
        <translation>{who}: تصدير سجل التدقيق</translation>
    </message>
    <message>
        <source>{who} viewed the audit trail of patient {patient}</source>
        <extracomment>Actions whose row changes are worth listing field by field (the rest say what was done). The same headlines when the event names a patient.</extracomment>
        <translation>{who}: الاطلاع على سجل التدقيق للمريض {patient}</translation>
    </message>
    <message>
        <source>{who} exported the audit trail of patient {patient}</source>
        <translation>{who}: تصدير سجل التدقيق للمريض {patient}</translation>
    </message>
    <message>
        <source>{who} marked a treatment plan of patient {patient} as {status}</source>
        <extracomment>plan.&lt;status&gt; and appointment.&lt;status&gt;: &quot;marked … as &lt;status&gt;&quot;.</extracomment>
        <translation>{who}: تغيير حالة خطة علاج للمريض {patient} إلى {status}</translation>
    </message>
    <message>
        <source>{who} marked an appointment of patient {patient} as {status}</source>
        <translation>{who}: تغيير حالة موعد للمريض {patient} إلى {status}</translation>
    </message>
    <message>
        <source>sign a session</source>
        <translation>توقيع جلسة</translation>
    </message>
    <message>
        <source>capture a consent</source>
        <translation>تسجيل موافقة</translation>
    </message>
    <message>
        <source>approve a merge</source>
        <translation>اعتماد دمج</translation>
    </message>
    <message>
        <source>Technical detail (as reported, untranslated):</source>
        <translation>التفاصيل الفنية (كما وردت، دون ترجمة):</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>لم يُعثر على أي مشكلة.</translation>
    </message>
    <message>
        <source>- {finding}</source>
        <translation>- {finding}</translation>
    </message>
    <message>
        <source>{first}
{rest}</source>
        <translation>{first}
{rest}</translation>
    </message>
    <message>
        <source>{path} does not exist or is not a file.</source>
        <translation>{path} غير موجود أو ليس ملفًا.</translation>
    </message>
    <message>
        <source>{path} is not an SQLite database (or its first page is damaged).</source>
        <translation>{path} ليس قاعدة بيانات SQLite (أو أن صفحته الأولى تالفة).</translation>
    </message>
    <message>
        <source>{name} lies beside it: the file was probably copied while ScarDesk was running, and its latest changes are in that file. Use a file made by `{command}`.</source>
        <translation>يوجد بجانبه الملف {name}: يبدو أن الملف نُسخ أثناء تشغيل ScarDesk، وأن آخر تغييراته ما زالت في ذلك الملف. استخدم ملفًا أنشأه الأمر {command}.</translation>
    </message>
    <message>
        <source>SQLite integrity check</source>
        <translation>فحص السلامة في SQLite</translation>
    </message>
    <message>
        <source>foreign key check</source>
        <translation>فحص الروابط بين السجلات</translation>
    </message>
    <message>
        <source>schema revision check</source>
        <translation>فحص إصدار مخطط قاعدة البيانات</translation>
    </message>
    <message>
        <source>audit trail check</source>
        <translation>فحص سجل التدقيق</translation>
    </message>
    <message>
        <source>stored record check</source>
        <translation>فحص السجلات المخزّنة</translation>
    </message>
    <message>
        <source>check of the session times copied onto toxin entries</source>
        <translation>فحص أوقات الجلسات المنسوخة إلى بنود التوكسين</translation>
    </message>
    <message>
        <source>check of the due list&apos;s index</source>
        <translation>فحص فهرس قائمة المستحقين للمتابعة</translation>
    </message>
    <message>
        <source>The {step} could not be completed.</source>
        <translation>تعذّر إكمال {step}.</translation>
    </message>
    <message>
        <source>The {step} could not be completed. Restore the latest good backup ({command}).</source>
        <translation>تعذّر إكمال {step}. استعِد آخر نسخة احتياطية سليمة ({command}).</translation>
    </message>
    <message numerus="yes">
        <source>SQLite&apos;s integrity check found damage in the file (%n finding(s)). Restore the latest good backup ({command}).</source>
        <translation>
            <numerusform>وجد فحص السلامة في SQLite تلفًا في الملف (بلا ملاحظات). استعِد آخر نسخة احتياطية سليمة ({command}).</numerusform>
            <numerusform>وجد فحص السلامة في SQLite تلفًا في الملف (ملاحظة واحدة). استعِد آخر نسخة احتياطية سليمة ({command}).</numerusform>
            <numerusform>وجد فحص السلامة في SQLite تلفًا في الملف (ملاحظتان). استعِد آخر نسخة احتياطية سليمة ({command}).</numerusform>
            <numerusform>وجد فحص السلامة في SQLite تلفًا في الملف (%n ملاحظات). استعِد آخر نسخة احتياطية سليمة ({command}).</numerusform>
            <numerusform>وجد فحص السلامة في SQLite تلفًا في الملف (%n ملاحظة). استعِد آخر نسخة احتياطية سليمة ({command}).</numerusform>
            <numerusform>وجد فحص السلامة في SQLite تلفًا في الملف (%n ملاحظة). استعِد آخر نسخة احتياطية سليمة ({command}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{table}: %n row refers/rows refer to {parent} rows that do not exist (a broken foreign key).</source>
        <translation>
            <numerusform>{table}: لا صفوف تشير إلى صفوف غير موجودة في {parent} (رابط مكسور بين السجلات).</numerusform>
            <numerusform>{table}: صف واحد يشير إلى صفوف غير موجودة في {parent} (رابط مكسور بين السجلات).</numerusform>
            <numerusform>{table}: صفان يشيران إلى صفوف غير موجودة في {parent} (رابط مكسور بين السجلات).</numerusform>
            <numerusform>{table}: %n صفوف تشير إلى صفوف غير موجودة في {parent} (رابط مكسور بين السجلات).</numerusform>
            <numerusform>{table}: %n صفًا يشير إلى صفوف غير موجودة في {parent} (رابط مكسور بين السجلات).</numerusform>
            <numerusform>{table}: %n صف يشير إلى صفوف غير موجودة في {parent} (رابط مكسور بين السجلات).</numerusform>
        </translation>
    </message>
    <message>
        <source>This is not a ScarDesk database (it has no schema revision).</source>
        <translation>هذه ليست قاعدة بيانات ScarDesk (لا تحمل إصدارًا للمخطط).</translation>
    </message>
    <message>
        <source>The database has no schema revision: run `{command}`.</source>
        <translation>لا تحمل قاعدة البيانات إصدارًا للمخطط: شغّل الأمر {command}.</translation>
    </message>
    <message>
        <source>The database was written by a newer version of ScarDesk (schema {revision}); install that version to use it.</source>
        <translation>كُتبت قاعدة البيانات بإصدار أحدث من ScarDesk (المخطط {revision})؛ ثبّت ذلك الإصدار لاستخدامها.</translation>
    </message>
    <message>
        <source>The database schema is at revision {revision} but this ScarDesk expects {head}: run `{command}`.</source>
        <translation>مخطط قاعدة البيانات عند الإصدار {revision}، لكن هذا الإصدار من ScarDesk يتوقع {head}: شغّل الأمر {command}.</translation>
    </message>
    <message>
        <source>The audit trail has been tampered with: {finding}</source>
        <translation>جرى العبث بسجل التدقيق: {finding}</translation>
    </message>
    <message>
        <source>{record} cannot be read by this version of ScarDesk ({reason}).</source>
        <translation>لا يستطيع هذا الإصدار من ScarDesk قراءة السجل {record} ({reason}).</translation>
    </message>
    <message>
        <source>{record} cannot be read by this version of ScarDesk.</source>
        <translation>لا يستطيع هذا الإصدار من ScarDesk قراءة السجل {record}.</translation>
    </message>
    <message numerus="yes">
        <source>{table}: %n more row(s) cannot be read either.</source>
        <translation>
            <numerusform>{table}: لا صفوف أخرى تتعذّر قراءتها كذلك.</numerusform>
            <numerusform>{table}: صف آخر تتعذّر قراءته كذلك.</numerusform>
            <numerusform>{table}: صفان آخران تتعذّر قراءتهما كذلك.</numerusform>
            <numerusform>{table}: %n صفوف أخرى تتعذّر قراءتها كذلك.</numerusform>
            <numerusform>{table}: %n صفًا آخر تتعذّر قراءته كذلك.</numerusform>
            <numerusform>{table}: %n صف آخر تتعذّر قراءته كذلك.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The due list&apos;s index differs from the records of %n patient(s) (changed outside ScarDesk, or a fault): the due list shows them wrongly until `{command}` computes it again.</source>
        <translation>
            <numerusform>لا يختلف فهرس قائمة المستحقين للمتابعة عن سجلات أي مريض (تغيير خارج ScarDesk أو خلل)، فتعرضهم القائمة على نحو خاطئ إلى أن يعيد `{command}` حسابه.</numerusform>
            <numerusform>يختلف فهرس قائمة المستحقين للمتابعة عن سجلات مريض واحد (تغيير خارج ScarDesk أو خلل)، فتعرضهم القائمة على نحو خاطئ إلى أن يعيد `{command}` حسابه.</numerusform>
            <numerusform>يختلف فهرس قائمة المستحقين للمتابعة عن سجلات مريضَين (تغيير خارج ScarDesk أو خلل)، فتعرضهم القائمة على نحو خاطئ إلى أن يعيد `{command}` حسابه.</numerusform>
            <numerusform>يختلف فهرس قائمة المستحقين للمتابعة عن سجلات %n مرضى (تغيير خارج ScarDesk أو خلل)، فتعرضهم القائمة على نحو خاطئ إلى أن يعيد `{command}` حسابه.</numerusform>
            <numerusform>يختلف فهرس قائمة المستحقين للمتابعة عن سجلات %n مريضًا (تغيير خارج ScarDesk أو خلل)، فتعرضهم القائمة على نحو خاطئ إلى أن يعيد `{command}` حسابه.</numerusform>
            <numerusform>يختلف فهرس قائمة المستحقين للمتابعة عن سجلات %n مريض (تغيير خارج ScarDesk أو خلل)، فتعرضهم القائمة على نحو خاطئ إلى أن يعيد `{command}` حسابه.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{table}: %n entry differs/entries differ from the session in time, id, patient, practitioner or voiding (changed outside ScarDesk); lot recall lists such entries wrongly: ids {ids}.</source>
        <translation>
            <numerusform>{table}: لا بنود توكسين تختلف عن جلستها في الوقت أو الرقم أو المريض أو الطبيب المعالج أو الإلغاء (تغيير خارج ScarDesk)؛ ويُدرج استدعاء التشغيلة مثل هذه البنود على نحو خاطئ: المعرّفات {ids}.</numerusform>
            <numerusform>{table}: بند توكسين واحد يختلف عن جلسته في الوقت أو الرقم أو المريض أو الطبيب المعالج أو الإلغاء (تغيير خارج ScarDesk)؛ ويُدرج استدعاء التشغيلة مثل هذه البنود على نحو خاطئ: المعرّفات {ids}.</numerusform>
            <numerusform>{table}: بندا توكسين يختلفان عن جلستيهما في الوقت أو الرقم أو المريض أو الطبيب المعالج أو الإلغاء (تغيير خارج ScarDesk)؛ ويُدرج استدعاء التشغيلة مثل هذه البنود على نحو خاطئ: المعرّفات {ids}.</numerusform>
            <numerusform>{table}: %n بنود توكسين تختلف عن جلساتها في الوقت أو الرقم أو المريض أو الطبيب المعالج أو الإلغاء (تغيير خارج ScarDesk)؛ ويُدرج استدعاء التشغيلة مثل هذه البنود على نحو خاطئ: المعرّفات {ids}.</numerusform>
            <numerusform>{table}: %n بندًا من بنود التوكسين يختلف عن جلسته في الوقت أو الرقم أو المريض أو الطبيب المعالج أو الإلغاء (تغيير خارج ScarDesk)؛ ويُدرج استدعاء التشغيلة مثل هذه البنود على نحو خاطئ: المعرّفات {ids}.</numerusform>
            <numerusform>{table}: %n بند توكسين يختلف عن جلسته في الوقت أو الرقم أو المريض أو الطبيب المعالج أو الإلغاء (تغيير خارج ScarDesk)؛ ويُدرج استدعاء التشغيلة مثل هذه البنود على نحو خاطئ: المعرّفات {ids}.</numerusform>
        </translation>
    </message>
    <message>
        <source>expected a JSON object, found {found}</source>
        <translation>المتوقع كائن بصيغة جيسون، والموجود {found}</translation>
    </message>
    <message>
        <source>expected text, found {found}</source>
        <translation>المتوقع نص، والموجود {found}</translation>
    </message>
    <message>
        <source>expected a number, found {found}</source>
        <translation>المتوقع رقم، والموجود {found}</translation>
    </message>
    <message>
        <source>expected a whole number, found {found}</source>
        <translation>المتوقع عدد صحيح، والموجود {found}</translation>
    </message>
    <message>
        <source>expected true or false, found {found}</source>
        <translation>المتوقع صح أو خطأ، والموجود {found}</translation>
    </message>
    <message>
        <source>expected a list, found {found}</source>
        <translation>المتوقع قائمة، والموجود {found}</translation>
    </message>
    <message>
        <source>expected a finite number</source>
        <translation>المتوقع رقم محدود</translation>
    </message>
    <message>
        <source>missing field {field}</source>
        <translation>الحقل {field} مفقود</translation>
    </message>
    <message>
        <source>unknown field(s) {fields}</source>
        <translation>حقول غير معروفة: {fields}</translation>
    </message>
    <message>
        <source>not JSON</source>
        <translation>ليس بصيغة جيسون</translation>
    </message>
    <message>
        <source>text</source>
        <translation>نص</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>رقم</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>عدد صحيح</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>صح أو خطأ</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>قائمة</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>كائن</translation>
    </message>
    <message>
        <source>nothing (null)</source>
        <translation>قيمة فارغة</translation>
    </message>
    <message>
        <source>[edited event] The audit trail: {broken}.</source>
        <translation>[حدث معدَّل] سجل التدقيق: {broken}.</translation>
    </message>
    <message>
        <source>[edited chain settings] The audit chain&apos;s settings row was removed.</source>
        <translation>[إعدادات السلسلة معدَّلة] حُذف صف إعدادات سلسلة التدقيق.</translation>
    </message>
    <message>
        <source>[edited chain settings] The audit chain&apos;s settings row was changed.</source>
        <translation>[إعدادات السلسلة معدَّلة] تغيّر صف إعدادات سلسلة التدقيق.</translation>
    </message>
    <message numerus="yes">
        <source>[missing key] The audit key of this database is not on this computer ({path}), so %n keyed event(s) cannot be verified. Copy the key from the computer that wrote them.</source>
        <translation>
            <numerusform>[مفتاح مفقود] مفتاح التدقيق لقاعدة البيانات هذه غير موجود على هذا الحاسوب ({path})، لذا يتعذّر التحقق من أي حدث مفتاحي. انسخ المفتاح من الحاسوب الذي كتبها.</numerusform>
            <numerusform>[مفتاح مفقود] مفتاح التدقيق لقاعدة البيانات هذه غير موجود على هذا الحاسوب ({path})، لذا يتعذّر التحقق من حدث مفتاحي واحد. انسخ المفتاح من الحاسوب الذي كتبها.</numerusform>
            <numerusform>[مفتاح مفقود] مفتاح التدقيق لقاعدة البيانات هذه غير موجود على هذا الحاسوب ({path})، لذا يتعذّر التحقق من حدثين مفتاحيين. انسخ المفتاح من الحاسوب الذي كتبها.</numerusform>
            <numerusform>[مفتاح مفقود] مفتاح التدقيق لقاعدة البيانات هذه غير موجود على هذا الحاسوب ({path})، لذا يتعذّر التحقق من %n أحداث مفتاحية. انسخ المفتاح من الحاسوب الذي كتبها.</numerusform>
            <numerusform>[مفتاح مفقود] مفتاح التدقيق لقاعدة البيانات هذه غير موجود على هذا الحاسوب ({path})، لذا يتعذّر التحقق من %n حدثًا مفتاحيًا. انسخ المفتاح من الحاسوب الذي كتبها.</numerusform>
            <numerusform>[مفتاح مفقود] مفتاح التدقيق لقاعدة البيانات هذه غير موجود على هذا الحاسوب ({path})، لذا يتعذّر التحقق من %n حدث مفتاحي. انسخ المفتاح من الحاسوب الذي كتبها.</numerusform>
        </translation>
    </message>
    <message>
        <source>[seal mismatch] The audit seal {path} cannot be read.</source>
        <translation>[ختم غير مطابق] تتعذّر قراءة ختم التدقيق {path}.</translation>
    </message>
    <message>
        <source>[edited event] Audit event {seq} was changed after it was written (its content no longer matches its hash).</source>
        <translation>[حدث معدَّل] تغيّر حدث التدقيق {seq} بعد كتابته (لم يعد محتواه يطابق قيمة التجزئة الخاصة به).</translation>
    </message>
    <message>
        <source>[forged event] Audit event {seq} has no keyed hash although the keyed chain began before it: it was not written by ScarDesk.</source>
        <translation>[حدث مزوَّر] حدث التدقيق {seq} بلا تجزئة مفتاحية مع أن السلسلة المفتاحية بدأت قبله: لم يكتبه ScarDesk.</translation>
    </message>
    <message>
        <source>[forged event] Audit event {seq} fails its keyed hash: the log was re-hashed or the event was written without the key (events forged, or removed and the rest recomputed).</source>
        <translation>[حدث مزوَّر] لا يجتاز حدث التدقيق {seq} التحقق من تجزئته المفتاحية: أُعيد حساب تجزئة السجل أو كُتب الحدث دون المفتاح (أحداث مزوَّرة، أو أحداث حُذفت وأُعيد حساب ما بعدها).</translation>
    </message>
    <message>
        <source>[reordered events] Audit events around number {seq} are out of order: events were moved.</source>
        <translation>[أحداث معاد ترتيبها] أحداث التدقيق حول الرقم {seq} ليست بترتيبها: نُقلت أحداث من مواضعها.</translation>
    </message>
    <message>
        <source>[reordered events] Audit event {seq} comes after event {previous}: events were moved.</source>
        <translation>[أحداث معاد ترتيبها] يأتي حدث التدقيق {seq} بعد الحدث {previous}: نُقلت أحداث من مواضعها.</translation>
    </message>
    <message>
        <source>[inserted event] An audit event without a number follows event {previous}.</source>
        <translation>[حدث مُدرَج] يلي الحدثَ {previous} حدثُ تدقيق بلا رقم.</translation>
    </message>
    <message>
        <source>[inserted event] A second audit event numbered {seq} was inserted.</source>
        <translation>[حدث مُدرَج] أُدرج حدث تدقيق ثانٍ يحمل الرقم {seq}.</translation>
    </message>
    <message>
        <source>[inserted event] Audit event {seq} does not follow the event before it: an event was inserted or removed and the numbers rewritten.</source>
        <translation>[حدث مُدرَج] لا يتبع حدث التدقيق {seq} الحدث الذي قبله: أُدرج حدث أو حُذف وأُعيدت كتابة الأرقام.</translation>
    </message>
    <message>
        <source>[deleted event] Audit event {seq} is missing from the log.</source>
        <translation>[حدث محذوف] حدث التدقيق {seq} مفقود من السجل.</translation>
    </message>
    <message>
        <source>[deleted event] Audit events {first}–{last} are missing from the log.</source>
        <translation>[حدث محذوف] أحداث التدقيق من {first} إلى {last} مفقودة من السجل.</translation>
    </message>
    <message>
        <source>[seal missing] The audit seal {name} is missing although the log has keyed events: the anchor was removed (or the database was moved without it).</source>
        <translation>[ختم مفقود] ختم التدقيق {name} مفقود مع أن السجل يحوي أحداثًا مفتاحية: أُزيل هذا المرجع (أو نُقلت قاعدة البيانات من دونه).</translation>
    </message>
    <message>
        <source>[seal mismatch] The seal {name} belongs to another database (chain {chain}): this database was replaced. If that was deliberate, remove the seal file.</source>
        <translation>[ختم غير مطابق] الختم {name} يخص قاعدة بيانات أخرى (السلسلة {chain}): استُبدلت قاعدة البيانات هذه. إن كان ذلك مقصودًا فاحذف ملف الختم.</translation>
    </message>
    <message>
        <source>[seal mismatch] The seal {name} was not written by ScarDesk (its keyed hash fails): it was edited to match the log.</source>
        <translation>[ختم غير مطابق] لم يكتب ScarDesk الختم {name} (لا تجتاز تجزئته المفتاحية التحقق): عُدّل ليطابق السجل.</translation>
    </message>
    <message numerus="yes">
        <source>[cut tail] %n audit event was/audit events were removed from the end of the log: the seal records event {sealed}, the log ends at {last}.</source>
        <translation>
            <numerusform>[نهاية مقتطعة] حُذف %n حدث تدقيق من نهاية السجل: يسجّل الختم الحدث {sealed}، وينتهي السجل عند {last}.</numerusform>
            <numerusform>[نهاية مقتطعة] حُذف حدث تدقيق واحد من نهاية السجل: يسجّل الختم الحدث {sealed}، وينتهي السجل عند {last}.</numerusform>
            <numerusform>[نهاية مقتطعة] حُذف حدثا تدقيق من نهاية السجل: يسجّل الختم الحدث {sealed}، وينتهي السجل عند {last}.</numerusform>
            <numerusform>[نهاية مقتطعة] حُذفت %n أحداث تدقيق من نهاية السجل: يسجّل الختم الحدث {sealed}، وينتهي السجل عند {last}.</numerusform>
            <numerusform>[نهاية مقتطعة] حُذف %n حدثًا من أحداث التدقيق من نهاية السجل: يسجّل الختم الحدث {sealed}، وينتهي السجل عند {last}.</numerusform>
            <numerusform>[نهاية مقتطعة] حُذف %n حدث تدقيق من نهاية السجل: يسجّل الختم الحدث {sealed}، وينتهي السجل عند {last}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[cut tail] %n audit event was/audit events were removed from the end of the log: the seal records event {sealed}, the log has no numbered event left.</source>
        <translation>
            <numerusform>[نهاية مقتطعة] حُذف %n حدث تدقيق من نهاية السجل: يسجّل الختم الحدث {sealed}، ولم يبقَ في السجل أي حدث مرقّم.</numerusform>
            <numerusform>[نهاية مقتطعة] حُذف حدث تدقيق واحد من نهاية السجل: يسجّل الختم الحدث {sealed}، ولم يبقَ في السجل أي حدث مرقّم.</numerusform>
            <numerusform>[نهاية مقتطعة] حُذف حدثا تدقيق من نهاية السجل: يسجّل الختم الحدث {sealed}، ولم يبقَ في السجل أي حدث مرقّم.</numerusform>
            <numerusform>[نهاية مقتطعة] حُذفت %n أحداث تدقيق من نهاية السجل: يسجّل الختم الحدث {sealed}، ولم يبقَ في السجل أي حدث مرقّم.</numerusform>
            <numerusform>[نهاية مقتطعة] حُذف %n حدثًا من أحداث التدقيق من نهاية السجل: يسجّل الختم الحدث {sealed}، ولم يبقَ في السجل أي حدث مرقّم.</numerusform>
            <numerusform>[نهاية مقتطعة] حُذف %n حدث تدقيق من نهاية السجل: يسجّل الختم الحدث {sealed}، ولم يبقَ في السجل أي حدث مرقّم.</numerusform>
        </translation>
    </message>
    <message>
        <source>[forged event] Audit event {seq} is not the event the seal recorded: the log was rewritten from there.</source>
        <translation>[حدث مزوَّر] حدث التدقيق {seq} ليس الحدث الذي سجّله الختم: أُعيدت كتابة السجل ابتداءً منه.</translation>
    </message>
    <message>
        <source>[missing trigger] The append-only trigger {name} on audit_events was dropped.</source>
        <translation>[مُشغِّل مفقود] حُذف مُشغِّل منع التعديل {name} من جدول سجل التدقيق.</translation>
    </message>
    <message>
        <source>[disabled trigger] The append-only trigger {name} on audit_events is disabled (ALTER TABLE ... DISABLE TRIGGER).</source>
        <translation>[مُشغِّل معطَّل] مُشغِّل منع التعديل {name} على جدول سجل التدقيق معطَّل (ALTER TABLE ... DISABLE TRIGGER).</translation>
    </message>
    <message numerus="yes">
        <source>[edited row] {table}: %n row differs/rows differ from the last audited state (changed outside ScarDesk): {rows}.</source>
        <translation>
            <numerusform>[صف معدَّل] {table}: لا صفوف تختلف عن آخر حالة مسجّلة في التدقيق (تغيير خارج ScarDesk): {rows}.</numerusform>
            <numerusform>[صف معدَّل] {table}: صف واحد يختلف عن آخر حالة مسجّلة في التدقيق (تغيير خارج ScarDesk): {rows}.</numerusform>
            <numerusform>[صف معدَّل] {table}: صفان يختلفان عن آخر حالة مسجّلة في التدقيق (تغيير خارج ScarDesk): {rows}.</numerusform>
            <numerusform>[صف معدَّل] {table}: %n صفوف تختلف عن آخر حالة مسجّلة في التدقيق (تغيير خارج ScarDesk): {rows}.</numerusform>
            <numerusform>[صف معدَّل] {table}: %n صفًا يختلف عن آخر حالة مسجّلة في التدقيق (تغيير خارج ScarDesk): {rows}.</numerusform>
            <numerusform>[صف معدَّل] {table}: %n صف يختلف عن آخر حالة مسجّلة في التدقيق (تغيير خارج ScarDesk): {rows}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[unaudited row] {table}: %n row has/rows have no audit event (added outside ScarDesk): ids {ids}.</source>
        <translation>
            <numerusform>[صف بلا تدقيق] {table}: لا صفوف بلا حدث تدقيق (إضافة خارج ScarDesk): المعرّفات {ids}.</numerusform>
            <numerusform>[صف بلا تدقيق] {table}: صف واحد بلا حدث تدقيق (إضافة خارج ScarDesk): المعرّفات {ids}.</numerusform>
            <numerusform>[صف بلا تدقيق] {table}: صفان بلا حدث تدقيق (إضافة خارج ScarDesk): المعرّفات {ids}.</numerusform>
            <numerusform>[صف بلا تدقيق] {table}: %n صفوف بلا حدث تدقيق (إضافة خارج ScarDesk): المعرّفات {ids}.</numerusform>
            <numerusform>[صف بلا تدقيق] {table}: %n صفًا بلا حدث تدقيق (إضافة خارج ScarDesk): المعرّفات {ids}.</numerusform>
            <numerusform>[صف بلا تدقيق] {table}: %n صف بلا حدث تدقيق (إضافة خارج ScarDesk): المعرّفات {ids}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[deleted row] {table}: %n audited row no longer exists/audited rows no longer exist: ids {ids}.</source>
        <translation>
            <numerusform>[صف محذوف] {table}: لا صفوف محذوفة: المعرّفات {ids}.</numerusform>
            <numerusform>[صف محذوف] {table}: صف واحد مسجّل في التدقيق لم يعد موجودًا: المعرّفات {ids}.</numerusform>
            <numerusform>[صف محذوف] {table}: صفان مسجّلان في التدقيق لم يعودا موجودين: المعرّفات {ids}.</numerusform>
            <numerusform>[صف محذوف] {table}: %n صفوف مسجّلة في التدقيق لم تعد موجودة: المعرّفات {ids}.</numerusform>
            <numerusform>[صف محذوف] {table}: %n صفًا مسجّلًا في التدقيق لم يعد موجودًا: المعرّفات {ids}.</numerusform>
            <numerusform>[صف محذوف] {table}: %n صف مسجّل في التدقيق لم يعد موجودًا: المعرّفات {ids}.</numerusform>
        </translation>
    </message>
    <message>
        <source>[edited row] Rows of {table} written in bulk (ids {ids}) no longer match the digest recorded when they were written.</source>
        <translation>[صف معدَّل] صفوف {table} المكتوبة دفعة واحدة (المعرّفات {ids}) لم تعد تطابق الملخّص الرقمي المسجّل عند كتابتها.</translation>
    </message>
    <message>
        <source>{shown} and {more} more</source>
        <translation>{shown} و{more} غيرها</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>، </translation>
    </message>
</context>
</TS>
