//! Helpers shared by the core's test files: dates and levels in short, a started workspace,
//! an action, and a workshop set-up of the four shifts.
// Each test file is its own crate and uses only some of these.
#![allow(dead_code)]

use kompass_core::framework::presets::presets;
use std::fmt::Write as _;

use kompass_core::workshop::{Slot, WorkshopSetup};
use kompass_core::{
    ActionStatus, AnswerCommand, Command as C, Date, Framework, HistoryCommand, Level, NewAction,
    Rating, Step, Which, Workspace,
};

pub fn fws() -> Vec<Framework> {
    presets()
}

pub fn d(s: &str) -> Date {
    Date::parse(s).expect("date")
}

/// A level as the commands take it (`None` is "not answered").
#[allow(clippy::unnecessary_wraps)]
pub fn lv(n: u8) -> Option<Rating> {
    Some(Rating::Level(Level::new(n).expect("level")))
}

/// A level as a workshop answer slot.
pub fn lvl(n: u8) -> Slot {
    Level::new(n).map(Rating::Level)
}

/// A workspace with one assessment of `unit` on `date`, and the frameworks.
pub fn started_at(unit: &str, date: &str) -> (Workspace, Vec<Framework>) {
    let fws = fws();
    let mut ws = Workspace::default();
    assert!(ws.apply(
        C::History(HistoryCommand::Start {
            unit: unit.into(),
            date: d(date)
        }),
        &fws
    ));
    (ws, fws)
}

/// One assessment of Vårdcentralen Nyköping (typed with spaces around) on 2026-03-01.
pub fn started() -> (Workspace, Vec<Framework>) {
    started_at("  Vårdcentralen Nyköping ", "2026-03-01")
}

/// Rates every item of the current assessment at `now` with target `target`.
pub fn rate_all(ws: &mut Workspace, fws: &[Framework], now: u8, target: u8) {
    rate_all_of(ws, fws, &fws[0], now, target);
}

/// Rates every item of `fw` in the current assessment at `now` with target `target`.
pub fn rate_all_of(ws: &mut Workspace, fws: &[Framework], fw: &Framework, now: u8, target: u8) {
    let items: Vec<String> = fw.items().map(|(_, id, _)| id.to_owned()).collect();
    for item in items {
        for (which, level) in [(Which::Now, now), (Which::Target, target)] {
            assert!(ws.apply(
                C::Answers(AnswerCommand::Rate {
                    item: item.clone(),
                    which,
                    rating: lv(level)
                }),
                fws
            ));
        }
    }
}

/// A planned action for `item`, due 2026-06-30, for Anna.
pub fn action(item: &str, what: &str) -> C {
    C::Answers(AnswerCommand::AddAction(NewAction {
        item: item.into(),
        what: what.into(),
        who: "Anna".into(),
        due: Date::parse("2026-06-30"),
        status: ActionStatus::Planned,
    }))
}

/// A workshop on the four shifts of `fw` for Vårdcentralen Ekbacken.
pub fn four_shifts(fw: &Framework) -> WorkshopSetup {
    let mut s = WorkshopSetup::new(fw, 0x2A5F);
    s.items.truncate(4);
    s.unit = "Vårdcentralen Ekbacken".into();
    s
}

/// Unit A assessed in 2024, 2026 and 2025 (entered out of order), unit B once.
pub fn three_years() -> (Workspace, Vec<Framework>) {
    let fws = fws();
    let mut ws = Workspace::default();
    for (date, now) in [("2024-03-01", 2), ("2026-03-01", 4), ("2025-03-01", 3)] {
        assert!(ws.apply(
            C::History(HistoryCommand::Start {
                unit: "Hemtjänsten Väst".into(),
                date: d(date)
            }),
            &fws
        ));
        rate_all(&mut ws, &fws, now, 5);
    }
    assert!(ws.apply(
        C::History(HistoryCommand::Start {
            unit: "Vårdcentralen".into(),
            date: d("2025-06-01")
        }),
        &fws
    ));
    (ws, fws)
}

/// An assessment of `unit` on `date` with every item at `now` (0: none rated), and id `id`.
pub fn assessment(id: &str, unit: &str, date: &str, now: u8) -> kompass_core::Assessment {
    let (mut ws, fws) = started_at(unit, date);
    if now > 0 {
        rate_all(&mut ws, &fws, now, 5);
    }
    let mut a = ws.assessments.list.remove(0);
    a.id = id.into();
    a
}

/// A difference as the working file's comparison gives it.
pub fn diff(
    change: kompass_core::files::working::Change,
    ours: Option<usize>,
    theirs: Option<usize>,
) -> kompass_core::files::working::Difference {
    kompass_core::files::working::Difference {
        change,
        ours,
        theirs,
    }
}

/// Group rounds' shifts in the Kalmar deck's order (Kalmar län's four shifts).
pub fn rounds_shifts() -> Vec<String> {
    ["person", "samordning", "proaktiv", "medskapare"]
        .map(String::from)
        .to_vec()
}

/// One chat of both rounds: each group writes once per round, in any order, plus noise.
pub fn group_chat() -> String {
    let mut out =
        String::from("[09:58] Facilitator\nVälkomna tillbaka! Skriv er summering nedan.\n");
    for round in 1..=2 {
        for group in [3, 1, 2, 4, 8, 6, 5, 7] {
            let head = match group % 3 {
                0 => format!("Grupp {group}:"),
                1 => format!("grupp {group} -"),
                _ => format!("G{group}:"),
            };
            let _ = write!(
                out,
                "[10:{round}{group}] Deltagare {group}\n{head} Runda {round} text från grupp {group}\nfortsättning {round}.{group}\n"
            );
        }
    }
    out.push_str("[11:30] Någon\nTack för idag!\n");
    out
}

/// Own frameworks: a small one built in the editor, and the frameworks on offer with them.
pub mod own {
    use kompass_core::editor::{EditorCommand as E, ListKind as L, TextField as T};
    use kompass_core::{Command as C, Framework, ItemKind, Lang, Localized, Workspace};

    pub fn sv(s: &str) -> Localized {
        Localized {
            sv: s.into(),
            en: None,
        }
    }

    /// The presets and the workspace's own frameworks, as the app offers them.
    pub fn offered(presets: &[Framework], ws: &Workspace) -> Vec<Framework> {
        let mut all = presets.to_vec();
        all.extend(ws.own.list.iter().cloned());
        all
    }

    /// The small framework put to use, with one assessment of it started (unit Hälsocentralen
    /// Ås, 2026-11-01) and the frameworks on offer then.
    pub fn in_use_with_assessment(fws: &[Framework]) -> (Workspace, Vec<Framework>) {
        let mut ws = Workspace::default();
        build_small(&mut ws, fws);
        assert!(ws.apply(C::Editor(E::Use), fws));
        let all = offered(fws, &ws);
        let start = kompass_core::HistoryCommand::Start {
            unit: "Hälsocentralen Ås".into(),
            date: kompass_core::Date::parse("2026-11-01").expect("date"),
        };
        assert!(ws.apply(C::History(start), &all));
        (ws, all)
    }

    /// Builds, from empty and as a user would, a draft with three goal areas, horizon 2030,
    /// four shifts and five statements (id `eget-1`); not yet used.
    pub fn build_small(ws: &mut Workspace, fws: &[Framework]) {
        let mut ok = |cmd: E| assert!(ws.apply(C::Editor(cmd.clone()), fws), "{cmd:?}");
        let set = |field, value: String| E::SetText {
            field,
            lang: Lang::Sv,
            value,
        };
        ok(E::New {
            id: "eget-1".into(),
        });
        ok(set(T::Name, "Vår målbild".into()));
        ok(E::SetHorizon("2030".into()));
        ok(set(T::Question(0), "Vad behöver vi?".into()));
        ok(set(T::FactorsTitle, "Påståenden".into()));
        for i in 0..3 {
            ok(E::Add(L::GoalArea));
            ok(set(T::GoalName(i), format!("Mål {}", i + 1)));
        }
        for i in 0..4 {
            if i > 0 {
                ok(E::Add(L::Shift));
            }
            ok(set(T::ShiftFrom(i), format!("Från {}", i + 1)));
            ok(set(T::ShiftTo(i), format!("Till {}", i + 1)));
        }
        for goal in ["mal-1", "mal-3"] {
            ok(E::SetServes {
                kind: ItemKind::Shift,
                index: 0,
                goal: goal.into(),
                serves: true,
            });
        }
        for i in 0..5 {
            ok(E::Add(L::Factor));
            ok(set(T::FactorName(i), format!("Vi arbetar med {}", i + 1)));
        }
    }
}

/// xorshift64*: a small deterministic generator for the tests' random inputs.
pub struct Rng(pub u64);
impl Rng {
    pub fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) % n
    }
}

/// One value of every variant of `Step`, its texts all `text`. Adding a variant breaks
/// `step_key` in `accessibility_matrix.rs`, and that test fails until the variant is here too.
pub fn every_step(text: &str) -> Vec<Step> {
    let s = || text.to_owned();
    vec![
        Step::Start,
        Step::Item(s()),
        Step::Actions,
        Step::Results,
        Step::History,
        Step::Trend,
        Step::Compare { from: s(), to: s() },
        Step::Rollup,
        Step::About,
        Step::Workshop,
        Step::Projector,
        Step::Participate,
        Step::Editor,
    ]
}
