use yew::prelude::*;

use crate::ui::leaf;

use crate::features::workshop::dot_plot::{dot_plot, plot_axis};
use crate::features::workshop::results::{agreement_class, plots, series};
use crate::i18n::{t, CommonText, Lang, WorkshopMsg, WorkshopText};
use crate::ui::item_title;
use kompass_core::workshop::{ItemResult, PlotSpec};
use kompass_core::Framework;

/// One item on the projector: its agreement and spread in words, then the distribution of
/// "I dag" (and of "Mål") across the whole width, dots of 40 px or more, the steps under them.
/// The whole slide fits 1920 × 1080 with 40 answers (the core sizes the dots).
pub fn reveal_slide(r: &ItemResult, fw: &Framework, lang: Lang) -> Html {
    let tallies = series(r);
    // One plot may take the height of two.
    let spec = PlotSpec {
        max_height: PlotSpec::PROJECTOR.max_height * 2 / u32::try_from(tallies.len()).unwrap_or(1),
        ..PlotSpec::PROJECTOR
    };
    let plots = tallies.iter().zip(plots(&tallies, spec)).map(|((tally, series), plot)| {
        let label = t(lang, *series);
        html! {
            <figure class="reveal-plot">
                <figcaption class="plot-label">
                    { leaf("strong", None, label.into()) }
                    { format!(" – {}", t(lang, WorkshopMsg::MedianLine(tally.median_x2))) }
                </figcaption>
                { dot_plot(&plot, tally, format!("{} – {label}", t(lang, WorkshopText::Distribution)), lang, *series == CommonText::SeriesTarget) }
            </figure>
        }
    });
    let agreement = t(
        lang,
        WorkshopMsg::AgreementSpread {
            agreement: t(lang, WorkshopText::agreement(r.agreement)),
            steps: r.now.spread,
        },
    );
    html! {
        <article class={classes!("reveal-slide", agreement_class(r.agreement))}>
            <h1 id="step-heading" tabindex="-1">{ item_title(fw, &r.item, lang) }</h1>
            <p class="reveal-summary">
                { leaf("strong", Some("agreement"), agreement.into()) }
                { leaf("span", Some("answers"), (t(lang, WorkshopMsg::AnswersCount(r.now.levels() + r.now.dont_know))).into()) }
            </p>
            { for plots }
            { plot_axis(fw, &r.item, lang) }
        </article>
    }
}
