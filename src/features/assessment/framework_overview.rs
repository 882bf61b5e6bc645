use yew::prelude::*;

use crate::ui::leaf;

use crate::features::assessment::{shift_card, ShiftCardProps};
use crate::i18n::{t, AssessmentText, CommonText, EditorMsg};
use crate::ui::loc;
use kompass_core::{Framework, GoalArea, Lang, Localized};

/// Everything a framework says: target picture, shifts, dialogue questions, goal areas,
/// factors and context. A view function: it has no state, and a component type costs bytes.
pub fn framework_overview(fw: &Framework, lang: Lang) -> Html {
    let names_of = |ids: &[String]| -> Vec<Localized> {
        ids.iter()
            .filter_map(|id| fw.goal_area(id))
            .map(|g| g.name.clone())
            .collect()
    };
    let horizon = match fw.horizon {
        Some(year) => {
            html! { <p class="horizon"><strong>{ t(lang, AssessmentText::HorizonYear) }{ ": " }</strong>{ year }</p> }
        }
        None => leaf(
            "p",
            Some("horizon"),
            t(lang, AssessmentText::NoHorizon).into(),
        ),
    };
    let shifts = fw.shifts.iter().map(|s| {
        html! { <li key={s.id.clone()}>{ shift_card(&ShiftCardProps { shift: s.clone(), lang, goal_areas: names_of(&s.goal_areas) }) }</li> }
    });
    let questions = fw.questions.iter().map(|q| leaf("li", None, loc(q, lang)));
    let factors = fw.factors.iter().map(|f| {
        let serves = names_of(&f.goal_areas);
        let serves = (!serves.is_empty()).then(|| {
            let names = serves.iter().map(|g| leaf("li", None, loc(g, lang)));
            html! { <ul class="chips" aria-label={t(lang, AssessmentText::Serves)}>{ for names }</ul> }
        });
        html! { <li key={f.id.clone()} class="factor">{ loc(&f.name, lang) }{ for serves }</li> }
    });
    let context = fw.context.iter().map(|block| {
        let items = block.items.iter().map(|i| leaf("li", None, loc(i, lang)));
        html! {
            <section class="context-block">
                { leaf("h3", None, loc(&block.title, lang).into()) }
                <ul>{ for items }</ul>
            </section>
        }
    });
    html! {
        <div class="framework-overview">
            <h2 id="framework-name">{ loc(&fw.name, lang) }</h2>
            if let Some(based) = &fw.based_on {
                { leaf("p", Some("based-on"), t(lang, EditorMsg::BasedOn(based.name.get(lang))).into()) }
            }
            if let Some(tp) = &fw.target_picture {
                <section class="target-picture" aria-labelledby="target-heading">
                    <h3 id="target-heading">{ t(lang, AssessmentText::TargetPicture) }</h3>
                    { leaf("p", Some("lead"), loc(tp, lang).into()) }
                    { horizon }
                </section>
            }
            <section aria-labelledby="shifts-heading">
                <h3 id="shifts-heading">{ t(lang, CommonText::ShiftsHeading) }</h3>
                { leaf("p", None, t(lang, AssessmentText::ShiftsIntro).into()) }
                <ol class="shift-list">{ for shifts }</ol>
                <h4>{ t(lang, CommonText::DialogueQuestions) }</h4>
                <ol class="questions">{ for questions }</ol>
            </section>
            if !fw.goal_areas.is_empty() {
                <section aria-labelledby="goals-heading">
                    <h3 id="goals-heading">{ t(lang, AssessmentText::GoalAreasHeading) }</h3>
                    <div class="goal-areas">{ for fw.goal_areas.iter().map(|g| goal_area(g, lang)) }</div>
                </section>
            }
            <section aria-labelledby="factors-heading">
                <h3 id="factors-heading">{ loc(&fw.factors_title, lang) }</h3>
                <ul class="factor-list">{ for factors }</ul>
            </section>
            { for context }
            <p class="source"><strong>{ t(lang, AssessmentText::Source) }{ ": " }</strong>{ loc(&fw.source, lang) }</p>
        </div>
    }
}

fn goal_area(g: &GoalArea, lang: Lang) -> Html {
    let paragraphs = g.description.iter().map(|p| leaf("p", None, loc(p, lang)));
    html! {
        <article class="goal-area" data-goal={g.id.clone()}>
            <h4>{ loc(&g.name, lang) }</h4>
            if let Some(summary) = &g.summary {
                <p class="summary">{ "– " }{ loc(summary, lang) }</p>
            }
            { for paragraphs }
        </article>
    }
}
