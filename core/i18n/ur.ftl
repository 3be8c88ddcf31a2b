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
