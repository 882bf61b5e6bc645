//! English: the error sentences (framework files, saved data, imported files).

use crate::i18n::ErrorMsg as M;
use kompass_core::files::saved::{ShapeProblem, StoreError};
use kompass_core::files::transfer::ImportError;
use kompass_core::site::SiteProblem;
use kompass_core::FrameworkError;

pub fn message(msg: M) -> String {
    match msg {
        M::Framework(err) => framework(err),
        M::Store(err) => store(err),
        M::Import { file, err } => import(file, err),
        M::FrameworkFileOtherSite => {
            "The framework file must be on the same site as the app.".to_owned()
        }
        M::FrameworkFileNotFetched => "The file could not be fetched.".to_owned(),
        M::FrameworkFileStatus(status) => {
            format!("The file could not be fetched (HTTP {status}).")
        }
        M::FrameworkFilePresetId { id } => {
            format!("id \"{id}\" is already used by a built-in framework; choose another id.")
        }
        M::FrameworkFileHeading { file, n } => {
            let problems = if n == 1 { "1 problem".to_owned() } else { format!("{n} problems") };
            format!("The framework file “{file}” could not be used ({problems}):")
        }
        M::Site(problem) => site(problem),
        M::SiteHeading { n: 1 } => "The site settings in “site.json” are not used, because the file has a problem. The app works as usual without them. Please fix:".to_owned(),
        M::SiteHeading { n } => format!(
            "The site settings in “site.json” are not used, because the file has {n} problems. The app works as usual without them. Please fix:"
        ),
    }
}

/// One problem of `site.json` as a sentence for its admin.
fn site(problem: &SiteProblem) -> String {
    match problem {
        SiteProblem::Unreadable { line, column } => format!(
            "The file cannot be read at line {line}, character {column}: it is not valid JSON, or it has a field that does not exist."
        ),
        SiteProblem::WrongFormat => "The field “format” must be “nara-vard-kompassen/site”.".to_owned(),
        SiteProblem::UnknownVersion(v) => format!("There is no version {v}. Use version 1."),
        SiteProblem::EmptyName => "The organisation's Swedish name is empty.".to_owned(),
        SiteProblem::BadValue { field, value } => format!("The value “{value}” in the field “{field}” cannot be used."),
        SiteProblem::BadColour(c) => format!("Write the colour “{c}” as #rrggbb, for example #0a5c63."),
        SiteProblem::LowContrast { colour, tenths } => format!(
            "White text on “{colour}” has a contrast of {}.{}:1. It must be at least 4.5:1. Choose a darker colour.",
            tenths / 10,
            tenths % 10
        ),
    }
}

/// One framework problem as a sentence for the user.
fn framework(err: &FrameworkError) -> String {
    use FrameworkError as E;
    match err {
        E::TooLarge { bytes, max } => {
            format!("The file is too large ({bytes} bytes); the largest allowed is {max} bytes.")
        }
        E::Syntax { line, column, detail } => {
            format!("The file is not valid JSON (line {line}, column {column}): {detail}")
        }
        E::Shape { line, column, detail } => format!(
            "The file is JSON but not a framework of the right shape (line {line}, column {column}): {detail}"
        ),
        E::WrongFormat { found } => format!(
            "The field \"format\" must be \"nara-vard-kompassen/framework\" but is \"{found}\"."
        ),
        E::NewerVersion { found, supported } => format!(
            "The file has format version {found}, but the app reads only up to version {supported}. Update the app."
        ),
        E::Empty { path } => format!("{path}: the text is missing."),
        E::TooLong { path, max } => format!("{path}: the text is longer than {max} characters."),
        E::BadId { path, id } => format!(
            "{path}: id \"{id}\" may only contain a–z, 0–9 and hyphens (at most 40 characters)."
        ),
        E::DuplicateId { path, id, first } => {
            format!("{path}: id \"{id}\" is already used at {first}.")
        }
        E::UnknownGoalArea { path, id } => format!("{path}: there is no goal area with id \"{id}\"."),
        E::Count { path, found, min, max } => {
            format!("{path}: {found} given, but there must be between {min} and {max}.")
        }
        E::HorizonOutOfRange { year } => {
            format!("horizon: the year {year} is outside 2000–2100.")
        }
        E::ScaleSteps { path, found } => {
            format!("{path}: a scale has between 2 and 11 steps, not {found}.")
        }
        E::ScaleStart { path, found } => format!("{path}: a scale starts at 0 or 1, not at {found}."),
        E::ScaleAboveTen { path, max } => format!(
            "{path}: the scale's highest step would be {max}, but no step can be higher than 10. Start the scale at 0 or give it fewer steps."
        ),
        E::StepCount { path, found, steps } => format!(
            "{path}: {found} texts, but the scale has {steps} steps and there must be one text per step."
        ),
        E::UnknownScale { path, id } => format!("{path}: there is no scale with id \"{id}\"."),
        E::ReservedScale { path, id } => format!(
            "{path}: id \"{id}\" is the name of a built-in scale. Choose another id."
        ),
        E::ScalesNeedVersion { path, version } => format!(
            "{path}: a framework with scales of its own must have format version {version}."
        ),
    }
}

/// Why saved data could not be read.
fn store(err: &StoreError) -> String {
    use StoreError as E;
    match err {
        E::NotJson { line, .. } => format!(
            "It is not a file from Nära vård-kompassen, or it is damaged (line {line} cannot be read)."
        ),
        E::NoSchema => {
            "There is no version number, so the data does not come from Nära vård-kompassen."
                .to_owned()
        }
        E::NewerSchema { found, supported } => format!(
            "The data was saved by a newer version of the app (format {found}; this version reads up to {supported})."
        ),
        E::Shape { line, problem } => shape(*line, problem),
    }
}

/// What is wrong in data of the wrong shape, and on which line.
fn shape(line: usize, problem: &ShapeProblem) -> String {
    use ShapeProblem as P;
    match problem {
        P::NotObject => {
            "It is not a file from Nära vård-kompassen: it holds no assessment.".to_owned()
        }
        P::Level { found } => {
            format!("Line {line}: there is no level {found} on any scale.")
        }
        P::Date { found } => format!(
            "Line {line}: the date “{found}” does not exist. Write dates as year-month-day, for example 2026-03-01."
        ),
        P::MissingField { field } => format!("Line {line}: “{field}” is missing."),
        P::UnknownValue { found } => format!("Line {line}: the value “{found}” is not known."),
        P::WrongType => format!(
            "Line {line}: a value is of the wrong kind, for example text where a number belongs."
        ),
        P::Other => format!("Line {line}: the content is not laid out as the app saves it."),
    }
}

/// Why the file `file` could not be imported.
fn import(file: &str, err: &ImportError) -> String {
    use ImportError as E;
    match err {
        E::TooLarge { bytes, max } => format!(
            "“{file}” is too large ({} kB); the largest allowed is {} kB. Nothing was changed.",
            bytes / 1024,
            max / 1024
        ),
        E::Unreadable(e) => format!("“{file}” could not be read. {} Nothing was changed.", store(e)),
        E::Empty => format!("“{file}” holds no assessment. Nothing was changed."),
        E::UnknownFramework { assessment, id } => format!(
            "“{file}”: assessment {assessment} uses the framework \"{id}\", which this app does not have. Nothing was changed."
        ),
        E::UnknownItem { assessment, id } => format!(
            "“{file}”: assessment {assessment} has an item with id \"{id}\" that its framework does not have. Nothing was changed."
        ),
        E::OtherVersion { id } => format!(
            "“{file}”: the framework \"{id}\" in the file is another version than the one already used here. The file was not read."
        ),
        E::BadFramework { id } => format!(
            "“{file}”: the framework \"{id}\" in the file is not complete. Nothing was changed."
        ),
        E::LevelOffScale { assessment, item, found, min, max } => format!(
            "“{file}”: assessment {assessment} has level {found} for \"{item}\", but the scale is {min}–{max}. Nothing was changed."
        ),
    }
}
