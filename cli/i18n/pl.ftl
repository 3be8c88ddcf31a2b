# Słowa polecenia cml po polsku: nagłówki i etykiety dodawane do tekstów aplikacji.
# Przetłumaczone w projekcie; przed wydaniem powinien to sprawdzić rodzimy użytkownik języka.

change-waiting = { $summary }: czeka na wysłanie
change-outcome = { $summary }: { $outcome }
change-state = { $summary }: { $state }
signed-in-as = Zalogowano: { $name } (karta { $card }).
signed-out = Wylogowano.
whoami = { $name } (karta { $card }), { $roles }; biblioteka macierzysta: { $home }
none = brak
nobody-signed-in = Nikt nie jest zalogowany na tym urządzeniu.
synced = { $n ->
    [one] Pobrano 1 zmianę ({ $parts }).
    [few] Pobrano { $n } zmiany ({ $parts }).
   *[many] Pobrano { $n } zmian ({ $parts }).
}
status-signed-in = Zalogowano: { $name }.
status-not-signed-in = Nie zalogowano.
status-hub = Serwer: { $url }
no-events = Nie znaleziono wydarzeń. Uruchom `cml sync`, gdy masz internet, aby pobrać program.
event-at = { $title }, { $library }
no-bookings = Brak rezerwacji.
booking-line = { $title }, { $when }, { $library }: { $status }
no-changes = Na tym urządzeniu nie wprowadzono zmian.
no-libraries = Brak bibliotek: uruchom `cml sync`, gdy masz internet.
no-news = Brak nowych wiadomości.
no-reminders = Teraz nie ma przypomnień.
background-stopped = Zatrzymano: { $why } (wysłane zmiany: { $sent }, zaktualizowane pozycje: { $pulled }).
no-held-changes = Nie ma wstrzymanych zmian do odrzucenia.
held-discarded = { $n ->
    [one] Odrzucono 1 zmianę: nie zostanie wysłana.
    [few] Odrzucono { $n } zmiany: nie zostaną wysłane.
   *[many] Odrzucono { $n } zmian: nie zostaną wysłane.
}
no-changes-for-other-hub = Żadna zmiana nie czeka na inny serwer.
home-nothing-now = Teraz nic nie czeka.
action-not-now = { $label }: nie teraz. { $why }
title-reserve-at = Zarezerwuj z odbiorem: { $library }.
today-not-checked-in = Nie zaczęto dyżuru.
rota-mine = Twoje dyżury
rota-open = Wolne dyżury
no-reservations = Brak rezerwacji.
nothing-on-loan = Nic nie jest wypożyczone.
history-on = Historia czytania jest włączona.
history-off = Historia czytania jest wyłączona. Włącz ją poleceniem `cml history on`.
nobody-waiting = Nikt nie czeka.
card-confirmed = Karta { $card } jest potwierdzona.
question-format = Napisz pytanie jako rodzaj:tekst, na przykład "text:Coś jeszcze?".
answer-format = Podaj każdą odpowiedź jako PYTANIE=ODPOWIEDŹ, na przykład 1=2.
questions-from-one = Pytania są numerowane od 1.
options-from-one = Odpowiedzi do wyboru są numerowane od 1.
no-consultations = Brak konsultacji. Uruchom `cml sync`, gdy będziesz online.
published = Opublikowano [{ $id }] { $title }: { $what }.
no-reading-lists = Brak list lektur. Uruchom `cml sync`, gdy będziesz online.
list-withdrawn = Lista lektur { $id } została wycofana.
no-deliveries = Brak dostaw do domu.
no-proxies = Nikt nie działa w twoim imieniu i ty nie działasz w niczyim.
you-act-for = Działasz w imieniu: { $name } ({ $card }): { $rights }
acts-for-you = { $name } ({ $card }) działa w twoim imieniu: { $rights }
no-concerns = Brak zgłoszeń o dobrostanie.
no-volunteer-roles = Brak ról wolontariuszy.
pin-unreadable = Nie udało się odczytać PIN-u: { $detail }
certificate-unreadable = Nie można odczytać pliku certyfikatu z CML_HUB_CERTIFICATE: { $detail }
nothing-found = Nic nie znaleziono.
more-results = Więcej wyników: użyj --offset.
record-by = Autor: { $authors }
record-publisher = Wydawca: { $publisher }
event-or-all = Podaj wydarzenie albo użyj --all.
not-hosting = Nie prowadzisz żadnych wydarzeń.
no-room-bookings = Brak rezerwacji sal.
no-shifts = Brak dyżurów w grafiku. Uruchom `cml sync`, gdy będziesz online.
no-hours = Nie ma jeszcze godzin.
hours-month = { $month }: { $hours } ({ $n ->
    [one] 1 dyżur
    [few] { $n } dyżury
   *[many] { $n } dyżurów
})
hours-session = { $when }, { $library }: { $text }
# The impact report, line by line.
impact-head = Raport o wpływie: { $library }, od { $from } do { $to }
impact-members = Członkowie: { $total } (nowi: { $new })
impact-loans = Wypożyczenia: { $loans }. Rezerwacje: { $reservations }.
impact-events = Odbyte wydarzenia: { $n }
impact-category = { $category }: wydarzenia { $events }, zarezerwowane miejsca { $booked }, obecni { $attended }, nieobecni { $absent }, bez zapisu { $walkins }
impact-volunteers = Godziny wolontariuszy: { $hours } (wolontariusze: { $n })
impact-deliveries = Wizyty z dostawą do domu: { $visits } (czytelnicy: { $readers })
impact-rooms = Rezerwacje sal przez partnerów: { $n } ({ $hours })
impact-consultations = Konsultacje: { $n } (odpowiedzi: { $answers })
scale-answer = Odpowiedź na skali to liczba od 1 do 5.
