//! Every framework text in a built-in preset must be found in its source document
//! (`../shared/seeds/`), so the content is traceable.
#![cfg(not(target_arch = "wasm32"))]

use std::path::PathBuf;

use kompass_core::framework::presets::{try_presets, DEFAULT_PRESET};
use kompass_core::{Framework, Localized};

const SORMLAND: &str = "002_22302e1f0b8a3a12.txt";
const KALMAR_STRATEGY: &str = "000_058c1a88758e61f6.txt";
const KALMAR_WORKSHOP: &str = "001_bb01fa80c9582c35.txt";
const JAMTLAND: &str = "003_6454870a674cd9e9.txt";

/// Spelling slips in the source documents that the presets correct (documented in README).
const SEED_CORRECTIONS: [(&str, &str); 3] = [
    ("arbetsätt", "arbetssätt"),
    ("hälsöfrämjande", "hälsofrämjande"),
    ("hälsosfrämjande", "hälsofrämjande"),
];

fn seed(name: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../shared/seeds")
        .join(name);
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("seed {} must be readable: {e}", path.display()));
    let mut norm = normalize(&text);
    for (slip, fixed) in SEED_CORRECTIONS {
        norm = norm.replace(slip, fixed);
    }
    norm
}

/// Lower case, markup and dashes dropped, white space folded: slides break lines and
/// hyphenate anywhere, and upper-case headings must still match.
fn normalize(text: &str) -> String {
    let mapped: String = text
        .to_lowercase()
        .chars()
        .map(|c| match c {
            '*' | '"' | '”' | '“' | '!' => ' ',
            '-' | '–' | '—' => ' ',
            c => c,
        })
        .collect();
    mapped.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn assert_traced(seed_text: &str, seed_name: &str, what: &str, text: &Localized) {
    let needle = normalize(&text.sv);
    assert!(
        seed_text.contains(&needle),
        "{what} {:?} is not in seed {seed_name}",
        text.sv
    );
    assert!(
        text.en.as_deref().is_some_and(|en| !en.trim().is_empty()),
        "{what} {:?} has no English translation",
        text.sv
    );
}

fn preset(id: &str) -> Framework {
    let all = try_presets().unwrap_or_else(|(file, errors)| panic!("{file}: {errors:?}"));
    all.into_iter()
        .find(|f| f.id == id)
        .unwrap_or_else(|| panic!("preset {id} missing"))
}

/// Shift poles, factor names, goal areas and context all come from `seed_name`.
fn assert_content_traced(fw: &Framework, seed_name: &str) {
    let s = seed(seed_name);
    for shift in &fw.shifts {
        assert_traced(&s, seed_name, "shift FRÅN", &shift.from);
        assert_traced(&s, seed_name, "shift TILL", &shift.to);
    }
    for factor in &fw.factors {
        assert_traced(&s, seed_name, "factor", &factor.name);
    }
    for goal in &fw.goal_areas {
        assert_traced(&s, seed_name, "goal area", &goal.name);
        if let Some(summary) = &goal.summary {
            assert_traced(&s, seed_name, "goal summary", summary);
        }
        for p in &goal.description {
            assert_traced(&s, seed_name, "goal description", p);
        }
    }
    for block in &fw.context {
        for item in &block.items {
            assert_traced(&s, seed_name, "context item", item);
        }
    }
    if let Some(tp) = &fw.target_picture {
        assert_traced(&s, seed_name, "target picture", tp);
    }
}

/// The two dialogue questions are the Kalmar workshop's, with "Kalmar län" read as "vi".
fn assert_questions_traced(fw: &Framework) {
    let workshop = seed(KALMAR_WORKSHOP).replace("kalmar län", "vi");
    assert_eq!(fw.questions.len(), 2, "{}: two dialogue questions", fw.id);
    for q in &fw.questions {
        assert_traced(&workshop, KALMAR_WORKSHOP, "dialogue question", q);
    }
    assert_eq!(
        fw.questions[0].sv,
        "Vad skulle vi uppnå/vinna med denna förflyttning?"
    );
    assert_eq!(
        fw.questions[1].sv,
        "Vad behövs för att göra denna förflyttning?"
    );
}

#[test]
fn sormland_2035_is_the_default_and_traces_to_its_seed() {
    assert_eq!(DEFAULT_PRESET, "sormland-2035");
    let fw = preset("sormland-2035");
    assert_eq!(fw.horizon, Some(2035));
    assert_eq!(fw.shifts.len(), 4);
    assert_eq!(fw.factors.len(), 9, "nine prerequisites/success factors");
    let goals: Vec<&str> = fw.goal_areas.iter().map(|g| g.name.sv.as_str()).collect();
    assert_eq!(goals, ["Tillsammans", "Nära", "God hälsa, vård och omsorg"]);
    assert_content_traced(&fw, SORMLAND);
    assert_questions_traced(&fw);
    // Every shift and factor serves at least one goal area, so every item counts toward 2035.
    for (_, id, areas) in fw.items() {
        assert!(!areas.is_empty(), "{id} is mapped to no goal area");
    }
    for g in &fw.goal_areas {
        assert!(
            fw.items_serving(&g.id).count() >= 3,
            "{} has too few items",
            g.id
        );
    }
}

#[test]
fn kalmar_traces_to_its_two_seeds() {
    let fw = preset("kalmar-lan");
    assert_eq!(fw.shifts.len(), 4);
    assert_eq!(fw.factors.len(), 6, "six success factors");
    assert!(
        fw.goal_areas.is_empty(),
        "development areas are context, not goal areas"
    );
    let titles: Vec<&str> = fw.context.iter().map(|c| c.title.sv.as_str()).collect();
    assert_eq!(
        titles,
        ["Målbilden", "Utvecklingsområden", "Prioriterade grupper"]
    );
    assert_eq!(fw.context[1].items.len(), 4);
    assert_eq!(fw.context[2].items.len(), 2);
    let Framework { shifts, .. } = fw.clone();
    let workshop_only = Framework {
        factors: vec![],
        context: vec![],
        target_picture: None,
        shifts,
        ..fw.clone()
    };
    assert_content_traced(&workshop_only, KALMAR_WORKSHOP);
    let strategy_only = Framework {
        shifts: vec![],
        ..fw.clone()
    };
    assert_content_traced(&strategy_only, KALMAR_STRATEGY);
    assert_questions_traced(&fw);
}

#[test]
fn jamtland_traces_to_its_seed() {
    let fw = preset("jamtland-harjedalen");
    assert_eq!(fw.shifts.len(), 4);
    assert_eq!(fw.factors.len(), 5, "five strategies");
    assert_eq!(
        fw.horizon, None,
        "the seed says the target picture has no time limit"
    );
    assert_eq!(
        fw.context[0].items.len(),
        5,
        "five citizen-perspective statements"
    );
    assert_content_traced(&fw, JAMTLAND);
    assert_questions_traced(&fw);
}

#[test]
fn every_preset_has_the_four_shifts_under_shared_ids() {
    for fw in try_presets().unwrap_or_else(|(file, e)| panic!("{file}: {e:?}")) {
        let ids: Vec<&str> = fw.shifts.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(
            ids,
            ["person", "samordning", "proaktiv", "medskapare"],
            "{}",
            fw.id
        );
        assert!(fw.name.en.is_some() && fw.factors_title.en.is_some());
    }
}

#[test]
fn normalizing_folds_case_dashes_and_line_breaks() {
    assert_eq!(
        normalize("ISOLERADE VÅRD-\nOCH  OMSORGSINSATSER"),
        "isolerade vård och omsorgsinsatser"
    );
    assert_eq!(
        normalize("Individens fokus – *inga beslut*"),
        "individens fokus inga beslut"
    );
}
