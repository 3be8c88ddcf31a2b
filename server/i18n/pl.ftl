# Słowa serwera po polsku: komunikaty o błędach i opisy w raporcie.
# Przetłumaczone w projekcie; przed wydaniem powinien to sprawdzić rodzimy użytkownik języka.

hub-error-too-many-attempts = Za dużo błędnych PIN-ów. Poczekaj { $seconds } s i spróbuj ponownie.
hub-error-idempotency = Tę zmianę wysłano już wcześniej z innymi danymi.
hub-error-no-database = Serwer biblioteki nie ma teraz dostępu do swojej bazy danych.
hub-error-internal = Coś poszło nie tak na serwerze biblioteki. Spróbuj ponownie później.
hub-error-forbidden = Nie możesz tego zrobić.
hub-error-no-address = Na tym serwerze nie ma takiego adresu.

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
