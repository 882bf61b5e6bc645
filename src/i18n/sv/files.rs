//! Svenska: the files' texts (saving and opening files, the CSV export, sharing as a link).

use crate::i18n::{FilesMsg as M, FilesText as T};

pub fn text(key: T) -> &'static str {
    match key {
        T::SaveFile => "Spara som fil",
        T::OpenFile => "Öppna fil",
        T::FilesGroup => "Filer",
        T::NeverExported => "Det här finns bara i webbläsaren. Spara en kopia som fil, så att inget går förlorat om webbläsarens data rensas.",
        T::NotInFileYet => "Inte sparat som fil ännu.",
        T::DuplicateHeading => "Samma bedömning finns redan",
        T::DuplicateSkip => "Behåll det som finns",
        T::DuplicateKeepBoth => "Behåll båda",
        T::DuplicateReplace => "Ersätt med filens",
        T::ImportUndone => "Inläsningen ångrades.",
        T::SaveCsv => "Exportera till Excel (CSV)",
        T::CsvUnit => "Enhet",
        T::CsvFramework => "Ramverk",
        T::CsvDate => "Datum",
        T::CsvType => "Typ",
        T::CsvId => "Id",
        T::CsvItem => "Område",
        T::CsvNow => "Nivå i dag",
        T::CsvTarget => "Mål",
        T::CsvNowPercent => "I dag (%)",
        T::CsvTargetPercent => "Mål (%)",
        T::CsvBasedOn => "Bygger på",
        T::CsvNote => "Anteckning",
        T::CsvShift => "Förflyttning",
        T::CsvFactor => "Faktor",
        T::CsvGoalArea => "Målområde",
        T::ShareButton => "Dela som länk",
        T::ShareUnavailable => "Den här webbläsaren kan inte skapa länken. Spara som fil i stället.",
        T::ShareExplain => "Länken innehåller hela bedömningen – skattningar, svar, anteckningar och åtgärder – i själva webbadressen. Delen efter # skickas aldrig till någon server, men alla som får länken kan läsa allt i den.",
        T::ShareLinkLabel => "Länk att dela",
        T::SharedHeading => "Delad bedömning (skrivskyddad)",
        T::SharedIntro => "Den här sidan visar en bedömning från en delad länk. Ingenting av den är sparat i den här webbläsaren förrän du läser in den.",
        T::ImportShared => "Läs in den här bedömningen",
        T::SharedImported => "Bedömningen lästes in i den här webbläsaren.",
        T::SharedExists => "Den här bedömningen finns redan i den här webbläsaren.",
        T::SharedDamaged => "Länken är skadad eller ofullständig. Be om en ny länk.",
        T::EmbeddedNote => "Appen visas inbäddad i en annan sida. Webbläsaren håller det du sparar här skilt från appens egen sida: använd ”Spara som fil” och ”Öppna fil” för att flytta mellan dem.",
    }
}

pub fn message(msg: M) -> String {
    match msg {
        M::LastExport { date } => format!("Senast sparad som fil {date}."),
        M::ChangedSince { date } => format!("Du har ändrat sedan du sparade som fil {date}. Spara igen, så att filen är aktuell."),
        M::DuplicatesFound { file, n: 1 } => format!("En bedömning i ”{file}” finns redan här (samma enhet, ramverk och datum). Vad ska hända med den?"),
        M::DuplicatesFound { file, n } => format!("{n} bedömningar i ”{file}” finns redan här (samma enhet, ramverk och datum). Vad ska hända med dem?"),
        M::Imported { file, n: 1 } => format!("1 bedömning lästes in från ”{file}”."),
        M::Imported { file, n } => format!("{n} bedömningar lästes in från ”{file}”."),
        M::Reading { read, total } => format!("Läser in filen: {read} av {total} bedömningar …"),
    }
}
