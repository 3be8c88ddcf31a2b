# cml کمانڈ کے اپنے الفاظ اردو میں: عنوانات اور لیبل۔
# ترجمہ اس منصوبے میں کیا گیا؛ جاری کرنے سے پہلے کوئی اہلِ زبان اسے دیکھے۔

change-waiting = { $summary }: بھیجی جانی ہے
change-outcome = { $summary }: { $outcome }
change-state = { $summary }: { $state }
signed-in-as = آپ { $name } کے نام سے سائن ان ہیں (کارڈ { $card })۔
signed-out = سائن آؤٹ ہو گیا۔
whoami = { $name } (کارڈ { $card })، { $roles }؛ اپنی لائبریری: { $home }
none = کوئی نہیں
nobody-signed-in = اس آلے پر کوئی سائن ان نہیں ہے۔
synced = نیا ڈیٹا آ گیا: { $n } تبدیلیاں ({ $parts })۔
status-signed-in = { $name } سائن ان ہیں۔
status-not-signed-in = کوئی سائن ان نہیں۔
status-hub = سرور: { $url }
no-events = کوئی تقریب نہیں ملی۔ انٹرنیٹ ہو تو پروگرام لینے کے لیے `cml sync` چلائیں۔
event-at = { $title }، { $library }
no-bookings = کوئی بکنگ نہیں۔
booking-line = { $title }، { $when }، { $library }: { $status }
no-changes = اس آلے پر کوئی تبدیلی نہیں کی گئی۔
no-libraries = ابھی کوئی لائبریری نہیں: انٹرنیٹ ہو تو `cml sync` چلائیں۔
no-news = کوئی نئی خبر نہیں۔
no-reminders = ابھی کوئی یاد دہانی نہیں۔
background-stopped = رک گیا: { $why } ({ $sent } تبدیلیاں بھیجی گئیں، { $pulled } چیزیں تازہ ہوئیں)۔
no-held-changes = رد کرنے کے لیے کوئی رکی ہوئی تبدیلی نہیں۔
held-discarded = { $n } تبدیلیاں رد کر دی گئیں: یہ نہیں بھیجی جائیں گی۔
no-changes-for-other-hub = کسی اور سرور کے لیے کوئی تبدیلی انتظار میں نہیں۔
home-nothing-now = ابھی کچھ کرنا نہیں۔
action-not-now = { $label }: ابھی نہیں۔ { $why }
title-reserve-at = { $library } سے لینے کے لیے محفوظ کریں۔
today-not-checked-in = حاضری نہیں لگی۔
rota-mine = آپ کی شفٹیں
rota-open = خالی شفٹیں
no-reservations = کوئی ریزرویشن نہیں۔
nothing-on-loan = کوئی کتاب ادھار پر نہیں۔
history-on = آپ کی پڑھنے کی تاریخ چالو ہے۔
history-off = آپ کی پڑھنے کی تاریخ بند ہے۔ اسے `cml history on` سے چالو کریں۔
nobody-waiting = کوئی انتظار میں نہیں۔
card-confirmed = کارڈ { $card } کی تصدیق ہو گئی۔
question-format = سوال kind:text کی شکل میں لکھیں، مثلاً "text:کچھ اور؟"۔
answer-format = ہر جواب QUESTION=ANSWER کی شکل میں دیں، مثلاً 1=2۔
questions-from-one = سوالوں کے نمبر 1 سے شروع ہوتے ہیں۔
options-from-one = جوابوں کے نمبر 1 سے شروع ہوتے ہیں۔
no-consultations = کوئی مشاورت نہیں۔ آن لائن ہوں تو `cml sync` چلائیں۔
published = شائع ہو گیا [{ $id }] { $title }: { $what }۔
no-reading-lists = پڑھنے کی کوئی فہرست نہیں۔ آن لائن ہوں تو `cml sync` چلائیں۔
list-withdrawn = پڑھنے کی فہرست { $id } واپس لے لی گئی۔
no-deliveries = گھر پر کتابوں کی کوئی ترسیل نہیں۔
no-proxies = نہ کوئی آپ کی طرف سے کام کرتا ہے، نہ آپ کسی کی طرف سے۔
you-act-for = آپ { $name } ({ $card }) کی طرف سے کام کرتے ہیں: { $rights }
acts-for-you = { $name } ({ $card }) آپ کی طرف سے کام کرتے ہیں: { $rights }
no-concerns = خیریت کی کوئی فکر درج نہیں۔
no-volunteer-roles = رضاکار کا کوئی کردار نہیں۔
pin-unreadable = PIN پڑھا نہیں جا سکا: { $detail }
certificate-unreadable = CML_HUB_CERTIFICATE والی سرٹیفکیٹ فائل پڑھی نہیں جا سکی: { $detail }
nothing-found = کچھ نہیں ملا۔
more-results = مزید نتائج: --offset استعمال کریں۔
record-by = مصنف: { $authors }
record-publisher = ناشر: { $publisher }
event-or-all = کسی تقریب کا نام دیں، یا --all استعمال کریں۔
not-hosting = آپ کسی تقریب کے میزبان نہیں۔
no-room-bookings = کمروں کی کوئی بکنگ نہیں۔
no-shifts = ڈیوٹی کی فہرست میں کوئی شفٹ نہیں۔ آن لائن ہوں تو `cml sync` چلائیں۔
no-hours = ابھی کوئی گھنٹے نہیں۔
hours-month = { $month }: { $hours } ({ $n ->
    [one] 1 شفٹ
   *[other] { $n } شفٹیں
})
hours-session = { $when }، { $library }: { $text }
# The impact report, line by line.
impact-head = اثر کی رپورٹ: { $library }، { $from } سے { $to } تک
impact-members = ارکان: { $total } (نئے: { $new })
impact-loans = ادھار: { $loans }۔ ریزرویشن: { $reservations }۔
impact-events = ہونے والی تقریبات: { $n }
impact-category = { $category }: تقریبات { $events }، بک کی گئی جگہیں { $booked }، آئے { $attended }، نہیں آئے { $absent }، بغیر بکنگ { $walkins }
impact-volunteers = رضاکاروں کے گھنٹے: { $hours } (رضاکار: { $n })
impact-deliveries = گھر پر ترسیل کی ملاقاتیں: { $visits } (قاری: { $readers })
impact-rooms = شراکت داروں کی کمروں کی بکنگ: { $n } ({ $hours })
impact-consultations = مشاورتیں: { $n } (جوابات: { $answers })
scale-answer = پیمانے کا جواب 1 سے 5 تک کا کوئی عدد ہے۔
