use yew::prelude::*;

use crate::ui::leaf;

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
            lines.push(leaf("p", None, answer.note.clone().into()));
        }
        (!lines.is_empty()).then(|| html! {
            <section class="report-item"><h3>{ item_label(fw, id, lang) }</h3>{ for lines }</section>
        })
    }).collect();
    let actions = a.actions.iter().map(|p| {
        html! {
            <tr>
                { leaf("td", None, p.what.clone().into()) }
                { leaf("td", None, item_label(fw, &p.item, lang).into()) }
                { leaf("td", None, p.who.clone().into()) }
                { leaf("td", None, p.due.map(|d| d.to_string()).unwrap_or_default().into()) }
                { leaf("td", None, t(lang, AssessmentText::status(p.status)).into()) }
            </tr>
        }
    });
    let trend = !report_trend(fw, list).is_empty();
    html! {
        <div class="print-only report-extras">
            if trend {
                <section class="report-trend">
                    { leaf("h2", None, t(lang, ResultsText::ReportTrend).into()) }
                    { goal_trend_charts(fw, list, lang) }
                </section>
            }
            { leaf("h2", None, t(lang, ResultsText::ReportNotes).into()) }
            if notes.is_empty() {
                { leaf("p", None, t(lang, ResultsText::NoNotes).into()) }
            }
            { for notes }
            { leaf("h2", None, t(lang, ResultsText::ReportPlan).into()) }
            if a.actions.is_empty() {
                { leaf("p", None, t(lang, AssessmentText::NoActions).into()) }
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
            { leaf("p", Some("report-footer"), t(lang, ResultsText::ReportMadeWith).into()) }
        </div>
    }
}
