//! Svenska: the error sentences (framework files, saved data, imported files).

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
            "Ramverksfilen måste ligga på samma webbplats som appen.".to_owned()
        }
        M::FrameworkFileNotFetched => "Filen kunde inte hämtas.".to_owned(),
        M::FrameworkFileStatus(status) => format!("Filen kunde inte hämtas (HTTP {status})."),
        M::FrameworkFilePresetId { id } => {
            format!("id ”{id}” används redan av ett inbyggt ramverk; välj ett annat id.")
        }
        M::FrameworkFileHeading { file, n } => {
            format!("Ramverksfilen ”{file}” kunde inte användas ({n} fel):")
        }
        M::Site(problem) => site(problem),
        M::SiteHeading { n } => format!(
            "Webbplatsens inställningar i ”site.json” används inte, eftersom filen har {n} fel. Appen fungerar som vanligt utan dem. Rätta detta:"
        ),
    }
}

/// One problem of `site.json` as a sentence for its admin.
fn site(problem: &SiteProblem) -> String {
    match problem {
        SiteProblem::Unreadable { line, column } => format!(
            "Filen går inte att läsa på rad {line}, tecken {column}: det är inte giltig JSON, eller så står där ett fält som inte finns."
        ),
        SiteProblem::WrongFormat => "Fältet ”format” ska vara ”nara-vard-kompassen/site”.".to_owned(),
        SiteProblem::UnknownVersion(v) => format!("Version {v} finns inte. Använd version 1."),
        SiteProblem::EmptyName => "Organisationens namn på svenska är tomt.".to_owned(),
        SiteProblem::BadValue { field, value } => format!("Värdet ”{value}” i fältet ”{field}” går inte att använda."),
        SiteProblem::BadColour(c) => format!("Färgen ”{c}” ska skrivas som #rrggbb, till exempel #0a5c63."),
        SiteProblem::LowContrast { colour, tenths } => format!(
            "Vit text på färgen ”{colour}” har kontrasten {},{}:1. Den måste vara minst 4,5:1. Välj en mörkare färg.",
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
            format!("Filen är för stor ({bytes} byte); största tillåtna storlek är {max} byte.")
        }
        E::Syntax { line, column, detail } => {
            format!("Filen är inte giltig JSON (rad {line}, kolumn {column}): {detail}")
        }
        E::Shape { line, column, detail } => format!(
            "Filen är JSON men inte ett ramverk i rätt form (rad {line}, kolumn {column}): {detail}"
        ),
        E::WrongFormat { found } => format!(
            "Fältet ”format” ska vara ”nara-vard-kompassen/framework” men är ”{found}”."
        ),
        E::NewerVersion { found, supported } => format!(
            "Filen har formatversion {found}, men appen kan bara läsa till och med version {supported}. Uppdatera appen."
        ),
        E::Empty { path } => format!("{path}: texten saknas."),
        E::TooLong { path, max } => format!("{path}: texten är längre än {max} tecken."),
        E::BadId { path, id } => format!(
            "{path}: id ”{id}” får bara innehålla a–z, 0–9 och bindestreck (högst 40 tecken)."
        ),
        E::DuplicateId { path, id, first } => {
            format!("{path}: id ”{id}” används redan i {first}.")
        }
        E::UnknownGoalArea { path, id } => {
            format!("{path}: det finns inget målområde med id ”{id}”.")
        }
        E::Count { path, found, min, max } => {
            format!("{path}: {found} st, men det ska vara mellan {min} och {max}.")
        }
        E::HorizonOutOfRange { year } => {
            format!("horizon: målåret {year} ligger utanför 2000–2100.")
        }
        E::ScaleSteps { path, found } => {
            format!("{path}: en skala ska ha mellan 2 och 11 steg, inte {found}.")
        }
        E::ScaleStart { path, found } => {
            format!("{path}: en skala börjar på 0 eller 1, inte på {found}.")
        }
        E::ScaleAboveTen { path, max } => format!(
            "{path}: skalans högsta steg blir {max}, men inget steg kan vara högre än 10. Låt skalan börja på 0 eller ha färre steg."
        ),
        E::StepCount { path, found, steps } => format!(
            "{path}: {found} texter, men skalan har {steps} steg och det ska vara en text per steg."
        ),
        E::UnknownScale { path, id } => {
            format!("{path}: det finns ingen skala med id ”{id}”.")
        }
        E::ReservedScale { path, id } => format!(
            "{path}: id ”{id}” är namnet på en inbyggd skala. Välj ett annat id."
        ),
        E::ScalesNeedVersion { path, version } => format!(
            "{path}: ett ramverk med egna skalor ska ha formatversion {version}."
        ),
    }
}

/// Why saved data could not be read.
fn store(err: &StoreError) -> String {
    use StoreError as E;
    match err {
        E::NotJson { line, .. } => format!(
            "Det är inte en fil från Nära vård-kompassen, eller så är den skadad (rad {line} går inte att läsa)."
        ),
        E::NoSchema => {
            "Det saknas ett versionsnummer, så uppgifterna kommer inte från Nära vård-kompassen."
                .to_owned()
        }
        E::NewerSchema { found, supported } => format!(
            "Uppgifterna sparades av en nyare version av appen (format {found}; den här versionen läser till och med {supported})."
        ),
        E::Shape { line, problem } => shape(*line, problem),
    }
}

/// What is wrong in data of the wrong shape, and on which line.
fn shape(line: usize, problem: &ShapeProblem) -> String {
    use ShapeProblem as P;
    match problem {
        P::NotObject => {
            "Det är inte en fil från Nära vård-kompassen: den innehåller ingen bedömning."
                .to_owned()
        }
        P::Level { found } => format!("Rad {line}: nivån {found} finns inte på någon skala."),
        P::Date { found } => format!(
            "Rad {line}: datumet ”{found}” finns inte. Skriv datum som år-månad-dag, till exempel 2026-03-01."
        ),
        P::MissingField { field } => format!("Rad {line}: uppgiften ”{field}” saknas."),
        P::UnknownValue { found } => format!("Rad {line}: värdet ”{found}” känns inte igen."),
        P::WrongType => format!(
            "Rad {line}: ett värde är av fel slag, till exempel text där det ska stå en siffra."
        ),
        P::Other => format!("Rad {line}: innehållet är inte ordnat som appen sparar det."),
    }
}

/// Why the file `file` could not be imported.
fn import(file: &str, err: &ImportError) -> String {
    use ImportError as E;
    match err {
        E::TooLarge { bytes, max } => format!(
            "”{file}” är för stor ({} kB); största tillåtna storlek är {} kB. Ingenting ändrades.",
            bytes / 1024,
            max / 1024
        ),
        E::Unreadable(e) => format!("”{file}” kunde inte läsas in. {} Ingenting ändrades.", store(e)),
        E::Empty => format!("”{file}” innehåller ingen bedömning. Ingenting ändrades."),
        E::UnknownFramework { assessment, id } => format!(
            "”{file}”: bedömning {assessment} använder ramverket ”{id}”, som inte finns i den här appen. Ingenting ändrades."
        ),
        E::UnknownItem { assessment, id } => format!(
            "”{file}”: bedömning {assessment} har ett område, ”{id}”, som inte finns i ramverket. Ingenting ändrades."
        ),
        E::OtherVersion { id } => format!(
            "”{file}”: ramverket ”{id}” i filen är en annan version än det som redan används här. Filen lästes inte in."
        ),
        E::BadFramework { id } => format!(
            "”{file}”: ramverket ”{id}” i filen är inte fullständigt. Ingenting ändrades."
        ),
        E::LevelOffScale { assessment, item, found, min, max } => format!(
            "”{file}”: bedömning {assessment} har nivån {found} för ”{item}”, men skalan är {min}–{max}. Ingenting ändrades."
        ),
    }
}
