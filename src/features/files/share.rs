use yew::prelude::*;

use crate::ui::leaf;

use crate::hooks::{use_app, use_slot, Slot};

use crate::platform::clipboard::copy;
use crate::platform::compression;
use crate::platform::location::page_address;

use crate::features::results::results_body;
use crate::i18n::{t, CommonText, FilesText};
use crate::store::{send, AppContext};
use std::rc::Rc;

use kompass_core::editor::EditorCommand;
use kompass_core::files::share::{fragment_of, share_json, ShareError, Shared};
use kompass_core::files::transfer::{same_assessment, OnDuplicate};
use kompass_core::files::travel::shared_import;
use kompass_core::FileCommand;
use kompass_core::{Assessment, Command, Lang};

/// What "Dela som länk" holds while the results step is shown: the link made, what copying it
/// said, and whether the browser cannot make a link. The results step keeps it, as the panel is
/// a view function (each component type costs its own lifecycle code).
#[derive(Clone)]
pub struct ShareState {
    link: Slot<Option<String>>,
    copied: Slot<Option<CommonText>>,
    // The browser compresses the link; one without `CompressionStream` cannot make it.
    unavailable: Slot<bool>,
}

/// The share panel's state, for [`share_panel`].
#[hook]
pub fn use_share_state() -> ShareState {
    ShareState {
        link: use_slot(|| None::<String>),
        copied: use_slot(|| None::<CommonText>),
        unavailable: use_slot(|| false),
    }
}

/// "Dela som länk": the assessment `a` in a link, what the link holds, and copying it.
pub fn share_panel(state: &AppContext, a: &Assessment, lang: Lang, share: &ShareState) -> Html {
    let ShareState {
        link,
        copied,
        unavailable,
    } = share;
    let on_share = {
        let (link, unavailable, a) = (link.clone(), unavailable.clone(), a.clone());
        // An own framework goes with the link, so the other device can show the results.
        let own = state.ws.own.get(&a.framework_id).cloned();
        Callback::from(move |_: MouseEvent| {
            let json = share_json(&a, own.as_ref());
            let (link, unavailable) = (link.clone(), unavailable.clone());
            yew::platform::spawn_local(async move {
                match compression::deflate(json.as_bytes()).await {
                    Some(deflated) => {
                        link.set(Some(format!(
                            "{}#{}",
                            page_address(),
                            fragment_of(&deflated)
                        )));
                    }
                    None => unavailable.set(true),
                }
            });
        })
    };
    let on_copy = {
        let (link, copied) = (link.clone(), copied.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(text) = (*link).clone() else {
                return;
            };
            let copied = copied.clone();
            copy(&text, move |ok| {
                copied.set(Some(if ok {
                    CommonText::Copied
                } else {
                    CommonText::CopyFailed
                }));
            });
        })
    };
    html! {
        <section class="share-panel" aria-labelledby="share-heading">
            <h2 id="share-heading">{ t(lang, FilesText::ShareButton) }</h2>
            <p id="share-explain">{ t(lang, FilesText::ShareExplain) }</p>
            if let Some(url) = &**link {
                <div class="field">
                    <label for="share-link">{ t(lang, FilesText::ShareLinkLabel) }</label>
                    <input id="share-link" type="text" readonly=true value={url.clone()} aria-describedby="share-explain" />
                </div>
                <button type="button" onclick={on_copy}>{ t(lang, CommonText::CopyLink) }</button>
            } else {
                <button type="button" class="share-button" aria-describedby="share-explain" onclick={on_share}>{ t(lang, FilesText::ShareButton) }</button>
            }
            <p role="status">
                if **unavailable {
                    { t(lang, FilesText::ShareUnavailable) }
                } else {
                    { copied.map(|k| t(lang, k)).unwrap_or_default() }
                }
            </p>
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct SharedViewProps {
    pub shared: Result<Shared, ShareError>,
    pub on_close: Callback<()>,
}

/// A shared assessment, read-only, with "read it in" offered; or why the link cannot be read.
#[component]
pub fn SharedView(props: &SharedViewProps) -> Html {
    let outcome = use_slot(|| None::<FilesText>);
    // Which of the results' four lists show all their items ("Visa alla").
    let open_lists = use_slot(|| [false; 4]);
    let state = use_app();
    let lang = state.ws.lang;
    let close = {
        let on_close = props.on_close.clone();
        Callback::from(move |_: MouseEvent| on_close.emit(()))
    };
    let body = match &props.shared {
        Err(_) => {
            html! { <p class="file-error" role="alert">{ t(lang, FilesText::SharedDamaged) }</p> }
        }
        Ok(Shared {
            assessment: a,
            framework: carried,
        }) => {
            // The link's own framework is shown as it came, even where one with its id is here.
            let fw = carried
                .clone()
                .map(Rc::new)
                .or_else(|| state.framework_by_id(&a.framework_id));
            let on_import = {
                let (state, outcome) = (state.clone(), outcome.clone());
                let (a, carried) = (a.clone(), carried.clone());
                Callback::from(move |_: MouseEvent| {
                    if state.ws.assessments.iter().any(|x| same_assessment(x, &a)) {
                        outcome.set(Some(FilesText::SharedExists));
                    } else {
                        let incoming =
                            shared_import(a.clone(), carried.clone(), state.frameworks.as_slice());
                        if !incoming.frameworks.is_empty() {
                            send(
                                &state,
                                Command::Editor(EditorCommand::Install(incoming.frameworks)),
                            );
                        }
                        send(
                            &state,
                            Command::Files(FileCommand::Import {
                                assessments: incoming.assessments,
                                on_duplicate: OnDuplicate::Skip,
                            }),
                        );
                        outcome.set(Some(FilesText::SharedImported));
                    }
                })
            };
            html! {
                <>
                    if let Some(framework) = fw {
                        { results_body(&framework, a, None, lang, Html::default(), &open_lists) }
                    }
                    <p class="shared-actions">
                        if outcome.is_none() {
                            <button type="button" class="primary" onclick={on_import}>{ t(lang, FilesText::ImportShared) }</button>
                        }
                    </p>
                    <p role="status">{ outcome.map(|k| t(lang, k)).unwrap_or_default() }</p>
                </>
            }
        }
    };
    html! {
        <div class="shared-view">
            <h1 id="step-heading" tabindex="-1">{ t(lang, FilesText::SharedHeading) }</h1>
            { leaf("p", Some("notice"), t(lang, FilesText::SharedIntro).into()) }
            { body }
            <p><button type="button" onclick={close}>{ t(lang, CommonText::Close) }</button></p>
        </div>
    }
}
