//! The hub's database schema, as numbered migrations applied in order. Never edit a released
//! migration; add a new one. `{id}` is an auto-numbered BIGINT primary key in either dialect;
//! `{without_rowid}` ends a table that SQLite keeps in its primary key's order alone.

use crate::db::Dialect;

/// The migration after which the hub fills the coordinators' collections (`delivery_queue`,
/// `volunteer_roles`) from what it holds.
pub const COORDINATOR_COLLECTIONS: i64 = 15;
/// The migration after which the coordinators receive every room booking.
pub const COORDINATOR_ROOM_BOOKINGS: i64 = 16;

pub const MIGRATIONS: &[&str] = &[
    // 1: libraries, accounts and sign-in, the change feed, applied changes (idempotency keys), a
    //    first catalogue, events and bookings.
    r#"
CREATE TABLE libraries (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    address TEXT NOT NULL,
    postcode TEXT NOT NULL,
    latitude DOUBLE PRECISION NOT NULL,
    longitude DOUBLE PRECISION NOT NULL,
    email TEXT,
    phone TEXT,
    hours TEXT NOT NULL
);
CREATE TABLE closures (
    id {id},
    library_code TEXT NOT NULL REFERENCES libraries (code),
    date_from TEXT NOT NULL,
    date_to TEXT NOT NULL,
    reason TEXT NOT NULL
);
CREATE INDEX closures_library ON closures (library_code, date_to);
CREATE TABLE accounts (
    id {id},
    card TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    pin_hash TEXT NOT NULL,
    roles TEXT NOT NULL,
    home_library TEXT REFERENCES libraries (code),
    created_at TEXT NOT NULL,
    failed_logins BIGINT NOT NULL DEFAULT 0,
    locked_until TEXT
);
CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    account_id BIGINT NOT NULL REFERENCES accounts (id),
    device TEXT,
    created_at TEXT NOT NULL,
    revoked_at TEXT
);
CREATE INDEX sessions_account ON sessions (account_id);
CREATE TABLE feed (
    seq {id},
    collection TEXT NOT NULL,
    scope TEXT NOT NULL,
    item_key TEXT NOT NULL,
    deleted BIGINT NOT NULL,
    body TEXT
);
CREATE UNIQUE INDEX feed_item ON feed (collection, scope, item_key);
CREATE INDEX feed_read ON feed (collection, scope, seq);
CREATE TABLE applied_changes (
    idempotency_key TEXT NOT NULL,
    account_id BIGINT NOT NULL,
    request_hash TEXT NOT NULL,
    response TEXT NOT NULL,
    made_at TEXT NOT NULL,
    applied_at TEXT NOT NULL,
    PRIMARY KEY (account_id, idempotency_key)
);
CREATE TABLE records (
    id {id},
    control_number TEXT NOT NULL UNIQUE,
    system_number TEXT,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    search_text TEXT NOT NULL,
    format TEXT NOT NULL,
    language TEXT,
    updated_at TEXT NOT NULL
);
CREATE INDEX records_system_number ON records (system_number);
CREATE TABLE record_isbns (isbn13 TEXT NOT NULL, record_id BIGINT NOT NULL REFERENCES records (id));
CREATE INDEX record_isbns_isbn ON record_isbns (isbn13);
CREATE INDEX record_isbns_record ON record_isbns (record_id);
CREATE TABLE items (
    barcode TEXT PRIMARY KEY,
    record_id BIGINT NOT NULL REFERENCES records (id),
    library_code TEXT NOT NULL REFERENCES libraries (code),
    location TEXT,
    call_number TEXT,
    loan_type TEXT NOT NULL,
    status TEXT NOT NULL,
    due_date TEXT
);
CREATE INDEX items_record ON items (record_id);
CREATE TABLE events (
    id {id},
    library_code TEXT NOT NULL REFERENCES libraries (code),
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    category TEXT NOT NULL,
    starts_at TEXT NOT NULL,
    ends_at TEXT NOT NULL,
    capacity BIGINT NOT NULL,
    booking_required BIGINT NOT NULL,
    accessibility TEXT NOT NULL,
    cancelled BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX events_library ON events (library_code, starts_at);
CREATE TABLE bookings (
    id {id},
    event_id BIGINT NOT NULL REFERENCES events (id),
    account_id BIGINT NOT NULL REFERENCES accounts (id),
    places BIGINT NOT NULL,
    status TEXT NOT NULL,
    booked_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX bookings_event ON bookings (event_id, status, id);
CREATE INDEX bookings_account ON bookings (account_id, event_id);
"#,
    // 2: the member account: joining (provisional cards), reservations, loans, reading history.
    r#"
ALTER TABLE accounts ADD COLUMN provisional BIGINT NOT NULL DEFAULT 0;
ALTER TABLE accounts ADD COLUMN default_pickup TEXT;
ALTER TABLE accounts ADD COLUMN history_enabled BIGINT NOT NULL DEFAULT 0;
CREATE TABLE members (
    account_id BIGINT PRIMARY KEY REFERENCES accounts (id),
    address TEXT NOT NULL,
    postcode TEXT NOT NULL,
    date_of_birth TEXT NOT NULL,
    email TEXT,
    phone TEXT,
    joined_at TEXT NOT NULL,
    confirmed_by BIGINT,
    confirmed_at TEXT
);
CREATE TABLE holds (
    id {id},
    record_id BIGINT NOT NULL REFERENCES records (id),
    account_id BIGINT NOT NULL REFERENCES accounts (id),
    pickup TEXT NOT NULL REFERENCES libraries (code),
    status TEXT NOT NULL,
    suspended_until TEXT,
    item_barcode TEXT,
    ready_until TEXT,
    placed_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX holds_queue ON holds (record_id, status, id);
CREATE INDEX holds_account ON holds (account_id, status);
CREATE INDEX holds_item ON holds (item_barcode);
CREATE TABLE loans (
    id {id},
    item_barcode TEXT NOT NULL REFERENCES items (barcode),
    record_id BIGINT NOT NULL REFERENCES records (id),
    account_id BIGINT NOT NULL REFERENCES accounts (id),
    library_code TEXT NOT NULL,
    issued_at TEXT NOT NULL,
    due_date TEXT NOT NULL,
    renewals BIGINT NOT NULL DEFAULT 0,
    returned_at TEXT
);
CREATE INDEX loans_item ON loans (item_barcode, returned_at);
CREATE INDEX loans_account ON loans (account_id, returned_at);
CREATE TABLE reading_history (
    id {id},
    account_id BIGINT NOT NULL REFERENCES accounts (id),
    record_id BIGINT NOT NULL REFERENCES records (id),
    borrowed_on TEXT NOT NULL,
    returned_on TEXT NOT NULL
);
CREATE INDEX reading_history_account ON reading_history (account_id);
"#,
    // 3: the programme as coordinators run it (rooms, audiences, series, hosts, cancellations),
    //    door check-in, and rooms booked by partner services.
    r#"
CREATE TABLE rooms (
    id {id},
    library_code TEXT NOT NULL REFERENCES libraries (code),
    name TEXT NOT NULL,
    capacity BIGINT NOT NULL,
    UNIQUE (library_code, name)
);
ALTER TABLE events ADD COLUMN room_id BIGINT REFERENCES rooms (id);
ALTER TABLE events ADD COLUMN audience TEXT NOT NULL DEFAULT 'Everyone';
ALTER TABLE events ADD COLUMN host_id BIGINT REFERENCES accounts (id);
ALTER TABLE events ADD COLUMN series_id BIGINT;
ALTER TABLE events ADD COLUMN walk_ins BIGINT NOT NULL DEFAULT 0;
ALTER TABLE events ADD COLUMN cancel_reason TEXT;
CREATE INDEX events_series ON events (series_id, starts_at);
CREATE INDEX events_room ON events (room_id, starts_at);
ALTER TABLE bookings ADD COLUMN attendance TEXT;
CREATE TABLE room_bookings (
    id {id},
    room_id BIGINT NOT NULL REFERENCES rooms (id),
    account_id BIGINT NOT NULL REFERENCES accounts (id),
    purpose TEXT NOT NULL,
    starts_at TEXT NOT NULL,
    ends_at TEXT NOT NULL,
    cancelled BIGINT NOT NULL DEFAULT 0,
    booked_at TEXT NOT NULL
);
CREATE INDEX room_bookings_room ON room_bookings (room_id, starts_at);
CREATE INDEX room_bookings_account ON room_bookings (account_id);
"#,
    // 4: volunteer roles per library, carers acting for members, the home reading service (requests,
    //    visits, bags) and the audit log of reads of readers' addresses.
    r#"
CREATE TABLE volunteer_roles (
    account_id BIGINT NOT NULL REFERENCES accounts (id),
    library_code TEXT NOT NULL REFERENCES libraries (code),
    role TEXT NOT NULL,
    granted_at TEXT NOT NULL,
    PRIMARY KEY (account_id, library_code, role)
);
CREATE TABLE proxies (
    id {id},
    member_id BIGINT NOT NULL REFERENCES accounts (id),
    carer_id BIGINT NOT NULL REFERENCES accounts (id),
    rights TEXT NOT NULL,
    granted_at TEXT NOT NULL,
    revoked_at TEXT
);
CREATE INDEX proxies_member ON proxies (member_id);
CREATE INDEX proxies_carer ON proxies (carer_id);
CREATE TABLE deliveries (
    id {id},
    reader_id BIGINT NOT NULL REFERENCES accounts (id),
    library_code TEXT NOT NULL REFERENCES libraries (code),
    address TEXT NOT NULL,
    postcode TEXT NOT NULL,
    access_notes TEXT NOT NULL,
    preferred_day BIGINT,
    time_of_day TEXT NOT NULL,
    frequency TEXT NOT NULL,
    preferences TEXT NOT NULL,
    status TEXT NOT NULL,
    decline_reason TEXT,
    requested_by BIGINT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX deliveries_reader ON deliveries (reader_id);
CREATE TABLE visits (
    id {id},
    delivery_id BIGINT NOT NULL REFERENCES deliveries (id),
    visit_date TEXT NOT NULL,
    time_of_day TEXT NOT NULL,
    chooser_id BIGINT NOT NULL REFERENCES accounts (id),
    deliverer_id BIGINT NOT NULL REFERENCES accounts (id),
    status TEXT NOT NULL,
    note TEXT,
    recorded_at TEXT,
    on_rounds BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX visits_delivery ON visits (delivery_id, visit_date);
CREATE INDEX visits_date ON visits (visit_date);
CREATE TABLE visit_items (
    visit_id BIGINT NOT NULL REFERENCES visits (id),
    barcode TEXT NOT NULL REFERENCES items (barcode),
    kind TEXT NOT NULL
);
CREATE INDEX visit_items_visit ON visit_items (visit_id);
CREATE TABLE audit_log (
    id {id},
    at TEXT NOT NULL,
    actor_id BIGINT NOT NULL,
    reader_id BIGINT NOT NULL,
    via TEXT NOT NULL
);
CREATE INDEX audit_log_reader ON audit_log (reader_id, at);
"#,
    // 5: the volunteers' rota and their check-ins and check-outs.
    r#"
CREATE TABLE shifts (
    id {id},
    library_code TEXT NOT NULL REFERENCES libraries (code),
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    starts_at TEXT NOT NULL,
    ends_at TEXT NOT NULL,
    places BIGINT NOT NULL
);
CREATE INDEX shifts_library ON shifts (library_code, starts_at);
CREATE TABLE shift_signups (
    id {id},
    shift_id BIGINT NOT NULL REFERENCES shifts (id),
    account_id BIGINT NOT NULL REFERENCES accounts (id),
    signed_at TEXT NOT NULL,
    dropped_at TEXT
);
CREATE INDEX shift_signups_shift ON shift_signups (shift_id);
CREATE TABLE volunteer_sessions (
    id {id},
    account_id BIGINT NOT NULL REFERENCES accounts (id),
    session_key TEXT NOT NULL,
    library_code TEXT NOT NULL REFERENCES libraries (code),
    shift_id BIGINT,
    check_in TEXT NOT NULL,
    check_in_utc TEXT NOT NULL,
    check_out TEXT,
    check_out_utc TEXT,
    flags TEXT NOT NULL DEFAULT '',
    fixed_reason TEXT,
    UNIQUE (account_id, session_key)
);
CREATE INDEX volunteer_sessions_library ON volunteer_sessions (library_code, check_in_utc);
"#,
    // 6: the system-number index only over the records that have one (a Library of Congress
    // import has none, and indexing 250,000 empty entries slowed it down).
    r#"
DROP INDEX records_system_number;
CREATE INDEX records_system_number ON records (system_number) WHERE system_number IS NOT NULL;
"#,
    // 7: the catalogue's change feed is a sequence number on each record rather than a row of the
    // feed table per record (three more index entries, with text keys, for every record imported).
    // Entries keep their numbers, so devices' cursors stay valid; a record without one (there
    // should be none) goes after every number so far.
    r#"
ALTER TABLE records ADD COLUMN feed_seq BIGINT;
UPDATE records SET feed_seq = (SELECT f.seq FROM feed f WHERE f.collection = 'catalogue' AND f.scope = '*'
    AND f.item_key = CAST(records.id AS TEXT));
UPDATE records SET feed_seq = id + (SELECT COALESCE(MAX(seq), 0) FROM feed) WHERE feed_seq IS NULL;
DELETE FROM feed WHERE collection = 'catalogue';
CREATE UNIQUE INDEX records_feed ON records (feed_seq);
"#,
    // 8: a record's ISBNs kept in order of record (on SQLite without a rowid: two b-trees to
    // write per ISBN rather than three), with the ISBN index for lookups.
    r#"
CREATE TABLE record_isbns_by_record (
    record_id BIGINT NOT NULL REFERENCES records (id),
    isbn13 TEXT NOT NULL,
    PRIMARY KEY (record_id, isbn13)
){without_rowid};
INSERT INTO record_isbns_by_record (record_id, isbn13) SELECT DISTINCT record_id, isbn13 FROM record_isbns;
DROP TABLE record_isbns;
ALTER TABLE record_isbns_by_record RENAME TO record_isbns;
CREATE INDEX record_isbns_isbn ON record_isbns (isbn13);
"#,
    // 9: wrong PINs counted per card number typed, whether or not a member has it (so the lockout
    // does not tell which cards exist), and per client address. Replaces accounts.failed_logins
    // and accounts.locked_until, which are no longer read.
    r#"
CREATE TABLE login_failures (
    subject TEXT PRIMARY KEY,
    failures BIGINT NOT NULL,
    locked_until TEXT,
    last_failed_at TEXT NOT NULL
);
"#,
    // 10: a card staff have stopped (`cml-hub account disable`) cannot sign in.
    r#"
ALTER TABLE accounts ADD COLUMN disabled_at TEXT;
"#,
    // 11: "Have your say": consultations and the answers given (one per member each).
    r#"
CREATE TABLE consultations (
    id {id},
    library_code TEXT NOT NULL REFERENCES libraries (code),
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    opens_on TEXT NOT NULL,
    closes_on TEXT NOT NULL,
    questions TEXT NOT NULL,
    published_by BIGINT NOT NULL REFERENCES accounts (id),
    published_at TEXT NOT NULL
);
CREATE TABLE consultation_responses (
    id {id},
    consultation_id BIGINT NOT NULL REFERENCES consultations (id),
    account_id BIGINT NOT NULL REFERENCES accounts (id),
    answers TEXT NOT NULL,
    answered_at TEXT NOT NULL,
    UNIQUE (consultation_id, account_id)
);
"#,
    // 12: reading lists libraries publish.
    r#"
CREATE TABLE reading_lists (
    id {id},
    library_code TEXT REFERENCES libraries (code),
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    entries TEXT NOT NULL,
    published_by BIGINT NOT NULL REFERENCES accounts (id),
    published_at TEXT NOT NULL,
    withdrawn_at TEXT
);
"#,
    // 13: the key a phone gave its Join form, so the same form sent twice makes one member.
    r#"
ALTER TABLE members ADD COLUMN join_key TEXT;
CREATE UNIQUE INDEX members_join_key ON members (join_key);
"#,
    // 14: what readers said of titles delivered to them, for the choosers.
    r#"
CREATE TABLE visit_reactions (
    visit_id BIGINT NOT NULL REFERENCES visits (id),
    barcode TEXT NOT NULL,
    reaction TEXT NOT NULL,
    reacted_by BIGINT NOT NULL REFERENCES accounts (id),
    reacted_at TEXT NOT NULL,
    PRIMARY KEY (visit_id, barcode)
){without_rowid};
"#,
    // 15: welfare concerns: who raised one, and its closing by a coordinator with a note.
    r#"
ALTER TABLE visits ADD COLUMN concern_raised_by BIGINT REFERENCES accounts (id);
ALTER TABLE visits ADD COLUMN concern_closed_at TEXT;
ALTER TABLE visits ADD COLUMN concern_closed_by BIGINT REFERENCES accounts (id);
ALTER TABLE visits ADD COLUMN concern_close_note TEXT;
"#,
    // 16: the coordinators receive every room booking (the bookings are published to them as it
    // is applied); an index for the bookings still to come.
    r#"
CREATE INDEX IF NOT EXISTS room_bookings_by_end ON room_bookings (ends_at);
"#,
];

/// Spells a migration in one dialect.
pub fn for_dialect(sql: &str, dialect: Dialect) -> String {
    let id = match dialect {
        Dialect::Sqlite => "INTEGER PRIMARY KEY AUTOINCREMENT",
        Dialect::Postgres => "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY",
    };
    let without_rowid = match dialect {
        Dialect::Sqlite => " WITHOUT ROWID",
        Dialect::Postgres => "",
    };
    sql.replace("{id}", id).replace("{without_rowid}", without_rowid)
}
