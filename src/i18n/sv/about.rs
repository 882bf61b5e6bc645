//! Svenska: the about page's texts (the accessibility statement, the user's own data).

use crate::i18n::{AboutMsg as M, AboutText as T};

pub fn text(key: T) -> &'static str {
    match key {
        T::A11yHeading => "Tillgänglighetsredogörelse",
        T::A11yIntro => "Organisationen som publicerar Nära vård-kompassen står bakom den här tjänsten. Vi vill att så många som möjligt ska kunna använda den. Den här redogörelsen beskriver hur Nära vård-kompassen uppfyller lagen (2018:1937) om tillgänglighet till digital offentlig service, kända tillgänglighetsproblem och hur du kan rapportera brister så att de kan åtgärdas.",
        T::A11yHowHeading => "Hur tillgänglig är tjänsten?",
        T::A11yHow => "Tjänsten är delvis förenlig med lagen om tillgänglighet till digital offentlig service. De kända bristerna står i avsnittet om innehåll som inte är tillgängligt nedan.",
        T::A11yReportHeading => "Vad kan du göra om du inte kan använda delar av tjänsten? Rapportera brister",
        T::A11yReport => "Kontakta den organisation som har publicerat tjänsten för dig (till exempel din region eller kommun) om du behöver innehållet i en annan form eller hittar brister som inte står här. Allt du har skrivit kan du också spara som fil eller exportera till Excel (CSV) och öppna i andra program.",
        T::A11ySupervisionHeading => "Tillsynsmyndighet",
        T::A11ySupervision => "Myndigheten för digital förvaltning (DIGG) har ansvaret för tillsyn för lagen om tillgänglighet till digital offentlig service. Om du inte är nöjd med hur vi hanterar dina synpunkter kan du kontakta DIGG och påtala det.",
        T::A11yTechHeading => "Teknisk information om tjänstens tillgänglighet",
        T::A11yTech => "Tjänsten är delvis förenlig med lagen om tillgänglighet till digital offentlig service, på grund av de brister som beskrivs nedan. Kraven är WCAG 2.2 nivå AA (EN 301 549).",
        T::A11yGapsHeading => "Innehåll som inte är tillgängligt",
        T::A11yGapSwedishOnlyFramework => "Ett eget ramverk som bara har svensk text visar den svenska texten också i det engelska gränssnittet. I rubriker och sidnavigering är den då inte märkt som svensk, så en skärmläsare kan läsa den med engelskt uttal (WCAG 3.1.2).",
        T::A11yGapSmallMultiples => "De små diagrammen per enhet i sammanställningen har inga egna tabeller; samma siffror står i enhetstabellen ovanför (WCAG 1.1.1).",
        T::A11yTestHeading => "Hur vi testat tjänsten",
        T::A11yTest => "Vi har gjort en självskattning (intern testning). Vid varje ändring körs automatiska tester i webbläsaren Chromium.",
        T::A11yTestViews => "Vyer och tillstånd som granskas",
        T::A11yTestMore => "Dessutom kontrolleras, med egna tester:",
        T::A11yDiggForm => "Anmäl till DIGG (digg.se/tdosanmalan)",
        T::A11yGapAxeIncomplete => "Text vars kontrast testerna inte kan räkna ut (till exempel text som en öppen meny täcker) skrivs ut av testerna men granskas inte automatiskt.",
        T::PrivacyHeading => "Dina uppgifter",
        T::PrivacyStaysHere => "Allt du skriver sparas bara i den här webbläsaren, på den här datorn (webbläsarens lokala lagring, under namn som börjar med nara-vard-kompassen). Ingenting skickas till någon server, appen sätter inga kakor och samlar ingen statistik.",
        T::PrivacyLeavesOnlyByYou => "Uppgifterna lämnar webbläsaren bara när du själv sparar en fil, exporterar till Excel, skriver ut, delar en länk eller lämnar en svarskod i en workshop. En delad länk till en bedömning innehåller hela bedömningen och det egna ramverk den bygger på; en länk till ett eget ramverk innehåller bara ramverket; en svarskod innehåller bara dina skattningar, inget namn.",
        T::EraseButton => "Radera mina uppgifter",
        T::EraseConfirm => "Allt som appen har sparat i den här webbläsaren raderas: alla enheter, bedömningar, anteckningar, åtgärder och egna ramverk. Det går inte att ångra. Spara en fil först om du vill behålla något.",
        T::EraseYes => "Ja, radera allt",
        T::Erased => "Allt som appen hade sparat i den här webbläsaren är raderat.",
        T::ContactEmail => "E-post:",
        T::ContactPhone => "Telefon:",
        T::ContactPage => "Kontaktsida för synpunkter",
    }
}

pub fn message(msg: M) -> String {
    match msg {
        M::TestScope { views, states, runs, wide, narrow, phone } => format!(
            "Testerna granskar {states} tillstånd i {views} vyer, vart och ett på svenska och engelska, i {} × {} och {} × {} pixlar (deltagarens telefon i {} × {}) och i både standardtemat och projektortemat: {runs} granskningar. I varje granskning kontrolleras:",
            wide[0], wide[1], narrow[0], narrow[1], phone[0], phone[1]
        ),
        M::Dates { assessed, updated } => format!(
            "Bedömningen gjordes {assessed}. Redogörelsen uppdaterades senast {updated}."
        ),
        M::PublishedBy { organisation } => format!(
            "{organisation} publicerar tjänsten och ansvarar för den. Kontakta {organisation} om du behöver innehållet i en annan form eller vill rapportera en brist:"
        ),
    }
}
