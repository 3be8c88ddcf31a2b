# The cml command's own words, in English (UK): headings and labels it adds to the core's texts.
# Every message here must also be in pl.ftl and ur.ftl (scripts/check-catalogues).

change-waiting = { $summary }: waiting to be sent
change-outcome = { $summary }: { $outcome }
change-state = { $summary }: { $state }
signed-in-as = Signed in as { $name } (card { $card }).
signed-out = Signed out.
whoami = { $name } (card { $card }), { $roles }; home library { $home }
none = none
nobody-signed-in = Nobody is signed in on this device.
synced = { $n ->
    [one] Synced: 1 change ({ $parts }).
   *[other] Synced: { $n } changes ({ $parts }).
}
status-signed-in = Signed in as { $name }.
status-not-signed-in = Not signed in.
status-hub = Hub: { $url }
no-events = No events found. Run `cml sync` when online to fetch the programme.
event-at = { $title } at { $library }
no-bookings = No bookings.
booking-line = { $title }, { $when } at { $library }: { $status }
no-changes = No changes made on this device.
no-libraries = No libraries yet: run `cml sync` when online.
no-news = No news.
no-reminders = No reminders now.
# $why: the code of why it stopped ("done", "budget", "cancelled").
background-stopped = Stopped: { $why } ({ $sent } changes sent, { $pulled } items brought up to date).
no-held-changes = No held changes to discard.
held-discarded = { $n ->
    [one] 1 change discarded: it will not be sent.
   *[other] { $n } changes discarded: they will not be sent.
}
no-changes-for-other-hub = No changes waiting for another hub.
home-nothing-now = Nothing needs doing now.
action-not-now = { $label }: not now. { $why }
title-reserve-at = Reserve for collection at { $library }.
today-not-checked-in = Not checked in.
rota-mine = Your shifts
rota-open = Open shifts
no-reservations = No reservations.
nothing-on-loan = Nothing on loan.
history-on = Your reading history is on.
history-off = Your reading history is off. Turn it on with `cml history on`.
nobody-waiting = Nobody is waiting.
card-confirmed = Card { $card } is confirmed.
question-format = Write a question as kind:text, for example "text:Anything else?".
answer-format = Give each answer as QUESTION=ANSWER, for example 1=2.
questions-from-one = Questions are numbered from 1.
options-from-one = Options are numbered from 1.
no-consultations = No consultations. Run `cml sync` when online.
published = Published [{ $id }] { $title }: { $what }.
no-reading-lists = No reading lists. Run `cml sync` when online.
list-withdrawn = Reading list { $id } is withdrawn.
no-deliveries = No home deliveries.
no-proxies = Nobody acts for you, and you act for nobody.
you-act-for = You act for { $name } ({ $card }): { $rights }
acts-for-you = { $name } ({ $card }) acts for you: { $rights }
no-concerns = No welfare concerns.
no-volunteer-roles = No volunteer roles.
pin-unreadable = Could not read the PIN: { $detail }
certificate-unreadable = The certificate file named by CML_HUB_CERTIFICATE cannot be read: { $detail }
nothing-found = Nothing found.
more-results = More results: use --offset.
record-by = By: { $authors }
record-publisher = Publisher: { $publisher }
event-or-all = Name an event, or use --all.
not-hosting = You are not hosting any events.
no-room-bookings = No room bookings.
no-shifts = No shifts on the rota. Run `cml sync` when online.
no-hours = No hours yet.
hours-month = { $month }: { $hours } ({ $n ->
    [one] 1 session
   *[other] { $n } sessions
})
hours-session = { $when } at { $library }: { $text }
# The impact report, line by line.
impact-head = Impact report: { $library }, { $from } to { $to }
impact-members = Members: { $total } (new: { $new })
impact-loans = Loans: { $loans }. Reservations: { $reservations }.
impact-events = Events held: { $n }
impact-category = { $category }: events { $events }, places booked { $booked }, came { $attended }, did not come { $absent }, walk-ins { $walkins }
impact-volunteers = Volunteer hours: { $hours } (volunteers: { $n })
impact-deliveries = Home-delivery visits: { $visits } (readers: { $readers })
impact-rooms = Room bookings by partners: { $n } ({ $hours })
impact-consultations = Consultations: { $n } (answers: { $answers })
scale-answer = A scale answer is a number, 1 to 5.
