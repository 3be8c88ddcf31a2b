# The hub's own words, in English (UK): its error messages and the impact report's labels.
# Every message here must also be in pl.ftl and ur.ftl (scripts/check-catalogues).

hub-error-too-many-attempts = Too many wrong PINs. Please wait { $seconds } seconds and try again.
hub-error-idempotency = This change was sent before with different details.
hub-error-no-database = The library hub cannot reach its database just now.
hub-error-internal = Something went wrong at the library hub. Please try again later.
hub-error-forbidden = You are not allowed to do that.
hub-error-no-address = There is no such address on this hub.

## The impact report: CSV column headers and each figure's label

report-csv-header = figure,category,value,label
report-library = Library
report-period_from = From
report-period_to = To
report-generated_at = Made at
report-members_total = Members
report-members_new = New members
report-loans = Loans
report-reservations = Reservations
report-events_held = Events held
report-events = Events
report-booked_places = Booked places
report-attended = Came
report-no_shows = Did not come
report-walk_ins = Came without booking
report-volunteer_hours = Volunteer hours
report-active_volunteers = Active volunteers
report-delivery_visits = Home delivery visits
report-readers_served = Readers served
report-room_bookings = Room bookings
report-room_hours = Room hours
report-consultations = Consultations running
report-consultation_responses = Answers to consultations
