//! A framework link (`#eget-ramverk=…`) opened: the framework is decompressed by the browser,
//! checked like a framework file and added to the own frameworks, chosen for the next
//! assessment. One that is here already in another version is added beside it under a new id
//! (a link never replaces anything). The fragment is forgotten once read.

use std::rc::Rc;

use yew::prelude::*;

use crate::hooks::{use_mount, use_slot};
use crate::i18n::{t, EditorMsg, EditorText};
use crate::platform::{compression, location};
use crate::store::{send, AppContext};
use kompass_core::editor::EditorCommand;
use kompass_core::files::framework_link::packed_framework;
use kompass_core::files::share::MAX_SHARE_BYTES;
use kompass_core::files::travel::{read_framework_file, FrameworkChoice};
use kompass_core::{Command, NavCommand};

/// What the link did, in words for a banner (`Err`: it could not be read).
#[hook]
pub fn use_framework_link(state: &AppContext) -> Option<Result<String, String>> {
    let outcome = use_slot(|| None::<Result<String, String>>);
    {
        let (state, outcome) = (state.clone(), outcome.clone());
        use_mount(Box::new(move || {
            let lang = state.ws.lang;
            let damaged = move || Err(t(lang, EditorText::FrameworkLinkDamaged).to_owned());
            match packed_framework(&location::fragment()) {
                None => {}
                Some(Err(_)) => outcome.set(Some(damaged())),
                Some(Ok(packed)) => yew::platform::spawn_local(async move {
                    location::forget_fragment();
                    let offered = Rc::clone(&state.frameworks);
                    let read = compression::inflate(&packed, MAX_SHARE_BYTES)
                        .await
                        .and_then(|json| String::from_utf8(json).ok())
                        .and_then(|text| read_framework_file(&text, offered.as_slice()).ok());
                    let Some(mut incoming) = read else {
                        return outcome.set(Some(damaged()));
                    };
                    incoming.resolve(FrameworkChoice::KeepBoth, offered.as_slice());
                    // Already here as it is: it is chosen all the same.
                    let fw = incoming.frameworks.first().cloned();
                    if let Some(fw) = &fw {
                        send(
                            &state,
                            Command::Editor(EditorCommand::Install(incoming.frameworks.clone())),
                        );
                        send(
                            &state,
                            Command::Navigate(NavCommand::ChooseFramework(fw.id.clone())),
                        );
                        outcome.set(Some(Ok(t(
                            lang,
                            EditorMsg::FrameworkAdded(fw.name.get(lang)),
                        ))));
                    }
                }),
            }
            None
        }));
    }
    (*outcome).clone()
}
