//! English: the working file's texts and browser storage on the about page.

use crate::i18n::working::size;
use crate::i18n::{WorkingMsg as M, WorkingText as T};
use kompass_core::files::working::{Change, Choice, WriteProblem};

pub fn text(key: T) -> &'static str {
    match key {
        T::Choose => "Save in a file that updates automatically",
        T::Open => "Open working file",
        T::Unsupported => "This browser cannot update a file automatically; Edge and Chrome can. Here everything is saved in the browser: save as a file after changes, so you always have a current copy.",
        T::Reconnect => "Connect the working file again",
        T::ChooseAnother => "Choose another file",
        T::TryAgain => "Try again",
        T::Stop => "Stop saving in the working file",
        T::QuestionHeading => "The working file was changed elsewhere",
        T::QuestionIntro => "Someone saved in the file since this browser wrote to it, for example a colleague or another computer. Nothing is overwritten until you have chosen what applies for each assessment.",
        T::Apply => "Use these choices and save in the file",
        T::Here => "Here",
        T::InFile => "In the file",
        T::Missing => "not there",
        T::Change(Change::AddedThere) => "Only in the file",
        T::Change(Change::RemovedThere) => "Removed from the file",
        T::Change(Change::ChangedThere) => "Changed in the file",
        T::Change(Change::ChangedBoth) => "Changed both here and in the file",
        T::Choice(Choice::KeepBoth) => "Keep both",
        T::Choice(Choice::TakeTheirs) => "Use the file's",
        T::Choice(Choice::KeepOurs) => "Keep this browser's",
        T::Problem(WriteProblem::Permission) => "The browser may no longer save in the working file. Everything is still in the browser. Connect the file again and changes are saved there too.",
        T::Problem(WriteProblem::Missing) => "The working file is no longer where it was: it was moved, renamed or deleted. Everything is still in the browser. Choose a file to save in.",
        T::Problem(WriteProblem::DiskFull) => "The working file could not be saved because the disk is full. Everything is still in the browser. Make room and try again.",
        T::Problem(WriteProblem::Locked) => "Another program is using the working file right now, for example the sync of a shared folder. Everything is still in the browser. Try again in a moment.",
        T::Problem(WriteProblem::Other) => "The working file could not be saved. Everything is still in the browser. Try again.",
        T::StorageHeading => "Storage in this browser",
        T::Persisted => "The browser has promised to keep the data. It is not cleared automatically when space runs low.",
        T::NotPersisted => "The browser has not promised to keep the data. It may clear it when space runs low, so save it in a file too.",
        T::UsageUnknown => "The browser does not say how much is stored.",
    }
}

pub fn message(msg: M) -> String {
    match msg {
        M::Connected { file, at: Some(at) } => format!("Also saved in “{file}”, last at {at}"),
        M::Connected { file, at: None } => format!("Also saved in “{file}”"),
        M::Remembered { file } => format!("The working file “{file}” is not connected"),
        M::Stopped { file } => format!("The working file “{file}” is not being updated"),
        M::PutAside { file, newer: true } => format!("“{file}” was saved by a newer version of the app. It is left untouched and not overwritten. Everything is still in the browser. Choose another file to save in."),
        M::PutAside { file, newer: false } => format!("“{file}” cannot be read as a Nära vård-kompassen file. It is left untouched and not overwritten. Everything is still in the browser. Choose another file to save in."),
        M::Side { items, actions } => {
            let items = if items == 1 { "1 item rated".to_owned() } else { format!("{items} items rated") };
            let actions = if actions == 1 { "1 action".to_owned() } else { format!("{actions} actions") };
            format!("{items}, {actions}")
        }
        M::Usage { used, quota } => format!("The app uses {} of the {} the browser allows it.", size(used), size(quota)),
    }
}
