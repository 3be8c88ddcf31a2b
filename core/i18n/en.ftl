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
