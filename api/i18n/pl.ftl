# Słowa wspólne dla aplikacji i serwera: dni tygodnia, miesiące, godziny, daty, liczebniki.
# Polski. Przetłumaczone w projekcie; przed wydaniem powinien to sprawdzić rodzimy użytkownik.

weekday = { $n ->
    [1] poniedziałek
    [2] wtorek
    [3] środa
    [4] czwartek
    [5] piątek
    [6] sobota
   *[7] niedziela
}

# Dopełniacz: „1 grudnia”.
month-in-date = { $n ->
    [1] stycznia
    [2] lutego
    [3] marca
    [4] kwietnia
    [5] maja
    [6] czerwca
    [7] lipca
    [8] sierpnia
    [9] września
    [10] października
    [11] listopada
   *[12] grudnia
}

date-long = { $weekday }, { $day } { $month }

# Zegar 24-godzinny: „9:30”, „13:00”.
clock = { $hm24 }

span-one-day = { $date }, od { $from } do { $to }
span-days = od { $from-date }, { $from } do { $to-date }, { $to }

# „2.”: liczebnik porządkowy zapisany cyfrą z kropką.
ordinal = { $n }.

ago-now = przed chwilą
ago-minutes = { $n ->
    [one] { $n } minutę temu
    [few] { $n } minuty temu
    [many] { $n } minut temu
   *[other] { $n } minuty temu
}
ago-hours = { $n ->
    [one] { $n } godzinę temu
    [few] { $n } godziny temu
    [many] { $n } godzin temu
   *[other] { $n } godziny temu
}
ago-days = { $n ->
    [one] { $n } dzień temu
   *[other] { $n } dni temu
}

## Wyniki zmian: serwer wysyła identyfikator i argumenty, telefon zamienia je na słowa.

outcome-event-not-found = Tego wydarzenia nie ma w programie biblioteki.
outcome-event-cancelled = Wydarzenie „{ $title }” zostało odwołane.
outcome-event-started = Wydarzenie „{ $title }” już się zaczęło.
outcome-places = Możesz zarezerwować od 1 do { $max } miejsc (dla siebie i osoby towarzyszącej lub opiekuna).
outcome-drop-in = Na „{ $title }” nie trzeba się zapisywać: po prostu przyjdź.
outcome-already-booked = Masz już rezerwację na „{ $title }”.
outcome-confirmed = { $n ->
    [one] Twoje miejsce na „{ $title }” jest potwierdzone.
    [few] Twoje { $n } miejsca na „{ $title }” są potwierdzone.
   *[many] Twoje { $n } miejsc na „{ $title }” jest potwierdzonych.
}
outcome-waitlisted = Na „{ $title }” nie ma już miejsc. Jesteś na liście oczekujących: miejsce { $n }.
outcome-no-booking = Nie masz rezerwacji na „{ $title }”.
outcome-cancelled = Twoja rezerwacja na „{ $title }” jest odwołana.
outcome-no-hold = Nie masz takiej rezerwacji. Mogła zostać odebrana, anulowana albo wygasła.
outcome-card-not-confirmed = Twoja karta czeka na potwierdzenie w bibliotece. Potem będzie można rezerwować książki.
outcome-no-title = Tego tytułu nie ma w katalogu.
outcome-already-reserved = „{ $title }” jest już zarezerwowana przez Ciebie.
outcome-already-on-loan = Masz już „{ $title }”.
outcome-hold-limit = Masz { $n } rezerwacji, więcej nie można. Najpierw odbierz albo anuluj którąś.
outcome-hold-cancelled = Rezerwacja „{ $title }” jest anulowana.
outcome-pause-after-today = Wybierz datę po dzisiejszym dniu, do której wstrzymać rezerwację.
outcome-pause-a-year = Rezerwację można wstrzymać najwyżej na rok.
outcome-pause-ready = Egzemplarz już na Ciebie czeka, więc nie można wstrzymać rezerwacji.
outcome-hold-paused = Rezerwacja „{ $title }” jest wstrzymana do { $until }. Zachowuje miejsce w kolejce.
outcome-default-pickup = Twoje rezerwacje będą do odbioru tutaj: { $library }, chyba że wybierzesz inną bibliotekę.
outcome-renewal-limit = „{ $title }” przedłużono już { $n } razy, więcej nie można. Prosimy o zwrot do { $due }.
outcome-renew-someone-waiting = Ktoś czeka na „{ $title }”, więc nie można przedłużyć. Prosimy o zwrot do { $due }.
outcome-renewed = „{ $title }” przedłużono. Nowy termin zwrotu: { $due }.
outcome-no-loan = Nie masz takiego wypożyczenia. Może zostało już zwrócone.
outcome-history-deleted = Historia czytania jest usunięta.
outcome-idempotency-mismatch = Tę zmianę wysłano już wcześniej z innymi danymi, więc nie wprowadzono jej ponownie.
outcome-only-hosts = Tylko prowadzący wydarzenie lub koordynator może sprawdzać obecność.
outcome-only-partners = Tylko partnerzy biblioteki i koordynatorzy mogą rezerwować sale.
outcome-only-visit-volunteers = Tylko wolontariusze tej wizyty i koordynatorzy mogą to zrobić.
outcome-only-volunteers = Tylko wolontariusze mogą zapisywać się na dyżury i meldować się.
outcome-only-desk = Tylko wolontariusze i koordynatorzy mogą wypożyczać i przyjmować książki przy ladzie.
outcome-only-members-book = Tylko czytelnicy biblioteki mogą rezerwować miejsca na wydarzenia.
outcome-only-members = Tylko czytelnicy biblioteki mogą rezerwować, przedłużać i prowadzić historię czytania.
outcome-only-members-answer = Tylko czytelnicy biblioteki mogą odpowiadać na jej konsultacje.
outcome-bad-library-code = Kod biblioteki ma od 1 do 10 liter lub cyfr.
outcome-bad-barcode = Kod kreskowy egzemplarza ma od 1 do 32 liter lub cyfr.
outcome-nul = Ta zmiana zawiera znak NUL, którego żaden tekst tu nie może mieć, więc jej nie wprowadzono.
outcome-series-over = Ten cykl nie ma już przyszłych spotkań.
outcome-series-booked-already = Masz już rezerwację na każde spotkanie.
outcome-series-booked = { $n ->
    [one] Masz rezerwację na 1 spotkanie: „{ $title }”.
    [few] Masz rezerwację na { $n } spotkania: „{ $title }”.
   *[many] Masz rezerwację na { $n } spotkań: „{ $title }”.
}
outcome-series-partly = Masz rezerwację na spotkania „{ $title }”: { $n }. Na liście oczekujących: { $waiting }.
outcome-no-such-booking = Nie ma takiej rezerwacji.
outcome-door-too-early = Sprawdzanie obecności na „{ $title }” zaczyna się godzinę przed początkiem.
outcome-no-place-held = Ta rezerwacja nie ma miejsca.
outcome-attended = Zapisano obecność.
outcome-not-come = Zapisano nieobecność.
outcome-walk-ins-range = Osób bez zapisu może być od 0 do { $max }.
outcome-only-hosts-count = Tylko prowadzący wydarzenie lub koordynator może liczyć osoby bez zapisu.
outcome-walk-ins = Zapisano osoby bez zapisu na „{ $title }”: { $n }.
outcome-room-purpose = Napisz, do czego potrzebna jest sala, najwyżej 200 znaków.
outcome-end-before-start = Koniec jest przed początkiem.
outcome-room-too-long = Salę można zarezerwować najwyżej na 12 godzin naraz.
outcome-start-past = Początek jest w przeszłości.
outcome-room-a-year = Sale można rezerwować najwyżej rok naprzód.
outcome-no-such-room = Nie ma takiej sali.
outcome-room-booked = Sala { $room } ({ $library }) jest twoja: { $when }.
outcome-no-such-room-booking = Nie ma takiej rezerwacji sali.
outcome-room-cancelled = Rezerwacja sali jest odwołana.
outcome-choose-rights = Wybierz, co ta osoba może robić: dowóz, rezerwacje, wypożyczenia.
outcome-no-such-card = Nikt nie ma karty { $card }.
outcome-not-yourself = Nie możesz wybrać siebie.
rights-list = { $count ->
    [1] { $r0 }
    [2] { $r0 } i { $r1 }
   *[3] { $r0 }, { $r1 } i { $r2 }
}
outcome-proxy-granted = { $name } może teraz działać w twoim imieniu: { $rights }.
outcome-not-your-carer = { $name } nie działa w twoim imieniu.
outcome-proxy-revoked = { $name } nie może już działać w twoim imieniu.
outcome-concern-closed = Sprawa dotycząca: { $name } jest zamknięta.
outcome-concern-already-closed = Sprawa dotycząca: { $name } została już zamknięta przez: { $by }.
outcome-no-such-concern = Ta wizyta nie ma otwartego zgłoszenia o niepokoju.
outcome-concern-note = Napisz, co zrobiono (do 1000 znaków).
outcome-only-coordinators-concerns = Tylko koordynatorzy mogą zamknąć zgłoszenie o niepokoju.
outcome-not-your-deliveries = { $name } nie prosi cię o prowadzenie spraw dowozu.
outcome-delivery-already = { $name } już korzysta z dowozu książek albo o niego prosi.
outcome-delivery-requested = Dziękujemy. Biblioteka skontaktuje się z tobą w sprawie dowozu książek.
outcome-delivery-requested-for = Dziękujemy. Biblioteka skontaktuje się w sprawie dowozu książek dla: { $name }.
outcome-no-such-delivery = Nie ma takiego dowozu.
outcome-cannot-pause = Teraz nie można wstrzymać tego dowozu (stan: { $state }).
outcome-cannot-resume = Teraz nie można wznowić tego dowozu (stan: { $state }).
outcome-cannot-end = Teraz nie można zakończyć tego dowozu (stan: { $state }).
outcome-say-pause-resume-end = Napisz: pause (wstrzymaj), resume (wznów) albo end (zakończ).
outcome-delivery-paused = Dowóz książek jest wstrzymany. Wznów go, kiedy zechcesz.
outcome-delivery-ended = Dowóz książek jest zakończony. Dziękujemy, że czytasz z nami.
outcome-delivery-resumed = Dowóz książek znów działa.

## Kody widoczne dla ludzi i ich opisy: code-RODZAJ-KOD

code-role-member = Czytelnik
code-role-carer = Opiekun
code-role-volunteer = Wolontariusz
code-role-coordinator = Koordynator
code-role-admin = Administrator
code-role-partner = Partner biblioteki

code-visit-scheduled = Zaplanowana
code-visit-delivered = Dostarczono
code-visit-not_home = Nikogo nie było w domu
code-visit-declined = Tym razem odmowa
code-visit-unwell = Niedyspozycja
code-visit-welfare_concern = Niepokój o zdrowie lub bezpieczeństwo

code-time-morning = Rano
code-time-afternoon = Po południu
code-time-any = O dowolnej porze

code-shift-opening_up = Otwieranie biblioteki
code-shift-desk = Dyżur przy ladzie
code-shift-coffee_morning = Poranna kawa
code-shift-delivery_round = Dowóz książek do domu
code-shift-other = Inne

code-frequency-weekly = Co tydzień
code-frequency-fortnightly = Co dwa tygodnie
code-frequency-monthly = Co miesiąc
code-reaction-more_like_this = Więcej takich
code-reaction-not_for_me = Nie dla mnie
code-category-coffee_morning = Poranna kawa
code-category-craft = Rękodzieło
code-category-dementia_awareness = Wiedza o demencji
code-category-health_check = Badanie zdrowia
code-category-job_club = Klub pracy
code-category-mindfulness = Uważność
code-category-reminiscence = Wspomnienia
code-category-yoga = Joga
code-category-reading_group = Klub książki
code-category-school_visit = Wizyta szkoły
code-category-home_reading = Książki do domu

code-right-deliveries = Sprawy dowozu książek
code-right-reserve = Rezerwowanie książek
code-right-loans = Wgląd w wypożyczenia

code-volunteer-role-branch_volunteer = Wolontariusz w bibliotece
code-volunteer-role-event_host = Prowadzący wydarzenia
code-volunteer-role-chooser = Dobiera książki
code-volunteer-role-deliverer = Dowozi książki
code-volunteer-role-steering_group = Grupa sterująca

code-delivery-requested = Zgłoszono
code-delivery-accepted = Przyjęto
code-delivery-declined = Odmowa
code-delivery-active = Trwa
code-delivery-paused = Wstrzymano
code-delivery-ended = Zakończono

code-hold-waiting_to_send = Czeka na wysłanie
code-hold-waiting = W kolejce
code-hold-suspended = Wstrzymana
code-hold-in_transit = W drodze
code-hold-ready = Do odbioru
code-hold-collected = Odebrana
code-hold-cancelled = Anulowana
code-hold-expired = Nieodebrana na czas

code-booking-waiting_to_send = Czeka na wysłanie
code-booking-confirmed = Zarezerwowano
code-booking-waitlisted = Na liście oczekujących
code-booking-cancelled = Odwołana
code-booking-event_cancelled = Wydarzenie odwołane

code-change-waiting = Czeka na wysłanie
code-change-done = Gotowe
code-change-refused = Nie udało się

code-format-book = Książka
code-format-large_print = Duży druk
code-format-audiobook = Audiobook
code-format-eaudiobook = Audiobook online
code-format-ebook = E-book
code-format-dvd = DVD
code-format-video = Film
code-format-music = Muzyka
code-format-score = Nuty
code-format-map = Mapa
code-format-serial = Czasopismo
code-format-computer = Plik komputerowy
code-format-other = Inne

code-reading-format-standard_print = Zwykły druk
code-reading-format-large_print = Duży druk
code-reading-format-audiobook_cd = Audiobook na płycie CD
code-reading-format-e_audio = Audiobook online

code-sync-stop-done = Wszystko wysłane i aktualne
code-sync-stop-budget = Skończył się czas: następnym razem dalszy ciąg
code-sync-stop-cancelled = Anulowano
code-sync-stop-busy = Trwała inna aktualizacja
code-sync-stop-offline = Brak połączenia
code-sync-stop-signed_out = Nie zalogowano
code-reminder-hold_ready = Książki do odebrania
code-reminder-hold_last_day = Ostatni dzień odbioru
code-reminder-loan_due = Książki do zwrotu wkrótce
code-reminder-event_tomorrow = Wydarzenia jutro
code-reminder-visit_tomorrow = Jutrzejsze wizyty z dostawą do domu
code-reminder-round_tomorrow = Twoja jutrzejsza trasa dostaw
code-reminder-shift_tomorrow = Twoje jutrzejsze dyżury

duration-minutes = { $m ->
    [one] 1 minuta
    [few] { $m } minuty
   *[many] { $m } minut
}
duration-hours = { $h ->
    [one] 1 godzina
    [few] { $h } godziny
   *[many] { $h } godzin
}
duration-hours-minutes = { $h } godz. { $m } min
