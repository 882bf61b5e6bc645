//! Framework errors in words, per language.

use kompass_core::{FrameworkError, Lang};

/// One framework problem as a sentence for the user.
pub fn framework_error(lang: Lang, err: &FrameworkError) -> String {
    match lang {
        Lang::Sv => sv(err),
        Lang::En => en(err),
    }
}

fn sv(err: &FrameworkError) -> String {
    use FrameworkError as E;
    match err {
        E::TooLarge { bytes, max } => {
            format!("Filen är för stor ({bytes} byte); största tillåtna storlek är {max} byte.")
        }
        E::Syntax { line, column, detail } => {
            format!("Filen är inte giltig JSON (rad {line}, kolumn {column}): {detail}")
        }
        E::Shape { line, column, detail } => format!(
            "Filen är JSON men inte ett ramverk i rätt form (rad {line}, kolumn {column}): {detail}"
        ),
        E::WrongFormat { found } => format!(
            "Fältet \"format\" ska vara \"nara-vard-kompassen/framework\" men är \"{found}\"."
        ),
        E::NewerVersion { found, supported } => format!(
            "Filen har formatversion {found}, men appen kan bara läsa till och med version {supported}. Uppdatera appen."
        ),
        E::Empty { path } => format!("{path}: texten saknas."),
        E::TooLong { path, max } => format!("{path}: texten är längre än {max} tecken."),
        E::BadId { path, id } => format!(
            "{path}: id \"{id}\" får bara innehålla a–z, 0–9 och bindestreck (högst 40 tecken)."
        ),
        E::DuplicateId { path, id, first } => {
            format!("{path}: id \"{id}\" används redan i {first}.")
        }
        E::UnknownGoalArea { path, id } => {
            format!("{path}: det finns inget målområde med id \"{id}\".")
        }
        E::Count { path, found, min, max } => {
            format!("{path}: {found} st, men det ska vara mellan {min} och {max}.")
        }
        E::HorizonOutOfRange { year } => {
            format!("horizon: målåret {year} ligger utanför 2000–2100.")
        }
    }
}

fn en(err: &FrameworkError) -> String {
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
    }
}

/// Why saved data could not be read, as a sentence.
pub fn store_error(lang: Lang, err: &kompass_core::files::saved::StoreError) -> String {
    use kompass_core::files::saved::StoreError as E;
    match (lang, err) {
        (Lang::Sv, E::NotJson { line, column }) => {
            format!("Uppgifterna är skadade (inte giltig JSON, rad {line}, kolumn {column}).")
        }
        (Lang::Sv, E::NoSchema) => "Uppgifterna saknar versionsnummer.".to_owned(),
        (Lang::Sv, E::NewerSchema { found, supported }) => format!(
            "Uppgifterna sparades av en nyare version av appen (format {found}; den här versionen läser till och med {supported})."
        ),
        (Lang::Sv, E::Shape { detail }) => format!("Uppgifterna har fel form: {detail}"),
        (Lang::En, E::NotJson { line, column }) => {
            format!("The data is damaged (not valid JSON, line {line}, column {column}).")
        }
        (Lang::En, E::NoSchema) => "The data has no version number.".to_owned(),
        (Lang::En, E::NewerSchema { found, supported }) => format!(
            "The data was saved by a newer version of the app (format {found}; this version reads up to {supported})."
        ),
        (Lang::En, E::Shape { detail }) => format!("The data has the wrong shape: {detail}"),
    }
}

/// Why a file could not be imported, naming the file.
pub fn import_error(
    lang: Lang,
    file: &str,
    err: &kompass_core::files::transfer::ImportError,
) -> String {
    use kompass_core::files::transfer::ImportError as E;
    match (lang, err) {
        (Lang::Sv, E::TooLarge { bytes, max }) => {
            format!("«{file}» är för stor ({} kB); största tillåtna storlek är {} kB. Ingenting ändrades.", bytes / 1024, max / 1024)
        }
        (Lang::Sv, E::Unreadable(e)) => format!("«{file}» kunde inte läsas in. {} Ingenting ändrades.", store_error(lang, e)),
        (Lang::Sv, E::Empty) => format!("«{file}» innehåller ingen bedömning. Ingenting ändrades."),
        (Lang::Sv, E::UnknownFramework { assessment, id }) => format!(
            "«{file}»: bedömning {assessment} använder ramverket \"{id}\", som inte finns i den här appen. Ingenting ändrades."
        ),
        (Lang::Sv, E::UnknownItem { assessment, id }) => format!(
            "«{file}»: bedömning {assessment} har ett område med id \"{id}\" som inte finns i sitt ramverk. Ingenting ändrades."
        ),
        (Lang::En, E::TooLarge { bytes, max }) => {
            format!("“{file}” is too large ({} kB); the largest allowed is {} kB. Nothing was changed.", bytes / 1024, max / 1024)
        }
        (Lang::En, E::Unreadable(e)) => format!("“{file}” could not be read. {} Nothing was changed.", store_error(lang, e)),
        (Lang::En, E::Empty) => format!("“{file}” holds no assessment. Nothing was changed."),
        (Lang::En, E::UnknownFramework { assessment, id }) => format!(
            "“{file}”: assessment {assessment} uses the framework \"{id}\", which this app does not have. Nothing was changed."
        ),
        (Lang::En, E::UnknownItem { assessment, id }) => format!(
            "“{file}”: assessment {assessment} has an item with id \"{id}\" that its framework does not have. Nothing was changed."
        ),
    }
}

/// Why a custom framework file could not be used at all (before its content is checked).
pub fn framework_file_problem(lang: Lang, what: &str, detail: &str) -> String {
    match (lang, what) {
        (Lang::Sv, "not-same-origin") => {
            "Ramverksfilen måste ligga på samma webbplats som appen.".to_owned()
        }
        (Lang::Sv, "status") => format!("Filen kunde inte hämtas (HTTP {detail})."),
        (Lang::Sv, "preset-id") => {
            format!("id \"{detail}\" används redan av ett inbyggt ramverk; välj ett annat id.")
        }
        (Lang::Sv, _) => "Filen kunde inte hämtas.".to_owned(),
        (Lang::En, "not-same-origin") => {
            "The framework file must be on the same site as the app.".to_owned()
        }
        (Lang::En, "status") => format!("The file could not be fetched (HTTP {detail})."),
        (Lang::En, "preset-id") => {
            format!("id \"{detail}\" is already used by a built-in framework; choose another id.")
        }
        (Lang::En, _) => "The file could not be fetched.".to_owned(),
    }
}

/// The heading of the list of a framework file's problems.
pub fn framework_file_heading(lang: Lang, file: &str, n: usize) -> String {
    match lang {
        Lang::Sv => format!("Ramverksfilen «{file}» kunde inte användas ({n} fel):"),
        Lang::En => format!("The framework file “{file}” could not be used ({n} problems):"),
    }
}
