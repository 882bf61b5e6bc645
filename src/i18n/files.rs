//! Keys of the files' texts: saving and opening files, the CSV export and sharing as a link.

/// Every fixed text of files, CSV and sharing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FilesText {
    SaveFile,
    OpenFile,
    FilesGroup,
    /// The reminder on the views where it matters, when nothing was ever saved as a file.
    NeverExported,
    /// The file menu's short note of the same.
    NotInFileYet,
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
    /// The browser cannot compress the link (no `CompressionStream`).
    ShareUnavailable,
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
    /// The reminder when data changed since it was last saved as a file (on `date`).
    ChangedSince { date: &'a str },
    /// How many incoming assessments are the same as ones already here (unit, framework, date).
    DuplicatesFound { file: &'a str, n: usize },
    /// How many assessments were read from a file.
    Imported { file: &'a str, n: usize },
    /// A big file is being read: how many of its assessments so far.
    Reading { read: usize, total: usize },
}

localized_by!(FilesText, &'static str, files::text);

localized_by!(FilesMsg<'_>, String, files::message);
