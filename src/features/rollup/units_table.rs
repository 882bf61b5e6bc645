//! The organisation view's units table: its sorting column headings and its rows, each value
//! a heat-map cell with the figure as text.

use yew::prelude::*;

use crate::i18n::{t, CommonMsg, CommonText, RollupMsg};
use crate::ui::unit_name;
use kompass_core::rollup::{heat_step, SortKey, UnitRow};
use kompass_core::Lang;

/// The sort order of the units table: the column and whether ascending; none: the files' order.
pub(super) type Sort = crate::hooks::Slot<Option<(SortKey, bool)>>;

/// A column heading that sorts: a real button, the state in `aria-sort`. The first press sorts
/// ascending, the next descending.
pub(super) fn sort_head(sort: &Sort, key: SortKey, label: Html) -> Html {
    let current = (**sort).filter(|(k, _)| *k == key).map(|(_, asc)| asc);
    let aria_sort = current.map(|asc| if asc { "ascending" } else { "descending" });
    let onclick = {
        let sort = sort.clone();
        Callback::from(move |_: MouseEvent| sort.set(Some((key, current != Some(true)))))
    };
    let arrow = match current {
        Some(true) => "▲",
        Some(false) => "▼",
        None => "↕",
    };
    let class = if key == SortKey::Unit {
        "unit-col"
    } else {
        "num"
    };
    html! {
        <th scope="col" {class} aria-sort={aria_sort}>
            <button type="button" class="sort-button" {onclick}>{ label }<span class="sort-arrow" aria-hidden="true">{ arrow }</span></button>
        </th>
    }
}

/// A heat-map cell: the value as text, its colour a second cue (see results.css).
fn heat_cell(value: Option<f64>, higher_is_better: bool, text: String) -> Html {
    const CLASSES: [&str; 5] = [
        "num heat-0",
        "num heat-1",
        "num heat-2",
        "num heat-3",
        "num heat-4",
    ];
    let class = value.map_or("num", |p| {
        CLASSES[usize::from(heat_step(p, higher_is_better))]
    });
    html! { <td {class}>{ text }</td> }
}

/// One unit's row: its name with the file under it, the distance to target, then goal areas
/// and shifts.
pub(super) fn unit_row(r: &UnitRow, lang: Lang) -> Html {
    let pct = |p: Option<f64>| {
        p.map_or_else(
            || t(lang, CommonText::NotAnswered).to_owned(),
            |p| t(lang, CommonMsg::Percent(p.round() as u32)),
        )
    };
    let distance = r
        .distance
        .map(|d| t(lang, CommonMsg::Points(d)))
        .unwrap_or_default();
    html! {
        <tr>
            <th scope="row" class="unit-cell">
                <span class="unit-name">{ unit_name(&r.unit, lang) }</span>
                <span class="unit-file">{ t(lang, RollupMsg::FromFile(&r.file)) }</span>
            </th>
            { heat_cell(r.distance, false, distance) }
            { for r.goal_areas.iter().map(|g| heat_cell(g.percent, true, pct(g.percent))) }
            { for r.shifts.iter().map(|s| heat_cell(*s, true, pct(*s))) }
        </tr>
    }
}
