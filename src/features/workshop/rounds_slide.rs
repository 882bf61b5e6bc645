use yew::prelude::*;

use crate::ui::leaf;

use crate::features::workshop::{word_cloud, RoundTimer};
use crate::i18n::{t, CommonText, Lang, RoundsMsg, RoundsText};
use crate::ui::loc;
use kompass_core::workshop::rounds::group_ranges;
use kompass_core::workshop::summaries::text_step;
use kompass_core::workshop::{Board, Workshop};
use kompass_core::Framework;

/// A shift as FRÅN → TILL in the projector's poles.
fn poles(fw: &Framework, shift: &str, lang: Lang) -> Html {
    let Some(s) = fw.shift(shift) else {
        return html! {};
    };
    html! {
        <>
            <span class="pole from"><span class="pole-label">{ t(lang, CommonText::From) }</span>{ loc(&s.from, lang) }</span>
            <span class="arrow" aria-hidden="true">{ "→" }</span>
            <span class="pole to"><span class="pole-label">{ t(lang, CommonText::To) }</span>{ loc(&s.to, lang) }</span>
        </>
    }
}

/// A projector screen of the group work: the opening question's word cloud, a round (each
/// group's shift, the questions, who leads and who takes notes, the timer), or one shift's
/// summaries.
pub fn group_slide(board: &Board, workshop: &Workshop, fw: &Framework, lang: Lang) -> Html {
    let work = &workshop.group_work;
    match board {
        Board::Opening => html! {
            <div class="group-slide opening-slide">
                <h1 id="step-heading" tabindex="-1">{ t(lang, RoundsText::OpeningQuestion) }</h1>
                { word_cloud(&work.answers, lang, true) }
            </div>
        },
        Board::Round(r) => {
            let Some(plan) = &work.plan else {
                return html! {};
            };
            let bands = plan.bands(*r).into_iter().map(|b| {
                let ranges = group_ranges(&b.groups);
                let questions = fw.questions.iter().map(|q| leaf("li", None, loc(q, lang)));
                html! {
                    <li class="band">
                        <h2 class="band-groups">{ t(lang, RoundsMsg::Groups { ranges: &ranges, many: b.groups.len() > 1 }) }</h2>
                        { leaf("p", Some("poles band-shift"), poles(fw, &b.shift, lang).into()) }
                        { leaf("h3", Some("visually-hidden"), t(lang, CommonText::DialogueQuestions).into()) }
                        <ol class="band-questions">{ for questions }</ol>
                    </li>
                }
            });
            html! {
                <div class={classes!("group-slide", "round-slide", format!("bands-{}", plan.bands(*r).len().min(4)))}>
                    <h1 id="step-heading" tabindex="-1">{ t(lang, RoundsMsg::RoundOf { i: r + 1, n: plan.rounds.len() }) }</h1>
                    <ul class="bands">{ for bands }</ul>
                    <div class="round-foot">
                        <div class="round-steps">
                            { leaf("p", Some("appoint"), t(lang, RoundsText::Appoint).into()) }
                            { leaf("p", Some("write-summary"), t(lang, RoundsText::WriteSummary).into()) }
                        </div>
                        <RoundTimer {lang} minutes={plan.minutes} />
                    </div>
                </div>
            }
        }
        Board::Summaries(shift) => {
            let about = work.about(shift);
            let rounds = work.plan.as_ref().map_or(0, |p| p.rounds.len());
            let chars: usize = about.iter().map(|s| s.text.chars().count()).sum();
            let items = about.iter().map(|s| {
                let round = (rounds > 1).then_some(s.round + 1);
                html! {
                    <li>
                        <h2 class="summary-group">{ t(lang, RoundsMsg::SummaryOf { group: s.group, round }) }</h2>
                        { leaf("p", Some("summary-text"), s.text.clone().into()) }
                    </li>
                }
            });
            html! {
                <div class={classes!("group-slide", "summaries-slide", format!("step-{}", text_step(chars)))}>
                    { leaf("p", Some("slide-kicker"), t(lang, RoundsText::SlideSummaries).into()) }
                    <h1 id="step-heading" tabindex="-1" class="poles">{ poles(fw, shift, lang) }</h1>
                    if about.is_empty() {
                        { leaf("p", None, t(lang, RoundsText::SlideNoSummaries).into()) }
                    } else {
                        <ul class="slide-summaries">{ for items }</ul>
                    }
                </div>
            }
        }
    }
}
