//! The hub's HTTP API. Every route is registered through `utoipa_axum`, so the OpenAPI document at
//! `/openapi.json` is generated from the same list that serves requests and cannot go stale.

use std::sync::Arc;

use axum::extract::path::ErrorKind;
use axum::extract::rejection::{JsonRejection, PathRejection, QueryRejection};
use axum::extract::{DefaultBodyLimit, FromRequest, FromRequestParts, Path, Query, RawPathParams, Request, State};
use axum::http::request::Parts;
use axum::http::{header, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use bytes::Bytes;
use chrono::Utc;
use cml_api::{
    collections, Account, ApiError, AuditEntry, Booking, CancelEvent, CatalogueRecord, ChangeBatch, ChangeResults,
    Closure, Consultation, ConsultationDraft, ConsultationResults, Decline, Delivery, Event, EventDraft, FeedPage,
    Health, HistoryEntry, Hold, HoursLine, ImpactPeriods, ImpactReport, JoinRequest, JoinResponse, Library, Loan,
    LoginRequest, LoginResponse, NewRoom, PendingMember, ReadingList, ReadingListDraft, Role, Room, RoomBooking,
    Roster, SearchResults, Shift, ShiftDraft, VisitPlan, VolunteerRole,
};
use serde::de::DeserializeOwned;
use serde::Deserialize;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{IntoParams, Modify, OpenApi};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::auth::{self, Caller, MaybeCaller};
use crate::catalogue::{self, SearchQuery};
use crate::error::{HubError, HubResult};
use crate::i18n::{say, say_msg, Msg};
use crate::{
    changes, circulation, deliveries, events, feed, libraries, members, programme, report, rooms, volunteers, AppState,
};

/// The largest request body the hub reads (2 MiB); a larger one is answered 413.
pub const MAX_BODY_BYTES: usize = 2 * 1024 * 1024;
/// The longest address (path and query) the hub reads; a longer one is answered 414.
pub const MAX_URI_BYTES: usize = 8 * 1024;
/// The most header bytes (names and values) the hub reads; more is answered 431.
pub const MAX_HEADER_BYTES: usize = 16 * 1024;

/// A JSON body whose problems are answered with an [`ApiError`], not axum's plain text: 415 when
/// it is not sent as JSON, 413 when over [`MAX_BODY_BYTES`], 422 when it cannot be read (naming
/// the field where serde can) or when a text holds a NUL character (which no text here can keep).
///
/// `Body<T, false>` lets a NUL through to the handler, for `POST /v1/changes`, which refuses
/// only the change that holds one, not the whole batch.
pub struct Body<T, const REFUSE_NUL: bool = true>(pub T);

impl<T: DeserializeOwned, S: Send + Sync, const REFUSE_NUL: bool> FromRequest<S> for Body<T, REFUSE_NUL> {
    type Rejection = HubError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        let json = req
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .map(|v| v.split(';').next().unwrap_or("").trim().to_ascii_lowercase())
            .is_some_and(|m| m == "application/json" || (m.starts_with("application/") && m.ends_with("+json")));
        if !json {
            return Err(HubError::UnsupportedMediaType);
        }
        let bytes = match Bytes::from_request(req, state).await {
            Ok(b) => b,
            Err(e) if e.status() == StatusCode::PAYLOAD_TOO_LARGE => {
                return Err(HubError::TooLarge { limit: MAX_BODY_BYTES })
            }
            Err(e) => {
                return Err(HubError::BadRequest(say_msg(
                    Msg::new("hub-unreadable").arg("detail", e.body_text()),
                )))
            }
        };
        if REFUSE_NUL && has_nul_escape(&bytes) {
            return Err(HubError::invalid("body", say("hub-nul-body")));
        }
        match Json::<T>::from_bytes(&bytes) {
            Ok(Json(v)) => Ok(Body(v)),
            Err(e) => Err(json_rejection(e)),
        }
    }
}

/// Whether JSON text holds the escape `\u0000` (a NUL; a raw one is not valid JSON), not counting
/// an escaped backslash followed by "u0000".
pub(crate) fn has_nul_escape(bytes: &[u8]) -> bool {
    let pattern = b"u0000";
    let mut from = 0;
    while let Some(at) = bytes[from..].windows(pattern.len()).position(|w| w == pattern) {
        let at = from + at;
        let backslashes = bytes[..at].iter().rev().take_while(|&&b| b == b'\\').count();
        if backslashes % 2 == 1 {
            return true;
        }
        from = at + 1;
    }
    false
}

fn json_rejection(e: JsonRejection) -> HubError {
    let text = e.body_text();
    HubError::Invalid {
        field: field_of(&text, "target type: ").unwrap_or_else(|| "body".into()),
        message: say_msg(Msg::new("hub-unreadable").arg("detail", text)),
    }
}

/// The field an extractor's message names: serde's "missing field `pin`", or the path that
/// axum puts after `lead` ("…target type: date_of_birth: input is out of range").
fn field_of(text: &str, lead: &str) -> Option<String> {
    if text.contains("missing field") {
        return text.split('`').nth(1).map(str::to_owned);
    }
    let (_, rest) = text.split_once(lead)?;
    let (path, _) = rest.split_once(": ")?;
    let plain = path.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
        && path
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '[' | ']'));
    plain.then(|| path.to_owned())
}

/// Query parameters whose problems are answered with an [`ApiError`].
pub struct Params<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequestParts<S> for Params<T> {
    type Rejection = HubError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        match Query::<T>::from_request_parts(parts, state).await {
            Ok(Query(v)) => Ok(Params(v)),
            Err(e) => Err(query_rejection(e)),
        }
    }
}

fn query_rejection(e: QueryRejection) -> HubError {
    let text = e.body_text();
    HubError::Invalid {
        field: field_of(&text, "query string: ").unwrap_or_else(|| "query".into()),
        message: say_msg(Msg::new("hub-unreadable-parameters").arg("detail", text)),
    }
}

/// Path parameters whose problems (an id that is not a number, or too big for one) are answered
/// with an [`ApiError`] naming the parameter.
pub struct PathParam<T>(pub T);

impl<T: DeserializeOwned + Send, S: Send + Sync> FromRequestParts<S> for PathParam<T> {
    type Rejection = HubError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        match Path::<T>::from_request_parts(parts, state).await {
            Ok(Path(v)) => Ok(PathParam(v)),
            Err(e) => {
                let field = match RawPathParams::from_request_parts(parts, state).await {
                    Ok(raw) => raw.iter().next().map(|(k, _)| k.to_owned()),
                    Err(_) => None,
                };
                let field = field.unwrap_or_else(|| "path".into());
                let message = match &e {
                    PathRejection::FailedToDeserializePathParams(d)
                        if matches!(
                            d.kind(),
                            ErrorKind::ParseError { .. } | ErrorKind::ParseErrorAtKey { .. }
                        ) =>
                    {
                        say_msg(Msg::new("hub-id-not-number").arg("field", &field))
                    }
                    _ => say_msg(Msg::new("hub-unreadable-address").arg("detail", e.body_text())),
                };
                Err(HubError::Invalid { field, message })
            }
        }
    }
}

/// Answers, in the documented error shape, what hyper would otherwise answer with an empty body
/// or let through: an address or headers over the hub's limits, and a NUL character (`%00`) in
/// the address, which no text here can hold.
async fn guard(req: Request, next: Next) -> Response {
    let uri = req.uri().path_and_query().map(|p| p.as_str()).unwrap_or("");
    if uri.len() > MAX_URI_BYTES {
        return HubError::UriTooLong { limit: MAX_URI_BYTES }.into_response();
    }
    let header_bytes: usize = req.headers().iter().map(|(k, v)| k.as_str().len() + v.len()).sum();
    if header_bytes > MAX_HEADER_BYTES {
        return HubError::HeadersTooLarge {
            limit: MAX_HEADER_BYTES,
        }
        .into_response();
    }
    if uri.as_bytes().windows(3).any(|w| w.eq_ignore_ascii_case(b"%00")) {
        return HubError::invalid("address", say("hub-nul-address")).into_response();
    }
    next.run(req).await
}

async fn method_not_allowed(method: Method) -> HubError {
    HubError::MethodNotAllowed {
        method: method.to_string(),
    }
}

struct BearerAuth;

impl Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
        );
    }
}

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Community Library hub",
        description = "The system of record that the Community Library apps, the `cml` command and staff scripts sync with. \
                       Errors always have an ApiError body, whose `field` names what is wrong. The hub reads \
                       bodies of at most 2 MiB (413), sent as application/json (415); addresses of at most \
                       8 KiB (414) and headers of at most 16 KiB (431); a NUL character in any text is refused \
                       (422); a method an address does not take is 405. Only past the HTTP layer's own limits \
                       (an address over 64 KiB, more than 1,000 headers, or over 1 MiB of headers) is the \
                       414 or 431 sent with no body."
    ),
    modifiers(&BearerAuth),
    components(schemas(ApiError))
)]
struct ApiDoc;

/// Adds to every operation the errors that come from outside its handler, so that the document
/// names every status the hub can answer: 401 where a token is needed, 413, 415 and 422 where a
/// body is read, 422 where parameters are read, and 414 and 431 everywhere.
fn document_errors(api: &mut utoipa::openapi::OpenApi) {
    use utoipa::openapi::{ContentBuilder, Ref, ResponseBuilder};
    let error = |description: &str| {
        ResponseBuilder::new()
            .description(description)
            .content(
                "application/json",
                ContentBuilder::new()
                    .schema(Some(Ref::from_schema_name("ApiError")))
                    .build(),
            )
            .build()
    };
    for item in api.paths.paths.values_mut() {
        let operations = [
            &mut item.get,
            &mut item.put,
            &mut item.post,
            &mut item.delete,
            &mut item.patch,
        ];
        for op in operations.into_iter().flatten() {
            let needs_token = op.security.as_ref().is_some_and(|s| !s.is_empty());
            let has_body = op.request_body.is_some();
            let has_params = op.parameters.as_ref().is_some_and(|p| !p.is_empty());
            let mut add = |status: &str, description: &str| {
                op.responses
                    .responses
                    .entry(status.to_owned())
                    .or_insert_with(|| error(description).into());
            };
            if needs_token {
                add(
                    "401",
                    "No token, or one that has expired or was signed out (unauthenticated).",
                );
            }
            if has_body {
                add("413", "The body is over 2 MiB (invalid_input, field body).");
                add(
                    "415",
                    "The body is not sent as application/json (invalid_input, field body).",
                );
            }
            if has_body || has_params {
                add(
                    "422",
                    "A field or parameter is missing or wrong; `field` names it (invalid_input).",
                );
            }
            add("414", "The address is over 8 KiB (invalid_input, field address).");
            add("431", "The headers are over 16 KiB (invalid_input, field headers).");
        }
    }
}

/// The feed's `collection` is one of [`collections::ALL`]: the document lists them, from the same
/// list the handler checks.
fn document_collections(api: &mut utoipa::openapi::OpenApi) {
    use utoipa::openapi::schema::{ObjectBuilder, Type};
    use utoipa::openapi::RefOr;
    let Some(op) = api
        .paths
        .paths
        .get_mut("/v1/feed/{collection}")
        .and_then(|i| i.get.as_mut())
    else {
        return;
    };
    for p in op.parameters.iter_mut().flatten() {
        if p.name == "collection" {
            let names = collections::ALL.iter().map(|c| serde_json::Value::from(*c));
            p.schema = Some(RefOr::T(
                ObjectBuilder::new()
                    .schema_type(Type::String)
                    .enum_values(Some(names))
                    .into(),
            ));
        }
    }
}

/// The router with every endpoint, and the OpenAPI document describing exactly those.
pub fn router(state: AppState) -> Router {
    let (router, api) = OpenApiRouter::with_openapi(ApiDoc::openapi())
        .routes(routes!(health))
        .routes(routes!(login))
        .routes(routes!(logout))
        .routes(routes!(me))
        .routes(routes!(list_libraries))
        .routes(routes!(put_library))
        .routes(routes!(add_closure))
        .routes(routes!(feed_page))
        .routes(routes!(post_changes))
        .routes(routes!(list_events))
        .routes(routes!(my_bookings))
        .routes(routes!(search_catalogue))
        .routes(routes!(get_record))
        .routes(routes!(my_holds))
        .routes(routes!(my_loans))
        .routes(routes!(my_history))
        .routes(routes!(join))
        .routes(routes!(pending_members))
        .routes(routes!(confirm_member))
        .routes(routes!(create_event))
        .routes(routes!(update_event))
        .routes(routes!(cancel_event))
        .routes(routes!(event_roster))
        .routes(routes!(list_rooms, add_room))
        .routes(routes!(my_room_bookings))
        .routes(routes!(all_deliveries))
        .routes(routes!(accept_delivery))
        .routes(routes!(decline_delivery))
        .routes(routes!(schedule_visits))
        .routes(routes!(audit_log))
        .routes(routes!(member_loans))
        .routes(routes!(volunteer_roles, grant_volunteer_role))
        .routes(routes!(remove_volunteer_role))
        .routes(routes!(create_shifts))
        .routes(routes!(volunteer_hours))
        .routes(routes!(impact_report))
        .routes(routes!(impact_periods))
        .routes(routes!(list_consultations, publish_consultation))
        .routes(routes!(consultation_results))
        .routes(routes!(list_reading_lists, publish_reading_list))
        .routes(routes!(withdraw_reading_list))
        .split_for_parts();
    let mut api = api;
    document_errors(&mut api);
    document_collections(&mut api);
    let api = Arc::new(api);
    router
        .route("/openapi.json", get(move || async move { Json(api.as_ref().clone()) }))
        .method_not_allowed_fallback(method_not_allowed)
        .fallback(|| async { HubError::NotFound(crate::i18n::words().t("hub-error-no-address")) })
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .layer(axum::middleware::from_fn(guard))
        // Outermost, so that every answer (the guard's refusals too) is in the request's language.
        .layer(axum::middleware::from_fn(crate::i18n::language))
        .with_state(state)
}

/// Whether the hub and its database are working.
#[utoipa::path(get, path = "/health", tag = "hub",
    responses((status = 200, body = Health), (status = 503, body = ApiError)))]
async fn health(State(state): State<AppState>) -> HubResult<Json<Health>> {
    let db = state.db.clone();
    let schema_version = tokio::task::spawn_blocking(move || db.schema_version())
        .await
        .map_err(|e| HubError::Internal(e.to_string()))??;
    Ok(Json(Health {
        status: "ok".into(),
        version: env!("CARGO_PKG_VERSION").into(),
        database: state.db.dialect().name().into(),
        schema_version,
        time: Utc::now(),
    }))
}

/// Signs in with a library card number and PIN.
///
/// A wrong PIN and an unknown card get the same answer. After five wrong PINs in a row the
/// account is locked for 30 seconds, doubling with each further failure up to 15 minutes.
#[utoipa::path(post, path = "/v1/auth/login", tag = "auth", request_body = LoginRequest,
    responses((status = 200, body = LoginResponse), (status = 401, body = ApiError),
              (status = 403, description = "The card has been stopped (given with its right PIN)", body = ApiError),
              (status = 422, body = ApiError), (status = 429, body = ApiError)))]
async fn login(
    State(state): State<AppState>,
    client: auth::ClientAddress,
    Body(req): Body<LoginRequest>,
) -> HubResult<Json<LoginResponse>> {
    auth::login(&state, req, client.0).await.map(Json)
}

/// Signs out: the token used for this request stops working.
#[utoipa::path(post, path = "/v1/auth/logout", tag = "auth", security(("bearer" = [])),
    responses((status = 204), (status = 401, body = ApiError)))]
async fn logout(State(state): State<AppState>, caller: Caller) -> HubResult<StatusCode> {
    auth::logout(&state, caller).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// The signed-in person.
#[utoipa::path(get, path = "/v1/me", tag = "auth", security(("bearer" = [])),
    responses((status = 200, body = Account), (status = 401, body = ApiError)))]
async fn me(State(state): State<AppState>, caller: Caller) -> HubResult<Json<Account>> {
    let id = caller.account.id;
    state
        .db
        .read(move |c| auth::load_account_for_phone(c, id))
        .await
        .map(Json)
}

/// Every library with its hours and coming closures. Needs no sign-in.
#[utoipa::path(get, path = "/v1/libraries", tag = "libraries",
    responses((status = 200, body = Vec<Library>)))]
async fn list_libraries(State(state): State<AppState>) -> HubResult<Json<Vec<Library>>> {
    state.db.read(libraries::list).await.map(Json)
}

/// Adds a library or replaces its details and weekly hours (coordinators).
#[utoipa::path(put, path = "/v1/libraries/{code}", tag = "libraries", security(("bearer" = [])),
    params(("code" = String, Path, description = "The library's code")),
    request_body = Library,
    responses((status = 200, body = Library), (status = 403, body = ApiError), (status = 422, body = ApiError)))]
async fn put_library(
    State(state): State<AppState>,
    caller: Caller,
    PathParam(code): PathParam<String>,
    Body(mut library): Body<Library>,
) -> HubResult<Json<Library>> {
    caller.require(&[Role::Coordinator])?;
    library.code = code;
    state.db.write(move |c| libraries::upsert(c, &library)).await.map(Json)
}

/// Closes a library for some days, with a reason that members see (coordinators).
#[utoipa::path(post, path = "/v1/libraries/{code}/closures", tag = "libraries", security(("bearer" = [])),
    params(("code" = String, Path, description = "The library's code")),
    request_body = Closure,
    responses((status = 200, body = Library), (status = 403, body = ApiError),
              (status = 404, body = ApiError), (status = 422, body = ApiError)))]
async fn add_closure(
    State(state): State<AppState>,
    caller: Caller,
    PathParam(code): PathParam<String>,
    Body(closure): Body<Closure>,
) -> HubResult<Json<Library>> {
    caller.require(&[Role::Coordinator])?;
    state
        .db
        .write(move |c| libraries::add_closure(c, &code, &closure))
        .await
        .map(Json)
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
struct FeedQuery {
    /// The cursor of the last page applied; 0 (the default) for everything.
    #[serde(default)]
    #[param(minimum = 0)]
    after: i64,
    /// At most this many items (1 to 5000; default 500).
    #[serde(default = "default_limit")]
    #[param(minimum = 1, maximum = 5000)]
    limit: i64,
    /// Also count every change after the cursor (for a progress bar); costs a scan.
    #[serde(default)]
    count: bool,
}

fn default_limit() -> i64 {
    500
}

/// A page of a collection's change feed after a cursor: public items, and with a token also the
/// caller's own (a token that is not valid is answered 401).
#[utoipa::path(get, path = "/v1/feed/{collection}", tag = "sync", security((), ("bearer" = [])),
    params(("collection" = String, Path, description = "The collection: libraries, events, catalogue, …"), FeedQuery),
    responses((status = 200, body = FeedPage), (status = 404, body = ApiError)))]
async fn feed_page(
    State(state): State<AppState>,
    MaybeCaller(caller): MaybeCaller,
    PathParam(collection): PathParam<String>,
    Params(q): Params<FeedQuery>,
) -> HubResult<Json<FeedPage>> {
    if !collections::ALL.contains(&collection.as_str()) {
        return Err(HubError::NotFound(say_msg(
            Msg::new("hub-no-collection").arg("name", &collection),
        )));
    }
    if q.after < 0 {
        return Err(HubError::invalid("after", say("hub-cursor-negative")));
    }
    if !(1..=feed::MAX_PAGE).contains(&q.limit) {
        return Err(HubError::invalid(
            "limit",
            say_msg(Msg::new("hub-page-items").arg("max", feed::MAX_PAGE)),
        ));
    }
    let mut scopes = vec![feed::PUBLIC.to_owned()];
    let actor = caller.as_ref().map(|c| c.account.id);
    if let Some(caller) = &caller {
        scopes.push(format!("a:{}", caller.account.id));
        if caller.has(Role::Coordinator) || caller.has(Role::Admin) {
            scopes.push(deliveries::COORDINATORS.to_owned());
        }
        if caller.has(Role::Volunteer) || caller.has(Role::Coordinator) || caller.has(Role::Admin) {
            scopes.push(volunteers::VOLUNTEERS.to_owned());
        }
    }
    let name = collection.clone();
    let page = state
        .db
        .read(move |c| Ok::<_, HubError>(feed::page(c, &name, &scopes, q.after, q.limit, q.count)?))
        .await?;
    // Round stops and deliveries carry readers' addresses: every one sent is written to the audit log.
    if let (Some(actor), collections::ROUNDS | collections::DELIVERIES) = (actor, collection.as_str()) {
        let keys: Vec<String> = page
            .items
            .iter()
            .filter(|i| !i.deleted)
            .map(|i| i.key.clone())
            .collect();
        if !keys.is_empty() {
            state
                .db
                .write(move |c| deliveries::audit_feed(c, actor, &collection, &keys, Utc::now()))
                .await?;
        }
    }
    Ok(Json(page))
}

/// Applies a device's changes in order, each exactly once (see `ChangeEnvelope.key`). A refused
/// change is answered with its reason and changes nothing; it does not stop the ones after it.
#[utoipa::path(post, path = "/v1/changes", tag = "sync", security(("bearer" = [])),
    request_body = ChangeBatch,
    responses((status = 200, body = ChangeResults), (status = 401, body = ApiError), (status = 422, body = ApiError)))]
async fn post_changes(
    State(state): State<AppState>,
    caller: Caller,
    Body(batch): Body<ChangeBatch, false>,
) -> HubResult<Json<ChangeResults>> {
    let mut results = changes::apply_batch(&state, &caller, batch.changes).await?;
    // Outcomes kept as messages are worded in the request's language (a resent key too).
    for r in &mut results {
        r.reword(crate::i18n::lang());
    }
    Ok(Json(ChangeResults { results }))
}

/// Events that have not ended, soonest first. Needs no sign-in; shows no bookings.
#[utoipa::path(get, path = "/v1/events", tag = "events",
    responses((status = 200, body = Vec<Event>)))]
async fn list_events(State(state): State<AppState>) -> HubResult<Json<Vec<Event>>> {
    state.db.read(|c| events::list(c, Utc::now())).await.map(Json)
}

/// The caller's own bookings, newest first.
#[utoipa::path(get, path = "/v1/bookings", tag = "events", security(("bearer" = [])),
    responses((status = 200, body = Vec<Booking>), (status = 401, body = ApiError)))]
async fn my_bookings(State(state): State<AppState>, caller: Caller) -> HubResult<Json<Vec<Booking>>> {
    let account = caller.account.id;
    state.db.read(move |c| events::bookings_of(c, account)).await.map(Json)
}

/// Searches the catalogue: words anywhere in title, author, series, subject, or an ISBN; title
/// matches first. Needs no sign-in. (The apps search their own copy, offline.)
#[utoipa::path(get, path = "/v1/catalogue/search", tag = "catalogue", params(SearchQuery),
    responses((status = 200, body = SearchResults), (status = 422, body = ApiError),
              (status = 503, description = "Too many searches at once: try again after Retry-After seconds (unavailable)",
               body = ApiError)))]
async fn search_catalogue(
    State(state): State<AppState>,
    Params(q): Params<SearchQuery>,
) -> HubResult<Json<SearchResults>> {
    // A word search reads the whole catalogue: a few at a time, one per core, so that a crowd of
    // them queues rather than taking every core and connection; a search that waits too long is
    // told to try again.
    static SEARCHES: std::sync::OnceLock<tokio::sync::Semaphore> = std::sync::OnceLock::new();
    let searches = SEARCHES.get_or_init(|| {
        let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
        tokio::sync::Semaphore::new(cores.clamp(2, 8))
    });
    let _permit = match tokio::time::timeout(SEARCH_WAIT, searches.acquire()).await {
        Ok(Ok(permit)) => permit,
        _ => {
            return Err(HubError::Busy {
                retry_after: SEARCH_WAIT.as_secs(),
            })
        }
    };
    state.db.read(move |c| catalogue::search(c, &q)).await.map(Json)
}

/// How long a catalogue search waits for its turn before it is answered 503.
const SEARCH_WAIT: std::time::Duration = std::time::Duration::from_secs(10);

/// One catalogue record with its copies and where each is.
#[utoipa::path(get, path = "/v1/catalogue/{id}", tag = "catalogue",
    params(("id" = i64, Path, description = "The record's id")),
    responses((status = 200, body = CatalogueRecord), (status = 404, body = ApiError)))]
async fn get_record(State(state): State<AppState>, PathParam(id): PathParam<i64>) -> HubResult<Json<CatalogueRecord>> {
    state.db.read(move |c| catalogue::get(c, id)).await.map(Json)
}

/// The caller's reservations that are still going, with their place in the queue.
#[utoipa::path(get, path = "/v1/holds", tag = "account", security(("bearer" = [])),
    responses((status = 200, body = Vec<Hold>), (status = 401, body = ApiError)))]
async fn my_holds(State(state): State<AppState>, caller: Caller) -> HubResult<Json<Vec<Hold>>> {
    let account = caller.account.id;
    state
        .db
        .read(move |c| circulation::holds_of(c, account))
        .await
        .map(Json)
}

/// The caller's loans, soonest due first.
#[utoipa::path(get, path = "/v1/loans", tag = "account", security(("bearer" = [])),
    responses((status = 200, body = Vec<Loan>), (status = 401, body = ApiError)))]
async fn my_loans(State(state): State<AppState>, caller: Caller) -> HubResult<Json<Vec<Loan>>> {
    let account = caller.account.id;
    state
        .db
        .read(move |c| circulation::loans_of(c, account))
        .await
        .map(Json)
}

/// The caller's reading history (empty unless they turned it on), latest first.
#[utoipa::path(get, path = "/v1/history", tag = "account", security(("bearer" = [])),
    responses((status = 200, body = Vec<HistoryEntry>), (status = 401, body = ApiError)))]
async fn my_history(State(state): State<AppState>, caller: Caller) -> HubResult<Json<Vec<HistoryEntry>>> {
    let account = caller.account.id;
    state
        .db
        .read(move |c| circulation::history_of(c, account))
        .await
        .map(Json)
}

/// Registers a new member and gives them a provisional card at once. Needs no sign-in.
#[utoipa::path(post, path = "/v1/join", tag = "account", request_body = JoinRequest,
    responses((status = 200, body = JoinResponse), (status = 422, body = ApiError)))]
async fn join(State(state): State<AppState>, Body(req): Body<JoinRequest>) -> HubResult<Json<JoinResponse>> {
    let req = members::check(&req, cml_api::london::today(Utc::now()))?;
    let hashing = state.pin_hashing;
    let pin = req.pin.clone();
    let hash = tokio::task::spawn_blocking(move || hashing.hash(&pin))
        .await
        .map_err(|e| HubError::Internal(e.to_string()))??;
    state
        .db
        .write(move |c| members::join(c, &req, &hash, Utc::now()))
        .await
        .map(Json)
}

/// Members whose provisional card waits to be confirmed (coordinators).
#[utoipa::path(get, path = "/v1/members/pending", tag = "account", security(("bearer" = [])),
    responses((status = 200, body = Vec<PendingMember>), (status = 403, body = ApiError)))]
async fn pending_members(State(state): State<AppState>, caller: Caller) -> HubResult<Json<Vec<PendingMember>>> {
    caller.require(&[Role::Coordinator])?;
    state.db.read(members::pending).await.map(Json)
}

/// Confirms a provisional card once the member has shown proof of address (coordinators).
#[utoipa::path(post, path = "/v1/members/{card}/confirm", tag = "account", security(("bearer" = [])),
    params(("card" = String, Path, description = "The member's card number")),
    responses((status = 204), (status = 403, body = ApiError), (status = 404, body = ApiError),
              (status = 409, body = ApiError)))]
async fn confirm_member(
    State(state): State<AppState>,
    caller: Caller,
    PathParam(card): PathParam<String>,
) -> HubResult<StatusCode> {
    caller.require(&[Role::Coordinator])?;
    let by = caller.account.id;
    state
        .db
        .write(move |c| members::confirm(c, &card, by, Utc::now()))
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Adds an event, or a weekly series with `repeat_weekly` (coordinators). Returns every session.
#[utoipa::path(post, path = "/v1/events", tag = "events", security(("bearer" = [])), request_body = EventDraft,
    responses((status = 200, body = Vec<Event>), (status = 403, body = ApiError), (status = 409, body = ApiError),
              (status = 422, body = ApiError)))]
async fn create_event(
    State(state): State<AppState>,
    caller: Caller,
    Body(draft): Body<EventDraft>,
) -> HubResult<Json<Vec<Event>>> {
    caller.require(&[Role::Coordinator])?;
    state
        .db
        .write(move |c| programme::create(c, &draft, Utc::now()))
        .await
        .map(Json)
}

/// Changes an event (coordinators). Members booked see the change at their next sync.
#[utoipa::path(put, path = "/v1/events/{id}", tag = "events", security(("bearer" = [])), request_body = EventDraft,
    params(("id" = i64, Path, description = "The event's id")),
    responses((status = 200, body = Event), (status = 403, body = ApiError), (status = 404, body = ApiError),
              (status = 409, body = ApiError), (status = 422, body = ApiError)))]
async fn update_event(
    State(state): State<AppState>,
    caller: Caller,
    PathParam(id): PathParam<i64>,
    Body(draft): Body<EventDraft>,
) -> HubResult<Json<Event>> {
    caller.require(&[Role::Coordinator])?;
    state
        .db
        .write(move |c| programme::update(c, id, &draft, Utc::now()))
        .await
        .map(Json)
}

/// Cancels an event with a reason (coordinators); everyone booked hears of it at their next sync.
#[utoipa::path(post, path = "/v1/events/{id}/cancel", tag = "events", security(("bearer" = [])),
    request_body = CancelEvent, params(("id" = i64, Path, description = "The event's id")),
    responses((status = 200, body = Event), (status = 403, body = ApiError), (status = 404, body = ApiError),
              (status = 409, body = ApiError)))]
async fn cancel_event(
    State(state): State<AppState>,
    caller: Caller,
    PathParam(id): PathParam<i64>,
    Body(req): Body<CancelEvent>,
) -> HubResult<Json<Event>> {
    caller.require(&[Role::Coordinator])?;
    state
        .db
        .write(move |c| programme::cancel(c, id, &req.reason, Utc::now()))
        .await
        .map(Json)
}

/// An event's door list (its host, or coordinators): the confirmed bookings by name.
#[utoipa::path(get, path = "/v1/events/{id}/roster", tag = "events", security(("bearer" = [])),
    params(("id" = i64, Path, description = "The event's id")),
    responses((status = 200, body = Roster), (status = 403, body = ApiError), (status = 404, body = ApiError)))]
async fn event_roster(
    State(state): State<AppState>,
    caller: Caller,
    PathParam(id): PathParam<i64>,
) -> HubResult<Json<Roster>> {
    let account = caller.account.id;
    let coordinator = caller.has(Role::Coordinator) || caller.has(Role::Admin);
    state
        .db
        .read(move |c| programme::roster_for(c, account, coordinator, id))
        .await
        .map(Json)
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
struct RoomQuery {
    /// Only rooms at this library.
    library: Option<String>,
}

/// Rooms partner services can book, with the times each is taken. Needs sign-in.
#[utoipa::path(get, path = "/v1/rooms", tag = "rooms", security(("bearer" = [])), params(RoomQuery),
    responses((status = 200, body = Vec<Room>), (status = 401, body = ApiError)))]
async fn list_rooms(
    State(state): State<AppState>,
    _caller: Caller,
    Params(q): Params<RoomQuery>,
) -> HubResult<Json<Vec<Room>>> {
    state
        .db
        .read(move |c| rooms::list(c, q.library.as_deref(), Utc::now()))
        .await
        .map(Json)
}

/// Adds a room at a library (coordinators).
#[utoipa::path(post, path = "/v1/rooms", tag = "rooms", security(("bearer" = [])), request_body = NewRoom,
    responses((status = 200, body = Room), (status = 403, body = ApiError), (status = 409, body = ApiError),
              (status = 422, body = ApiError)))]
async fn add_room(State(state): State<AppState>, caller: Caller, Body(room): Body<NewRoom>) -> HubResult<Json<Room>> {
    caller.require(&[Role::Coordinator])?;
    state.db.write(move |c| rooms::add(c, &room)).await.map(Json)
}

/// The caller's room bookings still to come.
#[utoipa::path(get, path = "/v1/room-bookings", tag = "rooms", security(("bearer" = [])),
    responses((status = 200, body = Vec<RoomBooking>), (status = 401, body = ApiError)))]
async fn my_room_bookings(State(state): State<AppState>, caller: Caller) -> HubResult<Json<Vec<RoomBooking>>> {
    let account = caller.account.id;
    state
        .db
        .read(move |c| rooms::bookings_of(c, account, Utc::now()))
        .await
        .map(Json)
}

/// Every home delivery with the reader's preferences and past visits (coordinators). Each read of
/// an address is written to the audit log.
#[utoipa::path(get, path = "/v1/deliveries", tag = "home delivery", security(("bearer" = [])),
    responses((status = 200, body = Vec<Delivery>), (status = 403, body = ApiError)))]
async fn all_deliveries(State(state): State<AppState>, caller: Caller) -> HubResult<Json<Vec<Delivery>>> {
    caller.require(&[Role::Coordinator])?;
    let actor = caller.account.id;
    state
        .db
        .write(move |c| deliveries::all(c, actor, Utc::now()))
        .await
        .map(Json)
}

/// Accepts a request for home delivery (coordinators).
#[utoipa::path(post, path = "/v1/deliveries/{id}/accept", tag = "home delivery", security(("bearer" = [])),
    params(("id" = i64, Path, description = "The delivery's id")),
    responses((status = 200, body = Delivery), (status = 403, body = ApiError), (status = 404, body = ApiError),
              (status = 409, body = ApiError)))]
async fn accept_delivery(
    State(state): State<AppState>,
    caller: Caller,
    PathParam(id): PathParam<i64>,
) -> HubResult<Json<Delivery>> {
    caller.require(&[Role::Coordinator])?;
    state
        .db
        .write(move |c| deliveries::accept(c, id, Utc::now()))
        .await
        .map(Json)
}

/// Declines a request for home delivery, with a reason the reader sees (coordinators).
#[utoipa::path(post, path = "/v1/deliveries/{id}/decline", tag = "home delivery", security(("bearer" = [])),
    params(("id" = i64, Path, description = "The delivery's id")), request_body = Decline,
    responses((status = 200, body = Delivery), (status = 403, body = ApiError), (status = 404, body = ApiError),
              (status = 409, body = ApiError), (status = 422, body = ApiError)))]
async fn decline_delivery(
    State(state): State<AppState>,
    caller: Caller,
    PathParam(id): PathParam<i64>,
    Body(req): Body<Decline>,
) -> HubResult<Json<Delivery>> {
    caller.require(&[Role::Coordinator])?;
    state
        .db
        .write(move |c| deliveries::decline(c, id, &req.reason, Utc::now()))
        .await
        .map(Json)
}

/// Schedules visits with a chooser and a deliverer (coordinators).
#[utoipa::path(post, path = "/v1/deliveries/{id}/visits", tag = "home delivery", security(("bearer" = [])),
    params(("id" = i64, Path, description = "The delivery's id")), request_body = VisitPlan,
    responses((status = 200, body = Delivery), (status = 403, body = ApiError), (status = 404, body = ApiError),
              (status = 409, body = ApiError), (status = 422, body = ApiError)))]
async fn schedule_visits(
    State(state): State<AppState>,
    caller: Caller,
    PathParam(id): PathParam<i64>,
    Body(plan): Body<VisitPlan>,
) -> HubResult<Json<Delivery>> {
    caller.require(&[Role::Coordinator])?;
    state
        .db
        .write(move |c| deliveries::schedule(c, id, &plan, Utc::now()))
        .await
        .map(Json)
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
struct AuditQuery {
    /// Only reads of this reader's details (their card number).
    reader: Option<String>,
}

/// Who read readers' addresses and notes, and when (coordinators).
#[utoipa::path(get, path = "/v1/audit", tag = "home delivery", security(("bearer" = [])), params(AuditQuery),
    responses((status = 200, body = Vec<AuditEntry>), (status = 403, body = ApiError),
              (status = 404, description = "No one has the reader's card", body = ApiError)))]
async fn audit_log(
    State(state): State<AppState>,
    caller: Caller,
    Params(q): Params<AuditQuery>,
) -> HubResult<Json<Vec<AuditEntry>>> {
    caller.require(&[Role::Coordinator])?;
    if q.reader.as_deref().is_some_and(|r| r.trim().is_empty()) {
        return Err(HubError::invalid("reader", say("hub-reader-card")));
    }
    state
        .db
        .read(move |c| deliveries::audit_log(c, q.reader.as_deref()))
        .await
        .map(Json)
}

/// A member's loans, for the member or a carer they let see them.
#[utoipa::path(get, path = "/v1/members/{card}/loans", tag = "account", security(("bearer" = [])),
    params(("card" = String, Path, description = "The member's card number")),
    responses((status = 200, body = Vec<Loan>), (status = 403, body = ApiError), (status = 404, body = ApiError)))]
async fn member_loans(
    State(state): State<AppState>,
    caller: Caller,
    PathParam(card): PathParam<String>,
) -> HubResult<Json<Vec<Loan>>> {
    let actor = caller.account.id;
    state
        .db
        .read(move |c| deliveries::loans_for(c, actor, &card))
        .await
        .map(Json)
}

/// A volunteer's roles at each library (coordinators, or the volunteer).
#[utoipa::path(get, path = "/v1/volunteers/{card}/roles", tag = "volunteers", security(("bearer" = [])),
    params(("card" = String, Path, description = "The volunteer's card number")),
    responses((status = 200, body = Vec<VolunteerRole>), (status = 403, body = ApiError), (status = 404, body = ApiError)))]
async fn volunteer_roles(
    State(state): State<AppState>,
    caller: Caller,
    PathParam(card): PathParam<String>,
) -> HubResult<Json<Vec<VolunteerRole>>> {
    if caller.account.card != card {
        caller.require(&[Role::Coordinator])?;
    }
    state
        .db
        .read(move |c| deliveries::volunteer_roles(c, &card))
        .await
        .map(Json)
}

/// Grants a volunteer a role at a library (coordinators).
#[utoipa::path(post, path = "/v1/volunteers/{card}/roles", tag = "volunteers", security(("bearer" = [])),
    params(("card" = String, Path, description = "The volunteer's card number")), request_body = VolunteerRole,
    responses((status = 200, body = Vec<VolunteerRole>), (status = 403, body = ApiError), (status = 404, body = ApiError),
              (status = 422, body = ApiError)))]
async fn grant_volunteer_role(
    State(state): State<AppState>,
    caller: Caller,
    PathParam(card): PathParam<String>,
    Body(role): Body<VolunteerRole>,
) -> HubResult<Json<Vec<VolunteerRole>>> {
    caller.require(&[Role::Coordinator])?;
    state
        .db
        .write(move |c| deliveries::grant_role(c, &card, &role, Utc::now()))
        .await
        .map(Json)
}

/// Removes a volunteer's role at a library (coordinators).
#[utoipa::path(post, path = "/v1/volunteers/{card}/roles/remove", tag = "volunteers", security(("bearer" = [])),
    params(("card" = String, Path, description = "The volunteer's card number")), request_body = VolunteerRole,
    responses((status = 200, body = Vec<VolunteerRole>), (status = 403, body = ApiError), (status = 404, body = ApiError)))]
async fn remove_volunteer_role(
    State(state): State<AppState>,
    caller: Caller,
    PathParam(card): PathParam<String>,
    Body(role): Body<VolunteerRole>,
) -> HubResult<Json<Vec<VolunteerRole>>> {
    caller.require(&[Role::Coordinator])?;
    state
        .db
        .write(move |c| deliveries::remove_role(c, &card, &role))
        .await
        .map(Json)
}

/// Puts shifts on a library's rota, optionally weekly (coordinators).
#[utoipa::path(post, path = "/v1/shifts", tag = "volunteers", security(("bearer" = [])), request_body = ShiftDraft,
    responses((status = 200, body = Vec<Shift>), (status = 403, body = ApiError), (status = 422, body = ApiError)))]
async fn create_shifts(
    State(state): State<AppState>,
    caller: Caller,
    Body(draft): Body<ShiftDraft>,
) -> HubResult<Json<Vec<Shift>>> {
    caller.require(&[Role::Coordinator])?;
    state
        .db
        .write(move |c| volunteers::create(c, &draft, Utc::now()))
        .await
        .map(Json)
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
struct PeriodQuery {
    /// A library's code; all libraries when absent.
    library: Option<String>,
    /// The first day (YYYY-MM-DD, UK).
    from: chrono::NaiveDate,
    /// The last day, included.
    to: chrono::NaiveDate,
}

/// How the impact report is sent.
#[derive(Debug, Clone, Copy, Default, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
enum ReportFormat {
    #[default]
    Json,
    Csv,
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
struct ImpactQuery {
    /// A library's code; all libraries when absent.
    library: Option<String>,
    /// The first day (YYYY-MM-DD, UK).
    from: chrono::NaiveDate,
    /// The last day, included.
    to: chrono::NaiveDate,
    /// "json" (the default) or "csv".
    #[serde(default)]
    #[param(inline)]
    format: ReportFormat,
}

/// Volunteer hours per library and volunteer for a period (coordinators).
#[utoipa::path(get, path = "/v1/hours", tag = "volunteers", security(("bearer" = [])), params(PeriodQuery),
    responses((status = 200, body = Vec<HoursLine>), (status = 403, body = ApiError), (status = 422, body = ApiError)))]
async fn volunteer_hours(
    State(state): State<AppState>,
    caller: Caller,
    Params(q): Params<PeriodQuery>,
) -> HubResult<Json<Vec<HoursLine>>> {
    caller.require(&[Role::Coordinator])?;
    if q.to < q.from {
        return Err(HubError::invalid("to", say("hub-period-order")));
    }
    let (start, end) = report::bounds(q.from, q.to);
    state
        .db
        .read(move |c| volunteers::hours(c, q.library.as_deref(), start, end))
        .await
        .map(Json)
}

/// A library's (or every library's) impact for a period, as JSON or CSV (coordinators).
#[utoipa::path(get, path = "/v1/reports/impact", tag = "reports", security(("bearer" = [])), params(ImpactQuery),
    responses((status = 200, description = "The report, as JSON or (format=csv) as CSV",
               content((ImpactReport = "application/json"), (String = "text/csv"))),
              (status = 403, body = ApiError), (status = 422, body = ApiError)))]
async fn impact_report(
    State(state): State<AppState>,
    caller: Caller,
    Params(q): Params<ImpactQuery>,
) -> HubResult<Response> {
    caller.require(&[Role::Coordinator])?;
    let csv = matches!(q.format, ReportFormat::Csv);
    let r = state
        .db
        .read(move |c| report::impact(c, q.library.as_deref(), q.from, q.to, Utc::now()))
        .await?;
    Ok(if csv {
        (
            [(axum::http::header::CONTENT_TYPE, "text/csv; charset=utf-8")],
            report::csv(&r),
        )
            .into_response()
    } else {
        Json(r).into_response()
    })
}

/// Each library's (and all libraries') impact for this month so far, last month and the
/// council's year so far (from 1 April): what a coordinator's phone keeps at each sync, so the
/// Impact screen opens offline (coordinators).
#[utoipa::path(get, path = "/v1/reports/impact/periods", tag = "reports", security(("bearer" = [])),
    responses((status = 200, body = ImpactPeriods), (status = 403, body = ApiError)))]
async fn impact_periods(State(state): State<AppState>, caller: Caller) -> HubResult<Json<ImpactPeriods>> {
    caller.require(&[Role::Coordinator])?;
    state.db.read(|c| report::periods(c, Utc::now())).await.map(Json)
}

/// Every consultation, newest first (phones receive them in the `consultations` feed).
#[utoipa::path(get, path = "/v1/consultations", tag = "have your say",
    responses((status = 200, body = Vec<Consultation>)))]
async fn list_consultations(State(state): State<AppState>) -> HubResult<Json<Vec<Consultation>>> {
    state
        .db
        .read(|c| {
            let ids: Vec<i64> = c
                .query("SELECT id FROM consultations ORDER BY id DESC", &[])?
                .iter()
                .map(|r| r.i64(0))
                .collect::<Result<_, _>>()?;
            let mut out = Vec::new();
            for id in ids {
                out.extend(crate::consultations::get(c, id)?);
            }
            Ok::<_, HubError>(out)
        })
        .await
        .map(Json)
}

/// Publishes a consultation for a library and a period (coordinators). Members answer through
/// `POST /v1/changes` (`answer_consultation`), once each.
#[utoipa::path(post, path = "/v1/consultations", tag = "have your say", security(("bearer" = [])),
    request_body = ConsultationDraft,
    responses((status = 200, body = Consultation), (status = 401, body = ApiError), (status = 403, body = ApiError),
              (status = 422, body = ApiError)))]
async fn publish_consultation(
    State(state): State<AppState>,
    caller: Caller,
    Body(draft): Body<ConsultationDraft>,
) -> HubResult<Json<Consultation>> {
    caller.require(&[Role::Coordinator])?;
    let author = caller.account.id;
    state
        .db
        .write(move |c| crate::consultations::publish(c, &draft, author, Utc::now()))
        .await
        .map(Json)
}

/// A consultation's results: counts and free-text answers, never who gave them (coordinators,
/// and the steering group of its library).
#[utoipa::path(get, path = "/v1/consultations/{id}/results", tag = "have your say", security(("bearer" = [])),
    params(("id" = i64, Path, description = "The consultation's id")),
    responses((status = 200, body = ConsultationResults), (status = 401, body = ApiError),
              (status = 403, body = ApiError), (status = 404, body = ApiError)))]
async fn consultation_results(
    State(state): State<AppState>,
    caller: Caller,
    PathParam(id): PathParam<i64>,
) -> HubResult<Json<ConsultationResults>> {
    let account = caller.account.id;
    let staff = caller.has(Role::Coordinator) || caller.has(Role::Admin);
    state
        .db
        .read(move |c| crate::consultations::results(c, id, account, staff))
        .await
        .map(Json)
}

/// Every reading list still published, newest first (phones receive them in the
/// `reading_lists` feed).
#[utoipa::path(get, path = "/v1/reading-lists", tag = "reading lists",
    responses((status = 200, body = Vec<ReadingList>)))]
async fn list_reading_lists(State(state): State<AppState>) -> HubResult<Json<Vec<ReadingList>>> {
    state.db.read(crate::reading_lists::all).await.map(Json)
}

/// Publishes a reading list of catalogue records (coordinators).
#[utoipa::path(post, path = "/v1/reading-lists", tag = "reading lists", security(("bearer" = [])),
    request_body = ReadingListDraft,
    responses((status = 200, body = ReadingList), (status = 401, body = ApiError), (status = 403, body = ApiError),
              (status = 422, body = ApiError)))]
async fn publish_reading_list(
    State(state): State<AppState>,
    caller: Caller,
    Body(draft): Body<ReadingListDraft>,
) -> HubResult<Json<ReadingList>> {
    caller.require(&[Role::Coordinator])?;
    let author = caller.account.id;
    state
        .db
        .write(move |c| crate::reading_lists::publish(c, &draft, author, Utc::now()))
        .await
        .map(Json)
}

/// Withdraws a reading list (coordinators): phones drop it at their next sync.
#[utoipa::path(post, path = "/v1/reading-lists/{id}/withdraw", tag = "reading lists", security(("bearer" = [])),
    params(("id" = i64, Path, description = "The list's id")),
    responses((status = 204), (status = 401, body = ApiError), (status = 403, body = ApiError),
              (status = 404, body = ApiError)))]
async fn withdraw_reading_list(
    State(state): State<AppState>,
    caller: Caller,
    PathParam(id): PathParam<i64>,
) -> HubResult<StatusCode> {
    caller.require(&[Role::Coordinator])?;
    state
        .db
        .write(move |c| crate::reading_lists::withdraw(c, id, Utc::now()))
        .await?;
    Ok(StatusCode::NO_CONTENT)
}
