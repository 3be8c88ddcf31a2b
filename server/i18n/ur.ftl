# سرور کے الفاظ اردو میں: غلطی کے پیغامات اور رپورٹ کے عنوانات۔
# ترجمہ اس منصوبے میں کیا گیا؛ جاری کرنے سے پہلے کوئی اہلِ زبان اسے دیکھے۔

hub-error-too-many-attempts = بہت زیادہ غلط پن۔ براہِ کرم { $seconds } سیکنڈ انتظار کریں اور پھر کوشش کریں۔
hub-error-idempotency = یہ تبدیلی پہلے مختلف تفصیلات کے ساتھ بھیجی گئی تھی۔
hub-error-no-database = لائبریری کا سرور ابھی اپنے ڈیٹا بیس تک نہیں پہنچ پا رہا۔
hub-error-internal = لائبریری کے سرور میں کچھ غلط ہو گیا۔ براہِ کرم بعد میں دوبارہ کوشش کریں۔
hub-error-forbidden = آپ کو یہ کرنے کی اجازت نہیں ہے۔
hub-error-no-address = اس سرور پر ایسا کوئی پتہ نہیں ہے۔

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
