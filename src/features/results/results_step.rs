use yew::prelude::*;

use crate::ui::leaf;

use crate::hooks::{use_app, use_print_footer, use_slot, Slot};
use crate::platform::clock::today;
use crate::platform::document;

use crate::features::assessment::step_buttons;
use crate::features::files::{save_reminder, share_panel, use_share_state};
use crate::features::results::{goal_progress, report_extras, report_summary, result_list};
use crate::i18n::{t, CommonMsg, CommonText, ResultsMsg, ResultsText};
use crate::ui::{item_label, loc, radar_chart, RadarChartProps};
use kompass_core::results::history::{previous, series};
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
    // No chart (and no table) for a kind that has nothing rated, as after a workshop on the
    // shifts alone.
    let rated = |r: Option<kompass_core::Rating>| r.and_then(kompass_core::Rating::level).is_some();
    if of_kind.iter().all(|s| !rated(s.now) && !rated(s.target)) {
        return html! {};
    }
    let labels: Vec<String> = of_kind
        .iter()
        .map(|s| item_label(fw, &s.id, lang))
        .collect();
    let values: Vec<_> = of_kind.iter().map(|s| (s.now, s.target)).collect();
    let scales: Vec<_> = of_kind.iter().map(|s| fw.scale_of(&s.id).clone()).collect();
    radar_chart(&RadarChartProps {
        id: id.into(),
        title: title.into(),
        labels,
        values,
        scales,
        lang,
        compact: false,
    })
}

/// Where a unit stands: goal-area progress toward the horizon, radars of now vs target for
/// shifts and factors, strongest and weakest items, the largest gaps and what to find out.
/// `previous` is the assessment before, for the "since last time" lines; `children` is shown
/// right after the unit line (the printed report's summary). `open` holds which of the four
/// lists show all their items (the caller's `use_slot(|| [false; 4])`).
pub fn results_body(
    fw: &Framework,
    a: &Assessment,
    previous: Option<&Assessment>,
    lang: Lang,
    children: Html,
    open: &Slot<[bool; 4]>,
) -> Html {
    let scores = item_scores(fw, a);
    let any = scores.iter().any(|s| s.now.is_some() || s.target.is_some());
    let rank = ranking(&scores);
    let name = |s: &ItemScore| item_label(fw, &s.id, lang);
    let level = |s: &ItemScore| format!(" ({})", t(lang, CommonMsg::Rating(s.now)));
    let strongest: Vec<(String, String)> =
        rank.strongest.iter().map(|s| (name(s), level(s))).collect();
    let weakest: Vec<(String, String)> = rank.weakest.iter().map(|s| (name(s), level(s))).collect();
    let gap_rows: Vec<(String, String)> = gaps(&scores)
        .iter()
        .map(|(s, g)| (name(s), format!(" ({})", t(lang, ResultsMsg::GapSteps(*g)))))
        .collect();
    let find_out: Vec<(String, String)> = to_find_out(&scores)
        .iter()
        .map(|s| (name(s), String::new()))
        .collect();
    let equal = if rank.strongest.is_empty() && rank.weakest.is_empty() && any {
        ResultsText::AllEqual
    } else {
        ResultsText::NothingYet
    };
    let previous = previous.map(|p| (p.date.to_string(), goal_area_scores(fw, p)));
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
    let list = |i: usize, heading, empty, items: &[(String, String)]| {
        let open = open.clone();
        let shown = open[i];
        let on_toggle = Callback::from(move |_: MouseEvent| {
            let mut now = *open;
            now[i] = !now[i];
            open.set(now);
        });
        result_list(heading, empty, items, lang, shown, on_toggle)
    };
    html! {
        <>
            if !a.unit.is_empty() {
                <p class="unit-line">{ a.unit.clone() }{ ", " }<time datetime={a.date.to_string()}>{ a.date.to_string() }</time></p>
            }
            { children }
            if !any {
                { leaf("p", Some("notice"), t(lang, ResultsText::NothingYet).into()) }
            }
            if !fw.goal_areas.is_empty() {
                { goal_progress(fw, &goal_area_scores(fw, a), previous.as_ref(), lang) }
            }
            <div class="charts">
                { chart(fw, &scores, ItemKind::Shift, "chart-shifts", shift_title, lang) }
                { chart(fw, &scores, ItemKind::Factor, "chart-factors", factor_title, lang) }
            </div>
            <div class="result-lists">
                { list(0, ResultsText::Strongest, equal, &strongest) }
                { list(1, ResultsText::Weakest, equal, &weakest) }
                { list(2, ResultsText::Gaps, ResultsText::NoGaps, &gap_rows) }
                { list(3, ResultsText::FindOut, ResultsText::NoFindOut, &find_out) }
            </div>
        </>
    }
}

/// The results step of the current assessment: its results, the printed report's extras, and
/// printing and sharing.
#[component]
pub fn ResultsStep() -> Html {
    let state = use_app();
    let lang = state.ws.lang;
    let footer = state
        .current()
        .map_or_else(String::new, |a| format!("{}, {}", a.unit, a.date));
    use_print_footer(
        footer,
        t(lang, ResultsText::PageWord),
        t(lang, ResultsText::PageOf),
    );
    // Which of the results' four lists show all their items ("Visa alla").
    let open_lists = use_slot(|| [false; 4]);
    let share = use_share_state();
    let (Some(fw), Some(a)) = (state.framework(), state.current()) else {
        return html! {};
    };
    let previous = previous(&state.ws.assessments, a);
    // The printed report's trend: the unit's assessments with this framework.
    let list = series(&state.ws.assessments, &a.unit, &fw);
    let on_print = Callback::from(|_: MouseEvent| document::print());
    html! {
        <div class="results-step">
            <h1 id="step-heading" tabindex="-1">{ t(lang, ResultsText::Heading) }{ ": " }{ loc(&fw.name, lang) }</h1>
            { results_body(&fw, a, previous, lang, report_summary(&fw, a, today(), lang), &open_lists) }
            { report_extras(&fw, a, &list, lang) }
            { save_reminder(&state) }
            <p class="print-button"><button type="button" onclick={on_print}>{ t(lang, ResultsText::Print) }</button></p>
            { share_panel(&state, a, lang, &share) }
            { step_buttons(&state) }
        </div>
    }
}
