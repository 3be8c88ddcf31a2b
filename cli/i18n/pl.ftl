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
