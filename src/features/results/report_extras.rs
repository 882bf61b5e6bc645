use yew::prelude::*;

use crate::features::history::goal_trend_charts;
use crate::i18n::{t, AssessmentText, ResultsText};
use crate::ui::{item_label, loc};
use kompass_core::results::history::report_trend;
use kompass_core::{Assessment, Framework, Lang};

/// What the printed report adds to the results on screen: the trend charts toward the target picture,
/// every dialogue answer and note, and the action plan as a table. Hidden on screen (`print-only`), where the steps show them.
/// `list`: the unit's assessments with this framework, oldest first: the trend, from two on.
/// A view function: it has no state.
pub fn report_extras(fw: &Framework, a: &Assessment, list: &[&Assessment], lang: Lang) -> Html {
    let notes: Vec<Html> = fw.items().filter_map(|(_, id, _)| {
        let answer = a.answer(id)?;
        let mut lines: Vec<Html> = Vec::new();
        for (q, text) in fw.questions.iter().zip(&answer.answers) {
            if !text.trim().is_empty() {
                lines.push(html! { <p><strong>{ loc(q, lang) }</strong>{ " " }{ text.clone() }</p> });
            }
        }
        if !answer.note.trim().is_empty() {
            lines.push(html! { <p>{ answer.note.clone() }</p> });
        }
        (!lines.is_empty()).then(|| html! {
            <section class="report-item"><h3>{ item_label(fw, id, lang) }</h3>{ for lines }</section>
        })
    }).collect();
    let actions = a.actions.iter().map(|p| {
        html! {
            <tr>
                <td>{ p.what.clone() }</td>
                <td>{ item_label(fw, &p.item, lang) }</td>
                <td>{ p.who.clone() }</td>
                <td>{ p.due.map(|d| d.to_string()).unwrap_or_default() }</td>
                <td>{ t(lang, AssessmentText::status(p.status)) }</td>
            </tr>
        }
    });
    let trend = !report_trend(fw, list).is_empty();
    html! {
        <div class="print-only report-extras">
            if trend {
                <section class="report-trend">
                    <h2>{ t(lang, ResultsText::ReportTrend) }</h2>
                    { goal_trend_charts(fw, list, lang) }
                </section>
            }
            <h2>{ t(lang, ResultsText::ReportNotes) }</h2>
            if notes.is_empty() {
                <p>{ t(lang, ResultsText::NoNotes) }</p>
            }
            { for notes }
            <h2>{ t(lang, ResultsText::ReportPlan) }</h2>
            if a.actions.is_empty() {
                <p>{ t(lang, AssessmentText::NoActions) }</p>
            } else {
                <table class="data-table action-table">
                    <thead><tr>
                        <th scope="col" class="col-what">{ t(lang, ResultsText::PlanWhat) }</th>
                        <th scope="col">{ t(lang, ResultsText::PlanItem) }</th>
                        <th scope="col">{ t(lang, ResultsText::PlanWho) }</th>
                        <th scope="col" class="col-date">{ t(lang, ResultsText::PlanDue) }</th>
                        <th scope="col">{ t(lang, ResultsText::PlanStatus) }</th>
                    </tr></thead>
                    <tbody>{ for actions }</tbody>
                </table>
            }
            <p class="report-footer">{ t(lang, ResultsText::ReportMadeWith) }</p>
        </div>
    }
}
