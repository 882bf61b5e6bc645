//! Svenska: the editor's texts (the user's own framework).

use kompass_core::editor::ListKind as L;
use kompass_core::FrameworkError as E;

use crate::i18n::{EditorMsg as M, EditorText as T};

pub fn text(key: T) -> &'static str {
    match key {
        T::Heading => "Eget ramverk",
        T::Intro => "Skriv er egen målbild med målområden, förflyttningar och faktorer. Allt sparas som ett utkast i webbläsaren medan du skriver. Inget av det ni använder ändras förrän du väljer ”Använd”.",
        T::StartHeading => "Eget ramverk",
        T::StartIntro => "Har ni en egen målbild? Skriv den här i appen. Ni behöver inte skriva någon fil.",
        T::NewEmpty => "Börja med ett tomt ramverk",
        T::ContinueDraft => "Fortsätt med utkastet",
        T::AboutHeading => "Om ramverket",
        T::Name => "Namn",
        T::Source => "Källa",
        T::SourceHint => "Vilket dokument eller vilken organisation innehållet kommer från.",
        T::Horizon => "Målår",
        T::HorizonHint => "Till exempel 2030. Lämna tomt om målbilden inte har något år.",
        T::TargetPicture => "Målbild",
        T::FactorsTitle => "Rubrik för faktorerna",
        T::FactorsTitleHint => "Till exempel ”Framgångsfaktorer” eller ”Påståenden”.",
        T::Swedish => "På svenska",
        T::English => "På engelska (frivilligt)",
        T::QuestionsHeading => "Frågor att samtala om",
        T::GoalsHeading => "Målområden",
        T::ShiftsHeading => "Förflyttningar",
        T::FactorsHeading => "Faktorer eller påståenden",
        T::ContextHeading => "Bakgrund",
        T::GoalName => "Namn",
        T::GoalSummary => "Kort sammanfattning (frivilligt)",
        T::GoalDescription => "Beskrivning (frivilligt)",
        T::DescriptionHint => "Skriv en tom rad mellan styckena.",
        T::From => "FRÅN",
        T::To => "TILL",
        T::FactorName => "Text",
        T::Serves => "Målområden den bidrar till",
        T::NoGoalsYet => "Lägg till målområden först, så kan du välja dem här.",
        T::Rationale => "Varför (frivilligt)",
        T::ContextTitle => "Rubrik",
        T::ContextItems => "Text",
        T::ItemsHint => "En punkt per rad.",
        T::Remove => "Ta bort",
        T::MoveUp => "Flytta upp",
        T::MoveDown => "Flytta ner",
        T::Undo => "Ångra",
        T::Removed => "Borttaget.",
        T::Use => "Använd",
        T::Preview => "Förhandsvisning",
        T::BackToEditing => "Tillbaka till redigeringen",
        T::Discard => "Släng utkastet",
        T::DiscardConfirm => "Vill du slänga utkastet? Det går inte att ångra.",
        T::DiscardYes => "Ja, släng utkastet",
        T::Cancel => "Avbryt",
        T::SummaryHeading => "Rätta det här innan du använder ramverket",
        T::ErrorPrefix => "Fel: ",
        T::DraftNote => "Utkastet sparas i webbläsaren medan du skriver.",
        T::PreviewNote => "Så här visas ramverket på startsidan.",
        T::ShowEnglish => "Skriv också på engelska",
        T::ScalesHeading => "Egna skalor (frivilligt)",
        T::ScalesIntro => "Utan egen skala bedöms förflyttningar och faktorer på appens fem steg (1–5). Lägg till en skala om ni vill ha till exempel fyra steg från ”Stämmer inte alls” till ”Stämmer helt”, och välj den sedan för de påståenden som ska använda den.",
        T::AppScale => "Appens skala",
        T::ScaleName => "Namn på skalan (frivilligt)",
        T::Steps => "Antal steg",
        T::StartLegend => "Första steget har nummer",
        T::ItemScale => "Skala",
        T::OwnWording => "Beskriv varje steg med egna ord för just den här",
        T::ConflictHeading => "Två olika ramverk med samma id",
        T::KeepBoth => "Behåll båda",
        T::ReplaceMine => "Ersätt vårt med det nya",
        T::SaveFrameworkFile => "Spara ramverket som fil",
        T::ShareFramework => "Dela ramverket som länk",
        T::FrameworkLinkExplain => "Länken innehåller hela ramverket men inga bedömningar. Den som öppnar länken får ramverket i sin webbläsare.",
        T::FrameworkLinkLabel => "Länk till ramverket",
        T::FrameworkLinkDamaged => "Länken till ramverket går inte att läsa. Den kan ha blivit avklippt. Be om en ny länk eller en fil.",
        T::ListFull => "Det får inte vara fler.",
    }
}

fn entry(kind: L) -> &'static str {
    match kind {
        L::Question => "fråga",
        L::GoalArea => "målområde",
        L::Shift => "förflyttning",
        L::Factor => "faktor",
        L::Context => "avsnitt",
        L::Scale => "skala",
    }
}

pub fn message(msg: M) -> String {
    match msg {
        M::CopyOf(name) => format!("Utgå från {name}"),
        M::EditOwn(name) => format!("Ändra {name}"),
        M::BasedOn(name) => format!("Eget ramverk som bygger på {name}"),
        M::Entry(kind, n) => {
            let word = match kind {
                L::Question => "Fråga",
                L::GoalArea => "Målområde",
                L::Shift => "Förflyttning",
                L::Factor => "Faktor",
                L::Context => "Avsnitt",
                L::Scale => "Skala",
            };
            format!("{word} {n}")
        }
        M::Add(kind) => format!("Lägg till {}", entry(kind)),
        M::Problem(e) => problem(e),
        M::Step(n) => format!("Steg {n}"),
        M::ScaleOption { name, min, max } => format!("{name} ({min}–{max})"),
        M::FrameworkAdded(name) => format!("Ramverket ”{name}” finns nu bland era ramverk."),
        M::Conflict { here, there } => format!("Ramverket ”{there}” har samma id som ”{here}”, som redan finns här, men innehållet skiljer sig. Vill du behålla båda eller ersätta ert med det nya?"),
    }
}

fn problem(e: &E) -> String {
    match e {
        E::Empty { .. } => "Skriv en text på svenska.".to_owned(),
        E::TooLong { max, .. } => format!("Texten är för lång. Den får vara högst {max} tecken."),
        E::Count {
            path,
            found,
            min,
            max,
        } if found < min => match path.as_str() {
            "questions" => "Skriv minst en fråga.".to_owned(),
            "shifts" => "Lägg till minst en förflyttning.".to_owned(),
            _ if path.ends_with("items") => "Skriv minst en rad.".to_owned(),
            _ => format!("Det behövs minst {min}."),
        },
        E::Count { max, .. } => format!("Det får vara högst {max}."),
        E::HorizonOutOfRange { .. } => {
            "Skriv ett år mellan 2000 och 2100, eller lämna fältet tomt.".to_owned()
        }
        E::UnknownGoalArea { .. } => {
            "Ett av målområdena finns inte längre. Välj målområden igen.".to_owned()
        }
        _ => "Något gick fel med den här delen. Ta bort den och lägg till den igen.".to_owned(),
    }
}
