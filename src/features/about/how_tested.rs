//! "Hur vi testat tjänsten", written from the accessibility matrix the tests run
//! (`kompass_core::accessibility`), so the statement cannot claim more than they check.

use yew::prelude::*;

use crate::ui::leaf;

use crate::i18n::{t, AboutMsg, AboutText, Lang};
use kompass_core::accessibility::matrix;

/// A view function, not a component: each component type adds kilobytes of Yew code.
pub fn how_tested(lang: Lang) -> Html {
    let m = matrix();
    let [wide, narrow, phone] = [m.screens.wide, m.screens.narrow, m.screens.phone];
    let scope = AboutMsg::TestScope {
        views: m.views.len(),
        states: m.states(),
        runs: m.runs(),
        wide,
        narrow,
        phone,
    };
    // Checks run in every audit ("*"), then those run by a test file of their own.
    let checks = |every: bool| {
        m.checks
            .iter()
            .filter(move |c| (c.file == "*") == every)
            .map(|c| leaf("li", None, c.name.get(lang).into()))
    };
    let views = m.views.iter().map(|v| {
        let states: Vec<&str> = v.states.iter().map(|s| s.name.get(lang)).collect();
        html! { <li><strong>{ v.name.get(lang) }</strong>{ ": " }{ states.join(", ") }</li> }
    });
    let dates = AboutMsg::Dates {
        assessed: m.assessed,
        updated: m.updated,
    };
    html! {
        <>
            { leaf("p", None, t(lang, AboutText::A11yTest).into()) }
            { leaf("p", None, t(lang, scope).into()) }
            <ul class="test-checks">{ for checks(true) }</ul>
            { leaf("p", None, t(lang, AboutText::A11yTestMore).into()) }
            <ul class="test-checks">{ for checks(false) }</ul>
            { leaf("p", None, t(lang, AboutText::A11yGapAxeIncomplete).into()) }
            <details class="test-views">
                { leaf("summary", None, t(lang, AboutText::A11yTestViews).into()) }
                <ul>{ for views }</ul>
            </details>
            { leaf("p", Some("statement-dates"), t(lang, dates).into()) }
        </>
    }
}
