import Foundation

/// Each screen's sample states, built from fixed records as the core gives them (no hub, no
/// clock): the SwiftUI previews show them, and the tests compare their text with
/// Tests/Expected/<Screen>-<state>.txt.
public enum Samples {
    // MARK: Records

    static let margaret = AccountView(
        id: 1, card: "2100000001", name: "Margaret Hughes", roles: ["member"], homeLibrary: "BAS", provisional: false,
        defaultPickup: "BAS", historyEnabled: true)
    static let upToDate = "Up to date (checked 5 minutes ago)."
    static let age = DataAge(syncedAt: 0, text: "Updated 5 minutes ago.", offline: false)
    static let ageOffline = DataAge(syncedAt: 0, text: "Updated yesterday at 6pm. No signal now.", offline: true)
    static let choices = [
        LibraryChoice(code: "BAS", name: "Baswich Library"), LibraryChoice(code: "BRE", name: "Brewood Library"),
        LibraryChoice(code: "GLA", name: "Glascote Library"),
    ]

    static func act(_ action: String, _ label: String, _ whyNot: String? = nil) -> ActionView {
        ActionView(action: action, label: label, allowed: whyNot == nil, whyNot: whyNot)
    }

    static func status(_ summary: String, pending: UInt64 = 0) -> SyncStatus {
        SyncStatus(
            signedIn: true, name: "Margaret Hughes", hubUrl: "https://hub.example", lastSync: 0, online: pending == 0,
            pendingChanges: pending, summary: summary, heldChanges: 0, heldForHub: nil, signedOutForAnotherHub: false)
    }
    static let offline = "Offline: 2 changes will be sent when you are back online."

    static let libraries = [
        Choice(code: "BAS", text: "Baswich Library"), Choice(code: "BRE", text: "Brewood Library"),
        Choice(code: "GLA", text: "Glascote Library"),
    ]

    static let noPreferences = PreferencesForm(
        formats: [], genres: [], favouriteAuthors: [], avoid: [], surpriseMe: false, allowRepeats: false, notes: "")
    static let arthursPreferences = PreferencesForm(
        formats: ["large_print", "audiobook_cd"], genres: ["crime", "local history"],
        favouriteAuthors: ["Agatha Christie", "Dick Francis"], avoid: ["horror"], surpriseMe: true, allowRepeats: false,
        notes: "Large print only, please: his eyesight is poor.")
    static let readingFormats = [
        Choice(code: "standard_print", text: "Standard print"), Choice(code: "large_print", text: "Large print"),
        Choice(code: "audiobook_cd", text: "Audiobook on CD"), Choice(code: "e_audio", text: "Audiobook to download"),
    ]

    static let visitStop = RoundStopView(
        visitId: 31, date: "2026-12-03", timeOfDay: "In the morning", status: "scheduled", readerName: "Arthur Bennett",
        readerCard: "2100000002", address: "4 Mill Lane, Brewood, Stafford", postcode: "ST19 9BG",
        accessNotes: "Ring twice and wait: Arthur walks with a frame. Small friendly dog.",
        preferences: arthursPreferences,
        bag: [
            BagItemView(barcode: "39010000123", title: "The Murder at the Vicarage", borrowedBefore: false, reaction: nil, reactionText: nil, canReact: false),
            BagItemView(barcode: "39010000456", title: "Dead Cert", borrowedBefore: true, reaction: nil, reactionText: nil, canReact: false),
        ],
        dueBack: [DueBackView(barcode: "39010000789", title: "Brewood: a history", due: "2026-12-03")],
        delivering: true, choosing: true, pending: nil, reactions: ["Liked: The Murder at the Vicarage"])

    // MARK: Screens

    public static var signIn: [(String, SignInState)] {
        var wrong = SignInState()
        wrong.card = "2100000001"
        wrong.pin = "0000"
        wrong.status.problem = Problem(text: "The card number and PIN do not match. Please try again.")
        var card = SignInState()
        card.card = "12ab"
        card.status.problem = Problem(text: "A library card number is 6 to 16 digits.", field: "card")
        return [("empty", SignInState()), ("wrong-pin", wrong), ("bad-card", card)]
    }

    public static var home: [(String, HomeState)] {
        let items = [
            HomeItem(
                kind: "hold_ready", role: "member",
                text: "Jane Eyre is ready to collect at Baswich Library. Last day: Friday 11 December.", at: 0,
                target: ScreenTarget(screen: "account", id: 7), urgent: true),
            HomeItem(
                kind: "next_event", role: "member",
                text: "Chair yoga, tomorrow, Thursday 3 December, 10am to 11am, at Baswich Library.", at: 0,
                target: ScreenTarget(screen: "event", id: 12), urgent: false),
            HomeItem(
                kind: "outcome", role: "everyone", text: "Memory café is full. You are 2nd on the waiting list.", at: nil,
                target: ScreenTarget(screen: "events", id: 13), urgent: false),
        ]
        let simple = [
            SimpleAction(kind: "next", label: "My next booking: Chair yoga, tomorrow", target: ScreenTarget(screen: "event", id: 12), phone: nil),
            SimpleAction(kind: "ask_for_books", label: "Ask for books", target: ScreenTarget(screen: "delivery", id: nil), phone: nil),
            SimpleAction(kind: "my_books", label: "My books", target: ScreenTarget(screen: "account", id: nil), phone: nil),
            SimpleAction(kind: "call_library", label: "Call Baswich Library", target: ScreenTarget(screen: "libraries", id: nil), phone: "01785 000000"),
        ]
        let member = CoreHomeScreen(
            person: margaret, greeting: "Good morning, Margaret", roles: ["member"], status: status(upToDate), actingFor: nil,
            items: items, simpleActions: simple, dataAge: age, refreshAt: nil)
        let offline = CoreHomeScreen(
            person: margaret, greeting: "Good evening, Margaret", roles: ["member"], status: status(offline, pending: 2),
            actingFor: nil, items: [], simpleActions: Array(simple.suffix(3)), dataAge: ageOffline, refreshAt: nil)
        return [("member", HomeState.make(member)), ("offline-nothing-yet", HomeState.make(offline))]
    }

    public static var simpleHome: [(String, SimpleHomeState)] {
        let actions = [
            SimpleAction(kind: "next", label: "My next visit: Thursday 3 December, in the morning", target: ScreenTarget(screen: "delivery", id: nil), phone: nil),
            SimpleAction(kind: "ask_for_books", label: "Ask for books", target: ScreenTarget(screen: "delivery", id: nil), phone: nil),
            SimpleAction(kind: "my_books", label: "My books", target: ScreenTarget(screen: "account", id: nil), phone: nil),
            SimpleAction(kind: "call_library", label: "Call Brewood Library", target: ScreenTarget(screen: "libraries", id: nil), phone: "01902 000000"),
        ]
        let arthur = CoreHomeScreen(
            person: nil, greeting: "Good morning, Arthur", roles: ["member", "reader"], status: status(upToDate), actingFor: nil,
            items: [], simpleActions: actions, dataAge: age, refreshAt: nil)
        return [("reader", SimpleHomeState.make(arthur))]
    }

    public static var publishConsultation: [(String, PublishConsultationState)] {
        var s = PublishConsultationState()
        s.libraries = [Choice(code: "HOL", text: "Holmcroft Library")]
        s.draft = ConsultationForm(
            library: "HOL", title: "Our opening hours", description: "Tell us when you would use the library.",
            opensOn: "2026-11-20", closesOn: "2026-12-18",
            questions: [
                QuestionForm(kind: "choice", text: "Which day suits you best?", choices: ["Saturday", "Sunday"], scaleLow: nil, scaleHigh: nil),
                QuestionForm(kind: "text", text: "Anything else?", choices: [], scaleLow: nil, scaleHigh: nil),
            ])
        var results = s
        results.results = ConsultationResultsView(
            id: 2, title: "Our opening hours", responses: 12, summary: "12 people answered.",
            questions: [
                QuestionResultView(kind: "choice", text: "Which day suits you best?", labels: ["Saturday", "Sunday"], counts: [9, 3], texts: [], answered: 12),
                QuestionResultView(kind: "text", text: "Anything else?", labels: [], counts: [], texts: ["More large print, please."], answered: 1),
            ])
        return [("draft", s), ("results", results)]
    }

    static let hits = SearchPage(
        hits: [
            SearchHit(
                id: 101, title: "Jane Eyre", author: "Brontë, Charlotte", year: "2006", format: "Large print",
                summaryLine: "Large print · 2006 · Penguin", availability: "On the shelf at Baswich Library",
                availableNow: true),
            SearchHit(
                id: 102, title: "Jane Eyre", author: "Brontë, Charlotte", year: "2011", format: "Audiobook",
                summaryLine: "Audiobook · 2011 · Naxos", availability: "All 2 copies are on loan", availableNow: false),
        ], hasMore: true)

    public static var search: [(String, SearchState)] {
        var results = SearchState()
        results.text = "jane ey"
        results.format = "large_print"
        results.formats = [Choice(code: "large_print", text: "Large print")]
        results.results = SearchState.rows(hits)
        results.hasMore = true
        var none = SearchState()
        none.text = "zzqx"
        none.status.syncLine = offline
        return [("empty", SearchState()), ("results", results), ("no-results-offline", none)]
    }

    static let janeEyre = RecordView(
        id: 101, title: "Jane Eyre", subtitle: nil, responsibility: "Charlotte Brontë", authors: ["Brontë, Charlotte"],
        format: "Large print", year: "2006", publisher: "Penguin", edition: nil, physical: "612 pages", language: "English",
        isbns: ["978-0-14-144114-6"], summary: "An orphan becomes a governess and finds her own way.", subjects: ["Governesses"],
        series: [], audience: nil,
        copies: [
            CopyView(
                barcode: "39010000001", libraryCode: "BAS", libraryName: "Baswich Library", status: "On the shelf",
                available: true, callNumber: "F BRO", location: "Large print"),
            CopyView(
                barcode: "39010000002", libraryCode: "BRE", libraryName: "Brewood Library",
                status: "On loan, due back 12 December", available: false, callNumber: "F BRO", location: nil),
        ], availability: "On the shelf at Baswich Library")

    public static var title: [(String, TitleState)] {
        let can = CoreTitleScreen(
            record: janeEyre, relation: "can_reserve", relationText: "You can reserve it.", canReserve: true, hold: nil,
            loan: nil, pickupChoices: choices, pickup: "BAS", dataAge: age, refreshAt: nil)
        var reserved = can
        reserved.relation = "reserved"
        reserved.relationText = "You have reserved it: 1st in the queue."
        reserved.canReserve = false
        var justReserved = TitleState.make(reserved)
        justReserved.status.announcement = "Jane Eyre is reserved for you. You are 1st in the queue."
        return [("available", TitleState.make(can)), ("reserved", justReserved)]
    }

    public static var account: [(String, AccountState)] {
        let loans = [
            LoanView(
                loanId: 1, recordId: 5, title: "The Cruel Sea", author: "Monsarrat, Nicholas", barcode: "39010000050",
                libraryName: "Baswich Library", dueDate: "2026-11-30", dueText: "Overdue: it was due back Monday 30 November",
                overdue: true, daysLeft: -2, renewals: 0, renewalsLeft: 2, canRenew: true, renewalPending: false,
                actions: [act("renew", "Renew")]),
            LoanView(
                loanId: 2, recordId: 6, title: "Rebecca", author: "Du Maurier, Daphne", barcode: "39010000060",
                libraryName: "Baswich Library", dueDate: "2026-12-14", dueText: "Due back Monday 14 December (in 12 days)",
                overdue: false, daysLeft: 12, renewals: 2, renewalsLeft: 0, canRenew: false, renewalPending: false,
                actions: [act("renew", "Renew", "You have renewed it 2 times, the most allowed. Please bring it back.")]),
        ]
        let holds = [
            HoldView(
                holdId: 7, recordId: 101, title: "Jane Eyre", author: "Brontë, Charlotte", pickup: "BAS",
                pickupName: "Baswich Library", status: "ready",
                statusText: "Ready to collect at Baswich Library until Friday 11 December", queuePosition: nil,
                queueLength: 1, readyUntil: "2026-12-11", suspendedUntil: nil, canCancel: true, canSuspend: false,
                canResume: false,
                actions: [act("cancel", "Cancel reservation"), act("change_pickup", "Collect somewhere else", "It is already waiting for you.")]),
            HoldView(
                holdId: 8, recordId: 102, title: "Middlemarch", author: "Eliot, George", pickup: "BAS",
                pickupName: "Baswich Library", status: "waiting", statusText: "2nd of 3 in the queue", queuePosition: 2,
                queueLength: 3, readyUntil: nil, suspendedUntil: nil, canCancel: true, canSuspend: true, canResume: false,
                actions: [act("cancel", "Cancel reservation"), act("suspend", "Pause"), act("change_pickup", "Collect somewhere else")]),
        ]
        let history = [
            HistoryView(
                id: 1, recordId: 9, title: "Cider with Rosie", author: "Lee, Laurie", borrowedOn: "2026-10-01",
                returnedOn: "2026-10-20", text: "Borrowed 1 October, returned 20 October")
        ]
        let card = CardView(
            number: "2100000001", name: "Margaret Hughes", symbology: "code128", barcodeContent: "2100000001",
            bars: Data([2, 1, 1, 2, 3, 2, 2, 1, 3, 2, 1, 2, 2, 1, 2, 2, 2, 2, 2, 1, 2, 2, 2, 2, 2, 1, 2, 2, 2, 2, 2, 2, 2, 1, 2, 2, 3, 2, 2, 1, 1, 2, 2, 3, 3, 1, 1, 1, 2]),
            quietZone: 10, provisional: false, homeLibraryName: "Baswich Library", statusText: "Your card is ready to use.")
        let full = CoreAccountScreen(
            card: card, loans: loans, loansText: "2 loans. 1 is overdue.", holds: holds, holdsText: "2 reservations.",
            historyEnabled: true, history: history, historyText: "1 book you have read.", pickupChoices: choices,
            defaultPickup: "BAS", actingFor: nil, dataAge: age, refreshAt: nil)
        let empty = CoreAccountScreen(
            card: card, loans: [], loansText: "You have no loans.", holds: [], holdsText: "You have no reservations.",
            historyEnabled: false, history: [], historyText: "Your reading history is off.", pickupChoices: choices,
            defaultPickup: "BAS", actingFor: nil, dataAge: age, refreshAt: nil)
        return [("loans-holds-card", AccountState.make(full)), ("empty", AccountState.make(empty))]
    }

    static let chairYoga = EventView(
        id: 12, libraryCode: "BAS", libraryName: "Baswich Library", title: "Chair yoga",
        description: "Gentle stretches, sitting down.", category: "yoga", when: "Thursday 3 December, 10am to 11am",
        startsAt: 0, endsAt: 0, placesLeft: 5, availability: "5 places left",
        accessibility: "Step-free. Chairs with arms.", bookingRequired: true, cancelled: false, myBooking: nil,
        canBook: true, audience: "Adults", room: "Community room", seriesId: 3, cancelReason: nil,
        address: "Lynton Avenue, Stafford ST17 0EA",
        actions: [act("book", "Book a place"), act("add_to_calendar", "Add to calendar")])

    public static var events: [(String, EventsState)] {
        let memory = EventView(
            id: 13, libraryCode: "BAS", libraryName: "Baswich Library", title: "Memory café",
            description: "Tea, cake and songs for people living with dementia and their carers.", category: "reminiscence",
            when: "Friday 4 December, 2pm to 3:30pm", startsAt: 0, endsAt: 0, placesLeft: 0,
            availability: "Full: you can join the waiting list", accessibility: "Quiet room. Hearing loop.",
            bookingRequired: true, cancelled: false, myBooking: "You are 2nd on the waiting list", canBook: false,
            audience: "Everyone", room: nil, seriesId: nil, cancelReason: nil, address: "Lynton Avenue, Stafford ST17 0EA",
            actions: [act("cancel", "Leave the waiting list"), act("add_to_calendar", "Add to calendar")])
        let screen = CoreEventsScreen(
            events: [chairYoga, memory],
            filter: EventFilter(library: nil, category: nil, fromDate: "2026-11-30", toDate: "2026-12-13"),
            categories: [CodeText(code: "yoga", text: "Yoga"), CodeText(code: "reminiscence", text: "Reminiscence")],
            libraries: choices, emptyText: nil, dataAge: age, refreshAt: nil)
        var booked = EventsState.make(screen)
        booked.status.announcement = "Your place at Chair yoga is confirmed."
        let none = CoreEventsScreen(
            events: [], filter: EventFilter(library: "GLA", category: "yoga", fromDate: "2026-11-30", toDate: "2026-12-13"),
            categories: [CodeText(code: "yoga", text: "Yoga")], libraries: choices,
            emptyText: "Nothing on at Glascote Library this week or next.", dataAge: ageOffline, refreshAt: nil)
        return [("list", EventsState.make(screen)), ("booked", booked), ("none-offline", EventsState.make(none))]
    }

    public static var librariesScreen: [(String, LibrariesState)] {
        let l = LibraryView(
            code: "BAS", name: "Baswich Library", address: "Lynton Avenue, Stafford", postcode: "ST17 0EA",
            email: "baswich@example.org", phone: "01785 000000", latitude: 52.8, longitude: -2.08, openNow: true,
            today: "Open today 9:30am to 1pm",
            week: [
                DayHours(weekday: 1, day: "Monday", hours: "Closed"),
                DayHours(weekday: 2, day: "Tuesday", hours: "9:30am to 1pm, 2pm to 5pm"),
            ],
            closures: [
                ClosureView(from: "2026-12-25", to: "2026-12-25", reason: "Christmas Day", text: "Closed Friday 25 December: Christmas Day")
            ])
        var s = LibrariesState()
        s.libraries = LibrariesState.rows([LibraryPage(library: l, thisWeek: [chairYoga], mine: true)])
        s.dataAge = age.text
        return [("list", s)]
    }

    public static var join: [(String, JoinState)] {
        var s = JoinState()
        s.name = "Ewa Nowak"
        s.address = "3 Station Road, Hednesford"
        s.postcode = "WS12 4DH"
        s.dateOfBirth = "1950-02-30"
        s.homeLibrary = "BAS"
        s.libraries = libraries
        s.status.problem = Problem(text: "That date of birth is not a real date.", field: "date_of_birth")
        var done = s
        done.status.problem = nil
        done.dateOfBirth = "1950-02-28"
        done.receipt = JoinReceipt(
            card: "2100000107", provisional: true,
            message: "Welcome! Your card is 2100000107. Show proof of address at the library to borrow.", waiting: false)
        return [("error", s), ("joined", done)]
    }

    public static var delivery: [(String, HomeDeliveryState)] {
        let next = VisitView(
            id: 31, date: "2026-12-03", when: "Thursday 3 December: In the morning", status: "scheduled", chooser: "Priya Shah",
            deliverer: "Priya Shah", bag: [])
        let last = VisitView(
            id: 30, date: "2026-11-19", when: "Thursday 19 November: In the morning", status: "delivered", chooser: "Priya Shah",
            deliverer: "Priya Shah",
            bag: [
                BagItemView(barcode: "39010000123", title: "The Murder at the Vicarage", borrowedBefore: false, reaction: nil, reactionText: nil, canReact: true),
                BagItemView(barcode: "39010000124", title: "Dead Cert", borrowedBefore: false, reaction: "not_for_me", reactionText: "You said: not for me.", canReact: false),
            ])
        let d = DeliveryView(
            id: 4, readerName: "Arthur Bennett", readerCard: "2100000002", libraryName: "Brewood Library", status: "active",
            statusText: "Next visit Thursday 3 December: In the morning", address: "4 Mill Lane, Brewood, Stafford",
            postcode: "ST19 9BG", accessNotes: "Ring twice and wait.", preferredDay: nil, timeOfDay: "morning",
            frequency: "fortnightly", preferences: arthursPreferences, declineReason: nil, nextVisit: next, pastVisits: [last],
            actions: [act("pause", "Pause deliveries"), act("end", "Stop home delivery")])
        let times = [CodeText(code: "morning", text: "In the morning"), CodeText(code: "any", text: "Any time")]
        let frequencies = [CodeText(code: "weekly", text: "Every week"), CodeText(code: "fortnightly", text: "Every two weeks")]
        let days = [CodeText(code: "1", text: "Monday"), CodeText(code: "4", text: "Thursday")]
        let formats = readingFormats.map { CodeText(code: $0.code, text: $0.text) }
        let underWay = "Home delivery is already asked for or under way."
        let active = CoreHomeDeliveryScreen(
            forName: "Arthur Bennett", deliveries: [d], request: act("request", "Ask for home delivery", underWay),
            days: days, times: times, frequencies: frequencies, formats: formats, waiting: [], dataAge: age, refreshAt: nil)
        let none = CoreHomeDeliveryScreen(
            forName: "Margaret Hughes", deliveries: [], request: act("request", "Ask for home delivery"), days: days,
            times: times, frequencies: frequencies, formats: formats, waiting: [], dataAge: age, refreshAt: nil)
        var form = HomeDeliveryState.make(none)
        var f = HomeDeliveryState.emptyForm(readerCard: nil)
        f.address = "12 Lynton Avenue, Stafford"
        f.postcode = "ST17 0EA"
        f.accessNotes = "Ring twice."
        f.preferredDay = 4
        f.timeOfDay = "morning"
        f.preferences.formats = ["large_print"]
        form.form = f
        form.step = .check
        let waiting = "A change to this is waiting to be sent."
        var pausedDelivery = d
        pausedDelivery.status = "paused"
        pausedDelivery.statusText = "Paused"
        pausedDelivery.nextVisit = nil
        pausedDelivery.pastVisits = []
        pausedDelivery.actions = [act("resume", "Start deliveries again", waiting), act("end", "Stop home delivery", waiting)]
        let paused = CoreHomeDeliveryScreen(
            forName: "Arthur Bennett", deliveries: [pausedDelivery], request: act("request", "Ask for home delivery", underWay),
            days: days, times: times, frequencies: frequencies, formats: formats,
            waiting: ["Pause home delivery for Arthur Bennett: waiting to be sent."], dataAge: ageOffline, refreshAt: nil)
        let reactions = [Choice(code: "more_like_this", text: "More like this"), Choice(code: "not_for_me", text: "Not for me")]
        return [
            ("active", HomeDeliveryState.make(active, reactions: reactions)), ("request-check", form),
            ("paused-offline", HomeDeliveryState.make(paused)),
        ]
    }

    public static var actingFor: [(String, ActingForState)] {
        let rights = [CodeText(code: "deliveries", text: "Ask for and manage home deliveries"), CodeText(code: "reserve", text: "Reserve books")]
        let me = PersonChoice(card: "2100000003", name: "Susan Bennett", isSelf: true, rights: [], text: "Yourself.", current: true)
        let arthur = PersonChoice(
            card: "2100000002", name: "Arthur Bennett", isSelf: false, rights: rights,
            text: "For Arthur Bennett you can: Ask for and manage home deliveries, Reserve books.", current: false)
        var meNow = me
        meNow.current = false
        var arthurNow = arthur
        arthurNow.current = true
        return [
            ("myself", ActingForState.make(CoreActingForScreen(people: [me, arthur], actingFor: nil, dataAge: age))),
            ("for-arthur", ActingForState.make(CoreActingForScreen(people: [meNow, arthurNow], actingFor: arthurNow, dataAge: age))),
        ]
    }

    static let deskShift = ShiftView(
        id: 5, libraryCode: "GLA", libraryName: "Glascote Library", kind: "desk", title: "Desk",
        when: "Wednesday 2 December, 9am to 1pm", startsAt: 0, places: 2, volunteers: ["Priya Shah"],
        statusText: "1 of 2 places taken", mine: true, canSignUp: false, endsAt: 0, dropUntil: "Too late to drop: it starts within a day.",
        dropUntilAt: nil, actions: [act("drop", "Drop this shift", "It starts within a day: ring the library instead.")])

    public static var today: [(String, TodayState)] {
        let checkedIn = CoreTodayScreen(
            checkedIn: CheckInView(
                session: "s1", libraryCode: "GLA", libraryName: "Glascote Library", since: 0,
                text: "Checked in at Glascote Library since 9:02am (waiting to be sent).", sent: false),
            button: act("check_out", "Check out"), checkInLibrary: "GLA", libraries: choices, shiftsToday: [deskShift],
            hoursThisMonth: 12.5, hoursText: "12½ hours this month.", dataAge: ageOffline, refreshAt: nil)
        var s = TodayState.make(checkedIn)
        s.status.syncLine = offline
        s.status.announcement = "Check in at Glascote Library"
        let notYet = CoreTodayScreen(
            checkedIn: nil, button: act("check_in", "Check in"), checkInLibrary: "GLA", libraries: choices,
            shiftsToday: [deskShift], hoursThisMonth: 0, hoursText: "No hours yet this month.", dataAge: age, refreshAt: nil)
        return [("checked-in-offline", s), ("not-yet", TodayState.make(notYet))]
    }

    public static var rota: [(String, RotaState)] {
        let open = ShiftView(
            id: 6, libraryCode: "GLA", libraryName: "Glascote Library", kind: "opening_up", title: "Opening up",
            when: "Saturday 5 December, 8:45am to 9:30am", startsAt: 0, places: 1, volunteers: [],
            statusText: "Nobody yet", mine: false, canSignUp: true, endsAt: 0, dropUntil: nil, dropUntilAt: nil,
            actions: [act("sign_up", "Sign up")])
        let screen = CoreRotaScreen(myShifts: [deskShift], openShifts: [open], library: nil, libraries: choices, dataAge: age, refreshAt: nil)
        return [("open-and-mine", RotaState.make(screen))]
    }

    static let visitOutcomes = [
        Choice(code: "delivered", text: "Delivered"), Choice(code: "not_home", text: "Not at home"),
        Choice(code: "declined", text: "Did not want them"), Choice(code: "unwell", text: "Unwell"),
        Choice(code: "welfare_concern", text: "Worried about them"),
    ]

    public static var round: [(String, RoundState)] {
        let screen = CoreRoundScreen(
            date: "2026-12-03", dateText: "Thursday 3 December", stops: [visitStop], summary: "1 visit: 0 recorded, 1 to go.",
            outcomes: visitOutcomes.map { CodeText(code: $0.code, text: $0.text) },
            times: [CodeText(code: "morning", text: "In the morning")], dataAge: age, refreshAt: nil)
        let s = RoundState.make(screen, date: "2026-12-03")
        var open = s
        open.visit = visitStop
        var waiting = visitStop
        waiting.pending = "Not at home: waiting to be sent"
        var sentScreen = screen
        sentScreen.stops = [waiting]
        sentScreen.summary = "1 visit: 1 recorded, 0 to go."
        sentScreen.dataAge = ageOffline
        var sent = RoundState.make(sentScreen, date: "2026-12-03")
        sent.status.syncLine = offline
        return [("list", s), ("visit", open), ("recorded-offline", sent)]
    }

    public static var choose: [(String, ChooseState)] {
        var s = ChooseState()
        s.visits = [ListRow(id: "31", title: "Arthur Bennett", lines: ["2026-12-03", "In the morning"], open: .open(31))]
        s.open(CoreChooseScreen(
            stop: visitStop,
            preferencesText: ["Large print, Audiobook on CD", "Likes: crime, local history", "Favourite authors: Agatha Christie, Dick Francis", "Rather not: horror", "Large print only, please: his eyesight is poor."],
            warnings: ["Dead Cert: borrowed before, and repeats are not welcome."],
            reactions: ["More like this: The Murder at the Vicarage"], dataAge: age))
        s.barcodes = ["39010000999"]
        return [("bag", s)]
    }

    public static var doorList: [(String, DoorListState)] {
        let r = RosterView(
            eventId: 12, title: "Chair yoga", when: "Thursday 3 December, 10am to 11am", libraryName: "Glascote Library",
            cancelled: false,
            entries: [
                RosterEntryView(bookingId: 1, name: "Margaret Hughes", places: 2, attendance: "attended", pending: true),
                RosterEntryView(bookingId: 2, name: "Ewa Nowak", places: 1, attendance: nil, pending: false),
            ], walkIns: 1, booked: 3, attended: 2, noShows: 0, summary: "2 of 3 booked places here, and 1 walk-in",
            checkInOpen: true)
        var s = DoorListState()
        s.events = [ListRow(id: "12", title: r.title, lines: [r.when, r.summary], open: .open(12))]
        s.roster = r
        s.entries = DoorListState.entries(r)
        return [("roster", s)]
    }

    public static var desk: [(String, DeskState)] {
        var s = DeskState()
        s.card = "2100000001"
        s.library = "GLA"
        s.libraries = [Choice(code: "GLA", text: "Glascote Library")]
        s.status.announcement = "Jane Eyre is reserved: put it on the hold shelf for Margaret Hughes at Baswich Library."
        s.recent = [
            ListRow(
                id: "0", title: "Take back 31234000123 at Glascote Library",
                lines: ["Jane Eyre is reserved: put it on the hold shelf for Margaret Hughes at Baswich Library."])
        ]
        var none = DeskState()
        none.lend = ActionButton(
            "Lend", .checkOut, fromCore: true, enabled: false,
            whyNot: "You do not work the desk at any library yet. A coordinator can add you.")
        none.takeBack = ActionButton(
            "Take back", .checkIn, fromCore: true, enabled: false,
            whyNot: "You do not work the desk at any library yet. A coordinator can add you.")
        return [("checked-in-reserved", s), ("no-desk", none)]
    }

    public static var deliveries: [(String, DeliveriesState)] {
        let offline = "This needs a connection. Try again when you are online."
        let request = DeliveryView(
            id: 9, readerName: "Margaret Hughes", readerCard: "2100000001", libraryName: "Baswich Library", status: "requested",
            statusText: "Asked for: the library will be in touch", address: "", postcode: "ST17", accessNotes: "",
            preferredDay: 3, timeOfDay: "afternoon", frequency: "monthly", preferences: noPreferences, declineReason: nil,
            nextVisit: nil, pastVisits: [],
            actions: [act("accept", "Accept"), act("decline", "Decline"), act("end", "Stop home delivery")])
        let concern = ConcernView(
            visitId: 30, readerName: "Arthur Bennett", readerCard: "2100000002", date: "2026-11-19",
            note: "He seemed confused and had not eaten.", raisedBy: "Priya Shah", open: true,
            text: "Raised by Priya Shah on Thursday 19 November: He seemed confused and had not eaten.", closedText: nil,
            actions: [act("close", "Close, with a note")])
        let closed = ConcernView(
            visitId: 22, readerName: "Joan Price", readerCard: "2100000003", date: "2026-11-05",
            note: "Her smoke alarm was beeping.", raisedBy: "Priya Shah", open: false,
            text: "Raised by Priya Shah on Thursday 5 November: Her smoke alarm was beeping.",
            closedText: "Closed by Sam Patel on Friday 6 November: The fire service fitted a new alarm.",
            actions: [act("close", "Close, with a note", "This concern is closed already.")])
        let priya = VolunteerChoice(card: "2100000004", name: "Priya Shah", libraries: "Brewood Library, Baswich Library")
        let screen = CoreDeliveriesScreen(
            summary: "1 request to decide. 1 welfare concern to act on.", requests: [request], toSchedule: [], scheduled: [],
            paused: [], concerns: [concern, closed], choosers: [priya], deliverers: [priya],
            times: [CodeText(code: "afternoon", text: "In the afternoon")],
            privacyNote: "Readers' addresses are not kept on this phone. Open a delivery when you are online to see one.",
            dataAge: age, refreshAt: nil)
        let s = DeliveriesState.make(screen)
        var plan = s
        var p = VisitPlan(deliveryId: 9)
        p.date = "2026-12-09"
        p.timeOfDay = "afternoon"
        p.chooserCard = "2100000004"
        p.delivererCard = "2100000004"
        plan.plan = p
        var away = request
        away.actions = [act("accept", "Accept", offline), act("decline", "Decline", offline), act("end", "Stop home delivery")]
        var offlineScreen = screen
        offlineScreen.requests = [away]
        offlineScreen.dataAge = ageOffline
        return [("requests", s), ("schedule", plan), ("offline", DeliveriesState.make(offlineScreen))]
    }

    public static var eventsAdmin: [(String, EventsAndRoomsState)] {
        let room = RoomView(
            id: 1, libraryCode: "BAS", libraryName: "Baswich Library", name: "Community room", capacity: 20,
            busy: ["Thursday 3 December, 10am to 11am", "Tuesday 8 December, 6pm to 8pm"])
        let booking = RoomBookingRow(
            booking: RoomBookingView(
                id: 7, roomId: 1, room: "Community room", libraryName: "Baswich Library", purpose: "Wellbeing drop-in",
                when: "Tuesday 8 December, 6pm to 8pm", startsAt: 0, endsAt: 0, cancelled: false),
            organisation: "MPFT Wellbeing Service",
            sentence: "MPFT Wellbeing Service: Wellbeing drop-in, Community room at Baswich Library, Tuesday 8 December, 6pm to 8pm.",
            cancel: act("cancel", "Cancel"))
        let filter = EventFilter(library: nil, category: nil, fromDate: nil, toDate: nil)
        func screen(online: Bool) -> CoreEventsAndRoomsScreen {
            let why = online ? nil : "This needs a connection. Try again when you are online."
            return CoreEventsAndRoomsScreen(
                events: [ProgrammeEvent(event: chairYoga, actions: [act("edit", "Change", why), act("cancel", "Cancel event", why)])],
                filter: filter, categories: [], libraries: [], emptyText: nil, rooms: [room], bookings: [booking],
                create: act("create", "New event", why), dataAge: online ? age : ageOffline, refreshAt: nil)
        }
        return [
            ("list", EventsAndRoomsState.from(screen(online: true), keeping: EventsAndRoomsState())),
            ("offline", EventsAndRoomsState.from(screen(online: false), keeping: EventsAndRoomsState())),
        ]
    }

    public static var impact: [(String, ImpactState)] {
        var s = ImpactState()
        s.library = "HOL"
        s.period = "last_month"
        s.libraries = [
            Choice(code: "all", text: "All libraries"), Choice(code: "BAS", text: "Baswich Library"),
            Choice(code: "HOL", text: "Holmcroft Library"),
        ]
        s.periods = [
            Choice(code: "this_month", text: "This month: Tuesday 1 December to Sunday 6 December"),
            Choice(code: "last_month", text: "Last month: Sunday 1 November to Monday 30 November"),
            Choice(code: "year", text: "This year (from 1 April): Wednesday 1 April to Sunday 6 December"),
        ]
        s.title = "Holmcroft Library, Sunday 1 November to Monday 30 November"
        s.counted = "Figures counted at 7:04pm on Sunday 6 December."
        s.figures = [
            ListRow(id: "members_total", title: "Members: 412"), ListRow(id: "loans", title: "Loans: 730"),
            ListRow(id: "attended-yoga", title: "Came (Yoga): 35"),
            ListRow(id: "volunteer_hours", title: "Volunteer hours: 126 hours"),
            ListRow(id: "delivery_visits", title: "Home delivery visits: 20"),
        ]
        s.status = ScreenStatus(syncLine: "Updated 5 minutes ago.")
        return [("report", s)]
    }

    public static var haveYourSay: [(String, HaveYourSayState)] {
        let c = ConsultationView(
            id: 2, libraryCode: "HOL", libraryName: "Holmcroft Library", title: "Our opening hours",
            description: "Tell us when you would use the library.", opensOn: "2026-11-20", closesOn: "2026-12-18",
            periodText: "Open until Friday 18 December", open: true, answered: false, answerWaiting: false, canAnswer: true,
            whyNot: nil,
            questions: [
                QuestionView(index: 0, kind: "choice", text: "Which day suits you best?", choices: ["Saturday", "Sunday"], scaleLow: nil, scaleHigh: nil, scaleTop: 0),
                QuestionView(index: 1, kind: "scale", text: "How easy is it to get here?", choices: [], scaleLow: "Very hard", scaleHigh: "Very easy", scaleTop: 5),
                QuestionView(index: 2, kind: "text", text: "Anything else?", choices: [], scaleLow: nil, scaleHigh: nil, scaleTop: 0),
            ])
        var list = HaveYourSayState()
        list.consultations = HaveYourSayState.rows([c])
        var answering = list
        answering.open = c
        answering.answers = [0: AnswerForm(question: 0, choice: 1, scale: nil, text: nil), 1: AnswerForm(question: 1, choice: nil, scale: 4, text: nil)]
        var results = list
        results.results = ConsultationResultsView(
            id: 2, title: "Our opening hours", responses: 12, summary: "12 people answered.",
            questions: [
                QuestionResultView(kind: "choice", text: "Which day suits you best?", labels: ["Saturday", "Sunday"], counts: [9, 3], texts: [], answered: 12),
                QuestionResultView(kind: "text", text: "Anything else?", labels: [], counts: [], texts: ["More large print, please."], answered: 1),
            ])
        return [("list", list), ("answering", answering), ("results", results)]
    }

    public static var readingLists: [(String, ReadingListsState)] {
        let l = ReadingListView(
            id: 1, title: "Reading Well: dementia", description: "Books on prescription, chosen with health experts.",
            libraryName: nil, summary: "2 titles",
            entries: [
                ReadingListEntryView(recordId: 201, title: "Keeper", author: "Gillies, Andrea", availability: "On the shelf at Brewood Library", availableNow: true, onPhone: true),
                ReadingListEntryView(recordId: 202, title: "Still Alice", author: "Genova, Lisa", availability: "Not in this phone's catalogue", availableNow: false, onPhone: false),
            ])
        var s = ReadingListsState()
        s.lists = [ListRow(id: "1", title: l.title, lines: [l.summary], open: .open(1))]
        s.open = l
        s.entries = ReadingListsState.entries(l)
        return [("open", s)]
    }

    public static var settings: [(String, SettingsState)] {
        var s = SettingsState()
        s.notifications = reminderKinds.prefix(3).map { SettingToggle(id: $0.kind, label: $0.label, fromCore: false, on: $0.kind != "loan_due") }
        s.libraries = libraries.map { SettingToggle(id: $0.code, label: $0.text, fromCore: true, on: $0.code != "GLA") }
        var urdu = s
        urdu.language = "ur"
        urdu.rightToLeft = true
        urdu.simpleMode = true
        return [("english", s), ("urdu-simple", urdu)]
    }

    /// Every sample state of every screen as text: ("Home", "member", text).
    public static var all: [(screen: String, state: String, text: String)] {
        func each<S: TextCapturable>(_ screen: String, _ states: [(String, S)]) -> [(screen: String, state: String, text: String)] {
            states.map { (screen: screen, state: $0.0, text: $0.1.screenText) }
        }
        return each("SignIn", signIn) + each("Home", home) + each("SimpleHome", simpleHome) + each("Search", search) + each("Title", title)
            + each("Account", account) + each("Events", events) + each("Libraries", librariesScreen) + each("Join", join)
            + each("HomeDelivery", delivery) + each("ActingFor", actingFor) + each("Today", today) + each("Rota", rota)
            + each("Round", round) + each("Choose", choose) + each("DoorList", doorList) + each("Desk", desk)
            + each("Deliveries", deliveries) + each("EventsAndRooms", eventsAdmin) + each("Impact", impact)
            + each("HaveYourSay", haveYourSay) + each("PublishConsultation", publishConsultation) + each("ReadingLists", readingLists) + each("Settings", settings)
    }
}
