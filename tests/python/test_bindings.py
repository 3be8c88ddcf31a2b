"""The Python bindings against a real hub: the same library file the apps ship."""
import asyncio
import threading

import pytest

import cml

MEMBER = ("2100000001", "1234")


def make_app(data_dir, url):
    return cml.CmlApp(cml.Config(data_dir=data_dir, hub_url=url, hub_certificate_pem=None,
                                 device_name="python test"))


def run(coro):
    return asyncio.run(coro)


def test_sign_in_sync_and_read_offline(hub, data_dir):
    app = make_app(data_dir, hub.url)
    me = run(app.login(*MEMBER))
    assert me.name == "Margaret Hughes"
    assert me.roles == ["member"]
    report = run(app.sync(None))
    assert report.collections[0].collection == "libraries"
    assert report.collections[0].changes == 8
    hub.stop()
    with pytest.raises(cml.CmlError.Offline):
        run(app.sync(None))
    libraries = app.libraries()
    assert len(libraries) == 8
    baswich = next(l for l in libraries if l.code == "BAS")
    assert baswich.week[0].day == "Monday"
    assert baswich.week[0].hours == "9:30am to 1pm"
    assert app.whoami().card == MEMBER[0]
    assert app.status().summary.startswith("Offline")


def test_errors_arrive_typed_with_their_fields(hub, data_dir):
    app = make_app(data_dir, hub.url)
    with pytest.raises(cml.CmlError.InvalidInput) as bad_card:
        run(app.login("12ab", "1234"))
    assert bad_card.value.field == "card"
    assert "6 to 16 digits" in bad_card.value.detail
    with pytest.raises(cml.CmlError.NotSignedIn) as wrong:
        run(app.login(MEMBER[0], "0000"))
    assert "do not match" in wrong.value.detail
    with pytest.raises(cml.CmlError.InvalidInput) as bad_hub:
        make_app(data_dir, "http://hub.example.org")
    assert bad_hub.value.field == "hub_url"


def test_progress_and_log_callbacks_are_called(hub, data_dir):
    lines = []
    lock = threading.Lock()

    class Collect(cml.Logger):
        def log(self, level, target, message):
            with lock:
                lines.append((level, target, message))

    cml.set_logger(Collect(), cml.LogLevel.DEBUG)
    seen = []

    class Progress(cml.SyncProgressListener):
        def on_progress(self, progress):
            seen.append((progress.collection, progress.done, progress.total))

    app = make_app(data_dir, hub.url)
    run(app.sync(Progress()))
    assert ("libraries", 8, 8) in seen
    assert seen[-1][1] == seen[-1][2]
    with lock:
        assert any(t.startswith("cml_core") for _, t, _ in lines), lines[:5]


def test_a_cancelled_listener_stops_hearing(hub, data_dir):
    import time
    app = make_app(data_dir, hub.url)
    run(app.login(*MEMBER))
    run(app.sync(None))
    heard = []

    class Listen(cml.DataListener):
        def on_change(self, change):
            heard.append(change.what)

    observation = app.observe(Listen())
    event = next(e for e in app.events(cml.EventFilter(library=None, category=None, from_date=None, to_date=None)) if e.can_book)
    change = run(app.book_event(event.id, 1))
    assert change.code == "confirmed"
    time.sleep(0.2)
    count = len(heard)
    assert count > 0
    observation.cancel()
    run(app.cancel_booking(event.id))
    run(app.sync(None))
    time.sleep(0.2)
    assert len(heard) == count


def test_booking_calendar_passes_a_strict_icalendar_parser(hub, data_dir):
    from ical.calendar_stream import IcsCalendarStream

    app = make_app(data_dir, hub.url)
    run(app.login(*MEMBER))
    run(app.sync(None))
    events = [e for e in app.events(cml.EventFilter(library=None, category=None, from_date=None, to_date=None)) if e.can_book]
    for e in events[:2]:
        run(app.book_event(e.id, 2))
    feed = app.bookings_ics()
    calendar = IcsCalendarStream.calendar_from_ics(feed)
    assert len(calendar.events) == 2
    first = calendar.events[0]
    assert first.dtstart.timestamp() == events[0].starts_at
    assert first.dtend.timestamp() == events[0].ends_at
    assert "companion" in first.description
    one = IcsCalendarStream.calendar_from_ics(app.event_ics(events[0].id))
    assert one.events[0].summary == events[0].title


VOLUNTEER = ("2100000004", "8642")


def lendable_title(app):
    """A title in the demo catalogue with a copy on the shelf at Glascote, where the demo volunteer
    is on the desk: (record id, barcode)."""
    page = app.search(cml.SearchQuery(text="the", library="GLA", format=None, language=None,
                                      available_now=True, offset=0, limit=20))
    for hit in page.hits:
        copies = [c for c in app.record(hit.id).copies if c.available and c.library_code == "GLA"]
        if copies:
            return hit.id, copies[0].barcode
    raise AssertionError("the demo catalogue has no title on the shelf")


def test_reserve_collect_at_the_desk_and_renew(hub, data_dir, tmp_path):
    member = make_app(data_dir, hub.url)
    run(member.login(*MEMBER))
    run(member.sync(None))
    record_id, barcode = lendable_title(member)

    # Bad input arrives typed, naming the field; nothing is queued.
    with pytest.raises(cml.CmlError.InvalidInput) as bad:
        run(member.reserve(record_id, "NOPE"))
    assert bad.value.field == "pickup"
    assert member.changes(10) == []

    placed = run(member.reserve(record_id, None))
    assert placed.code == "reserved", placed
    hold = member.holds()[0]
    assert (hold.status, hold.queue_position, hold.pickup) == ("waiting", 1, "BAS")
    with pytest.raises(cml.CmlError.InvalidInput) as past:
        run(member.suspend_hold(hold.hold_id, "2020-01-01"))
    assert past.value.field == "until"
    card = member.card()
    assert (card.number, card.symbology) == (MEMBER[0], "code128")

    # A volunteer lends the copy at the desk: the reservation is collected, the loan appears.
    desk = make_app(str(tmp_path / "desk"), hub.url)
    run(desk.login(*VOLUNTEER))
    lent = run(desk.desk_checkout(barcode, MEMBER[0]))
    assert lent.code == "checked_out", lent
    run(member.sync(None))
    assert member.holds() == []
    loan = member.loans()[0]
    assert loan.days_left == 21 and not loan.overdue
    renewed = run(member.renew(loan.loan_id))
    assert renewed.code == "renewed", renewed
    assert member.loans()[0].renewals == 1


COORDINATOR = ("2100000005", "9753")
MEMBER_CARD = MEMBER[0]


def test_request_a_delivery_record_a_visit_offline_check_in_and_read_the_impact_report(hub, data_dir, tmp_path):
    import datetime

    # A member asks for home deliveries; bad input names its field.
    member = make_app(data_dir, hub.url)
    run(member.login(*MEMBER))
    run(member.sync(None))
    form = cml.DeliveryForm(reader_card=None, address="12 Lynton Avenue, Stafford", postcode="ST17 0EA",
                            access_notes="Ring twice.", preferred_day=3, time_of_day="afternoon",
                            frequency="monthly",
                            preferences=cml.PreferencesForm(formats=["large_print"], genres=["romance"],
                                                            favourite_authors=[], avoid=[], surprise_me=True,
                                                            allow_repeats=False, notes=""))
    with pytest.raises(cml.CmlError.InvalidInput) as bad:
        run(member.request_delivery(cml.DeliveryForm(**{**form.__dict__, "frequency": "hourly"})))
    assert bad.value.field == "frequency"
    asked = run(member.request_delivery(form))
    assert asked.code == "delivery_requested", asked
    assert member.deliveries()[0].status == "requested"

    # Priya, the demo volunteer, has tomorrow's visit to Arthur on her round; she records it with
    # the hub unreachable, and it lands once the hub is back.
    volunteer = make_app(str(tmp_path / "volunteer"), hub.url)
    run(volunteer.login(*VOLUNTEER))
    run(volunteer.sync(None))
    tomorrow = (datetime.date.today() + datetime.timedelta(days=1)).isoformat()
    stop = volunteer.round(tomorrow)[0]
    assert stop.reader_name == "Arthur Bennett"
    assert "Ring twice" in stop.access_notes
    hub.stop()
    recorded = run(volunteer.record_visit(stop.visit_id, "not_home", "No answer; left a card.", [], []))
    assert recorded.state == "waiting"
    checked_in = run(volunteer.check_in("GLA", None, None))
    assert checked_in.state == "waiting"
    hub.start()
    run(volunteer.sync(None))
    states = {c.summary.split(":")[0]: (c.state, c.code) for c in volunteer.changes(10)}
    assert ("done", "not_home") in states.values(), states
    assert ("done", "checked_in") in states.values(), states
    out = run(volunteer.check_out(None))
    assert out.code == "checked_out", out

    # The coordinator reads Glascote's impact report for today.
    coordinator = make_app(str(tmp_path / "coordinator"), hub.url)
    run(coordinator.login(*COORDINATOR))
    today = datetime.date.today().isoformat()
    report = run(coordinator.impact_report("GLA", today, today))
    assert (report.library, report._from, report.to) == ("GLA", today, today)
    assert report.active_volunteers == 1
    assert report.events_held == sum(a.events for a in report.attendance)
    with pytest.raises(cml.CmlError.NotAllowed):
        run(member.impact_report("GLA", today, today))


def test_the_language_switches_at_once_and_home_reads_in_polish_and_urdu(hub, data_dir):
    import time
    app = make_app(data_dir, hub.url)
    assert app.language() == "en"
    run(app.login(*MEMBER))
    run(app.sync(None))
    heard = []

    class Listen(cml.DataListener):
        def on_change(self, change):
            heard.append(change.what)

    observation = app.observe(Listen())
    no_filter = cml.EventFilter(library=None, category=None, from_date=None, to_date=None)
    event = next(e for e in app.events(no_filter) if e.can_book)
    change = run(app.book_event(event.id, 1))
    assert change.outcome == f"Your place at {event.title} is confirmed."
    english_home = app.home_screen()
    assert english_home.greeting.endswith(", Margaret")

    # Polish: the screens are told to read again, and read in Polish with no sync.
    assert app.set_language("pl") == "pl"
    time.sleep(0.2)
    assert any("everything" in what for what in heard), heard
    observation.cancel()
    assert app.status().summary.startswith("Wszystko aktualne (sprawdzono ")
    home = app.home_screen()
    assert home.greeting in {"Witaj, Margaret", "Dzień dobry, Margaret", "Dobry wieczór, Margaret"}, home.greeting
    assert home.status.summary.startswith("Wszystko aktualne")
    assert any(i.kind == "next_event" and i.text.startswith("Twoje następne wydarzenie: „") for i in home.items), \
        [i.text for i in home.items]
    assert len(home.items) == len(english_home.items)
    for polish, english in zip(home.items, english_home.items):
        assert polish.text != english.text, polish.text
    assert app.changes(5)[0].outcome == f"Twoje miejsce na „{event.title}” jest potwierdzone."
    mine = next(e for e in app.events(no_filter) if e.id == event.id)
    assert mine.my_booking == "Masz rezerwację (1 miejsce)"
    baswich = next(l for l in app.libraries() if l.code == "BAS")
    assert baswich.week[0].day == "poniedziałek"
    assert baswich.week[0].hours == "9:30–13:00"
    assert app.code_text("visit", "not_home") == "Nikogo nie było w domu"
    assert [c.code for c in app.codes("frequency")] == ["weekly", "fortnightly", "monthly"]
    with pytest.raises(cml.CmlError.InvalidInput) as bad_card:
        run(app.login("12ab", "1234"))
    assert bad_card.value.detail == "Numer karty bibliotecznej ma od 6 do 16 cyfr."

    # Urdu: right to left; the Latin title stays readable inside the sentence.
    assert app.set_language("ur") == "ur"
    assert app.language_is_rtl()
    assert "تازہ" in app.status().summary
    home = app.home_screen()
    assert home.greeting.replace("\u2068", "").replace("\u2069", "") in \
        {"سلام، Margaret", "صبح بخیر، Margaret", "شام بخیر، Margaret"}, home.greeting
    assert any(i.kind == "next_event" and i.text.startswith("آپ کی اگلی تقریب:") for i in home.items), \
        [i.text for i in home.items]
    assert f"\u2068{event.title}\u2069" in app.changes(5)[0].outcome
    baswich = next(l for l in app.libraries() if l.code == "BAS")
    assert baswich.week[0].day == "پیر"
    assert app.code_text("frequency", "weekly") == "ہر ہفتے"

    # A device set up in Polish from the start; an unknown language is English.
    hub.stop()
    polish = cml.CmlApp(cml.Config(data_dir=data_dir + "-pl", hub_url=hub.url, hub_certificate_pem=None,
                                   device_name=None, language="pl-PL"))
    assert polish.language() == "pl"
    with pytest.raises(cml.CmlError.Offline) as offline:
        run(polish.sync(None))
    assert offline.value.detail.startswith("Brak połączenia")
    assert polish.set_language("fr") == "en"


def test_home_in_one_call_a_carer_acts_for_a_member_and_a_consultation_is_answered_offline(hub, data_dir, tmp_path):
    # Susan acts for her father Arthur: Home switches to him, within the rights he gave.
    susan = make_app(str(tmp_path / "susan"), hub.url)
    run(susan.login("2100000003", "1357"))
    run(susan.sync(None))
    home = susan.home_screen()
    assert home.person.name == "Susan Bennett"
    assert home.greeting.endswith("Susan")
    assert home.status.summary.startswith("Up to date")
    assert "carer" in home.roles
    people = susan.acting_for_screen().people
    assert [p.name for p in people] == ["Susan Bennett", "Arthur Bennett"]
    switched = susan.act_for("2100000002")
    assert switched.acting_for.name == "Arthur Bennett"
    home = susan.home_screen()
    assert home.greeting == "Acting for Arthur Bennett"
    visit = next(i for i in home.items if i.kind == "next_visit")
    assert visit.text.startswith("Next home delivery for Arthur Bennett:")
    assert visit.target.screen == "delivery"
    assert all(d.reader_card == "2100000002" for d in susan.deliveries())
    susan.act_for(None)
    assert susan.home_screen().acting_for is None

    # Margaret answers Holmcroft's consultation on its opening hours with no signal.
    app = make_app(data_dir, hub.url)
    run(app.login(*MEMBER))
    run(app.sync(None))
    hours = next(c for c in app.consultations() if c.library_code == "HOL")
    assert hours.can_answer
    assert [q.kind for q in hours.questions] == ["choice", "scale", "text"]
    hub.stop()
    answers = [
        cml.AnswerForm(question=0, choice=3, scale=None, text=None),
        cml.AnswerForm(question=1, choice=None, scale=4, text=None),
        cml.AnswerForm(question=2, choice=None, scale=None, text="Later on Thursdays, please."),
    ]
    change = run(app.answer_consultation(hours.id, answers))
    assert change.state == "waiting"
    mine = next(c for c in app.consultations() if c.id == hours.id)
    assert mine.answer_waiting and not mine.can_answer
    assert app.home_screen().status.summary.startswith("Offline")
    with pytest.raises(cml.CmlError.Conflict):
        run(app.answer_consultation(hours.id, answers))
    hub.start()
    run(app.sync(None))
    mine = next(c for c in app.consultations() if c.id == hours.id)
    assert mine.answered and not mine.answer_waiting


def test_the_cards_bars_scan_back_to_its_number(hub, data_dir, tmp_path):
    """The bars the core gives for the card, drawn as an app draws them, are read by a real
    barcode scanner (zbar) as the card number, offline."""
    import subprocess

    app = make_app(data_dir, hub.url)
    run(app.login(*MEMBER))
    run(app.sync(None))
    hub.stop()
    card = app.account_screen().card
    assert card.symbology == "code128" and card.barcode_content == MEMBER[0]
    assert card.bars[0] > 0 and card.quiet_zone >= 10
    # Modules 3 pixels wide, 80 high, dark on light, the quiet zone either side.
    row = [255] * (card.quiet_zone * 3)
    for i, width in enumerate(card.bars):
        row += [0 if i % 2 == 0 else 255] * (width * 3)
    row += [255] * (card.quiet_zone * 3)
    image = tmp_path / "card.pgm"
    image.write_bytes(b"P5 %d 80 255\n" % len(row) + bytes(row) * 80)
    read = subprocess.run(["zbarimg", "--quiet", "--raw", str(image)], capture_output=True, text=True)
    assert read.returncode == 0, read.stderr
    assert read.stdout.strip() == MEMBER[0]
