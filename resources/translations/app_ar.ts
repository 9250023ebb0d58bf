<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>CarriedBanner</name>
    <message>
        <source>Confir&amp;m as it stands</source>
        <translation>&amp;تأكيد كما هي</translation>
    </message>
    <message>
        <source>Keep the baseline&apos;s answer; choosing a stage or editing the note confirms it too</source>
        <translation>الإبقاء على إجابة خط الأساس؛ واختيار مرحلة أو تعديل المبرِّر يؤكدها أيضًا</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>غير منطبق</translation>
    </message>
    <message>
        <source>Unknown / no data</source>
        <translation>غير معروف / لا توجد بيانات</translation>
    </message>
    <message>
        <source>Carried over from the baseline, to confirm: stage {stage}.</source>
        <translation>منقولة من خط الأساس، بانتظار التأكيد: المرحلة {stage}.</translation>
    </message>
</context>
<context>
    <name>ChoiceCard</name>
    <message>
        <source>{title}: press {key}</source>
        <translation>{title}: اضغط {key}</translation>
    </message>
</context>
<context>
    <name>CreateKeyDialog</name>
    <message>
        <source>Create a signing key</source>
        <translation>إنشاء مفتاح توقيع</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>إنشاء</translation>
    </message>
    <message>
        <source>Enter your name as it should appear on signed reports.</source>
        <translation>أدخل اسمك كما ينبغي أن يظهر في التقارير الموقَّعة.</translation>
    </message>
    <message>
        <source>The passphrase needs at least {n} characters.</source>
        <translation>يجب ألا يقل طول عبارة المرور عن {n} حرفاً.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>عبارتا المرور غير متطابقتين.</translation>
    </message>
    <message>
        <source>Choose where to save the key.</source>
        <translation>اختر مكان حفظ المفتاح.</translation>
    </message>
    <message>
        <source>Save the key as</source>
        <translation>حفظ المفتاح باسم</translation>
    </message>
    <message>
        <source>Signing keys (*.p12)</source>
        <translation>مفاتيح التوقيع (*.p12)</translation>
    </message>
    <message>
        <source>Creating the key (this takes a moment)…</source>
        <translation>جارٍ إنشاء المفتاح (يستغرق ذلك لحظات)…</translation>
    </message>
    <message>
        <source>Creating the signing key</source>
        <translation>إنشاء مفتاح التوقيع</translation>
    </message>
    <message>
        <source>Signing key created</source>
        <translation>تم إنشاء مفتاح التوقيع</translation>
    </message>
    <message>
        <source>{path} is ready.</source>
        <translation>أصبح {path} جاهزاً.</translation>
    </message>
    <message>
        <source>Its fingerprint, which readers of your reports can check with you:
{fp}</source>
        <translation>بصمته، التي يمكن لقرّاء تقاريرك التحقق منها معك:
{fp}</translation>
    </message>
    <message>
        <source>A signing key is a file protected by a passphrase. Keep it and the passphrase safe: anyone who has both can sign reports in your name. Readers of a report can check its fingerprint with you.</source>
        <translation>مفتاح التوقيع ملف محمي بعبارة مرور. احفظ المفتاح وعبارة المرور في مكان آمن: فكل من يحوز الاثنين معاً يستطيع توقيع التقارير باسمك. ويمكن لقرّاء التقرير التحقق من بصمته معك.</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>&amp;اسمك:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>المؤ&amp;سسة:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>عبارة ال&amp;مرور:</translation>
    </message>
    <message>
        <source>At least 8 characters; a few unrelated words are easy to remember</source>
        <translation>8 أحرف على الأقل؛ ويسهل تذكّر بضع كلمات لا رابط بينها</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;كرّرها:</translation>
    </message>
    <message>
        <source>Save &amp;as:</source>
        <translation>حفظ &amp;باسم:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>است&amp;عراض…</translation>
    </message>
</context>
<context>
    <name>CyberAssess</name>
    <message>
        <source>Portable mode: settings are kept next to the program, in {folder}.</source>
        <translation>الوضع المحمول: تُحفظ الإعدادات بجوار البرنامج، في {folder}.</translation>
    </message>
    <message>
        <source>Settings are kept in {folder}.</source>
        <translation>تُحفظ الإعدادات في {folder}.</translation>
    </message>
    <message>
        <source>CyberAssess {version}: assess a country&apos;s capacity to fight cybercrime, offline.</source>
        <translation>CyberAssess {version}: تقييم قدرة البلد على مكافحة الجريمة السيبرانية، دون اتصال بالشبكة.</translation>
    </message>
    <message>
        <source>Works without any network connection. Each assessment is one .cyberassess file that you can copy, e-mail or carry on a USB stick.</source>
        <translation>يعمل دون أي اتصال بالشبكة. كل تقييم ملف .cyberassess واحد يمكنك نسخه أو إرساله بالبريد الإلكتروني أو حمله على ذاكرة USB.</translation>
    </message>
    <message>
        <source>Opening {name}</source>
        <translation>فتح {name}</translation>
    </message>
    <message>
        <source>Open an assessment</source>
        <translation>فتح تقييم</translation>
    </message>
    <message>
        <source>CyberAssess assessments (*.cyberassess);;All files (*)</source>
        <translation>تقييمات CyberAssess (*.cyberassess);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>Creating {name}…</source>
        <translation>جارٍ إنشاء {name}…</translation>
    </message>
    <message>
        <source>Creating the assessment</source>
        <translation>إنشاء التقييم</translation>
    </message>
    <message>
        <source>New follow-up of {name}</source>
        <translation>متابعة جديدة لـ {name}</translation>
    </message>
    <message>
        <source>CyberAssess assessments (*.cyberassess)</source>
        <translation>تقييمات CyberAssess (*.cyberassess)</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>جارٍ كتابة {name}…</translation>
    </message>
    <message>
        <source>Starting the follow-up</source>
        <translation>إنشاء المتابعة</translation>
    </message>
    <message>
        <source>Writing the demo assessment…</source>
        <translation>جارٍ كتابة التقييم التجريبي…</translation>
    </message>
    <message>
        <source>Preparing the demo</source>
        <translation>إعداد التقييم التجريبي</translation>
    </message>
</context>
<context>
    <name>DocumentSession</name>
    <message>
        <source>Read-only</source>
        <translation>للقراءة فقط</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>تم حفظ جميع التغييرات</translation>
    </message>
    <message>
        <source>Opening {name}</source>
        <translation>فتح {name}</translation>
    </message>
    <message>
        <source>Finishing opening {name}…</source>
        <translation>جارٍ إكمال فتح {name}…</translation>
    </message>
    <message>
        <source>Confirm {id}</source>
        <translation>تأكيد {id}</translation>
    </message>
    <message>
        <source>Confirming {id}</source>
        <translation>تأكيد {id}</translation>
    </message>
    <message>
        <source>Undoing the confirmation of {id}</source>
        <translation>التراجع عن تأكيد {id}</translation>
    </message>
    <message>
        <source>Clear the stage of {id}</source>
        <translation>مسح مرحلة {id}</translation>
    </message>
    <message>
        <source>Mark {id} not applicable</source>
        <translation>وضع علامة «غير منطبق» على {id}</translation>
    </message>
    <message>
        <source>Mark {id} unknown</source>
        <translation>وضع علامة «غير معروف» على {id}</translation>
    </message>
    <message>
        <source>Set {id} to stage {stage}</source>
        <translation>تعيين المرحلة {stage} لـ {id}</translation>
    </message>
    <message>
        <source>Change the confidence of {id}</source>
        <translation>تغيير درجة الثقة لـ {id}</translation>
    </message>
    <message>
        <source>Edit the justification of {id}</source>
        <translation>تعديل مبرر {id}</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>Not saved: see the message</source>
        <translation>لم يتم الحفظ: راجع الرسالة</translation>
    </message>
    <message>
        <source>Saving {id}</source>
        <translation>حفظ {id}</translation>
    </message>
    <message>
        <source>Attaching {name}…</source>
        <translation>جارٍ إرفاق {name}…</translation>
    </message>
    <message>
        <source>Attaching evidence</source>
        <translation>إرفاق الأدلة</translation>
    </message>
    <message>
        <source>Attach {names}</source>
        <translation>إرفاق {names}</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>إزالة {name}</translation>
    </message>
    <message>
        <source>Removing {name}</source>
        <translation>إزالة {name}</translation>
    </message>
    <message>
        <source>Attaching {name}</source>
        <translation>إرفاق {name}</translation>
    </message>
    <message>
        <source>Saving a copy as {name}…</source>
        <translation>جارٍ حفظ نسخة باسم {name}…</translation>
    </message>
    <message>
        <source>Saved as {name}</source>
        <translation>تم الحفظ باسم {name}</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>حفظ باسم</translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>تم الحفظ في {time}</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>The file is damaged</source>
        <translation>الملف تالف</translation>
    </message>
    <message>
        <source>Not an assessment file</source>
        <translation>ليس ملف تقييم</translation>
    </message>
    <message>
        <source>Made by a newer CyberAssess</source>
        <translation>أُنشئ بإصدار أحدث من CyberAssess</translation>
    </message>
    <message>
        <source>Open in another window</source>
        <translation>مفتوح في نافذة أخرى</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>تعذّر الحفظ</translation>
    </message>
    <message>
        <source>Evidence file</source>
        <translation>ملف الأدلة</translation>
    </message>
    <message>
        <source>Please check</source>
        <translation>يُرجى التحقق</translation>
    </message>
    <message>
        <source>CyberAssess</source>
        <translation>CyberAssess</translation>
    </message>
    <message>
        <source>Unexpected problem</source>
        <translation>مشكلة غير متوقعة</translation>
    </message>
    <message>
        <source>The computer ran out of memory.</source>
        <translation>نفدت ذاكرة الحاسوب.</translation>
    </message>
    <message>
        <source>Close other programs and try again.</source>
        <translation>أغلق البرامج الأخرى ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The system reported a problem with a file{name}: {reason}.</source>
        <translation>أبلغ النظام عن مشكلة في ملف{name}: {reason}.</translation>
    </message>
    <message>
        <source>Check the drive and the folder, then try again.</source>
        <translation>تحقق من محرك الأقراص والمجلد، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({kind}).</source>
        <translation>حدث خطأ غير متوقع ({kind}).</translation>
    </message>
    <message>
        <source>Everything shown as saved is safe. Please report this problem and send the log file {log}.</source>
        <translation>كل ما يظهر على أنه محفوظ في أمان. يُرجى الإبلاغ عن هذه المشكلة وإرسال ملف السجل {log}.</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>The PDF report</source>
        <translation>تقرير PDF</translation>
    </message>
    <message>
        <source>The Excel matrix</source>
        <translation>مصفوفة Excel</translation>
    </message>
    <message>
        <source>{what} is not available in this version of CyberAssess yet ({why}).</source>
        <translation>لا يتوفر في هذا الإصدار من CyberAssess بعدُ {what} ({why}).</translation>
    </message>
    <message>
        <source>Not possible while the assessment is read-only (use Save As)</source>
        <translation>غير ممكن ما دام التقييم للقراءة فقط (استخدم «حفظ باسم»)</translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation>تقرير PDF</translation>
    </message>
    <message>
        <source>Excel matrix</source>
        <translation>مصفوفة Excel</translation>
    </message>
    <message>
        <source>Word draft</source>
        <translation>مسودة Word</translation>
    </message>
    <message>
        <source>Sealed package</source>
        <translation>حزمة مختومة</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>غير موقَّع</translation>
    </message>
    <message>
        <source>report</source>
        <translation>تقرير</translation>
    </message>
    <message>
        <source>Exporting the PDF report</source>
        <translation>تصدير تقرير PDF</translation>
    </message>
    <message>
        <source>Signed by {signer}.</source>
        <translation>موقَّع من {signer}.</translation>
    </message>
    <message>
        <source>Not signed.</source>
        <translation>غير موقَّع.</translation>
    </message>
    <message>
        <source>PDF report written</source>
        <translation>تمت كتابة تقرير PDF</translation>
    </message>
    <message>
        <source>{path} ({pages} pages) is ready.</source>
        <translation>أصبح {path} جاهزاً (عدد الصفحات: {pages}).</translation>
    </message>
    <message>
        <source>Export the Word draft</source>
        <translation>تصدير مسودة Word</translation>
    </message>
    <message>
        <source>draft report</source>
        <translation>مسودة التقرير</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>مستندات Word (*.docx)</translation>
    </message>
    <message>
        <source>Word draft written</source>
        <translation>تم حفظ مسودة Word</translation>
    </message>
    <message>
        <source>{path} is ready for comments.</source>
        <translation>{path} جاهز للتعليقات.</translation>
    </message>
    <message>
        <source>It is not signed: the signed PDF is the final report.</source>
        <translation>إنه غير موقَّع: ملف PDF الموقَّع هو التقرير النهائي.</translation>
    </message>
    <message>
        <source>Exporting the Word draft</source>
        <translation>جارٍ تصدير مسودة Word</translation>
    </message>
    <message>
        <source>Verify a PDF report</source>
        <translation>التحقق من تقرير PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation>ملفات PDF (*.pdf);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation>جارٍ فحص {name}…</translation>
    </message>
    <message>
        <source>Verifying the report</source>
        <translation>التحقق من التقرير</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>التحقق</translation>
    </message>
    <message>
        <source>handover</source>
        <translation>تسليم</translation>
    </message>
    <message>
        <source>Reading the certificates and your key…</source>
        <translation>جارٍ قراءة الشهادات ومفتاحك…</translation>
    </message>
    <message>
        <source>Sealing the package</source>
        <translation>ختم الحزمة</translation>
    </message>
    <message>
        <source>Package sealed</source>
        <translation>تم ختم الحزمة</translation>
    </message>
    <message>
        <source>{path} is ready for {recipients}.</source>
        <translation>{path} جاهز لـ {recipients}.</translation>
    </message>
    <message>
        <source>Signed by {signer}. Package SHA-256 {sha}.</source>
        <translation>موقّع من {signer}. بصمة SHA-256 للحزمة: {sha}.</translation>
    </message>
    <message>
        <source>matrix</source>
        <translation>مصفوفة</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>جارٍ كتابة {name}…</translation>
    </message>
    <message>
        <source>Excel matrix written</source>
        <translation>تمت كتابة مصفوفة Excel</translation>
    </message>
    <message>
        <source>{path} is ready.</source>
        <translation>أصبح {path} جاهزاً.</translation>
    </message>
    <message>
        <source>Exporting the Excel matrix</source>
        <translation>تصدير مصفوفة Excel</translation>
    </message>
    <message>
        <source>Import a matrix</source>
        <translation>استيراد مصفوفة</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>مصنفات Excel (*.xlsx);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>جارٍ قراءة {name}…</translation>
    </message>
    <message>
        <source>Reading the matrix</source>
        <translation>قراءة المصفوفة</translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>لا يوجد ما يُستورد</translation>
    </message>
    <message>
        <source>The matrix holds no answer that this assessment does not already have.</source>
        <translation>لا تتضمن المصفوفة أي إجابة غير موجودة أصلاً في هذا التقييم.</translation>
    </message>
    <message>
        <source>{n} rows were not read.</source>
        <translation>عدد الصفوف التي لم تُقرأ: {n}.</translation>
    </message>
    <message>
        <source>Importing the answers…</source>
        <translation>جارٍ استيراد الإجابات…</translation>
    </message>
    <message>
        <source>Import {name}</source>
        <translation>استيراد {name}</translation>
    </message>
    <message>
        <source>{applied} answers imported, {kept} of yours kept, {rejected} rows not read.</source>
        <translation>الإجابات المستوردة: {applied}، وإجاباتك المُبقاة: {kept}، والصفوف التي لم تُقرأ: {rejected}.</translation>
    </message>
    <message>
        <source>Changed meanwhile, so left as they are: {ids}.</source>
        <translation>تغيّرت في الأثناء، فتُركت على حالها: {ids}.</translation>
    </message>
    <message>
        <source>Matrix imported</source>
        <translation>تم استيراد المصفوفة</translation>
    </message>
    <message>
        <source>The import is done; Undo reverses it.</source>
        <translation>اكتمل الاستيراد؛ ويمكن إلغاؤه بالأمر «تراجع».</translation>
    </message>
    <message>
        <source>Importing the matrix</source>
        <translation>استيراد المصفوفة</translation>
    </message>
    <message>
        <source>Signed PDF report</source>
        <translation>تقرير PDF موقَّع</translation>
    </message>
    <message>
        <source>The report for the ministry and partners: executive summary, methodology, findings by dimension, action plan and annexes, with every answer and its justification. Signing the PDF with your key lets anyone check who produced it and that it has not been changed since. The Word draft is the same report, editable, for comments before the final.</source>
        <translation>التقرير الموجَّه إلى الوزارة والشركاء: الملخص التنفيذي والمنهجية والاستنتاجات حسب البُعد وخطة العمل والمرفقات، مع كل إجابة وتعليلها. ويتيح توقيع ملف PDF بمفتاحك لأي شخص التحقق ممن أعدّه ومن أنه لم يُعدَّل منذ ذلك الحين. ومسودة Word هي التقرير نفسه في صيغة قابلة للتحرير، لجمع التعليقات قبل الصيغة النهائية.</translation>
    </message>
    <message>
        <source>Export the &amp;PDF report…</source>
        <translation>تصدير &amp;تقرير PDF…</translation>
    </message>
    <message>
        <source>The same report as an editable Word document, for the ministry&apos;s comments before the final, signed PDF</source>
        <translation>التقرير نفسه في مستند Word قابل للتحرير، لتعليقات الوزارة قبل ملف PDF النهائي الموقَّع</translation>
    </message>
    <message>
        <source>Export &amp;Word draft…</source>
        <translation>تصدير مسودة &amp;Word…</translation>
    </message>
    <message>
        <source>&amp;Verify a PDF report…</source>
        <translation>&amp;التحقق من تقرير PDF…</translation>
    </message>
    <message>
        <source>One sheet per dimension, for partners who collect matrices and for assessors working apart. Importing a matrix shows every answer that differs from yours so that you choose; nothing is overwritten silently.</source>
        <translation>ورقة لكل بُعد، للشركاء الذين يجمعون المصفوفات وللمقيِّمين الذين يعمل كل منهم على حدة. ويعرض استيراد المصفوفة كل إجابة تختلف عن إجابتك لتختار بينهما؛ ولا يُستبدل أي شيء دون علمك.</translation>
    </message>
    <message>
        <source>Export the E&amp;xcel matrix…</source>
        <translation>تصدير م&amp;صفوفة Excel…</translation>
    </message>
    <message>
        <source>&amp;Import a matrix…</source>
        <translation>است&amp;يراد مصفوفة…</translation>
    </message>
    <message>
        <source>Sealed handover package</source>
        <translation>حزمة تسليم مختومة</translation>
    </message>
    <message>
        <source>The signed report, the matrix and, if you wish, the assessment file, in one package that only the recipients you choose can open, signed by you so that they can check it is unchanged. Partners open it with CyberAssess or OpenSSL.</source>
        <translation>التقرير الموقّع والمصفوفة، وملف التقييم إن شئت، في حزمة واحدة لا يفتحها إلا المستلمون الذين تختارهم، موقّعة منك ليتحققوا من أنها لم تتغير. يفتحها الشركاء باستخدام CyberAssess أو OpenSSL.</translation>
    </message>
    <message>
        <source>&amp;Seal for handover…</source>
        <translation>&amp;ختم للتسليم…</translation>
    </message>
    <message>
        <source>Exports recorded in this assessment:</source>
        <translation>عمليات التصدير المسجَّلة في هذا التقييم:</translation>
    </message>
    <message>
        <source>Exports recorded in this assessment</source>
        <translation>عمليات التصدير المسجَّلة في هذا التقييم</translation>
    </message>
    <message>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>الموقِّع</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
</context>
<context>
    <name>FindingsPage</name>
    <message>
        <source>Country context</source>
        <translation>السياق الوطني</translation>
    </message>
    <message>
        <source>Headline messages (executive summary)</source>
        <translation>الرسائل الرئيسية (الملخص التنفيذي)</translation>
    </message>
    <message>
        <source>Acknowledgements</source>
        <translation>شكر وتقدير</translation>
    </message>
    <message>
        <source>{number}. {title}</source>
        <translation>{number}. {title}</translation>
    </message>
    <message>
        <source>The few messages a minister should read first; the executive summary opens with them.</source>
        <translation>الرسائل القليلة التي ينبغي أن يقرأها الوزير أولاً؛ ويبدأ بها الملخص التنفيذي.</translation>
    </message>
    <message>
        <source>The country&apos;s situation, institutions and the threat it faces, for the introduction.</source>
        <translation>وضع البلد ومؤسساته والتهديد الذي يواجهه، للمقدمة.</translation>
    </message>
    <message>
        <source>Whom the review team thanks, printed in the report&apos;s front matter.</source>
        <translation>من يشكرهم فريق التقييم، ويُطبع ذلك في الصفحات التمهيدية للتقرير.</translation>
    </message>
    <message>
        <source>Key findings, strengths and gaps. No indicator of this dimension has a stage yet.</source>
        <translation>النتائج الرئيسية ومواطن القوة والثغرات. لم تُحدَّد بعد مرحلة أي مؤشر في هذا البعد.</translation>
    </message>
    <message>
        <source>Key findings, strengths and gaps. Score {score} ({stage}); {rated} of {applicable} applicable indicators rated.</source>
        <translation>النتائج الرئيسية ومواطن القوة والثغرات. الدرجة {score} ({stage})؛ قُيِّم {rated} من أصل {applicable} مؤشراً منطبقاً.</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>غير مقيَّم</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>لا ينطبق</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Sections of the review</source>
        <translation>أقسام التقييم</translation>
    </message>
    <message>
        <source>Text of the section</source>
        <translation>نص القسم</translation>
    </message>
    <message>
        <source>Proposed text, drafted from the answers</source>
        <translation>نص مقترح، مُعدّ انطلاقاً من الإجابات</translation>
    </message>
    <message>
        <source>&amp;Use this text</source>
        <translation>ا&amp;ستخدام هذا النص</translation>
    </message>
    <message>
        <source>A&amp;dd it after mine</source>
        <translation>إ&amp;ضافته بعد نصي</translation>
    </message>
    <message>
        <source>Di&amp;smiss</source>
        <translation>ت&amp;جاهل</translation>
    </message>
    <message>
        <source>The dimension&apos;s indicators</source>
        <translation>مؤشرات البعد</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>التبرير</translation>
    </message>
    <message>
        <source>&amp;Draft from answers</source>
        <translation>&amp;صياغة من الإجابات</translation>
    </message>
    <message>
        <source>Propose a starting text from the dimension&apos;s answers, justifications and stage descriptors; your text is not changed until you choose to use it</source>
        <translation>يقترح نصاً أولياً انطلاقاً من إجابات البعد وتبريراتها وواصفات مراحلها؛ ولا يتغير نصك إلا إذا اخترت استخدامه</translation>
    </message>
    <message>
        <source>Paragraphs are separated by an empty line; &quot;- &quot; starts a bullet, **bold** and *italic* are kept.</source>
        <translation>تُفصل الفقرات بسطر فارغ؛ ويبدأ &quot;- &quot; نقطة تعداد، ويُحتفظ بـ **الغامق** و*المائل*.</translation>
    </message>
</context>
<context>
    <name>Guidance</name>
    <message>
        <source>Guidance</source>
        <translation>الإرشادات</translation>
    </message>
    <message>
        <source>Documents to review</source>
        <translation>الوثائق الواجب مراجعتها</translation>
    </message>
    <message>
        <source>Whom to interview</source>
        <translation>الأشخاص الواجب مقابلتهم</translation>
    </message>
    <message>
        <source>Art. {n}</source>
        <translation>المادة {n}</translation>
    </message>
    <message>
        <source>Treaty references (open one to read the article)</source>
        <translation>الإشارات إلى المعاهدات (افتح إحداها لقراءة المادة)</translation>
    </message>
    <message>
        <source>Good practice</source>
        <translation>الممارسات الجيدة</translation>
    </message>
    <message>
        <source>Add this step to the action plan</source>
        <translation>إضافة هذه الخطوة إلى خطة العمل</translation>
    </message>
    <message>
        <source>Next step from {stage}</source>
        <translation>الخطوة التالية بعد مرحلة «{stage}»</translation>
    </message>
</context>
<context>
    <name>ImportMatrixDialog</name>
    <message>
        <source>Import {name}</source>
        <translation>استيراد {name}</translation>
    </message>
    <message>
        <source>{new} new answers will be added, {conflicts} differ from yours, {same} are the same, and {rejected} rows could not be read.</source>
        <translation>إجابات جديدة ستُضاف: {new}؛ إجابات تختلف عن إجاباتك: {conflicts}؛ إجابات متطابقة: {same}؛ صفوف تعذّرت قراءتها: {rejected}.</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>إجابتي</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>إجابتهم</translation>
    </message>
    <message>
        <source>Keep for {id}</source>
        <translation>الإجابة المحتفَظ بها لـ {id}</translation>
    </message>
    <message>
        <source>Rows not imported:</source>
        <translation>الصفوف التي لم تُستورد:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>Signed by {signer} (certificate SHA-256 {fingerprint}): the answers, names and times are as they were signed.</source>
        <translation>موقّع من {signer} (شهادة SHA-256 {fingerprint}): الإجابات والأسماء والأوقات كما وُقّعت.</translation>
    </message>
    <message>
        <source>The same key signed earlier exports of this assessment.</source>
        <translation>وقّع المفتاح نفسه عمليات تصدير سابقة لهذا التقييم.</translation>
    </message>
    <message>
        <source>This key signed no earlier export of this assessment: compare the fingerprint with the one the signer gave you, since anyone can make a key in any name.</source>
        <translation>لم يوقّع هذا المفتاح أي تصدير سابق لهذا التقييم: قارن البصمة بالبصمة التي أعطاك إياها الموقّع، إذ يمكن لأي شخص إنشاء مفتاح بأي اسم.</translation>
    </message>
    <message>
        <source>The signature does not match: {reason}. The names and times in this workbook prove nothing; check the differing answers carefully.</source>
        <translation>التوقيع غير مطابق: {reason}. الأسماء والأوقات في هذا المصنف لا تثبت شيئًا؛ راجع الإجابات المختلفة بعناية.</translation>
    </message>
    <message>
        <source>This workbook is not signed: anyone could have changed its answers, names and times without it showing.</source>
        <translation>هذا المصنف غير موقّع: كان بإمكان أي شخص تغيير إجاباته وأسمائه وأوقاته دون أن يظهر ذلك.</translation>
    </message>
    <message>
        <source>Its answers were changed outside CyberAssess after it was exported. Check the differing answers carefully.</source>
        <translation>عُدّلت إجاباته خارج CyberAssess بعد تصديره. راجع الإجابات المختلفة بعناية.</translation>
    </message>
    <message>
        <source>no stage</source>
        <translation>بلا مرحلة</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>غير منطبق</translation>
    </message>
    <message>
        <source>Unknown / no data</source>
        <translation>غير معروف / لا توجد بيانات</translation>
    </message>
    <message>
        <source>low</source>
        <translation>منخفضة</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>متوسطة</translation>
    </message>
    <message>
        <source>high</source>
        <translation>مرتفعة</translation>
    </message>
    <message>
        <source>confidence {c}</source>
        <translation>درجة الثقة {c}</translation>
    </message>
    <message>
        <source>by {who}, {when}</source>
        <translation>من {who}، {when}</translation>
    </message>
    <message>
        <source>&amp;Answers that differ: choose which one to keep for each</source>
        <translation>&amp;الإجابات المختلفة: اختر الإجابة التي تحتفظ بها في كل منها</translation>
    </message>
    <message>
        <source>Answers that differ</source>
        <translation>الإجابات المختلفة</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <source>Mine (this assessment)</source>
        <translation>إجابتي (هذا التقييم)</translation>
    </message>
    <message>
        <source>Theirs (the matrix)</source>
        <translation>إجابتهم (المصفوفة)</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>الإبقاء</translation>
    </message>
    <message>
        <source>Keep &amp;all mine</source>
        <translation>الإبقاء على &amp;كل إجاباتي</translation>
    </message>
    <message>
        <source>Take all &amp;theirs</source>
        <translation>اعتماد كل إ&amp;جاباتهم</translation>
    </message>
    <message>
        <source>Rows that were not imported</source>
        <translation>الصفوف التي لم تُستورد</translation>
    </message>
</context>
<context>
    <name>IndicatorPage</name>
    <message>
        <source>&amp;Justification: what you saw, read or heard (key {key} to write, Esc to leave)</source>
        <translation>ال&amp;مبرر: ما شاهدته أو قرأته أو سمعته (المفتاح {key} للكتابة، وEsc للخروج)</translation>
    </message>
    <message>
        <source>How sure are you of this answer? (keys {high}, {medium}, {low})</source>
        <translation>ما مدى ثقتك بهذه الإجابة؟ (المفاتيح {high} و{medium} و{low})</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>غير منطبق</translation>
    </message>
    <message>
        <source>Does not apply in this country. Not scored.</source>
        <translation>لا ينطبق في هذا البلد. لا يُحتسب في الدرجات.</translation>
    </message>
    <message>
        <source>Unknown / no data</source>
        <translation>غير معروف / لا توجد بيانات</translation>
    </message>
    <message>
        <source>No reliable information yet. Not scored; listed for follow-up.</source>
        <translation>لا تتوفر معلومات موثوقة بعدُ. لا يُحتسب في الدرجات؛ ويُدرج للمتابعة.</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>غير محددة</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>منخفضة</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>متوسطة</translation>
    </message>
    <message>
        <source>High</source>
        <translation>عالية</translation>
    </message>
    <message>
        <source>Indicator {n} of {total}</source>
        <translation>المؤشر {n} من {total}</translation>
    </message>
    <message>
        <source>an assessor</source>
        <translation>أحد المقيِّمين</translation>
    </message>
    <message>
        <source>Last changed by {who}, {when}</source>
        <translation>آخر تعديل بواسطة {who}، {when}</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>لم تتم الإجابة بعدُ</translation>
    </message>
    <message>
        <source>Added by {who}, {when}
SHA-256 {sha}</source>
        <translation>أضافه {who}، {when}
SHA-256 {sha}</translation>
    </message>
    <message>
        <source>Attach evidence to {id}</source>
        <translation>إرفاق أدلة بـ {id}</translation>
    </message>
    <message>
        <source>Opening {name}</source>
        <translation>فتح {name}</translation>
    </message>
    <message>
        <source>Maturity stage (keys 1–5)</source>
        <translation>مرحلة النضج (المفاتيح 1–5)</translation>
    </message>
    <message>
        <source>&amp;Confidence:</source>
        <translation>&amp;درجة الثقة:</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>درجة الثقة</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>المبرر</translation>
    </message>
    <message>
        <source>Name the documents you reviewed and the people you interviewed, and what they show.</source>
        <translation>اذكر الوثائق التي راجعتها والأشخاص الذين قابلتهم، وما يتبيّن منها ومنهم.</translation>
    </message>
    <message>
        <source>E&amp;vidence files (drop files anywhere on this page to attach them)</source>
        <translation>ملفات &amp;الأدلة (أفلت الملفات في أي مكان من هذه الصفحة لإرفاقها)</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>ملفات الأدلة</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>إ&amp;ضافة ملفات…</translation>
    </message>
    <message>
        <source>Attach documents, photos or notes to this indicator (Ctrl+Shift+A)</source>
        <translation>إرفاق وثائق أو صور أو ملاحظات بهذا المؤشر (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;فتح</translation>
    </message>
    <message>
        <source>Open the selected file with its usual program</source>
        <translation>فتح الملف المحدد باستخدام البرنامج المعتاد له</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>إ&amp;زالة</translation>
    </message>
    <message>
        <source>Remove the selected file from the assessment (Undo brings it back)</source>
        <translation>إزالة الملف المحدد من التقييم (يستعيده الأمر «تراجع»)</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>الإرشادات</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>السابق</translation>
    </message>
    <message>
        <source>Next unanswered</source>
        <translation>التالي غير المُجاب عنه</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>Treaty articles</source>
        <translation>مواد المعاهدات</translation>
    </message>
    <message>
        <source>Toolkit chapters</source>
        <translation>فصول مجموعة الأدوات</translation>
    </message>
    <message>
        <source>Framework guidance</source>
        <translation>إرشادات الإطار</translation>
    </message>
    <message>
        <source>Justifications</source>
        <translation>المبررات</translation>
    </message>
    <message>
        <source>Narratives</source>
        <translation>النصوص السردية</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <source>{id} — your justification: {question}</source>
        <translation>{id} — مبرراتك: {question}</translation>
    </message>
    <message>
        <source>Narrative: {section}</source>
        <translation>النص السردي: {section}</translation>
    </message>
    <message>
        <source>question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <source>guidance</source>
        <translation>الإرشادات</translation>
    </message>
    <message>
        <source>documents to review</source>
        <translation>الوثائق المطلوب مراجعتها</translation>
    </message>
    <message>
        <source>whom to interview</source>
        <translation>من تجب مقابلتهم</translation>
    </message>
    <message>
        <source>stage descriptors</source>
        <translation>أوصاف المراحل</translation>
    </message>
    <message>
        <source>recommendations</source>
        <translation>التوصيات</translation>
    </message>
    <message>
        <source>Article {number} – {title}</source>
        <translation>المادة {number} – {title}</translation>
    </message>
    <message>
        <source>{instrument}, art. {number}</source>
        <translation>{instrument}، المادة {number}</translation>
    </message>
    <message>
        <source>Open in the Treaty table</source>
        <translation>فتح في جدول المعاهدات</translation>
    </message>
    <message>
        <source>Also in the library in: {languages}</source>
        <translation>متوفر أيضًا في المكتبة باللغات: {languages}</translation>
    </message>
    <message>
        <source>The text of this provision is not in the library.</source>
        <translation>نص هذا الحكم غير موجود في المكتبة.</translation>
    </message>
    <message>
        <source>Indicators citing it</source>
        <translation>المؤشرات التي تستشهد بها</translation>
    </message>
    <message>
        <source>Corresponding provisions</source>
        <translation>الأحكام المقابلة</translation>
    </message>
    <message>
        <source>Provisions of the other instruments cited by the same indicators.</source>
        <translation>أحكام الصكوك الأخرى التي تستشهد بها المؤشرات نفسها.</translation>
    </message>
    <message>
        <source>Cited with it by: {ids}</source>
        <translation>يستشهد بها معها: {ids}</translation>
    </message>
    <message>
        <source>Also corresponding:</source>
        <translation>أحكام مقابلة أخرى:</translation>
    </message>
    <message>
        <source>The text is not in the library.</source>
        <translation>النص غير موجود في المكتبة.</translation>
    </message>
    <message>
        <source>Good practice: dimension</source>
        <translation>الممارسات الجيدة: بُعد</translation>
    </message>
    <message>
        <source>Good practice: topic</source>
        <translation>الممارسات الجيدة: موضوع</translation>
    </message>
    <message>
        <source>This chapter is not yet translated; it is shown in English.</source>
        <translation>هذا الفصل غير مترجم بعد؛ يُعرض باللغة الإنجليزية.</translation>
    </message>
    <message>
        <source>Indicators it serves</source>
        <translation>المؤشرات التي يخدمها</translation>
    </message>
    <message>
        <source>Treaty provisions it discusses</source>
        <translation>أحكام المعاهدات التي يتناولها</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <source>All languages</source>
        <translation>جميع اللغات</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>الكل</translation>
    </message>
    <message>
        <source>Treaty articles</source>
        <translation>مواد المعاهدات</translation>
    </message>
    <message>
        <source>Toolkit chapters</source>
        <translation>فصول مجموعة الأدوات</translation>
    </message>
    <message>
        <source>Framework guidance</source>
        <translation>إرشادات الإطار</translation>
    </message>
    <message>
        <source>This assessment</source>
        <translation>هذا التقييم</translation>
    </message>
    <message>
        <source>Type words to search; every word must appear. End a word with * for a prefix.</source>
        <translation>اكتب كلمات للبحث؛ يجب أن تظهر كل كلمة. أنهِ الكلمة بـ * للبحث عن بادئة.</translation>
    </message>
    <message>
        <source>Indexing this assessment&apos;s justifications, narratives and evidence…</source>
        <translation>جارٍ فهرسة مبررات هذا التقييم ونصوصه السردية وأدلته…</translation>
    </message>
    <message>
        <source>Nothing found for “{query}”.</source>
        <translation>لم يُعثر على شيء لـ «{query}».</translation>
    </message>
    <message>
        <source>(updating with your latest changes…)</source>
        <translation>(جارٍ التحديث بآخر تعديلاتك…)</translation>
    </message>
    <message>
        <source>1 result</source>
        <translation>نتيجة واحدة</translation>
    </message>
    <message>
        <source>{n} results, best first</source>
        <translation>النتائج: {n}، الأفضل أولاً</translation>
    </message>
    <message>
        <source>1 evidence file could not be read and is not searched.</source>
        <translation>تعذرت قراءة ملف دليل واحد ولا يشمله البحث.</translation>
    </message>
    <message>
        <source>{n} evidence files could not be read and are not searched.</source>
        <translation>تعذرت قراءة ملفات أدلة عددها {n} ولا يشملها البحث.</translation>
    </message>
    <message>
        <source>The assessment could not be indexed: {why}</source>
        <translation>تعذرت فهرسة التقييم: {why}</translation>
    </message>
    <message>
        <source>Country context</source>
        <translation>سياق البلد</translation>
    </message>
    <message>
        <source>Headline messages</source>
        <translation>الرسائل الرئيسية</translation>
    </message>
    <message>
        <source>Acknowledgements</source>
        <translation>شكر وتقدير</translation>
    </message>
    <message>
        <source>{title}. {publisher}; {source} (retrieved {date}).</source>
        <translation>{title}. {publisher}؛ {source} (استُرجع في {date}).</translation>
    </message>
    <message>
        <source>Treaty texts</source>
        <translation>نصوص المعاهدات</translation>
    </message>
    <message>
        <source>Art. {number} – {title}</source>
        <translation>المادة {number} – {title}</translation>
    </message>
    <message>
        <source>Provisions cited by the framework</source>
        <translation>الأحكام التي يستشهد بها الإطار</translation>
    </message>
    <message>
        <source>Art. {number}</source>
        <translation>المادة {number}</translation>
    </message>
    <message>
        <source>Cited by {ids}</source>
        <translation>يستشهد بها: {ids}</translation>
    </message>
    <message>
        <source>Good practice (toolkit)</source>
        <translation>الممارسات الجيدة (مجموعة الأدوات)</translation>
    </message>
    <message>
        <source>By dimension</source>
        <translation>حسب البُعد</translation>
    </message>
    <message>
        <source>By topic</source>
        <translation>حسب الموضوع</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>المكتبة</translation>
    </message>
    <message>
        <source>Search the treaty texts, the framework&apos;s guidance in its four languages and this assessment&apos;s justifications, narratives and evidence files. Open an article to read it beside the corresponding provisions of the other instruments.</source>
        <translation>ابحث في نصوص المعاهدات وإرشادات الإطار بلغاته الأربع ومبررات هذا التقييم ونصوصه السردية وملفات أدلته. افتح مادة لقراءتها بجانب الأحكام المقابلة في الصكوك الأخرى.</translation>
    </message>
    <message>
        <source>Shipped: {texts} — {count} articles.</source>
        <translation>المرفق: {texts} — {count} مادة.</translation>
    </message>
    <message>
        <source>Search the treaties, the guidance and this assessment (Ctrl+Shift+F)</source>
        <translation>ابحث في المعاهدات والإرشادات وهذا التقييم (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>البحث في المكتبة</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;عرض:</translation>
    </message>
    <message>
        <source>Library contents</source>
        <translation>محتويات المكتبة</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>نتائج البحث</translation>
    </message>
    <message>
        <source>Article or chapter</source>
        <translation>مادة أو فصل</translation>
    </message>
</context>
<context>
    <name>LibrarySearch</name>
    <message>
        <source>Indexing the assessment</source>
        <translation>جارٍ فهرسة التقييم</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <source>N</source>
        <comment>one-letter key: Not applicable</comment>
        <translation>N</translation>
    </message>
    <message>
        <source>U</source>
        <comment>one-letter key: Unknown / no data</comment>
        <translation>U</translation>
    </message>
    <message>
        <source>H</source>
        <comment>one-letter key: Confidence high</comment>
        <translation>H</translation>
    </message>
    <message>
        <source>M</source>
        <comment>one-letter key: Confidence medium</comment>
        <translation>M</translation>
    </message>
    <message>
        <source>L</source>
        <comment>one-letter key: Confidence low</comment>
        <translation>L</translation>
    </message>
    <message>
        <source>J</source>
        <comment>one-letter key: Write the justification</comment>
        <translation>J</translation>
    </message>
    <message>
        <source>&amp;New assessment…</source>
        <translation>تقييم &amp;جديد…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;فتح…</translation>
    </message>
    <message>
        <source>New &amp;follow-up…</source>
        <translation>متابعة &amp;جديدة…</translation>
    </message>
    <message>
        <source>Start a follow-up of this assessment: its answers and action plan carried over, to confirm</source>
        <translation>بدء متابعة لهذا التقييم: تُنقل إجاباته وخطة عمله بانتظار التأكيد</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>حفظ &amp;باسم…</translation>
    </message>
    <message>
        <source>Save a copy under a new name and continue working on the copy</source>
        <translation>حفظ نسخة باسم جديد ومواصلة العمل على النسخة</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>إ&amp;غلاق</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;الإعدادات…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;إعادة</translation>
    </message>
    <message>
        <source>&amp;Find indicator…</source>
        <translation>ال&amp;بحث عن مؤشر…</translation>
    </message>
    <message>
        <source>&amp;Search the library…</source>
        <translation>ال&amp;بحث في المكتبة…</translation>
    </message>
    <message>
        <source>Search the treaty texts, the framework&apos;s guidance and this assessment</source>
        <translation>ابحث في نصوص المعاهدات وإرشادات الإطار وهذا التقييم</translation>
    </message>
    <message>
        <source>Stage &amp;{n}</source>
        <translation>المرحلة &amp;{n}</translation>
    </message>
    <message>
        <source>Choose stage {n}</source>
        <translation>اختيار المرحلة {n}</translation>
    </message>
    <message>
        <source>&amp;Not applicable</source>
        <translation>&amp;غير منطبق</translation>
    </message>
    <message>
        <source>&amp;Unknown / no data</source>
        <translation>غير م&amp;عروف / لا توجد بيانات</translation>
    </message>
    <message>
        <source>&amp;Clear the stage (keep the note)</source>
        <translation>&amp;مسح المرحلة (مع الإبقاء على الملاحظة)</translation>
    </message>
    <message>
        <source>Confidence &amp;high</source>
        <translation>درجة ثقة عا&amp;لية</translation>
    </message>
    <message>
        <source>Confidence &amp;medium</source>
        <translation>درجة ثقة م&amp;توسطة</translation>
    </message>
    <message>
        <source>Confidence &amp;low</source>
        <translation>درجة ثقة م&amp;نخفضة</translation>
    </message>
    <message>
        <source>Write the &amp;justification</source>
        <translation>كتابة الم&amp;برر</translation>
    </message>
    <message>
        <source>Move to the justification text (Esc returns to the stages)</source>
        <translation>الانتقال إلى نص المبرر (يعيدك Esc إلى المراحل)</translation>
    </message>
    <message>
        <source>&amp;Attach evidence files…</source>
        <translation>&amp;إرفاق ملفات الأدلة…</translation>
    </message>
    <message>
        <source>&amp;Previous indicator</source>
        <translation>المؤشر ال&amp;سابق</translation>
    </message>
    <message>
        <source>&amp;Next indicator</source>
        <translation>المؤشر ال&amp;تالي</translation>
    </message>
    <message>
        <source>Next &amp;unanswered</source>
        <translation>التالي &amp;غير المُجاب عنه</translation>
    </message>
    <message>
        <source>&amp;Indicators</source>
        <translation>&amp;المؤشرات</translation>
    </message>
    <message>
        <source>Answer the indicators</source>
        <translation>الإجابة عن المؤشرات</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>الم&amp;راجعة</translation>
    </message>
    <message>
        <source>Scores, coverage, priorities and what still needs attention</source>
        <translation>الدرجات والتغطية والأولويات وما لا يزال يحتاج إلى اهتمام</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>التص&amp;دير</translation>
    </message>
    <message>
        <source>Signed PDF report and Excel matrix</source>
        <translation>تقرير PDF موقَّع ومصفوفة Excel</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>ال&amp;تقدّم</translation>
    </message>
    <message>
        <source>A follow-up&apos;s progress since its baseline: scores, changed indicators, the action plan</source>
        <translation>تقدّم المتابعة منذ خط الأساس: الدرجات والمؤشرات التي تغيّرت وخطة العمل</translation>
    </message>
    <message>
        <source>Move to the installed &amp;framework version…</source>
        <translation>الانتقال إلى إصدار الإ&amp;طار المثبت…</translation>
    </message>
    <message>
        <source>&amp;Mission</source>
        <translation>ال&amp;بعثة</translation>
    </message>
    <message>
        <source>The mission record: dates, host, team, persons consulted, documents reviewed</source>
        <translation>سجل البعثة: التواريخ والجهة المضيفة والفريق والأشخاص الذين استُشيروا والوثائق التي رُوجعت</translation>
    </message>
    <message>
        <source>&amp;Findings</source>
        <translation>ال&amp;نتائج</translation>
    </message>
    <message>
        <source>Country context, headline messages and the findings of each dimension</source>
        <translation>السياق الوطني والرسائل الرئيسية ونتائج كل بعد</translation>
    </message>
    <message>
        <source>Action &amp;plan</source>
        <translation>&amp;خطة العمل</translation>
    </message>
    <message>
        <source>Actions with responsible institutions, horizons, effort and status</source>
        <translation>الإجراءات مع المؤسسات المسؤولة والآجال والجهد والحالة</translation>
    </message>
    <message>
        <source>&amp;Treaty table</source>
        <translation>&amp;جدول المعاهدات</translation>
    </message>
    <message>
        <source>Treaty provisions and how national law reflects them</source>
        <translation>أحكام المعاهدات ومدى انعكاسها في القانون الوطني</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>ال&amp;مكتبة</translation>
    </message>
    <message>
        <source>Treaty texts, search and the corresponding provisions of the other instruments</source>
        <translation>نصوص المعاهدات والبحث والأحكام المقابلة في الصكوك الأخرى</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>السابق</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Next unanswered</source>
        <translation>التالي غير المُجاب عنه</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>&amp;Navigation panel</source>
        <translation>لوحة ال&amp;تنقل</translation>
    </message>
    <message>
        <source>&amp;Guidance panel</source>
        <translation>لوحة الإ&amp;رشادات</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>&amp;About CyberAssess</source>
        <translation>&amp;حول CyberAssess</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>الملفات ال&amp;أخيرة</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>A&amp;nswer</source>
        <translation>&amp;إجابة</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;انتقال</translation>
    </message>
    <message>
        <source>Vie&amp;w</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>شريط الأدوات الرئيسي</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Save status</source>
        <translation>حالة الحفظ</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>جارٍ فتح {name}…</translation>
    </message>
    <message>
        <source>{name} — CyberAssess</source>
        <translation>{name} — CyberAssess</translation>
    </message>
    <message>
        <source>Opened read-only</source>
        <translation>فُتح للقراءة فقط</translation>
    </message>
    <message>
        <source>{name} cannot be edited here: {reason}.</source>
        <translation>لا يمكن تعديل {name} هنا: {reason}.</translation>
    </message>
    <message>
        <source>You can read everything. To make changes, close the file in the other window or program and open it again, or choose File ▸ Save As… to continue on a copy.</source>
        <translation>يمكنك قراءة كل شيء. لإجراء تغييرات، أغلق الملف في النافذة أو البرنامج الآخر ثم افتحه مرة أخرى، أو اختر ملف ▸ حفظ باسم… لمواصلة العمل على نسخة.</translation>
    </message>
    <message>
        <source> [read-only]</source>
        <translation> [للقراءة فقط]</translation>
    </message>
    <message>
        <source>{title}{ro} — {file} — CyberAssess</source>
        <translation>{title}{ro} — {file} — CyberAssess</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only:&lt;/b&gt; {reason}. Nothing you see can be changed here; choose &lt;b&gt;Save As…&lt;/b&gt; to continue on a copy you can edit.</source>
        <translation>&lt;b&gt;للقراءة فقط:&lt;/b&gt; {reason}. لا يمكن تغيير أي شيء مما تراه هنا؛ اختر &lt;b&gt;حفظ باسم…&lt;/b&gt; لمواصلة العمل على نسخة يمكنك تعديلها.</translation>
    </message>
    <message>
        <source>This file was upgraded from an older format; the original was kept as {backup}.</source>
        <translation>حُدِّث هذا الملف من تنسيق أقدم؛ واحتُفظ بالنسخة الأصلية باسم {backup}.</translation>
    </message>
    <message>
        <source>This assessment keeps the framework it was answered against ({name} {version}); version {new} is installed. Use File ▸ Move to the installed framework version… to move it to {new} (a backup copy is kept and every answer is carried over).</source>
        <translation>يحتفظ هذا التقييم بالإطار الذي أُجيب عليه ({name} {version})؛ والإصدار {new} هو المثبت. استخدم ملف ▸ الانتقال إلى إصدار الإطار المثبت… لنقله إلى {new} (تُحفظ نسخة احتياطية وتُنقل كل الإجابات).</translation>
    </message>
    <message>
        <source>The framework has been updated since this assessment was made; some questions or descriptors may read differently.</source>
        <translation>حُدِّث الإطار منذ إعداد هذا التقييم؛ وقد تختلف صياغة بعض الأسئلة أو الواصفات.</translation>
    </message>
    <message>
        <source>Every indicator has an answer.</source>
        <translation>أُجيب عن جميع المؤشرات.</translation>
    </message>
    <message>
        <source>Move to framework {version}</source>
        <translation>الانتقال إلى الإطار {version}</translation>
    </message>
    <message>
        <source>Move this assessment from framework {old} to {new}? Every answer is carried over; a copy of the file as it is now is kept beside it. This cannot be undone with Undo.</source>
        <translation>هل تريد نقل هذا التقييم من الإطار {old} إلى {new}؟ تُنقل كل الإجابات، وتُحفظ بجانب الملف نسخة منه على حالته الراهنة. لا يمكن التراجع عن ذلك بأمر التراجع.</translation>
    </message>
    <message>
        <source>Move to {new}</source>
        <translation>الانتقال إلى {new}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Framework updated</source>
        <translation>تم تحديث الإطار</translation>
    </message>
    <message>
        <source>The assessment now uses framework {new}. The file as it was is kept as {backup}.</source>
        <translation>يستخدم التقييم الآن الإطار {new}. ويُحتفظ بالملف كما كان باسم {backup}.</translation>
    </message>
    <message>
        <source>%v of %m answered</source>
        <translation>أُجيب عن %v من %m</translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation>&amp;تراجع عن {what}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation>&amp;إعادة {what}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;إعادة</translation>
    </message>
    <message>
        <source>About CyberAssess</source>
        <translation>حول CyberAssess</translation>
    </message>
    <message>
        <source>No recent assessments</source>
        <translation>لا توجد تقييمات أخيرة</translation>
    </message>
    <message>
        <source>CyberAssess assessments (*.cyberassess)</source>
        <translation>تقييمات CyberAssess (*.cyberassess)</translation>
    </message>
    <message>
        <source>Encrypted CyberAssess assessments, opened with a passphrase (*.cyberassess)</source>
        <translation>تقييمات CyberAssess مشفّرة، تُفتح بعبارة مرور (*.cyberassess)</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>حفظ نسخة باسم</translation>
    </message>
    <message>
        <source>Please wait until the current task has finished.</source>
        <translation>يُرجى الانتظار حتى تنتهي المهمة الجارية.</translation>
    </message>
    <message>
        <source>Close this assessment</source>
        <translation>إغلاق هذا التقييم</translation>
    </message>
    <message>
        <source>The justification you were typing is not saved.</source>
        <translation>لم يُحفظ المبرر الذي كنت تكتبه.</translation>
    </message>
    <message>
        <source>Keep the window open to try again (or to copy the text), or close and lose that text.</source>
        <translation>أبقِ النافذة مفتوحة لتحاول مرة أخرى (أو لتنسخ النص)، أو أغلقها وتفقد ذلك النص.</translation>
    </message>
    <message>
        <source>Keep the window open</source>
        <translation>إبقاء النافذة مفتوحة</translation>
    </message>
    <message>
        <source>Close and lose the text</source>
        <translation>الإغلاق وفقدان النص</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>تنبيه</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>حفظ باسم…</translation>
    </message>
    <message>
        <source>Continue working on a copy of this assessment that you can edit</source>
        <translation>مواصلة العمل على نسخة من هذا التقييم يمكنك تعديلها</translation>
    </message>
    <message>
        <source>Hide this notice</source>
        <translation>إخفاء هذا التنبيه</translation>
    </message>
    <message>
        <source>Search indicators (Ctrl+F)</source>
        <translation>البحث في المؤشرات (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search indicators</source>
        <translation>البحث في المؤشرات</translation>
    </message>
    <message>
        <source>Show indicators</source>
        <translation>عرض المؤشرات</translation>
    </message>
    <message>
        <source>Show only indicators in this state</source>
        <translation>عرض المؤشرات التي في هذه الحالة فقط</translation>
    </message>
    <message>
        <source>All indicators</source>
        <translation>جميع المؤشرات</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>غير المُجاب عنها</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>المُجاب عنها</translation>
    </message>
    <message>
        <source>Unknown / no data</source>
        <translation>غير معروف / لا توجد بيانات</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>غير منطبق</translation>
    </message>
    <message>
        <source>Low confidence</source>
        <translation>درجة ثقة منخفضة</translation>
    </message>
    <message>
        <source>Carried over, to confirm</source>
        <translation>منقولة، بانتظار التأكيد</translation>
    </message>
    <message>
        <source>Dimensions, sections and indicators</source>
        <translation>الأبعاد والأقسام والمؤشرات</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>نسبة الإنجاز</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>جارٍ الفتح</translation>
    </message>
    <message>
        <source>Added to the action plan: {id}</source>
        <translation>أضيف إلى خطة العمل: {id}</translation>
    </message>
</context>
<context>
    <name>MatrixExportDialog</name>
    <message>
        <source>&amp;Sign the answers with my key</source>
        <translation>&amp;توقيع الإجابات بمفتاحي</translation>
    </message>
    <message>
        <source>Export &amp;without a signature (nobody can tell whether answers, names or times were changed)</source>
        <translation>التصدير &amp;دون توقيع (لن يمكن لأحد معرفة ما إذا غُيّرت الإجابات أو الأسماء أو الأوقات)</translation>
    </message>
    <message>
        <source>Export the Excel matrix</source>
        <translation>تصدير مصفوفة Excel</translation>
    </message>
    <message>
        <source>Save the matrix as</source>
        <translation>حفظ المصفوفة باسم</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>مصنفات Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Choose where to save the matrix.</source>
        <translation>اختر مكان حفظ المصفوفة.</translation>
    </message>
</context>
<context>
    <name>MissionPage</name>
    <message>
        <source>Self-assessment</source>
        <translation>تقييم ذاتي</translation>
    </message>
    <message>
        <source>Peer review</source>
        <translation>مراجعة من الأقران</translation>
    </message>
    <message>
        <source>National Cyber Review mission</source>
        <translation>بعثة المراجعة السيبرانية الوطنية</translation>
    </message>
    <message>
        <source>Follow-up mission</source>
        <translation>بعثة متابعة</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>نهائي</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(غير محدد)</translation>
    </message>
    <message>
        <source>While the status is draft, every page of the report says DRAFT.</source>
        <translation>ما دامت الحالة مسودة، تحمل كل صفحة من التقرير عبارة مسودة.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <source>New team member</source>
        <translation>عضو جديد في الفريق</translation>
    </message>
    <message>
        <source>&amp;Add a team member</source>
        <translation>إ&amp;ضافة عضو إلى الفريق</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <source>Name (optional)</source>
        <translation>الاسم (اختياري)</translation>
    </message>
    <message>
        <source>Role or function</source>
        <translation>الدور أو الوظيفة</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>New institution</source>
        <translation>مؤسسة جديدة</translation>
    </message>
    <message>
        <source>Add an &amp;institution or person</source>
        <translation>إضافة &amp;مؤسسة أو شخص</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>الجهة المُصدِرة</translation>
    </message>
    <message>
        <source>Evidence file</source>
        <translation>ملف الإثبات</translation>
    </message>
    <message>
        <source>New document</source>
        <translation>وثيقة جديدة</translation>
    </message>
    <message>
        <source>Add a &amp;document</source>
        <translation>إضافة &amp;وثيقة</translation>
    </message>
    <message>
        <source>How the review was done: the mission&apos;s dates and host, the team, who was consulted and which documents were reviewed. The report&apos;s cover, methodology and annexes are written from this record.</source>
        <translation>كيف أُجري التقييم: تواريخ البعثة والجهة المضيفة والفريق ومن استُشير والوثائق التي رُوجعت. تُكتب صفحة غلاف التقرير ومنهجيته ومرفقاته انطلاقاً من هذا السجل.</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>البعثة</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>ال&amp;نوع:</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>ال&amp;تواريخ:</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>تاريخ البدء</translation>
    </message>
    <message>
        <source>start, YYYY-MM-DD</source>
        <translation>البدء، YYYY-MM-DD</translation>
    </message>
    <message>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <source>end, YYYY-MM-DD</source>
        <translation>الانتهاء، YYYY-MM-DD</translation>
    </message>
    <message>
        <source>&amp;Host or lead institution:</source>
        <translation>الجهة المضيفة أو ال&amp;رائدة:</translation>
    </message>
    <message>
        <source>Confidentiality &amp;marking:</source>
        <translation>علامة ال&amp;سرية:</translation>
    </message>
    <message>
        <source>e.g. Restricted — Ministry of Justice and partners</source>
        <translation>مثلاً: مقيَّد — وزارة العدل والشركاء</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>ال&amp;حالة:</translation>
    </message>
    <message>
        <source>&amp;Limitations:</source>
        <translation>ال&amp;قيود:</translation>
    </message>
    <message>
        <source>Review team</source>
        <translation>فريق التقييم</translation>
    </message>
    <message>
        <source>Institutions and persons consulted</source>
        <translation>المؤسسات والأشخاص الذين استُشيروا</translation>
    </message>
    <message>
        <source>Documents reviewed</source>
        <translation>الوثائق التي رُوجعت</translation>
    </message>
</context>
<context>
    <name>NavModel</name>
    <message>
        <source>Indicator</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>الإجابة</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>لم تتم الإجابة</translation>
    </message>
    <message>
        <source>note only, no stage yet</source>
        <translation>ملاحظة فقط، دون مرحلة بعدُ</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>غ/م</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>غير منطبق</translation>
    </message>
    <message>
        <source>unknown / no data</source>
        <translation>غير معروف / لا توجد بيانات</translation>
    </message>
    <message>
        <source>stage {n}, {label}</source>
        <translation>المرحلة {n}، {label}</translation>
    </message>
    <message>
        <source>{answer}, carried over from the baseline, to confirm</source>
        <translation>{answer}، منقولة من خط الأساس، بانتظار التأكيد</translation>
    </message>
    <message>
        <source>Carried over from the baseline, to confirm: confirm it as it stands or change it.</source>
        <translation>منقولة من خط الأساس، بانتظار التأكيد: أكّدها كما هي أو غيّرها.</translation>
    </message>
    <message>
        <source>{done} of {total} indicators answered</source>
        <translation>المؤشرات المُجاب عنها: {done} من {total}</translation>
    </message>
    <message>
        <source>{count} carried over from the baseline, to confirm</source>
        <translation>{count} منقولة من خط الأساس، بانتظار التأكيد</translation>
    </message>
</context>
<context>
    <name>NewAssessmentDialog</name>
    <message>
        <source>New assessment</source>
        <translation>تقييم جديد</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>إنشاء</translation>
    </message>
    <message>
        <source>Assessment {year}</source>
        <translation>تقييم {year}</translation>
    </message>
    <message>
        <source>Save the new assessment as</source>
        <translation>حفظ التقييم الجديد باسم</translation>
    </message>
    <message>
        <source>CyberAssess assessments (*.cyberassess)</source>
        <translation>تقييمات CyberAssess (*.cyberassess)</translation>
    </message>
    <message>
        <source>Enter the country being assessed.</source>
        <translation>أدخل البلد موضوع التقييم.</translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation>اختر مكان حفظ الملف.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>المجلد {folder} غير موجود.</translation>
    </message>
    <message>
        <source>{name} already exists: choose another name.</source>
        <translation>يوجد ملف باسم {name} بالفعل: اختر اسماً آخر.</translation>
    </message>
    <message>
        <source>An assessment is one file. Every answer is saved in it as you work; you can copy it, e-mail it or carry it on a USB stick.</source>
        <translation>التقييم ملف واحد. تُحفظ فيه كل إجابة أثناء عملك؛ ويمكنك نسخه أو إرساله بالبريد الإلكتروني أو حمله على ذاكرة USB.</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;البلد:</translation>
    </message>
    <message>
        <source>The country being assessed</source>
        <translation>البلد موضوع التقييم</translation>
    </message>
    <message>
        <source>&amp;Mission:</source>
        <translation>ال&amp;بعثة:</translation>
    </message>
    <message>
        <source>For example: National Cyber Review 2026</source>
        <translation>مثال: المراجعة السيبرانية الوطنية 2026</translation>
    </message>
    <message>
        <source>&amp;Assessors:</source>
        <translation>ال&amp;مقيِّمون:</translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation>الأسماء، مفصولة بفواصل</translation>
    </message>
    <message>
        <source>&amp;Framework:</source>
        <translation>الإ&amp;طار:</translation>
    </message>
    <message>
        <source>&amp;Target stage:</source>
        <translation>المرحلة الم&amp;ستهدفة:</translation>
    </message>
    <message>
        <source>The maturity stage the country aims for; gaps and priorities are measured against it</source>
        <translation>مرحلة النضج التي يسعى البلد إلى بلوغها؛ وتُقاس الفجوات والأولويات بالنسبة إليها</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>الم&amp;لف:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>است&amp;عراض…</translation>
    </message>
    <message>
        <source>&amp;Encrypt the file with a passphrase (needed to open it; there is no recovery)</source>
        <translation>&amp;تشفير الملف بعبارة مرور (لازمة لفتحه؛ لا يمكن استعادتها)</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Encrypt {name}</source>
        <translation>تشفير {name}</translation>
    </message>
    <message>
        <source>Choose a passphrase for {name}: at least {n} characters; a few unrelated words are easy to remember.</source>
        <translation>اختر عبارة مرور لـ {name}: {n} أحرف على الأقل؛ يسهل تذكّر بضع كلمات لا رابط بينها.</translation>
    </message>
    <message>
        <source>Encrypted assessment</source>
        <translation>تقييم مشفّر</translation>
    </message>
    <message>
        <source>{name} is encrypted. Enter its passphrase to open it.</source>
        <translation>{name} مشفّر. أدخل عبارة المرور لفتحه.</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>أدخل عبارة المرور.</translation>
    </message>
    <message>
        <source>The passphrase needs at least {n} characters.</source>
        <translation>يجب أن تتكون عبارة المرور من {n} أحرف على الأقل.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>عبارتا المرور مختلفتان.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;عبارة المرور:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;أعد كتابتها:</translation>
    </message>
    <message>
        <source>There is no recovery: without this passphrase nobody, not even CyberAssess, can open the assessment. Keep it apart from the file.</source>
        <translation>لا يمكن الاستعادة: بدون عبارة المرور هذه لا يستطيع أحد، ولا حتى CyberAssess، فتح التقييم. احفظها بعيدًا عن الملف.</translation>
    </message>
</context>
<context>
    <name>PdfExportDialog</name>
    <message>
        <source>Export the PDF report</source>
        <translation>تصدير تقرير PDF</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Choose your signing key, or create one.</source>
        <translation>اختر مفتاح التوقيع الخاص بك، أو أنشئ مفتاحاً.</translation>
    </message>
    <message>
        <source>Enter the key&apos;s passphrase.</source>
        <translation>أدخل عبارة المرور الخاصة بالمفتاح.</translation>
    </message>
    <message>
        <source>Choose where to save the report.</source>
        <translation>اختر مكان حفظ التقرير.</translation>
    </message>
    <message>
        <source>Choose your signing key</source>
        <translation>اختيار مفتاح التوقيع</translation>
    </message>
    <message>
        <source>Signing keys (*.p12 *.pfx);;All files (*)</source>
        <translation>مفاتيح التوقيع (*.p12 *.pfx);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>حفظ التقرير باسم</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Sign the report with my key</source>
        <translation>&amp;توقيع التقرير بمفتاحي</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>م&amp;لف المفتاح:</translation>
    </message>
    <message>
        <source>A .p12 signing key</source>
        <translation>مفتاح توقيع .p12</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>است&amp;عراض…</translation>
    </message>
    <message>
        <source>C&amp;reate a key…</source>
        <translation>&amp;إنشاء مفتاح…</translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation>عبارة ال&amp;مرور:</translation>
    </message>
    <message>
        <source>Export &amp;without a signature (a draft: nobody can check who made it)</source>
        <translation>التصدير &amp;دون توقيع (مسودة: لا يمكن لأحد التحقق ممن أعدّها)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;اللغة:</translation>
    </message>
    <message>
        <source>Save &amp;as:</source>
        <translation>حفظ &amp;باسم:</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>استعرا&amp;ض…</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Short term (within a year)</source>
        <translation>قصير الأجل (خلال سنة)</translation>
    </message>
    <message>
        <source>Medium term (1–3 years)</source>
        <translation>متوسط الأجل (1-3 سنوات)</translation>
    </message>
    <message>
        <source>Long term (over 3 years)</source>
        <translation>طويل الأجل (أكثر من 3 سنوات)</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>منخفض</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>متوسط</translation>
    </message>
    <message>
        <source>High</source>
        <translation>مرتفع</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>مخطط لها</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>منجزة</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>متروكة</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>المؤشرات</translation>
    </message>
    <message>
        <source>Responsible institution</source>
        <translation>المؤسسة المسؤولة</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>الشركاء</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>الأجل</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>الجهد</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(غير محدد)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>الكل</translation>
    </message>
    <message>
        <source>{count} actions: {short} short term, {medium} medium term, {long} long term. {no_owner} without a responsible institution.</source>
        <translation>{count} إجراءً: {short} قصيرة الأجل، و{medium} متوسطة الأجل، و{long} طويلة الأجل. {no_owner} بلا مؤسسة مسؤولة.</translation>
    </message>
    <message>
        <source>Add an action</source>
        <translation>إضافة إجراء</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>إجراء جديد</translation>
    </message>
    <message>
        <source>{count} actions added from the priorities.</source>
        <translation>أُضيف {count} إجراءً انطلاقاً من الأولويات.</translation>
    </message>
    <message>
        <source>Every priority is already in the plan.</source>
        <translation>كل الأولويات موجودة بالفعل في الخطة.</translation>
    </message>
    <message>
        <source>Remove {count} actions</source>
        <translation>حذف {count} إجراءً</translation>
    </message>
    <message>
        <source>&amp;Horizon:</source>
        <translation>الأ&amp;جل:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>ال&amp;حالة:</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>ال&amp;مؤسسة:</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>خطة العمل</translation>
    </message>
    <message>
        <source>&amp;Add an action</source>
        <translation>إ&amp;ضافة إجراء</translation>
    </message>
    <message>
        <source>Add all &amp;priorities</source>
        <translation>إضافة كل الأ&amp;ولويات</translation>
    </message>
    <message>
        <source>One action for each indicator below the target stage that is not in the plan yet, from the framework&apos;s recommendations</source>
        <translation>إجراء لكل مؤشر دون المرحلة المستهدفة غير مدرج بعد في الخطة، انطلاقاً من توصيات الإطار</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;حذف</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>This assessment is not a follow-up: it has no baseline.</source>
        <translation>هذا التقييم ليس متابعة: لا خط أساس له.</translation>
    </message>
    <message>
        <source>Overall {before} at the baseline ({date}), {after} now: {change}</source>
        <translation>الإجمالي {before} عند خط الأساس ({date})، و{after} الآن: {change}</translation>
    </message>
    <message>
        <source>Improved {improved}, declined {declined}, same stage {unchanged}, rated for the first time {new}, no longer rated {lost}. Baseline: {mission}.</source>
        <translation>تحسّن {improved}، تراجع {declined}، المرحلة نفسها {unchanged}، قُيِّم لأول مرة {new}، لم يعد مقيَّمًا {lost}. خط الأساس: {mission}.</translation>
    </message>
    <message>
        <source>{count} answers carried over from the baseline are still to confirm.</source>
        <translation>لا تزال {count} إجابات منقولة من خط الأساس بانتظار التأكيد.</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>لا ينطبق</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Improved</source>
        <translation>تحسّن</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Rated for the first time</source>
        <translation>قُيِّم لأول مرة</translation>
    </message>
    <message>
        <source>No longer rated</source>
        <translation>لم يعد مقيَّمًا</translation>
    </message>
    <message>
        <source>No indicator changed stage since the baseline.</source>
        <translation>لم يتغيّر مستوى أي مؤشر منذ خط الأساس.</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>مُخطَّط</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>مُنجَز</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>مُلغى</translation>
    </message>
    <message>
        <source>Added since</source>
        <translation>أُضيف لاحقًا</translation>
    </message>
    <message>
        <source>The baseline had no action plan.</source>
        <translation>لم تكن لخط الأساس خطة عمل.</translation>
    </message>
    <message>
        <source>Scores per dimension at the baseline and now</source>
        <translation>الدرجات حسب البُعد عند خط الأساس والآن</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>البُعد</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>خط الأساس</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>الآن</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>التغيّر</translation>
    </message>
    <message>
        <source>Stage then → now</source>
        <translation>المرحلة سابقًا ← الآن</translation>
    </message>
    <message>
        <source>&amp;Indicators that changed (press Enter to go to an indicator)</source>
        <translation>ال&amp;مؤشرات التي تغيّرت (اضغط Enter للانتقال إلى مؤشر)</translation>
    </message>
    <message>
        <source>Indicators that improved, declined, were rated for the first time or are no longer rated</source>
        <translation>المؤشرات التي تحسّنت أو تراجعت أو قُيِّمت لأول مرة أو لم تعد مقيَّمة</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <source>Baseline → now</source>
        <translation>خط الأساس ← الآن</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <source>The baseline&apos;s &amp;action plan by status</source>
        <translation>&amp;خطة العمل عند خط الأساس حسب الحالة</translation>
    </message>
    <message>
        <source>The baseline&apos;s action plan by status</source>
        <translation>خطة العمل عند خط الأساس حسب الحالة</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>At the baseline → now</source>
        <translation>عند خط الأساس ← الآن</translation>
    </message>
</context>
<context>
    <name>RadarChart</name>
    <message>
        <source>Radar chart of the dimension scores</source>
        <translation>مخطط راداري لدرجات الأبعاد</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <source>Target: stage {n}</source>
        <translation>الهدف: المرحلة {n}</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>خط الأساس</translation>
    </message>
    <message>
        <source>no stage yet</source>
        <translation>لا مرحلة بعدُ</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
</context>
<context>
    <name>ReviewEdits</name>
    <message>
        <source>Edit the mission record</source>
        <translation>تعديل سجل البعثة</translation>
    </message>
    <message>
        <source>Edit {what}</source>
        <translation>تعديل {what}</translation>
    </message>
    <message>
        <source>Remove {what}</source>
        <translation>حذف {what}</translation>
    </message>
    <message>
        <source>Edit the text of {section}</source>
        <translation>تعديل نص {section}</translation>
    </message>
    <message>
        <source>Add priorities to the action plan</source>
        <translation>إضافة الأولويات إلى خطة العمل</translation>
    </message>
    <message>
        <source>Add an action for {id}</source>
        <translation>إضافة إجراء لـ {id}</translation>
    </message>
    <message>
        <source>Edit the treaty table ({provision})</source>
        <translation>تعديل جدول المعاهدات ({provision})</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Add to the action &amp;plan</source>
        <translation>إضافة إلى &amp;خطة العمل</translation>
    </message>
    <message>
        <source>An action for the chosen priority, from the framework&apos;s recommendations</source>
        <translation>إجراء للأولوية المختارة، انطلاقاً من توصيات الإطار</translation>
    </message>
    <message>
        <source>Add &amp;all priorities to the plan</source>
        <translation>إضافة &amp;كل الأولويات إلى الخطة</translation>
    </message>
    <message>
        <source>No indicator has a stage yet.</source>
        <translation>لم تُحدَّد مرحلة لأي مؤشر بعدُ.</translation>
    </message>
    <message>
        <source>Overall maturity {score}: {stage} (target: {target})</source>
        <translation>مستوى النضج العام {score}: {stage} (الهدف: {target})</translation>
    </message>
    <message>
        <source>{coverage} of applicable indicators have a stage · {unknown} unknown · {na} not applicable · {unanswered} not answered. Not applicable and Unknown are never counted as zero.</source>
        <translation>حُدِّدت مرحلة لـ {coverage} من المؤشرات المنطبقة · غير معروف: {unknown} · غير منطبق: {na} · دون إجابة: {unanswered}. لا يُحتسب «غير منطبق» و«غير معروف» صفراً أبداً.</translation>
    </message>
    <message>
        <source>{rated} of {applicable} applicable indicators have a stage; {unknown} unknown, {na} not applicable, {unanswered} not answered</source>
        <translation>حُدِّدت مرحلة لـ {rated} من أصل {applicable} من المؤشرات المنطبقة؛ غير معروف: {unknown}، غير منطبق: {na}، دون إجابة: {unanswered}</translation>
    </message>
    <message>
        <source>No rated indicator is below the target stage.</source>
        <translation>لا يوجد مؤشر مقيَّم دون المرحلة المستهدفة.</translation>
    </message>
    <message>
        <source>Added to the action plan: {id}</source>
        <translation>أُضيف إلى خطة العمل: {id}</translation>
    </message>
    <message>
        <source>{count} actions added from the priorities.</source>
        <translation>أُضيف {count} إجراءً انطلاقاً من الأولويات.</translation>
    </message>
    <message>
        <source>Every priority is already in the plan.</source>
        <translation>كل الأولويات موجودة بالفعل في الخطة.</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>غير المُجاب عنها</translation>
    </message>
    <message>
        <source>Unknown / no data</source>
        <translation>غير معروف / لا توجد بيانات</translation>
    </message>
    <message>
        <source>Low confidence</source>
        <translation>درجة ثقة منخفضة</translation>
    </message>
    <message>
        <source>Answered without a justification</source>
        <translation>مُجاب عنها دون مبرر</translation>
    </message>
    <message>
        <source>Scores per dimension</source>
        <translation>الدرجات حسب البُعد</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>البُعد</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>الفجوة</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>التغطية</translation>
    </message>
    <message>
        <source>&amp;Capacity-building priorities: largest weighted gap to the target first</source>
        <translation>&amp;أولويات بناء القدرات: الأكبر فجوةً مرجَّحةً عن الهدف أولاً</translation>
    </message>
    <message>
        <source>Capacity-building priorities</source>
        <translation>أولويات بناء القدرات</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>الخطوة التالية</translation>
    </message>
    <message>
        <source>&amp;Needs attention (press Enter to go to an indicator)</source>
        <translation>&amp;ما يحتاج إلى اهتمام (اضغط Enter للانتقال إلى المؤشر)</translation>
    </message>
    <message>
        <source>Indicators that need attention</source>
        <translation>المؤشرات التي تحتاج إلى اهتمام</translation>
    </message>
</context>
<context>
    <name>SealDialog</name>
    <message>
        <source>Seal for handover</source>
        <translation>ختم للتسليم</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>ختم</translation>
    </message>
    <message>
        <source>{name} (missing)</source>
        <translation>{name} (مفقود)</translation>
    </message>
    <message>
        <source>Add recipients&apos; certificates</source>
        <translation>إضافة شهادات المستلمين</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>الشهادات (*.pem *.crt *.cer *.der);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Choose your signing key</source>
        <translation>اختر مفتاح التوقيع الخاص بك</translation>
    </message>
    <message>
        <source>Signing keys (*.p12 *.pfx)</source>
        <translation>مفاتيح التوقيع (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Save the package as</source>
        <translation>حفظ الحزمة باسم</translation>
    </message>
    <message>
        <source>Sealed packages (*.p7m)</source>
        <translation>الحزم المختومة (*.p7m)</translation>
    </message>
    <message>
        <source>Add the certificate of at least one recipient.</source>
        <translation>أضف شهادة مستلم واحد على الأقل.</translation>
    </message>
    <message>
        <source>Certificate not found: {name}. Remove it or add it again.</source>
        <translation>الشهادة غير موجودة: {name}. أزلها أو أضفها من جديد.</translation>
    </message>
    <message>
        <source>Choose what goes into the package.</source>
        <translation>اختر ما تحتويه الحزمة.</translation>
    </message>
    <message>
        <source>Choose your signing key: the recipients check the package with it.</source>
        <translation>اختر مفتاح التوقيع: يتحقق المستلمون من الحزمة بواسطته.</translation>
    </message>
    <message>
        <source>Enter the key&apos;s passphrase.</source>
        <translation>أدخل عبارة مرور المفتاح.</translation>
    </message>
    <message>
        <source>Choose where to save the package.</source>
        <translation>اختر مكان حفظ الحزمة.</translation>
    </message>
    <message>
        <source>&amp;Recipients: the certificates (.pem) of the people who may open the package</source>
        <translation>&amp;المستلمون: شهادات (.pem) الأشخاص المسموح لهم بفتح الحزمة</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>المستلمون</translation>
    </message>
    <message>
        <source>&amp;Add a certificate…</source>
        <translation>&amp;إضافة شهادة…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>إ&amp;زالة</translation>
    </message>
    <message>
        <source>In the package</source>
        <translation>في الحزمة</translation>
    </message>
    <message>
        <source>The signed &amp;PDF report</source>
        <translation>تقرير &amp;PDF الموقّع</translation>
    </message>
    <message>
        <source>The Excel &amp;matrix</source>
        <translation>&amp;مصفوفة Excel</translation>
    </message>
    <message>
        <source>The assessment &amp;file itself (with its evidence and history)</source>
        <translation>&amp;ملف التقييم نفسه (بأدلته وسجله)</translation>
    </message>
    <message>
        <source>Your signing &amp;key:</source>
        <translation>مفتاح &amp;التوقيع الخاص بك:</translation>
    </message>
    <message>
        <source>A .p12 signing key</source>
        <translation>مفتاح توقيع ‎.p12</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;استعراض…</translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation>&amp;عبارة المرور:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;اللغة:</translation>
    </message>
    <message>
        <source>Save &amp;as:</source>
        <translation>حفظ &amp;باسم:</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>ا&amp;ستعراض…</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Opening {name}…</source>
        <translation>جارٍ فتح {name}…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>كما في النظام</translation>
    </message>
    <message>
        <source>Portable mode: settings are kept next to the program.</source>
        <translation>الوضع المحمول: تُحفظ الإعدادات بجوار البرنامج.</translation>
    </message>
    <message>
        <source>Settings file: {path}</source>
        <translation>ملف الإعدادات: {path}</translation>
    </message>
    <message>
        <source>Choose the signing key</source>
        <translation>اختيار مفتاح التوقيع</translation>
    </message>
    <message>
        <source>Signing keys (*.p12 *.pfx);;All files (*)</source>
        <translation>مفاتيح التوقيع (*.p12 *.pfx);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>The new language is used the next time you start CyberAssess.</source>
        <translation>ستُستخدم اللغة الجديدة في المرة القادمة التي تشغّل فيها CyberAssess.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;اللغة:</translation>
    </message>
    <message>
        <source>The language of the windows and of the framework&apos;s texts; takes effect when CyberAssess is started again</source>
        <translation>لغة النوافذ ونصوص الإطار؛ ويسري التغيير عند إعادة تشغيل CyberAssess</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>ا&amp;سمك:</translation>
    </message>
    <message>
        <source>Recorded with every answer you give</source>
        <translation>يُسجَّل مع كل إجابة تقدمها</translation>
    </message>
    <message>
        <source>&amp;Signing key:</source>
        <translation>م&amp;فتاح التوقيع:</translation>
    </message>
    <message>
        <source>A .p12 file, used to sign PDF reports</source>
        <translation>ملف .p12 يُستخدم لتوقيع تقارير PDF</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>است&amp;عراض…</translation>
    </message>
    <message>
        <source>Recent files:</source>
        <translation>الملفات الأخيرة:</translation>
    </message>
    <message>
        <source>&amp;Clear the list of recent assessments</source>
        <translation>&amp;مسح قائمة التقييمات الأخيرة</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>الأمر</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
</context>
<context>
    <name>StartWindow</name>
    <message>
        <source>CyberAssess</source>
        <translation>CyberAssess</translation>
    </message>
    <message>
        <source>Portable mode: settings stay on this drive.</source>
        <translation>الوضع المحمول: تبقى الإعدادات على محرك الأقراص هذا.</translation>
    </message>
    <message>
        <source>Version {version}. No network needed.</source>
        <translation>الإصدار {version}. لا حاجة إلى اتصال بالشبكة.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>Create an empty assessment file (Ctrl+N)</source>
        <translation>إنشاء ملف تقييم فارغ (Ctrl+N)</translation>
    </message>
    <message>
        <source>Open a .cyberassess file (Ctrl+O)</source>
        <translation>فتح ملف .cyberassess (Ctrl+O)</translation>
    </message>
    <message>
        <source>A complete example assessment of a fictional country (Alt+D)</source>
        <translation>تقييم نموذجي كامل لبلد افتراضي (Alt+D)</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>مشفّر</translation>
    </message>
    <message>
        <source>{name} (missing)</source>
        <translation>{name} (مفقود)</translation>
    </message>
    <message>
        <source>Assess a country&apos;s capacity to prevent, investigate and prosecute cybercrime. Works offline.</source>
        <translation>قيِّم قدرة البلد على منع الجريمة السيبرانية والتحقيق فيها وملاحقة مرتكبيها قضائياً. يعمل دون اتصال بالشبكة.</translation>
    </message>
    <message>
        <source>&amp;New assessment…</source>
        <translation>تقييم &amp;جديد…</translation>
    </message>
    <message>
        <source>&amp;Open an assessment…</source>
        <translation>&amp;فتح تقييم…</translation>
    </message>
    <message>
        <source>Explore the &amp;demo assessment</source>
        <translation>استكشاف التقييم ال&amp;تجريبي</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;الإعدادات…</translation>
    </message>
    <message>
        <source>&amp;Recent assessments</source>
        <translation>التقييمات ال&amp;أخيرة</translation>
    </message>
    <message>
        <source>Recent assessments</source>
        <translation>التقييمات الأخيرة</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>المُجاب عنها</translation>
    </message>
    <message>
        <source>Last edited</source>
        <translation>آخر تعديل</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>No recent assessments yet. Start a new one, or explore the demo assessment of the fictional Republic of Meridia to see how CyberAssess works.</source>
        <translation>لا توجد تقييمات أخيرة بعدُ. ابدأ تقييماً جديداً، أو استكشف التقييم التجريبي لجمهورية ميريديا الافتراضية لترى كيف يعمل CyberAssess.</translation>
    </message>
    <message>
        <source>Remove from &amp;list</source>
        <translation>إزالة من ال&amp;قائمة</translation>
    </message>
    <message>
        <source>Remove the selected entry from this list (the file is not deleted)</source>
        <translation>إزالة الإدخال المحدد من هذه القائمة (لا يُحذف الملف)</translation>
    </message>
    <message>
        <source>O&amp;pen</source>
        <translation>فت&amp;ح</translation>
    </message>
</context>
<context>
    <name>TreatyPage</name>
    <message>
        <source>Full</source>
        <translation>كامل</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>جزئي</translation>
    </message>
    <message>
        <source>None</source>
        <translation>منعدم</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>لم يُقيَّم</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>المادة</translation>
    </message>
    <message>
        <source>Provision</source>
        <translation>الحكم</translation>
    </message>
    <message>
        <source>Cited by</source>
        <translation>تستشهد به</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>الامتثال</translation>
    </message>
    <message>
        <source>National provision</source>
        <translation>الحكم الوطني</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>All instruments</source>
        <translation>كل الصكوك</translation>
    </message>
    <message>
        <source>art. {number}</source>
        <translation>المادة {number}</translation>
    </message>
    <message>
        <source>{total} provisions cited by the framework; {assessed} assessed: {full} fully, {partial} partly and {none} not reflected in national law.</source>
        <translation>{total} حكماً يستشهد بها الإطار؛ قُيِّم منها {assessed}: {full} منعكسة كلياً و{partial} جزئياً و{none} غير منعكسة في القانون الوطني.</translation>
    </message>
    <message>
        <source>&amp;Instrument:</source>
        <translation>ال&amp;صك:</translation>
    </message>
    <message>
        <source>Treaty-compliance table</source>
        <translation>جدول الامتثال للمعاهدات</translation>
    </message>
</context>
</TS>
