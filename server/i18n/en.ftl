# The hub's own words, in English (UK): its error messages.
# Every message here must also be in pl.ftl and ur.ftl (scripts/check-catalogues).

hub-error-too-many-attempts = Too many wrong PINs. Please wait { $seconds } seconds and try again.
hub-error-idempotency = This change was sent before with different details.
hub-error-no-database = The library hub cannot reach its database just now.
hub-error-internal = Something went wrong at the library hub. Please try again later.
hub-error-forbidden = You are not allowed to do that.
hub-error-no-address = There is no such address on this hub.

## The hub's errors: what was wrong with a request, and how to put it right.

hub-error-too-large = The request is too large. At most { $limit } bytes are accepted.
hub-error-not-json = The request must be JSON, sent with Content-Type: application/json.
hub-error-method = This address does not take { $method }.
hub-error-address-too-long = The address is too long. At most { $limit } bytes are accepted.
hub-error-busy = The library hub is busy just now. Please try again in { $seconds } seconds.
hub-error-headers-too-large = The request's headers are too large. At most { $limit } bytes are accepted.
hub-unreadable = The request could not be read: { $detail }
hub-unreadable-parameters = The request's parameters could not be read: { $detail }
hub-nul-body = The request holds a NUL character (\u0000), which no text here can hold.
hub-nul-address = The address holds a NUL character (%00), which no text here can hold.
hub-sign-in = Please sign in.
hub-signed-out = You have been signed out. Please sign in again.
hub-card-format = A library card number is 6 to 16 digits.
hub-pin-format = A PIN is 4 to 8 digits.
hub-card-stopped = This card has been stopped. Please speak to the library staff.
hub-no-such-account = There is no such account.
hub-no-one-card = No one has the card { $card }.
hub-card-confirmed = The card { $card } is confirmed already.
hub-card-taken = The card { $card } is taken already.
hub-name-format = A name is 1 to 100 characters, on one line.
hub-roles-empty = Give at least one role.
hub-file-empty = The file is empty.
hub-members-csv-columns = The header must name a card column and a name column.
hub-items-csv-columns = The CSV needs barcode, record (or biblionumber) and branch columns.
hub-idempotency-key = An idempotency key is 8 to 100 letters, digits, '-' or '_'.
hub-batch-limit = Send at most { $max } changes at once.
hub-cursor-negative = The cursor cannot be negative.
hub-page-items = A page is 1 to { $max } items.
hub-no-collection = There is no collection called { $name }.
hub-period-order = The end of the period is before its start.
# Joining.
hub-postcode = Please give a UK postcode, for example WS11 1AA.
hub-date-of-birth = Please give your date of birth.
hub-email = That email address does not look right.
hub-phone = Please give a phone number of 10 to 15 digits.
hub-choose-pin = Choose a PIN of 4 to 8 digits.
hub-form-key = A form's key is 16 to 64 letters, digits, - or _.
# $what: one of the field- messages below.
hub-text-missing = Please fill in: { $what }.
hub-text-too-long = { $what }: up to { $max } characters.
hub-text-length = { $what }: 1 to { $max } characters.
hub-text-control = { $what }: some characters cannot be used.
field-your-name = your name
field-your-address = your address
field-title = Title
field-description = Description
field-accessibility = Accessibility notes
field-reason = Reason
field-option = Option
field-question = Question
field-scale-end = End of the scale
# The catalogue.
hub-no-such-record = There is no such record.
hub-no-record = There is no record { $id } in the catalogue.
hub-search-empty = Type something to search for.
hub-search-chars = A search is at most { $max } characters.
hub-search-words = A search is at most { $max } different words.
hub-page-records = A page is 1 to 100 records.
hub-offset = The offset is 0 to { $max }.
# Libraries.
hub-no-library-code = There is no library with the code { $code }.
hub-library-code = A library code is 1 to 8 letters or digits.
hub-weekday = A weekday is a number from 1 (Monday) to 7 (Sunday).
hub-opening-times = Opening times are HH:MM, and a library closes after it opens.
hub-closure-order = A closure cannot end before it starts.
hub-closure-ended = That closure has already ended.
hub-closure-reason = Give a reason of up to 200 characters.
# Events and rooms.
hub-event-title = Give the event a title.
hub-event-category = A category is a short word or words joined by _, such as yoga or coffee_morning.
hub-end-before-start = The end is before the start.
hub-start-past = The start is in the past.
hub-event-length = An event can last up to a day.
hub-event-capacity = Places can be 0 to { $max }.
hub-event-places = An event you book needs at least 1 place.
hub-no-room = There is no room { $id }.
hub-room-elsewhere = That room is at another library.
hub-host-role = The host must be a volunteer or coordinator.
hub-series-repeats = A series can have up to { $max } more weekly sessions.
# $clash: why the room cannot be had then.
hub-series-clash = { $date }: { $clash }
hub-no-event = There is no event { $id }.
hub-cancel-reason = Say why, so the people booked know.
hub-room-name = A room's name is 1 to 60 characters.
hub-room-capacity = A room holds 1 to 500 people.
# Home delivery.
hub-say-why = Say why, in up to 300 characters.
hub-no-delivery = There is no delivery { $id }.
# $state: the delivery's status, in words.
hub-request-already = This request is already: { $state }.
hub-delivery-not-running = This delivery is: { $state }. Accept it (or resume it) first.
hub-visit-past = The visit is in the past.
hub-time-of-day = The time of day is morning, afternoon or any.
hub-repeat-visits = Plan up to 12 more visits at a time.
hub-reader-card = Give the reader's card number, or leave reader out.
# Volunteers.
hub-volunteer-roles = A volunteer role is one of { $roles }.
# $role: the role, in words.
hub-not-role-at = { $name } is not "{ $role }" at { $library }.
hub-lacks-role = { $name } does not have the role "{ $role }".
hub-shift-kinds = A shift is one of { $kinds }.
hub-shift-length = A shift can be up to 12 hours.
hub-shift-places = A shift needs 1 to 20 volunteers.
hub-shift-repeat = Up to 52 more weeks, and a title of up to 100 characters.
# Consultations and reading lists.
hub-questions-count = A consultation has 1 to 10 questions.
hub-question-kinds = A question is one of { $kinds }.
hub-choice-options = A choice question has 2 to 10 options.
hub-options-choice-only = Only a choice question has options.
hub-description-length = A description is up to 2,000 characters.
hub-closes-before-opens = It closes before it opens.
hub-closed-already = It would be closed already.
hub-no-consultation = There is no consultation { $id }.
hub-list-title = A list's title is 1 to 120 characters.
hub-list-size = A list has 1 to { $max } titles.
hub-not-in-catalogue = These are not in the catalogue: { $ids }.
hub-no-reading-list = There is no reading list { $id }.
hub-room-exists = { $library } has a room called { $name } already.
hub-id-not-number = The { $field } in the address must be a whole number the hub can hold.
hub-unreadable-address = The address could not be read: { $detail }
hub-not-a-role = { $word } is not a role. Use { $roles }.
hub-event-cancelled = { $title } has been cancelled.
hub-event-over = { $title } is over.
hub-event-cancelled-already = { $title } is cancelled already.
hub-capacity-below-booked = { $n ->
    [one] 1 place is booked already. The event needs at least that many.
   *[other] { $n } places are booked already. The event needs at least that many.
}
hub-wrong-pin = That card number and PIN do not match. Check both and try again.
