//! CSV for Swedish Excel: BOM, `;`, decimal comma, ISO dates, one row per item per assessment.
#![cfg(not(target_arch = "wasm32"))]

use kompass_core::files::csv::{assessments_csv, decimal_comma, CsvLabels};
use kompass_core::files::saved::decode;
use kompass_core::framework::presets::presets;
use kompass_core::{Assessment, Lang};

const V1: &str = include_str!("fixtures/saved-v1.json");

fn labels() -> CsvLabels<'static> {
    CsvLabels {
        lang: Lang::Sv,
        headers: [
            "Enhet",
            "Ramverk",
            "Datum",
            "Typ",
            "Id",
            "Område",
            "Nivå i dag",
            "Mål",
            "I dag (%)",
            "Mål (%)",
            "Bygger på",
            "Anteckning",
        ],
        shift: "Förflyttning",
        factor: "Faktor",
        goal_area: "Målområde",
        dont_know: "Vet ej",
    }
}

fn rows(text: &str) -> Vec<Vec<String>> {
    let body = text.strip_prefix('\u{feff}').expect("starts with a BOM");
    csv::ReaderBuilder::new()
        .delimiter(b';')
        .has_headers(false)
        .from_reader(body.as_bytes())
        .records()
        .map(|r| r.expect("valid CSV").iter().map(str::to_owned).collect())
        .collect()
}

#[test]
fn one_row_per_item_and_goal_area_per_assessment() {
    let mut ws = decode(V1).expect("fixture");
    ws.assessments.list[0].unit = "=HYPERLINK(\"x\")".into();
    let list: Vec<&Assessment> = ws.assessments.iter().collect();
    let text = assessments_csv(&list, &presets(), &labels());
    assert!(text.contains("\r\n"), "CRLF line ends");
    let rows = rows(&text);
    // Sörmland: 13 items + 3 goal areas, twice; Kalmar: 10 items, no goal areas; plus the header.
    assert_eq!(rows.len(), 1 + 2 * 16 + 10);
    assert_eq!(rows[0][0], "Enhet");
    let person = &rows[1];
    assert_eq!(
        person[..8],
        [
            "'=HYPERLINK(\"x\")",
            "Sörmland 2035",
            "2025-03-01",
            "Förflyttning",
            "person",
            "Person och relation",
            "2",
            "4"
        ]
    );
    assert_eq!(person[8..10], ["25,0", "75,0"]);
    let tillit = rows
        .iter()
        .find(|r| r[2] == "2025-03-01" && r[4] == "tillit")
        .expect("tillit");
    assert_eq!(
        (tillit[6].as_str(), tillit[8].as_str(), tillit[11].as_str()),
        ("Vet ej", "", "Medarbetarenkät 2025")
    );
    // Goal-area rows carry the index with a decimal comma and what it rests on.
    let tillsammans = rows
        .iter()
        .find(|r| r[2] == "2025-03-01" && r[4] == "tillsammans")
        .expect("goal row");
    assert_eq!(tillsammans[3], "Målområde");
    assert_eq!(
        (
            tillsammans[8].as_str(),
            tillsammans[9].as_str(),
            tillsammans[10].as_str()
        ),
        ("25,0", "75,0", "1/8")
    );
    assert!(rows.iter().all(|r| r.len() == 12));
}

#[test]
fn decimal_comma_rounds_to_one_decimal() {
    assert_eq!(decimal_comma(41.666), "41,7");
    assert_eq!(decimal_comma(100.0), "100,0");
    assert_eq!(decimal_comma(0.04), "0,0");
    assert_eq!(decimal_comma(-2.25), "-2,3");
}

/// The core's own writer against the `csv` crate's (which it replaced: the crate's writer cost
/// about 18 KB gzip in the app): every row read back and written again by the crate's writer,
/// with the same settings, gives the same bytes; notes with `;`, `"`, line breaks, a leading
/// formula sign and an empty note are among them.
#[test]
fn written_as_the_csv_crates_writer_writes_it() {
    let mut ws = decode(V1).expect("fixture");
    let notes = [
        "a; b",
        "a; \"b\"",
        "said \"yes\"",
        "two\nlines",
        "cr\rhere",
        "\"",
        "",
        "-1",
        "plain",
    ];
    let frameworks = presets();
    for (k, a) in ws.assessments.list.iter_mut().enumerate() {
        let fw = frameworks
            .iter()
            .find(|f| f.id == a.framework_id)
            .expect("preset");
        for (i, (_, id, _)) in fw.items().enumerate() {
            a.items.entry(id.to_owned()).or_default().note = notes[(k + i) % notes.len()].into();
        }
    }
    ws.assessments.list[1].unit = "Vård; \"norr\"".into();
    let list: Vec<&Assessment> = ws.assessments.iter().collect();
    let text = assessments_csv(&list, &frameworks, &labels());
    let rows = rows(&text);
    assert!(rows
        .iter()
        .any(|r| r[11].contains('"') && r[11].contains(';')));
    assert!(rows.iter().any(|r| r[11].contains('\n')));
    let mut wtr = csv::WriterBuilder::new()
        .delimiter(b';')
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    for row in &rows {
        wtr.write_record(row).expect("in memory");
    }
    let theirs = String::from_utf8(wtr.into_inner().expect("in memory")).expect("UTF-8");
    assert_eq!(text, format!("\u{feff}{theirs}"));
}
