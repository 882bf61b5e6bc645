//! Svenska: the first language of the app.

use super::T;

pub fn text(key: T) -> &'static str {
    match key {
        T::AppTitle => "Nära vård-kompassen",
        T::Tagline => "Självskattning för omställningen till god och nära vård",
        T::SkipToContent => "Hoppa till innehållet",
        T::LanguageGroup => "Språk",
        T::FrameworkLabel => "Ramverk",
        T::FrameworkHint => "Välj den målbild som er verksamhet arbetar mot.",
        T::TargetPicture => "Målbild",
        T::HorizonYear => "Målår",
        T::NoHorizon => "Källan anger inget målår.",
        T::ShiftsHeading => "Förflyttningarna",
        T::ShiftsIntro => "Varje förflyttning går från ett FRÅN till ett TILL.",
        T::From => "Från",
        T::To => "Till",
        T::DialogueQuestions => "Dialogfrågor för varje förflyttning",
        T::GoalAreasHeading => "Målområden",
        T::Serves => "Bidrar till",
        T::WhyMapped => "Varför",
        T::Source => "Källa",
        T::PrivacyNote => {
            "Allt du skriver stannar i den här webbläsaren. Ingenting skickas någonstans."
        }
        T::BrokenPresets => {
            "Inget ramverk kunde läsas in. Ladda om sidan eller kontakta den som publicerat appen."
        }
    }
}
