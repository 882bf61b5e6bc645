//! The way into the editor from the start page: a new framework from empty, a copy of the
//! framework chosen, a change to an own framework, or back to the draft.

use yew::prelude::*;

use crate::i18n::{t, EditorMsg, EditorText};
use crate::platform::random::random_u64;
use crate::store::{send, AppContext};
use kompass_core::editor::EditorCommand;
use kompass_core::{Command, NavCommand, Step};

/// A new own framework's id: `eget-` and eight hexadecimal digits, so that frameworks made
/// in different browsers do not share an id by chance.
fn new_id() -> String {
    format!("eget-{:08x}", random_u64() as u32)
}

pub fn own_framework_start(state: &AppContext) -> Html {
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
            <p>{ t(lang, EditorText::StartIntro) }</p>
            <div class="button-row">{ buttons }</div>
        </section>
    }
}
