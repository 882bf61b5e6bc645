//! CSV for Excel and `LibreOffice` in Swedish: UTF-8 with BOM, `;` between cells, decimal comma,
//! ISO dates. One row per item per assessment, then one per goal area with its index.

use crate::assessment::{Assessment, Rating, Which};
use crate::framework::text::Lang;
use crate::framework::{Framework, ItemKind};
use crate::results::scoring::{goal_area_scores, Index};

/// The words of the file, in the user's language (the shell's i18n fills them in).
pub struct CsvLabels<'a> {
    pub lang: Lang,
    /// Unit, framework, date, type, id, item, level today, target, today %, target %,
    /// based on, note.
    pub headers: [&'a str; 12],
    pub shift: &'a str,
    pub factor: &'a str,
    pub goal_area: &'a str,
    pub dont_know: &'a str,
}

/// "41,7": one decimal, decimal comma, without float formatting.
pub fn decimal_comma(value: f64) -> String {
    let tenths = (value * 10.0).round() as i64;
    let sign = if tenths < 0 { "-" } else { "" };
    format!("{sign}{},{}", tenths.abs() / 10, tenths.abs() % 10)
}

/// Text typed by a user that a spreadsheet would take for a formula gets a leading apostrophe.
fn cell_text(text: &str) -> String {
    match text.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{text}"),
        _ => text.to_owned(),
    }
}

fn level_cell(rating: Option<Rating>, dont_know: &str) -> String {
    match rating {
        Some(Rating::Level(l)) => l.get().to_string(),
        Some(Rating::DontKnow) => dont_know.to_owned(),
        None => String::new(),
    }
}

fn percent_cell(index: &Index) -> String {
    index.percent.map(decimal_comma).unwrap_or_default()
}

/// The CSV text of `list`, each assessment with its own framework.
pub fn assessments_csv<F: AsRef<Framework>>(
    list: &[&Assessment],
    frameworks: &[F],
    labels: &CsvLabels,
) -> String {
    let mut rows: Vec<Vec<String>> = vec![labels.headers.iter().map(|h| (*h).to_owned()).collect()];
    for a in list {
        let Some(fw) = frameworks
            .iter()
            .map(AsRef::as_ref)
            .find(|f| f.id == a.framework_id)
        else {
            continue;
        };
        let start = [
            cell_text(&a.unit),
            fw.name.get(labels.lang).to_owned(),
            a.date.to_string(),
        ];
        for (kind, id, _) in fw.items() {
            let (now, target) = (a.rating(id, Which::Now), a.rating(id, Which::Target));
            let scale = fw.scale_of(id);
            let name = match kind {
                ItemKind::Shift => fw.shift(id).map(|s| s.to.get(labels.lang)),
                ItemKind::Factor => fw.factor(id).map(|f| f.name.get(labels.lang)),
            };
            let kind_label = match kind {
                ItemKind::Shift => labels.shift,
                ItemKind::Factor => labels.factor,
            };
            let note = a.answer(id).map(|x| x.note.as_str()).unwrap_or_default();
            let mut row = start.to_vec();
            row.extend([
                kind_label.to_owned(),
                id.to_owned(),
                name.unwrap_or(id).to_owned(),
                level_cell(now, labels.dont_know),
                level_cell(target, labels.dont_know),
                percent_cell(&Index::of([(now, scale)])),
                percent_cell(&Index::of([(target, scale)])),
                String::new(),
                cell_text(note),
            ]);
            rows.push(row);
        }
        for (score, area) in goal_area_scores(fw, a).iter().zip(&fw.goal_areas) {
            let mut row = start.to_vec();
            row.extend([
                labels.goal_area.to_owned(),
                area.id.clone(),
                area.name.get(labels.lang).to_owned(),
                String::new(),
                String::new(),
                percent_cell(&score.now),
                percent_cell(&score.target),
                format!("{}/{}", score.now.rated, score.now.total),
                String::new(),
            ]);
            rows.push(row);
        }
    }
    let mut out = String::from("\u{feff}");
    for row in &rows {
        write_record(&mut out, row);
    }
    out
}

/// One row: cells joined by `;`, ended by CRLF; a cell holding `;`, `"`, CR or LF is quoted,
/// with each `"` doubled (as the `csv` crate's writer does with its default, "necessary").
fn write_record(out: &mut String, row: &[String]) {
    for (i, cell) in row.iter().enumerate() {
        if i > 0 {
            out.push(';');
        }
        if cell.contains([';', '"', '\r', '\n']) {
            out.push('"');
            out.push_str(&cell.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(cell);
        }
    }
    out.push_str("\r\n");
}
