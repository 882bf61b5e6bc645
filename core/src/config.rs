//! Configuration by URL, for intranet admins: `?framework=kalmar-lan&lang=en&unit=…` (Swedish
//! names work too: `ramverk`, `sprak`/`språk`, `enhet`, `ramverksfil`, `läge`/`lage`, `tema`).
//! Unknown keys and values are ignored.

use crate::framework::text::Lang;
use crate::navigation::step::Step;
use crate::workshop::Workshops;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct UrlConfig {
    /// A built-in framework to start with.
    pub framework: Option<String>,
    pub lang: Option<Lang>,
    /// The unit's name, filled in on the start page.
    pub unit: Option<String>,
    /// A same-origin JSON file with a custom framework, relative to the app.
    pub framework_file: Option<String>,
    pub mode: Option<Mode>,
    pub theme: Option<Theme>,
}

/// What the page is for: an intranet can link each use to its own address.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// The self-assessment only (no workshop in the navigation).
    Assessment,
    /// A participant's phone: only the workshop taken part in.
    Participant,
    /// Opens the workshop page.
    Facilitator,
    /// Opens the running workshop on the projector (high-contrast theme unless told otherwise).
    Projector,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Theme {
    Standard,
    /// Large type and high contrast, for projectors and low vision.
    Projector,
}

impl Mode {
    fn parse(value: &str) -> Option<Mode> {
        match value {
            "assessment" | "bedomning" | "bedömning" => Some(Mode::Assessment),
            "participant" | "deltagare" => Some(Mode::Participant),
            "facilitator" | "samtalsledare" => Some(Mode::Facilitator),
            "projector" | "projektor" => Some(Mode::Projector),
            _ => None,
        }
    }
}

impl UrlConfig {
    /// The theme in effect: as asked, else the projector's in projector mode.
    pub fn theme(&self) -> Theme {
        match (self.theme, self.mode) {
            (Some(theme), _) => theme,
            (None, Some(Mode::Projector)) => Theme::Projector,
            (None, _) => Theme::Standard,
        }
    }

    /// Where the mode opens the app, given the step shown and the running workshops.
    pub fn start_step(&self, step: &Step, workshops: &Workshops) -> Option<Step> {
        let workshop_step = matches!(step, Step::Workshop | Step::Projector | Step::Participate);
        match self.mode? {
            Mode::Assessment => workshop_step.then_some(Step::Start),
            Mode::Participant => workshops.participation.as_ref().map(|_| Step::Participate),
            Mode::Facilitator => Some(Step::Workshop),
            Mode::Projector if workshops.workshop.is_some() => Some(Step::Projector),
            Mode::Projector => Some(Step::Workshop),
        }
    }
}

/// `%C3%A4` → `ä`, `+` → space; a broken escape is kept as it is.
pub fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| char::from(b).to_digit(16);
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                (Some(h), Some(l)) => {
                    out.push((h * 16 + l) as u8);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Reads the query string (with or without `?`) or a fragment of the same form.
pub fn parse_config(query: &str) -> UrlConfig {
    let mut config = UrlConfig::default();
    let query = query.trim_start_matches(['?', '#']);
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        let (key, value) = (percent_decode(key), percent_decode(value).trim().to_owned());
        if value.is_empty() {
            continue;
        }
        match key.as_str() {
            "framework" | "ramverk" => config.framework = Some(value),
            "lang" | "sprak" | "språk" => config.lang = Lang::from_code(&value),
            "unit" | "enhet" => config.unit = Some(value),
            "framework-file" | "ramverksfil" => config.framework_file = Some(value),
            "mode" | "läge" | "lage" => config.mode = Mode::parse(&value),
            "theme" | "tema" => {
                config.theme = match value.as_str() {
                    "projector" | "projektor" | "contrast" | "kontrast" => Some(Theme::Projector),
                    "standard" | "default" => Some(Theme::Standard),
                    _ => None,
                }
            }
            _ => {}
        }
    }
    config
}

/// Whether `path` (from the URL) may be fetched: a relative path on this site, never another
/// origin, a scheme, or a protocol-relative `//host`.
pub fn is_same_origin_path(path: &str) -> bool {
    !path.is_empty()
        && !path.contains("://")
        && !path.starts_with("//")
        && !path.contains(':')
        && !path.contains('\\')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_english_and_swedish_keys() {
        let c = parse_config("?ramverk=kalmar-lan&spr%C3%A5k=en&enhet=V%C3%A5rdcentralen+Nyk%C3%B6ping&ramverksfil=frameworks/exempel.json&x=1");
        assert_eq!(c.framework.as_deref(), Some("kalmar-lan"));
        assert_eq!(c.lang, Some(Lang::En));
        assert_eq!(c.unit.as_deref(), Some("Vårdcentralen Nyköping"));
        assert_eq!(c.framework_file.as_deref(), Some("frameworks/exempel.json"));
        let d = parse_config("framework=sormland-2035&lang=sv&unit=");
        assert_eq!(
            (d.framework.as_deref(), d.lang, d.unit),
            (Some("sormland-2035"), Some(Lang::Sv), None)
        );
        assert_eq!(parse_config(""), UrlConfig::default());
        assert_eq!(parse_config("?lang=fi").lang, None);
    }

    #[test]
    fn mode_and_theme_open_the_right_view() {
        let c = parse_config("?l%C3%A4ge=projektor");
        assert_eq!(
            (c.mode, c.theme()),
            (Some(Mode::Projector), Theme::Projector)
        );
        let workshops = Workshops::default();
        let mut step = Step::Start;
        assert_eq!(
            c.start_step(&step, &workshops),
            Some(Step::Workshop),
            "no workshop yet"
        );
        let d = parse_config("mode=projector&theme=standard");
        assert_eq!(d.theme(), Theme::Standard);
        assert_eq!(
            parse_config("mode=facilitator").start_step(&step, &workshops),
            Some(Step::Workshop)
        );
        assert_eq!(
            parse_config("mode=participant").start_step(&step, &workshops),
            None
        );
        step = Step::Workshop;
        assert_eq!(
            parse_config("mode=assessment").start_step(&step, &workshops),
            Some(Step::Start)
        );
        assert_eq!(parse_config("tema=kontrast").theme(), Theme::Projector);
        assert_eq!(parse_config("mode=chef&theme=rosa"), UrlConfig::default());
    }

    #[test]
    fn percent_decoding_keeps_broken_escapes() {
        assert_eq!(percent_decode("a%20b%2"), "a b%2");
        assert_eq!(percent_decode("%zz"), "%zz");
        assert_eq!(percent_decode("100%"), "100%");
    }

    #[test]
    fn only_paths_on_this_site_may_be_fetched() {
        assert!(is_same_origin_path("frameworks/exempel.json"));
        assert!(is_same_origin_path("/sites/narvard/ramverk.json"));
        for bad in [
            "https://evil.example/f.json",
            "//evil.example/f.json",
            "javascript:alert(1)",
            "data:,{}",
            "",
            "..\\\\x",
        ] {
            assert!(!is_same_origin_path(bad), "{bad}");
        }
    }
}
