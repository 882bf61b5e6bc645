//! What "Öppna fil" brings besides assessments: a framework file, or the own frameworks an
//! exported file carries. A framework already here with other content is asked about (keep
//! both, or replace ours); nothing is mixed silently.

use yew::prelude::*;

use crate::hooks::Slot;
use crate::i18n::{t, EditorMsg, EditorText, ErrorMsg, FilesMsg};
use crate::platform::timing::{mark, next_task};
use crate::store::{send, AppContext};
use kompass_core::editor::EditorCommand;
use kompass_core::files::steps::{ImportSteps, Progress};
use kompass_core::files::transfer::{count_duplicates, OnDuplicate};
use kompass_core::files::travel::{
    is_framework_file, read_framework_file, FrameworkChoice, Incoming,
};
use kompass_core::{Assessment, Command, FileCommand, Lang, NavCommand};

/// An import waiting for the user's answer about assessments that already exist.
#[derive(Clone, PartialEq)]
pub(super) struct Pending {
    pub(super) file: String,
    pub(super) assessments: Vec<Assessment>,
    pub(super) duplicates: usize,
}

/// What the last file action said, in words.
#[derive(Clone, PartialEq)]
pub(super) enum FileMessage {
    /// The file could not be used.
    Error(String),
    /// What was done (imported, undone).
    Done(String),
    /// How far a big file has been read.
    Progress(String),
}

/// Goes on with what a file brings once no framework question is open: its frameworks are
/// added, then its assessments imported (or asked about, where some are here already). The
/// count of duplicates and the import each run in a task of their own, so a big file never
/// freezes the page for both (User Timing mark `import:counted` for the benchmark).
pub(super) async fn proceed(
    state: &AppContext,
    pending: &Slot<Option<Pending>>,
    message: &Slot<Option<FileMessage>>,
    name: &str,
    incoming: &Incoming,
    choose: bool,
) {
    let lang = state.ws.lang;
    let added = install(state, incoming, choose, lang);
    let assessments = incoming.assessments.clone();
    if assessments.is_empty() {
        message.set(added.map(FileMessage::Done));
        return;
    }
    next_task().await;
    let duplicates = count_duplicates(&state.ws.assessments, &assessments);
    mark("import:counted");
    next_task().await;
    if duplicates == 0 {
        let n = assessments.len();
        send(
            state,
            Command::Files(FileCommand::Import {
                assessments,
                on_duplicate: OnDuplicate::KeepBoth,
            }),
        );
        let done = t(lang, FilesMsg::Imported { file: name, n });
        message.set(Some(FileMessage::Done(match added {
            Some(added) => format!("{done} {added}"),
            None => done,
        })));
    } else {
        message.set(added.map(FileMessage::Done));
        pending.set(Some(Pending {
            file: name.to_owned(),
            assessments,
            duplicates,
        }));
    }
}

/// A file read: a framework file or saved data, with what it brings.
pub(super) enum Opened {
    Framework(Incoming),
    Data(Incoming),
}

/// Reads `text` as a framework file or as saved data; why not, in words (for file `name`).
/// Saved data is read and checked in steps, each in a task of its own with the progress said
/// in `message`, so a file of 100,000 assessments never freezes the page (User Timing mark
/// `import:checked` for the benchmark).
pub(super) async fn read_opened(
    state: &AppContext,
    name: &str,
    text: &str,
    message: &Slot<Option<FileMessage>>,
) -> Result<Opened, String> {
    let lang = state.ws.lang;
    let offered = state.frameworks.as_slice();
    if is_framework_file(text) {
        return read_framework_file(text, offered)
            .map(Opened::Framework)
            .map_err(|errors| {
                let heading = t(
                    lang,
                    ErrorMsg::FrameworkFileHeading {
                        file: name,
                        n: errors.len(),
                    },
                );
                let first = errors.first().map(|e| t(lang, ErrorMsg::Framework(e)));
                format!("{heading} {}", first.unwrap_or_default())
            });
    }
    let mut steps = ImportSteps::new(text);
    // The file's outline (one scan of all of it) and its first step in tasks of their own.
    next_task().await;
    let checked = loop {
        match steps.next(offered) {
            Progress::Done(result) => break result,
            Progress::Reading { read, total } => {
                message.set(Some(FileMessage::Progress(t(
                    lang,
                    FilesMsg::Reading { read, total },
                ))));
                next_task().await;
            }
        }
    };
    mark("import:checked");
    checked.map(Opened::Data).map_err(|err| {
        t(
            lang,
            ErrorMsg::Import {
                file: name,
                err: &err,
            },
        )
    })
}

/// Adds the frameworks `incoming` brings (conflicts resolved) to the own ones; a framework
/// file's framework is chosen for the next assessment. The message says what was added.
pub(super) fn install(
    state: &AppContext,
    incoming: &Incoming,
    choose: bool,
    lang: Lang,
) -> Option<String> {
    if incoming.frameworks.is_empty() {
        return None;
    }
    send(
        state,
        Command::Editor(EditorCommand::Install(incoming.frameworks.clone())),
    );
    let first = &incoming.frameworks[0];
    if choose {
        send(
            state,
            Command::Navigate(NavCommand::ChooseFramework(first.id.clone())),
        );
    }
    let names: Vec<&str> = incoming
        .frameworks
        .iter()
        .map(|f| f.name.get(lang))
        .collect();
    Some(t(lang, EditorMsg::FrameworkAdded(&names.join("”, ”"))))
}

/// The question about a framework that is here already with other content, and its answers
/// (`None`: cancel).
pub(super) fn conflict_question(
    lang: Lang,
    incoming: &Incoming,
    decide: &dyn Fn(Option<FrameworkChoice>) -> Callback<MouseEvent>,
) -> Html {
    let Some(c) = incoming.conflicts.first() else {
        return Html::default();
    };
    let replaceable = incoming.conflicts.iter().all(|c| c.replaceable);
    html! {
        <div class="duplicate-prompt framework-conflict" role="group" aria-labelledby="conflict-heading">
            <h2 id="conflict-heading">{ t(lang, EditorText::ConflictHeading) }</h2>
            <p>{ t(lang, EditorMsg::Conflict { here: c.here.get(lang), there: c.there.get(lang) }) }</p>
            <div class="file-buttons">
                <button type="button" id="conflict-keep-both" onclick={decide(Some(FrameworkChoice::KeepBoth))}>{ t(lang, EditorText::KeepBoth) }</button>
                if replaceable {
                    <button type="button" id="conflict-replace" onclick={decide(Some(FrameworkChoice::Replace))}>{ t(lang, EditorText::ReplaceMine) }</button>
                }
                <button type="button" onclick={decide(None)}>{ t(lang, EditorText::Cancel) }</button>
            </div>
        </div>
    }
}
