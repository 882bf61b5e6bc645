//! The editor of own frameworks ("Eget ramverk"): a draft from empty or from a copy, every
//! edit, problems at their fields, undo, and putting a draft to use.
#![cfg(not(target_arch = "wasm32"))]

use kompass_core::editor::{field_id, text_of, EditorCommand as E, ListKind as L, TextField as T};
use kompass_core::framework::presets::presets;
use kompass_core::{Command as C, FrameworkError, ItemKind, Lang, Step, Workspace};

mod support;
use support::own::{build_small, offered, sv};

#[test]
fn validator_paths_map_to_the_fields_that_show_them() {
    assert_eq!(field_id("name.sv"), "name-sv");
    assert_eq!(field_id("questions[2].sv"), "questions-2-sv");
    assert_eq!(field_id("goal_areas[1].name.en"), "goal_areas-1-name-en");
    assert_eq!(
        field_id("goal_areas[0].description[3].sv"),
        "goal_areas-0-description-sv"
    );
    assert_eq!(field_id("context[1].items[4].sv"), "context-1-items-sv");
    assert_eq!(field_id("shifts[0].goal_areas[1]"), "shifts-0-goal_areas");
    assert_eq!(field_id("shifts[2].id"), "shifts-2-from-sv");
    assert_eq!(field_id("factors[0].id"), "factors-0-name-sv");
    assert_eq!(field_id("goal_areas"), "goal_areas");
    assert_eq!(
        T::GoalDescription(0).id(Lang::Sv),
        "goal_areas-0-description-sv"
    );
    assert_eq!(T::Question(2).id(Lang::En), "questions-2-en");
    assert_eq!(T::Name.id(Lang::Sv), "name-sv");
}

#[test]
fn an_empty_draft_shows_problems_only_where_typed_until_use_is_tried() {
    let fws = presets();
    let mut ws = Workspace::default();
    assert!(ws.apply(
        C::Editor(E::New {
            id: "eget-1".into()
        }),
        &fws
    ));
    assert!(ws.apply(
        C::Navigate(kompass_core::NavCommand::GoTo(Step::Editor)),
        &fws
    ));
    let draft = ws.own.draft.as_ref().expect("draft");
    assert!(
        draft.visible_problems().is_empty(),
        "nothing typed, nothing shown"
    );
    let all: Vec<String> = draft.problems().into_iter().map(|p| p.field).collect();
    assert_eq!(
        all,
        [
            "name-sv",
            "shifts-0-from-sv",
            "shifts-0-to-sv",
            "questions-0-sv"
        ]
    );
    // Typing a name and emptying it again shows the problem beside the name at once.
    for value in ["Mitt", ""] {
        ws.apply(
            C::Editor(E::SetText {
                field: T::Name,
                lang: Lang::Sv,
                value: value.into(),
            }),
            &fws,
        );
    }
    let shown: Vec<String> = ws
        .own
        .draft
        .as_ref()
        .unwrap()
        .visible_problems()
        .into_iter()
        .map(|p| p.field)
        .collect();
    assert_eq!(shown, ["name-sv"]);
    // "Använd" with problems changes nothing in use and shows every problem.
    assert!(ws.apply(C::Editor(E::Use), &fws));
    assert!(ws.own.list.is_empty());
    assert_eq!(ws.own.draft.as_ref().unwrap().visible_problems().len(), 4);
    assert!(
        !ws.apply(C::Editor(E::Use), &fws),
        "a second try changes nothing"
    );
    // A year that is not a year is a problem at the horizon.
    ws.apply(C::Editor(E::SetHorizon("20x0".into())), &fws);
    let horizon = ws.own.draft.as_ref().unwrap().problems();
    assert!(horizon
        .iter()
        .any(|p| p.field == "horizon" && p.error == FrameworkError::HorizonOutOfRange { year: 0 }));
    ws.apply(C::Editor(E::SetHorizon("1999".into())), &fws);
    assert!(ws
        .own
        .draft
        .as_ref()
        .unwrap()
        .problems()
        .iter()
        .any(|p| p.field == "horizon"));
}

#[test]
fn a_framework_built_from_empty_is_put_to_use_and_chosen() {
    let fws = presets();
    let mut ws = Workspace::default();
    build_small(&mut ws, &fws);
    let draft = ws.own.draft.clone().expect("draft");
    assert_eq!(draft.problems(), vec![], "{draft:#?}");
    assert_eq!(draft.fw.horizon, Some(2030));
    assert_eq!(draft.fw.goal_areas.len(), 3);
    assert_eq!(draft.fw.shifts.len(), 4);
    assert_eq!(draft.fw.factors.len(), 5);
    // Ids are made by the editor, unique across goal areas, shifts and factors.
    assert_eq!(draft.fw.goal_areas[2].id, "mal-3");
    assert_eq!(draft.fw.shifts[3].id, "forflyttning-4");
    assert_eq!(draft.fw.factors[4].id, "faktor-5");
    assert_eq!(draft.fw.shifts[0].goal_areas, ["mal-1", "mal-3"]);
    assert!(ws.apply(C::Editor(E::Use), &fws));
    assert!(ws.own.draft.is_none());
    assert_eq!(ws.own.list.len(), 1);
    assert_eq!(ws.own.list[0].id, "eget-1");
    assert_eq!(ws.nav.framework_id, "eget-1");
    assert_eq!(ws.nav.step, Step::Start);
    assert!(
        ws.export.unexported,
        "a framework in use is data a file should hold"
    );
    // Editing it again keeps its id and replaces it on use.
    let all = offered(&fws, &ws);
    assert!(ws.apply(
        C::Editor(E::Edit {
            id: "eget-1".into()
        }),
        &all
    ));
    ws.apply(
        C::Editor(E::SetText {
            field: T::Name,
            lang: Lang::Sv,
            value: "Vår målbild 2030".into(),
        }),
        &all,
    );
    assert!(ws.apply(C::Editor(E::Use), &all));
    assert_eq!(ws.own.list.len(), 1);
    assert_eq!(ws.own.list[0].name.sv, "Vår målbild 2030");
}

#[test]
fn a_copy_builds_on_its_source_and_leaves_the_preset_untouched() {
    let fws = presets();
    let mut ws = Workspace::default();
    assert!(!ws.apply(
        C::Editor(E::Copy {
            from: "finns-inte".into(),
            id: "eget-1".into()
        }),
        &fws
    ));
    assert!(ws.apply(
        C::Editor(E::Copy {
            from: "sormland-2035".into(),
            id: "eget-1".into()
        }),
        &fws
    ));
    let draft = ws.own.draft.as_ref().unwrap();
    let based = draft.fw.based_on.as_ref().expect("based on");
    assert_eq!(
        (based.id.as_str(), based.name.sv.as_str()),
        ("sormland-2035", "Sörmland 2035")
    );
    assert_eq!(
        draft.fw.shifts, fws[0].shifts,
        "the copy starts with the preset's content"
    );
    assert_eq!(draft.horizon_text, "2035");
    assert_eq!(draft.fw.name.sv, "Sörmland 2035 – egen version");
    ws.apply(
        C::Editor(E::SetText {
            field: T::ShiftTo(0),
            lang: Lang::Sv,
            value: "Vårt eget TILL".into(),
        }),
        &fws,
    );
    assert_eq!(fws, presets(), "the preset keeps its seed-traced wording");
    assert!(fws.iter().all(|f| f.based_on.is_none()));
    assert!(ws.apply(C::Editor(E::Use), &fws));
    // A copy of the copy still builds on Sörmland 2035.
    let all = offered(&fws, &ws);
    assert!(ws.apply(
        C::Editor(E::Copy {
            from: "eget-1".into(),
            id: "eget-2".into()
        }),
        &all
    ));
    assert_eq!(
        ws.own
            .draft
            .as_ref()
            .unwrap()
            .fw
            .based_on
            .as_ref()
            .unwrap()
            .id,
        "sormland-2035"
    );
    assert!(ws.apply(C::Editor(E::Discard), &all));
    assert!(ws.own.draft.is_none());
    assert_eq!(ws.own.list.len(), 1);
}

#[test]
fn lists_add_remove_with_undo_and_move() {
    let fws = presets();
    let mut ws = Workspace::default();
    build_small(&mut ws, &fws);
    let names = |ws: &Workspace| -> Vec<String> {
        ws.own
            .draft
            .as_ref()
            .unwrap()
            .fw
            .goal_areas
            .iter()
            .map(|g| g.name.sv.clone())
            .collect()
    };
    assert_eq!(names(&ws), ["Mål 1", "Mål 2", "Mål 3"]);
    assert!(ws.apply(
        C::Editor(E::Move {
            list: L::GoalArea,
            index: 2,
            up: true
        }),
        &fws
    ));
    assert_eq!(names(&ws), ["Mål 1", "Mål 3", "Mål 2"]);
    assert!(!ws.apply(
        C::Editor(E::Move {
            list: L::GoalArea,
            index: 0,
            up: true
        }),
        &fws
    ));
    assert!(!ws.apply(
        C::Editor(E::Move {
            list: L::GoalArea,
            index: 2,
            up: false
        }),
        &fws
    ));
    // Removing a goal area takes it out of what served it; undo brings both back.
    let before = ws.own.draft.clone().unwrap().fw;
    assert!(ws.apply(C::Editor(E::Remove(L::GoalArea, 0)), &fws));
    let after = &ws.own.draft.as_ref().unwrap().fw;
    assert_eq!(after.goal_areas.len(), 2);
    assert_eq!(after.shifts[0].goal_areas, ["mal-3"]);
    assert!(after
        .shifts
        .iter()
        .all(|s| !s.goal_areas.contains(&"mal-1".to_owned())));
    assert!(ws.apply(C::Editor(E::Undo), &fws));
    assert_eq!(ws.own.draft.as_ref().unwrap().fw, before);
    assert!(!ws.apply(C::Editor(E::Undo), &fws), "undo once");
    // Any other change ends what undo can bring back.
    assert!(ws.apply(C::Editor(E::Remove(L::Factor, 4)), &fws));
    assert!(ws.apply(C::Editor(E::Add(L::Question)), &fws));
    assert!(!ws.apply(C::Editor(E::Undo), &fws));
    // Lists stop at the format's limits.
    for _ in 0..4 {
        ws.apply(C::Editor(E::Add(L::Question)), &fws);
    }
    assert_eq!(ws.own.draft.as_ref().unwrap().fw.questions.len(), 6);
    assert!(!ws.apply(C::Editor(E::Add(L::Question)), &fws));
    // Serving is set and unset, never twice, and only for goal areas that exist.
    let serves = |goal: &str, on: bool| {
        C::Editor(E::SetServes {
            kind: ItemKind::Factor,
            index: 0,
            goal: goal.into(),
            serves: on,
        })
    };
    assert!(ws.apply(serves("mal-2", true), &fws));
    assert!(!ws.apply(serves("mal-2", true), &fws));
    assert!(!ws.apply(serves("mal-9", true), &fws));
    assert!(ws.apply(serves("mal-2", false), &fws));
}

#[test]
fn texts_in_both_languages_paragraphs_and_lines() {
    let fws = presets();
    let mut ws = Workspace::default();
    build_small(&mut ws, &fws);
    let set = |field, lang, value: &str| {
        C::Editor(E::SetText {
            field,
            lang,
            value: value.into(),
        })
    };
    ws.apply(
        set(
            T::GoalDescription(0),
            Lang::Sv,
            "Första stycket.\n\nAndra stycket.\n\n",
        ),
        &fws,
    );
    ws.apply(
        set(T::GoalDescription(0), Lang::En, "First paragraph."),
        &fws,
    );
    let fw = &ws.own.draft.as_ref().unwrap().fw;
    assert_eq!(
        fw.goal_areas[0].description,
        [
            kompass_core::Localized {
                sv: "Första stycket.".into(),
                en: Some("First paragraph.".into())
            },
            sv("Andra stycket."),
        ]
    );
    assert_eq!(
        text_of(fw, T::GoalDescription(0), Lang::Sv),
        "Första stycket.\n\nAndra stycket."
    );
    ws.apply(C::Editor(E::Add(L::Context)), &fws);
    ws.apply(set(T::ContextTitle(0), Lang::Sv, "Bakgrund"), &fws);
    ws.apply(
        set(T::ContextItems(0), Lang::Sv, "En rad\n\nEn till\n"),
        &fws,
    );
    let fw = &ws.own.draft.as_ref().unwrap().fw;
    assert_eq!(fw.context[0].items, [sv("En rad"), sv("En till")]);
    // English left empty is no translation; an optional text emptied is none.
    ws.apply(set(T::Name, Lang::En, "Our picture"), &fws);
    ws.apply(set(T::Name, Lang::En, "  "), &fws);
    ws.apply(set(T::TargetPicture, Lang::Sv, "Bild"), &fws);
    ws.apply(set(T::TargetPicture, Lang::Sv, ""), &fws);
    let fw = &ws.own.draft.as_ref().unwrap().fw;
    assert_eq!(fw.name.en, None);
    assert_eq!(fw.target_picture, None);
    assert!(
        !ws.apply(set(T::ShiftFrom(9), Lang::Sv, "x"), &fws),
        "no such shift"
    );
}

#[test]
fn own_scales_steps_start_labels_and_each_items_wording() {
    use kompass_core::editor::ScaleCommand as S;
    let fws = presets();
    let mut ws = Workspace::default();
    build_small(&mut ws, &fws);
    let mut ok = |cmd: E| assert!(ws.apply(C::Editor(cmd.clone()), &fws), "{cmd:?}");
    ok(E::Add(L::Scale));
    let labels = [
        "Stämmer inte alls",
        "Stämmer delvis",
        "Stämmer till stor del",
        "Stämmer helt",
    ];
    for (j, label) in labels.iter().enumerate() {
        ok(E::SetText {
            field: T::ScaleLabel(0, j),
            lang: Lang::Sv,
            value: (*label).into(),
        });
    }
    for i in 0..5 {
        ok(E::Scale(S::ItemScale {
            kind: ItemKind::Factor,
            index: i,
            scale: Some("skala-1".into()),
        }));
    }
    ok(E::Scale(S::ItemWording {
        kind: ItemKind::Factor,
        index: 0,
        on: true,
    }));
    for j in 0..4 {
        ok(E::SetText {
            field: T::FactorLevel(0, j),
            lang: Lang::Sv,
            value: format!("Steg {j}"),
        });
    }
    let draft = ws.own.draft.clone().unwrap();
    assert_eq!(draft.problems(), vec![]);
    let fw = &draft.fw;
    let scale = fw.scale_of("faktor-3");
    assert_eq!(
        (scale.steps, scale.start, scale.labels[3].sv.as_str()),
        (4, 1, "Stämmer helt")
    );
    assert_eq!(fw.level_texts("faktor-1").len(), 4);
    assert_eq!(
        fw.scale_of("forflyttning-1").steps,
        5,
        "shifts keep the five steps"
    );
    // Five steps from 0: labels and the item's wording follow, empty until written.
    assert!(ws.apply(C::Editor(E::Scale(S::Steps { index: 0, steps: 5 })), &fws));
    assert!(ws.apply(C::Editor(E::Scale(S::Start { index: 0, start: 0 })), &fws));
    assert!(!ws.apply(C::Editor(E::Scale(S::Start { index: 0, start: 2 })), &fws));
    assert!(!ws.apply(
        C::Editor(E::Scale(S::Steps {
            index: 0,
            steps: 12
        })),
        &fws
    ));
    let draft = ws.own.draft.clone().unwrap();
    assert_eq!(draft.fw.level_texts("faktor-1").len(), 5);
    let fields: Vec<String> = draft.problems().into_iter().map(|p| p.field).collect();
    assert_eq!(fields, ["scales-0-labels-4-sv", "factors-0-levels-4-sv"]);
    assert_eq!(draft.fw.scale_of("faktor-1").min(), 0);
    // Removing the scale puts its items back on their kind's scale, wording gone.
    assert!(ws.apply(C::Editor(E::Remove(L::Scale, 0)), &fws));
    let fw = &ws.own.draft.as_ref().unwrap().fw;
    assert!(fw
        .factors
        .iter()
        .all(|f| f.scale.is_none() && f.levels.is_empty()));
    assert!(
        !ws.apply(
            C::Editor(E::Scale(S::ItemScale {
                kind: ItemKind::Factor,
                index: 0,
                scale: Some("skala-1".into())
            })),
            &fws
        ),
        "no such scale now"
    );
    assert!(ws.apply(C::Editor(E::Undo), &fws));
    assert_eq!(
        ws.own.draft.as_ref().unwrap().fw.factors[2]
            .scale
            .as_deref(),
        Some("skala-1")
    );
}
