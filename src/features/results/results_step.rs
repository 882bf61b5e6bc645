use yew::prelude::*;

use crate::hooks::use_app;
use crate::platform::document;

use std::rc::Rc;

use crate::features::assessment::StepButtons;
use crate::features::files::SharePanel;
use crate::features::results::{GoalProgress, ReportExtras};
use crate::i18n::{t, CommonMsg, CommonText, ResultsMsg, ResultsText};
use crate::ui::{item_label, loc, RadarChart};
use kompass_core::results::history::{previous, report_trend, series};
use kompass_core::results::scoring::{
    gaps, goal_area_scores, item_scores, ranking, to_find_out, ItemScore,
};
use kompass_core::{Assessment, Framework, ItemKind, Lang};

fn chart(
    fw: &Framework,
    scores: &[ItemScore],
    kind: ItemKind,
    id: &'static str,
    title: String,
    lang: Lang,
) -> Html {
    let of_kind: Vec<&ItemScore> = scores.iter().filter(|s| s.kind == kind).collect();
    if of_kind.is_empty() {
        return html! {};
    }
    let labels: Vec<String> = of_kind
        .iter()
        .map(|s| item_label(fw, &s.id, lang))
        .collect();
    let values: Vec<_> = of_kind.iter().map(|s| (s.now, s.target)).collect();
    html! { <RadarChart {id} {title} {labels} {values} {lang} /> }
}

/// A titled list of items with a detail per item, or a sentence when it is empty.
fn item_list(
    heading: ResultsText,
    empty: ResultsText,
    items: Vec<(String, String)>,
    lang: Lang,
) -> Html {
    html! {
        <section class="result-list">
            <h3>{ t(lang, heading) }</h3>
            if items.is_empty() {
                <p class="empty">{ t(lang, empty) }</p>
            } else {
                <ul>
                    { for items.into_iter().map(|(name, detail)| html! { <li>{ name }<span class="detail">{ detail }</span></li> }) }
                </ul>
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct ResultsBodyProps {
    pub framework: Rc<Framework>,
    pub assessment: Assessment,
    /// The assessment before, for the "since last time" lines.
    #[prop_or_default]
    pub previous: Option<Assessment>,
    pub lang: Lang,
}

/// Where a unit stands: goal-area progress toward the horizon, radars of now vs target for
/// shifts and factors, strongest and weakest items, the largest gaps and what to find out.
#[component]
pub fn ResultsBody(props: &ResultsBodyProps) -> Html {
    let (fw, a, lang) = (&props.framework, &props.assessment, props.lang);
    let scores = item_scores(fw, a);
    let any = scores.iter().any(|s| s.now.is_some() || s.target.is_some());
    let rank = ranking(&scores);
    let name = |s: &ItemScore| item_label(fw, &s.id, lang);
    let level = |s: &ItemScore| format!(" ({})", t(lang, CommonMsg::Rating(s.now)));
    let strongest = rank.strongest.iter().map(|s| (name(s), level(s))).collect();
    let weakest = rank.weakest.iter().map(|s| (name(s), level(s))).collect();
    let gap_rows = gaps(&scores)
        .iter()
        .map(|(s, g)| (name(s), format!(" ({})", t(lang, ResultsMsg::GapSteps(*g)))))
        .collect();
    let find_out = to_find_out(&scores)
        .iter()
        .map(|s| (name(s), String::new()))
        .collect();
    let equal = if rank.strongest.is_empty() && rank.weakest.is_empty() && any {
        ResultsText::AllEqual
    } else {
        ResultsText::NothingYet
    };
    let previous = props
        .previous
        .as_ref()
        .map(|p| (p.date.to_string(), goal_area_scores(fw, p)));
    let shift_title = t(
        lang,
        ResultsMsg::ChartTitle {
            subject: t(lang, CommonText::ShiftsHeading),
        },
    );
    let factor_title = t(
        lang,
        ResultsMsg::ChartTitle {
            subject: fw.factors_title.get(lang),
        },
    );
    html! {
        <>
            if !a.unit.is_empty() {
                <p class="unit-line">{ a.unit.clone() }{ ", " }<time datetime={a.date.to_string()}>{ a.date.to_string() }</time></p>
            }
            if !any {
                <p class="notice">{ t(lang, ResultsText::NothingYet) }</p>
            }
            if !fw.goal_areas.is_empty() {
                <GoalProgress framework={fw.clone()} scores={goal_area_scores(fw, a)} {previous} {lang} />
            }
            <div class="charts">
                { chart(fw, &scores, ItemKind::Shift, "chart-shifts", shift_title, lang) }
                { chart(fw, &scores, ItemKind::Factor, "chart-factors", factor_title, lang) }
            </div>
            <div class="result-lists">
                { item_list(ResultsText::Strongest, equal, strongest, lang) }
                { item_list(ResultsText::Weakest, equal, weakest, lang) }
                { item_list(ResultsText::Gaps, ResultsText::NoGaps, gap_rows, lang) }
                { item_list(ResultsText::FindOut, ResultsText::NoFindOut, find_out, lang) }
            </div>
        </>
    }
}

/// The results step of the current assessment: its results, the printed report's extras, and
/// printing and sharing.
#[component]
pub fn ResultsStep() -> Html {
    let state = use_app();
    let (Some(fw), Some(a)) = (state.framework(), state.current()) else {
        return html! {};
    };
    let lang = state.ws.lang;
    let previous = previous(&state.ws.assessments, a).cloned();
    // The printed report's trend: per goal area what the unit's history says, once there is one.
    let list = series(&state.ws.assessments, &a.unit, &fw);
    let trend: Vec<(String, String)> = report_trend(&fw, &list)
        .into_iter()
        .map(|line| {
            let name = line.goal_area.name.get(lang).to_owned();
            let sentence = t(
                lang,
                ResultsMsg::Projection {
                    outcome: line.outcome,
                    horizon: fw.horizon,
                    target: line.target,
                },
            );
            (name, sentence)
        })
        .collect();
    let on_print = Callback::from(|_: MouseEvent| document::print());
    html! {
        <div class="results-step">
            <h1 id="step-heading" tabindex="-1">{ t(lang, ResultsText::Heading) }{ ": " }{ loc(&fw.name, lang) }</h1>
            <ResultsBody framework={fw.clone()} assessment={a.clone()} {previous} {lang} />
            <ReportExtras framework={fw.clone()} assessment={a.clone()} {trend} {lang} />
            <p class="print-button"><button type="button" onclick={on_print}>{ t(lang, ResultsText::Print) }</button></p>
            <SharePanel assessment={a.clone()} {lang} />
            <StepButtons />
        </div>
    }
}
