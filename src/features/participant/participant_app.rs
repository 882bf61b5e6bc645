use std::rc::Rc;

use yew::prelude::*;

use crate::features::participant::{phone_header, PhoneState};
use crate::features::workshop::PhoneRound;
use crate::hooks::{use_document_lang, use_phone_link, use_theme, LinkState};
use crate::i18n::{t, CommonText, Lang, PhoneText};
use crate::platform::local_storage;
use crate::platform::location::{self, forget_fragment};
use kompass_core::config::parse_config;
use kompass_core::workshop::phone::{Phone, PhoneEvent};
use kompass_core::workshop::Slot;

/// Where the participant page keeps its language and the workshop taken part in (the full
/// app's "Radera mina uppgifter" removes it with the rest).
pub const PHONE_KEY: &str = "nara-vard-kompassen.deltagare";

/// The participant page's root: the store, the join link, saving, and the page around the
/// round. `?lang=` and `?tema=` in the address work as in the full app.
#[component]
pub fn ParticipantApp() -> Html {
    let config = use_memo((), |()| parse_config(&location::query()));
    let store = use_reducer({
        let lang = config.lang;
        move || PhoneState {
            phone: Rc::new(Phone::new(
                lang,
                &local_storage::get(PHONE_KEY).unwrap_or_default(),
            )),
        }
    });
    let link = use_phone_link(store.clone());
    let phone = store.phone.clone();
    let lang = phone.lang;
    use_theme(config.theme());
    use_document_lang(lang);
    // Saved on every change, so a reload (or a locked phone) keeps the answers.
    use_effect_with((*store).clone(), |state| {
        local_storage::set(PHONE_KEY, &state.phone.saved());
    });
    let on_lang = {
        let store = store.clone();
        Callback::from(move |lang: Lang| store.dispatch(PhoneEvent::SetLang(lang)))
    };
    let round = phone.participation.as_ref().and_then(|p| {
        let fw = phone
            .frameworks
            .iter()
            .find(|f| f.id == p.setup.framework_id)?;
        Some((Rc::new(p.clone()), fw.clone()))
    });
    let body = match (link, round) {
        (LinkState::Joined, Some((participation, fw))) => {
            let on_rate = {
                let store = store.clone();
                Callback::from(move |(slot, rating): (usize, Slot)| {
                    store.dispatch(PhoneEvent::Rate { slot, rating });
                })
            };
            let on_finish = {
                let store = store.clone();
                Callback::from(move |done| store.dispatch(PhoneEvent::Finish(done)))
            };
            let on_leave = Callback::from(move |()| {
                forget_fragment();
                store.dispatch(PhoneEvent::Leave);
            });
            html! { <PhoneRound {participation} {fw} {lang} {on_rate} {on_finish} {on_leave} /> }
        }
        (LinkState::Opening, _) => html! {},
        (state, _) => html! {
            <>
                <h1 id="step-heading" tabindex="-1">{ t(lang, PhoneText::Heading) }</h1>
                <p>{ t(lang, if state == LinkState::Bad { PhoneText::BadLink } else { PhoneText::JoinFirst }) }</p>
            </>
        },
    };
    html! {
        <>
            <a class="skip-link" href="#main">{ t(lang, CommonText::SkipToContent) }</a>
            { phone_header(lang, &on_lang) }
            <main id="main" class="participant-main" tabindex="-1">{ body }</main>
        </>
    }
}
