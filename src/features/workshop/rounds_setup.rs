use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::ui::leaf;

use crate::features::workshop::GroupSummaries;
use crate::i18n::{t, RoundsMsg, RoundsText};
use crate::store::{send, AppContext};
use crate::ui::item_title;
use kompass_core::workshop::rounds::{MAX_GROUPS, MAX_MINUTES, MAX_ROUNDS};
use kompass_core::workshop::{shifts_rated, GroupCommand, Workshop, WorkshopCommand};
use kompass_core::Command;

fn group(state: &AppContext, c: GroupCommand) {
    send(state, Command::Workshop(WorkshopCommand::Group(c)));
}

fn select_value(e: &Event) -> String {
    e.target_unchecked_into::<HtmlSelectElement>().value()
}

/// Group rounds as the Kalmar deck runs them: how many groups and rounds, how long, which
/// group discusses which shift in each round; then the groups' summaries.
pub fn group_rounds(state: &AppContext, w: &Workshop) -> Html {
    let lang = state.ws.lang;
    let Some(fw) = state.framework_by_id(&w.setup.framework_id) else {
        return html! {};
    };
    let shifts: Vec<String> = shifts_rated(w, &fw)
        .into_iter()
        .map(str::to_owned)
        .collect();
    let toggle = |on: bool| {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| group(&state, GroupCommand::Rounds(on)))
    };
    let body = match (&w.group_work.plan, shifts.is_empty()) {
        (_, true) => leaf("p", None, t(lang, RoundsText::NoShifts).into()),
        (None, false) => html! {
            <p class="field-row"><button type="button" class="primary" onclick={toggle(true)}>{ t(lang, RoundsText::RoundsOn) }</button></p>
        },
        (Some(plan), false) => {
            let (groups, rounds) = (plan.groups(), plan.rounds.len());
            let on_groups = {
                let state = state.clone();
                Callback::from(move |e: Event| {
                    let groups = select_value(&e).parse().unwrap_or(groups);
                    group(&state, GroupCommand::Resize { groups, rounds });
                })
            };
            let on_rounds = {
                let state = state.clone();
                Callback::from(move |e: Event| {
                    let rounds = select_value(&e).parse().unwrap_or(rounds);
                    group(&state, GroupCommand::Resize { groups, rounds });
                })
            };
            let on_minutes = {
                let state = state.clone();
                Callback::from(move |e: Event| {
                    let input = e.target_unchecked_into::<HtmlInputElement>();
                    if let Ok(m) = input.value().parse() {
                        group(&state, GroupCommand::Minutes(m));
                    }
                })
            };
            let numbers = |range: std::ops::RangeInclusive<usize>, at: usize| {
                range.map(move |n| html! { <option value={n.to_string()} selected={n == at}>{ n }</option> })
            };
            let head = (1..=rounds)
                .map(|r| html! { <th scope="col">{ t(lang, RoundsMsg::Round(r)) }</th> });
            let rows = (1..=groups).map(|g| {
                let cells = (0..rounds).map(|r| {
                    let chosen = plan.shift(r, g).unwrap_or_default().to_owned();
                    let onchange = {
                        let state = state.clone();
                        Callback::from(move |e: Event| {
                            let shift = select_value(&e);
                            group(&state, GroupCommand::Assign { round: r, group: g, shift });
                        })
                    };
                    let options = shifts.iter().map(|s| html! {
                        <option value={s.clone()} selected={*s == chosen}>{ item_title(&fw, s, lang) }</option>
                    });
                    html! {
                        <td><select aria-label={t(lang, RoundsMsg::ShiftFor { group: g, round: r + 1 })} {onchange}>{ for options }</select></td>
                    }
                });
                html! { <tr><th scope="row">{ g }</th>{ for cells }</tr> }
            });
            html! {
                <>
                    <div class="rounds-sizes">
                        <div class="field">
                            <label for="rounds-groups">{ t(lang, RoundsText::GroupsLabel) }</label>
                            <select id="rounds-groups" onchange={on_groups}>{ for numbers(1..=usize::from(MAX_GROUPS), usize::from(groups)) }</select>
                        </div>
                        <div class="field">
                            <label for="rounds-count">{ t(lang, RoundsText::RoundsLabel) }</label>
                            <select id="rounds-count" onchange={on_rounds}>{ for numbers(1..=MAX_ROUNDS, rounds) }</select>
                        </div>
                        <div class="field">
                            <label for="rounds-minutes">{ t(lang, RoundsText::MinutesLabel) }</label>
                            <input id="rounds-minutes" class="short" type="number" min="1" max={MAX_MINUTES.to_string()}
                                value={plan.minutes.to_string()} onchange={on_minutes} />
                        </div>
                    </div>
                    <div class="table-scroll" role="region" aria-labelledby="rounds-plan-caption" tabindex="0">
                        <table class="rounds-plan">
                            <caption id="rounds-plan-caption">{ t(lang, RoundsText::PlanCaption) }</caption>
                            <thead><tr><th scope="col">{ t(lang, RoundsText::ColGroup) }</th>{ for head }</tr></thead>
                            <tbody>{ for rows }</tbody>
                        </table>
                    </div>
                    <p class="field-row"><button type="button" onclick={toggle(false)}>{ t(lang, RoundsText::RoundsOff) }</button></p>
                </>
            }
        }
    };
    html! {
        // The step's own heading ("4 Gruppdialoger") names this part.
        <div class="workshop-rounds">
            { leaf("p", None, t(lang, RoundsText::RoundsIntro).into()) }
            { body }
            if w.group_work.plan.is_some() || !w.group_work.summaries.is_empty() || !w.group_work.unclaimed.is_empty() {
                <GroupSummaries workshop={w.clone()} />
            }
        </div>
    }
}
