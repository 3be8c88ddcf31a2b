# Słowa aplikacji po polsku. Proste słowa, krótkie zdania.
# Przetłumaczone w projekcie; przed wydaniem powinien to sprawdzić rodzimy użytkownik języka.

## Logowanie i błędy

error-card-number = Numer karty bibliotecznej ma od 6 do 16 cyfr.
error-pin = PIN ma od 4 do 8 cyfr.
error-signed-out = Wylogowano cię. Zaloguj się ponownie.
error-no-event-sync = W programie nie ma wydarzenia { $id }. Najpierw pobierz nowe dane.
error-no-event = W programie nie ma wydarzenia { $id }.
error-event-cancelled = Wydarzenie „{ $title }” zostało odwołane.
error-event-started = Wydarzenie „{ $title }” już się zaczęło.
error-places = Możesz zarezerwować 1 miejsce albo 2, jeśli przyjdziesz z osobą towarzyszącą lub opiekunem.
error-drop-in = Na „{ $title }” nie trzeba się zapisywać: po prostu przyjdź.
error-already-booked = Masz już rezerwację na „{ $title }”.
error-date-format = Podaj datę w formacie RRRR-MM-DD, na przykład 2026-12-01.
error-end-before-start = Data końcowa jest wcześniejsza niż początkowa.
error-no-library = Nie ma biblioteki o kodzie { $code }.

## Zmiany zrobione w telefonie

summary-book = { $n ->
    [one] Rezerwacja 1 miejsca: „{ $title }” ({ $when })
   *[other] Rezerwacja { $n } miejsc: „{ $title }” ({ $when })
}
summary-cancel-booking = Odwołanie rezerwacji: „{ $title }” ({ $when })

## Stan synchronizacji

status-offline-last = Brak połączenia. Ostatnia aktualizacja { $ago }.
status-offline-never = Brak połączenia. Jeszcze nic nie pobrano.
status-offline-waiting = { $n ->
    [one] Brak połączenia: 1 zmiana zostanie wysłana, gdy wrócisz do sieci.
    [few] Brak połączenia: { $n } zmiany zostaną wysłane, gdy wrócisz do sieci.
    [many] Brak połączenia: { $n } zmian zostanie wysłanych, gdy wrócisz do sieci.
   *[other] Brak połączenia: { $n } zmiany zostaną wysłane, gdy wrócisz do sieci.
}
status-up-to-date = Wszystko aktualne (sprawdzono { $ago }).
status-never = Jeszcze nic nie pobrano.
status-waiting = { $n ->
    [one] 1 zmiana czeka na wysłanie.
    [few] { $n } zmiany czekają na wysłanie.
    [many] { $n } zmian czeka na wysłanie.
   *[other] { $n } zmiany czeka na wysłanie.
}
status-signed-out-other-hub = Wylogowano cię, bo ten telefon korzysta teraz z innego serwera biblioteki. Zaloguj się ponownie.
status-held = { $n ->
    [one] 1 zmiana dla { $hub } zostanie wysłana, jeśli telefon wróci do tego serwera. Możesz też ją odrzucić.
    [few] { $n } zmiany dla { $hub } zostaną wysłane, jeśli telefon wróci do tego serwera. Możesz też je odrzucić.
   *[many] { $n } zmian dla { $hub } zostanie wysłanych, jeśli telefon wróci do tego serwera. Możesz też je odrzucić.
}
outcome-discarded = Nie wysłano: zdecydowano, by to odrzucić.

## Biblioteki: godziny otwarcia

hours-closed = Zamknięte
hours-period = { $opens }–{ $closes }
list-separator = {", "}
today-closed-for = Dziś zamknięte: { $reason }
today-closed = Dziś zamknięte
today-open = Dziś otwarte: { $hours }
closure-day = Zamknięte: { $date } ({ $reason })
closure-days = Zamknięte: od { $from } do { $to } ({ $reason })

## Wydarzenia i rezerwacje miejsc

event-cancelled = Odwołane
event-drop-in = Wstęp wolny: nie trzeba się zapisywać
event-full = Brak miejsc: możesz zapisać się na listę oczekujących
event-full-waiting = { $n ->
    [one] Brak miejsc: czeka 1 osoba
    [few] Brak miejsc: czekają { $n } osoby
   *[many] Brak miejsc: czeka { $n } osób
}
event-places-left = { $n ->
    [one] Zostało 1 miejsce
    [few] Zostały { $n } miejsca
    [many] Zostało { $n } miejsc
   *[other] Zostało { $n } miejsca
}
booking-waiting-to-send = { $n ->
    [one] Rezerwacja 1 miejsca czeka na wysłanie
   *[other] Rezerwacja { $n } miejsc czeka na wysłanie
}
cancellation-waiting-to-send = Odwołanie czeka na wysłanie
booking-you-are-booked = { $n ->
    [one] Masz rezerwację (1 miejsce)
    [few] Masz rezerwację ({ $n } miejsca)
   *[many] Masz rezerwację ({ $n } miejsc)
}
booking-you-are-waiting = Jesteś na liście oczekujących: miejsce { $n }
an-event = Wydarzenie
booking-waiting = Czeka na wysłanie
booking-booked = { $n ->
    [one] Zarezerwowano (1 miejsce)
    [few] Zarezerwowano ({ $n } miejsca)
   *[many] Zarezerwowano ({ $n } miejsc)
}
booking-position = Lista oczekujących: miejsce { $n }
booking-cancelled = Odwołana
booking-event-cancelled = Biblioteka odwołała to wydarzenie

## Powiadomienia

notice-promoted = Dobra wiadomość: zwolniło się miejsce na „{ $title }” ({ $when }). Masz rezerwację.
notice-event-cancelled = Biblioteka odwołała „{ $title }” ({ $when }).
notice-event-cancelled-why = Biblioteka odwołała „{ $title }” ({ $when }). { $reason }
notice-event-moved = Zmiana terminu lub miejsca: „{ $title }” odbędzie się { $when }, { $place }.
notice-hold-ready = „{ $title }” czeka na odbiór: { $place }.
notice-hold-ready-until = „{ $title }” czeka na odbiór: { $place }. Ostatni dzień: { $until }.
notice-hold-expired = Nie odebrano „{ $title }” na czas, więc przekazaliśmy tę pozycję następnej osobie w kolejce.

## Stałe słowa błędów

error-offline = Brak połączenia albo serwer biblioteki jest teraz niedostępny.
error-not-signed-in = Najpierw się zaloguj.
error-too-many-attempts = Za dużo błędnych PIN-ów. Poczekaj { $seconds } s i spróbuj ponownie.
error-store-corrupt = Plik danych aplikacji { $path } jest uszkodzony i nie da się go odczytać. Zostawiono go bez zmian.
error-store-too-new = Plik danych aplikacji { $path } zapisała nowsza wersja aplikacji (wersja { $found }; ta aplikacja zna wersję { $known }). Zaktualizuj aplikację.
error-store-unavailable = Nie da się otworzyć pliku danych aplikacji { $path }: { $detail }
error-store = Nie udało się odczytać ani zapisać danych aplikacji: { $detail }
error-hub = Serwer biblioteki miał problem: { $detail }
error-internal = Coś poszło nie tak w aplikacji: { $detail }

## Moje konto: rezerwacje, wypożyczenia, historia czytania, karta

a-title = Tytuł
title-number = tytuł { $id }
hold-queue = Miejsce w kolejce: { $n } z { $total }
hold-paused = Wstrzymano do dnia: { $until }. Nadal miejsce w kolejce: { $n } z { $total }
hold-on-its-way = W drodze do: { $library }
hold-ready = Do odbioru: { $library }
hold-ready-until = Do odbioru: { $library }. Ostatni dzień: { $until }
hold-collected = Odebrano
hold-cancelled = Anulowano
hold-expired = Nie odebrano na czas
hold-cancel-waiting = Anulowanie czeka na wysłanie
hold-pause-waiting = Wstrzymanie do dnia { $until } czeka na wysłanie
hold-restart-waiting = Wznowienie czeka na wysłanie
hold-move-waiting = Zmiana miejsca odbioru ({ $library }) czeka na wysłanie
hold-reservation-waiting = Rezerwacja czeka na wysłanie
loan-overdue = { $n ->
    [one] Po terminie: termin zwrotu minął 1 dzień temu ({ $due })
   *[other] Po terminie: termin zwrotu minął { $n } dni temu ({ $due })
}
loan-due-today = Termin zwrotu: dziś
loan-due-tomorrow = Termin zwrotu: jutro
loan-due-in = { $n ->
    [one] Termin zwrotu: { $due } (za 1 dzień)
   *[other] Termin zwrotu: { $due } (za { $n } dni)
}
loan-renewal-waiting = { $due }. Przedłużenie czeka na wysłanie
history-line = Wypożyczono: { $borrowed }. Zwrócono: { $returned }
card-provisional = Karta jeszcze niepotwierdzona: pokaż w bibliotece dokument z adresem, aby wypożyczać i rezerwować książki
card-ready = Pokaż tę kartę przy ladzie, aby wypożyczyć książki

summary-reserve = Rezerwacja: „{ $title }”, odbiór: { $library }
summary-cancel-hold = Anulowanie rezerwacji: „{ $title }”
summary-pause-hold = Wstrzymanie rezerwacji „{ $title }” do dnia: { $until }
summary-restart-hold = Wznowienie rezerwacji: „{ $title }”
summary-collect-at = Odbiór „{ $title }”: { $library }
summary-collect-all-at = Odbiór wszystkich rezerwacji: { $library }
summary-default-pickup = Od teraz odbiór rezerwacji: { $library }
summary-renew = Przedłużenie: „{ $title }”
summary-history-on = Włączenie historii czytania
summary-history-off = Wyłączenie historii czytania
summary-history-delete = Usunięcie historii czytania
summary-lend = Wypożyczenie { $barcode } na kartę { $card }
summary-take-back = Zwrot { $barcode }: { $library }

error-after-today = Wybierz datę późniejszą niż dziś.
error-pause-a-year = Rezerwację można wstrzymać najwyżej na rok.
error-library-code = Kod biblioteki ma od 1 do 10 liter lub cyfr, na przykład BRE.
error-barcode = Kod kreskowy egzemplarza ma od 1 do 32 liter lub cyfr.
error-no-hold = Nie masz rezerwacji { $id }. Najpierw pobierz nowe dane.
error-choose-pickup = Wybierz bibliotekę, w której odbierzesz książkę.
error-card-not-confirmed = Twoja karta czeka na potwierdzenie w bibliotece. Potem możesz rezerwować książki.
error-no-title = W katalogu nie ma tytułu { $id }.
error-not-reservable = Nie można zarezerwować „{ $title }”: nie ma egzemplarza do wypożyczenia.
error-already-reserved = Masz już rezerwację: „{ $title }”.
error-already-on-loan = Masz już wypożyczone: „{ $title }”.
error-hold-kept = Egzemplarz już na ciebie czeka, więc tej rezerwacji nie można wstrzymać.
error-no-loan = Nie masz wypożyczenia { $id }. Najpierw pobierz nowe dane.
error-renewal-limit = „{ $title }” przedłużono już { $n } razy, więcej się nie da. Oddaj to do dnia: { $due }.
error-returned-where = Podaj, w której bibliotece oddano książkę.
error-birth-format = Podaj datę urodzenia w formacie RRRR-MM-DD.
error-birth-missing = Podaj datę urodzenia.
error-choose-pin = Wybierz PIN z 4 do 8 cyfr.

## Katalog: gdzie są egzemplarze

list-and = { $first } i { $last }
avail-no-copies-yet = Jeszcze nie ma egzemplarzy
avail-none-at-yours = Brak egzemplarzy w twoich bibliotekach
avail-on-shelf = Na półce: { $list }
avail-reference = Tylko na miejscu: można czytać w bibliotece
avail-on-loan = { $n ->
    [one] Jedyny egzemplarz jest wypożyczony
    [few] Wszystkie { $n } egzemplarze są wypożyczone
   *[many] Wszystkie { $n } egzemplarzy jest wypożyczonych
}
copy-on-shelf = Na półce
copy-on-loan = Wypożyczony
copy-on-loan-until = Wypożyczony, termin zwrotu: { $due }
copy-in-transit = W drodze między bibliotekami
copy-hold-shelf = Czeka na osobę, która go zarezerwowała
copy-missing = Zaginiony
isbn-invalid = { $isbn } (błędny)
error-search-too-long = To wyszukiwanie jest za długie.
error-no-record = Na tym urządzeniu nie ma rekordu { $id }.

## Dowóz książek do domu

visit-when = { $date }: { $time }
delivery-requested = Zgłoszono: biblioteka się z tobą skontaktuje
delivery-declined = Teraz to niemożliwe: { $reason }
delivery-paused = Wstrzymano
delivery-ended = Zakończono
delivery-next-visit = Następna wizyta: { $when }
delivery-accepted = Przyjęto: termin następnej wizyty wkrótce
visit-outcome-waiting = { $outcome }: czeka na wysłanie
visit-chosen-waiting = { $n ->
    [one] Wybrano 1 pozycję: czeka na wysłanie
    [few] Wybrano { $n } pozycje: czeka na wysłanie
   *[many] Wybrano { $n } pozycji: czeka na wysłanie
}
summary-ask-delivery = Prośba o dowóz książek do domu
summary-ask-delivery-for = Prośba o dowóz książek dla karty { $card }
summary-pause-delivery = Wstrzymanie dowozu: { $name }
summary-resume-delivery = Wznowienie dowozu: { $name }
summary-end-delivery = Zakończenie dowozu: { $name }
summary-grant-proxy = Karta { $card } może działać w twoim imieniu: { $rights }
summary-revoke-proxy = Karta { $card } nie działa już w twoim imieniu
summary-reserve-for = Rezerwacja tytułu { $id } dla karty { $card }
summary-choose-items = { $n ->
    [one] Wybór 1 pozycji dla: { $name }
   *[other] Wybór { $n } pozycji dla: { $name }
}
summary-record-visit = Wizyta u: { $name }. { $outcome }

## Wolontariusze: grafik i meldowanie się

session-open = Nadal zameldowany
session-out-before-in = Wymeldowanie przed zameldowaniem: koordynator to sprawdzi
session-too-long = Dłużej niż 12 godzin: koordynator to sprawdzi
shift-signing-up = Zapis: czeka na wysłanie
shift-dropping = Rezygnacja: czeka na wysłanie
shift-taken-by = Zajęte: { $name }
shift-open = Wolne
shift-places-taken = Zajęte miejsca: { $n } z { $total }
summary-sign-up-shift = Zapis na dyżur: „{ $title }” ({ $when })
summary-drop-shift = Rezygnacja z dyżuru: „{ $title }” ({ $when })
summary-check-in = Zameldowanie: { $library }, godz. { $time }
summary-check-out = Wymeldowanie, godz. { $time }
summary-fix-check-out = Poprawa wymeldowania na: { $date }, godz. { $time }
error-time-format = Podaj czas w formacie 2026-10-25T09:30:00+01:00.
error-no-shift = Dyżuru { $id } nie ma w grafiku. Najpierw pobierz nowe dane.
error-which-library = Podaj, w której bibliotece jesteś.
error-checked-in-already = Już się zameldowano. Najpierw się wymelduj.
error-not-checked-in = Nie zameldowano cię.
error-say-why-300 = Podaj powód, najwyżej 300 znaków.

## Program: cykle, obecność przy wejściu, sale

roster-summary = Obecni: { $attended } z { $booked } zarezerwowanych miejsc, nieobecni: { $missing }, bez zapisu: { $walk_ins }
summary-book-series = { $n ->
    [one] Rezerwacja wszystkich spotkań: „{ $title }”
   *[other] Rezerwacja { $n } miejsc na wszystkie spotkania: „{ $title }”
}
summary-attended = Obecność: { $name }, „{ $title }”
summary-not-come = Nieobecność: { $name }, „{ $title }”
summary-walk-ins = Bez zapisu: { $n } os., „{ $title }”
summary-book-room = Rezerwacja sali { $id }: { $when }
summary-cancel-room = Odwołanie rezerwacji sali { $room }: { $when }
error-no-series = W programie nie ma cyklu { $id }. Najpierw pobierz nowe dane.
error-door-too-early = Sprawdzanie obecności na „{ $title }” zaczyna się godzinę przed początkiem.

## Przypomnienia (powiadomienia w telefonie)

reminder-hold-ready = „{ $title }” czeka na odbiór: { $library }. Odbierz do dnia: { $until }.
reminder-hold-last-day = Dziś ostatni dzień na odbiór „{ $title }”: { $library }.
reminder-loan-due = Termin zwrotu „{ $title }”: { $due }. Możesz przedłużyć w aplikacji.
reminder-event-tomorrow = Jutro: „{ $title }”, { $when }.
reminder-visit-tomorrow = Jutro wizyta z książkami z biblioteki: { $date }.
reminder-round-tomorrow = { $n ->
    [one] Jutro rozwozisz książki: 1 wizyta.
    [few] Jutro rozwozisz książki: { $n } wizyty.
   *[many] Jutro rozwozisz książki: { $n } wizyt.
}
reminder-shift-tomorrow = Jutro twój dyżur: „{ $title }”, { $when }.

## Konsultacje: twoje zdanie

error-no-consultation = Tej konsultacji nie ma w telefonie. Najpierw pobierz nowe dane.
consultation-opens = Początek: { $date }
consultation-open-until = Otwarte do dnia: { $date }
consultation-closed = Zakończone
consultation-answered = Odpowiedź wysłana. Dziękujemy!
consultation-answer-waiting = Twoje odpowiedzi zostaną wysłane, gdy wrócisz do sieci.
consultation-sign-in = Zaloguj się, aby odpowiedzieć.
consultation-responses = { $n ->
    [one] Odpowiedziała 1 osoba.
    [few] Odpowiedziały { $n } osoby.
   *[many] Odpowiedziało { $n } osób.
}
summary-answer-consultation = Odpowiedź na konsultację: „{ $title }”

## Listy lektur

list-title-not-kept = Tego nie ma w telefonie: wyszukaj, gdy masz internet.
list-titles = { $n ->
    [one] 1 tytuł
    [few] { $n } tytuły
   *[many] { $n } tytułów
}

## Ekrany: Start, Tytuł, Moje konto, Wydarzenia, Dziś, Grafik

home-greeting-night = Witaj, { $name }
home-greeting-morning = Dzień dobry, { $name }
home-greeting-afternoon = Dzień dobry, { $name }
home-greeting-evening = Dobry wieczór, { $name }
home-greeting-signed-out = Witamy w Twojej bibliotece
home-hold-ready-until = „{ $title }” czeka na odbiór. Miejsce: { $library }. Ostatni dzień: { $until }.
home-hold-ready = „{ $title }” czeka na odbiór. Miejsce: { $library }.
home-loan = „{ $title }”: { $due }
home-next-event = Twoje następne wydarzenie: „{ $title }”, { $when }. Miejsce: { $library }.
home-simple-next-event = Moje wydarzenie: „{ $title }”, { $when }
home-next-visit = Następna dostawa książek do domu: { $when }.
home-next-visit-for = Następna dostawa książek dla: { $name }. Kiedy: { $when }.
home-simple-next-visit = Moja następna wizyta: { $when }
home-round-today = { $n ->
    [one] Dziś rozwozisz książki: 1 wizyta.
    [few] Dziś rozwozisz książki: { $n } wizyty.
   *[many] Dziś rozwozisz książki: { $n } wizyt.
}
home-shift-now = Twój dyżur trwa: „{ $title }”. Miejsce: { $library }. { $when }.
home-next-shift = Twój następny dyżur: „{ $title }”. Miejsce: { $library }. { $when }.
home-delivery-requests = { $n ->
    [one] 1 prośba o dostawę książek czeka na odpowiedź.
    [few] { $n } prośby o dostawę książek czekają na odpowiedź.
   *[many] { $n } próśb o dostawę książek czeka na odpowiedź.
}
home-welfare-concerns = { $n ->
    [one] 1 zgłoszenie troski o kogoś czeka na działanie.
    [few] { $n } zgłoszenia troski o kogoś czekają na działanie.
   *[many] { $n } zgłoszeń troski o kogoś czeka na działanie.
}
home-simple-ask-for-books = Poproś o książki
home-simple-my-books = Moje książki
home-simple-call = Zadzwoń: { $library }
data-age = Zaktualizowano { $ago }.
data-age-offline = Brak połączenia.
action-renew = Przedłuż
action-cancel = Anuluj
action-suspend = Wstrzymaj
action-resume = Wznów
action-change-pickup = Zmień miejsce odbioru
action-book = Zapisz się
action-join-waiting-list = Zapisz się na listę oczekujących
action-add-to-calendar = Dodaj do kalendarza
action-drop = Zrezygnuj z dyżuru
action-sign-up = Zapisz się
action-check-in = Zaczynam
action-check-out = Kończę
why-change-waiting = Zmiana czeka na wysłanie.
why-hold-ready-no-pause = Książka czeka na Ciebie ({ $library }), więc nie można wstrzymać rezerwacji.
why-hold-on-its-way-no-pause = Egzemplarz jest już w drodze, więc nie można wstrzymać rezerwacji.
why-hold-ready-no-move = Książka czeka na Ciebie ({ $library }). Jeśli chcesz odebrać ją gdzie indziej, zapytaj w bibliotece.
why-reservation-not-sent = Ta rezerwacja jeszcze nie dotarła do biblioteki. Zmienisz ją, gdy dotrze.
why-renewal-waiting = Przedłużenie czeka na wysłanie.
why-no-renewals-left = { $n ->
    [one] Przedłużono już 1 raz, więcej nie można. Prosimy o zwrot.
   *[other] Przedłużono już { $n } razy, więcej nie można. Prosimy o zwrot.
}
why-event-cancelled = Biblioteka odwołała to wydarzenie.
why-drop-in = Nie trzeba się zapisywać: wystarczy przyjść.
why-event-started = To wydarzenie już się zaczęło.
why-booked-already = Jesteś już zapisany.
why-not-booked = Nie jesteś zapisany na to wydarzenie.
why-event-over = To wydarzenie już się skończyło.
why-too-late-to-drop = { $n ->
    [one] Z dyżuru można zrezygnować najpóźniej 1 godzinę przed początkiem. Zadzwoń do biblioteki.
    [few] Z dyżuru można zrezygnować najpóźniej { $n } godziny przed początkiem. Zadzwoń do biblioteki.
   *[many] Z dyżuru można zrezygnować najpóźniej { $n } godzin przed początkiem. Zadzwoń do biblioteki.
}
why-shift-started = Ten dyżur już się zaczął.
why-shift-full = Wszystkie miejsca na tym dyżurze są zajęte.
action-delivery-pause = Wstrzymaj dostawy
action-delivery-resume = Wznów dostawy
action-delivery-end = Zakończ dostawy do domu
action-delivery-accept = Przyjmij
action-delivery-decline = Odrzuć
action-delivery-schedule = Zaplanuj wizyty
action-delivery-request = Poproś o dostawę do domu
action-concern-close = Zamknij z notatką
why-needs-connection = Do tego potrzebne jest połączenie. Spróbuj ponownie, gdy będziesz online.
why-concern-closed = To zgłoszenie jest już zamknięte.
why-delivery-request-waiting = Twoja prośba czeka na wysłanie.
why-delivery-under-way = Dostawa do domu jest już zamówiona albo trwa.
concern-raised = Zgłasza: { $name }, { $date }: { $note }
concern-closed = Zamyka: { $name }, { $date }: { $note }
concern-close-waiting = Twoja notatka zamykająca czeka na wysłanie.
error-concern-note = Napisz, co zrobiono (do 1000 znaków).
error-no-such-concern = Tego zgłoszenia nie ma w tym telefonie. Zsynchronizuj i spróbuj ponownie.
summary-close-concern = Zamknij zgłoszenie troski o: { $name }
deliveries-requests = { $n ->
    [one] 1 prośba czeka na decyzję.
    [few] { $n } prośby czekają na decyzję.
   *[many] { $n } próśb czeka na decyzję.
}
deliveries-to-schedule = { $n ->
    [one] 1 dostawa czeka na zaplanowanie wizyt.
    [few] { $n } dostawy czekają na zaplanowanie wizyt.
   *[many] { $n } dostaw czeka na zaplanowanie wizyt.
}
deliveries-nothing-waiting = Nic na ciebie nie czeka.
deliveries-privacy-note = Adresy czytelników nie są zapisane w tym telefonie. Otwórz dostawę, gdy będziesz online, aby zobaczyć adres.
title-sign-in-to-reserve = Zaloguj się, aby zarezerwować.
title-on-loan = Masz tę książkę. { $due }
title-reserved = Ta książka jest zarezerwowana dla Ciebie. { $status }
title-can-reserve = Możesz zarezerwować tę książkę.
account-no-loans = Nie masz wypożyczeń.
account-loans = { $n ->
    [one] Masz 1 wypożyczenie.
    [few] Masz { $n } wypożyczenia.
   *[many] Masz { $n } wypożyczeń.
}
account-loans-overdue = { $n ->
    [one] Masz 1 wypożyczenie. Minął termin zwrotu.
    [few] Masz { $n } wypożyczenia. Po terminie: { $overdue }.
   *[many] Masz { $n } wypożyczeń. Po terminie: { $overdue }.
}
account-no-holds = Nie masz rezerwacji.
account-holds = { $n ->
    [one] Masz 1 rezerwację.
    [few] Masz { $n } rezerwacje.
   *[many] Masz { $n } rezerwacji.
}
account-holds-ready = { $n ->
    [one] Masz 1 rezerwację. Czeka na odbiór.
    [few] Masz { $n } rezerwacje. Do odbioru: { $ready }.
   *[many] Masz { $n } rezerwacji. Do odbioru: { $ready }.
}
account-history-off = Historia czytania jest wyłączona: biblioteka nie zapisuje, co wypożyczasz.
account-history-empty = Historia czytania jest włączona. Tu pojawią się zwrócone książki.
account-history = { $n ->
    [one] 1 książka w historii czytania.
    [few] { $n } książki w historii czytania.
   *[many] { $n } książek w historii czytania.
}
events-none = Brak wydarzeń. Wybierz inną bibliotekę, rodzaj lub tydzień.
shift-drop-until = Możesz zrezygnować do: { $when }.
today-checked-in = Jesteś na miejscu ({ $library }) od { $time }.
today-not-sent = Jeszcze nie wysłano: zostanie wysłane, gdy wróci połączenie.
today-hours-month = W tym miesiącu: { $hours }.
today-no-hours-month = W tym miesiącu jeszcze bez godzin.

## W czyimś imieniu

acting-yourself = Ty: twoje książki, zapisy i dostawy.
acting-rights = W imieniu osoby { $name } możesz: { $rights }.
acting-not-for-them = Nie działasz w imieniu tej osoby. Może ona dodać cię jako opiekuna w bibliotece.
acting-no-deliveries = { $name } nie prosi cię o zajmowanie się dostawami książek do domu.
acting-no-reserve = { $name } nie prosi cię o rezerwowanie książek.
acting-no-loans = { $name } nie pozwala ci oglądać swoich wypożyczeń.
acting-no-renew = Przedłużyć może tylko { $name } albo biblioteka. Zadzwoń do biblioteki.
acting-card = Karta biblioteczna: { $name }
acting-loans-none = { $name }: brak wypożyczeń.
acting-loans = { $n ->
    [one] { $name }: 1 wypożyczenie.
    [few] { $name }: { $n } wypożyczenia.
   *[many] { $name }: { $n } wypożyczeń.
}
acting-holds = Rezerwacje, które zrobisz, pójdą w imieniu osoby { $name }.
acting-history = Historię czytania widzi tylko { $name }.
acting-title-on-loan = { $name } ma tę książkę. { $due }
acting-title-can-reserve = Możesz zarezerwować tę książkę dla osoby { $name }.
home-acting-for = W imieniu: { $name }
summary-reserve-for-name = Rezerwacja „{ $title }” dla osoby { $name } (odbiór: { $library })

## Trasa i wybór książek

round-none = Tego dnia nie masz wizyt.
round-summary = { $n ->
    [one] 1 wizyta: zapisane { $done }, zostało { $left }.
    [few] { $n } wizyty: zapisane { $done }, zostało { $left }.
   *[many] { $n } wizyt: zapisane { $done }, zostało { $left }.
}
error-visit-not-on-round = Tej wizyty nie ma na twojej trasie. Najpierw zsynchronizuj.
choose-likes = Lubi: { $list }.
choose-authors = Ulubieni autorzy: { $list }.
choose-formats = Formaty: { $list }.
choose-avoid = Proszę unikać: { $list }.
choose-repeats-welcome = Książki już czytane mogą wrócić.
choose-no-repeats = Bez książek już czytanych.
choose-surprise = Chętnie da się zaskoczyć.
choose-notes = Uwagi: { $notes }
choose-borrowed-before = Już wypożyczana: „{ $title }”. { $name } nie chce książek już czytanych.

## Zapisy bez połączenia

join-waiting = Twój formularz jest zapisany w telefonie. Zostanie wysłany, gdy wróci połączenie, a wtedy pojawi się tu numer karty.
join-already-waiting = Twój formularz jest już zapisany w telefonie i zostanie wysłany, gdy wróci połączenie.

## Opinie o dostarczonych książkach

summary-react = { $reaction }: „{ $title }”
choose-reaction = { $reaction }: „{ $title }” ({ $date })
error-reaction = Wybierz „Więcej takich” albo „Nie dla mnie”.
error-not-delivered = Tej książki nie ma wśród dostarczonych. Najpierw zsynchronizuj.

## Checks the phone makes before anything is sent.

error-hub-url-not-web = Adres serwera nie jest adresem strony. Zaczyna się od https://.
error-hub-url-plain-http = Adres serwera musi zaczynać się od https://. Samo http:// jest dozwolone tylko dla serwera na tym komputerze.
error-hub-url-https = Adres serwera musi zaczynać się od https://.
error-hub-url-no-host = W adresie serwera brakuje nazwy hosta.
error-certificate = Nie można odczytać certyfikatu: { $detail }
error-certificate-untrusted = jego certyfikat nie jest zaufany ({ $detail })
error-hub-answered = Serwer biblioteki jest teraz zajęty albo nie działa (odpowiedział { $status }).
error-connection-broke = Połączenie zostało przerwane.
error-not-a-barcode = { $barcode } to nie jest kod kreskowy egzemplarza.
error-choose-day = Wybierz dzień od poniedziałku (1) do niedzieli (7).
error-choose-time-of-day = Wybierz rano, po południu albo obojętnie.
error-choose-frequency = Wybierz co tydzień, co dwa tygodnie albo co miesiąc.
error-no-delivery = Na tym telefonie nie ma dostawy { $id }.
error-choose-rights = Wybierz spośród: dostawy, rezerwacje i wypożyczenia.
error-say-why-reader = Napisz dlaczego, żeby czytelnik wiedział.
error-visit-past = Ta wizyta jest w przeszłości.
error-date-time-format = Podaj datę i godzinę w formacie RRRR-MM-DD GG:MM, na przykład 2026-12-03 10:30.
error-say-why-booked = Napisz dlaczego, żeby zapisane osoby wiedziały.
error-not-hosting-yet = Nie prowadzisz wydarzenia { $id } albo jego lista obecności nie dotarła jeszcze na ten telefon.
error-not-hosting = Nie prowadzisz wydarzenia { $id }.
error-no-door-booking = Na tej liście obecności nie ma zapisu { $id }.
error-room-purpose = Napisz, do czego jest sala, najwyżej 200 znaków.
error-no-room-booking = Nie masz rezerwacji sali { $id }.

## Wpływ (koordynatorzy)

impact-all-libraries = Wszystkie biblioteki
impact-period-this_month = Ten miesiąc
impact-period-last_month = Poprzedni miesiąc
impact-period-year = Ten rok (od 1 kwietnia)
impact-period-dates = { $period }: { $dates }
impact-span = { $from } – { $to }
impact-title = { $library }, { $dates }
impact-figure = { $label }: { $value }
impact-category-figure = { $figure } ({ $category })
impact-counted = Liczby policzone o { $time }, { $date }.
impact-not-kept = Tych liczb nie ma jeszcze w telefonie. Otwórz ten ekran raz, gdy masz internet.
error-impact-period = Wybierz ten miesiąc, poprzedni miesiąc albo ten rok.

## Nowi czytelnicy (koordynatorzy)

home-pending-members = { $n ->
    [one] 1 nowy czytelnik czeka na potwierdzenie karty.
    [few] { $n } nowi czytelnicy czekają na potwierdzenie karty.
   *[many] { $n } nowych czytelników czeka na potwierdzenie karty.
}
pending-none = Nikt nie czeka na potwierdzenie karty.
pending-member = { $name } zapisał(a) się w bibliotece { $library }: { $date } ({ $postcode }).
pending-privacy-note = Adresy nie są zapisane w tym telefonie. Gdy masz internet, otwórz osobę, aby sprawdzić potwierdzenie adresu.
action-confirm-card = Potwierdź kartę

## Wydarzenia i sale (koordynatorzy)

action-new-event = Nowe wydarzenie
action-edit-event = Zmień
action-cancel-event = Odwołaj wydarzenie
room-booking-row = { $organisation }: { $purpose }. Sala: { $room }, { $library }. { $when }.

## Lada (wolontariusze w bibliotece)

action-desk-lend = Wypożycz
action-desk-take-back = Przyjmij zwrot
why-no-desk = Nie pracujesz jeszcze przy ladzie w żadnej bibliotece. Koordynator może cię dodać.
desk-waiting = { $n ->
    [one] 1 zmiana z lady zostanie wysłana, gdy znów będziesz mieć internet.
    [few] { $n } zmiany z lady zostaną wysłane, gdy znów będziesz mieć internet.
   *[many] { $n } zmian z lady zostanie wysłanych, gdy znów będziesz mieć internet.
}

## Wolontariusze (koordynatorzy)

volunteers-role-holders = { $role }: { $names }.
volunteers-none = Nie ma jeszcze wolontariuszy.
