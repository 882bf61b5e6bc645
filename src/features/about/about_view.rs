use yew::prelude::*;

use crate::ui::leaf;

use super::how_tested::how_tested;
use super::storage_usage::storage_usage;
use crate::features::about::site_contact;
use crate::features::files::save_reminder;
use crate::hooks::{use_app, use_slot, use_storage_usage};
use crate::i18n::{t, AboutText, CommonText};
use crate::platform::{local_storage, working_file};
use crate::store::send;
use crate::store::{Action, WorkingEvent};
use kompass_core::Command;

/// The accessibility statement (DIGG's structure, filled in from the project's own tests), what
/// is stored and where, and "Radera mina uppgifter" after a confirmation.
#[component]
pub fn AboutView() -> Html {
    let confirming = use_slot(|| false);
    let erased = use_slot(|| false);
    let state = use_app();
    let stored = use_storage_usage();
    let lang = state.ws.lang;
    let p = |key: AboutText| leaf("p", None, t(lang, key).into());
    let ask = {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(true))
    };
    let cancel = {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(false))
    };
    let erase = {
        let (state, confirming, erased) = (state.clone(), confirming.clone(), erased.clone());
        Callback::from(move |_: MouseEvent| {
            local_storage::erase_ours();
            // The working file's handle too (the file itself stays where it is).
            yew::platform::spawn_local(working_file::forget());
            state.dispatch(Action::Working(WorkingEvent::Forget));
            send(&state, Command::EraseAll);
            confirming.set(false);
            erased.set(true);
        })
    };
    html! {
        <div class="about-view">
            <h1 id="step-heading" tabindex="-1">{ t(lang, CommonText::AboutLink) }</h1>
            <section aria-labelledby="privacy-heading">
                <h2 id="privacy-heading">{ t(lang, AboutText::PrivacyHeading) }</h2>
                { p(AboutText::PrivacyStaysHere) }
                { p(AboutText::PrivacyLeavesOnlyByYou) }
                if *confirming {
                    <div class="erase-confirm" role="group" aria-labelledby="erase-text">
                        <p id="erase-text">{ t(lang, AboutText::EraseConfirm) }</p>
                        { save_reminder(&state) }
                        <div class="file-buttons">
                            <button type="button" class="danger" onclick={erase}>{ t(lang, AboutText::EraseYes) }</button>
                            <button type="button" onclick={cancel}>{ t(lang, CommonText::Cancel) }</button>
                        </div>
                    </div>
                } else {
                    <button type="button" class="erase" onclick={ask}>{ t(lang, AboutText::EraseButton) }</button>
                }
                <p role="status">{ if *erased { t(lang, AboutText::Erased) } else { "" } }</p>
            </section>
            { storage_usage(lang, stored) }
            <section aria-labelledby="a11y-heading">
                <h2 id="a11y-heading">{ t(lang, AboutText::A11yHeading) }</h2>
                { p(AboutText::A11yIntro) }
                { leaf("h3", None, t(lang, AboutText::A11yHowHeading).into()) }
                { p(AboutText::A11yHow) }
                { leaf("h3", None, t(lang, AboutText::A11yReportHeading).into()) }
                { p(AboutText::A11yReport) }
                { site_contact(&state) }
                { leaf("h3", None, t(lang, AboutText::A11ySupervisionHeading).into()) }
                { p(AboutText::A11ySupervision) }
                <p><a href="https://www.digg.se/tdosanmalan">{ t(lang, AboutText::A11yDiggForm) }</a></p>
                { leaf("h3", None, t(lang, AboutText::A11yTechHeading).into()) }
                { p(AboutText::A11yTech) }
                { leaf("h3", None, t(lang, AboutText::A11yGapsHeading).into()) }
                <ul><li>{ t(lang, AboutText::A11yGapSwedishOnlyFramework) }</li><li>{ t(lang, AboutText::A11yGapSmallMultiples) }</li></ul>
                { leaf("h3", None, t(lang, AboutText::A11yTestHeading).into()) }
                { how_tested(lang) }
            </section>
        </div>
    }
}
