use yew::prelude::*;

use crate::store::AppContext;

use crate::i18n::{t, CommonText};
use crate::store::send_on_click;

use kompass_core::config::Mode;
use kompass_core::site::View;
use kompass_core::NavCommand;
use kompass_core::{step_sequence, Command, Step};

/// The views: the assessment, its progress over time and the list of assessments once there is
/// anything to look back on, and the organisation view of many units' files.
pub fn view_nav(state: &AppContext) -> Html {
    let any = !state.ws.assessments.is_empty();
    let lang = state.ws.lang;
    let step = &state.ws.nav.step;
    let in_assessment = !matches!(
        step,
        Step::History
            | Step::Trend
            | Step::Compare { .. }
            | Step::Rollup
            | Step::About
            | Step::Workshop
            | Step::Projector
            | Step::Participate
    );
    let started = state.current().is_some();
    // Back into the assessment lands on its results when it has answers, else on its start.
    let back = match (state.framework(), state.current()) {
        (Some(fw), Some(a)) if a.has_answers() => step_sequence(&fw).pop().unwrap_or_default(),
        _ => Step::Start,
    };
    let entries = [
        (CommonText::ViewAssessment, back, in_assessment, true),
        (
            CommonText::ViewTrend,
            Step::Trend,
            *step == Step::Trend,
            started,
        ),
        (
            CommonText::ViewHistory,
            Step::History,
            matches!(step, Step::History | Step::Compare { .. }),
            any,
        ),
        (
            CommonText::ViewRollup,
            Step::Rollup,
            *step == Step::Rollup,
            state.site.offers(View::Rollup),
        ),
        (
            CommonText::ViewWorkshop,
            Step::Workshop,
            *step == Step::Workshop,
            state.config.mode != Some(Mode::Assessment) && state.site.offers(View::Workshop),
        ),
    ];
    let buttons = entries.into_iter().filter(|e| e.3).map(|(label, target, active, _)| {
        let onclick = send_on_click(state, Command::Navigate(NavCommand::GoTo(target)));
        html! {
            <li><button type="button" aria-current={active.then_some("page")} {onclick}>{ t(lang, label) }</button></li>
        }
    });
    html! {
        <nav class="view-nav" aria-label={t(lang, CommonText::ViewsNav)}>
            <ul>{ for buttons }</ul>
        </nav>
    }
}
