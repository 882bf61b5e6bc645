use yew::prelude::*;

use crate::ui::leaf;

use crate::i18n::{t, ResultsMsg, ResultsText};
use crate::ui::item_label;
use kompass_core::results::scoring::Basis;
use kompass_core::results::summary::summary;
use kompass_core::{Assessment, Date, Framework, Lang};

/// The printed report's first page: the facts, each goal area in a sentence, the strongest
/// items, the largest gaps and the state of the action plan. Printed only (`print-only`); on
/// screen the results show the same in full. `today`: the day the report is printed.
/// A view function: it has no state.
pub fn report_summary(fw: &Framework, a: &Assessment, today: Date, lang: Lang) -> Html {
    let s = summary(fw, a);
    let goal_lines = s.goal_areas.iter().filter_map(|score| {
        let g = fw.goal_area(&score.goal_area)?;
        let area = g.name.get(lang);
        let now = score
            .now
            .rounded()
            .filter(|_| score.now.basis() != Basis::Single);
        let line = match now {
            Some(now) => t(
                lang,
                ResultsMsg::Progress {
                    area,
                    now,
                    target: score.target.rounded(),
                },
            ),
            None => format!("{area}: {}", t(lang, ResultsText::NotRatedYet)),
        };
        Some(leaf("li", None, line.into()))
    });
    let strongest: Vec<String> = s
        .strongest
        .iter()
        .map(|i| item_label(fw, &i.id, lang))
        .collect();
    let gaps: Vec<String> = s
        .gaps
        .iter()
        .map(|(i, g)| {
            format!(
                "{} ({})",
                item_label(fw, &i.id, lang),
                t(lang, ResultsMsg::GapSteps(*g))
            )
        })
        .collect();
    let date = a.date.to_string();
    let printed = today.to_string();
    html! {
        <section class="print-only report-summary" aria-labelledby="report-summary-heading">
            <h2 id="report-summary-heading">{ t(lang, ResultsText::SummaryHeading) }</h2>
            <p>{ t(lang, ResultsMsg::ReportMeta { framework: fw.name.get(lang), date: &date, printed: &printed }) }</p>
            <ul>{ for goal_lines }</ul>
            if !strongest.is_empty() {
                <p>{ t(lang, ResultsMsg::SummaryStrongest { names: &strongest }) }</p>
            }
            if !gaps.is_empty() {
                <p>{ t(lang, ResultsMsg::SummaryGaps { names: &gaps }) }</p>
            }
            <p>{ t(lang, ResultsMsg::SummaryActions { n: s.actions, done: s.done }) }</p>
            <p>{ t(lang, ResultsMsg::SummaryRated { rated: s.rated, total: s.items }) }</p>
        </section>
    }
}
