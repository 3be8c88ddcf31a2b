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
