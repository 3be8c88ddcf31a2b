# The device core's words, in English (UK). Plain words: short sentences, common words.
# Every message here must also be in pl.ftl and ur.ftl (scripts/check-catalogues).

## Signing in and errors the core writes

error-card-number = A library card number is 6 to 16 digits.
error-pin = A PIN is 4 to 8 digits.
error-signed-out = You have been signed out. Please sign in again.
error-no-event-sync = There is no event { $id } in the programme. Try syncing first.
error-no-event = There is no event { $id } in the programme.
error-event-cancelled = { $title } has been cancelled.
error-event-started = { $title } has already started.
error-places = You can book 1 place, or 2 with a companion or carer.
error-drop-in = No booking is needed for { $title }: just come along.
error-already-booked = You are already booked for { $title }.
error-date-format = Give a date as YYYY-MM-DD, for example 2026-12-01.
error-end-before-start = The end date is before the start date.
error-no-library = There is no library with the code { $code }.

## Changes made on the phone (what the person did, shown until the hub answers)

summary-book = { $n ->
    [one] Book 1 place at { $title } ({ $when })
   *[other] Book { $n } places at { $title } ({ $when })
}
summary-cancel-booking = Cancel booking for { $title } ({ $when })

## The status line

status-offline-last = Offline. Last updated { $ago }.
status-offline-never = Offline. Not updated yet.
status-offline-waiting = { $n ->
    [one] Offline: 1 change will be sent when you are back online.
   *[other] Offline: { $n } changes will be sent when you are back online.
}
status-up-to-date = Up to date (checked { $ago }).
status-never = Not updated yet.
status-waiting = { $n ->
    [one] 1 change waiting to be sent.
   *[other] { $n } changes waiting to be sent.
}
status-signed-out-other-hub = You were signed out because this phone now uses a different library service. Please sign in again.
status-held = { $n ->
    [one] 1 change made for { $hub } will be sent if this phone goes back to it, or you can discard it.
   *[other] { $n } changes made for { $hub } will be sent if this phone goes back to it, or you can discard them.
}
outcome-discarded = Not sent: you chose to discard it.

## Libraries: opening hours and closures

hours-closed = Closed
hours-period = { $opens } to { $closes }
# Between the periods of one day: "9:30am to 1pm, 2pm to 5pm".
list-separator = {", "}
today-closed-for = Closed today: { $reason }
today-closed = Closed today
today-open = Open today { $hours }
closure-day = Closed { $date }: { $reason }
closure-days = Closed { $from } to { $to }: { $reason }

## Events and bookings

event-cancelled = Cancelled
event-drop-in = Drop in: no booking needed
event-full = Full: you can join the waiting list
event-full-waiting = Full: { $n } waiting
event-places-left = { $n ->
    [one] 1 place left
   *[other] { $n } places left
}
booking-waiting-to-send = { $n ->
    [one] Booking for 1 place waiting to be sent
   *[other] Booking for { $n } places waiting to be sent
}
cancellation-waiting-to-send = Cancellation waiting to be sent
booking-you-are-booked = { $n ->
    [one] You are booked (1 place)
   *[other] You are booked ({ $n } places)
}
# $position: "2nd"; $n: 2.
booking-you-are-waiting = You are { $position } on the waiting list
an-event = An event
booking-waiting = Waiting to be sent
booking-booked = { $n ->
    [one] Booked (1 place)
   *[other] Booked ({ $n } places)
}
booking-position = { $position } on the waiting list
booking-cancelled = Cancelled
booking-event-cancelled = The library cancelled this event

## Notices: what happened that the person did not do

notice-promoted = Good news: a place came free at { $title } ({ $when }). You are booked.
notice-event-cancelled = The library has cancelled { $title } ({ $when }).
notice-event-cancelled-why = The library has cancelled { $title } ({ $when }). { $reason }
notice-event-moved = { $title } has moved: it is now { $when } at { $place }.
notice-hold-ready = { $title } is ready for you to collect at { $place }.
notice-hold-ready-until = { $title } is ready for you to collect at { $place } until { $until }.
notice-hold-expired = { $title } was not collected in time, so it has gone to the next person waiting.

## The fixed words of errors

error-offline = You are offline, or the library hub cannot be reached just now.
error-not-signed-in = Please sign in first.
error-too-many-attempts = Too many wrong PINs. Please wait { $seconds } seconds and try again.
error-store-corrupt = The app's data file { $path } is damaged and cannot be read. It has been left as it is.
error-store-too-new = The app's data file { $path } was written by a newer version of the app (version { $found }; this app knows { $known }). Please update the app.
error-store-unavailable = The app's data file { $path } cannot be opened: { $detail }
error-store = The app's data could not be read or saved: { $detail }
error-hub = The library hub had a problem: { $detail }
error-internal = Something went wrong in the app: { $detail }

## My account: reservations, loans, reading history, the card

a-title = A title
title-number = title { $id }
# $position: "2nd"; $n: 2; $total: how many are in the queue.
hold-queue = { $position } of { $total } in the queue
hold-paused = Paused until { $until }. Still { $position } of { $total } in the queue
hold-on-its-way = On its way to { $library }
hold-ready = Ready to collect at { $library }
hold-ready-until = Ready to collect at { $library } until { $until }
hold-collected = Collected
hold-cancelled = Cancelled
hold-expired = Not collected in time
hold-cancel-waiting = Cancellation waiting to be sent
hold-pause-waiting = Pause until { $until } waiting to be sent
hold-restart-waiting = Restart waiting to be sent
hold-move-waiting = Move to { $library } waiting to be sent
hold-reservation-waiting = Reservation waiting to be sent
loan-overdue = { $n ->
    [one] Overdue: it was due back { $due } (1 day ago)
   *[other] Overdue: it was due back { $due } ({ $n } days ago)
}
loan-due-today = Due back today
loan-due-tomorrow = Due back tomorrow
loan-due-in = Due back { $due } (in { $n } days)
loan-renewal-waiting = { $due }. Renewal waiting to be sent
history-line = Borrowed { $borrowed }, returned { $returned }
card-provisional = Not confirmed yet: show proof of your address at the library to borrow and reserve books
card-ready = Show this card at the desk to borrow books

summary-reserve = Reserve { $title } to collect at { $library }
summary-cancel-hold = Cancel the reservation of { $title }
summary-pause-hold = Pause the reservation of { $title } until { $until }
summary-restart-hold = Restart the reservation of { $title }
summary-collect-at = Collect { $title } at { $library }
summary-collect-all-at = Collect all reservations at { $library }
summary-default-pickup = Collect reservations at { $library } from now on
summary-renew = Renew { $title }
summary-history-on = Turn on the reading history
summary-history-off = Turn off the reading history
summary-history-delete = Delete the reading history
summary-lend = Lend { $barcode } to card { $card }
summary-take-back = Take back { $barcode } at { $library }

error-after-today = Choose a date after today.
error-pause-a-year = A reservation can be paused for up to a year.
error-library-code = A library code is 1 to 10 letters or digits, such as BRE.
error-barcode = An item barcode is 1 to 32 letters or digits.
error-no-hold = You have no reservation { $id }. Try syncing first.
error-choose-pickup = Choose the library where you will collect it.
error-card-not-confirmed = Your card is waiting to be confirmed at the library. Once it is, you can reserve books.
error-no-title = There is no title { $id } in the catalogue.
error-not-reservable = { $title } cannot be reserved: there is no copy that can be borrowed.
error-already-reserved = You have already reserved { $title }.
error-already-on-loan = You already have { $title } on loan.
error-hold-kept = A copy is already kept for this reservation, so it cannot be paused.
error-no-loan = You have no loan { $id }. Try syncing first.
error-renewal-limit = { $title } has been renewed { $n } times, the most allowed. Please bring it back by { $due }.
error-returned-where = Say which library the book was returned at.
error-birth-format = Give your date of birth as YYYY-MM-DD.
error-birth-missing = Please give your date of birth.
error-choose-pin = Choose a PIN of 4 to 8 digits.

## The catalogue: where copies are

# "A, B and C": $first is the list before the last.
list-and = { $first } and { $last }
avail-no-copies-yet = No copies yet
avail-none-at-yours = No copies at your libraries
avail-on-shelf = On the shelf at { $list }
avail-reference = Reference only: read it in the library
avail-on-loan = { $n ->
    [one] The copy is on loan
   *[other] All { $n } copies are on loan
}
copy-on-shelf = On the shelf
copy-on-loan = On loan
copy-on-loan-until = On loan, due back { $due }
copy-in-transit = On its way between libraries
copy-hold-shelf = Waiting for someone who reserved it
copy-missing = Missing
isbn-invalid = { $isbn } (invalid)
error-search-too-long = That search is too long.
error-no-record = There is no record { $id } on this device.

## Home delivery

# $time: "In the morning" (the display text of the time-of-day code).
visit-when = { $date }: { $time }
delivery-requested = Asked for: the library will be in touch
delivery-declined = Not possible just now: { $reason }
delivery-paused = Paused
delivery-ended = Ended
delivery-next-visit = Next visit { $when }
delivery-accepted = Accepted: the next visit will be arranged soon
visit-outcome-waiting = { $outcome }: waiting to be sent
visit-chosen-waiting = { $n ->
    [one] 1 item chosen: waiting to be sent
   *[other] { $n } items chosen: waiting to be sent
}
summary-ask-delivery = Ask for home deliveries
summary-ask-delivery-for = Ask for home deliveries for card { $card }
summary-pause-delivery = Pause home deliveries for { $name }
summary-resume-delivery = Resume home deliveries for { $name }
summary-end-delivery = End home deliveries for { $name }
summary-grant-proxy = Let card { $card } act for you: { $rights }
summary-revoke-proxy = Stop card { $card } acting for you
summary-reserve-for = Reserve title { $id } for card { $card }
summary-choose-items = { $n ->
    [one] Choose 1 item for { $name }
   *[other] Choose { $n } items for { $name }
}
summary-record-visit = Visit to { $name }: { $outcome }

## Volunteers: the rota and check-ins

session-open = Still checked in
session-out-before-in = Check-out is before check-in: a coordinator will check it
session-too-long = Longer than 12 hours: a coordinator will check it
shift-signing-up = Signing up: waiting to be sent
shift-dropping = Dropping: waiting to be sent
shift-taken-by = Taken by { $name }
shift-open = Open
shift-places-taken = { $n } of { $total } places taken
summary-sign-up-shift = Sign up for { $title } ({ $when })
summary-drop-shift = Drop { $title } ({ $when })
summary-check-in = Check in at { $library } at { $time }
summary-check-out = Check out at { $time }
summary-fix-check-out = Fix the check-out to { $date }, { $time }
error-time-format = Give the time as 2026-10-25T09:30:00+01:00.
error-no-shift = Shift { $id } is not on the rota. Try syncing first.
error-which-library = Say which library you are at.
error-checked-in-already = You are checked in already. Check out first.
error-not-checked-in = You are not checked in.
error-say-why-300 = Say why, in up to 300 characters.

## The programme: series, door check-in, rooms

roster-summary = { $attended } of { $booked } booked places here, { $missing } not come, { $walk_ins ->
    [one] 1 walk-in
   *[other] { $walk_ins } walk-ins
}
summary-book-series = { $n ->
    [one] Book every session of { $title }
   *[other] Book { $n } places at every session of { $title }
}
summary-attended = Check in { $name } at { $title }
summary-not-come = Mark as not come: { $name } at { $title }
summary-walk-ins = { $n ->
    [one] 1 walk-in at { $title }
   *[other] { $n } walk-ins at { $title }
}
summary-book-room = Book room { $id } for { $when }
summary-cancel-room = Cancel { $room } on { $when }
error-no-series = There is no series { $id } in the programme. Try syncing first.
error-door-too-early = Check-in for { $title } opens an hour before it starts.

## Reminders the app raises as notifications

reminder-hold-ready = { $title } is ready to collect at { $library }. Please collect it by { $until }.
reminder-hold-last-day = Today is the last day to collect { $title } at { $library }.
reminder-loan-due = { $title } is due back on { $due }. You can renew it in the app.
reminder-event-tomorrow = Tomorrow: { $title }, { $when }.
reminder-visit-tomorrow = Your home library visit is tomorrow, { $date }.
reminder-round-tomorrow = { $n ->
    [one] You have a home delivery round tomorrow: 1 visit.
   *[other] You have a home delivery round tomorrow: { $n } visits.
}
reminder-shift-tomorrow = Your shift tomorrow: { $title }, { $when }.

## Have your say: consultations

error-no-consultation = That consultation is not on this phone. Try syncing first.
consultation-opens = Opens on { $date }
consultation-open-until = Open until { $date }
consultation-closed = Closed
consultation-answered = You have answered. Thank you!
consultation-answer-waiting = Your answers will be sent when you are back online.
consultation-sign-in = Please sign in to answer.
consultation-responses = { $n ->
    [one] 1 person answered.
   *[other] { $n } people answered.
}
summary-answer-consultation = Answer { $title }

## Reading lists

list-title-not-kept = Not kept on this phone: search when online.
list-titles = { $n ->
    [one] 1 title
   *[other] { $n } titles
}

## Screens: Home, Title, My account, Events, Today, Rota

home-greeting-night = Hello, { $name }
home-greeting-morning = Good morning, { $name }
home-greeting-afternoon = Good afternoon, { $name }
home-greeting-evening = Good evening, { $name }
home-greeting-signed-out = Welcome to your library
home-hold-ready-until = { $title } is ready to collect at { $library }. Last day: { $until }.
home-hold-ready = { $title } is ready to collect at { $library }.
home-loan = { $title }: { $due }
home-next-event = Your next event: { $title }, { $when }, at { $library }.
home-simple-next-event = My next event: { $title }, { $when }
home-next-visit = Your next home delivery: { $when }.
home-next-visit-for = Next home delivery for { $name }: { $when }.
home-simple-next-visit = My next visit: { $when }
home-round-today = { $n ->
    [one] Your delivery round today: 1 visit.
   *[other] Your delivery round today: { $n } visits.
}
home-shift-now = Your shift is on now: { $title } at { $library }, { $when }.
home-next-shift = Your next shift: { $title } at { $library }, { $when }.
home-delivery-requests = { $n ->
    [one] 1 home delivery request to answer.
   *[other] { $n } home delivery requests to answer.
}
home-welfare-concerns = { $n ->
    [one] 1 welfare concern to act on.
   *[other] { $n } welfare concerns to act on.
}
home-simple-ask-for-books = Ask for books
home-simple-my-books = My books
home-simple-call = Call { $library }
data-age = Updated { $ago }.
data-age-offline = Offline.
action-renew = Renew
action-cancel = Cancel
action-suspend = Pause
action-resume = Restart
action-change-pickup = Change pickup library
action-book = Book
action-join-waiting-list = Join the waiting list
action-add-to-calendar = Add to my calendar
action-drop = Drop this shift
action-sign-up = Sign up
action-check-in = Check in
action-check-out = Check out
why-change-waiting = A change to this is waiting to be sent.
why-hold-ready-no-pause = It is waiting for you at { $library }, so it cannot be paused.
why-hold-on-its-way-no-pause = A copy is on its way to you, so it cannot be paused.
why-hold-ready-no-move = It is waiting for you at { $library }. Ask the library if you need to collect it somewhere else.
why-reservation-not-sent = This reservation has not reached the library yet. You can change it once it has.
why-renewal-waiting = Your renewal is waiting to be sent.
why-no-renewals-left = { $n ->
    [one] You have renewed it once, the most allowed. Please bring it back.
   *[other] You have renewed it { $n } times, the most allowed. Please bring it back.
}
why-event-cancelled = The library has cancelled this event.
why-drop-in = No booking needed: just come along.
why-event-started = This event has already started.
why-booked-already = You are booked already.
why-not-booked = You are not booked for this event.
why-event-over = This event is over.
why-too-late-to-drop = { $n ->
    [one] A shift can be dropped up to 1 hour before it starts. Please call the library.
   *[other] A shift can be dropped up to { $n } hours before it starts. Please call the library.
}
why-shift-started = This shift has already started.
why-shift-full = Every place on this shift is taken.
action-delivery-pause = Pause deliveries
action-delivery-resume = Start deliveries again
action-delivery-end = Stop home delivery
action-delivery-accept = Accept
action-delivery-decline = Decline
action-delivery-schedule = Plan visits
action-delivery-request = Ask for home delivery
action-concern-close = Close, with a note
why-needs-connection = This needs a connection. Try again when you are online.
why-concern-closed = This concern is closed already.
why-delivery-request-waiting = Your request is waiting to be sent.
why-delivery-under-way = Home delivery is already asked for or under way.
concern-raised = Raised by { $name } on { $date }: { $note }
concern-closed = Closed by { $name } on { $date }: { $note }
concern-close-waiting = Your closing note is waiting to be sent.
error-concern-note = Say what was done, in up to 1000 characters.
error-no-such-concern = This welfare concern is not on this phone. Sync, then try again.
summary-close-concern = Close the welfare concern about { $name }
deliveries-requests = { $n ->
    [one] 1 request to decide.
   *[other] { $n } requests to decide.
}
deliveries-to-schedule = { $n ->
    [one] 1 delivery to plan visits for.
   *[other] { $n } deliveries to plan visits for.
}
deliveries-nothing-waiting = Nothing is waiting for you.
deliveries-privacy-note = Readers' addresses are not kept on this phone. Open a delivery when you are online to see one.
title-sign-in-to-reserve = Sign in to reserve this.
title-on-loan = You have this on loan. { $due }
title-reserved = You have reserved this. { $status }
title-can-reserve = You can reserve this.
account-no-loans = You have nothing on loan.
account-loans = { $n ->
    [one] You have 1 item on loan.
   *[other] You have { $n } items on loan.
}
account-loans-overdue = { $n ->
    [one] You have 1 item on loan. It is overdue.
   *[other] You have { $n } items on loan. { $overdue } overdue.
}
account-no-holds = You have no reservations.
account-holds = { $n ->
    [one] You have 1 reservation.
   *[other] You have { $n } reservations.
}
account-holds-ready = { $n ->
    [one] You have 1 reservation. It is ready to collect.
   *[other] You have { $n } reservations. { $ready } ready to collect.
}
account-history-off = Your reading history is off: the library keeps no list of what you have borrowed.
account-history-empty = Your reading history is on. Books you return will be listed here.
account-history = { $n ->
    [one] 1 book in your reading history.
   *[other] { $n } books in your reading history.
}
events-none = No events match. Try another library, category or week.
shift-drop-until = You can drop it until { $when }.
today-checked-in = Checked in at { $library } since { $time }.
today-not-sent = Not sent yet: it will be sent when you are back online.
today-hours-month = { $hours } this month.
today-no-hours-month = No hours yet this month.

## Acting for someone

acting-yourself = Yourself: your own books, bookings and deliveries.
acting-rights = For { $name } you can: { $rights }.
acting-not-for-them = You do not act for this person. They can add you as their carer at the library.
acting-no-deliveries = { $name } has not asked you to look after their home deliveries.
acting-no-reserve = { $name } has not asked you to reserve books for them.
acting-no-loans = { $name } has not asked you to see their loans.
acting-no-renew = Only { $name } or the library can renew this. Please call the library.
acting-card = { $name }'s library card
acting-loans-none = { $name } has nothing on loan.
acting-loans = { $n ->
    [one] { $name } has 1 item on loan.
   *[other] { $name } has { $n } items on loan.
}
acting-holds = Reservations you make for { $name } are sent in their name.
acting-history = Only { $name } can see their reading history.
acting-title-on-loan = { $name } has this on loan. { $due }
acting-title-can-reserve = You can reserve this for { $name }.
home-acting-for = Acting for { $name }
summary-reserve-for-name = Reserve { $title } for { $name } (collect at { $library })

## Round and Choose

round-none = No visits on your round this day.
round-summary = { $n ->
    [one] 1 visit: { $done } recorded, { $left } to go.
   *[other] { $n } visits: { $done } recorded, { $left } to go.
}
error-visit-not-on-round = That visit is not on your round. Try syncing first.
choose-likes = Likes: { $list }.
choose-authors = Favourite authors: { $list }.
choose-formats = Formats: { $list }.
choose-avoid = Please avoid: { $list }.
choose-repeats-welcome = Books read before are welcome again.
choose-no-repeats = No books read before, please.
choose-surprise = Happy to be surprised.
choose-notes = Notes: { $notes }
choose-borrowed-before = Borrowed before: { $title }. { $name } does not want books read before.

## Join, offline

join-waiting = Your form is saved on this phone. It will be sent when you are back online, and then your card number will appear here.
join-already-waiting = Your form is already saved on this phone and will be sent when you are back online.

## Reactions to what was delivered

summary-react = { $reaction }: { $title }
choose-reaction = { $reaction }: { $title } ({ $date })
error-reaction = Say "more like this" or "not for me".
error-not-delivered = That book is not among those delivered to you. Try syncing first.

## Checks the phone makes before anything is sent.

error-hub-url-not-web = The hub address is not a web address. It starts with https://.
error-hub-url-plain-http = The hub address must start with https://. Plain http:// is allowed only for a hub on this computer.
error-hub-url-https = The hub address must start with https://.
error-hub-url-no-host = The hub address has no host name.
error-certificate = The certificate cannot be read: { $detail }
error-certificate-untrusted = its certificate is not trusted ({ $detail })
error-hub-answered = The library hub is busy or down just now (it answered { $status }).
error-connection-broke = The connection broke off.
error-not-a-barcode = { $barcode } is not an item barcode.
error-choose-day = Choose a day from Monday (1) to Sunday (7).
error-choose-time-of-day = Choose morning, afternoon or any.
error-choose-frequency = Choose weekly, fortnightly or monthly.
error-no-delivery = There is no delivery { $id } on this phone.
error-choose-rights = Choose from deliveries, reserve and loans.
error-say-why-reader = Say why, so the reader knows.
error-visit-past = The visit is in the past.
error-date-time-format = Give a date and time as YYYY-MM-DD HH:MM, for example 2026-12-03 10:30.
error-say-why-booked = Say why, so the people booked know.
error-not-hosting-yet = You do not host event { $id }, or its door list has not reached this phone yet.
error-not-hosting = You do not host event { $id }.
error-no-door-booking = There is no booking { $id } on this door list.
error-room-purpose = Say what the room is for, in up to 200 characters.
error-no-room-booking = You have no room booking { $id }.

## Impact (coordinators)

impact-all-libraries = All libraries
impact-period-this_month = This month
impact-period-last_month = Last month
impact-period-year = This year (from 1 April)
impact-period-dates = { $period }: { $dates }
impact-span = { $from } to { $to }
impact-title = { $library }, { $dates }
impact-figure = { $label }: { $value }
impact-category-figure = { $figure } ({ $category })
impact-counted = Figures counted at { $time } on { $date }.
impact-not-kept = The figures are not on this phone yet. Open this screen once when you are online.
error-impact-period = Choose this month, last month or this year.

## Pending members (coordinators)

home-pending-members = { $n ->
    [one] 1 new member waits for their card to be confirmed.
   *[other] { $n } new members wait for their card to be confirmed.
}
pending-none = Nobody is waiting for their card to be confirmed.
pending-member = { $name } joined at { $library } on { $date } ({ $postcode }).
pending-privacy-note = Addresses are not kept on this phone. When you are online, open a member to check their proof of address.
action-confirm-card = Confirm card

## Events and rooms (coordinators)

action-new-event = New event
action-edit-event = Change
action-cancel-event = Cancel event
room-booking-row = { $organisation }: { $purpose }, { $room } at { $library }, { $when }.

## Desk (branch volunteers)

action-desk-lend = Lend
action-desk-take-back = Take back
why-no-desk = You do not work the desk at any library yet. A coordinator can add you.
desk-waiting = { $n ->
    [one] 1 desk change will be sent when you are back online.
   *[other] { $n } desk changes will be sent when you are back online.
}

## Volunteers (coordinators)

volunteers-role-holders = { $role }: { $names }.
volunteers-none = No volunteers yet.
