use yew::prelude::*;

use crate::ui::leaf;

use crate::hooks::{use_app, use_slot};
use crate::i18n::{t, CommonText, ErrorMsg, FilesMsg, FilesText, RollupMsg};

use super::incoming::{conflict_question, proceed, read_opened, FileMessage, Opened, Pending};
use super::working_buttons::working_buttons;
use crate::platform::clock::now_iso;
use crate::platform::document;
use crate::platform::download::download;
use crate::platform::file_read::{read_text, take_chosen};
use crate::platform::timing::mark;
use crate::store::{send, AppContext};
use kompass_core::files::csv::{assessments_csv, CsvLabels};
use kompass_core::files::names::export_file_name;
use kompass_core::files::transfer::{export, ImportError, OnDuplicate};
use kompass_core::files::travel::{FrameworkChoice, Incoming};
use kompass_core::FileCommand;
use kompass_core::{Assessment, Command, Framework, Lang};
use std::rc::Rc;

/// Saves everything as one versioned JSON file and notes when that was done.
fn export_all(state: &AppContext) {
    let now = now_iso();
    let list: Vec<&Assessment> = state.ws.assessments.iter().collect();
    let name = file_name(&list, state.ws.lang, &now, "json");
    if download(&name, "application/json", &export(&state.ws, &now)) {
        send(state, Command::Files(FileCommand::MarkExported(now)));
    }
}

/// "Spara som fil": one callback type for every such button (the file bar, the reminder and
/// the storage banner), so `export_all` is not compiled into a closure of each.
pub fn export_on_click(state: &AppContext) -> Callback<MouseEvent> {
    let state = state.clone();
    Callback::from(move |_: MouseEvent| export_all(&state))
}

/// An exported file's name: the app, the units in `list` and the day of `now` (ISO 8601).
pub(super) fn file_name(list: &[&Assessment], lang: Lang, now: &str, ext: &str) -> String {
    let units: Vec<&str> = list.iter().map(|a| a.unit.as_str()).collect();
    let day = now.get(..10).unwrap_or("");
    export_file_name(&units, &|n| t(lang, RollupMsg::MoreUnits(n)), day, ext)
}

/// `list` as CSV for Swedish Excel in `lang`, saved as a file named for its units and today:
/// the whole workspace from the file bar, one framework's units from the organisation view.
pub fn save_csv(list: &[&Assessment], frameworks: &[Rc<Framework>], lang: Lang) {
    let text = assessments_csv(list, frameworks, &csv_labels(lang));
    let name = file_name(list, lang, &now_iso(), "csv");
    download(&name, "text/csv;charset=utf-8", &text);
}

/// The CSV file's words in `lang`.
fn csv_labels(lang: Lang) -> CsvLabels<'static> {
    let w = |key| t(lang, key);
    CsvLabels {
        lang,
        headers: [
            w(FilesText::CsvUnit),
            w(FilesText::CsvFramework),
            w(FilesText::CsvDate),
            w(FilesText::CsvType),
            w(FilesText::CsvId),
            w(FilesText::CsvItem),
            w(FilesText::CsvNow),
            w(FilesText::CsvTarget),
            w(FilesText::CsvNowPercent),
            w(FilesText::CsvTargetPercent),
            w(FilesText::CsvBasedOn),
            w(FilesText::CsvNote),
        ],
        shift: w(FilesText::CsvShift),
        factor: w(FilesText::CsvFactor),
        goal_area: w(FilesText::CsvGoalArea),
        dont_know: t(lang, CommonText::DontKnow),
    }
}

/// Every assessment of every unit as CSV for Excel, in the interface language.
fn export_csv(state: &AppContext) {
    let list: Vec<&Assessment> = state.ws.assessments.iter().collect();
    save_csv(&list, state.frameworks.as_slice(), state.ws.lang);
}

/// "Spara som fil", "Öppna fil", when it was last saved as a file, and the import's questions.
#[component]
pub fn FileBar() -> Html {
    let pending = use_slot(|| None::<Pending>);
    // A file whose framework is here already with other content: (file, what it brings, choose).
    let conflict = use_slot(|| None::<(String, Incoming, bool)>);
    // What the last file action said.
    let message = use_slot(|| None::<FileMessage>);
    let state = use_app();
    let lang = state.ws.lang;
    let ws = &state.ws;

    let on_save = export_on_click(&state);
    let on_csv = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| export_csv(&state))
    };
    let on_open = {
        let (state, pending, message, conflict) = (
            state.clone(),
            pending.clone(),
            message.clone(),
            conflict.clone(),
        );
        Callback::from(move |e: Event| {
            let Some(file) = take_chosen(&e).into_iter().next() else {
                return;
            };
            message.set(None);
            let name = file.name();
            let fail = {
                let (name, message) = (name.clone(), message.clone());
                move |err: ImportError| {
                    message.set(Some(FileMessage::Error(t(
                        lang,
                        ErrorMsg::Import {
                            file: &name,
                            err: &err,
                        },
                    ))));
                }
            };
            let (state, pending, message, conflict) = (
                state.clone(),
                pending.clone(),
                message.clone(),
                conflict.clone(),
            );
            yew::platform::spawn_local(async move {
                let text = match read_text(&file).await {
                    Ok(text) => text,
                    Err(err) => return fail(err),
                };
                mark("import:read");
                let opened = read_opened(&state, &name, &text, &message).await;
                match opened {
                    Err(text) => message.set(Some(FileMessage::Error(text))),
                    Ok(opened) => {
                        let (incoming, choose) = match opened {
                            Opened::Framework(i) => (i, true),
                            Opened::Data(i) => (i, false),
                        };
                        if incoming.conflicts.is_empty() {
                            proceed(&state, &pending, &message, &name, &incoming, choose).await;
                        } else {
                            message.set(None);
                            conflict.set(Some((name, incoming, choose)));
                        }
                    }
                }
            });
        })
    };
    let decide_conflict = |choice: Option<FrameworkChoice>| {
        let (state, pending, message, conflict) = (
            state.clone(),
            pending.clone(),
            message.clone(),
            conflict.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            if let (Some((name, mut incoming, choose)), Some(choice)) =
                ((*conflict).clone(), choice)
            {
                incoming.resolve(choice, state.frameworks.as_slice());
                let (state, pending, message) = (state.clone(), pending.clone(), message.clone());
                yew::platform::spawn_local(async move {
                    proceed(&state, &pending, &message, &name, &incoming, choose).await;
                });
            }
            conflict.set(None);
        })
    };
    let decide = |choice: Option<OnDuplicate>| {
        let (state, pending, message) = (state.clone(), pending.clone(), message.clone());
        Callback::from(move |_: MouseEvent| {
            if let (Some(p), Some(on_duplicate)) = ((*pending).clone(), choice) {
                let n = p.assessments.len();
                send(
                    &state,
                    Command::Files(FileCommand::Import {
                        assessments: p.assessments,
                        on_duplicate,
                    }),
                );
                message.set(Some(FileMessage::Done(t(
                    lang,
                    FilesMsg::Imported { file: &p.file, n },
                ))));
            }
            pending.set(None);
        })
    };
    let on_undo = {
        let (state, message) = (state.clone(), message.clone());
        Callback::from(move |_: MouseEvent| {
            send(&state, Command::Files(FileCommand::UndoImport));
            message.set(Some(FileMessage::Done(
                t(lang, FilesText::ImportUndone).to_owned(),
            )));
        })
    };
    // The menu says when the data was last saved as a file (the reminder is on the views);
    // with a working file connected, every change is in that file, and nothing needs saying.
    let connected = state.working.connected();
    let export_note = match (&ws.export.last_export, ws.assessments.is_empty()) {
        (Some(at), _) => Some(t(
            lang,
            FilesMsg::LastExport {
                date: at.get(..10).unwrap_or(at),
            },
        )),
        (None, false) => Some(t(lang, FilesText::NotInFileYet).to_owned()),
        (None, true) => None,
    }
    .filter(|_| !connected);
    // Embedded on another site, the browser partitions storage: say so where files are.
    let embedded = document::embedded();
    let (error, status, reading) = match &*message {
        Some(FileMessage::Error(text)) => (Some(text.clone()), None, None),
        Some(FileMessage::Done(text)) => (None, Some(text.clone()), None),
        Some(FileMessage::Progress(text)) => (None, None, Some(text.clone())),
        None => (None, None, None),
    };
    html! {
        <section class="file-bar" aria-label={t(lang, FilesText::FilesGroup)}>
            <div class="file-buttons">
                if !ws.assessments.is_empty() {
                    <button type="button" class="primary save-file" data-closes="" onclick={on_save}>{ t(lang, FilesText::SaveFile) }</button>
                    <button type="button" class="save-csv" data-closes="" onclick={on_csv}>{ t(lang, FilesText::SaveCsv) }</button>
                }
                <label class="file-open">
                    { leaf("span", Some("file-open-label"), t(lang, FilesText::OpenFile).into()) }
                    <input type="file" accept=".json,application/json" onchange={on_open} />
                </label>
                { working_buttons(&state) }
                if let Some(note) = export_note {
                    { leaf("p", Some("export-note"), note.into()) }
                }
            </div>
            if embedded {
                { leaf("p", Some("embedded-note"), t(lang, FilesText::EmbeddedNote).into()) }
            }
            <div role="alert">
                if let Some(text) = error {
                    { leaf("p", Some("file-error"), text.into()) }
                }
            </div>
            <div role="status">
                if let Some(text) = reading {
                    { leaf("p", Some("file-progress"), text.into()) }
                }
                if let Some(text) = status {
                    <p class="file-status">
                        { text }
                        if state.ws.undo.before_import.is_some() {
                            <button type="button" onclick={on_undo}>{ t(lang, CommonText::Undo) }</button>
                        }
                    </p>
                }
            </div>
            if let Some((_, incoming, _)) = &*conflict {
                { conflict_question(lang, incoming, &decide_conflict) }
            }
            if let Some(p) = &*pending {
                <div class="duplicate-prompt" role="group" aria-labelledby="duplicate-heading">
                    <h2 id="duplicate-heading">{ t(lang, FilesText::DuplicateHeading) }</h2>
                    <p>{ t(lang, FilesMsg::DuplicatesFound { file: &p.file, n: p.duplicates }) }</p>
                    <div class="file-buttons">
                        <button type="button" onclick={decide(Some(OnDuplicate::Skip))}>{ t(lang, FilesText::DuplicateSkip) }</button>
                        <button type="button" onclick={decide(Some(OnDuplicate::KeepBoth))}>{ t(lang, FilesText::DuplicateKeepBoth) }</button>
                        <button type="button" onclick={decide(Some(OnDuplicate::Replace))}>{ t(lang, FilesText::DuplicateReplace) }</button>
                        <button type="button" onclick={decide(None)}>{ t(lang, CommonText::Cancel) }</button>
                    </div>
                </div>
            }
        </section>
    }
}
