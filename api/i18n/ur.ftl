# ایپ اور سرور کے مشترکہ الفاظ: دن، مہینے، وقت، تاریخیں، ترتیبی اعداد۔
# اردو۔ ترجمہ اس منصوبے میں کیا گیا؛ جاری کرنے سے پہلے کوئی اہلِ زبان اسے دیکھے۔

weekday = { $n ->
    [1] پیر
    [2] منگل
    [3] بدھ
    [4] جمعرات
    [5] جمعہ
    [6] ہفتہ
   *[7] اتوار
}

month-in-date = { $n ->
    [1] جنوری
    [2] فروری
    [3] مارچ
    [4] اپریل
    [5] مئی
    [6] جون
    [7] جولائی
    [8] اگست
    [9] ستمبر
    [10] اکتوبر
    [11] نومبر
   *[12] دسمبر
}

date-long = { $weekday }، { $day } { $month }

# بارہ گھنٹے کی گھڑی، دن کے حصے کے ساتھ: „صبح 9:30“، „شام 5:00“۔
clock = { $part ->
    [morning] صبح
    [afternoon] دوپہر
    [evening] شام
   *[night] رات
} { $hm12 }

span-one-day = { $date }، { $from } سے { $to } تک
span-days = { $from-date } { $from } سے { $to-date } { $to } تک

ordinal = { $n ->
    [1] پہلا
    [2] دوسرا
    [3] تیسرا
    [4] چوتھا
    [6] چھٹا
   *[other] { $n }واں
}

ago-now = ابھی ابھی
ago-minutes = { $n } منٹ پہلے
ago-hours = { $n ->
    [one] { $n } گھنٹہ پہلے
   *[other] { $n } گھنٹے پہلے
}
ago-days = { $n } دن پہلے

## تبدیلیوں کے نتائج: سرور شناخت اور دلائل بھیجتا ہے، فون انہیں الفاظ میں لکھتا ہے۔

outcome-event-not-found = یہ تقریب لائبریری کے پروگرام میں نہیں ہے۔
outcome-event-cancelled = { $title } منسوخ ہو چکی ہے۔
outcome-event-started = { $title } شروع ہو چکی ہے۔
outcome-places = آپ 1 سے { $max } جگہیں بک کر سکتے ہیں (اپنے اور کسی ساتھی یا دیکھ بھال کرنے والے کے لیے)۔
outcome-drop-in = { $title } کے لیے بکنگ کی ضرورت نہیں: بس آ جائیں۔
outcome-already-booked = { $title } کے لیے آپ کی بکنگ پہلے سے ہے۔
outcome-confirmed = { $n ->
    [one] { $title } میں آپ کی جگہ پکی ہو گئی ہے۔
   *[other] { $title } میں آپ کی { $n } جگہیں پکی ہو گئی ہیں۔
}
outcome-waitlisted = { $title } میں جگہ نہیں ہے۔ انتظار کی فہرست میں آپ کا نمبر { $n } ہے۔
outcome-no-booking = { $title } کے لیے آپ کی کوئی بکنگ نہیں ہے۔
outcome-cancelled = { $title } کے لیے آپ کی بکنگ منسوخ ہو گئی ہے۔
outcome-no-hold = آپ کی ایسی کوئی ریزرویشن نہیں۔ شاید لے لی گئی، منسوخ ہو گئی یا ختم ہو گئی۔
outcome-card-not-confirmed = آپ کے کارڈ کی لائبریری میں تصدیق باقی ہے۔ اس کے بعد آپ کتابیں محفوظ کر سکیں گے۔
outcome-no-title = یہ کتاب کیٹلاگ میں نہیں۔
outcome-already-reserved = آپ { $title } پہلے ہی محفوظ کر چکے ہیں۔
outcome-already-on-loan = { $title } پہلے ہی آپ کے پاس ہے۔
outcome-hold-limit = آپ کی { $n } ریزرویشنز ہیں، اس سے زیادہ نہیں ہو سکتیں۔ پہلے کوئی ایک لے لیں یا منسوخ کریں۔
outcome-hold-cancelled = { $title } کی ریزرویشن منسوخ ہو گئی۔
outcome-pause-after-today = ریزرویشن روکنے کے لیے آج کے بعد کی تاریخ چنیں۔
outcome-pause-a-year = ریزرویشن زیادہ سے زیادہ ایک سال کے لیے روکی جا سکتی ہے۔
outcome-pause-ready = اس ریزرویشن کے لیے کاپی رکھی جا چکی ہے، اس لیے روکی نہیں جا سکتی۔
outcome-hold-paused = { $title } کی ریزرویشن { $until } تک رکی ہوئی ہے۔ قطار میں اس کی جگہ قائم رہے گی۔
outcome-default-pickup = آپ کی ریزرویشنز { $library } جائیں گی، جب تک آپ کوئی اور لائبریری نہ چنیں۔
outcome-renewal-limit = { $title } کی مدت { $n } بار بڑھائی جا چکی ہے، اس سے زیادہ نہیں۔ براہ کرم { $due } تک واپس کریں۔
outcome-renew-someone-waiting = کوئی اور رکن { $title } کا انتظار کر رہا ہے، اس لیے مدت نہیں بڑھ سکتی۔ براہ کرم { $due } تک واپس کریں۔
outcome-renewed = { $title } کی مدت بڑھ گئی۔ اب واپسی کی تاریخ { $due } ہے۔
outcome-no-loan = آپ کے پاس ایسی کوئی کتاب نہیں۔ شاید واپس ہو چکی ہے۔
outcome-history-deleted = آپ کی پڑھنے کی تاریخ مٹا دی گئی۔
outcome-idempotency-mismatch = یہ تبدیلی پہلے مختلف تفصیلات کے ساتھ بھیجی گئی تھی، اس لیے دوبارہ نہیں کی گئی۔
outcome-only-hosts = صرف تقریب کا میزبان یا کوآرڈینیٹر لوگوں کی حاضری لگا سکتا ہے۔
outcome-only-partners = صرف شراکت دار ادارے اور کوآرڈینیٹر کمرے بک کر سکتے ہیں۔
outcome-only-visit-volunteers = یہ صرف اس دورے کے رضاکار اور کوآرڈینیٹر کر سکتے ہیں۔
outcome-only-volunteers = صرف رضاکار شفٹوں کے لیے نام لکھوا سکتے ہیں اور حاضری لگا سکتے ہیں۔
outcome-only-desk = صرف رضاکار اور کوآرڈینیٹر کاؤنٹر پر کتابیں دے اور واپس لے سکتے ہیں۔
outcome-only-members-book = صرف لائبریری کے ممبر تقریبات کے لیے بکنگ کر سکتے ہیں۔
outcome-only-members = صرف لائبریری کے ممبر کتاب محفوظ کروا سکتے ہیں، مدت بڑھا سکتے ہیں یا پڑھنے کی تاریخ رکھ سکتے ہیں۔
outcome-only-members-answer = صرف لائبریری کے ممبر لائبریری کے مشورے کا جواب دے سکتے ہیں۔
outcome-bad-library-code = لائبریری کوڈ 1 سے 10 حروف یا ہندسوں کا ہوتا ہے۔
outcome-bad-barcode = کتاب کا بارکوڈ 1 سے 32 حروف یا ہندسوں کا ہوتا ہے۔
outcome-nul = اس تبدیلی میں NUL حرف ہے، جو یہاں کسی متن میں نہیں ہو سکتا، اس لیے یہ نہیں کی گئی۔
outcome-series-over = اس سلسلے کی کوئی نشست باقی نہیں۔
outcome-series-booked-already = ہر نشست کے لیے آپ کی بکنگ پہلے سے ہے۔
outcome-series-booked = { $title } کی { $n } نشستوں کے لیے آپ کی بکنگ ہو گئی ہے۔
outcome-series-partly = { $title } کی { $n } نشستوں کے لیے آپ کی بکنگ ہو گئی ہے، اور { $waiting } نشستوں کے لیے آپ انتظار کی فہرست میں ہیں۔
outcome-no-such-booking = ایسی کوئی بکنگ نہیں ہے۔
outcome-door-too-early = { $title } کی حاضری شروع ہونے سے ایک گھنٹہ پہلے کھلتی ہے۔
outcome-no-place-held = اس بکنگ میں کوئی جگہ نہیں ہے۔
outcome-attended = حاضری لگ گئی۔
outcome-not-come = غیر حاضر لکھ دیا گیا۔
outcome-walk-ins-range = بغیر بکنگ کے آنے والے 0 سے { $max } تک ہو سکتے ہیں۔
outcome-only-hosts-count = صرف تقریب کا میزبان یا کوآرڈینیٹر بغیر بکنگ کے آنے والوں کو گن سکتا ہے۔
outcome-walk-ins = { $title } میں بغیر بکنگ کے آنے والے { $n } لوگ لکھ دیے گئے۔
outcome-room-purpose = بتائیں کہ کمرہ کس لیے چاہیے، زیادہ سے زیادہ 200 حروف میں۔
outcome-end-before-start = ختم ہونے کا وقت شروع سے پہلے ہے۔
outcome-room-too-long = کمرہ ایک وقت میں زیادہ سے زیادہ 12 گھنٹے کے لیے بک ہو سکتا ہے۔
outcome-start-past = شروع کا وقت گزر چکا ہے۔
outcome-room-a-year = کمرے زیادہ سے زیادہ ایک سال پہلے بک ہو سکتے ہیں۔
outcome-no-such-room = ایسا کوئی کمرہ نہیں ہے۔
outcome-room-booked = { $room } ({ $library }) { $when } کو آپ کا ہے۔
outcome-no-such-room-booking = کمرے کی ایسی کوئی بکنگ نہیں ہے۔
outcome-room-cancelled = کمرے کی بکنگ منسوخ ہو گئی۔
outcome-choose-rights = چنیں کہ وہ کیا کر سکتے ہیں: گھر پر کتابیں، کتابیں محفوظ کرنا، ادھار کتابیں۔
outcome-no-such-card = کسی ممبر کے پاس کارڈ { $card } نہیں ہے۔
outcome-not-yourself = آپ خود کو نہیں چن سکتے۔
rights-list = { $count ->
    [1] { $r0 }
    [2] { $r0 } اور { $r1 }
   *[3] { $r0 }، { $r1 } اور { $r2 }
}
outcome-proxy-granted = { $name } اب آپ کی طرف سے یہ کر سکتے ہیں: { $rights }۔
outcome-not-your-carer = { $name } آپ کی طرف سے کام نہیں کرتے۔
outcome-proxy-revoked = { $name } اب آپ کی طرف سے کام نہیں کر سکتے۔
outcome-concern-closed = { $name } کے بارے میں فکر بند کر دی گئی ہے۔
outcome-concern-already-closed = { $name } کے بارے میں فکر پہلے ہی { $by } نے بند کر دی تھی۔
outcome-no-such-concern = اس ملاقات کے لیے کوئی کھلی فکر نہیں ہے۔
outcome-concern-note = لکھیں کہ کیا کیا گیا، 1000 حروف تک۔
outcome-only-coordinators-concerns = صرف کوآرڈینیٹر فکر بند کر سکتے ہیں۔
outcome-not-your-deliveries = { $name } نے آپ سے گھر پر کتابوں کا انتظام کرنے کو نہیں کہا۔
outcome-delivery-already = { $name } کو گھر پر کتابیں پہلے سے مل رہی ہیں، یا انہوں نے درخواست دی ہے۔
outcome-delivery-requested = شکریہ۔ لائبریری گھر پر کتابوں کے بارے میں آپ سے رابطہ کرے گی۔
outcome-delivery-requested-for = شکریہ۔ لائبریری { $name } کے لیے گھر پر کتابوں کے بارے میں رابطہ کرے گی۔
outcome-no-such-delivery = ایسی کوئی ترسیل نہیں ہے۔
outcome-cannot-pause = یہ ترسیل ابھی روکی نہیں جا سکتی (حالت: { $state })۔
outcome-cannot-resume = یہ ترسیل ابھی دوبارہ شروع نہیں ہو سکتی (حالت: { $state })۔
outcome-cannot-end = یہ ترسیل ابھی ختم نہیں ہو سکتی (حالت: { $state })۔
outcome-say-pause-resume-end = لکھیں: pause (روکیں)، resume (دوبارہ شروع کریں) یا end (ختم کریں)۔
outcome-delivery-paused = گھر پر کتابیں روک دی گئی ہیں۔ جب چاہیں دوبارہ شروع کریں۔
outcome-delivery-ended = گھر پر کتابیں ختم ہو گئیں۔ ہمارے ساتھ پڑھنے کا شکریہ۔
outcome-delivery-resumed = گھر پر کتابیں دوبارہ شروع ہو گئیں۔

## لوگوں کو نظر آنے والے کوڈ اور ان کا متن: code-KIND-CODE

code-role-member = ممبر
code-role-carer = دیکھ بھال کرنے والا
code-role-volunteer = رضاکار
code-role-coordinator = کوآرڈینیٹر
code-role-admin = منتظم
code-role-partner = شراکت دار ادارہ

code-visit-scheduled = طے شدہ
code-visit-delivered = پہنچا دیا گیا
code-visit-not_home = گھر پر نہیں تھے
code-visit-declined = اس بار منع کر دیا
code-visit-unwell = طبیعت ٹھیک نہیں
code-visit-welfare_concern = ان کی خیریت کی فکر

code-time-morning = صبح
code-time-afternoon = دوپہر
code-time-any = کسی بھی وقت

code-shift-opening_up = لائبریری کھولنا
code-shift-desk = کاؤنٹر پر
code-shift-coffee_morning = صبح کی کافی
code-shift-delivery_round = گھر پر کتابیں پہنچانا
code-shift-other = دیگر

code-frequency-weekly = ہر ہفتے
code-frequency-fortnightly = ہر دو ہفتے
code-frequency-monthly = ہر مہینے
code-reaction-more_like_this = ایسی اور
code-reaction-not_for_me = میرے لیے نہیں
code-category-coffee_morning = صبح کی کافی
code-category-craft = دستکاری
code-category-dementia_awareness = ڈیمنشیا سے آگاہی
code-category-health_check = صحت کا معائنہ
code-category-job_club = ملازمت کلب
code-category-mindfulness = ذہن سازی
code-category-reminiscence = پرانی یادیں
code-category-yoga = یوگا
code-category-reading_group = کتاب کلب
code-category-school_visit = اسکول کا دورہ
code-category-home_reading = گھر پر کتابیں

code-right-deliveries = گھر پر کتابوں کا انتظام
code-right-reserve = کتابیں محفوظ کروانا
code-right-loans = ادھار کتابیں دیکھنا

code-volunteer-role-branch_volunteer = لائبریری رضاکار
code-volunteer-role-event_host = تقریب کا میزبان
code-volunteer-role-chooser = کتابیں چننے والا
code-volunteer-role-deliverer = کتابیں پہنچانے والا
code-volunteer-role-steering_group = رہنما کمیٹی

code-delivery-requested = درخواست دی گئی
code-delivery-accepted = منظور
code-delivery-declined = ممکن نہیں
code-delivery-active = جاری
code-delivery-paused = روکا گیا
code-delivery-ended = ختم

code-hold-waiting_to_send = بھیجی جانی ہے
code-hold-waiting = قطار میں
code-hold-suspended = روکی گئی
code-hold-in_transit = راستے میں
code-hold-ready = لینے کے لیے تیار
code-hold-collected = لے لی گئی
code-hold-cancelled = منسوخ
code-hold-expired = وقت پر نہیں لی گئی

code-booking-waiting_to_send = بھیجی جانی ہے
code-booking-confirmed = بک ہے
code-booking-waitlisted = انتظار کی فہرست میں
code-booking-cancelled = منسوخ
code-booking-event_cancelled = تقریب منسوخ

code-change-waiting = بھیجی جانی ہے
code-change-done = ہو گیا
code-change-refused = نہیں ہو سکا

code-format-book = کتاب
code-format-large_print = بڑے حروف
code-format-audiobook = آڈیو کتاب
code-format-eaudiobook = آن لائن آڈیو کتاب
code-format-ebook = ای بک
code-format-dvd = ڈی وی ڈی
code-format-video = ویڈیو
code-format-music = موسیقی
code-format-score = موسیقی کے نوٹس
code-format-map = نقشہ
code-format-serial = رسالہ
code-format-computer = کمپیوٹر فائل
code-format-other = دیگر

code-reading-format-standard_print = عام حروف
code-reading-format-large_print = بڑے حروف
code-reading-format-audiobook_cd = سی ڈی پر آڈیو کتاب
code-reading-format-e_audio = آن لائن آڈیو کتاب

code-sync-stop-done = سب کچھ بھیج دیا گیا اور تازہ ہے
code-sync-stop-budget = وقت ختم ہو گیا: اگلی بار یہیں سے آگے
code-sync-stop-cancelled = منسوخ
code-sync-stop-busy = کوئی اور اپ ڈیٹ چل رہی تھی
code-sync-stop-offline = آف لائن
code-sync-stop-signed_out = سائن ان نہیں
code-reminder-hold_ready = لینے کے لیے تیار کتابیں
code-reminder-hold_last_day = کتابیں لینے کا آخری دن
code-reminder-loan_due = جلد واپس کرنے والی کتابیں
code-reminder-event_tomorrow = کل کی تقریبات
code-reminder-visit_tomorrow = کل گھر پر کتابیں پہنچانے کی ملاقاتیں
code-reminder-round_tomorrow = کل آپ کا کتابیں پہنچانے کا دورہ
code-reminder-shift_tomorrow = کل آپ کی شفٹیں

duration-minutes = { $m } منٹ
duration-hours = { $h ->
    [one] 1 گھنٹہ
   *[other] { $h } گھنٹے
}
duration-hours-minutes = { $h } گھنٹے { $m } منٹ

## ریزرویشن اور کاؤنٹر۔

queue-only-one = صرف آپ انتظار کر رہے ہیں۔
queue-position = قطار میں آپ کا نمبر { $length } میں سے { $n } ہے۔
this-title = یہ کتاب
outcome-no-library-code = کوڈ { $code } والی کوئی لائبریری نہیں ہے۔
outcome-no-copies-to-reserve = لائبریریوں کے پاس { $title } کی کوئی کاپی ریزرو کرنے کے لیے نہیں ہے۔
outcome-reference-only = { $title } ریزرو نہیں ہو سکتی۔ اس کی کاپیاں صرف لائبریری میں پڑھنے کے لیے ہیں۔
outcome-reserved = { $title } آپ کے لیے ریزرو ہو گئی۔ آپ اسے { $library } سے لے سکتے ہیں۔
outcome-reserved-queue = { $title } آپ کے لیے ریزرو ہو گئی۔ آپ اسے { $library } سے لے سکتے ہیں۔ { $queue }
outcome-hold-resumed = { $title } کی ریزرویشن دوبارہ چل رہی ہے۔
outcome-hold-resumed-queue = { $title } کی ریزرویشن دوبارہ چل رہی ہے۔ { $queue }
outcome-hold-ready-at = یہ ریزرویشن پہلے ہی { $library } میں آپ کا انتظار کر رہی ہے۔
outcome-pickup-one = آپ اسے { $library } سے لیں گے۔
outcome-pickup-none = آپ کی کوئی ریزرویشن منتقل کرنے کے لیے نہیں ہے۔
outcome-pickup-all = آپ کی { $n } ریزرویشنز { $library } سے لی جائیں گی۔
outcome-history-on = آپ کی پڑھنے کی تاریخ چالو ہے۔ اب سے واپس کی گئی کتابیں فہرست میں آئیں گی۔
outcome-history-off = آپ کی پڑھنے کی تاریخ بند ہے۔ واپس کی گئی کتابیں فہرست میں نہیں آئیں گی۔ جو پہلے سے ہے وہ رہے گا جب تک آپ اسے نہ مٹائیں۔
outcome-desk-lend-elsewhere = آپ صرف اس لائبریری میں کتابیں دے سکتے ہیں جہاں آپ رضاکار ہیں۔ آپ { $library } میں رضاکار نہیں ہیں۔
outcome-desk-take-back-elsewhere = آپ صرف اس لائبریری میں کتابیں واپس لے سکتے ہیں جہاں آپ رضاکار ہیں۔ آپ { $library } میں رضاکار نہیں ہیں۔
outcome-no-copy-barcode = کسی کاپی کا بارکوڈ { $barcode } نہیں ہے۔ بارکوڈ کے نیچے لکھا نمبر دیکھیں۔
outcome-card-format = لائبریری کارڈ نمبر 6 سے 16 ہندسوں کا ہوتا ہے۔
outcome-member-card-not-confirmed = { $name } کا کارڈ ابھی تصدیق شدہ نہیں ہے۔ کتاب دینے سے پہلے اس کی تصدیق کریں (پتے کا ثبوت)۔
outcome-copy-reference = { $title } کی یہ کاپی صرف لائبریری میں پڑھنے کے لیے ہے۔
outcome-copy-on-loan-to = { $title } کی یہ کاپی پہلے ہی { $name } کے پاس ہے۔
outcome-copy-on-loan-other = { $title } کی یہ کاپی کسی اور ممبر کے پاس ہے۔ پہلے اسے واپس لیں۔
outcome-copy-kept-for-another = { $title } کی یہ کاپی کسی اور ممبر کی ریزرویشن کے لیے رکھی گئی ہے۔
outcome-lent = { $title } { $name } کو دے دی گئی۔ واپسی کی تاریخ { $due } ہے۔
outcome-copy-reference-not-lent = { $title } کی یہ کاپی صرف لائبریری میں پڑھنے کے لیے ہے۔ یہ کسی کے پاس نہیں تھی۔
outcome-returned = { $title } واپس آ گئی۔ { $todo }
outcome-not-on-loan = { $title } کسی کے پاس نہیں تھی۔ { $todo }
desk-to-shelf = اسے واپس شیلف پر رکھیں۔
desk-to-hold-shelf = اسے { $until } تک { $name } کے لیے ریزرویشن شیلف پر رکھیں۔
desk-send-to = اسے { $library } بھیجیں۔ { $name } نے اسے ریزرو کیا ہے۔

## گھر پر کتابیں: درخواست، تھیلا اور ملاقات۔

outcome-request-address = پتہ لکھیں، زیادہ سے زیادہ 300 حروف میں۔
outcome-request-postcode = برطانیہ کا پوسٹ کوڈ لکھیں، مثلاً ST19 9AA۔
outcome-request-access-notes = گھر تک پہنچنے کی ہدایات زیادہ سے زیادہ 500 حروف کی ہو سکتی ہیں۔
outcome-request-day = پسندیدہ دن 1 (پیر) سے 7 (اتوار) تک ہے۔
outcome-request-time = وقت: صبح، دوپہر کے بعد یا کسی بھی وقت۔
outcome-request-frequency = کتنی بار: ہر ہفتے، ہر دو ہفتے یا ہر مہینے۔
outcome-request-formats = شکلیں یہ ہیں: { $formats }۔
outcome-request-notes = نوٹس زیادہ سے زیادہ 1000 حروف کے ہو سکتے ہیں۔
outcome-request-list = { $field }: زیادہ سے زیادہ 20 چیزیں، ہر ایک 100 حروف تک۔
field-genres = کتابوں کی قسمیں
field-favourite-authors = پسندیدہ مصنف
field-avoid = مصنف یا موضوع جن سے بچنا ہے
outcome-say-reaction = "ایسی اور" یا "میرے لیے نہیں" چنیں۔
outcome-no-such-visit = ایسی کوئی ملاقات نہیں ہے۔
outcome-only-reader-reacts = یہ صرف قاری، یا ان کی ڈیلیوری دیکھنے والا نگہبان کہہ سکتا ہے۔
outcome-not-delivered = یہ کتاب اس ملاقات میں نہیں دی گئی تھی۔
outcome-reacted = شکریہ۔ لائبریری کتابیں چنتے وقت اس کا خیال رکھے گی: { $title }۔
outcome-only-chooser = اس ملاقات کا تھیلا صرف کتابیں چننے والا بھر سکتا ہے۔
outcome-visit-happened = یہ ملاقات ہو چکی ہے۔
outcome-bag-limit = ایک تھیلے میں زیادہ سے زیادہ 20 چیزیں ہو سکتی ہیں۔
outcome-bag-no-copy = کسی کاپی کا بارکوڈ { $barcode } نہیں ہے۔ تھیلے میں کچھ نہیں ڈالا گیا۔
outcome-bag-reference = { $barcode } صرف لائبریری میں پڑھنے کے لیے ہے۔ تھیلے میں کچھ نہیں ڈالا گیا۔
outcome-bag-ready = تھیلے میں { $n } چیزیں ہیں۔
outcome-bag-borrowed-before = تھیلے میں { $n } چیزیں ہیں۔ قاری یہ پہلے لے چکے ہیں: { $titles }۔
outcome-only-deliverer = اس ملاقات کو صرف کتابیں پہنچانے والا درج کر سکتا ہے۔
outcome-visit-recorded-already = یہ ملاقات پہلے ہی درج ہو چکی ہے۔
outcome-visit-outcomes = نتیجہ ان میں سے ایک ہے: { $outcomes }۔
outcome-say-concern = کوآرڈینیٹر کے لیے لکھیں کہ فکر کیا ہے۔
outcome-note-length = نوٹ زیادہ سے زیادہ 1000 حروف کا ہو سکتا ہے۔
outcome-handed-only-delivered = کتابیں صرف تب دی جاتی ہیں جب ملاقات ہو جائے۔
outcome-visit-no-copy = کسی کاپی کا بارکوڈ { $barcode } نہیں ہے۔ ملاقات درج نہیں ہوئی۔ نمبر دیکھ کر دوبارہ کوشش کریں۔
outcome-visit-delivered = ملاقات درج ہو گئی: { $handed } دی گئیں، { $collected } واپس لی گئیں۔
outcome-visit-concern = ملاقات درج ہو گئی۔ کوآرڈینیٹر اگلی بار سنک ہونے پر آپ کی فکر دیکھیں گے۔
outcome-visit-recorded = ملاقات درج ہو گئی۔

## شفٹیں، حاضری، مشاورت اور کمرے۔

outcome-no-such-shift = یہ شفٹ روٹا میں نہیں ہے۔
outcome-shift-started = { $title } شروع ہو چکی ہے۔
outcome-already-on-shift = آپ کا نام پہلے ہی اس شفٹ میں ہے۔
outcome-shift-taken-by = { $name } نے یہ شفٹ آپ سے ذرا پہلے لے لی۔ پیشکش کا شکریہ!
outcome-shift-full = یہ شفٹ بھر چکی ہے۔ پیشکش کا شکریہ!
outcome-signed-up = آپ کا نام { $title } کے لیے لکھ دیا گیا: { $library }، { $when }۔
outcome-not-on-shift = آپ کا نام اس شفٹ میں نہیں ہے۔
outcome-shift-too-late = یہ شفٹ ایک دن کے اندر شروع ہو رہی ہے۔ براہ کرم لائبریری کو فون کریں تاکہ وہ کسی اور کو ڈھونڈ سکیں۔
outcome-dropped = { $title } سے آپ کا نام ہٹا دیا گیا۔
outcome-session-key = سیشن کی کلید 8 سے 64 حروف یا ہندسوں کی ہوتی ہے۔
outcome-check-in-future = حاضری کا وقت مستقبل میں ہے۔ فون کی گھڑی دیکھیں۔
outcome-check-in-recorded = یہ حاضری پہلے ہی درج ہے۔
outcome-volunteer-checked-in = خوش آمدید! آپ کی حاضری { $time } پر لگی۔
outcome-no-such-check-in = ایسی کوئی حاضری نہیں ہے۔
outcome-time-future = یہ وقت مستقبل میں ہے۔ فون کی گھڑی دیکھیں۔
outcome-checked-out-already = آپ کی روانگی پہلے ہی درج ہے۔
outcome-say-why = وجہ لکھیں، زیادہ سے زیادہ 300 حروف میں۔
outcome-hours-recorded = شکریہ! { $hours } درج ہو گئے۔
outcome-times-unusual = درج ہو گیا۔ وقت غیر معمولی لگتے ہیں، اس لیے کوآرڈینیٹر انہیں دیکھیں گے۔
outcome-no-such-consultation = یہ مشاورت جاری نہیں ہے۔
outcome-consultation-not-open = { $title } { $date } کو شروع ہو گی۔
outcome-consultation-closed = { $title } بند ہو چکی ہے۔ حصہ لینے کی خواہش کا شکریہ۔
outcome-consultation-answered-already = آپ { $title } کے جواب دے چکے ہیں۔ شکریہ!
outcome-consultation-answered = { $title } کے جوابات کا شکریہ۔
answers-none = براہ کرم کم از کم ایک سوال کا جواب دیں۔
answers-no-such-question = یہ سوال اس مشاورت میں نہیں ہے۔
answers-twice = ایک سوال کا جواب دو بار دیا گیا ہے۔
answers-does-not-fit = "{ $question }" کا جواب سوال سے میل نہیں کھاتا۔
outcome-room-taken-by = اس وقت کمرہ { $title } کے لیے لیا ہوا ہے۔
outcome-room-taken-partner = اس وقت کمرہ کسی شراکت دار ادارے نے بک کیا ہوا ہے۔
outcome-not-your-reserving = { $name } نے آپ سے اپنے لیے ریزرو کرنے کو نہیں کہا۔

## اثر کی رپورٹ: CSV کے کالموں کے عنوان اور ہر عدد کا نام

report-csv-header = پیمانہ,زمرہ,قدر,وضاحت
report-library = لائبریری
report-period_from = سے
report-period_to = تک
report-generated_at = بنائی گئی
report-members_total = ممبر
report-members_new = نئے ممبر
report-loans = ادھار دی گئی کتابیں
report-reservations = محفوظ کی گئی کتابیں
report-events_held = ہونے والی تقریبات
report-events = تقریبات
report-booked_places = بک کی گئی جگہیں
report-attended = آئے
report-no_shows = نہیں آئے
report-walk_ins = بغیر بکنگ کے آئے
report-volunteer_hours = رضاکاروں کے گھنٹے
report-active_volunteers = سرگرم رضاکار
report-delivery_visits = گھر پر کتابیں پہنچانے کے دورے
report-readers_served = جن قارئین کو کتابیں ملیں
report-room_bookings = کمروں کی بکنگ
report-room_hours = کمروں کے گھنٹے
report-consultations = جاری مشاورتیں
report-consultation_responses = مشاورتوں کے جوابات
