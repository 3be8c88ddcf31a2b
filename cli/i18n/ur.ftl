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
