//! Language and bilingual text. Swedish is the source language of every framework;
//! English is optional per text and falls back to Swedish.

use serde::{Deserialize, Serialize};

use crate::json_read::read_struct;
use crate::json_write::write_struct;

/// The two languages of the app. Swedish first.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Sv,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Sv, Lang::En];

    /// BCP 47 tag, for the `lang` attribute.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Sv => "sv",
            Lang::En => "en",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        match code.trim().to_ascii_lowercase().as_str() {
            "sv" | "sv-se" => Some(Lang::Sv),
            "en" | "en-gb" | "en-us" => Some(Lang::En),
            _ => None,
        }
    }
}

/// A text in Swedish with an optional English translation.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Localized {
    pub sv: String,
    pub en: Option<String>,
}

write_struct!(Localized { sv, en if Option::is_none });

read_struct!(Localized { sv, en = default });

impl Localized {
    pub fn new(sv: &str, en: &str) -> Self {
        Localized {
            sv: sv.to_owned(),
            en: Some(en.to_owned()),
        }
    }

    /// The language the text is actually shown in for `lang`: English falls back to
    /// Swedish when there is no translation (the UI marks such text `lang="sv"`).
    pub fn shown_in(&self, lang: Lang) -> Lang {
        match (lang, &self.en) {
            (Lang::En, Some(en)) if !en.trim().is_empty() => Lang::En,
            _ => Lang::Sv,
        }
    }

    /// The text in `lang`, or in Swedish where it has no English translation.
    pub fn get(&self, lang: Lang) -> &str {
        match (self.shown_in(lang), &self.en) {
            (Lang::En, Some(en)) => en,
            _ => &self.sv,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_falls_back_to_swedish() {
        let only_sv = Localized {
            sv: "Nära".into(),
            en: None,
        };
        assert_eq!(only_sv.get(Lang::En), "Nära");
        assert_eq!(only_sv.shown_in(Lang::En), Lang::Sv);
        let blank_en = Localized {
            sv: "Nära".into(),
            en: Some("  ".into()),
        };
        assert_eq!(blank_en.get(Lang::En), "Nära");
        let both = Localized::new("Nära", "Close");
        assert_eq!(both.get(Lang::En), "Close");
        assert_eq!(both.get(Lang::Sv), "Nära");
        assert_eq!(both.shown_in(Lang::En), Lang::En);
    }

    #[test]
    fn language_codes_round_trip() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
        }
        assert_eq!(Lang::from_code(" SV-se "), Some(Lang::Sv));
        assert_eq!(Lang::from_code("fi"), None);
    }
}
