//! The scoring rules of `domain::scoring`, case by case.
#![cfg(not(target_arch = "wasm32"))]

use kompass_core::framework::presets::presets;
use kompass_core::results::scoring::{
    gaps, goal_area_scores, item_scores, kind_index, ranking, to_find_out, Index, Ranking,
};
use kompass_core::{Assessment, Date, Framework, ItemKind, Level, Rating, Scale, Which};

/// The index of ratings on the five-step scale, as every item of a preset has.
fn of5(ratings: impl IntoIterator<Item = Option<Rating>>) -> Index {
    let five = Scale::default_for(ItemKind::Factor);
    Index::of(ratings.into_iter().map(|r| (r, five)))
}

fn sormland() -> Framework {
    presets()
        .into_iter()
        .find(|f| f.id == "sormland-2035")
        .expect("preset")
}

/// A level as the commands take it (`None` is "not answered").
#[allow(clippy::unnecessary_wraps)]
fn lv(n: u8) -> Option<Rating> {
    Some(Rating::Level(Level::new(n).expect("1–5")))
}

fn assessment(
    fw: &Framework,
    rate: impl Fn(&str) -> (Option<Rating>, Option<Rating>),
) -> Assessment {
    let date = Date::parse("2026-03-01").expect("date");
    let mut a = Assessment::new("a1".into(), "Vårdcentralen".into(), fw.id.clone(), date);
    for (_, id, _) in fw.items() {
        let (now, target) = rate(id);
        let answer = a.items.entry(id.to_owned()).or_default();
        answer.now = now;
        answer.target = target;
    }
    a
}

#[test]
fn a_level_counts_as_its_share_of_the_way_from_fran_to_till() {
    assert_eq!(of5([lv(1)]).percent, Some(0.0));
    assert_eq!(of5([lv(3)]).percent, Some(50.0));
    assert_eq!(of5([lv(5)]).percent, Some(100.0));
    assert_eq!(of5([lv(2), lv(4)]).percent, Some(50.0));
    assert_eq!(of5([lv(2), lv(3), lv(3)]).rounded(), Some(42)); // (25+50+50)/3 = 41.67
}

#[test]
fn vet_ej_and_unanswered_are_left_out_not_counted_as_zero() {
    let i = of5([lv(5), Some(Rating::DontKnow), None]);
    assert_eq!(i.percent, Some(100.0));
    assert_eq!((i.rated, i.total), (1, 3));
    let none = of5([Some(Rating::DontKnow), None]);
    assert_eq!(none.percent, None);
    assert_eq!(none.rounded(), None);
    assert_eq!((none.rated, none.total), (0, 2));
}

#[test]
fn all_max_and_all_min_give_100_and_0_everywhere() {
    let fw = sormland();
    let top = assessment(&fw, |_| (lv(5), lv(5)));
    for g in goal_area_scores(&fw, &top) {
        assert_eq!(g.now.percent, Some(100.0), "{}", g.goal_area);
        assert_eq!(g.now.rated, g.now.total);
    }
    assert_eq!(
        kind_index(&fw, &top, ItemKind::Shift, Which::Now).percent,
        Some(100.0)
    );
    let bottom = assessment(&fw, |_| (lv(1), lv(1)));
    for g in goal_area_scores(&fw, &bottom) {
        assert_eq!(g.now.percent, Some(0.0), "{}", g.goal_area);
    }
    assert_eq!(
        kind_index(&fw, &bottom, ItemKind::Factor, Which::Target).percent,
        Some(0.0)
    );
    // Everything equal: nothing is strongest or weakest.
    assert_eq!(ranking(&item_scores(&fw, &top)), Ranking::default());
    assert!(gaps(&item_scores(&fw, &bottom)).is_empty());
}

#[test]
fn goal_area_index_uses_only_the_mapped_items() {
    let fw = sormland();
    // Only the shift "proaktiv" (mapped to god-halsa alone) at 5, all else 1.
    let a = assessment(&fw, |id| {
        if id == "proaktiv" {
            (lv(5), None)
        } else {
            (lv(1), None)
        }
    });
    let scores = goal_area_scores(&fw, &a);
    let by_id = |id: &str| {
        scores
            .iter()
            .find(|g| g.goal_area == id)
            .expect("goal area")
            .clone()
    };
    let god_halsa = by_id("god-halsa");
    let n = fw.items_serving("god-halsa").count();
    assert_eq!(god_halsa.now.total, n);
    let expected = 100.0 / n as f64;
    assert!((god_halsa.now.percent.unwrap_or(-1.0) - expected).abs() < 1e-9);
    assert_eq!(by_id("tillsammans").now.percent, Some(0.0));
    assert_eq!(by_id("nara").now.percent, Some(0.0));
    assert_eq!(god_halsa.target.percent, None, "no targets given");
}

#[test]
fn partial_answers_count_what_is_there() {
    let fw = sormland();
    let a = assessment(&fw, |id| match id {
        "person" => (lv(4), lv(5)),
        "samordning" => (Some(Rating::DontKnow), lv(4)),
        _ => (None, None),
    });
    let shifts = kind_index(&fw, &a, ItemKind::Shift, Which::Now);
    assert_eq!((shifts.rated, shifts.total), (1, 4));
    assert_eq!(shifts.percent, Some(75.0));
    let factors = kind_index(&fw, &a, ItemKind::Factor, Which::Now);
    assert_eq!(
        (factors.rated, factors.total, factors.percent),
        (0, 9, None)
    );
    let find_out: Vec<String> = to_find_out(&item_scores(&fw, &a))
        .into_iter()
        .map(|s| s.id)
        .collect();
    assert_eq!(find_out, ["samordning"]);
}

#[test]
fn strongest_weakest_and_gaps() {
    let fw = sormland();
    let a = assessment(&fw, |id| match id {
        "person" => (lv(5), lv(5)),
        "samordning" => (lv(2), lv(5)),
        "proaktiv" => (lv(4), lv(4)),
        "medskapare" => (lv(1), lv(3)),
        "samsyn" => (Some(Rating::DontKnow), lv(4)),
        "tillit" => (lv(4), Some(Rating::DontKnow)),
        _ => (None, None),
    });
    let scores = item_scores(&fw, &a);
    let r = ranking(&scores);
    let ids = |v: &[kompass_core::results::scoring::ItemScore]| {
        v.iter().map(|s| s.id.clone()).collect::<Vec<_>>()
    };
    assert_eq!(ids(&r.strongest), ["person", "proaktiv", "tillit"]);
    // proaktiv (4) is below the top level but already strongest: never in both lists.
    assert_eq!(ids(&r.weakest), ["medskapare", "samordning"]);
    let g: Vec<(String, i8)> = gaps(&scores).into_iter().map(|(s, g)| (s.id, g)).collect();
    assert_eq!(
        g,
        [("samordning".to_owned(), 3), ("medskapare".to_owned(), 2)]
    );
    let find_out: Vec<String> = to_find_out(&scores).into_iter().map(|s| s.id).collect();
    assert_eq!(find_out, ["samsyn", "tillit"]);
}

#[test]
fn no_answers_at_all_gives_no_index_and_empty_lists() {
    let fw = sormland();
    let a = assessment(&fw, |_| (None, None));
    assert!(goal_area_scores(&fw, &a)
        .iter()
        .all(|g| g.now.percent.is_none()));
    let scores = item_scores(&fw, &a);
    assert_eq!(ranking(&scores), Ranking::default());
    assert!(gaps(&scores).is_empty() && to_find_out(&scores).is_empty());
}

/// A figure from one answer among several is no figure; under three quarters of the items
/// rated is few; a set of one item needs only that one.
#[test]
fn a_figure_says_what_it_rests_on() {
    use kompass_core::results::scoring::Basis;
    let index =
        |rated: usize, total: usize| of5((0..total).map(|i| if i < rated { lv(3) } else { None }));
    assert_eq!(index(1, 13).basis(), Basis::Single);
    assert_eq!(index(0, 4).basis(), Basis::Single);
    assert_eq!(index(2, 13).basis(), Basis::Few);
    // 5 of 7 is under three quarters (5.25); 6 of 8 is exactly three quarters.
    assert_eq!(index(5, 7).basis(), Basis::Few);
    assert_eq!(index(6, 8).basis(), Basis::Enough);
    assert_eq!(index(13, 13).basis(), Basis::Enough);
    assert_eq!(index(1, 1).basis(), Basis::Enough);
}
