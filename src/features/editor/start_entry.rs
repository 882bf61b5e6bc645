//! The way into the editor from the start page: a new framework from empty, a copy of the
//! framework chosen, a change to an own framework, or back to the draft.

use yew::prelude::*;

use crate::ui::leaf;

use std::rc::Rc;

use crate::hooks::Slot;
use crate::i18n::{t, EditorMsg, EditorText};
use crate::platform::compression;
use crate::platform::download::download;
use crate::platform::location::page_address;
use crate::platform::random::random_u64;
use crate::store::{send, AppContext};
use kompass_core::editor::EditorCommand;
use kompass_core::files::framework_link::{
    framework_file, framework_file_name, framework_fragment_of, framework_json,
};
use kompass_core::{Command, Framework, Lang, NavCommand, Step};

/// A new own framework's id: `eget-` and eight hexadecimal digits, so that frameworks made
/// in different browsers do not share an id by chance.
fn new_id() -> String {
    format!("eget-{:08x}", random_u64() as u32)
}

/// The start page's section on own frameworks; `link` holds a framework link once made.
pub fn own_framework_start(state: &AppContext, link: &Slot<Option<String>>) -> Html {
    let lang = state.ws.lang;
    let open = |cmd: Option<EditorCommand>| {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(cmd) = cmd.clone() {
                send(&state, Command::Editor(cmd));
            }
            send(&state, Command::Navigate(NavCommand::GoTo(Step::Editor)));
        })
    };
    let chosen = state.framework();
    let buttons = if state.ws.own.draft.is_some() {
        html! {
            <button type="button" id="own-continue" class="primary" onclick={open(None)}>
                { t(lang, EditorText::ContinueDraft) }
            </button>
        }
    } else {
        let copy = chosen.as_ref().map(|fw| {
            let name = fw.name.get(lang);
            let own = state.ws.own.get(&fw.id).is_some();
            html! {
                <>
                    if own {
                        <button type="button" id="own-edit" onclick={open(Some(EditorCommand::Edit { id: fw.id.clone() }))}>
                            { t(lang, EditorMsg::EditOwn(name)) }
                        </button>
                    }
                    <button type="button" id="own-copy" onclick={open(Some(EditorCommand::Copy { from: fw.id.clone(), id: new_id() }))}>
                        { t(lang, EditorMsg::CopyOf(name)) }
                    </button>
                </>
            }
        });
        html! {
            <>
                <button type="button" id="own-new" onclick={open(Some(EditorCommand::New { id: new_id() }))}>
                    { t(lang, EditorText::NewEmpty) }
                </button>
                { for copy }
            </>
        }
    };
    html! {
        <section class="own-framework" aria-labelledby="own-heading">
            <h2 id="own-heading">{ t(lang, EditorText::StartHeading) }</h2>
            { leaf("p", None, t(lang, EditorText::StartIntro).into()) }
            <div class="button-row">{ buttons }</div>
            if let Some(fw) = chosen.filter(|fw| state.ws.own.get(&fw.id).is_some()) {
                { framework_tools(lang, &fw, link) }
            }
        </section>
    }
}

/// An own framework on its own: saved as a framework file, or shared as a link that installs it.
fn framework_tools(lang: Lang, fw: &Rc<Framework>, link: &Slot<Option<String>>) -> Html {
    let on_file = {
        let fw = Rc::clone(fw);
        Callback::from(move |_: MouseEvent| {
            let word = match lang {
                Lang::Sv => "ramverk",
                Lang::En => "framework",
            };
            download(
                &framework_file_name(&fw, word),
                "application/json",
                &framework_file(&fw),
            );
        })
    };
    let on_link = {
        let (fw, link) = (Rc::clone(fw), link.clone());
        Callback::from(move |_: MouseEvent| {
            let (json, link) = (framework_json(&fw), link.clone());
            yew::platform::spawn_local(async move {
                // A browser without `CompressionStream` makes no link; the file still works.
                if let Some(deflated) = compression::deflate(json.as_bytes()).await {
                    link.set(Some(format!(
                        "{}#{}",
                        page_address(),
                        framework_fragment_of(&deflated)
                    )));
                }
            });
        })
    };
    html! {
        <div class="own-tools">
            <div class="button-row">
                <button type="button" id="own-save-file" onclick={on_file}>{ t(lang, EditorText::SaveFrameworkFile) }</button>
                <button type="button" id="own-share" aria-describedby="own-link-explain" onclick={on_link}>{ t(lang, EditorText::ShareFramework) }</button>
            </div>
            <p id="own-link-explain" class="hint">{ t(lang, EditorText::FrameworkLinkExplain) }</p>
            if let Some(url) = &**link {
                <div class="field">
                    <label for="own-link">{ t(lang, EditorText::FrameworkLinkLabel) }</label>
                    <input id="own-link" type="text" readonly=true value={url.clone()} />
                </div>
            }
        </div>
    }
}
