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
clock = { $h24 }:{ $mm }

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
