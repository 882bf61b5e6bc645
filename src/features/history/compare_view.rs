use yew::prelude::*;

use crate::ui::leaf;

use crate::store::AppContext;

use crate::i18n::{t, CommonMsg, CommonText, HistoryMsg, HistoryText};
use crate::store::send_on_click;

use crate::ui::item_label;
use kompass_core::results::compare::{compare, Change};
use kompass_core::results::history::completed_between;
use kompass_core::NavCommand;
use kompass_core::{Command, Step};

/// Every item of two assessments side by side with its change, and the actions completed
/// between them.
/// A view function of the router; the key on its root makes a change of page draw it anew,
/// as it was when it was a component of its own.
pub fn compare_view(state: &AppContext, from: &str, to: &str) -> Html {
    let lang = state.ws.lang;
    let find = |id: &str| state.ws.assessments.iter().find(|a| a.id == id);
    let (Some(from), Some(to)) = (find(from), find(to)) else {
        return html! {};
    };
    // Items are those of the later assessment's framework; the earlier may lack some.
    let Some(fw) = state.framework_by_id(&to.framework_id) else {
        return html! {};
    };
    let (d1, d2) = (from.date.to_string(), to.date.to_string());
    let rows = compare(&fw, from, to).into_iter().map(|c| {
        let class = match c.change {
            Change::Up(_) => "up",
            Change::Down(_) => "down",
            Change::Same | Change::Unknown => "same",
        };
        let arrow = match c.change {
            Change::Up(_) => "↑ ",
            Change::Down(_) => "↓ ",
            Change::Same | Change::Unknown => "",
        };
        html! {
            <tr class={class}>
                <th scope="row">{ item_label(&fw, &c.id, lang) }</th>
                <td data-label={d1.clone()}>{ t(lang, CommonMsg::Rating(c.before)) }</td>
                <td data-label={d2.clone()}>{ t(lang, CommonMsg::Rating(c.after)) }</td>
                <td data-label={t(lang, HistoryText::ColChange)}><span aria-hidden="true">{ arrow }</span>{ t(lang, HistoryMsg::LevelChange(c.change)) }</td>
            </tr>
        }
    });
    let done = completed_between(&state.ws.assessments, from, to);
    let back = { send_on_click(state, Command::Navigate(NavCommand::GoTo(Step::History))) };
    html! {
        <div class="compare-view" key="compare">
            <h1 id="step-heading" tabindex="-1">{ t(lang, HistoryMsg::CompareTitle { from: &d1, to: &d2 }) }</h1>
            <table class="data-table compare-table stacked-table">
                <thead>
                    <tr>
                        <th scope="col">{ t(lang, CommonText::TableItem) }</th>
                        <th scope="col">{ d1.clone() }</th>
                        <th scope="col">{ d2.clone() }</th>
                        <th scope="col">{ t(lang, HistoryText::ColChange) }</th>
                    </tr>
                </thead>
                <tbody>{ for rows }</tbody>
            </table>
            { leaf("h2", None, t(lang, HistoryText::CompletedBetween).into()) }
            if done.is_empty() {
                { leaf("p", Some("empty"), t(lang, HistoryText::NoCompleted).into()) }
            } else {
                <ul class="completed">{ for done.iter().map(|w| leaf("li", None, w.to_string().into())) }</ul>
            }
            <p><button type="button" onclick={back}>{ "← " }{ t(lang, HistoryText::BackToHistory) }</button></p>
        </div>
    }
}
