//! Svenska: the app's chrome, navigation, banners and words shared by several features.

use crate::i18n::{CommonMsg as M, CommonText as T};
use kompass_core::Rating;

/// The language's name in the language switch.
pub const ENDONYM: &str = "Svenska";

pub fn text(key: T) -> &'static str {
    match key {
        T::AppTitle => "Nära vård-kompassen",
        T::Tagline => "Självskattning för omställningen till god och nära vård",
        T::SkipToContent => "Hoppa till innehållet",
        T::LanguageGroup => "Språk",
        T::FrameworkLabel => "Ramverk",
        T::ShiftsHeading => "Förflyttningarna",
        T::From => "Från",
        T::To => "Till",
        T::ToJoin => "till",
        T::DialogueQuestions => "Dialogfrågor för varje förflyttning",
        T::PrivacyNote => "Allt du skriver stannar i den här webbläsaren. Ingenting skickas någonstans.",
        T::BrokenPresets => "Inget ramverk kunde läsas in. Ladda om sidan eller kontakta den som publicerat appen.",
        T::NowLegend => "Var är ni i dag?",
        T::DontKnow => "Vet ej",
        T::Undo => "Ångra",
        T::SeriesNow => "I dag",
        T::SeriesTarget => "Mål",
        T::TableItem => "Område",
        T::NotAnswered => "–",
        T::Saved => "Sparat i webbläsaren",
        T::NotSaved => "Inte sparat",
        T::StorageUnavailable => "Webbläsaren låter inte appen spara här (lagring är avstängd eller blockerad). Du kan arbeta vidare, men det du gör försvinner när sidan stängs. Spara som fil för att behålla det.",
        T::StorageRefused => "Det senaste gick inte att spara i webbläsaren (lagringen är full eller spärrad). Du kan arbeta vidare; spara som fil för att inte förlora något.",
        T::NewerInOtherTab => "En nyare version av appen har sparat i en annan flik. Den här fliken sparar inte längre, så att ingenting skrivs över. Ladda om sidan, eller spara det du har här som fil.",
        T::SaveAsFile => "Spara som fil",
        T::UnreadableKept => "Tidigare sparade uppgifter i den här webbläsaren kunde inte läsas. De har lagts undan orörda, och du kan ladda ner dem som fil.",
        T::UnreadableNotKept => "Tidigare sparade uppgifter i den här webbläsaren kunde inte läsas. De ligger kvar orörda, och appen sparar inte över dem. Ladda ner dem som fil.",
        T::DownloadUnreadable => "Ladda ner de olästa uppgifterna",
        T::Dismiss => "Stäng",
        T::ViewsNav => "Vyer",
        T::ViewAssessment => "Självskattning",
        T::ViewTrend => "Utveckling över tid",
        T::ViewHistory => "Sparade bedömningar",
        T::UnnamedUnit => "Namnlös enhet",
        T::Cancel => "Avbryt",
        T::ViewRollup => "Sammanställning",
        T::ViewWorkshop => "Workshop",
        T::CopyLink => "Kopiera länken",
        T::Copied => "Länken är kopierad.",
        T::CopyFailed => "Kopieringen gick inte. Markera länken och kopiera den själv.",
        T::Close => "Stäng",
        T::UpdateReady => "Ny version finns.",
        T::UpdateNow => "Ladda om med den nya versionen",
        T::AboutLink => "Tillgänglighet och dina uppgifter",
    }
}

pub fn message(msg: M) -> String {
    match msg {
        M::Percent(p) => format!("{p} %"),
        M::Points(p) => format!("{} procentenheter", p.round() as i32),
        M::Rating(Some(Rating::Level(l))) => l.get().to_string(),
        M::Rating(Some(Rating::DontKnow)) => text(T::DontKnow).to_owned(),
        M::Rating(None) => text(T::NotAnswered).to_owned(),
        M::ChartNote { min, max } => format!("Nivå {min} ligger närmast mitten, nivå {max} ytterst. ”Vet ej” är ett avbrott i linjen med en öppen ring utanför skalan. Tabellen har alla namn och nivåer."),
    }
}
