//! Acting for someone: a carer switches between themselves and the members who let them act for
//! them. While switched, Home, My account, Title and the delivery calls answer for that member,
//! showing only what the granted rights allow ("deliveries", "reserve", "loans"), and each change
//! made says for whom. The hub checks every right again; the phone only spares the person a
//! refusal. The member's loans are kept on the phone at each sync, so the screens open offline.

use chrono::{DateTime, Utc};
use cml_api::{collections, Loan, Proxy};

use crate::circulation::{load_all, save};
use crate::error::{CoreError, CoreResult};
use crate::events::library_names;
use crate::i18n::Words;
use crate::views::{CodeText, DataAge};
use crate::Core;

/// The meta key of the switch: "CARER_CARD:MEMBER_CARD", so a switch never outlives its carer's
/// session on this phone.
const ACTING_FOR: &str = "acting_for";

/// The collection of a member's loans kept for their carer: "member_loans:CARD".
pub fn member_loans_collection(card: &str) -> String {
    format!("member_loans:{card}")
}

/// One person the signed-in person can act as: themselves, or a member who gave them rights.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct PersonChoice {
    pub card: String,
    pub name: String,
    /// The signed-in person themselves.
    pub is_self: bool,
    /// What the member lets the carer do, with display text (none for oneself: everything).
    pub rights: Vec<CodeText>,
    /// "You can ask for home deliveries and see loans for Arthur Bennett."
    pub text: String,
    /// The person the screens answer for now.
    pub current: bool,
}

/// The Acting for someone screen.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ActingForScreen {
    /// Oneself first, then each member one acts for.
    pub people: Vec<PersonChoice>,
    /// The member the screens answer for, when switched.
    pub acting_for: Option<PersonChoice>,
    pub data_age: DataAge,
}

fn rights_text(w: &Words<'_>, p: &Proxy) -> String {
    let rights: Vec<String> = p.rights.iter().map(|r| w.code("right", r)).collect();
    w.a(
        "acting-rights",
        &[
            ("name", p.member_name.clone().into()),
            ("rights", rights.join(&w.t("list-separator")).into()),
        ],
    )
}

fn choice(w: &Words<'_>, p: &Proxy, current: bool) -> PersonChoice {
    PersonChoice {
        card: p.member_card.clone(),
        name: p.member_name.clone(),
        is_self: false,
        rights: p
            .rights
            .iter()
            .map(|r| CodeText {
                code: r.clone(),
                text: w.code("right", r),
            })
            .collect(),
        text: rights_text(w, p),
        current,
    }
}

impl Core {
    /// The members the signed-in person acts for (proxies not revoked).
    fn cared_for(&self, me: &cml_api::Account) -> CoreResult<Vec<Proxy>> {
        Ok(self
            .store
            .read(|c| load_all::<Proxy>(c, collections::PROXIES))?
            .into_iter()
            .filter(|p| p.carer_card == me.card && !p.revoked)
            .collect())
    }

    /// The member the screens answer for now, if the person switched to one who still lets them.
    pub fn acting_for(&self) -> CoreResult<Option<Proxy>> {
        let Some((_, me)) = self.store.session()? else {
            return Ok(None);
        };
        let Some(value) = self.store.meta(ACTING_FOR)? else {
            return Ok(None);
        };
        let Some((carer, member)) = value.split_once(':') else {
            return Ok(None);
        };
        if carer != me.card {
            return Ok(None);
        }
        Ok(self.cared_for(&me)?.into_iter().find(|p| p.member_card == member))
    }

    /// Whether the member switched to lets the carer do `right`; the refusal in words if not.
    pub fn acting_right(&self, proxy: &Proxy, right: &str) -> CoreResult<()> {
        if proxy.rights.iter().any(|r| r == right) {
            return Ok(());
        }
        let w = self.words();
        Err(CoreError::NotAllowed(w.a(
            &format!("acting-no-{right}"),
            &[("name", proxy.member_name.clone().into())],
        )))
    }

    /// The Acting for someone screen, from the device store.
    pub fn acting_for_screen(&self) -> CoreResult<ActingForScreen> {
        let me = self.store.session()?.ok_or(CoreError::NotSignedIn)?.1;
        let w = self.words();
        let current = self.acting_for()?;
        let mut people = vec![PersonChoice {
            card: me.card.clone(),
            name: me.name.clone(),
            is_self: true,
            rights: Vec::new(),
            text: w.t("acting-yourself"),
            current: current.is_none(),
        }];
        for p in self.cared_for(&me)? {
            let is_current = current.as_ref().is_some_and(|c| c.member_card == p.member_card);
            people.push(choice(&w, &p, is_current));
        }
        let (data_age, _) = self.data_age(self.now())?;
        Ok(ActingForScreen {
            acting_for: people.iter().find(|p| p.current && !p.is_self).cloned(),
            people,
            data_age,
        })
    }

    /// Switches the screens to a member one acts for (their card), or back to oneself (None).
    pub fn act_for(&self, card: Option<String>) -> CoreResult<ActingForScreen> {
        let me = self.store.session()?.ok_or(CoreError::NotSignedIn)?.1;
        let w = self.words();
        match card
            .as_deref()
            .map(str::trim)
            .filter(|c| !c.is_empty() && *c != me.card)
        {
            None => self.store.delete_meta(ACTING_FOR)?,
            Some(card) => {
                let card = cml_api::normalise_card(card)
                    .ok_or_else(|| CoreError::invalid("card", w.t("error-card-number")))?;
                if !self.cared_for(&me)?.iter().any(|p| p.member_card == card) {
                    return Err(CoreError::NotAllowed(w.t("acting-not-for-them")));
                }
                self.store.set_meta(ACTING_FOR, &format!("{}:{card}", me.card))?;
            }
        }
        self.notify_because(&["session"], "session");
        self.acting_for_screen()
    }

    /// Keeps the loans of each member who lets this carer see them, for the screens offline.
    pub(crate) async fn refresh_member_loans(&self, token: &str) -> CoreResult<()> {
        let Some((_, me)) = self.store.session()? else {
            return Ok(());
        };
        for p in self
            .cared_for(&me)?
            .into_iter()
            .filter(|p| p.rights.iter().any(|r| r == "loans"))
        {
            let loans: Vec<Loan> = match self
                .hub
                .get(&format!("v1/members/{}/loans", p.member_card), Some(token))
                .await
            {
                Ok(l) => l,
                // Rights taken back since the proxies were pulled: keep nothing of theirs.
                Err(CoreError::NotAllowed(_)) | Err(CoreError::NotFound(_)) => Vec::new(),
                Err(e) => return Err(e),
            };
            let collection = member_loans_collection(&p.member_card);
            self.store.write(|tx| {
                tx.execute("DELETE FROM personal WHERE collection = ?1", [&collection])?;
                for l in &loans {
                    save(tx, &collection, l.id, l)?;
                }
                Ok(())
            })?;
        }
        Ok(())
    }

    /// The loans kept for the member switched to (with the "loans" right).
    pub(crate) fn member_loans(&self, proxy: &Proxy, now: DateTime<Utc>) -> CoreResult<Vec<crate::views::LoanView>> {
        self.acting_right(proxy, "loans")?;
        let w = self.words();
        let today = cml_api::london::today(now);
        self.store.read(|c| {
            let names = library_names(c)?;
            let mut loans: Vec<Loan> = load_all(c, &member_loans_collection(&proxy.member_card))?;
            loans.retain(|l| l.returned_at.is_none());
            loans.sort_unstable_by_key(|l| (l.due, l.id));
            Ok(loans
                .iter()
                .map(|l| {
                    let mut v = crate::circulation::loan_view(&w, l, &names, today, false);
                    // Renewing is the member's own (or the desk's): the carer is told so.
                    v.can_renew = false;
                    v.actions = vec![crate::circulation::action(
                        &w,
                        "renew",
                        Some(w.a("acting-no-renew", &[("name", proxy.member_name.clone().into())])),
                    )];
                    v
                })
                .collect())
        })
    }
}

/// The summary of a reservation made for someone: the title and for whom.
pub fn reserve_for_summary(title: String, name: &str, library: String) -> crate::Msg {
    crate::Msg::new("summary-reserve-for-name")
        .arg("title", title)
        .arg("name", name)
        .arg("library", library)
}
