//! Compiles the accessibility matrix (`src/accessibility/matrix.json`, the one source the
//! end-to-end tests also read) into static Rust data, so the app's statement carries the
//! matrix without a JSON parser for it (a derived reader cost 9.6 KB gzip of wasm).

use std::fmt::Write as _;

use serde_json::Value;

fn text(v: &Value, key: &str) -> String {
    format!(
        "{:?}",
        v[key]
            .as_str()
            .unwrap_or_else(|| panic!("matrix.json: {key} must be a text"))
    )
}

fn texts(v: &Value, key: &str) -> String {
    let list = v[key].as_array().map_or_else(Vec::new, |a| {
        a.iter()
            .map(|s| format!("{:?}", s.as_str().expect("matrix.json: a list of texts")))
            .collect()
    });
    format!("&[{}]", list.join(", "))
}

fn name(v: &Value) -> String {
    format!(
        "Name {{ sv: {}, en: {} }}",
        text(&v["name"], "sv"),
        text(&v["name"], "en")
    )
}

fn screen(v: &Value, key: &str) -> String {
    let size = v["screens"][key]
        .as_array()
        .expect("matrix.json: a screen is [width, height]");
    format!("[{}, {}]", size[0], size[1])
}

fn list(v: &Value, key: &str) -> Vec<Value> {
    v[key].as_array().cloned().unwrap_or_default()
}

fn main() {
    println!("cargo:rerun-if-changed=src/accessibility/matrix.json");
    let source =
        std::fs::read_to_string("src/accessibility/matrix.json").expect("matrix.json is there");
    let m: Value = serde_json::from_str(&source).expect("matrix.json is JSON");
    let mut out = String::from("pub static MATRIX: Matrix = Matrix {\n");
    let _ = writeln!(
        out,
        "assessed: {}, updated: {},",
        text(&m, "assessed"),
        text(&m, "updated")
    );
    let _ = writeln!(
        out,
        "tags: {}, languages: {}, themes: {},",
        texts(&m, "tags"),
        texts(&m, "languages"),
        texts(&m, "themes")
    );
    let _ = writeln!(
        out,
        "screens: Screens {{ wide: {}, narrow: {}, phone: {} }},",
        screen(&m, "wide"),
        screen(&m, "narrow"),
        screen(&m, "phone")
    );
    out.push_str("checks: &[\n");
    for c in list(&m, "checks") {
        let _ = writeln!(
            out,
            "Check {{ id: {}, file: {}, name: {} }},",
            text(&c, "id"),
            text(&c, "file"),
            name(&c)
        );
    }
    out.push_str("],\nviews: &[\n");
    for v in list(&m, "views") {
        let _ = writeln!(
            out,
            "ViewRow {{ id: {}, covers: {}, file: {}, screens: {}, name: {}, states: &[",
            text(&v, "id"),
            texts(&v, "covers"),
            text(&v, "file"),
            texts(&v, "screens"),
            name(&v)
        );
        for s in list(&v, "states") {
            let _ = writeln!(
                out,
                "StateRow {{ id: {}, covers: {}, name: {} }},",
                text(&s, "id"),
                texts(&s, "covers"),
                name(&s)
            );
        }
        out.push_str("] },\n");
    }
    out.push_str("],\n};\n");
    let dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    std::fs::write(format!("{dir}/matrix.rs"), out).expect("OUT_DIR is writable");
}
