//! `cml` commands that print a screen's record: the same record the apps get (`--json` is its
//! serialisation), in words otherwise.

use cml_ffi::cml_core::ActionView;
use cml_ffi::{CmlApp, CmlError};

use crate::print;
use crate::words::{a, t};

/// An action's words: "Renew", or "Renew: not now. You have renewed it 3 times…".
fn action_line(x: &ActionView) -> String {
    match &x.why_not {
        None => format!("[{}]", x.label),
        Some(why) => a("action-not-now", &[("label", &x.label), ("why", why)]),
    }
}

/// A row's actions in one line, as its buttons read.
pub(crate) fn actions(list: &[ActionView]) -> String {
    list.iter().map(action_line).collect::<Vec<_>>().join("  ")
}

pub fn home(app: &CmlApp, json: bool) -> Result<(), CmlError> {
    let home = app.home_screen()?;
    print(json, &home, || {
        let mut out = vec![home.greeting.clone(), home.status.summary.clone()];
        if home.person.is_some() && home.items.is_empty() {
            out.push(t("home-nothing-now"));
        }
        out.extend(home.items.iter().map(|i| format!("- {}", i.text)));
        out.join("\n")
    });
    Ok(())
}

pub fn title(app: &CmlApp, json: bool, record: i64) -> Result<(), CmlError> {
    let s = app.title_screen(record)?;
    print(json, &s, || {
        let r = &s.record;
        let mut out = vec![r.title.clone()];
        if let Some(by) = r.responsibility.as_ref().or(r.authors.first()) {
            out.push(by.clone());
        }
        out.push(r.availability.clone());
        out.extend(r.copies.iter().map(|c| format!("- {}: {}", c.library_name, c.status)));
        out.push(s.relation_text.clone());
        if s.can_reserve {
            if let Some(p) = s.pickup_choices.iter().find(|c| Some(&c.code) == s.pickup.as_ref()) {
                out.push(a("title-reserve-at", &[("library", &p.name)]));
            }
        }
        out.push(s.data_age.text.clone());
        out.join("\n")
    });
    Ok(())
}

pub fn account(app: &CmlApp, json: bool) -> Result<(), CmlError> {
    let s = app.account_screen()?;
    print(json, &s, || {
        let mut out = vec![
            format!("{} ({})", s.card.name, s.card.number),
            s.card.status_text.clone(),
        ];
        out.push(format!("\n{}", s.loans_text));
        for l in &s.loans {
            out.push(format!("- {}: {}  {}", l.title, l.due_text, actions(&l.actions)));
        }
        out.push(format!("\n{}", s.holds_text));
        for h in &s.holds {
            out.push(format!("- {}: {}  {}", h.title, h.status_text, actions(&h.actions)));
        }
        out.push(format!("\n{}", s.history_text));
        out.extend(s.history.iter().map(|h| format!("- {}: {}", h.title, h.text)));
        out.push(format!("\n{}", s.data_age.text));
        out.join("\n")
    });
    Ok(())
}

pub fn today(app: &CmlApp, json: bool) -> Result<(), CmlError> {
    let s = app.today_screen()?;
    print(json, &s, || {
        let mut out = Vec::new();
        match &s.checked_in {
            Some(c) => out.push(c.text.clone()),
            None => out.push(t("today-not-checked-in")),
        }
        out.push(action_line(&s.button));
        out.extend(
            s.shifts_today
                .iter()
                .map(|x| format!("- {}, {} ({})", x.title, x.when, x.library_name)),
        );
        out.push(s.hours_text.clone());
        out.push(s.data_age.text.clone());
        out.join("\n")
    });
    Ok(())
}

pub fn rota(app: &CmlApp, json: bool, branch: Option<String>) -> Result<(), CmlError> {
    let s = app.rota_screen(branch)?;
    print(json, &s, || {
        let mut out = vec![t("rota-mine")];
        for x in &s.my_shifts {
            let until = x.drop_until.clone().unwrap_or_default();
            out.push(format!(
                "- {} #{}: {}, {}. {}  {}",
                x.title,
                x.id,
                x.when,
                x.library_name,
                until,
                actions(&x.actions)
            ));
        }
        out.push(format!("\n{}", t("rota-open")));
        for x in &s.open_shifts {
            out.push(format!(
                "- {} #{}: {}, {}. {}",
                x.title, x.id, x.when, x.library_name, x.status_text
            ));
        }
        out.push(s.data_age.text.clone());
        out.join("\n")
    });
    Ok(())
}

pub fn act_for(app: &CmlApp, json: bool, card: Option<String>, myself: bool) -> Result<(), CmlError> {
    let s = if myself || card.is_some() {
        app.act_for(card)?
    } else {
        app.acting_for_screen()?
    };
    print(json, &s, || {
        let mut out = Vec::new();
        for p in &s.people {
            let mark = if p.current { "*" } else { " " };
            out.push(format!("{mark} {} ({}): {}", p.name, p.card, p.text));
        }
        out.join("\n")
    });
    Ok(())
}
