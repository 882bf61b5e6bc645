use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use crate::store::AppContext;

use crate::features::assessment::{action_list, step_buttons, ActionForm};
use crate::i18n::{t, AssessmentMsg, AssessmentText, CommonText};
use crate::store::send;
use crate::ui::{item_title, level_label, loc, scale_field, ScaleFieldProps};
use kompass_core::results::history::previous;
use kompass_core::AnswerCommand;
use kompass_core::{Command, ItemKind, Rating, Which};

/// One shift or factor: where the unit is now, its target, the dialogue answers (shifts) or a
/// note (factors), and the actions linked to it. A view function of the router; the key on its
/// root makes a change from another page draw it anew, as it was when it was a component of its
/// own, and from one item to the next patches it, as before.
pub fn item_step(state: &AppContext, item: &str) -> Html {
    let (Some(fw), Some(a)) = (state.framework(), state.current()) else {
        return html! {};
    };
    let lang = state.ws.lang;
    let id = item.to_owned();
    let shift_at = fw.shifts.iter().position(|s| s.id == id);
    let factor_at = fw.factors.iter().position(|f| f.id == id);
    let (kind, position, count) = match (shift_at, factor_at) {
        (Some(i), _) => (ItemKind::Shift, i + 1, fw.shifts.len()),
        (None, Some(i)) => (ItemKind::Factor, i + 1, fw.factors.len()),
        (None, None) => return html! {},
    };
    let answer = a.answer(&id).cloned().unwrap_or_default();
    // In a follow-up assessment, last time's level is shown for the unit to confirm or change.
    let before = previous(&state.ws.assessments, a).and_then(|p| p.rating(&id, Which::Now));
    let hint = before.map(|r| {
        let level = match r.level() {
            Some(l) => level_label(&fw, &id, l, lang),
            None => t(lang, CommonText::DontKnow).to_owned(),
        };
        AttrValue::from(t(lang, AssessmentMsg::PreviousLevel { level: &level }))
    });

    let rate = |which: Which| {
        let (state, item) = (state.clone(), id.clone());
        Callback::from(move |rating: Option<Rating>| {
            send(
                &state,
                Command::Answers(AnswerCommand::Rate {
                    item: item.clone(),
                    which,
                    rating,
                }),
            );
        })
    };
    let questions = fw.shift(&id).map(|_| {
        fw.questions
            .iter()
            .enumerate()
            .map(|(i, q)| {
                let field_id = format!("question-{i}");
                let oninput = {
                    let (state, item) = (state.clone(), id.clone());
                    Callback::from(move |e: InputEvent| {
                        let text = e.target_unchecked_into::<HtmlTextAreaElement>().value();
                        send(
                            &state,
                            Command::Answers(AnswerCommand::Answer {
                                item: item.clone(),
                                question: i,
                                text,
                            }),
                        );
                    })
                };
                let value = answer.answers.get(i).cloned().unwrap_or_default();
                html! {
                    <div class="field">
                        <label for={field_id.clone()}>{ loc(q, lang) }</label>
                        <textarea id={field_id} rows="4" {value} {oninput} />
                    </div>
                }
            })
            .collect::<Html>()
    });
    let note_field = (kind == ItemKind::Factor).then(|| {
        let oninput = {
            let (state, item) = (state.clone(), id.clone());
            Callback::from(move |e: InputEvent| {
                let text = e.target_unchecked_into::<HtmlTextAreaElement>().value();
                send(&state, Command::Answers(AnswerCommand::Note { item: item.clone(), text }));
            })
        };
        html! {
            <div class="field">
                <label for="item-note">{ t(lang, AssessmentText::NoteLabel) }</label>
                <p id="note-hint" class="hint">{ t(lang, AssessmentText::NoteHint) }</p>
                <textarea id="item-note" rows="4" aria-describedby="note-hint" value={answer.note.clone()} {oninput} />
            </div>
        }
    });
    let actions: Vec<_> = a.actions.iter().filter(|p| p.item == id).cloned().collect();
    let (scale, levels) = (fw.scale_of(&id).clone(), fw.level_texts(&id).to_vec());
    html! {
        <div class="item-step" key="item" data-item={id.clone()}>
            <p class="kicker">{ t(lang, AssessmentMsg::ItemPosition { kind, i: position, n: count }) }</p>
            <h1 id="step-heading" tabindex="-1">{ item_title(&fw, &id, lang) }</h1>
            { scale_field(&ScaleFieldProps { name: "now".into(), legend: t(lang, CommonText::NowLegend).into(), scale: scale.clone(), levels: levels.clone(), value: answer.now, lang, on_change: rate(Which::Now), hint }) }
            { scale_field(&ScaleFieldProps { name: "target".into(), legend: t(lang, AssessmentMsg::TargetLegend { horizon: fw.horizon }).into(), scale, levels, value: answer.target, lang, on_change: rate(Which::Target), hint: None }) }
            { for questions }
            { for note_field }
            <section class="item-actions" aria-labelledby="item-actions-heading">
                <h2 id="item-actions-heading">{ t(lang, AssessmentText::ActionsForItem) }</h2>
                { action_list(state, &actions, false) }
                <ActionForm item={Some(AttrValue::from(id.clone()))} />
            </section>
            { step_buttons(state) }
        </div>
    }
}
