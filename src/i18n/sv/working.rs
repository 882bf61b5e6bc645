//! Svenska: the working file's texts and browser storage on the about page.

use crate::i18n::working::size;
use crate::i18n::{WorkingMsg as M, WorkingText as T};
use kompass_core::files::working::{Change, Choice, WriteProblem};

pub fn text(key: T) -> &'static str {
    match key {
        T::Choose => "Spara i en fil som uppdateras automatiskt",
        T::Open => "Öppna arbetsfil",
        T::Unsupported => "Den här webbläsaren kan inte uppdatera en fil automatiskt. Det kan Edge och Chrome. Här sparas allt i webbläsaren: spara som fil när du har ändrat något, så har du alltid en aktuell kopia.",
        T::Reconnect => "Anslut arbetsfilen igen",
        T::ChooseAnother => "Välj en annan fil",
        T::TryAgain => "Försök igen",
        T::Stop => "Sluta spara i arbetsfilen",
        T::QuestionHeading => "Arbetsfilen har ändrats någon annanstans",
        T::QuestionIntro => "Någon har sparat i filen sedan den här webbläsaren skrev i den, till exempel en kollega eller en annan dator. Ingenting skrivs över förrän du har valt vad som ska gälla för varje bedömning.",
        T::Apply => "Använd valen och spara i filen",
        T::Here => "Här",
        T::InFile => "I filen",
        T::Missing => "finns inte",
        T::Change(Change::AddedThere) => "Finns bara i filen",
        T::Change(Change::RemovedThere) => "Borttagen ur filen",
        T::Change(Change::ChangedThere) => "Ändrad i filen",
        T::Change(Change::ChangedBoth) => "Ändrad både här och i filen",
        T::Choice(Choice::KeepBoth) => "Behåll båda",
        T::Choice(Choice::TakeTheirs) => "Använd filens",
        T::Choice(Choice::KeepOurs) => "Behåll den här webbläsarens",
        T::Problem(WriteProblem::Permission) => "Webbläsaren får inte längre spara i arbetsfilen. Allt finns kvar i webbläsaren. Anslut filen igen så sparas ändringarna där också.",
        T::Problem(WriteProblem::Missing) => "Arbetsfilen finns inte längre där den var: den har flyttats, bytt namn eller tagits bort. Allt finns kvar i webbläsaren. Välj en fil att spara i.",
        T::Problem(WriteProblem::DiskFull) => "Arbetsfilen kunde inte sparas eftersom disken är full. Allt finns kvar i webbläsaren. Gör plats och försök igen.",
        T::Problem(WriteProblem::Locked) => "Arbetsfilen används av ett annat program just nu, till exempel synkroniseringen av en delad mapp. Allt finns kvar i webbläsaren. Försök igen om en stund.",
        T::Problem(WriteProblem::Other) => "Arbetsfilen kunde inte sparas. Allt finns kvar i webbläsaren. Försök igen.",
        T::StorageHeading => "Lagring i den här webbläsaren",
        T::Persisted => "Webbläsaren har lovat att behålla uppgifterna. De rensas inte automatiskt när utrymmet blir knappt.",
        T::NotPersisted => "Webbläsaren har inte lovat att behålla uppgifterna. Den kan rensa dem om utrymmet blir knappt, så spara dem också i en fil.",
        T::UsageUnknown => "Webbläsaren berättar inte hur mycket som är sparat.",
    }
}

pub fn message(msg: M) -> String {
    match msg {
        M::Connected { file, at: Some(at) } => format!("Sparas också i ”{file}”, senast kl. {at}"),
        M::Connected { file, at: None } => format!("Sparas också i ”{file}”"),
        M::Remembered { file } => format!("Arbetsfilen ”{file}” är inte ansluten"),
        M::Stopped { file } => format!("Arbetsfilen ”{file}” uppdateras inte just nu"),
        M::PutAside { file, newer: true } => format!("”{file}” är sparad av en nyare version av appen. Den lämnas orörd och skrivs inte över. Allt finns kvar i webbläsaren. Välj en annan fil att spara i."),
        M::PutAside { file, newer: false } => format!("”{file}” går inte att läsa som en fil från Nära vård-kompassen. Den lämnas orörd och skrivs inte över. Allt finns kvar i webbläsaren. Välj en annan fil att spara i."),
        M::Side { items, actions } => {
            let items = if items == 1 { "1 fråga skattad".to_owned() } else { format!("{items} frågor skattade") };
            let actions = if actions == 1 { "1 åtgärd".to_owned() } else { format!("{actions} åtgärder") };
            format!("{items}, {actions}")
        }
        M::Usage { used, quota } => format!("Appen använder {} av de {} som webbläsaren ger den.", size(used), size(quota)),
    }
}
