//! Keys of the files' texts: saving and opening files, the CSV export and sharing as a link.

use super::{en, sv, Lang, Localize};

/// Every fixed text of files, CSV and sharing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FilesText {
    SaveFile,
    OpenFile,
    FilesGroup,
    NeverExported,
    ChangedSinceExport,
    DuplicateHeading,
    DuplicateSkip,
    DuplicateKeepBoth,
    DuplicateReplace,
    ImportUndone,
    SaveCsv,
    CsvUnit,
    CsvFramework,
    CsvDate,
    CsvType,
    CsvId,
    CsvItem,
    CsvNow,
    CsvTarget,
    CsvNowPercent,
    CsvTargetPercent,
    CsvBasedOn,
    CsvNote,
    CsvShift,
    CsvFactor,
    CsvGoalArea,
    ShareButton,
    ShareExplain,
    ShareLinkLabel,
    SharedHeading,
    SharedIntro,
    ImportShared,
    SharedImported,
    SharedExists,
    SharedDamaged,
    EmbeddedNote,
}

/// Files texts with values in them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FilesMsg<'a> {
    /// When the workspace was last saved as a file.
    LastExport { date: &'a str },
    /// How many incoming assessments are the same as ones already here (unit, framework, date).
    DuplicatesFound { file: &'a str, n: usize },
    /// How many assessments were read from a file.
    Imported { file: &'a str, n: usize },
}

impl Localize for FilesText {
    type Output = &'static str;

    fn localize(self, lang: Lang) -> &'static str {
        match lang {
            Lang::Sv => sv::files::text(self),
            Lang::En => en::files::text(self),
        }
    }
}

impl Localize for FilesMsg<'_> {
    type Output = String;

    fn localize(self, lang: Lang) -> String {
        match lang {
            Lang::Sv => sv::files::message(self),
            Lang::En => en::files::message(self),
        }
    }
}
