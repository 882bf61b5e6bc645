//! Workshop texts: one exhaustive `match` per language, like the rest of the interface.

use crate::domain::workshop::{Agreement, Rejection};
use crate::domain::Lang;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum W {
    Nav,
    Heading,
    Intro,
    SetupHeading,
    UnitLabel,
    ItemsLegend,
    Targets,
    Anonymous,
    MinGroup,
    Create,
    NoItems,
    TooMany,
    MinGroupBad,
    JoinHeading,
    JoinHelp,
    QrJoin,
    CollectHeading,
    PasteLabel,
    PasteHint,
    PasteButton,
    Typo,
    Other,
    Duplicate,
    NothingFound,
    RoundStart,
    RoundHelp,
    RoundName,
    RoundSubmit,
    RoundEnd,
    ResultsHeading,
    Reveal,
    Hide,
    Hidden,
    OrderNote,
    Median,
    Spread,
    Distribution,
    Consensus,
    Split,
    Uncertain,
    Blank,
    ConsensusHeading,
    ConsensusHelp,
    AgreedNow,
    AgreedTarget,
    GroupNotes,
    Save,
    Saved,
    OpenSaved,
    Projector,
    ProjectorHelp,
    LeaveProjector,
    Next,
    Previous,
    Timer,
    TimerStart,
    TimerPause,
    TimerReset,
    ResultsSlide,
    End,
    EndConfirm,
    ParticipantIntro,
    Done,
    YourCode,
    CodeHelp,
    QrCode,
    ChangeAnswers,
    ChangeNote,
    Leave,
    BadLink,
    NothingAnswered,
    JoinFirst,
}

pub fn w(lang: Lang, key: W) -> &'static str {
    match lang {
        Lang::Sv => sv(key),
        Lang::En => en(key),
    }
}

fn sv(key: W) -> &'static str {
    match key {
        W::Nav => "Workshop",
        W::Heading => "Workshop",
        W::Intro => "Deltagarna skattar på sina egna telefoner och ni samtalar om resultatet. Ingenting skickas till någon server: inställningarna följer med i länken och svaren kommer tillbaka som korta svarskoder.",
        W::SetupHeading => "Förbered workshopen",
        W::UnitLabel => "Enhet eller grupp som bedömer sig",
        W::ItemsLegend => "Vad ska skattas?",
        W::Targets => "Fråga också efter målet (svarskoden blir längre)",
        W::Anonymous => "Anonymt – inga namn någonstans",
        W::MinGroup => "Minsta antal svar innan resultat visas",
        W::Create => "Starta workshopen",
        W::NoItems => "Välj minst en förflyttning eller faktor.",
        W::TooMany => "För många skattningar för en svarskod: välj högst 36, eller 18 om målet också ska skattas.",
        W::MinGroupBad => "Minsta antal svar ska vara mellan 1 och 50.",
        W::JoinHeading => "Gå med",
        W::JoinHelp => "Skanna QR-koden med telefonens kamera eller öppna länken. Allt sker på din egen telefon.",
        W::QrJoin => "QR-kod med länken till workshopen",
        W::CollectHeading => "Samla in svarskoder",
        W::PasteLabel => "Skriv eller klistra in svarskoder",
        W::PasteHint => "Klistra gärna in hela chatten från Teams eller Zoom – koderna plockas ut ur texten.",
        W::PasteButton => "Lägg till koderna",
        W::Typo => "felskriven – kontrollera tecknen",
        W::Other => "hör till en annan workshop",
        W::Duplicate => "finns redan",
        W::NothingFound => "Ingen svarskod hittades i texten.",
        W::RoundStart => "Lämna runt enheten",
        W::RoundHelp => "Varje deltagare skattar i tur och ordning på den här enheten. Skärmen töms mellan varje person.",
        W::RoundName => "Ditt namn (frivilligt)",
        W::RoundSubmit => "Lämna in och töm skärmen",
        W::RoundEnd => "Avsluta rundan",
        W::ResultsHeading => "Resultat",
        W::Reveal => "Visa resultatet",
        W::Hide => "Dölj resultatet",
        W::Hidden => "Resultatet är dolt tills du visar det.",
        W::OrderNote => "Störst oenighet först – där finns samtalet.",
        W::Median => "Median",
        W::Spread => "Spridning",
        W::Distribution => "Fördelning",
        W::Consensus => "Samsyn",
        W::Split => "Delade meningar",
        W::Uncertain => "Osäkert",
        W::Blank => "Inget svar",
        W::ConsensusHeading => "Gemensam bedömning",
        W::ConsensusHelp => "Förvalt är medianen. Ändra till det ni kommer överens om och skriv ner gruppens anteckningar. När ni sparar blir det enhetens bedömning och syns i historiken.",
        W::AgreedNow => "Överenskommet läge i dag",
        W::AgreedTarget => "Överenskommet mål",
        W::GroupNotes => "Gruppens anteckningar",
        W::Save => "Spara som enhetens bedömning",
        W::Saved => "Den gemensamma bedömningen är sparad i historiken.",
        W::OpenSaved => "Öppna bedömningen",
        W::Projector => "Projektorläge",
        W::ProjectorHelp => "Pilarna, mellanslag eller PageUp/PageDown byter bild. Esc lämnar projektorläget.",
        W::LeaveProjector => "Lämna projektorläget",
        W::Next => "Nästa",
        W::Previous => "Föregående",
        W::Timer => "Samtalstid",
        W::TimerStart => "Starta tiden",
        W::TimerPause => "Pausa tiden",
        W::TimerReset => "Börja om tiden",
        W::ResultsSlide => "Resultat",
        W::End => "Avsluta workshopen",
        W::EndConfirm => "Ja, avsluta och glöm svaren",
        W::ParticipantIntro => "Skatta på egen hand. Ingenting skickas någonstans: när du är klar får du en kod som du lämnar till samtalsledaren.",
        W::Done => "Klar – visa min svarskod",
        W::YourCode => "Din svarskod",
        W::CodeHelp => "Läs upp koden, skriv den i chatten eller visa QR-koden. Koden innehåller inget namn.",
        W::QrCode => "QR-kod med din svarskod",
        W::ChangeAnswers => "Ändra mina svar",
        W::ChangeNote => "Har du redan lämnat din kod räknas den. Ändrar du svaren får du en ny kod.",
        W::Leave => "Lämna workshopen",
        W::BadLink => "Länken till workshopen går inte att läsa. Be samtalsledaren om en ny länk.",
        W::NothingAnswered => "Skatta minst en sak innan du tar fram din kod.",
        W::JoinFirst => "Öppna länken eller skanna QR-koden som samtalsledaren visar, så kommer du till workshopen.",
    }
}

fn en(key: W) -> &'static str {
    match key {
        W::Nav => "Workshop",
        W::Heading => "Workshop",
        W::Intro => "Participants rate on their own phones and you discuss the result together. Nothing is sent to any server: the set-up travels in the link and the answers come back as short answer codes.",
        W::SetupHeading => "Prepare the workshop",
        W::UnitLabel => "Unit or group assessing itself",
        W::ItemsLegend => "What is rated?",
        W::Targets => "Also ask for the target (the answer code gets longer)",
        W::Anonymous => "Anonymous – no names anywhere",
        W::MinGroup => "Fewest answers before any result shows",
        W::Create => "Start the workshop",
        W::NoItems => "Choose at least one shift or factor.",
        W::TooMany => "Too many ratings for one answer code: choose at most 36, or 18 when the target is rated too.",
        W::MinGroupBad => "The fewest answers must be between 1 and 50.",
        W::JoinHeading => "Join",
        W::JoinHelp => "Scan the QR code with your phone's camera or open the link. Everything happens on your own phone.",
        W::QrJoin => "QR code with the link to the workshop",
        W::CollectHeading => "Collect answer codes",
        W::PasteLabel => "Type or paste answer codes",
        W::PasteHint => "Paste the whole Teams or Zoom chat if you like – the codes are picked out of the text.",
        W::PasteButton => "Add the codes",
        W::Typo => "mistyped – check the characters",
        W::Other => "belongs to another workshop",
        W::Duplicate => "already added",
        W::NothingFound => "No answer code was found in the text.",
        W::RoundStart => "Pass the device round",
        W::RoundHelp => "Each participant rates in turn on this device. The screen clears between people.",
        W::RoundName => "Your name (optional)",
        W::RoundSubmit => "Hand in and clear the screen",
        W::RoundEnd => "End the round",
        W::ResultsHeading => "Results",
        W::Reveal => "Reveal the results",
        W::Hide => "Hide the results",
        W::Hidden => "The results are hidden until you reveal them.",
        W::OrderNote => "Widest disagreement first – that is where the dialogue is.",
        W::Median => "Median",
        W::Spread => "Spread",
        W::Distribution => "Distribution",
        W::Consensus => "Consensus",
        W::Split => "Split",
        W::Uncertain => "Uncertain",
        W::Blank => "No answer",
        W::ConsensusHeading => "Shared assessment",
        W::ConsensusHelp => "The median is chosen to begin with. Change it to what you agree on and write down the group's notes. Saving makes it the unit's assessment, shown in its history.",
        W::AgreedNow => "Agreed position today",
        W::AgreedTarget => "Agreed target",
        W::GroupNotes => "The group's notes",
        W::Save => "Save as the unit's assessment",
        W::Saved => "The shared assessment is saved in the history.",
        W::OpenSaved => "Open the assessment",
        W::Projector => "Projector mode",
        W::ProjectorHelp => "Arrows, space or PageUp/PageDown change the screen. Esc leaves projector mode.",
        W::LeaveProjector => "Leave projector mode",
        W::Next => "Next",
        W::Previous => "Previous",
        W::Timer => "Dialogue time",
        W::TimerStart => "Start the timer",
        W::TimerPause => "Pause the timer",
        W::TimerReset => "Restart the timer",
        W::ResultsSlide => "Results",
        W::End => "End the workshop",
        W::EndConfirm => "Yes, end it and forget the answers",
        W::ParticipantIntro => "Rate on your own. Nothing is sent anywhere: when you are done you get a code to give to the facilitator.",
        W::Done => "Done – show my answer code",
        W::YourCode => "Your answer code",
        W::CodeHelp => "Read the code aloud, type it in the chat or show the QR code. The code holds no name.",
        W::QrCode => "QR code with your answer code",
        W::ChangeAnswers => "Change my answers",
        W::ChangeNote => "If you have already given your code, it counts. Changing your answers gives you a new code.",
        W::Leave => "Leave the workshop",
        W::BadLink => "The workshop link cannot be read. Ask the facilitator for a new link.",
        W::NothingAnswered => "Rate at least one thing before you get your code.",
        W::JoinFirst => "Open the link or scan the QR code the facilitator shows to get to the workshop.",
    }
}

pub fn agreement_text(lang: Lang, a: Agreement) -> &'static str {
    w(
        lang,
        match a {
            Agreement::Consensus => W::Consensus,
            Agreement::Split => W::Split,
            Agreement::Uncertain => W::Uncertain,
        },
    )
}

pub fn rejection_text(lang: Lang, r: Rejection) -> &'static str {
    w(
        lang,
        match r {
            Rejection::Typo => W::Typo,
            Rejection::OtherWorkshop => W::Other,
            Rejection::Duplicate => W::Duplicate,
        },
    )
}

pub fn collected(lang: Lang, n: usize) -> String {
    match (lang, n) {
        (Lang::Sv, 1) => "1 svar insamlat".to_owned(),
        (Lang::Sv, n) => format!("{n} svar insamlade"),
        (Lang::En, 1) => "1 answer collected".to_owned(),
        (Lang::En, n) => format!("{n} answers collected"),
    }
}

pub fn added(lang: Lang, n: usize) -> String {
    match (lang, n) {
        (Lang::Sv, 1) => "1 kod lades till.".to_owned(),
        (Lang::Sv, n) => format!("{n} koder lades till."),
        (Lang::En, 1) => "1 code was added.".to_owned(),
        (Lang::En, n) => format!("{n} codes were added."),
    }
}

pub fn not_added(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Sv => format!("{n} kunde inte läggas till:"),
        Lang::En => format!("{n} could not be added:"),
    }
}

pub fn code_length(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Sv => format!("Svarskoden blir {n} tecken."),
        Lang::En => format!("The answer code will have {n} characters."),
    }
}

pub fn workshop_id(lang: Lang, id: &str) -> String {
    match lang {
        Lang::Sv => format!("Workshop {id}"),
        Lang::En => format!("Workshop {id}"),
    }
}

pub fn too_few(lang: Lang, min: u8, n: usize) -> String {
    match lang {
        Lang::Sv => format!("Resultatet visas när minst {min} har svarat ({n} hittills)."),
        Lang::En => format!("The results show once at least {min} have answered ({n} so far)."),
    }
}

pub fn round_given(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Sv => {
            format!("Tack! {n} har lämnat in i den här rundan. Lämna över till nästa person.")
        }
        Lang::En => format!("Thank you! {n} have handed in this round. Pass the device on."),
    }
}

pub fn steps(lang: Lang, n: u8) -> String {
    match (lang, n) {
        (Lang::Sv, 1) => "1 steg".to_owned(),
        (Lang::Sv, n) => format!("{n} steg"),
        (Lang::En, 1) => "1 step".to_owned(),
        (Lang::En, n) => format!("{n} steps"),
    }
}

/// A median given doubled: "3" or "2,5" / "2.5".
pub fn median_text(lang: Lang, x2: Option<u8>) -> String {
    let Some(m) = x2 else {
        return "–".to_owned();
    };
    let half = match lang {
        Lang::Sv => ",5",
        Lang::En => ".5",
    };
    if m % 2 == 0 {
        (m / 2).to_string()
    } else {
        format!("{}{half}", m / 2)
    }
}

pub fn median_option(lang: Lang, level: &str) -> String {
    match lang {
        Lang::Sv => format!("Medianen ({level})"),
        Lang::En => format!("The median ({level})"),
    }
}

pub fn slide_of(lang: Lang, i: usize, n: usize) -> String {
    match lang {
        Lang::Sv => format!("Bild {i} av {n}"),
        Lang::En => format!("Screen {i} of {n}"),
    }
}

pub fn answers_count(lang: Lang, n: usize) -> String {
    match (lang, n) {
        (Lang::Sv, 1) => "1 svar".to_owned(),
        (Lang::Sv, n) => format!("{n} svar"),
        (Lang::En, 1) => "1 answer".to_owned(),
        (Lang::En, n) => format!("{n} answers"),
    }
}
