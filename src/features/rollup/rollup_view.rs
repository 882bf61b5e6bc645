use yew::prelude::*;

use crate::hooks::use_app;
use crate::i18n::{t, CommonMsg, CommonText, ErrorMsg, RollupMsg, RollupText};

use crate::platform::download::download;
use crate::platform::file_read::{read_text, take_chosen};
use crate::platform::timing::mark;
use crate::store::Action;
use crate::ui::{item_label, loc, unit_name, RadarChart};
use kompass_core::files::csv::assessments_csv;
use kompass_core::files::transfer::read_import;
use kompass_core::rollup::{
    distribution, files_of, furthest, latest_per_unit, unit_radars, unit_rows, Entry,
};
use kompass_core::Assessment;

/// Many units' files side by side: a table of units × goal areas and shifts, the units furthest
/// from their targets, the distribution per item, small radars, and the whole as CSV.
#[component]
pub fn RollupView() -> Html {
    let chosen = use_state(|| None::<String>);
    // "Reading file 3 of 10" while a set of files is read.
    let progress = use_state(|| None::<(usize, usize)>);
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
                for (i, file) in files.into_iter().enumerate() {
                    progress.set(Some((i + 1, total)));
                    let name = file.name();
                    let result = read_text(&file).await.and_then(|text| {
                        mark("rollup:read");
                        // Only each unit's latest assessment is kept: the rest goes here, in this
                        // file's own task, not in the one that draws the view.
                        let checked =
                            read_import(&text, state.frameworks.as_slice()).map(latest_per_unit);
                        mark("rollup:checked");
                        checked
                    });
                    read.push((name, result));
                }
                state.dispatch(Action::RollupFiles(read));
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
    let fw = fw_id.and_then(|id| state.framework_by_id(&id));
    let refused = rollup
        .refused
        .iter()
        .map(|(file, err)| html! { <li>{ t(lang, ErrorMsg::Import { file, err }) }</li> });
    let body = fw.map(|fw| {
        let entries: Vec<&Entry> = rollup.with_framework(&fw).collect();
        let rows = unit_rows(&fw, &entries);
        let pct = |p: Option<f64>| p.map_or_else(|| t(lang, CommonText::NotAnswered).to_owned(), |p| t(lang, CommonMsg::Percent(p.round() as u32)));
        let goal_heads = fw.goal_areas.iter().map(|g| html! { <th scope="col">{ loc(&g.name, lang) }</th> });
        let shift_heads = fw.shifts.iter().map(|s| html! { <th scope="col">{ loc(&s.to, lang) }</th> });
        let display = |u: &str| unit_name(u, lang);
        let table_rows = rows.iter().map(|r| html! {
            <tr>
                <th scope="row">{ display(&r.unit) }</th>
                <td>{ r.file.clone() }</td>
                { for r.goal_areas.iter().map(|g| html! { <td>{ pct(g.percent) }</td> }) }
                { for r.shifts.iter().map(|s| html! { <td>{ pct(*s) }</td> }) }
                <td>{ r.distance.map(|d| t(lang, CommonMsg::Points(d))).unwrap_or_default() }</td>
            </tr>
        });
        let far = furthest(&rows, 5).into_iter().map(|r| html! {
            <li>{ display(&r.unit) }<span class="detail">{ " (" }{ r.distance.map(|d| t(lang, CommonMsg::Points(d))).unwrap_or_default() }{ ")" }</span></li>
        });
        let dist_rows = fw.items().map(|(_, id, _)| {
            let (levels, dont_know, missing) = distribution(&entries, id);
            html! {
                <tr>
                    <th scope="row">{ item_label(&fw, id, lang) }</th>
                    { for levels.iter().map(|n| html! { <td>{ *n }</td> }) }
                    <td>{ dont_know }</td>
                    <td>{ missing }</td>
                </tr>
            }
        });
        let radars = unit_radars(&fw, &entries).enumerate().map(|(i, radar)| {
            let labels: Vec<String> = fw.shifts.iter().map(|s| s.to.get(lang).to_owned()).collect();
            html! { <RadarChart id={format!("unit-radar-{i}")} title={display(radar.unit)} {labels} values={radar.values} {lang} compact={true} /> }
        });
        let on_csv = {
            let state = state.clone();
            let fw_id = fw.id.clone();
            Callback::from(move |_: MouseEvent| {
                let list: Vec<&Assessment> = state.rollup.entries.iter().map(|e| &e.assessment).filter(|a| a.framework_id == fw_id).collect();
                let text = assessments_csv(&list, state.frameworks.as_slice(), &crate::features::files::csv_labels(lang));
                download("nara-vard-kompassen-sammanstallning.csv", "text/csv;charset=utf-8", &text);
            })
        };
        let files = files_of(&entries);
        html! {
            <>
                <p class="rollup-count">{ t(lang, RollupMsg::Count { units: rows.len(), files: files.len() }) }</p>
                <p><button type="button" class="save-csv" onclick={on_csv}>{ t(lang, RollupText::ExportCsv) }</button></p>
                <h2>{ t(lang, RollupText::UnitsHeading) }</h2>
                <div class="table-scroll" role="region" aria-labelledby="units-caption" tabindex="0">
                    <table class="data-table rollup-table">
                        <caption id="units-caption" class="visually-hidden">{ t(lang, RollupText::UnitsHeading) }</caption>
                        <thead><tr>
                            <th scope="col">{ t(lang, RollupText::ColUnit) }</th>
                            <th scope="col">{ t(lang, RollupText::ColFile) }</th>
                            { for goal_heads }
                            { for shift_heads }
                            <th scope="col">{ t(lang, RollupText::ColDistance) }</th>
                        </tr></thead>
                        <tbody>{ for table_rows }</tbody>
                    </table>
                </div>
                <section class="result-list">
                    <h2>{ t(lang, RollupText::Furthest) }</h2>
                    <ol>{ for far }</ol>
                </section>
                <h2 id="distribution-heading">{ t(lang, RollupText::DistributionHeading) }</h2>
                <div class="table-scroll" role="region" aria-labelledby="distribution-heading" tabindex="0">
                    <table class="data-table distribution-table">
                        <thead><tr>
                            <th scope="col">{ t(lang, CommonText::TableItem) }</th>
                            { for (1..=5).map(|n| html! { <th scope="col">{ n }</th> }) }
                            <th scope="col">{ t(lang, CommonText::DontKnow) }</th>
                            <th scope="col">{ t(lang, RollupText::ColMissing) }</th>
                        </tr></thead>
                        <tbody>{ for dist_rows }</tbody>
                    </table>
                </div>
                <h2>{ t(lang, RollupText::SmallMultiples) }</h2>
                <div class="small-radars">{ for radars }</div>
            </>
        }
    });
    let framework_choice = (in_use.len() > 1).then(|| {
        let chosen = chosen.clone();
        let onchange = Callback::from(move |e: Event| {
            chosen.set(Some(e.target_unchecked_into::<web_sys::HtmlSelectElement>().value()));
        });
        let options = in_use.iter().filter_map(|(id, n)| {
            let f = state.framework_by_id(id)?;
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
