//! Workshop texts with values in them, one exhaustive `match` per language each.

use super::workshop::{w, W};
use kompass_core::workshop::{Agreement, Rejection};
use kompass_core::Lang;

pub fn agreement_text(lang: Lang, a: Agreement) -> &'static str {
    w(
        lang,
        match a {
            Agreement::Consensus => W::Consensus,
            Agreement::Split => W::Split,
            Agreement::Uncertain => W::Uncertain,
        },
    )
}

pub fn rejection_text(lang: Lang, r: Rejection) -> &'static str {
    w(
        lang,
        match r {
            Rejection::Typo => W::Typo,
            Rejection::OtherWorkshop => W::Other,
            Rejection::Duplicate => W::Duplicate,
        },
    )
}

pub fn collected(lang: Lang, n: usize) -> String {
    match (lang, n) {
        (Lang::Sv, 1) => "1 svar insamlat".to_owned(),
        (Lang::Sv, n) => format!("{n} svar insamlade"),
        (Lang::En, 1) => "1 answer collected".to_owned(),
        (Lang::En, n) => format!("{n} answers collected"),
    }
}

pub fn added(lang: Lang, n: usize) -> String {
    match (lang, n) {
        (Lang::Sv, 1) => "1 kod lades till.".to_owned(),
        (Lang::Sv, n) => format!("{n} koder lades till."),
        (Lang::En, 1) => "1 code was added.".to_owned(),
        (Lang::En, n) => format!("{n} codes were added."),
    }
}

pub fn not_added(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Sv => format!("{n} kunde inte läggas till:"),
        Lang::En => format!("{n} could not be added:"),
    }
}

pub fn code_length(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Sv => format!("Svarskoden blir {n} tecken."),
        Lang::En => format!("The answer code will have {n} characters."),
    }
}

pub fn workshop_id(lang: Lang, id: &str) -> String {
    match lang {
        Lang::Sv => format!("Workshop {id}"),
        Lang::En => format!("Workshop {id}"),
    }
}

pub fn too_few(lang: Lang, min: u8, n: usize) -> String {
    match lang {
        Lang::Sv => format!("Resultatet visas när minst {min} har svarat ({n} hittills)."),
        Lang::En => format!("The results show once at least {min} have answered ({n} so far)."),
    }
}

pub fn round_given(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Sv => {
            format!("Tack! {n} har lämnat in i den här rundan. Lämna över till nästa person.")
        }
        Lang::En => format!("Thank you! {n} have handed in this round. Pass the device on."),
    }
}

pub fn steps(lang: Lang, n: u8) -> String {
    match (lang, n) {
        (Lang::Sv, 1) => "1 steg".to_owned(),
        (Lang::Sv, n) => format!("{n} steg"),
        (Lang::En, 1) => "1 step".to_owned(),
        (Lang::En, n) => format!("{n} steps"),
    }
}

/// A median given doubled: "3" or "2,5" / "2.5".
pub fn median_text(lang: Lang, x2: Option<u8>) -> String {
    let Some(m) = x2 else {
        return "–".to_owned();
    };
    let half = match lang {
        Lang::Sv => ",5",
        Lang::En => ".5",
    };
    if m % 2 == 0 {
        (m / 2).to_string()
    } else {
        format!("{}{half}", m / 2)
    }
}

pub fn median_option(lang: Lang, level: &str) -> String {
    match lang {
        Lang::Sv => format!("Medianen ({level})"),
        Lang::En => format!("The median ({level})"),
    }
}

pub fn slide_of(lang: Lang, i: usize, n: usize) -> String {
    match lang {
        Lang::Sv => format!("Bild {i} av {n}"),
        Lang::En => format!("Screen {i} of {n}"),
    }
}

pub fn answers_count(lang: Lang, n: usize) -> String {
    match (lang, n) {
        (Lang::Sv, 1) => "1 svar".to_owned(),
        (Lang::Sv, n) => format!("{n} svar"),
        (Lang::En, 1) => "1 answer".to_owned(),
        (Lang::En, n) => format!("{n} answers"),
    }
}
