//! The hub's HTTP API. Every route is registered through `utoipa_axum`, so the OpenAPI document at
//! `/openapi.json` is generated from the same list that serves requests and cannot go stale.

use std::sync::Arc;

use axum::extract::rejection::{JsonRejection, QueryRejection};
use axum::extract::{FromRequest, FromRequestParts, Path, Query, Request, State};
use axum::http::request::Parts;
use axum::http::StatusCode;
use axum::routing::get;
use axum::{Json, Router};
use chrono::Utc;
use cml_api::{
    collections, Account, ApiError, AuditEntry, Booking, CancelEvent, CatalogueRecord, ChangeBatch, ChangeResults,
    Closure, Decline, Delivery, Event, EventDraft, FeedPage, Health, HistoryEntry, Hold, HoursLine, ImpactReport,
    JoinRequest, JoinResponse, Library, Loan, LoginRequest, LoginResponse, NewRoom, PendingMember, Role, Room,
    RoomBooking, Roster, SearchResults, Shift, ShiftDraft, VisitPlan, VolunteerRole,
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
use crate::{
    changes, circulation, deliveries, events, feed, libraries, members, programme, report, rooms, volunteers, AppState,
};

/// A JSON body whose problems are answered with an [`ApiError`], not axum's plain text.
pub struct Body<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequest<S> for Body<T> {
    type Rejection = HubError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        match Json::<T>::from_request(req, state).await {
            Ok(Json(v)) => Ok(Body(v)),
            Err(e) => Err(json_rejection(e)),
        }
    }
}

fn json_rejection(e: JsonRejection) -> HubError {
    // serde's message names the field, as in "missing field `pin` at line 1 column 12".
    let text = e.body_text();
    let field = text
        .split('`')
        .nth(1)
        .filter(|_| text.contains("field"))
        .unwrap_or("body")
        .to_owned();
    HubError::Invalid {
        field,
        message: format!("The request could not be read: {text}"),
    }
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
    HubError::invalid(
        "query",
        format!("The request's parameters could not be read: {}", e.body_text()),
    )
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
                       Errors always have an ApiError body."
    ),
    modifiers(&BearerAuth),
    components(schemas(ApiError))
)]
struct ApiDoc;

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
        .split_for_parts();
    let api = Arc::new(api);
    router
        .route("/openapi.json", get(move || async move { Json(api.as_ref().clone()) }))
        .fallback(|| async { HubError::NotFound("There is no such address on this hub.".into()) })
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
async fn me(caller: Caller) -> Json<Account> {
    Json(caller.account)
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
    Path(code): Path<String>,
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
    Path(code): Path<String>,
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
struct FeedQuery {
    /// The cursor of the last page applied; 0 (the default) for everything.
    #[serde(default)]
    after: i64,
    /// At most this many items (1 to 5000; default 500).
    #[serde(default = "default_limit")]
    limit: i64,
    /// Also count every change after the cursor (for a progress bar); costs a scan.
    #[serde(default)]
    count: bool,
}

fn default_limit() -> i64 {
    500
}

/// A page of a collection's change feed after a cursor: public items, and the caller's own.
#[utoipa::path(get, path = "/v1/feed/{collection}", tag = "sync",
    params(("collection" = String, Path, description = "libraries"), FeedQuery),
    responses((status = 200, body = FeedPage), (status = 404, body = ApiError)))]
async fn feed_page(
    State(state): State<AppState>,
    MaybeCaller(caller): MaybeCaller,
    Path(collection): Path<String>,
    Params(q): Params<FeedQuery>,
) -> HubResult<Json<FeedPage>> {
    if !collections::ALL.contains(&collection.as_str()) {
        return Err(HubError::NotFound(format!(
            "There is no collection called {collection}."
        )));
    }
    if q.after < 0 {
        return Err(HubError::invalid("after", "The cursor cannot be negative."));
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
    Body(batch): Body<ChangeBatch>,
) -> HubResult<Json<ChangeResults>> {
    let results = changes::apply_batch(&state, &caller, batch.changes).await?;
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
    responses((status = 200, body = SearchResults), (status = 422, body = ApiError)))]
async fn search_catalogue(
    State(state): State<AppState>,
    Params(q): Params<SearchQuery>,
) -> HubResult<Json<SearchResults>> {
    state.db.read(move |c| catalogue::search(c, &q)).await.map(Json)
}

/// One catalogue record with its copies and where each is.
#[utoipa::path(get, path = "/v1/catalogue/{id}", tag = "catalogue",
    params(("id" = i64, Path, description = "The record's id")),
    responses((status = 200, body = CatalogueRecord), (status = 404, body = ApiError)))]
async fn get_record(State(state): State<AppState>, Path(id): Path<i64>) -> HubResult<Json<CatalogueRecord>> {
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
    Path(card): Path<String>,
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
    Path(id): Path<i64>,
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
    Path(id): Path<i64>,
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
async fn event_roster(State(state): State<AppState>, caller: Caller, Path(id): Path<i64>) -> HubResult<Json<Roster>> {
    let account = caller.account.id;
    let coordinator = caller.has(Role::Coordinator) || caller.has(Role::Admin);
    state
        .db
        .read(move |c| programme::roster_for(c, account, coordinator, id))
        .await
        .map(Json)
}

#[derive(Debug, Deserialize, IntoParams)]
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
    Path(id): Path<i64>,
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
    Path(id): Path<i64>,
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
    Path(id): Path<i64>,
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
struct AuditQuery {
    /// Only reads of this reader's details (their card number).
    reader: Option<String>,
}

/// Who read readers' addresses and notes, and when (coordinators).
#[utoipa::path(get, path = "/v1/audit", tag = "home delivery", security(("bearer" = [])), params(AuditQuery),
    responses((status = 200, body = Vec<AuditEntry>), (status = 403, body = ApiError)))]
async fn audit_log(
    State(state): State<AppState>,
    caller: Caller,
    Params(q): Params<AuditQuery>,
) -> HubResult<Json<Vec<AuditEntry>>> {
    caller.require(&[Role::Coordinator])?;
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
    Path(card): Path<String>,
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
    Path(card): Path<String>,
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
    Path(card): Path<String>,
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
    Path(card): Path<String>,
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
struct PeriodQuery {
    /// A library's code; all libraries when absent.
    library: Option<String>,
    /// The first day (YYYY-MM-DD, UK).
    from: chrono::NaiveDate,
    /// The last day, included.
    to: chrono::NaiveDate,
    /// "json" (the default) or "csv" (the impact report only).
    format: Option<String>,
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
        return Err(HubError::invalid("to", "The end of the period is before its start."));
    }
    let (start, end) = report::bounds(q.from, q.to);
    state
        .db
        .read(move |c| volunteers::hours(c, q.library.as_deref(), start, end))
        .await
        .map(Json)
}

/// A library's (or every library's) impact for a period, as JSON or CSV (coordinators).
#[utoipa::path(get, path = "/v1/reports/impact", tag = "reports", security(("bearer" = [])), params(PeriodQuery),
    responses((status = 200, body = ImpactReport), (status = 403, body = ApiError), (status = 422, body = ApiError)))]
async fn impact_report(
    State(state): State<AppState>,
    caller: Caller,
    Params(q): Params<PeriodQuery>,
) -> HubResult<axum::response::Response> {
    use axum::response::IntoResponse;
    caller.require(&[Role::Coordinator])?;
    let csv = match q.format.as_deref() {
        None | Some("json") => false,
        Some("csv") => true,
        Some(_) => return Err(HubError::invalid("format", "The format is json or csv.")),
    };
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
