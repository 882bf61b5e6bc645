//! Svenska: the assessment's texts (framework, start page, steps, scale, action plan).

use crate::i18n::{AssessmentMsg as M, AssessmentText as T};
use kompass_core::ItemKind;

pub fn text(key: T) -> &'static str {
    match key {
        T::FrameworkHint => "Välj den målbild som er verksamhet arbetar mot.",
        T::FrameworkLocked => "Ramverket kan inte bytas när bedömningen har svar.",
        T::TargetPicture => "Målbild",
        T::HorizonYear => "Målår",
        T::NoHorizon => "Källan anger inget målår.",
        T::ShiftsIntro => "Varje förflyttning går från ett FRÅN till ett TILL.",
        T::GoalAreasHeading => "Målområden",
        T::Serves => "Bidrar till",
        T::WhyMapped => "Varför",
        T::Source => "Källa",
        T::StartHeading => "Var står ni i omställningen till nära vård?",
        T::IntroShifts => "Omställningen till nära vård beskrivs som fyra förflyttningar: från fokus på organisation till fokus på person och relation, från isolerade insatser till samordning utifrån personens fokus, från reaktivt till proaktivt och hälsofrämjande, och från invånare som passiva mottagare till aktiva medskapare.",
        T::IntroHow => "Skatta var er verksamhet står i dag och vart ni vill nå, för varje förflyttning och varje framgångsfaktor. Det finns inga rätta eller felaktiga svar: det är ert gemensamma samtal som räknas. Svara ”Vet ej” när ni inte vet.",
        T::IntroPrivacy => "Allt sparas bara i den här webbläsaren, på den här datorn. Ingenting skickas någonstans.",
        T::UnitLabel => "Enhet eller organisation (valfritt)",
        T::UnitHint => "Till exempel Vårdcentralen Nyköping eller Hemtjänsten Väst.",
        T::DateLabel => "Datum för bedömningen",
        T::StartButton => "Starta bedömningen",
        T::ContinueButton => "Fortsätt bedömningen",
        T::AboutFramework => "Om ramverket",
        T::StepsNav => "Steg i bedömningen",
        T::StepStart => "Start",
        T::StepActions => "Handlingsplan",
        T::StepResults => "Resultat",
        T::Previous => "Föregående",
        T::Next => "Nästa",
        T::Answered => "besvarad",
        T::NoteLabel => "Anteckning eller belägg",
        T::NoteHint => "Vad grundar ni bedömningen på?",
        T::ActionsForItem => "Åtgärder",
        T::AddAction => "Lägg till åtgärd",
        T::ActionWhat => "Vad ska göras?",
        T::ActionWho => "Vem ansvarar? (valfritt)",
        T::ActionDue => "Klart senast (valfritt)",
        T::ActionStatus => "Status",
        T::ActionItem => "Gäller",
        T::ActionWhatMissing => "Skriv vad som ska göras.",
        T::RemoveAction => "Ta bort",
        T::ActionRemoved => "Åtgärden togs bort.",
        T::NoActions => "Inga åtgärder ännu.",
        T::ActionsIntro => "Alla åtgärder från bedömningen, samlade. Lägg till fler här eller från varje steg.",
        T::StatusPlanned => "Planerad",
        T::StatusInProgress => "Pågår",
        T::StatusDone => "Klar",
    }
}

pub fn message(msg: M) -> String {
    match msg {
        M::StepOf { n, total } => format!("Steg {n} av {total}"),
        M::ItemPosition {
            kind: ItemKind::Shift,
            i,
            n,
        } => format!("Förflyttning {i} av {n}"),
        M::ItemPosition {
            kind: ItemKind::Factor,
            i,
            n,
        } => format!("Faktor {i} av {n}"),
        M::TargetLegend {
            horizon: Some(year),
        } => format!("Vart vill ni ha nått år {year}?"),
        M::TargetLegend { horizon: None } => "Vart vill ni nå?".to_owned(),
        M::PreviousLevel { level } => format!("Förra gången: {level}"),
    }
}
