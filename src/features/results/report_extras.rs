use yew::prelude::*;

use crate::i18n::{t, AssessmentText, ResultsMsg, ResultsText};
use crate::ui::{item_label, loc};
use kompass_core::{Assessment, Framework, Lang};

#[derive(Properties, PartialEq)]
pub struct ReportExtrasProps {
    pub framework: std::rc::Rc<Framework>,
    pub assessment: Assessment,
    /// Per goal area: its name and what the trend says (empty without a history).
    #[prop_or_default]
    pub trend: Vec<(String, String)>,
    pub lang: Lang,
}

/// What the printed report adds to the results on screen: the trend toward the target picture,
/// every dialogue answer and note, and the action plan as a table. Hidden on screen (`print-only`), where the steps show them.
#[component]
pub fn ReportExtras(props: &ReportExtrasProps) -> Html {
    let (fw, a, lang) = (&props.framework, &props.assessment, props.lang);
    let notes = fw.items().filter_map(|(_, id, _)| {
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
    });
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
    let trend = props.trend.iter().map(|(goal, sentence)| html! { <li><strong>{ goal.clone() }{ ": " }</strong>{ sentence.clone() }</li> });
    html! {
        <div class="print-only report-extras">
            if !props.trend.is_empty() {
                <h2>{ t(lang, ResultsMsg::GoalHeading { horizon: fw.horizon }) }</h2>
                <ul class="report-trend">{ for trend }</ul>
            }
            <h2>{ t(lang, ResultsText::ReportNotes) }</h2>
            { for notes }
            <h2>{ t(lang, ResultsText::ReportPlan) }</h2>
            if a.actions.is_empty() {
                <p>{ t(lang, AssessmentText::NoActions) }</p>
            } else {
                <table class="data-table">
                    <thead><tr>
                        <th scope="col">{ t(lang, AssessmentText::ActionWhat) }</th>
                        <th scope="col">{ t(lang, AssessmentText::ActionItem) }</th>
                        <th scope="col">{ t(lang, AssessmentText::ActionWho) }</th>
                        <th scope="col">{ t(lang, AssessmentText::ActionDue) }</th>
                        <th scope="col">{ t(lang, AssessmentText::ActionStatus) }</th>
                    </tr></thead>
                    <tbody>{ for actions }</tbody>
                </table>
            }
            <p class="report-footer">{ t(lang, ResultsText::ReportMadeWith) }</p>
        </div>
    }
}
