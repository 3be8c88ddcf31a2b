# Words the device core and the hub share: weekdays, months, clock times, dates, ordinals.
# English (UK). Plain words: short sentences, common words.

# $n: 1 = Monday … 7 = Sunday.
weekday = { $n ->
    [1] Monday
    [2] Tuesday
    [3] Wednesday
    [4] Thursday
    [5] Friday
    [6] Saturday
   *[7] Sunday
}

# The month's name as it stands in a date ("1 December"). $n: 1 = January.
month-in-date = { $n ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
}

# "Tuesday 1 December".
date-long = { $weekday } { $day } { $month }

# "9:30am", "1pm", "12 noon". $h12: 1-12, $mm: minutes with two digits, $period: am, pm or noon.
clock = { $period ->
    [noon] 12 noon
   *[other] { $m ->
        [0] { $h12 }{ $period }
       *[other] { $h12 }:{ $mm }{ $period }
    }
}

# "Tuesday 1 December, 10am to 11am".
span-one-day = { $date }, { $from } to { $to }
# "Tuesday 1 December 9pm to Wednesday 2 December 1am".
span-days = { $from-date } { $from } to { $to-date } { $to }

# "1st", "2nd", "3rd", "4th" ($n is an ordinal number).
ordinal = { $n ->
    [one] { $n }st
    [two] { $n }nd
    [few] { $n }rd
   *[other] { $n }th
}

ago-now = just now
ago-minutes = { $n ->
    [one] { $n } minute ago
   *[other] { $n } minutes ago
}
ago-hours = { $n ->
    [one] { $n } hour ago
   *[other] { $n } hours ago
}
ago-days = { $n ->
    [one] { $n } day ago
   *[other] { $n } days ago
}
