//! The accessibility matrix (`core/src/accessibility/matrix.json`) has a row for every step of
//! the app, every projector screen, every reason a file is refused and every state of the
//! working file. Each enum is matched
//! exhaustively below, so a new variant does not compile until it is named here, and this test
//! fails until the matrix has a row (or state) that covers it — and the end-to-end file named in
//! that row fails until it can reach it.

use std::collections::BTreeSet;
use std::path::Path;

use kompass_core::accessibility::{matrix, Matrix};
use kompass_core::files::errors::{ImportError, ShapeProblem, StoreError};
use kompass_core::files::working::{Link, WriteProblem};
use kompass_core::workshop::phone::Opening;
use kompass_core::workshop::{Board, Slide};
use kompass_core::{Date, Step};

mod support;
use support::every_step;

fn the_matrix() -> &'static Matrix {
    matrix()
}

fn step_key(step: &Step) -> &'static str {
    match step {
        Step::Start => "Step::Start",
        Step::Item(_) => "Step::Item",
        Step::Actions => "Step::Actions",
        Step::Results => "Step::Results",
        Step::History => "Step::History",
        Step::Trend => "Step::Trend",
        Step::Compare { .. } => "Step::Compare",
        Step::Rollup => "Step::Rollup",
        Step::About => "Step::About",
        Step::Workshop => "Step::Workshop",
        Step::Projector => "Step::Projector",
        Step::Participate => "Step::Participate",
        Step::Editor => "Step::Editor",
    }
}

fn slide_keys(slide: &Slide) -> Vec<&'static str> {
    match slide {
        Slide::Join => vec!["Slide::Join"],
        Slide::Group(board) => vec![
            "Slide::Group",
            match board {
                Board::Opening => "Board::Opening",
                Board::Round(_) => "Board::Round",
                Board::Summaries(_) => "Board::Summaries",
            },
        ],
        Slide::Discussion(_) => vec!["Slide::Discussion"],
        Slide::Reveal(_) => vec!["Slide::Reveal"],
        Slide::Overview => vec!["Slide::Overview"],
    }
}

fn every_slide() -> Vec<Slide> {
    vec![
        Slide::Join,
        Slide::Group(Board::Opening),
        Slide::Group(Board::Round(0)),
        Slide::Group(Board::Summaries(String::new())),
        Slide::Discussion(String::new()),
        Slide::Reveal(String::new()),
        Slide::Overview,
    ]
}

fn store_keys(e: &StoreError) -> Vec<&'static str> {
    match e {
        StoreError::NotJson { .. } => vec!["StoreError::NotJson"],
        StoreError::NoSchema => vec!["StoreError::NoSchema"],
        StoreError::NewerSchema { .. } => vec!["StoreError::NewerSchema"],
        StoreError::Shape { problem, .. } => vec![
            "StoreError::Shape",
            match problem {
                ShapeProblem::NotObject => "ShapeProblem::NotObject",
                ShapeProblem::Level { .. } => "ShapeProblem::Level",
                ShapeProblem::Date { .. } => "ShapeProblem::Date",
                ShapeProblem::MissingField { .. } => "ShapeProblem::MissingField",
                ShapeProblem::UnknownValue { .. } => "ShapeProblem::UnknownValue",
                ShapeProblem::WrongType => "ShapeProblem::WrongType",
                ShapeProblem::Other => "ShapeProblem::Other",
            },
        ],
    }
}

fn import_keys(e: &ImportError) -> Vec<&'static str> {
    match e {
        ImportError::TooLarge { .. } => vec!["ImportError::TooLarge"],
        ImportError::Unreadable(store) => {
            let mut keys = vec!["ImportError::Unreadable"];
            keys.extend(store_keys(store));
            keys
        }
        ImportError::Empty => vec!["ImportError::Empty"],
        ImportError::UnknownFramework { .. } => vec!["ImportError::UnknownFramework"],
        ImportError::UnknownItem { .. } => vec!["ImportError::UnknownItem"],
        ImportError::BadFramework { .. } => vec!["ImportError::BadFramework"],
        ImportError::OtherVersion { .. } => vec!["ImportError::OtherVersion"],
        ImportError::LevelOffScale { .. } => vec!["ImportError::LevelOffScale"],
    }
}

fn every_import_error() -> Vec<ImportError> {
    let s = String::new;
    let shape = |problem| ImportError::Unreadable(StoreError::Shape { line: 1, problem });
    vec![
        ImportError::TooLarge { bytes: 0, max: 0 },
        ImportError::Unreadable(StoreError::NotJson { line: 1, column: 1 }),
        ImportError::Unreadable(StoreError::NoSchema),
        ImportError::Unreadable(StoreError::NewerSchema {
            found: 2,
            supported: 1,
        }),
        shape(ShapeProblem::NotObject),
        shape(ShapeProblem::Level { found: s() }),
        shape(ShapeProblem::Date { found: s() }),
        shape(ShapeProblem::MissingField { field: s() }),
        shape(ShapeProblem::UnknownValue { found: s() }),
        shape(ShapeProblem::WrongType),
        shape(ShapeProblem::Other),
        ImportError::Empty,
        ImportError::UnknownFramework {
            assessment: 0,
            id: s(),
        },
        ImportError::UnknownItem {
            assessment: 0,
            id: s(),
        },
        ImportError::BadFramework { id: s() },
        ImportError::OtherVersion { id: s() },
        ImportError::LevelOffScale {
            assessment: 0,
            item: s(),
            found: 0,
            min: 0,
            max: 0,
        },
    ]
}

fn link_keys(link: &Link) -> Vec<&'static str> {
    match link {
        Link::None => vec!["Link::None"],
        Link::Remembered => vec!["Link::Remembered"],
        Link::Connected => vec!["Link::Connected"],
        Link::Question => vec!["Link::Question"],
        Link::Failed(problem) => vec![
            "Link::Failed",
            match problem {
                WriteProblem::Permission => "WriteProblem::Permission",
                WriteProblem::Missing => "WriteProblem::Missing",
                WriteProblem::DiskFull => "WriteProblem::DiskFull",
                WriteProblem::Locked => "WriteProblem::Locked",
                WriteProblem::Other => "WriteProblem::Other",
            },
        ],
        Link::PutAside(_) => vec!["Link::PutAside"],
    }
}

/// One value of every variant of the working file's state. Adding one breaks `link_keys`.
fn every_link() -> Vec<Link> {
    vec![
        Link::None,
        Link::Remembered,
        Link::Connected,
        Link::Question,
        Link::Failed(WriteProblem::Permission),
        Link::Failed(WriteProblem::Missing),
        Link::Failed(WriteProblem::DiskFull),
        Link::Failed(WriteProblem::Locked),
        Link::Failed(WriteProblem::Other),
        Link::PutAside(ImportError::Empty),
    ]
}

fn opening_key(opening: &Opening) -> &'static str {
    match opening {
        Opening::NoLink => "Opening::NoLink",
        Opening::Bad => "Opening::Bad",
        Opening::Unpack { .. } => "Opening::Unpack",
        Opening::Join { .. } => "Opening::Join",
    }
}

/// One value of every variant of what a link asks of the participant page. Adding one breaks
/// `opening_key`.
fn every_opening() -> Vec<Opening> {
    let setup = kompass_core::workshop::WorkshopSetup::new(
        &kompass_core::framework::presets::presets()[0],
        1,
    );
    vec![
        Opening::NoLink,
        Opening::Bad,
        Opening::Unpack {
            id: String::new(),
            packed: Vec::new(),
        },
        Opening::Join {
            link: String::new(),
            setup,
        },
    ]
}

/// Every key the app's enums need covered.
fn needed() -> BTreeSet<&'static str> {
    let mut keys: BTreeSet<&str> = every_step("").iter().map(step_key).collect();
    keys.extend(every_slide().iter().flat_map(slide_keys));
    keys.extend(every_import_error().iter().flat_map(import_keys));
    keys.extend(every_link().iter().flat_map(link_keys));
    keys.extend(every_opening().iter().map(opening_key));
    keys
}

fn covered(m: &Matrix) -> BTreeSet<&'static str> {
    m.views
        .iter()
        .flat_map(|v| {
            v.covers
                .iter()
                .chain(v.states.iter().flat_map(|s| s.covers.iter()))
        })
        .copied()
        .collect()
}

#[test]
fn every_step_screen_and_file_error_has_a_row() {
    let m = the_matrix();
    let covered = covered(m);
    let missing: Vec<_> = needed()
        .into_iter()
        .filter(|k| !covered.contains(k))
        .collect();
    assert!(
        missing.is_empty(),
        "no row in matrix.json covers {missing:?}"
    );
}

#[test]
fn every_cover_names_a_real_variant_or_an_app_view() {
    let m = the_matrix();
    let needed = needed();
    for key in covered(m) {
        assert!(
            needed.contains(key) || key.starts_with("View::"),
            "matrix.json covers {key}, which no enum here has"
        );
    }
}

#[test]
fn rows_are_well_formed_and_their_test_files_exist() {
    let m = the_matrix();
    let e2e = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/e2e");
    let mut ids = BTreeSet::new();
    for v in m.views {
        assert!(ids.insert(v.id), "view id {} twice", v.id);
        assert!(!v.states.is_empty(), "{} has no state", v.id);
        let mut states = BTreeSet::new();
        for s in v.states {
            assert!(states.insert(s.id), "{}/{} twice", v.id, s.id);
            assert!(
                !s.name.en.is_empty() && !s.name.sv.is_empty(),
                "{}/{} lacks a name",
                v.id,
                s.id
            );
        }
        assert!(
            !v.name.en.is_empty() && !v.name.sv.is_empty(),
            "{} lacks a name",
            v.id
        );
        for screen in v.screens {
            assert!(
                m.screen(screen).is_some(),
                "{}: unknown screen {screen}",
                v.id
            );
        }
        let file = e2e.join(format!("{}.test.mjs", v.file));
        assert!(file.exists(), "{}: {} does not exist", v.id, file.display());
    }
    for c in m.checks {
        if c.file != "*" {
            let file = e2e.join(format!("{}.test.mjs", c.file));
            let text = std::fs::read_to_string(&file).unwrap_or_default();
            assert!(
                text.contains(&format!("check: {}", c.id)),
                "check {} is not run by {}",
                c.id,
                file.display()
            );
        }
    }
    assert_eq!(m.languages, ["sv", "en"]);
    assert_eq!(m.themes, ["standard", "projector"]);
    assert_eq!(m.screens.wide, [1280, 800]);
    assert_eq!(m.screens.narrow, [320, 640]);
    assert_eq!(m.screens.phone, [375, 667]);
    for tag in ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] {
        assert!(m.tags.contains(&tag), "tag {tag} missing");
    }
}

/// The statement's dates: real days, the update not before the assessment, neither in the
/// future, and the update no older than the matrix itself was last changed in this check-out.
#[test]
fn the_statements_dates_are_true() {
    let m = the_matrix();
    let assessed = Date::parse(m.assessed).expect("assessed is a real day");
    let updated = Date::parse(m.updated).expect("updated is a real day");
    assert!(assessed <= updated);
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let today = date_of_unix_day(secs / 86_400);
    assert!(updated <= today, "updated {updated} is after today {today}");
}

/// The civil date of a day number since 1970-01-01 (Howard Hinnant's algorithm).
fn date_of_unix_day(days: u64) -> Date {
    let z = days as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let year = (yoe + era * 400 + i64::from(month <= 2)) as u16;
    Date::new(year, month, day).expect("a real day")
}
