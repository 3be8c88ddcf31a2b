# Words the device core and the hub share: weekdays, months, clock times, dates, ordinals.
# English (UK). Plain words: short sentences, common words.

# $n: 1 = Monday … 7 = Sunday.
weekday = { $n ->
    [1] Monday
    [2] Tuesday
    [3] Wednesday
    [4] Thursday
    [5] Friday
    [6] Saturday
   *[7] Sunday
}

# The month's name as it stands in a date ("1 December"). $n: 1 = January.
month-in-date = { $n ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
}

# "Tuesday 1 December".
date-long = { $weekday } { $day } { $month }

# "9:30am", "1pm", "12 noon". $h12: 1-12, $mm: minutes with two digits, $period: am, pm or noon.
clock = { $period ->
    [noon] 12 noon
   *[other] { $m ->
        [0] { $h12 }{ $period }
       *[other] { $h12 }:{ $mm }{ $period }
    }
}

# "Tuesday 1 December, 10am to 11am".
span-one-day = { $date }, { $from } to { $to }
# "Tuesday 1 December 9pm to Wednesday 2 December 1am".
span-days = { $from-date } { $from } to { $to-date } { $to }

# "1st", "2nd", "3rd", "4th" ($n is an ordinal number).
ordinal = { $n ->
    [one] { $n }st
    [two] { $n }nd
    [few] { $n }rd
   *[other] { $n }th
}

ago-now = just now
ago-minutes = { $n ->
    [one] { $n } minute ago
   *[other] { $n } minutes ago
}
ago-hours = { $n ->
    [one] { $n } hour ago
   *[other] { $n } hours ago
}
ago-days = { $n ->
    [one] { $n } day ago
   *[other] { $n } days ago
}

## Outcomes of changes: the hub sends the id and its arguments, the phone words them.

outcome-event-not-found = That event is not in the library's programme.
outcome-event-cancelled = { $title } has been cancelled.
outcome-event-started = { $title } has already started.
outcome-places = You can book 1 or { $max } places (for you and a companion or carer).
outcome-drop-in = No booking is needed for { $title }: just come along.
outcome-already-booked = You are already booked for { $title }.
outcome-confirmed = { $n ->
    [one] Your place at { $title } is confirmed.
   *[other] Your { $n } places at { $title } are confirmed.
}
# $position: "2nd"; $n: 2.
outcome-waitlisted = { $title } is full. You are { $position } on the waiting list.
outcome-no-booking = You have no booking for { $title }.
outcome-cancelled = Your booking for { $title } is cancelled.
outcome-no-hold = You have no such reservation. It may have been collected, cancelled or expired.
outcome-card-not-confirmed = Your card is waiting to be confirmed at the library. Once it is, you can reserve books.
outcome-no-title = That title is not in the catalogue.
outcome-already-reserved = You have already reserved { $title }.
outcome-already-on-loan = You already have { $title } on loan.
outcome-hold-limit = You have { $n } reservations, the most you can have at once. Collect or cancel one first.
outcome-hold-cancelled = Your reservation of { $title } is cancelled.
outcome-pause-after-today = Choose a date after today to pause a reservation until.
outcome-pause-a-year = A reservation can be paused for up to a year.
outcome-pause-ready = A copy is already kept for this reservation, so it cannot be paused.
outcome-hold-paused = Your reservation of { $title } is paused until { $until }. It keeps its place in the queue.
outcome-default-pickup = Your reservations will go to { $library } unless you choose another library.
outcome-renewal-limit = { $title } has been renewed { $n } times, the most allowed. Please bring it back by { $due }.
outcome-renew-someone-waiting = Another member is waiting for { $title }, so it cannot be renewed. Please bring it back by { $due }.
outcome-renewed = { $title } is renewed. It is now due back on { $due }.
outcome-no-loan = You have no such loan. It may have been returned already.
outcome-history-deleted = Your reading history is deleted.
outcome-idempotency-mismatch = This change was sent before with different details, so it was not applied again.
outcome-only-hosts = Only an event's host or a coordinator can check people in.
outcome-only-partners = Only partner services and coordinators can book rooms.
outcome-only-visit-volunteers = Only volunteers on the visit and coordinators can do that.
outcome-only-volunteers = Only volunteers can sign up for shifts and check in.
outcome-only-desk = Only volunteers and coordinators can lend and take back books at the desk.
outcome-only-members-book = Only library members can book events.
outcome-only-members = Only library members can reserve, renew or keep a reading history.
outcome-only-members-answer = Only library members can answer a library's consultation.
outcome-bad-library-code = A library code is 1 to 10 letters or digits.
outcome-bad-barcode = An item barcode is 1 to 32 letters or digits.
outcome-nul = This change holds a NUL character, which no text here can hold, so it was not applied.
outcome-series-over = That series has no sessions still to come.
outcome-series-booked-already = You are already booked for every session.
outcome-series-booked = { $n ->
    [one] You are booked for 1 session of { $title }.
   *[other] You are booked for { $n } sessions of { $title }.
}
outcome-series-partly = { $n ->
    [one] You are booked for 1 session of { $title }
   *[other] You are booked for { $n } sessions of { $title }
}, and on the waiting list for { $waiting ->
    [one] 1 session.
   *[other] { $waiting } sessions.
}
outcome-no-such-booking = There is no such booking.
outcome-door-too-early = Check-in for { $title } opens an hour before it starts.
outcome-no-place-held = That booking does not hold a place.
outcome-attended = Checked in.
outcome-not-come = Marked as not come.
outcome-walk-ins-range = Walk-ins can be 0 to { $max }.
outcome-only-hosts-count = Only the event's host or a coordinator can count walk-ins.
outcome-walk-ins = { $n ->
    [one] 1 walk-in recorded for { $title }.
   *[other] { $n } walk-ins recorded for { $title }.
}
outcome-room-purpose = Say what the room is for, in up to 200 characters.
outcome-end-before-start = The end is before the start.
outcome-room-too-long = A room can be booked for up to 12 hours at a time.
outcome-start-past = The start is in the past.
outcome-room-a-year = Rooms can be booked up to a year ahead.
outcome-no-such-room = There is no such room.
outcome-room-booked = { $room } at { $library } is yours on { $when }.
outcome-no-such-room-booking = There is no such room booking.
outcome-room-cancelled = The room booking is cancelled.
outcome-choose-rights = Choose what they may do: deliveries, reserve, loans.
outcome-no-such-card = No member has the card { $card }.
outcome-not-yourself = You cannot choose yourself.
# Up to three rights, each the display text of its code.
rights-list = { $count ->
    [1] { $r0 }
    [2] { $r0 } and { $r1 }
   *[3] { $r0 }, { $r1 } and { $r2 }
}
outcome-proxy-granted = { $name } can now act for you: { $rights }.
outcome-not-your-carer = { $name } does not act for you.
outcome-proxy-revoked = { $name } can no longer act for you.
outcome-concern-closed = The concern about { $name } is closed.
outcome-concern-already-closed = The concern about { $name } was closed already, by { $by }.
outcome-no-such-concern = There is no open welfare concern for this visit.
outcome-concern-note = Say what was done, in up to 1000 characters.
outcome-only-coordinators-concerns = Only coordinators can close a welfare concern.
outcome-not-your-deliveries = { $name } has not asked you to manage their deliveries.
outcome-delivery-already = { $name } already has the home reading service, or has asked for it.
outcome-delivery-requested = Thank you. The library will be in touch about home deliveries for you.
outcome-delivery-requested-for = Thank you. The library will be in touch about home deliveries for { $name }.
outcome-no-such-delivery = There is no such delivery.
outcome-cannot-pause = This delivery cannot be paused now (its status: { $state }).
outcome-cannot-resume = This delivery cannot be resumed now (its status: { $state }).
outcome-cannot-end = This delivery cannot be ended now (its status: { $state }).
outcome-say-pause-resume-end = Say pause, resume or end.
outcome-delivery-paused = Home deliveries are paused. Resume them whenever you are ready.
outcome-delivery-ended = Home deliveries have ended. Thank you for reading with us.
outcome-delivery-resumed = Home deliveries are back on.

## Codes a person sees, with their display text: code-KIND-CODE

code-role-member = Member
code-role-carer = Carer
code-role-volunteer = Volunteer
code-role-coordinator = Coordinator
code-role-admin = Administrator
code-role-partner = Partner service

code-visit-scheduled = Planned
code-visit-delivered = Delivered
code-visit-not_home = Not at home
code-visit-declined = Said no this time
code-visit-unwell = Unwell
code-visit-welfare_concern = Worried about them

code-time-morning = In the morning
code-time-afternoon = In the afternoon
code-time-any = Any time

code-shift-opening_up = Opening up
code-shift-desk = At the desk
code-shift-coffee_morning = Coffee morning
code-shift-delivery_round = Home delivery round
code-shift-other = Other

code-frequency-weekly = Every week
code-frequency-fortnightly = Every two weeks
code-frequency-monthly = Every month
code-reaction-more_like_this = More like this
code-reaction-not_for_me = Not for me
code-category-coffee_morning = Coffee morning
code-category-craft = Craft
code-category-dementia_awareness = Dementia awareness
code-category-health_check = Well person check
code-category-job_club = Job club
code-category-mindfulness = Mindfulness
code-category-reminiscence = Reminiscence
code-category-yoga = Yoga
code-category-reading_group = Reading group
code-category-school_visit = School visit
code-category-home_reading = Home reading service

code-right-deliveries = Manage home deliveries
code-right-reserve = Reserve books
code-right-loans = See loans

code-volunteer-role-branch_volunteer = Library volunteer
code-volunteer-role-event_host = Event host
code-volunteer-role-chooser = Book chooser
code-volunteer-role-deliverer = Delivers books
code-volunteer-role-steering_group = Steering group

code-delivery-requested = Asked for
code-delivery-accepted = Accepted
code-delivery-declined = Not possible
code-delivery-active = Running
code-delivery-paused = Paused
code-delivery-ended = Ended

code-hold-waiting_to_send = Waiting to be sent
code-hold-waiting = In the queue
code-hold-suspended = Paused
code-hold-in_transit = On its way
code-hold-ready = Ready to collect
code-hold-collected = Collected
code-hold-cancelled = Cancelled
code-hold-expired = Not collected in time

code-booking-waiting_to_send = Waiting to be sent
code-booking-confirmed = Booked
code-booking-waitlisted = On the waiting list
code-booking-cancelled = Cancelled
code-booking-event_cancelled = Event cancelled

code-change-waiting = Waiting to be sent
code-change-done = Done
code-change-refused = Not done

code-format-book = Book
code-format-large_print = Large print
code-format-audiobook = Audiobook
code-format-eaudiobook = eAudiobook
code-format-ebook = eBook
code-format-dvd = DVD
code-format-video = Video
code-format-music = Music
code-format-score = Music score
code-format-map = Map
code-format-serial = Magazine or journal
code-format-computer = Computer file
code-format-other = Other

code-reading-format-standard_print = Standard print
code-reading-format-large_print = Large print
code-reading-format-audiobook_cd = Audiobook on CD
code-reading-format-e_audio = Audiobook online

code-sync-stop-done = Everything sent and brought up to date
code-sync-stop-budget = Time ran out: the next run goes on from here
code-sync-stop-cancelled = Cancelled
code-sync-stop-busy = Another update was running
code-sync-stop-offline = Offline
code-sync-stop-signed_out = Not signed in
code-reminder-hold_ready = Books ready to collect
code-reminder-hold_last_day = Last day to collect
code-reminder-loan_due = Books due back soon
code-reminder-event_tomorrow = Events tomorrow
code-reminder-visit_tomorrow = Home delivery visits tomorrow
code-reminder-round_tomorrow = Your delivery round tomorrow
code-reminder-shift_tomorrow = Your shifts tomorrow

duration-minutes = { $m ->
    [one] 1 minute
   *[other] { $m } minutes
}
duration-hours = { $h ->
    [one] 1 hour
   *[other] { $h } hours
}
duration-hours-minutes = { $h } h { $m } min

## Reservations and the desk.

# $queue: queue-only-one or queue-position.
queue-only-one = You are the only one waiting.
queue-position = You are { $position } of { $length } in the queue.
this-title = This title
outcome-no-library-code = There is no library with the code { $code }.
outcome-no-copies-to-reserve = The libraries have no copies of { $title } to reserve.
outcome-reference-only = { $title } cannot be reserved. The libraries' copies are for use in the library only.
outcome-reserved = { $title } is reserved for you to collect at { $library }.
outcome-reserved-queue = { $title } is reserved for you to collect at { $library }. { $queue }
outcome-hold-resumed = Your reservation of { $title } is active again.
outcome-hold-resumed-queue = Your reservation of { $title } is active again. { $queue }
outcome-hold-ready-at = This reservation is already waiting for you at { $library }.
outcome-pickup-one = You will collect it at { $library }.
outcome-pickup-none = You have no reservations to move.
outcome-pickup-all = { $n ->
    [one] Your reservation will be collected at { $library }.
   *[other] Your { $n } reservations will be collected at { $library }.
}
outcome-history-on = Your reading history is on. Books you return from now on will be listed.
outcome-history-off = Your reading history is off. Books you return will not be listed. What is listed stays until you delete it.
outcome-desk-lend-elsewhere = You can lend books only at a library where you are a library volunteer. You are not one at { $library }.
outcome-desk-take-back-elsewhere = You can take books back only at a library where you are a library volunteer. You are not one at { $library }.
outcome-no-copy-barcode = No copy has the barcode { $barcode }. Check the number under the barcode.
outcome-card-format = A library card number is 6 to 16 digits.
outcome-member-card-not-confirmed = The card of { $name } is not confirmed yet. Confirm it (proof of address) before lending.
outcome-copy-reference = This copy of { $title } is for use in the library only.
outcome-copy-on-loan-to = This copy of { $title } is already on loan to { $name }.
outcome-copy-on-loan-other = This copy of { $title } is on loan to another member. Check it in first.
outcome-copy-kept-for-another = This copy of { $title } is kept for another member's reservation.
outcome-lent = { $title } is lent to { $name }. It is due back on { $due }.
outcome-copy-reference-not-lent = This copy of { $title } is for use in the library only. It was not on loan.
# $todo: desk-to-shelf, desk-to-hold-shelf or desk-send-to.
outcome-returned = { $title } is returned. { $todo }
outcome-not-on-loan = { $title } was not on loan. { $todo }
desk-to-shelf = Put it back on the shelf.
desk-to-hold-shelf = Put it on the hold shelf for { $name } until { $until }.
desk-send-to = Send it to { $library }. { $name } has reserved it.

## Home delivery: requests, bags and visits.

outcome-request-address = Give the address, in up to 300 characters.
outcome-request-postcode = Give a UK postcode, for example ST19 9AA.
outcome-request-access-notes = Access notes can be up to 500 characters.
outcome-request-day = The preferred day is 1 (Monday) to 7 (Sunday).
outcome-request-time = The time of day is morning, afternoon or any.
outcome-request-frequency = How often: weekly, fortnightly or monthly.
outcome-request-formats = Formats are { $formats }.
outcome-request-notes = Notes can be up to 1000 characters.
# $field: field-genres, field-favourite-authors or field-avoid.
outcome-request-list = { $field }: up to 20 entries of up to 100 characters each.
field-genres = Kinds of book
field-favourite-authors = Favourite authors
field-avoid = Authors or topics to avoid
outcome-say-reaction = Say "more like this" or "not for me".
outcome-no-such-visit = There is no such visit.
outcome-only-reader-reacts = Only the reader, or a carer who looks after their deliveries, can say this.
outcome-not-delivered = That book was not delivered on this visit.
outcome-reacted = Thank you. The library will keep that in mind when it chooses: { $title }.
outcome-only-chooser = Only the visit's chooser can fill its bag.
outcome-visit-happened = This visit has happened already.
outcome-bag-limit = A bag can hold up to 20 items.
outcome-bag-no-copy = No copy has the barcode { $barcode }. Nothing was put in the bag.
outcome-bag-reference = { $barcode } is for use in the library only. Nothing was put in the bag.
outcome-bag-ready = { $n ->
    [one] 1 item is in the bag.
   *[other] { $n } items are in the bag.
}
outcome-bag-borrowed-before = { $n ->
    [one] 1 item is in the bag.
   *[other] { $n } items are in the bag.
} The reader has borrowed these before: { $titles }.
outcome-only-deliverer = Only the visit's deliverer can record it.
outcome-visit-recorded-already = This visit has been recorded already.
outcome-visit-outcomes = The outcome is one of { $outcomes }.
outcome-say-concern = Say what the concern is, for the coordinator.
outcome-note-length = A note can be up to 1000 characters.
outcome-handed-only-delivered = Items are handed over only when the visit is delivered.
outcome-visit-no-copy = No copy has the barcode { $barcode }. The visit was not recorded. Check the number and try again.
outcome-visit-delivered = Visit recorded: { $handed } handed over, { $collected } collected.
outcome-visit-concern = Visit recorded. The coordinator will see your concern at their next sync.
outcome-visit-recorded = Visit recorded.

## Shifts, check-ins, consultations and rooms.

outcome-no-such-shift = That shift is not on the rota.
outcome-shift-started = { $title } has already started.
outcome-already-on-shift = You are already down for this shift.
outcome-shift-taken-by = { $name } took this shift just before you. Thank you for offering!
outcome-shift-full = This shift is full. Thank you for offering!
outcome-signed-up = You are down for { $title } at { $library }, { $when }.
outcome-not-on-shift = You are not down for this shift.
outcome-shift-too-late = This shift starts within a day. Please ring the library so they can find someone.
outcome-dropped = You are no longer down for { $title }.
outcome-session-key = The session key is 8 to 64 letters or digits.
outcome-check-in-future = The check-in time is in the future. Check the phone's clock.
outcome-check-in-recorded = This check-in is recorded already.
outcome-volunteer-checked-in = Welcome! You checked in at { $time }.
outcome-no-such-check-in = There is no such check-in.
outcome-time-future = The time is in the future. Check the phone's clock.
outcome-checked-out-already = You have checked out already.
outcome-say-why = Say why, in up to 300 characters.
# $hours: duration-minutes, duration-hours or duration-hours-minutes.
outcome-hours-recorded = Thank you! { $hours } recorded.
outcome-times-unusual = Recorded. The times look unusual, so a coordinator will check them.
outcome-no-such-consultation = That consultation is not running.
outcome-consultation-not-open = { $title } opens on { $date }.
outcome-consultation-closed = { $title } has closed. Thank you for wanting to take part.
outcome-consultation-answered-already = You have answered { $title } already. Thank you!
outcome-consultation-answered = Thank you for your answers to { $title }.
answers-none = Please answer at least one question.
answers-no-such-question = That question is not in this consultation.
answers-twice = A question is answered twice.
answers-does-not-fit = The answer to "{ $question }" does not fit the question.
outcome-room-taken-by = The room is taken then by { $title }.
outcome-room-taken-partner = The room is booked by a partner service then.
outcome-not-your-reserving = { $name } has not asked you to reserve for them.

## The impact report: CSV column headers and each figure's label (the hub's CSV and the phone's)

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
