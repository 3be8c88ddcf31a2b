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

code-right-deliveries = گھر پر کتابوں کا انتظام
code-right-reserve = کتابیں محفوظ کروانا
code-right-loans = ادھار کتابیں دیکھنا اور مدت بڑھانا

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

duration-minutes = { $m } منٹ
duration-hours = { $h ->
    [one] 1 گھنٹہ
   *[other] { $h } گھنٹے
}
duration-hours-minutes = { $h } گھنٹے { $m } منٹ
