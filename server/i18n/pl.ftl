# Słowa serwera po polsku: komunikaty o błędach i opisy w raporcie.
# Przetłumaczone w projekcie; przed wydaniem powinien to sprawdzić rodzimy użytkownik języka.

hub-error-too-many-attempts = Za dużo błędnych PIN-ów. Poczekaj { $seconds } s i spróbuj ponownie.
hub-error-idempotency = Tę zmianę wysłano już wcześniej z innymi danymi.
hub-error-no-database = Serwer biblioteki nie ma teraz dostępu do swojej bazy danych.
hub-error-internal = Coś poszło nie tak na serwerze biblioteki. Spróbuj ponownie później.
hub-error-forbidden = Nie możesz tego zrobić.
hub-error-no-address = Na tym serwerze nie ma takiego adresu.
