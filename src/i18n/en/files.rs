//! English: the files' texts (saving and opening files, the CSV export, sharing as a link).

use crate::i18n::{FilesMsg as M, FilesText as T};

pub fn text(key: T) -> &'static str {
    match key {
        T::SaveFile => "Save as file",
        T::OpenFile => "Open file",
        T::FilesGroup => "Files",
        T::NeverExported => "This is only in the browser. Save a copy as a file, so that nothing is lost if the browser's data is cleared.",
        T::NotInFileYet => "Not saved as a file yet.",
        T::DuplicateHeading => "The same assessment already exists",
        T::DuplicateSkip => "Keep what is here",
        T::DuplicateKeepBoth => "Keep both",
        T::DuplicateReplace => "Replace with the file's",
        T::ImportUndone => "The import was undone.",
        T::SaveCsv => "Export to Excel (CSV)",
        T::CsvUnit => "Unit",
        T::CsvFramework => "Framework",
        T::CsvDate => "Date",
        T::CsvType => "Type",
        T::CsvId => "Id",
        T::CsvItem => "Item",
        T::CsvNow => "Level today",
        T::CsvTarget => "Target",
        T::CsvNowPercent => "Today (%)",
        T::CsvTargetPercent => "Target (%)",
        T::CsvBasedOn => "Based on",
        T::CsvNote => "Note",
        T::CsvShift => "Shift",
        T::CsvFactor => "Factor",
        T::CsvGoalArea => "Goal area",
        T::ShareButton => "Share as a link",
        T::ShareUnavailable => "This browser cannot make the link. Save as a file instead.",
        T::ShareExplain => "The link holds the whole assessment – ratings, answers, notes and actions – in the web address itself. The part after # is never sent to any server, but anyone who gets the link can read everything in it.",
        T::ShareLinkLabel => "Link to share",
        T::SharedHeading => "Shared assessment (read-only)",
        T::SharedIntro => "This page shows an assessment from a shared link. None of it is saved in this browser until you read it in.",
        T::ImportShared => "Read in this assessment",
        T::SharedImported => "The assessment was read into this browser.",
        T::SharedExists => "This assessment is already in this browser.",
        T::SharedDamaged => "The link is damaged or incomplete. Ask for a new link.",
        T::EmbeddedNote => "The app is embedded in another page. The browser keeps what you save here apart from the app's own page: use \"Save as file\" and \"Open file\" to move between them.",
    }
}

pub fn message(msg: M) -> String {
    match msg {
        M::LastExport { date } => format!("Last saved as a file on {date}."),
        M::ChangedSince { date } => format!("You have made changes since you saved as a file on {date}. Save again to keep the file up to date."),
        M::DuplicatesFound { file, n: 1 } => format!("One assessment in “{file}” is already here (same unit, framework and date). What should happen to it?"),
        M::DuplicatesFound { file, n } => format!("{n} assessments in “{file}” are already here (same unit, framework and date). What should happen to them?"),
        M::Imported { file, n: 1 } => format!("1 assessment was read from “{file}”."),
        M::Imported { file, n } => format!("{n} assessments were read from “{file}”."),
        M::Reading { read, total } => format!("Reading the file: {read} of {total} assessments …"),
    }
}
