//! English: the app's chrome, navigation, banners and words shared by several features.

use crate::i18n::{CommonMsg as M, CommonText as T};
use kompass_core::Rating;

/// The language's name in the language switch.
pub const ENDONYM: &str = "English";

pub fn text(key: T) -> &'static str {
    match key {
        T::AppTitle => "Nära vård-kompassen",
        T::Tagline => "Self-assessment for the transition to good and close care (nära vård)",
        T::SkipToContent => "Skip to content",
        T::LanguageGroup => "Language",
        T::FrameworkLabel => "Framework",
        T::ShiftsHeading => "The shifts",
        T::From => "From",
        T::To => "To",
        T::ToJoin => "to",
        T::DialogueQuestions => "Dialogue questions for every shift",
        T::PrivacyNote => "Everything you enter stays in this browser. Nothing is sent anywhere.",
        T::BrokenPresets => "No framework could be loaded. Reload the page or contact whoever published the app.",
        T::NowLegend => "Where are you today?",
        T::DontKnow => "Don't know",
        T::Undo => "Undo",
        T::SeriesNow => "Today",
        T::SeriesTarget => "Target",
        T::TableItem => "Item",
        T::NotAnswered => "–",
        T::Saved => "Saved in this browser",
        T::NotSaved => "Not saved",
        T::StorageUnavailable => "The browser does not let the app save here (storage is off or blocked). You can keep working, but your work disappears when the page closes. Save it as a file to keep it.",
        T::StorageRefused => "The latest change could not be saved in the browser (storage is full or locked). You can keep working; save as a file so nothing is lost.",
        T::NewerInOtherTab => "A newer version of the app has saved in another tab. This tab no longer saves, so that nothing is overwritten. Reload the page, or save what you have here as a file.",
        T::SaveAsFile => "Save as file",
        T::UnreadableKept => "Data saved earlier in this browser could not be read. It has been put aside untouched, and you can download it as a file.",
        T::UnreadableNotKept => "Data saved earlier in this browser could not be read. It stays untouched and the app will not save over it. Download it as a file.",
        T::DownloadUnreadable => "Download the unread data",
        T::Dismiss => "Close",
        T::ViewsNav => "Views",
        T::ViewAssessment => "Self-assessment",
        T::ViewTrend => "Progress over time",
        T::ViewHistory => "Saved assessments",
        T::UnnamedUnit => "Unnamed unit",
        T::Cancel => "Cancel",
        T::ViewRollup => "Roll-up",
        T::ViewWorkshop => "Workshop",
        T::CopyLink => "Copy the link",
        T::Copied => "The link is copied.",
        T::CopyFailed => "Copying failed. Select the link and copy it yourself.",
        T::Close => "Close",
        T::UpdateReady => "A new version is available.",
        T::UpdateNow => "Reload with the new version",
        T::AboutLink => "Accessibility and your data",
    }
}

pub fn message(msg: M) -> String {
    match msg {
        M::Percent(p) => format!("{p}%"),
        M::Points(p) => format!("{} percentage points", p.round() as i32),
        M::Rating(Some(Rating::Level(l))) => l.get().to_string(),
        M::Rating(Some(Rating::DontKnow)) => text(T::DontKnow).to_owned(),
        M::Rating(None) => text(T::NotAnswered).to_owned(),
        M::ChartNote { min, max } => format!("Level {min} is nearest the centre, level {max} outermost. \"Don't know\" is a gap in the line with an open ring outside the scale. The table has every name and level."),
    }
}
