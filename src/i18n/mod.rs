//! Interface text: per feature a key file, per language (sv/, en/) one file per feature.

/// Implements [`Localize`] for a feature's key type by that feature's function of the same
/// name in each language's folder (`localized_by!(HistoryText, &'static str, history::text)`).
macro_rules! localized_by {
    ($key:ty, $out:ty, $feature:ident :: $func:ident) => {
        impl $crate::i18n::Localize for $key {
            type Output = $out;

            fn localize(self, lang: $crate::i18n::Lang) -> $out {
                match lang {
                    $crate::i18n::Lang::Sv => $crate::i18n::sv::$feature::$func(self),
                    $crate::i18n::Lang::En => $crate::i18n::en::$feature::$func(self),
                }
            }
        }
    };
}

mod about;
mod assessment;
mod common;
mod editor;
mod en;
mod errors;
mod files;
mod history;
mod phone;
mod results;
mod rollup;
mod rounds;
mod scan;
mod sv;
mod working;
mod workshop;

pub use about::{AboutMsg, AboutText};
pub use assessment::{AssessmentMsg, AssessmentText};
pub use common::{CommonMsg, CommonText};
pub use editor::{EditorMsg, EditorText};
pub use errors::ErrorMsg;
pub use files::{FilesMsg, FilesText};
pub use history::{HistoryMsg, HistoryText};
pub use kompass_core::Lang;
pub use phone::{PhoneMsg, PhoneText};
pub use results::{ResultsMsg, ResultsText};
pub use rollup::{RollupMsg, RollupText};
pub use rounds::{RoundsMsg, RoundsText};
pub use scan::ScanText;
pub use working::{WorkingMsg, WorkingText};
pub use workshop::{WorkshopMsg, WorkshopText};

/// A key that has a text in every language: a fixed text (`Output = &'static str`) or a text
/// with values in it (`Output = String`).
///
/// Each feature's key file (`common.rs`, `assessment.rs`, …) holds its key enums, `…Text` for
/// fixed texts and `…Msg` for texts with values (carried by the variants); each language holds
/// one file per feature (`sv/assessment.rs`, `en/assessment.rs`, …) with every text of that
/// feature, each an exhaustive `match`. A key that is not translated into every language does
/// not compile.
pub trait Localize {
    type Output;

    /// The text of this key in `lang`.
    fn localize(self, lang: Lang) -> Self::Output;
}

/// The text of `key` in `lang`: `&'static str` for a fixed text, `String` for one with values.
pub fn t<K: Localize>(lang: Lang, key: K) -> K::Output {
    key.localize(lang)
}

/// The name of a language in that language itself (for the language switch).
pub fn endonym(lang: Lang) -> &'static str {
    match lang {
        Lang::Sv => sv::common::ENDONYM,
        Lang::En => en::common::ENDONYM,
    }
}
