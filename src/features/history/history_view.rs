use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::hooks::{use_app, use_node, use_slot};
use crate::i18n::{t, CommonText, HistoryMsg, HistoryText};

use crate::platform::clock::today;
use crate::store::{send, send_on_click};
use crate::ui::{unit_name, Same};
use kompass_core::results::history::{of_unit, pick_units, unit_choices, UnitChoice};
use kompass_core::results::scoring::Index;
use kompass_core::{Assessment, Command, Date, Step, Which};
use kompass_core::{HistoryCommand, NavCommand};
use std::rc::Rc;

/// With more units than this, the unit list shows this many, found with a search field: a list
/// of 10,000 options took about half a second to draw, in one frozen stretch.
const PICKER_MAX: usize = 100;

/// The unit's assessments: switch unit, open one, start the next (pre-filled), delete with
/// undo, and pick two to compare.
#[component]
pub fn HistoryView() -> Html {
    let compare_from = use_node();
    let compare_to = use_node();
    // The follow-up is dated when it is made (today unless the user picks another day).
    let next_date = use_slot(today);
    // What is typed in the unit search (shown with many units only).
    let query = use_slot(String::new);
    let state = use_app();
    // Worked out once per change of the workspace, not on every keystroke in the unit search.
    let choices = use_memo(Same(state.ws.clone()), |Same(ws)| {
        unit_choices(&ws.assessments)
    });
    let lang = state.ws.lang;
    let ws = &state.ws;
    let unit = ws
        .current()
        .map(|a| a.unit.clone())
        .or_else(|| choices.first().map(|c| c.unit.clone()));
    let Some(unit) = unit else {
        return html! {};
    };
    let list = of_unit(&ws.assessments, &unit);
    let display = |u: &str| unit_name(u, lang);
    let cmd = |c: Command| send_on_click(&state, c);
    let on_unit = {
        let state = state.clone();
        let choices = Rc::clone(&choices);
        Callback::from(move |e: Event| {
            let chosen = e.target_unchecked_into::<HtmlSelectElement>().value();
            if let Some(choice) = choices.iter().find(|c| c.unit == chosen) {
                send(
                    &state,
                    Command::History(HistoryCommand::OpenUnit(choice.latest.clone())),
                );
            }
        })
    };
    let on_next_date = {
        let next_date = next_date.clone();
        Callback::from(move |e: Event| {
            // An empty or partial date leaves the last valid one in place.
            if let Some(date) = Date::parse(&e.target_unchecked_into::<HtmlInputElement>().value())
            {
                next_date.set(date);
            }
        })
    };
    let many = choices.len() > PICKER_MAX;
    let pick = many.then(|| pick_units(&choices, &unit, &query, PICKER_MAX));
    let shown: Vec<&UnitChoice> = match &pick {
        Some(p) => p.shown.clone(),
        None => choices.iter().collect(),
    };
    let unit_options = shown.into_iter().map(|c| {
        html! {
            <option value={c.unit.clone()} selected={c.unit == unit}>{ display(&c.unit) }</option>
        }
    });
    let search = pick.map(|p| {
        let oninput = {
            let query = query.clone();
            Callback::from(move |e: InputEvent| {
                query.set(e.target_unchecked_into::<HtmlInputElement>().value());
            })
        };
        let found = t(
            lang,
            HistoryMsg::UnitsListed {
                listed: p.listed,
                matching: p.matching,
                query: query.trim(),
            },
        );
        html! {
            <div class="field unit-search">
                <label for="unit-search">{ t(lang, HistoryText::UnitSearchLabel) }</label>
                <input id="unit-search" type="search" autocomplete="off" value={(*query).clone()} {oninput} aria-describedby="unit-search-found" />
                <p id="unit-search-found" class="hint" role="status">{ found }</p>
            </div>
        }
    });
    let framework_name = |id: &str| {
        state
            .framework_by_id(id)
            .map_or(id.to_owned(), |f| f.name.get(lang).to_owned())
    };
    let rated = |a: &Assessment| {
        let fw = state.framework_by_id(&a.framework_id);
        let index = fw.map(|f| {
            Index::of(
                f.items()
                    .map(|(_, id, _)| (a.rating(id, Which::Now), f.scale_of(id))),
            )
        });
        index.map_or(String::new(), |i| format!("{} / {}", i.rated, i.total))
    };
    let rows = list.iter().rev().map(|a| {
        let current = ws.nav.current.as_deref() == Some(a.id.as_str());
        let date = a.date.to_string();
        let delete_label = format!("{} {}", t(lang, HistoryText::DeleteAssessment), date);
        let open_label = format!("{} {}", t(lang, HistoryText::Open), date);
        html! {
            <tr key={a.id.clone()}>
                <th scope="row"><time datetime={date.clone()}>{ date.clone() }</time></th>
                <td data-label={t(lang, HistoryText::ColFramework)}>{ framework_name(&a.framework_id) }</td>
                <td data-label={t(lang, HistoryText::ColRated)}>{ rated(a) }</td>
                <td class="row-actions">
                    if current {
                        <span class="current-marker">{ t(lang, HistoryText::CurrentMarker) }</span>
                    } else {
                        <button type="button" aria-label={open_label} onclick={cmd(Command::History(HistoryCommand::Open(a.id.clone())))}>{ t(lang, HistoryText::Open) }</button>
                    }
                    <button type="button" class="remove" aria-label={delete_label} onclick={cmd(Command::History(HistoryCommand::Delete(a.id.clone())))}>
                        { t(lang, HistoryText::DeleteAssessment) }
                    </button>
                </td>
            </tr>
        }
    });
    let undo = ws.undo.deleted.as_ref().map(|_| html! {
        <p class="undo">{ t(lang, HistoryText::AssessmentDeleted) }{ " " }<button type="button" onclick={cmd(Command::History(HistoryCommand::UndoDelete))}>{ t(lang, CommonText::Undo) }</button></p>
    });
    let on_compare = {
        let (state, from, to) = (state.clone(), compare_from.clone(), compare_to.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let value = |r: &NodeRef| {
                r.cast::<HtmlSelectElement>()
                    .map(|s| s.value())
                    .unwrap_or_default()
            };
            send(
                &state,
                Command::Navigate(NavCommand::GoTo(Step::Compare {
                    from: value(&from),
                    to: value(&to),
                })),
            );
        })
    };
    let choice = |selected: usize| {
        list.iter().enumerate().map(|(i, a)| html! {
            <option value={a.id.clone()} selected={i == selected}>{ a.date.to_string() }{ " – " }{ framework_name(&a.framework_id) }</option>
        }).collect::<Html>()
    };
    html! {
        <div class="history-view">
            <h1 id="step-heading" tabindex="-1">{ t(lang, CommonText::ViewHistory) }</h1>
            { for search }
            <div class="field">
                <label for="unit-switch">{ t(lang, HistoryText::UnitSwitchLabel) }</label>
                <select id="unit-switch" onchange={on_unit}>{ for unit_options }</select>
            </div>
            <div role="status">{ for undo }</div>
            <table class="data-table history-table stacked-table">
                <thead>
                    <tr>
                        <th scope="col">{ t(lang, HistoryText::ColDate) }</th>
                        <th scope="col">{ t(lang, HistoryText::ColFramework) }</th>
                        <th scope="col">{ t(lang, HistoryText::ColRated) }</th>
                        <th scope="col">{ t(lang, HistoryText::ColActions) }</th>
                    </tr>
                </thead>
                <tbody>{ for rows }</tbody>
            </table>
            <div class="history-buttons">
                if ws.current().is_some() {
                    <div>
                        <div class="field">
                            <label for="next-date">{ t(lang, HistoryText::NextDateLabel) }</label>
                            <input id="next-date" type="date" value={next_date.to_string()} onchange={on_next_date} />
                        </div>
                        <button type="button" class="primary" aria-describedby="new-hint" onclick={cmd(Command::History(HistoryCommand::StartNext { date: *next_date }))}>
                            { t(lang, HistoryText::NewAssessment) }
                        </button>
                        <p id="new-hint" class="hint">{ t(lang, HistoryText::NewAssessmentHint) }</p>
                    </div>
                }
                <button type="button" onclick={cmd(Command::Navigate(NavCommand::NewUnit))}>{ t(lang, HistoryText::NewUnit) }</button>
            </div>
            if list.len() >= 2 {
                <section aria-labelledby="compare-heading">
                    <h2 id="compare-heading">{ t(lang, HistoryText::CompareHeading) }</h2>
                    <form class="compare-form" onsubmit={on_compare}>
                        <div class="field-row">
                            <div class="field">
                                <label for="compare-from">{ t(lang, HistoryText::CompareFrom) }</label>
                                <select id="compare-from" ref={compare_from}>{ choice(0) }</select>
                            </div>
                            <div class="field">
                                <label for="compare-to">{ t(lang, HistoryText::CompareTo) }</label>
                                <select id="compare-to" ref={compare_to}>{ choice(list.len() - 1) }</select>
                            </div>
                        </div>
                        <button type="submit">{ t(lang, HistoryText::CompareButton) }</button>
                    </form>
                </section>
            }
        </div>
    }
}
