use yew::prelude::*;

use crate::ui::leaf;

use crate::i18n::{t, ResultsMsg, ResultsText};
use crate::ui::loc;
use kompass_core::results::scoring::{Basis, GoalAreaScore};
use kompass_core::{Framework, Lang};

/// Per goal area: how far along the way from FRÅN to TILL the unit is, its target, and how
/// many items that rests on. The bar is drawn with SVG attributes, not inline styles, so a
/// strict Content-Security-Policy does not block it; the text carries the numbers.
/// `previous`: the previous assessment's date and scores, for a "since last time" line.
/// A view function, not a component: it has no state, and a component type costs bytes.
pub fn goal_progress(
    framework: &Framework,
    scores: &[GoalAreaScore],
    previous: Option<&(String, Vec<GoalAreaScore>)>,
    lang: Lang,
) -> Html {
    let rows = scores.iter().filter_map(|s| {
        let g = framework.goal_area(&s.goal_area)?;
        let basis = s.now.basis();
        // A single answer among several gives no figure (and no bar).
        let now = s.now.rounded().filter(|_| basis != Basis::Single);
        let target = s.target.rounded();
        let since = previous.and_then(|(date, scores)| {
            let before = scores.iter().find(|p| p.goal_area == s.goal_area)?.now.rounded()?;
            Some(t(lang, ResultsMsg::SinceLast { delta: now? as i32 - before as i32, date }))
        });
        Some(html! {
            <li class="goal-progress" data-goal={g.id.clone()}>
                { leaf("h3", None, loc(&g.name, lang).into()) }
                <p class="goal-now">
                    { match (now, basis, s.now.rated) {
                        (Some(p), _, _) => t(lang, ResultsMsg::Progress { area: g.name.get(lang), now: p, target }),
                        (None, Basis::Single, 1) => t(lang, ResultsMsg::SingleAnswer { total: s.now.total }),
                        (None, _, _) => t(lang, ResultsText::NotRatedYet).to_owned(),
                    } }
                </p>
                if now.is_some() && basis == Basis::Few {
                    <p class="goal-warning">{ t(lang, ResultsMsg::FewAnswers { rated: s.now.rated, total: s.now.total }) }</p>
                }
                <svg class="bar" viewBox="0 0 100 12" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                    <rect class="bar-track" x="0" y="2" width="100" height="8" />
                    <rect class="bar-fill" x="0" y="2" width={now.unwrap_or(0).to_string()} height="8" />
                    if let Some(p) = target {
                        <rect class="bar-target" x={p.saturating_sub(1).min(98).to_string()} y="0" width="2" height="12" />
                    }
                </svg>
                if let Some(line) = since {
                    { leaf("p", Some("since-last"), line.into()) }
                }
                <p class="goal-meta">
                    if let Some(p) = target {
                        { leaf("span", None, t(lang, ResultsMsg::TargetShare(p)).into()) }
                    }
                    <span>{ t(lang, ResultsMsg::BasedOn { rated: s.now.rated, total: s.now.total }) }</span>
                </p>
            </li>
        })
    });
    html! {
        <section class="goal-areas-progress" aria-labelledby="goal-progress-heading">
            <h2 id="goal-progress-heading">{ t(lang, ResultsMsg::GoalHeading { horizon: framework.horizon }) }</h2>
            <ul>{ for rows }</ul>
        </section>
    }
}
