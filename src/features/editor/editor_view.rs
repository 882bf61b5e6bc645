//! The editor's page: the draft's form (or its preview as the start page will show it), the
//! error summary, and "Använd", "Förhandsvisning" and "Släng utkastet". Every change is a
//! command to the core; this only renders.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::ui::leaf;

use super::summary::error_summary;
use super::{sections, Ed};
use crate::features::assessment::framework_overview;
use crate::hooks::{use_app, use_effect_on, use_slot, EveryRender};
use crate::i18n::{t, EditorMsg, EditorText};
use crate::platform::document::focus_by_id;
use crate::store::send;
use kompass_core::editor::{EditorCommand, ListKind};
use kompass_core::Command;

#[component]
pub fn EditorView() -> Html {
    let state = use_app();
    let english = use_slot(|| false);
    let preview = use_slot(|| false);
    let confirm = use_slot(|| false);
    let removed = use_slot(|| None::<ListKind>);
    let attempts = use_slot(|| 0u32);
    // Where the focus goes after the next render (an added field, a moved entry, undo).
    let pending = use_mut_ref(|| None::<String>);
    {
        let pending = pending.clone();
        use_effect_on(
            Box::new(EveryRender),
            Box::new(move || {
                if let Some(id) = pending.borrow_mut().take() {
                    focus_by_id(&id);
                }
                None
            }),
        );
    }
    let Some(draft) = state.ws.own.draft.clone() else {
        return Html::default();
    };
    let lang = state.ws.lang;
    let problems = draft.visible_problems();
    let to_core = {
        let state = state.clone();
        Callback::from(move |cmd: EditorCommand| send(&state, Command::Editor(cmd)))
    };
    let focus = {
        let pending = pending.clone();
        Callback::from(move |id: String| *pending.borrow_mut() = Some(id))
    };
    let ed = Ed {
        lang,
        fw: &draft.fw,
        problems: &problems,
        english: *english,
        send: to_core.clone(),
        focus: focus.clone(),
        removed: {
            let removed = removed.clone();
            Callback::from(move |kind| removed.set(Some(kind)))
        },
    };
    let on_use = {
        let (to_core, attempts, focus) = (to_core.clone(), attempts.clone(), focus.clone());
        Callback::from(move |_: MouseEvent| {
            to_core.emit(EditorCommand::Use);
            focus.emit("ed-summary".to_owned());
            attempts.set(*attempts + 1);
        })
    };
    let toggle_preview = {
        let (preview, focus) = (preview.clone(), focus.clone());
        Callback::from(move |_: MouseEvent| {
            focus.emit("ed-preview-toggle".to_owned());
            preview.set(!*preview);
        })
    };
    let on_english = {
        let english = english.clone();
        Callback::from(move |e: Event| {
            english.set(e.target_unchecked_into::<HtmlInputElement>().checked());
        })
    };
    let ask_discard = {
        let (confirm, focus) = (confirm.clone(), focus.clone());
        Callback::from(move |_: MouseEvent| {
            focus.emit("ed-discard-no".to_owned());
            confirm.set(true);
        })
    };
    let discard = {
        let to_core = to_core.clone();
        Callback::from(move |_: MouseEvent| to_core.emit(EditorCommand::Discard))
    };
    let keep = {
        let (confirm, focus) = (confirm.clone(), focus.clone());
        Callback::from(move |_: MouseEvent| {
            focus.emit("ed-discard".to_owned());
            confirm.set(false);
        })
    };
    let removed_now = draft.removed.as_ref().and(*removed);
    let based_on = draft
        .fw
        .based_on
        .as_ref()
        .map(|b| t(lang, EditorMsg::BasedOn(b.name.get(lang))));
    let preview_label = if *preview {
        EditorText::BackToEditing
    } else {
        EditorText::Preview
    };
    html! {
        <div class="editor">
            <h1 id="step-heading" tabindex="-1">{ t(lang, EditorText::Heading) }</h1>
            if let Some(note) = based_on {
                { leaf("p", Some("based-on"), note.into()) }
            }
            { leaf("p", Some("intro"), t(lang, EditorText::Intro).into()) }
            if *preview {
                { leaf("p", Some("hint"), t(lang, EditorText::PreviewNote).into()) }
                <section class="about-framework ed-preview" aria-labelledby="framework-name">
                    { framework_overview(&draft.fw, lang) }
                </section>
            } else {
                if draft.tried {
                    { error_summary(&ed) }
                }
                <div class="ed-check ed-english">
                    <input type="checkbox" id="ed-english" checked={*english} onchange={on_english} />
                    <label for="ed-english">{ t(lang, EditorText::ShowEnglish) }</label>
                </div>
                { sections::about(&ed, &draft.horizon_text) }
                { sections::lists(&ed, removed_now) }
            }
            { leaf("p", Some("hint ed-draft-note"), t(lang, EditorText::DraftNote).into()) }
            <div class="ed-actions">
                <button type="button" id="ed-use" class="primary" onclick={on_use}>{ t(lang, EditorText::Use) }</button>
                <button type="button" id="ed-preview-toggle" onclick={toggle_preview}>{ t(lang, preview_label) }</button>
                if !*confirm {
                    <button type="button" id="ed-discard" class="ed-discard" onclick={ask_discard}>{ t(lang, EditorText::Discard) }</button>
                }
            </div>
            if *confirm {
                <div class="ed-confirm" role="group" aria-labelledby="ed-confirm-text">
                    <p id="ed-confirm-text">{ t(lang, EditorText::DiscardConfirm) }</p>
                    <button type="button" id="ed-discard-yes" onclick={discard}>{ t(lang, EditorText::DiscardYes) }</button>
                    <button type="button" id="ed-discard-no" onclick={keep}>{ t(lang, EditorText::Cancel) }</button>
                </div>
            }
        </div>
    }
}
