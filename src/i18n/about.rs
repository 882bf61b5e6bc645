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
    PrivacyHeading,
    PrivacyStaysHere,
    PrivacyLeavesOnlyByYou,
    EraseButton,
    EraseConfirm,
    EraseYes,
    Erased,
}

localized_by!(AboutText, &'static str, about::text);
