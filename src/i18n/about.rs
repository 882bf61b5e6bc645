//! Keys of the about page's texts: the accessibility statement and the user's own data.

/// Every fixed text of the about page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AboutText {
    A11yHeading,
    A11yIntro,
    A11yHowHeading,
    A11yHow,
    A11yReportHeading,
    A11yReport,
    A11ySupervisionHeading,
    A11ySupervision,
    A11yTechHeading,
    A11yTech,
    A11yGapsHeading,
    A11yGapSwedishOnlyFramework,
    A11yGapSmallMultiples,
    A11yTestHeading,
    A11yTest,
    A11yTestViews,
    A11yTestMore,
    A11yDiggForm,
    A11yGapAxeIncomplete,
    PrivacyHeading,
    PrivacyStaysHere,
    PrivacyLeavesOnlyByYou,
    EraseButton,
    EraseConfirm,
    EraseYes,
    Erased,
    ContactEmail,
    ContactPhone,
    ContactPage,
}

/// About texts with values in them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AboutMsg<'a> {
    /// The organisation that publishes the app, from the site configuration.
    PublishedBy { organisation: &'a str },
    /// How many views, states and audits the accessibility matrix holds, at which sizes.
    TestScope {
        views: usize,
        states: usize,
        runs: usize,
        wide: [u32; 2],
        narrow: [u32; 2],
        phone: [u32; 2],
    },
    /// The day of the assessment and of the statement's latest update.
    Dates { assessed: &'a str, updated: &'a str },
}

localized_by!(AboutText, &'static str, about::text);

localized_by!(AboutMsg<'_>, String, about::message);
