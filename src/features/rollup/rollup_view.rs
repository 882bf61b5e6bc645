use yew::prelude::*;

use crate::hooks::{use_app, use_slot};
use crate::i18n::{t, CommonText, ErrorMsg, RollupMsg, RollupText};

use super::unit_radars::UnitRadars;
use super::units_table::{sort_head, unit_row};
use crate::features::files::save_csv;
use crate::platform::file_read::{read_text, take_chosen};
use crate::platform::timing::{mark, next_task};
use crate::store::Action;
use crate::ui::{item_label, loc};
use kompass_core::files::travel::read_for_rollup;
use kompass_core::rollup::{
    distribution, files_of, latest_per_unit, sorted_unit_rows, unit_rows, Entry, SortKey,
};
use kompass_core::{Assessment, Framework};
use std::rc::Rc;

/// How many rows of the units table are drawn at first, and how many more each "Visa fler".
/// 10,000 rows at once took 24 s to draw, in one frozen stretch; 500 took 0.6 s.
const ROWS_STEP: usize = 200;

/// Many units' files side by side: a sortable table of units × goal areas and shifts with a heat
/// map (sorted by the distance, it lists the units furthest from their targets first), the
/// distribution per item, small radars, and the whole as CSV.
#[component]
pub fn RollupView() -> Html {
    let chosen = use_slot(|| None::<String>);
    // The column the units table is sorted by and whether ascending; none: the files' order.
    let sort = use_slot(|| None::<(SortKey, bool)>);
    // "Reading file 3 of 10" while a set of files is read.
    let progress = use_slot(|| None::<(usize, usize)>);
    // How many rows of the units table are drawn.
    let shown = use_slot(|| ROWS_STEP);
    let state = use_app();
    let lang = state.ws.lang;
    let rollup = &state.rollup;
    let on_files = {
        let (state, progress) = (state.clone(), progress.clone());
        Callback::from(move |e: Event| {
            let files = take_chosen(&e);
            let (state, progress) = (state.clone(), progress.clone());
            yew::platform::spawn_local(async move {
                // Each file is read and checked in a task of its own, with the progress shown;
                // the view is drawn once, when all are in.
                let total = files.len();
                let mut read = Vec::with_capacity(total);
                // The frameworks known so far: on offer, and carried by files read before.
                let mut known: Vec<Rc<Framework>> = state.frameworks.to_vec();
                known.extend(state.rollup.frameworks.iter().cloned().map(Rc::new));
                let mut carried: Vec<Framework> = Vec::new();
                for (i, file) in files.into_iter().enumerate() {
                    progress.set(Some((i + 1, total)));
                    let name = file.name();
                    let result = read_text(&file).await.and_then(|text| {
                        mark("rollup:read");
                        // Only each unit's latest assessment is kept: the rest goes here, in this
                        // file's own task, not in the one that draws the view.
                        let checked = read_for_rollup(&text, &known).map(|(list, frameworks)| {
                            known.extend(frameworks.iter().cloned().map(Rc::new));
                            carried.extend(frameworks);
                            latest_per_unit(list)
                        });
                        mark("rollup:checked");
                        checked
                    });
                    read.push((name, result));
                }
                // The last file's reading and the drawing each in a task of their own.
                next_task().await;
                state.dispatch(Action::RollupFiles(read, carried));
                mark("rollup:aggregated");
                progress.set(None);
            });
        })
    };
    let on_clear = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::RollupClear))
    };
    let in_use = rollup.frameworks();
    let fw_id = (*chosen)
        .clone()
        .or_else(|| in_use.first().map(|(id, _)| id.clone()));
    let find = |id: &str| {
        state
            .framework_by_id(id)
            .or_else(|| rollup.framework(id).cloned().map(Rc::new))
    };
    let fw = fw_id.and_then(|id| find(&id));
    let refused = rollup
        .refused
        .iter()
        .map(|(file, err)| html! { <li>{ t(lang, ErrorMsg::Import { file, err }) }</li> });
    let body = fw.map(|fw| {
        let entries: Vec<&Entry> = rollup.with_framework(&fw).collect();
        // Rows only for the units drawn (10,000 rows took about 60 ms, in the frozen stretch
        // that draws the table); to sort, only the sorted column is worked out for every unit.
        let rows = match *sort {
            Some((key, ascending)) => sorted_unit_rows(&fw, &entries, key, ascending, *shown),
            None => unit_rows(&fw, &entries[..entries.len().min(*shown)]),
        };
        let goal_heads = fw.goal_areas.iter().enumerate().map(|(i, g)| sort_head(&sort, SortKey::GoalArea(i), loc(&g.name, lang))).collect::<Html>();
        let shift_heads = fw.shifts.iter().enumerate().map(|(i, s)| sort_head(&sort, SortKey::Shift(i), loc(&s.to, lang))).collect::<Html>();
        let table_rows = rows.iter().take(*shown).map(|r| unit_row(r, lang)).collect::<Html>();
        let on_more = {
            let shown = shown.clone();
            Callback::from(move |_: MouseEvent| shown.set(*shown + ROWS_STEP))
        };
                // One column per level of any item's scale; a level off an item's scale is an empty cell.
        let lowest = fw.items().map(|(_, id, _)| fw.scale_of(id).min()).min().unwrap_or(1);
        let highest = fw.items().map(|(_, id, _)| fw.scale_of(id).max()).max().unwrap_or(5);
        let dist_rows = fw.items().map(|(_, id, _)| {
            let scale = fw.scale_of(id);
            let (levels, dont_know, missing) = distribution(&entries, id, scale);
            let cells = (lowest..=highest).map(|l| {
                let count = l.checked_sub(scale.min()).and_then(|i| levels.get(usize::from(i)));
                html! { <td>{ count.map(ToString::to_string).unwrap_or_default() }</td> }
            });
            html! {
                <tr>
                    <th scope="row">{ item_label(&fw, id, lang) }</th>
                    { for cells }
                    <td>{ dont_know }</td>
                    <td>{ missing }</td>
                </tr>
            }
        });
        let on_csv = {
            let state = state.clone();
            let fw = Rc::clone(&fw);
            Callback::from(move |_: MouseEvent| {
                let list: Vec<&Assessment> = state.rollup.entries.iter().map(|e| &e.assessment).filter(|a| a.framework_id == fw.id).collect();
                // The framework shown, which a file may have carried.
                save_csv(&list, &[Rc::clone(&fw)], lang);
            })
        };
        let files = files_of(&entries);
        html! {
            <>
                <p class="rollup-count">{ t(lang, RollupMsg::Count { units: entries.len(), files: files.len() }) }</p>
                <p><button type="button" class="save-csv" onclick={on_csv}>{ t(lang, RollupText::ExportCsv) }</button></p>
                <h2>{ t(lang, RollupText::UnitsHeading) }</h2>
                <p class="table-help" id="units-help">{ t(lang, RollupText::TableHelp) }</p>
                <div class="table-scroll rollup-scroll" role="region" aria-labelledby="units-caption" aria-describedby="units-help" tabindex="0">
                    <table class="data-table rollup-table">
                        <caption id="units-caption" class="visually-hidden">{ t(lang, RollupText::UnitsHeading) }</caption>
                        <thead><tr>
                            { sort_head(&sort, SortKey::Unit, html! { t(lang, RollupText::ColUnit) }) }
                            { sort_head(&sort, SortKey::Distance, html! { t(lang, RollupText::ColDistance) }) }
                            { goal_heads }
                            { shift_heads }
                        </tr></thead>
                        <tbody>{ table_rows }</tbody>
                    </table>
                </div>
                if entries.len() > *shown {
                    <p class="units-shown">
                        { t(lang, RollupMsg::UnitsShown { shown: *shown, total: entries.len() }) }
                        { " " }
                        <button type="button" class="show-more" onclick={on_more}>{ t(lang, RollupText::ShowMoreUnits) }</button>
                    </p>
                }
                <h2 id="distribution-heading">{ t(lang, RollupText::DistributionHeading) }</h2>
                <div class="table-scroll" role="region" aria-labelledby="distribution-heading" tabindex="0">
                    <table class="data-table distribution-table">
                        <thead><tr>
                            <th scope="col">{ t(lang, CommonText::TableItem) }</th>
                            { for (lowest..=highest).map(|n| html! { <th scope="col">{ n }</th> }) }
                            <th scope="col">{ t(lang, CommonText::DontKnow) }</th>
                            <th scope="col">{ t(lang, RollupText::ColMissing) }</th>
                        </tr></thead>
                        <tbody>{ for dist_rows }</tbody>
                    </table>
                </div>
                <h2>{ t(lang, RollupText::SmallMultiples) }</h2>
                <UnitRadars rollup={Rc::clone(&state.rollup)} fw={Rc::clone(&fw)} {lang} />
            </>
        }
    });
    let framework_choice = (in_use.len() > 1).then(|| {
        let chosen = chosen.clone();
        let onchange = Callback::from(move |e: Event| {
            chosen.set(Some(e.target_unchecked_into::<web_sys::HtmlSelectElement>().value()));
        });
        let options = in_use.iter().filter_map(|(id, n)| {
            let f = find(id)?;
            Some(html! { <option value={id.clone()}>{ format!("{} ({n})", f.name.get(lang)) }</option> })
        });
        html! {
            <div class="field">
                <label for="rollup-framework">{ t(lang, CommonText::FrameworkLabel) }</label>
                <select id="rollup-framework" {onchange}>{ for options }</select>
            </div>
        }
    });
    html! {
        <div class="rollup-view">
            <h1 id="step-heading" tabindex="-1">{ t(lang, RollupText::Heading) }</h1>
            <p class="intro">{ t(lang, RollupText::Intro) }</p>
            <div class="file-buttons">
                <label class="file-open">
                    <span class="file-open-label">{ t(lang, RollupText::ReadFiles) }</span>
                    <input type="file" multiple=true accept=".json,application/json" onchange={on_files} />
                </label>
                if !rollup.entries.is_empty() || !rollup.refused.is_empty() {
                    <button type="button" onclick={on_clear}>{ t(lang, RollupText::Clear) }</button>
                }
            </div>
            <p role="status" class="rollup-progress">
                { progress.map(|(i, n)| t(lang, RollupMsg::ReadingProgress { i, n })).unwrap_or_default() }
            </p>
            <div role="alert">
                if !rollup.refused.is_empty() {
                    <ul class="file-error">{ for refused }</ul>
                }
            </div>
            { for framework_choice }
            if rollup.entries.is_empty() {
                <p class="empty">{ t(lang, RollupText::Empty) }</p>
            } else {
                { for body }
            }
        </div>
    }
}
