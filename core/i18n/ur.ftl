# ایپ کے الفاظ اردو میں۔ آسان الفاظ، چھوٹے جملے۔
# ترجمہ اس منصوبے میں کیا گیا؛ جاری کرنے سے پہلے کوئی اہلِ زبان اسے دیکھے۔

## سائن ان اور غلطیاں

error-card-number = لائبریری کارڈ نمبر 6 سے 16 ہندسوں کا ہوتا ہے۔
error-pin = پن 4 سے 8 ہندسوں کا ہوتا ہے۔
error-signed-out = آپ سائن آؤٹ ہو گئے ہیں۔ براہِ کرم دوبارہ سائن ان کریں۔
error-no-event-sync = پروگرام میں تقریب نمبر { $id } نہیں ہے۔ پہلے نیا ڈیٹا لے کر دیکھیں۔
error-no-event = پروگرام میں تقریب نمبر { $id } نہیں ہے۔
error-event-cancelled = { $title } منسوخ ہو چکی ہے۔
error-event-started = { $title } شروع ہو چکی ہے۔
error-places = آپ 1 جگہ بک کر سکتے ہیں، یا کسی ساتھی یا دیکھ بھال کرنے والے کے ساتھ 2 جگہیں۔
error-drop-in = { $title } کے لیے بکنگ کی ضرورت نہیں: بس آ جائیں۔
error-already-booked = { $title } کے لیے آپ کی بکنگ پہلے سے ہے۔
error-date-format = تاریخ YYYY-MM-DD کی شکل میں لکھیں، مثلاً 2026-12-01۔
error-end-before-start = آخری تاریخ پہلی تاریخ سے پہلے ہے۔
error-no-library = { $code } کوڈ والی کوئی لائبریری نہیں ہے۔

## فون پر کی گئی تبدیلیاں

summary-book = { $n ->
    [one] { $title } ({ $when }) کے لیے 1 جگہ بک کریں
   *[other] { $title } ({ $when }) کے لیے { $n } جگہیں بک کریں
}
summary-cancel-booking = { $title } ({ $when }) کی بکنگ منسوخ کریں

## حالت کی سطر

status-offline-last = آف لائن۔ آخری بار { $ago } اپ ڈیٹ ہوا۔
status-offline-never = آف لائن۔ ابھی تک اپ ڈیٹ نہیں ہوا۔
status-offline-waiting = { $n ->
    [one] آف لائن: آن لائن ہونے پر 1 تبدیلی بھیجی جائے گی۔
   *[other] آف لائن: آن لائن ہونے پر { $n } تبدیلیاں بھیجی جائیں گی۔
}
status-up-to-date = سب کچھ تازہ ہے ({ $ago } دیکھا گیا)۔
status-never = ابھی تک اپ ڈیٹ نہیں ہوا۔
status-waiting = { $n ->
    [one] 1 تبدیلی بھیجی جانی ہے۔
   *[other] { $n } تبدیلیاں بھیجی جانی ہیں۔
}
status-signed-out-other-hub = آپ سائن آؤٹ ہو گئے کیونکہ یہ فون اب لائبریری کی کوئی اور سروس استعمال کرتا ہے۔ براہِ کرم دوبارہ سائن ان کریں۔
status-held = { $n ->
    [one] { $hub } کے لیے کی گئی 1 تبدیلی بھیجی جائے گی اگر یہ فون اس پر واپس جائے، یا آپ اسے رد کر سکتے ہیں۔
   *[other] { $hub } کے لیے کی گئی { $n } تبدیلیاں بھیجی جائیں گی اگر یہ فون اس پر واپس جائے، یا آپ انہیں رد کر سکتے ہیں۔
}
outcome-discarded = نہیں بھیجی گئی: آپ نے اسے رد کرنے کا فیصلہ کیا۔

## لائبریریاں: کھلنے کے اوقات

hours-closed = بند
hours-period = { $opens } سے { $closes } تک
list-separator = {"، "}
today-closed-for = آج بند ہے: { $reason }
today-closed = آج بند ہے
today-open = آج کھلا ہے: { $hours }
closure-day = بند: { $date } ({ $reason })
closure-days = بند: { $from } سے { $to } تک ({ $reason })

## تقریبات اور بکنگ

event-cancelled = منسوخ
event-drop-in = بکنگ کی ضرورت نہیں، بس آ جائیں
event-full = جگہ نہیں ہے: آپ انتظار کی فہرست میں شامل ہو سکتے ہیں
event-full-waiting = جگہ نہیں ہے: { $n } لوگ انتظار میں ہیں
event-places-left = { $n ->
    [one] 1 جگہ باقی ہے
   *[other] { $n } جگہیں باقی ہیں
}
booking-waiting-to-send = { $n ->
    [one] 1 جگہ کی بکنگ بھیجی جانی ہے
   *[other] { $n } جگہوں کی بکنگ بھیجی جانی ہے
}
cancellation-waiting-to-send = منسوخی بھیجی جانی ہے
booking-you-are-booked = { $n ->
    [one] آپ کی بکنگ ہو گئی ہے (1 جگہ)
   *[other] آپ کی بکنگ ہو گئی ہے ({ $n } جگہیں)
}
booking-you-are-waiting = انتظار کی فہرست میں آپ کا نمبر { $n } ہے
an-event = ایک تقریب
booking-waiting = بھیجی جانی ہے
booking-booked = { $n ->
    [one] بک ہے (1 جگہ)
   *[other] بک ہے ({ $n } جگہیں)
}
booking-position = انتظار کی فہرست میں نمبر { $n }
booking-cancelled = منسوخ
booking-event-cancelled = لائبریری نے یہ تقریب منسوخ کر دی ہے

## اطلاعات

notice-promoted = اچھی خبر: { $title } ({ $when }) میں ایک جگہ خالی ہو گئی۔ آپ کی بکنگ ہو گئی ہے۔
notice-event-cancelled = لائبریری نے { $title } ({ $when }) منسوخ کر دی ہے۔
notice-event-cancelled-why = لائبریری نے { $title } ({ $when }) منسوخ کر دی ہے۔ { $reason }
notice-event-moved = { $title } بدل گئی ہے: اب یہ { $when } کو { $place } میں ہے۔
notice-hold-ready = { $title } { $place } میں آپ کے لیے تیار ہے۔
notice-hold-ready-until = { $title } { $place } میں { $until } تک آپ کے لیے تیار ہے۔
notice-hold-expired = { $title } وقت پر نہیں لی گئی، اس لیے یہ انتظار کرنے والے اگلے شخص کو دے دی گئی ہے۔

## غلطیوں کے مقررہ الفاظ

error-offline = آپ آف لائن ہیں، یا لائبریری کا سرور ابھی نہیں مل رہا۔
error-not-signed-in = براہِ کرم پہلے سائن ان کریں۔
error-too-many-attempts = بہت زیادہ غلط پن۔ براہِ کرم { $seconds } سیکنڈ انتظار کریں اور پھر کوشش کریں۔
error-store-corrupt = ایپ کی ڈیٹا فائل { $path } خراب ہے اور پڑھی نہیں جا سکتی۔ اسے ویسے ہی چھوڑ دیا گیا ہے۔
error-store-too-new = ایپ کی ڈیٹا فائل { $path } ایپ کے نئے ورژن نے لکھی ہے (ورژن { $found }؛ یہ ایپ ورژن { $known } جانتی ہے)۔ براہِ کرم ایپ اپ ڈیٹ کریں۔
error-store-unavailable = ایپ کی ڈیٹا فائل { $path } کھل نہیں سکتی: { $detail }
error-store = ایپ کا ڈیٹا پڑھا یا محفوظ نہیں کیا جا سکا: { $detail }
error-hub = لائبریری کے سرور میں مسئلہ ہوا: { $detail }
error-internal = ایپ میں کچھ غلط ہو گیا: { $detail }

## میرا اکاؤنٹ: محفوظ کتابیں، ادھار کتابیں، پڑھنے کی تاریخ، کارڈ

a-title = ایک کتاب
title-number = کتاب نمبر { $id }
hold-queue = قطار میں آپ کا نمبر { $n } ہے ({ $total } میں سے)
hold-paused = { $until } تک روکی گئی۔ قطار میں آپ کا نمبر اب بھی { $n } ہے ({ $total } میں سے)
hold-on-its-way = { $library } کے راستے میں ہے
hold-ready = { $library } میں لینے کے لیے تیار ہے
hold-ready-until = { $library } میں { $until } تک لینے کے لیے تیار ہے
hold-collected = لے لی گئی
hold-cancelled = منسوخ
hold-expired = وقت پر نہیں لی گئی
hold-cancel-waiting = منسوخی بھیجی جانی ہے
hold-pause-waiting = { $until } تک روکنے کی درخواست بھیجی جانی ہے
hold-restart-waiting = دوبارہ شروع کرنے کی درخواست بھیجی جانی ہے
hold-move-waiting = { $library } منتقل کرنے کی درخواست بھیجی جانی ہے
hold-reservation-waiting = محفوظ کرنے کی درخواست بھیجی جانی ہے
loan-overdue = { $n ->
    [one] واپسی کی تاریخ گزر گئی: { $due } کو واپس کرنی تھی (1 دن پہلے)
   *[other] واپسی کی تاریخ گزر گئی: { $due } کو واپس کرنی تھی ({ $n } دن پہلے)
}
loan-due-today = آج واپس کرنی ہے
loan-due-tomorrow = کل واپس کرنی ہے
loan-due-in = { $due } کو واپس کرنی ہے ({ $n } دن میں)
loan-renewal-waiting = { $due }۔ مدت بڑھانے کی درخواست بھیجی جانی ہے
history-line = { $borrowed } کو لی، { $returned } کو واپس کی
card-provisional = ابھی تصدیق نہیں ہوئی: کتابیں لینے اور محفوظ کرنے کے لیے لائبریری میں اپنے پتے کا ثبوت دکھائیں
card-ready = کتابیں لینے کے لیے یہ کارڈ کاؤنٹر پر دکھائیں

summary-reserve = { $title } محفوظ کریں، { $library } سے لیں گے
summary-cancel-hold = { $title } کی محفوظ درخواست منسوخ کریں
summary-pause-hold = { $title } کی محفوظ درخواست { $until } تک روکیں
summary-restart-hold = { $title } کی محفوظ درخواست دوبارہ شروع کریں
summary-collect-at = { $title } { $library } سے لیں
summary-collect-all-at = تمام محفوظ کتابیں { $library } سے لیں
summary-default-pickup = اب سے محفوظ کتابیں { $library } سے لیں
summary-renew = { $title } کی مدت بڑھائیں
summary-history-on = پڑھنے کی تاریخ شروع کریں
summary-history-off = پڑھنے کی تاریخ بند کریں
summary-history-delete = پڑھنے کی تاریخ مٹا دیں
summary-lend = { $barcode } کارڈ { $card } کو دیں
summary-take-back = { $barcode } { $library } میں واپس لیں

error-after-today = آج کے بعد کی تاریخ چنیں۔
error-pause-a-year = محفوظ درخواست زیادہ سے زیادہ ایک سال کے لیے روکی جا سکتی ہے۔
error-library-code = لائبریری کوڈ 1 سے 10 حروف یا ہندسوں کا ہوتا ہے، مثلاً BRE۔
error-barcode = کتاب کا بارکوڈ 1 سے 32 حروف یا ہندسوں کا ہوتا ہے۔
error-no-hold = آپ کی کوئی محفوظ درخواست نمبر { $id } نہیں ہے۔ پہلے نیا ڈیٹا لے کر دیکھیں۔
error-choose-pickup = وہ لائبریری چنیں جہاں سے آپ کتاب لیں گے۔
error-card-not-confirmed = آپ کے کارڈ کی لائبریری میں تصدیق باقی ہے۔ اس کے بعد آپ کتابیں محفوظ کر سکیں گے۔
error-no-title = کیٹلاگ میں کتاب نمبر { $id } نہیں ہے۔
error-not-reservable = { $title } محفوظ نہیں ہو سکتی: کوئی ایسی کاپی نہیں جو ادھار دی جا سکے۔
error-already-reserved = آپ { $title } پہلے ہی محفوظ کر چکے ہیں۔
error-already-on-loan = { $title } پہلے ہی آپ کے پاس ادھار ہے۔
error-hold-kept = اس درخواست کے لیے ایک کاپی پہلے ہی رکھی ہے، اس لیے اسے روکا نہیں جا سکتا۔
error-no-loan = آپ کے پاس ادھار نمبر { $id } نہیں ہے۔ پہلے نیا ڈیٹا لے کر دیکھیں۔
error-renewal-limit = { $title } کی مدت { $n } بار بڑھ چکی ہے، اس سے زیادہ نہیں ہو سکتی۔ براہِ کرم { $due } تک واپس کریں۔
error-returned-where = بتائیں کہ کتاب کس لائبریری میں واپس کی گئی۔
error-birth-format = اپنی تاریخِ پیدائش YYYY-MM-DD کی شکل میں لکھیں۔
error-birth-missing = براہِ کرم اپنی تاریخِ پیدائش لکھیں۔
error-choose-pin = 4 سے 8 ہندسوں کا پن چنیں۔

## کیٹلاگ: کاپیاں کہاں ہیں

list-and = { $first } اور { $last }
avail-no-copies-yet = ابھی کوئی کاپی نہیں
avail-none-at-yours = آپ کی لائبریریوں میں کوئی کاپی نہیں
avail-on-shelf = شیلف پر موجود: { $list }
avail-reference = صرف لائبریری میں پڑھنے کے لیے
avail-on-loan = { $n ->
    [one] واحد کاپی ادھار پر ہے
   *[other] تمام { $n } کاپیاں ادھار پر ہیں
}
copy-on-shelf = شیلف پر
copy-on-loan = ادھار پر
copy-on-loan-until = ادھار پر، { $due } کو واپس آئے گی
copy-in-transit = لائبریریوں کے درمیان راستے میں
copy-hold-shelf = محفوظ کرنے والے کا انتظار
copy-missing = گم ہے
isbn-invalid = { $isbn } (غلط)
error-search-too-long = یہ تلاش بہت لمبی ہے۔
error-no-record = اس آلے پر ریکارڈ نمبر { $id } نہیں ہے۔

## گھر پر کتابیں

visit-when = { $date }: { $time }
delivery-requested = درخواست دی گئی: لائبریری آپ سے رابطہ کرے گی
delivery-declined = ابھی ممکن نہیں: { $reason }
delivery-paused = روکا گیا
delivery-ended = ختم
delivery-next-visit = اگلی ملاقات: { $when }
delivery-accepted = منظور: اگلی ملاقات جلد طے ہوگی
visit-outcome-waiting = { $outcome }: بھیجا جانا ہے
visit-chosen-waiting = { $n } چیزیں چنی گئیں: بھیجی جانی ہیں
summary-ask-delivery = گھر پر کتابوں کی درخواست
summary-ask-delivery-for = کارڈ { $card } کے لیے گھر پر کتابوں کی درخواست
summary-pause-delivery = { $name } کے لیے گھر پر کتابیں روکیں
summary-resume-delivery = { $name } کے لیے گھر پر کتابیں دوبارہ شروع کریں
summary-end-delivery = { $name } کے لیے گھر پر کتابیں ختم کریں
summary-grant-proxy = کارڈ { $card } کو اپنی طرف سے کام کرنے دیں: { $rights }
summary-revoke-proxy = کارڈ { $card } اب آپ کی طرف سے کام نہیں کرے گا
summary-reserve-for = کارڈ { $card } کے لیے کتاب نمبر { $id } محفوظ کریں
summary-choose-items = { $name } کے لیے { $n } چیزیں چنیں
summary-record-visit = { $name } سے ملاقات: { $outcome }

## رضاکار: شفٹیں اور حاضری

session-open = ابھی حاضری لگی ہوئی ہے
session-out-before-in = جانے کا وقت آنے کے وقت سے پہلے ہے: کوآرڈینیٹر اسے دیکھے گا
session-too-long = 12 گھنٹے سے زیادہ: کوآرڈینیٹر اسے دیکھے گا
shift-signing-up = نام لکھوایا جا رہا ہے: بھیجنا باقی ہے
shift-dropping = نام واپس لیا جا رہا ہے: بھیجنا باقی ہے
shift-taken-by = { $name } نے لے لی
shift-open = خالی
shift-places-taken = { $total } میں سے { $n } جگہیں بھر گئیں
summary-sign-up-shift = { $title } ({ $when }) کے لیے نام لکھوائیں
summary-drop-shift = { $title } ({ $when }) سے نام واپس لیں
summary-check-in = { $library } میں { $time } پر حاضری لگائیں
summary-check-out = { $time } پر جانے کا وقت لکھیں
summary-fix-check-out = جانے کا وقت { $date }، { $time } کر دیں
error-time-format = وقت اس طرح لکھیں: 2026-10-25T09:30:00+01:00۔
error-no-shift = شفٹ نمبر { $id } فہرست میں نہیں ہے۔ پہلے نیا ڈیٹا لے کر دیکھیں۔
error-which-library = بتائیں کہ آپ کس لائبریری میں ہیں۔
error-checked-in-already = آپ کی حاضری پہلے سے لگی ہے۔ پہلے جانے کا وقت لکھیں۔
error-not-checked-in = آپ کی حاضری نہیں لگی۔
error-say-why-300 = وجہ بتائیں، زیادہ سے زیادہ 300 حروف میں۔

## پروگرام: سلسلے، دروازے پر حاضری، کمرے

roster-summary = یہاں { $booked } بک جگہوں میں سے { $attended } آئے، { $missing } نہیں آئے، { $walk_ins } بغیر بکنگ کے آئے
summary-book-series = { $title } کی تمام نشستوں کے لیے { $n } جگہ بک کریں
summary-attended = { $title } میں { $name } کی حاضری لگائیں
summary-not-come = { $title } میں { $name } نہیں آئے
summary-walk-ins = { $title } میں { $n } لوگ بغیر بکنگ کے آئے
summary-book-room = کمرہ نمبر { $id } { $when } کے لیے بک کریں
summary-cancel-room = { $room } کی { $when } والی بکنگ منسوخ کریں
error-no-series = پروگرام میں سلسلہ نمبر { $id } نہیں ہے۔ پہلے نیا ڈیٹا لے کر دیکھیں۔
error-door-too-early = { $title } کی حاضری شروع ہونے سے ایک گھنٹہ پہلے کھلتی ہے۔

## یاد دہانیاں (فون کی اطلاعات)

reminder-hold-ready = { $title } { $library } میں لینے کے لیے تیار ہے۔ براہِ کرم { $until } تک لے لیں۔
reminder-hold-last-day = { $library } سے { $title } لینے کا آج آخری دن ہے۔
reminder-loan-due = { $title } { $due } کو واپس کرنی ہے۔ آپ ایپ میں مدت بڑھا سکتے ہیں۔
reminder-event-tomorrow = کل: { $title }، { $when }۔
reminder-visit-tomorrow = لائبریری کی طرف سے گھر پر کتابیں کل آئیں گی، { $date }۔
reminder-round-tomorrow = کل آپ کو گھر گھر کتابیں پہنچانی ہیں: { $n } ملاقاتیں۔
reminder-shift-tomorrow = کل آپ کی شفٹ: { $title }، { $when }۔

## اپنی رائے دیں: مشورے

error-no-consultation = یہ مشورہ اس فون پر نہیں ہے۔ پہلے نیا ڈیٹا لے کر دیکھیں۔
consultation-opens = { $date } کو کھلے گا
consultation-open-until = { $date } تک کھلا ہے
consultation-closed = بند
consultation-answered = آپ نے جواب دے دیا۔ شکریہ!
consultation-answer-waiting = آن لائن ہونے پر آپ کے جواب بھیج دیے جائیں گے۔
consultation-sign-in = جواب دینے کے لیے براہِ کرم سائن ان کریں۔
consultation-responses = { $n ->
    [one] 1 شخص نے جواب دیا۔
   *[other] { $n } لوگوں نے جواب دیا۔
}
summary-answer-consultation = { $title } کا جواب دیں

## پڑھنے کی فہرستیں

list-title-not-kept = یہ اس فون پر نہیں: انٹرنیٹ ہو تو تلاش کریں۔
list-titles = { $n ->
    [one] 1 کتاب
   *[other] { $n } کتابیں
}

## اسکرینیں: ہوم، کتاب، میرا اکاؤنٹ، تقریبات، آج، شفٹیں

home-greeting-night = سلام، { $name }
home-greeting-morning = صبح بخیر، { $name }
home-greeting-afternoon = سلام، { $name }
home-greeting-evening = شام بخیر، { $name }
home-greeting-signed-out = اپنی لائبریری میں خوش آمدید
home-hold-ready-until = { $title } { $library } میں لینے کے لیے تیار ہے۔ آخری دن: { $until }۔
home-hold-ready = { $title } { $library } میں لینے کے لیے تیار ہے۔
home-loan = { $title }: { $due }
home-next-event = آپ کی اگلی تقریب: { $title }، { $when }، { $library } میں۔
home-simple-next-event = میری اگلی تقریب: { $title }، { $when }
home-next-visit = گھر پر کتابیں اگلی بار: { $when }۔
home-next-visit-for = { $name } کے لیے گھر پر کتابیں اگلی بار: { $when }۔
home-simple-next-visit = میری اگلی ملاقات: { $when }
home-round-today = { $n ->
    [one] آج آپ کو گھر گھر کتابیں پہنچانی ہیں: 1 ملاقات۔
   *[other] آج آپ کو گھر گھر کتابیں پہنچانی ہیں: { $n } ملاقاتیں۔
}
home-shift-now = آپ کی شفٹ ابھی جاری ہے: { $title }، { $library }، { $when }۔
home-next-shift = آپ کی اگلی شفٹ: { $title }، { $library }، { $when }۔
home-delivery-requests = { $n ->
    [one] گھر پر کتابوں کی 1 درخواست کا جواب دینا ہے۔
   *[other] گھر پر کتابوں کی { $n } درخواستوں کا جواب دینا ہے۔
}
home-welfare-concerns = { $n ->
    [one] خیریت کی 1 فکر پر کارروائی کرنی ہے۔
   *[other] خیریت کی { $n } فکروں پر کارروائی کرنی ہے۔
}
home-simple-ask-for-books = کتابیں منگوائیں
home-simple-my-books = میری کتابیں
home-simple-call = { $library } کو فون کریں
data-age = { $ago } اپ ڈیٹ ہوا۔
data-age-offline = انٹرنیٹ نہیں۔
action-renew = مدت بڑھائیں
action-cancel = منسوخ کریں
action-suspend = روک دیں
action-resume = دوبارہ شروع کریں
action-change-pickup = لینے کی جگہ بدلیں
action-book = جگہ محفوظ کریں
action-join-waiting-list = انتظار کی فہرست میں شامل ہوں
action-add-to-calendar = میرے کیلنڈر میں ڈالیں
action-drop = یہ شفٹ چھوڑ دیں
action-sign-up = نام لکھوائیں
action-check-in = حاضری لگائیں
action-check-out = واپسی لگائیں
why-change-waiting = اس میں ایک تبدیلی بھیجی جانی ہے۔
why-hold-ready-no-pause = یہ { $library } میں آپ کا انتظار کر رہی ہے، اس لیے روکی نہیں جا سکتی۔
why-hold-on-its-way-no-pause = ایک کاپی آپ کے لیے راستے میں ہے، اس لیے روکی نہیں جا سکتی۔
why-hold-ready-no-move = یہ { $library } میں آپ کا انتظار کر رہی ہے۔ کہیں اور لینی ہو تو لائبریری سے پوچھیں۔
why-reservation-not-sent = یہ ریزرویشن ابھی لائبریری تک نہیں پہنچی۔ پہنچنے کے بعد آپ اسے بدل سکتے ہیں۔
why-renewal-waiting = مدت بڑھانے کی درخواست بھیجی جانی ہے۔
why-no-renewals-left = آپ { $n } بار مدت بڑھا چکے ہیں، اس سے زیادہ نہیں۔ براہ کرم واپس کریں۔
why-event-cancelled = لائبریری نے یہ تقریب منسوخ کر دی ہے۔
why-drop-in = جگہ محفوظ کرنے کی ضرورت نہیں: بس آ جائیں۔
why-event-started = یہ تقریب شروع ہو چکی ہے۔
why-booked-already = آپ کی جگہ پہلے سے محفوظ ہے۔
why-not-booked = اس تقریب میں آپ کی جگہ محفوظ نہیں۔
why-event-over = یہ تقریب ختم ہو چکی ہے۔
why-too-late-to-drop = شفٹ شروع ہونے سے کم از کم { $n } گھنٹے پہلے چھوڑی جا سکتی ہے۔ براہ کرم لائبریری کو فون کریں۔
why-shift-started = یہ شفٹ شروع ہو چکی ہے۔
why-shift-full = اس شفٹ کی سب جگہیں بھر چکی ہیں۔
action-delivery-pause = کتابیں پہنچانا روکیں
action-delivery-resume = کتابیں پہنچانا دوبارہ شروع کریں
action-delivery-end = گھر پر کتابیں پہنچانا ختم کریں
action-delivery-accept = قبول کریں
action-delivery-decline = انکار کریں
action-delivery-schedule = ملاقاتیں طے کریں
action-delivery-request = گھر پر کتابیں منگوائیں
action-concern-close = نوٹ کے ساتھ بند کریں
why-needs-connection = اس کے لیے کنکشن چاہیے۔ آن لائن ہونے پر دوبارہ کوشش کریں۔
why-concern-closed = یہ فکر پہلے ہی بند ہو چکی ہے۔
why-delivery-request-waiting = آپ کی درخواست بھیجی جانے کے انتظار میں ہے۔
why-delivery-under-way = گھر پر کتابیں پہنچانے کی درخواست پہلے ہی دی جا چکی ہے یا جاری ہے۔
concern-raised = { $name } نے { $date } کو اٹھائی: { $note }
concern-closed = { $name } نے { $date } کو بند کی: { $note }
concern-close-waiting = آپ کا بند کرنے کا نوٹ بھیجے جانے کے انتظار میں ہے۔
error-concern-note = لکھیں کہ کیا کیا گیا، 1000 حروف تک۔
error-no-such-concern = یہ فکر اس فون پر نہیں ہے۔ سنک کریں، پھر دوبارہ کوشش کریں۔
summary-close-concern = { $name } کے بارے میں فکر بند کریں
deliveries-requests = { $n ->
    [one] 1 درخواست پر فیصلہ کرنا ہے۔
   *[other] { $n } درخواستوں پر فیصلہ کرنا ہے۔
}
deliveries-to-schedule = { $n ->
    [one] 1 ڈیلیوری کے لیے ملاقاتیں طے کرنی ہیں۔
   *[other] { $n } ڈیلیوریوں کے لیے ملاقاتیں طے کرنی ہیں۔
}
deliveries-nothing-waiting = آپ کے لیے کچھ انتظار میں نہیں ہے۔
deliveries-privacy-note = پڑھنے والوں کے پتے اس فون پر نہیں رکھے جاتے۔ پتہ دیکھنے کے لیے آن لائن ہو کر ڈیلیوری کھولیں۔
title-sign-in-to-reserve = محفوظ کرنے کے لیے سائن ان کریں۔
title-on-loan = یہ آپ کے پاس ہے۔ { $due }
title-reserved = آپ نے یہ محفوظ کی ہے۔ { $status }
title-can-reserve = آپ یہ محفوظ کر سکتے ہیں۔
account-no-loans = آپ کے پاس کوئی کتاب نہیں۔
account-loans = { $n ->
    [one] آپ کے پاس 1 چیز ہے۔
   *[other] آپ کے پاس { $n } چیزیں ہیں۔
}
account-loans-overdue = { $n ->
    [one] آپ کے پاس 1 چیز ہے۔ اس کی تاریخ گزر چکی ہے۔
   *[other] آپ کے پاس { $n } چیزیں ہیں۔ { $overdue } کی تاریخ گزر چکی ہے۔
}
account-no-holds = آپ کی کوئی ریزرویشن نہیں۔
account-holds = { $n ->
    [one] آپ کی 1 ریزرویشن ہے۔
   *[other] آپ کی { $n } ریزرویشنز ہیں۔
}
account-holds-ready = { $n ->
    [one] آپ کی 1 ریزرویشن ہے۔ یہ لینے کے لیے تیار ہے۔
   *[other] آپ کی { $n } ریزرویشنز ہیں۔ { $ready } لینے کے لیے تیار ہیں۔
}
account-history-off = پڑھنے کی تاریخ بند ہے: لائبریری آپ کی لی ہوئی کتابوں کی فہرست نہیں رکھتی۔
account-history-empty = پڑھنے کی تاریخ چالو ہے۔ واپس کی گئی کتابیں یہاں نظر آئیں گی۔
account-history = { $n ->
    [one] پڑھنے کی تاریخ میں 1 کتاب۔
   *[other] پڑھنے کی تاریخ میں { $n } کتابیں۔
}
events-none = کوئی تقریب نہیں ملی۔ کوئی اور لائبریری، قسم یا ہفتہ چنیں۔
shift-drop-until = آپ اسے { $when } تک چھوڑ سکتے ہیں۔
today-checked-in = { $time } سے { $library } میں حاضر۔
today-not-sent = ابھی نہیں بھیجا گیا: انٹرنیٹ واپس آنے پر بھیج دیا جائے گا۔
today-hours-month = اس مہینے { $hours }۔
today-no-hours-month = اس مہینے ابھی کوئی گھنٹے نہیں۔

## کسی اور کی طرف سے

acting-yourself = آپ خود: آپ کی اپنی کتابیں، بکنگ اور ڈیلیوری۔
acting-rights = { $name } کے لیے آپ یہ کر سکتے ہیں: { $rights }۔
acting-not-for-them = آپ اس شخص کی طرف سے کام نہیں کرتے۔ وہ لائبریری میں آپ کو اپنا نگہبان بنا سکتے ہیں۔
acting-no-deliveries = { $name } نے آپ کو اپنی گھر پر کتابوں کی ذمہ داری نہیں دی۔
acting-no-reserve = { $name } نے آپ کو اپنے لیے کتابیں محفوظ کرنے کا نہیں کہا۔
acting-no-loans = { $name } نے آپ کو اپنی لی ہوئی کتابیں دیکھنے کی اجازت نہیں دی۔
acting-no-renew = صرف { $name } یا لائبریری مدت بڑھا سکتی ہے۔ براہ کرم لائبریری کو فون کریں۔
acting-card = { $name } کا لائبریری کارڈ
acting-loans-none = { $name } کے پاس کوئی کتاب نہیں۔
acting-loans = { $name } کے پاس { $n } چیزیں ہیں۔
acting-holds = آپ جو ریزرویشن کریں گے وہ { $name } کے نام سے جائے گی۔
acting-history = پڑھنے کی تاریخ صرف { $name } دیکھ سکتے ہیں۔
acting-title-on-loan = یہ { $name } کے پاس ہے۔ { $due }
acting-title-can-reserve = آپ یہ { $name } کے لیے محفوظ کر سکتے ہیں۔
home-acting-for = { $name } کی طرف سے
summary-reserve-for-name = { $name } کے لیے { $title } محفوظ کریں ({ $library } سے لینا ہے)

## گھر گھر کتابیں اور انتخاب

round-none = اس دن آپ کی کوئی ملاقات نہیں۔
round-summary = { $n } ملاقاتیں: { $done } درج، { $left } باقی۔
error-visit-not-on-round = یہ ملاقات آپ کی فہرست میں نہیں۔ پہلے سنک کریں۔
choose-likes = پسند: { $list }۔
choose-authors = پسندیدہ مصنف: { $list }۔
choose-formats = شکل: { $list }۔
choose-avoid = براہ کرم یہ نہ دیں: { $list }۔
choose-repeats-welcome = پہلے پڑھی ہوئی کتابیں دوبارہ دی جا سکتی ہیں۔
choose-no-repeats = پہلے پڑھی ہوئی کتابیں نہیں۔
choose-surprise = کچھ نیا بھی چلے گا۔
choose-notes = نوٹ: { $notes }
choose-borrowed-before = پہلے لی جا چکی ہے: { $title }۔ { $name } پہلے پڑھی ہوئی کتابیں نہیں چاہتے۔

## بغیر انٹرنیٹ کے رکنیت

join-waiting = آپ کا فارم اس فون میں محفوظ ہے۔ انٹرنیٹ واپس آنے پر بھیج دیا جائے گا، پھر آپ کا کارڈ نمبر یہاں نظر آئے گا۔
join-already-waiting = آپ کا فارم پہلے سے اس فون میں محفوظ ہے اور انٹرنیٹ واپس آنے پر بھیج دیا جائے گا۔

## پہنچائی گئی کتابوں پر رائے

summary-react = { $reaction }: { $title }
choose-reaction = { $reaction }: { $title } ({ $date })
error-reaction = "ایسی اور" یا "میرے لیے نہیں" چنیں۔
error-not-delivered = یہ کتاب آپ کو پہنچائی گئی کتابوں میں نہیں۔ پہلے سنک کریں۔

## Checks the phone makes before anything is sent.

error-hub-url-not-web = سرور کا پتا ویب پتا نہیں ہے۔ یہ https:// سے شروع ہوتا ہے۔
error-hub-url-plain-http = سرور کا پتا https:// سے شروع ہونا چاہیے۔ صرف http:// اسی کمپیوٹر پر چلنے والے سرور کے لیے ہے۔
error-hub-url-https = سرور کا پتا https:// سے شروع ہونا چاہیے۔
error-hub-url-no-host = سرور کے پتے میں ہوسٹ کا نام نہیں ہے۔
error-certificate = سرٹیفکیٹ پڑھا نہیں جا سکا: { $detail }
error-certificate-untrusted = اس کا سرٹیفکیٹ قابلِ بھروسا نہیں ({ $detail })
error-hub-answered = لائبریری کا سرور ابھی مصروف ہے یا بند ہے (اس کا جواب { $status } تھا)۔
error-connection-broke = رابطہ ٹوٹ گیا۔
error-not-a-barcode = { $barcode } کسی کتاب کا بارکوڈ نہیں ہے۔
error-choose-day = پیر (1) سے اتوار (7) تک کوئی دن چنیں۔
error-choose-time-of-day = صبح، دوپہر کے بعد یا کوئی بھی وقت چنیں۔
error-choose-frequency = ہر ہفتے، ہر دو ہفتے یا ہر مہینے چنیں۔
error-no-delivery = اس فون پر ترسیل { $id } نہیں ہے۔
error-choose-rights = ترسیل، ریزرو اور ادھار میں سے چنیں۔
error-say-why-reader = وجہ لکھیں، تاکہ قاری کو پتا ہو۔
error-visit-past = یہ ملاقات گزر چکی ہے۔
error-date-time-format = تاریخ اور وقت YYYY-MM-DD HH:MM کی شکل میں لکھیں، مثلاً 2026-12-03 10:30۔
error-say-why-booked = وجہ لکھیں، تاکہ بکنگ کرنے والوں کو پتا ہو۔
error-not-hosting-yet = آپ تقریب { $id } کے میزبان نہیں، یا اس کی حاضری کی فہرست ابھی اس فون پر نہیں آئی۔
error-not-hosting = آپ تقریب { $id } کے میزبان نہیں۔
error-no-door-booking = حاضری کی اس فہرست میں بکنگ { $id } نہیں ہے۔
error-room-purpose = لکھیں کہ کمرا کس لیے ہے، زیادہ سے زیادہ 200 حروف۔
error-no-room-booking = آپ کی کمرے کی بکنگ { $id } نہیں ہے۔

## اثر (کوآرڈینیٹر)

impact-all-libraries = تمام لائبریریاں
impact-period-this_month = یہ مہینہ
impact-period-last_month = پچھلا مہینہ
impact-period-year = یہ سال (یکم اپریل سے)
impact-period-dates = { $period }: { $dates }
impact-span = { $from } سے { $to } تک
impact-title = { $library }، { $dates }
impact-figure = { $label }: { $value }
impact-category-figure = { $figure } ({ $category })
impact-counted = یہ اعداد { $date } کو { $time } بجے گنے گئے۔
impact-not-kept = یہ اعداد ابھی اس فون پر نہیں ہیں۔ انٹرنیٹ ہو تو یہ سکرین ایک بار کھولیں۔
error-impact-period = یہ مہینہ، پچھلا مہینہ یا یہ سال چنیں۔

## نئے ممبر (کوآرڈینیٹر)

home-pending-members = { $n ->
    [one] 1 نیا ممبر اپنے کارڈ کی تصدیق کا انتظار کر رہا ہے۔
   *[other] { $n } نئے ممبر اپنے کارڈ کی تصدیق کا انتظار کر رہے ہیں۔
}
pending-none = کوئی بھی کارڈ کی تصدیق کا انتظار نہیں کر رہا۔
pending-member = { $name } نے { $date } کو { $library } میں شمولیت کی ({ $postcode })۔
pending-privacy-note = پتے اس فون پر نہیں رکھے جاتے۔ انٹرنیٹ ہو تو پتے کا ثبوت دیکھنے کے لیے ممبر کو کھولیں۔
action-confirm-card = کارڈ کی تصدیق کریں

## تقریبات اور کمرے (کوآرڈینیٹر)

action-new-event = نئی تقریب
action-edit-event = تبدیل کریں
action-cancel-event = تقریب منسوخ کریں
room-booking-row = { $organisation }: { $purpose }، { $room }، { $library }، { $when }۔

## ڈیسک (لائبریری کے رضاکار)

action-desk-lend = کتاب دیں
action-desk-take-back = کتاب واپس لیں
why-no-desk = آپ ابھی کسی لائبریری میں ڈیسک پر کام نہیں کرتے۔ کوئی کوآرڈینیٹر آپ کو شامل کر سکتا ہے۔
desk-waiting = { $n ->
    [one] ڈیسک کی 1 تبدیلی انٹرنیٹ واپس آنے پر بھیجی جائے گی۔
   *[other] ڈیسک کی { $n } تبدیلیاں انٹرنیٹ واپس آنے پر بھیجی جائیں گی۔
}

## رضاکار (کوآرڈینیٹر)

volunteers-role-holders = { $role }: { $names }۔
volunteers-none = ابھی کوئی رضاکار نہیں۔
