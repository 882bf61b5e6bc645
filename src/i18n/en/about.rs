//! English: the about page's texts (the accessibility statement, the user's own data).

use crate::i18n::{AboutMsg as M, AboutText as T};

pub fn text(key: T) -> &'static str {
    match key {
        T::A11yHeading => "Accessibility statement",
        T::A11yIntro => "The organisation that publishes Nära vård-kompassen stands behind this service. We want as many people as possible to be able to use it. This statement describes how Nära vård-kompassen complies with the Swedish act (2018:1937) on accessibility to digital public services, known accessibility problems and how you can report shortcomings so that they can be fixed.",
        T::A11yHowHeading => "How accessible is the service?",
        T::A11yHow => "The service is partially compliant with the act on accessibility to digital public services. The known shortcomings are listed in the section on content that is not accessible below.",
        T::A11yReportHeading => "What can you do if you cannot use parts of the service? Report shortcomings",
        T::A11yReport => "Contact the organisation that published the service for you (for example your region or municipality) if you need the content in another form or find shortcomings not listed here. Everything you have written can also be saved as a file or exported to Excel (CSV) and opened in other programs.",
        T::A11ySupervisionHeading => "Supervisory authority",
        T::A11ySupervision => "The Agency for Digital Government (DIGG) supervises the act on accessibility to digital public services. If you are not satisfied with how we handle your comments, you can contact DIGG.",
        T::A11yTechHeading => "Technical information about the service's accessibility",
        T::A11yTech => "The service is partially compliant with the act on accessibility to digital public services, because of the shortcomings described below. The requirements are WCAG 2.2 level AA (EN 301 549).",
        T::A11yGapsHeading => "Content that is not accessible",
        T::A11yGapSwedishOnlyFramework => "A custom framework with Swedish text only shows the Swedish text in the English interface too. In headings and the step list it is then not marked as Swedish, so a screen reader may read it with English pronunciation (WCAG 3.1.2).",
        T::A11yGapSmallMultiples => "The small charts per unit in the roll-up have no tables of their own; the same numbers are in the units table above them (WCAG 1.1.1).",
        T::A11yTestHeading => "How we tested the service",
        T::A11yTest => "We have carried out a self-assessment (internal testing). On every change, automated tests run in the Chromium browser.",
        T::A11yTestViews => "Views and states checked",
        T::A11yTestMore => "In addition, with tests of their own:",
        T::A11yDiggForm => "Report to DIGG (digg.se/tdosanmalan)",
        T::A11yGapAxeIncomplete => "Text whose contrast the tests cannot work out (such as text covered by an open menu) is printed by the tests but not checked automatically.",
        T::PrivacyHeading => "Your data",
        T::PrivacyStaysHere => "Everything you enter is saved only in this browser, on this computer (the browser's local storage, under names that begin with nara-vard-kompassen). Nothing is sent to any server; the app sets no cookies and collects no statistics.",
        T::PrivacyLeavesOnlyByYou => "The data leaves the browser only when you save a file, export to Excel, print, share a link or hand over an answer code in a workshop yourself. A shared link to an assessment holds the whole assessment and the own framework it is made with; a link to an own framework holds only the framework; an answer code holds only your ratings, no name.",
        T::EraseButton => "Delete my data",
        T::EraseConfirm => "Everything the app has saved in this browser is deleted: all units, assessments, notes, actions and own frameworks. This cannot be undone. Save a file first if you want to keep anything.",
        T::EraseYes => "Yes, delete everything",
        T::Erased => "Everything the app had saved in this browser has been deleted.",
        T::ContactEmail => "Email:",
        T::ContactPhone => "Phone:",
        T::ContactPage => "Contact page for feedback",
    }
}

pub fn message(msg: M) -> String {
    match msg {
        M::TestScope { views, states, runs, wide, narrow, phone } => format!(
            "The tests check {states} states in {views} views, each in Swedish and English, at {} × {} and {} × {} pixels (the participant's phone at {} × {}) and in both the standard and the projector theme: {runs} audits. Each audit checks:",
            wide[0], wide[1], narrow[0], narrow[1], phone[0], phone[1]
        ),
        M::Dates { assessed, updated } => format!(
            "The assessment was made on {assessed}. The statement was last updated on {updated}."
        ),
        M::PublishedBy { organisation } => format!(
            "{organisation} publishes this service and is responsible for it. Contact {organisation} if you need the content in another form or want to report a shortcoming:"
        ),
    }
}
