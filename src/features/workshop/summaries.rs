use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use crate::ui::leaf;

use crate::hooks::{use_app, use_slot};
use crate::i18n::{t, RoundsMsg, RoundsText};
use crate::store::send;
use crate::ui::item_title;
use kompass_core::workshop::group_work::SortReport;
use kompass_core::workshop::{GroupCommand, Summary, Workshop, WorkshopCommand};
use kompass_core::Command;

#[derive(Properties, PartialEq)]
pub struct GroupSummariesProps {
    pub workshop: Workshop,
}

/// The groups' summaries: a chat pasted in is sorted by group and shift; what belongs to no
/// group is shown apart and kept.
#[component]
pub fn GroupSummaries(props: &GroupSummariesProps) -> Html {
    let state = use_app();
    let text = use_slot(String::new);
    let report = use_slot(|| None::<SortReport>);
    let confirm = use_slot(|| false);
    let lang = state.ws.lang;
    let w = &props.workshop;
    let work = &w.group_work;
    let Some(fw) = state.framework_by_id(&w.setup.framework_id) else {
        return html! {};
    };
    let on_input = {
        let text = text.clone();
        Callback::from(move |e: InputEvent| {
            text.set(e.target_unchecked_into::<HtmlTextAreaElement>().value());
        })
    };
    let on_sort = {
        let (state, text, report) = (state.clone(), text.clone(), report.clone());
        let before = work.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            // The same sorting the core does, to say what it did.
            let mut after = before.clone();
            report.set(Some(after.paste(&text)));
            send(
                &state,
                Command::Workshop(WorkshopCommand::Group(GroupCommand::PasteSummaries(
                    (*text).clone(),
                ))),
            );
            text.set(String::new());
        })
    };
    let on_clear = {
        let (state, confirm, report) = (state.clone(), confirm.clone(), report.clone());
        Callback::from(move |_: MouseEvent| {
            if *confirm {
                send(
                    &state,
                    Command::Workshop(WorkshopCommand::Group(GroupCommand::ClearSummaries)),
                );
                report.set(None);
            }
            confirm.set(!*confirm);
        })
    };
    let rounds = work.plan.as_ref().map_or(0, |p| p.rounds.len());
    let item = |s: &Summary| {
        let round = (rounds > 1).then_some(s.round + 1);
        html! {
            <li>
                <p class="summary-group"><strong>{ t(lang, RoundsMsg::SummaryOf { group: s.group, round }) }</strong></p>
                { leaf("p", Some("summary-text"), s.text.clone().into()) }
            </li>
        }
    };
    let shifts = work
        .plan
        .as_ref()
        .map(kompass_core::workshop::rounds::RoundsPlan::shifts)
        .unwrap_or_default();
    let per_shift = shifts.iter().map(|shift| {
        let about = work.about(shift);
        html! {
            <section class="shift-summaries">
                <h4>{ item_title(&fw, shift, lang) }</h4>
                if about.is_empty() {
                    { leaf("p", Some("hint"), t(lang, RoundsText::NoSummaries).into()) }
                } else {
                    <ul class="summaries">{ for about.into_iter().map(item) }</ul>
                }
            </section>
        }
    });
    let aside = work
        .unclaimed
        .iter()
        .map(|u| html! { <li><p class="summary-text">{ u.clone() }</p></li> });
    let status = report.as_ref().map(|r| {
        if *r == SortReport::default() {
            t(lang, RoundsText::NothingSorted).to_owned()
        } else {
            t(
                lang,
                RoundsMsg::Sorted {
                    sorted: r.sorted,
                    aside: r.aside,
                    repeated: r.repeated,
                },
            )
        }
    });
    html! {
        <div class="group-summaries">
            <h3 id="summaries-heading">{ t(lang, RoundsText::SummariesHeading) }</h3>
            <form onsubmit={on_sort}>
                <div class="field">
                    <label for="paste-summaries">{ t(lang, RoundsText::SummariesLabel) }</label>
                    <p id="summaries-hint" class="hint">{ t(lang, RoundsText::SummariesHint) }</p>
                    <textarea id="paste-summaries" rows="5" aria-describedby="summaries-hint"
                        value={(*text).clone()} oninput={on_input} />
                </div>
                <p class="field-row"><button type="submit" class="primary">{ t(lang, RoundsText::Sort) }</button></p>
            </form>
            <p role="status" class="notice-line">{ status.unwrap_or_default() }</p>
            { for per_shift }
            if !work.unclaimed.is_empty() {
                <section class="aside-text">
                    <h4>{ t(lang, RoundsText::AsideHeading) }</h4>
                    { leaf("p", Some("hint"), t(lang, RoundsText::AsideHelp).into()) }
                    <ul class="summaries">{ for aside }</ul>
                </section>
            }
            if !work.summaries.is_empty() || !work.unclaimed.is_empty() {
                { leaf("p", Some("hint"), t(lang, RoundsText::SavedWithNotes).into()) }
                <p class="field-row">
                    <button type="button" class={classes!((*confirm).then_some("danger"))} onclick={on_clear}>
                        { t(lang, if *confirm { RoundsText::ClearConfirm } else { RoundsText::Clear }) }
                    </button>
                </p>
            }
        </div>
    }
}
