//! The site configuration an organisation puts beside `index.html` (`site.json`): who publishes
//! the app and how to reach them (for the accessibility statement and feedback), the default
//! framework and language, its own framework files, which views are offered, and an optional logo
//! and brand colour. Without the file the app works as it does out of the box. Every problem is
//! found at once and named, so an admin can fix the file in one go.

use crate::config::is_same_origin_path;
use crate::framework::text::{Lang, Localized};
use crate::json_read::read_struct;

/// The file's `format`.
pub const SITE_FORMAT: &str = "nara-vard-kompassen/site";

/// Views an organisation can leave out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    /// The organisation view of many units' files.
    Rollup,
    /// Running a workshop (phones can always join one they are given).
    Workshop,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Contact {
    pub email: Option<String>,
    pub phone: Option<String>,
    /// A web page for feedback, on any site.
    pub url: Option<String>,
}

/// A checked site configuration.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Site {
    pub organisation: Option<Localized>,
    pub contact: Contact,
    pub framework: Option<String>,
    pub lang: Option<Lang>,
    /// Framework files on this site, relative to the app.
    pub frameworks: Vec<String>,
    /// The views offered; `None` offers every view.
    pub views: Option<Vec<View>>,
    /// A logo on this site, SVG or PNG.
    pub logo: Option<String>,
    /// The brand colour as `#rrggbb`, with white text on it at 4.5:1 or more.
    pub colour: Option<String>,
}

impl Site {
    /// The problem when the default framework is none of `ids` (every framework on offer, the
    /// site's own files read).
    pub fn missing_framework(&self, ids: &[&str]) -> Option<SiteProblem> {
        let id = self.framework.as_ref()?;
        (!ids.contains(&id.as_str())).then(|| SiteProblem::BadValue {
            field: "framework",
            value: id.clone(),
        })
    }

    /// Whether `view` is offered on this site.
    pub fn offers(&self, view: View) -> bool {
        self.views.as_ref().is_none_or(|v| v.contains(&view))
    }
}

/// One thing wrong in the file, for the admin, named by its field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SiteProblem {
    /// Not JSON, or not an object of the documented fields: serde's account (line and column).
    Unreadable {
        line: usize,
        column: usize,
    },
    WrongFormat,
    UnknownVersion(u32),
    /// A framework id, language, view or path that is not allowed: the field and the value.
    BadValue {
        field: &'static str,
        value: String,
    },
    /// The colour is not `#rrggbb`.
    BadColour(String),
    /// White text on the colour is below 4.5:1; the ratio in tenths.
    LowContrast {
        colour: String,
        tenths: u32,
    },
    /// The organisation's name is empty.
    EmptyName,
}

struct RawSite {
    format: String,
    version: u32,
    organisation: Option<Localized>,
    contact: RawContact,
    framework: Option<String>,
    lang: Option<String>,
    frameworks: Vec<String>,
    views: Option<Vec<String>>,
    logo: Option<String>,
    colour: Option<String>,
}

read_struct!(RawSite deny_unknown_fields {
    format, version, organisation = default, contact = default, framework = default,
    lang = default, frameworks = default, views = default, logo = default, colour = default,
});

#[derive(Default)]
struct RawContact {
    email: Option<String>,
    phone: Option<String>,
    url: Option<String>,
}

read_struct!(RawContact deny_unknown_fields {
    email = default, phone = default, url = default,
});

/// Reads and checks `site.json`; `framework_ids` are the built-in frameworks' ids (a framework
/// from the file's own `frameworks` is checked when it is fetched).
pub fn parse_site(text: &str, framework_ids: &[&str]) -> Result<Site, Vec<SiteProblem>> {
    let raw: RawSite = serde_json::from_str(text).map_err(|e| {
        vec![SiteProblem::Unreadable {
            line: e.line(),
            column: e.column(),
        }]
    })?;
    let mut problems = Vec::new();
    if raw.format != SITE_FORMAT {
        problems.push(SiteProblem::WrongFormat);
    }
    if raw.version != 1 {
        problems.push(SiteProblem::UnknownVersion(raw.version));
    }
    let bad = |field: &'static str, value: &str| SiteProblem::BadValue {
        field,
        value: value.to_owned(),
    };
    if raw
        .organisation
        .as_ref()
        .is_some_and(|o| o.sv.trim().is_empty())
    {
        problems.push(SiteProblem::EmptyName);
    }
    let lang = raw.lang.as_deref().and_then(|code| {
        let lang = Lang::from_code(code);
        if lang.is_none() {
            problems.push(bad("lang", code));
        }
        lang
    });
    // A framework named by id: a built-in one, or one of the file's own (checked when they
    // have been fetched: `Site::missing_framework`).
    if let Some(id) = &raw.framework {
        if !framework_ids.contains(&id.as_str()) && raw.frameworks.is_empty() {
            problems.push(bad("framework", id));
        }
    }
    for path in &raw.frameworks {
        if !is_same_origin_path(path) || !path.to_ascii_lowercase().ends_with(".json") {
            problems.push(bad("frameworks", path));
        }
    }
    let views = raw.views.map(|names| {
        let mut views = Vec::new();
        for name in names {
            match name.as_str() {
                "rollup" | "sammanstallning" | "sammanställning" => views.push(View::Rollup),
                "workshop" => views.push(View::Workshop),
                // The self-assessment is the app itself: always offered.
                "assessment" | "bedomning" | "bedömning" => {}
                _ => problems.push(bad("views", &name)),
            }
        }
        views
    });
    if let Some(logo) = &raw.logo {
        let picture = [".svg", ".png"]
            .iter()
            .any(|ext| logo.to_ascii_lowercase().ends_with(ext));
        if !is_same_origin_path(logo) || !picture {
            problems.push(bad("logo", logo));
        }
    }
    if let Some(colour) = &raw.colour {
        match parse_hex(colour) {
            None => problems.push(SiteProblem::BadColour(colour.clone())),
            Some(rgb) => {
                let ratio = contrast(rgb, (255, 255, 255));
                if ratio < 4.5 {
                    problems.push(SiteProblem::LowContrast {
                        colour: colour.clone(),
                        tenths: (ratio * 10.0).floor() as u32,
                    });
                }
            }
        }
    }
    if let Some(url) = &raw.contact.url {
        if !(url.starts_with("https://") || url.starts_with("http://")) {
            problems.push(bad("contact.url", url));
        }
    }
    if let Some(email) = &raw.contact.email {
        if !email.contains('@') || email.contains(' ') {
            problems.push(bad("contact.email", email));
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(Site {
        organisation: raw.organisation,
        contact: Contact {
            email: raw.contact.email,
            phone: raw.contact.phone,
            url: raw.contact.url,
        },
        framework: raw.framework,
        lang,
        frameworks: raw.frameworks,
        views,
        logo: raw.logo,
        colour: raw.colour,
    })
}

/// `#rrggbb` as its three channels.
fn parse_hex(colour: &str) -> Option<(u8, u8, u8)> {
    let hex = colour.strip_prefix('#')?;
    if hex.len() != 6 || !hex.chars().all(|c| c.is_ascii_hexdigit()) {
        return None;
    }
    let channel = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
    Some((channel(0)?, channel(2)?, channel(4)?))
}

/// WCAG's contrast ratio of two sRGB colours.
pub fn contrast(a: (u8, u8, u8), b: (u8, u8, u8)) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

fn luminance((r, g, b): (u8, u8, u8)) -> f64 {
    0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
}

/// An sRGB channel in linear light.
fn linear(c: u8) -> f64 {
    let c = f64::from(c) / 255.0;
    if c <= 0.040_45 {
        c / 12.92
    } else {
        pow_2_4((c + 0.055) / 1.055)
    }
}

/// x^2.4 for x in (0, 1]: x² · ⁵√(x²), the fifth root by Newton's method (no libm in the wasm).
fn pow_2_4(x: f64) -> f64 {
    let a = x * x;
    let mut y = 1.0;
    for _ in 0..60 {
        y = (4.0 * y + a / (y * y * y * y)) / 5.0;
    }
    a * y
}
