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

## Rezerwacje i lada.

queue-only-one = Czekasz tylko Ty.
queue-position = Twoje miejsce w kolejce: { $n } z { $length }.
this-title = Ta pozycja
outcome-no-library-code = Nie ma biblioteki o kodzie { $code }.
outcome-no-copies-to-reserve = Biblioteki nie mają egzemplarzy „{ $title }” do rezerwacji.
outcome-reference-only = Nie można zarezerwować „{ $title }”. Egzemplarze są tylko do korzystania na miejscu.
outcome-reserved = Zarezerwowano „{ $title }”. Odbiór: { $library }.
outcome-reserved-queue = Zarezerwowano „{ $title }”. Odbiór: { $library }. { $queue }
outcome-hold-resumed = Rezerwacja „{ $title }” znowu działa.
outcome-hold-resumed-queue = Rezerwacja „{ $title }” znowu działa. { $queue }
outcome-hold-ready-at = Ta rezerwacja już na Ciebie czeka: { $library }.
outcome-pickup-one = Odbierzesz ją tutaj: { $library }.
outcome-pickup-none = Nie masz rezerwacji do przeniesienia.
outcome-pickup-all = { $n ->
    [one] Twoja rezerwacja będzie do odbioru tutaj: { $library }.
    [few] Twoje { $n } rezerwacje będą do odbioru tutaj: { $library }.
   *[many] Twoich { $n } rezerwacji będzie do odbioru tutaj: { $library }.
}
outcome-history-on = Historia czytania jest włączona. Książki, które oddasz od teraz, będą na liście.
outcome-history-off = Historia czytania jest wyłączona. Oddane książki nie będą na liście. To, co już jest, zostaje, dopóki tego nie usuniesz.
outcome-desk-lend-elsewhere = Możesz wypożyczać książki tylko w bibliotece, w której jesteś wolontariuszem. Nie jesteś nim tutaj: { $library }.
outcome-desk-take-back-elsewhere = Możesz przyjmować zwroty tylko w bibliotece, w której jesteś wolontariuszem. Nie jesteś nim tutaj: { $library }.
outcome-no-copy-barcode = Żaden egzemplarz nie ma kodu { $barcode }. Sprawdź numer pod kodem kreskowym.
outcome-card-format = Numer karty bibliotecznej ma od 6 do 16 cyfr.
outcome-member-card-not-confirmed = Karta osoby { $name } nie jest jeszcze potwierdzona. Potwierdź ją (dowód adresu) przed wypożyczeniem.
outcome-copy-reference = Ten egzemplarz „{ $title }” jest tylko do korzystania na miejscu.
outcome-copy-on-loan-to = Ten egzemplarz „{ $title }” jest już wypożyczony: { $name }.
outcome-copy-on-loan-other = Ten egzemplarz „{ $title }” jest wypożyczony innej osobie. Najpierw przyjmij zwrot.
outcome-copy-kept-for-another = Ten egzemplarz „{ $title }” czeka na rezerwację innej osoby.
outcome-lent = Wypożyczono „{ $title }”: { $name }. Termin zwrotu: { $due }.
outcome-copy-reference-not-lent = Ten egzemplarz „{ $title }” jest tylko do korzystania na miejscu. Nie był wypożyczony.
outcome-returned = Zwrócono „{ $title }”. { $todo }
outcome-not-on-loan = „{ $title }” nie był wypożyczony. { $todo }
desk-to-shelf = Odłóż na półkę.
desk-to-hold-shelf = Odłóż na półkę rezerwacji dla: { $name }, do { $until }.
desk-send-to = Wyślij do: { $library }. Zarezerwował(a): { $name }.

## Dostawy do domu: prośby, torby i wizyty.

outcome-request-address = Podaj adres, najwyżej 300 znaków.
outcome-request-postcode = Podaj brytyjski kod pocztowy, na przykład ST19 9AA.
outcome-request-access-notes = Uwagi o dojściu mogą mieć najwyżej 500 znaków.
outcome-request-day = Preferowany dzień to od 1 (poniedziałek) do 7 (niedziela).
outcome-request-time = Pora dnia: rano, po południu albo dowolna.
outcome-request-frequency = Jak często: co tydzień, co dwa tygodnie albo co miesiąc.
outcome-request-formats = Dostępne formaty: { $formats }.
outcome-request-notes = Uwagi mogą mieć najwyżej 1000 znaków.
outcome-request-list = { $field }: najwyżej 20 pozycji, każda do 100 znaków.
field-genres = Rodzaje książek
field-favourite-authors = Ulubieni autorzy
field-avoid = Autorzy lub tematy, których unikać
outcome-say-reaction = Wybierz „więcej takich” albo „nie dla mnie”.
outcome-no-such-visit = Nie ma takiej wizyty.
outcome-only-reader-reacts = Może to powiedzieć tylko czytelnik albo opiekun, który zajmuje się jego dostawami.
outcome-not-delivered = Tej książki nie dostarczono podczas tej wizyty.
outcome-reacted = Dziękujemy. Biblioteka weźmie to pod uwagę przy wyborze: „{ $title }”.
outcome-only-chooser = Tylko osoba wybierająca książki na tę wizytę może pakować torbę.
outcome-visit-happened = Ta wizyta już się odbyła.
outcome-bag-limit = W torbie może być najwyżej 20 pozycji.
outcome-bag-no-copy = Żaden egzemplarz nie ma kodu { $barcode }. Nic nie trafiło do torby.
outcome-bag-reference = { $barcode } jest tylko do korzystania na miejscu. Nic nie trafiło do torby.
outcome-bag-ready = { $n ->
    [one] W torbie jest 1 pozycja.
    [few] W torbie są { $n } pozycje.
   *[many] W torbie jest { $n } pozycji.
}
outcome-bag-borrowed-before = { $n ->
    [one] W torbie jest 1 pozycja.
    [few] W torbie są { $n } pozycje.
   *[many] W torbie jest { $n } pozycji.
} Czytelnik wypożyczał już: { $titles }.
outcome-only-deliverer = Tylko osoba dostarczająca może zapisać tę wizytę.
outcome-visit-recorded-already = Ta wizyta jest już zapisana.
outcome-visit-outcomes = Wynik wizyty to jedno z: { $outcomes }.
outcome-say-concern = Napisz, co Cię niepokoi, dla koordynatora.
outcome-note-length = Notatka może mieć najwyżej 1000 znaków.
outcome-handed-only-delivered = Książki przekazuje się tylko wtedy, gdy wizyta się odbyła.
outcome-visit-no-copy = Żaden egzemplarz nie ma kodu { $barcode }. Wizyty nie zapisano. Sprawdź numer i spróbuj ponownie.
outcome-visit-delivered = Wizyta zapisana. Przekazano: { $handed }, odebrano: { $collected }.
outcome-visit-concern = Wizyta zapisana. Koordynator zobaczy Twój niepokój przy następnej synchronizacji.
outcome-visit-recorded = Wizyta zapisana.

## Dyżury, wejścia, konsultacje i sale.

outcome-no-such-shift = Tego dyżuru nie ma w grafiku.
outcome-shift-started = „{ $title }” już się zaczął.
outcome-already-on-shift = Jesteś już zapisany(-a) na ten dyżur.
outcome-shift-taken-by = Tuż przed Tobą ten dyżur wziął(-ęła): { $name }. Dziękujemy za chęć pomocy!
outcome-shift-full = Ten dyżur jest już pełny. Dziękujemy za chęć pomocy!
outcome-signed-up = Jesteś zapisany(-a): „{ $title }”, { $library }, { $when }.
outcome-not-on-shift = Nie jesteś zapisany(-a) na ten dyżur.
outcome-shift-too-late = Ten dyżur zaczyna się w ciągu doby. Zadzwoń do biblioteki, żeby mogli znaleźć zastępstwo.
outcome-dropped = Nie jesteś już zapisany(-a): „{ $title }”.
outcome-session-key = Klucz wizyty ma od 8 do 64 liter lub cyfr.
outcome-check-in-future = Godzina wejścia jest w przyszłości. Sprawdź zegar w telefonie.
outcome-check-in-recorded = To wejście jest już zapisane.
outcome-volunteer-checked-in = Witaj! Godzina wejścia: { $time }.
outcome-no-such-check-in = Nie ma takiego wejścia.
outcome-time-future = Ta godzina jest w przyszłości. Sprawdź zegar w telefonie.
outcome-checked-out-already = Wyjście jest już zapisane.
outcome-say-why = Napisz dlaczego, najwyżej 300 znaków.
outcome-hours-recorded = Dziękujemy! Zapisano: { $hours }.
outcome-times-unusual = Zapisano. Godziny wyglądają nietypowo, więc sprawdzi je koordynator.
outcome-no-such-consultation = Ta konsultacja nie trwa.
outcome-consultation-not-open = „{ $title }” zaczyna się { $date }.
outcome-consultation-closed = „{ $title }” jest już zamknięta. Dziękujemy, że chcesz wziąć udział.
outcome-consultation-answered-already = Odpowiedzi na „{ $title }” są już wysłane. Dziękujemy!
outcome-consultation-answered = Dziękujemy za odpowiedzi: „{ $title }”.
answers-none = Odpowiedz na co najmniej jedno pytanie.
answers-no-such-question = Tego pytania nie ma w tej konsultacji.
answers-twice = Na jedno pytanie odpowiedziano dwa razy.
answers-does-not-fit = Odpowiedź na „{ $question }” nie pasuje do pytania.
outcome-room-taken-by = Sala jest wtedy zajęta: „{ $title }”.
outcome-room-taken-partner = Sala jest wtedy zarezerwowana przez partnera.
outcome-not-your-reserving = { $name } nie prosi Cię o rezerwowanie dla niej lub dla niego.

## Raport: nagłówki kolumn CSV i opis każdej liczby

report-csv-header = wskaźnik,kategoria,wartość,opis
report-library = Biblioteka
report-period_from = Od
report-period_to = Do
report-generated_at = Utworzono
report-members_total = Czytelnicy
report-members_new = Nowi czytelnicy
report-loans = Wypożyczenia
report-reservations = Rezerwacje
report-events_held = Odbyte wydarzenia
report-events = Wydarzenia
report-booked_places = Zarezerwowane miejsca
report-attended = Obecni
report-no_shows = Nieobecni
report-walk_ins = Bez zapisu
report-volunteer_hours = Godziny wolontariuszy
report-active_volunteers = Aktywni wolontariusze
report-delivery_visits = Wizyty z dowozem książek
report-readers_served = Obsłużeni czytelnicy
report-room_bookings = Rezerwacje sal
report-room_hours = Godziny w salach
report-consultations = Trwające konsultacje
report-consultation_responses = Odpowiedzi w konsultacjach
