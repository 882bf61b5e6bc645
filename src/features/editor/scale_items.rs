//! Scales in the editor's form: an own scale's entry (name, number of steps, first number, a
//! label per step), and for a shift or factor the scale it is rated on and, if wanted, its own
//! wording of each step.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::ui::leaf;

use super::fields::{labelled_field, text_field, Shape};
use super::Ed;
use crate::i18n::{t, EditorMsg, EditorText};
use kompass_core::editor::{EditorCommand, ListKind, ScaleCommand, TextField as F};
use kompass_core::framework::scale::{Scale, MAX_STEPS, MIN_STEPS};
use kompass_core::ItemKind;

/// How an own scale is named in a list: its name, else "Skala 2".
fn scale_name(ed: &Ed, i: usize, s: &Scale) -> String {
    match &s.name {
        Some(name) if !name.sv.trim().is_empty() => name.get(ed.lang).to_owned(),
        _ => t(ed.lang, EditorMsg::Entry(ListKind::Scale, i + 1)),
    }
}

/// One own scale: name, steps, first number and a label per step.
pub(crate) fn scale(ed: &Ed, i: usize) -> Html {
    let Some(s) = ed.fw.scales.get(i) else {
        return Html::default();
    };
    let send = |cmd: fn(usize, u8) -> ScaleCommand| {
        let send = ed.send.clone();
        move |value: String| {
            if let Ok(n) = value.parse() {
                send.emit(EditorCommand::Scale(cmd(i, n)));
            }
        }
    };
    let on_steps = {
        let set = send(|index, steps| ScaleCommand::Steps { index, steps });
        Callback::from(move |e: Event| set(e.target_unchecked_into::<HtmlSelectElement>().value()))
    };
    let steps = (MIN_STEPS..=MAX_STEPS).map(|n| {
        html! { <option value={n.to_string()} selected={n == s.steps}>{ n }</option> }
    });
    let starts = [1u8, 0].map(|start| {
        let id = format!("ed-scales-{i}-start-{start}");
        let set = send(|index, start| ScaleCommand::Start { index, start });
        let onchange = Callback::from(move |e: Event| set(e.target_unchecked_into::<HtmlInputElement>().value()));
        html! {
            <div class="ed-check">
                <input type="radio" id={id.clone()} name={format!("ed-scales-{i}-start")} value={start.to_string()}
                    checked={s.start == start} {onchange} />
                <label for={id}>{ start }</label>
            </div>
        }
    });
    let labels = (0..usize::from(s.steps)).map(|j| {
        let number = s.start + j as u8;
        leaf(
            "div",
            Some("ed-step"),
            step_field(ed, F::ScaleLabel(i, j), number),
        )
    });
    html! {
        <>
            { text_field(ed, F::ScaleName(i), EditorText::ScaleName, None, Shape::Line) }
            <div class="field">
                <label for={format!("ed-scales-{i}-steps")}>{ t(ed.lang, EditorText::Steps) }</label>
                <select id={format!("ed-scales-{i}-steps")} onchange={on_steps}>{ for steps }</select>
            </div>
            <fieldset class="ed-serves">
                { leaf("legend", None, t(ed.lang, EditorText::StartLegend).into()) }
                <div class="ed-inline">{ for starts }</div>
            </fieldset>
            { for labels }
        </>
    }
}

/// A text per step, labelled with the step's number ("Steg 0").
fn step_field(ed: &Ed, field: F, number: u8) -> Html {
    labelled_field(
        ed,
        field,
        &t(ed.lang, EditorMsg::Step(number)),
        None,
        Shape::Line,
    )
}

/// The scale a shift or factor is rated on (when the framework has scales of its own) and
/// whether it words each step itself, with those texts.
pub(crate) fn item_scale(ed: &Ed, kind: ItemKind, i: usize) -> Html {
    let fw = ed.fw;
    let (list, named, levels, level_field): (_, _, _, fn(usize, usize) -> F) = match kind {
        ItemKind::Shift => match fw.shifts.get(i) {
            Some(s) => ("shifts", s.scale.as_deref(), s.levels.len(), F::ShiftLevel),
            None => return Html::default(),
        },
        ItemKind::Factor => match fw.factors.get(i) {
            Some(f) => (
                "factors",
                f.scale.as_deref(),
                f.levels.len(),
                F::FactorLevel,
            ),
            None => return Html::default(),
        },
    };
    let scale = named
        .and_then(|id| fw.scale_by_id(id))
        .unwrap_or_else(|| Scale::default_for(kind));
    let choice = (!fw.scales.is_empty()).then(|| {
        let select_id = format!("ed-{list}-{i}-scale");
        let onchange = {
            let send = ed.send.clone();
            Callback::from(move |e: Event| {
                let value = e.target_unchecked_into::<HtmlSelectElement>().value();
                let scale = Some(value).filter(|v| !v.is_empty());
                send.emit(EditorCommand::Scale(ScaleCommand::ItemScale { kind, index: i, scale }));
            })
        };
        let builtin = Scale::default_for(kind);
        let default_name = t(ed.lang, EditorText::ItemScale);
        let options = fw.scales.iter().enumerate().map(|(n, s)| {
            let label = t(ed.lang, EditorMsg::ScaleOption { name: &scale_name(ed, n, s), min: s.min(), max: s.max() });
            html! { <option value={s.id.clone()} selected={named == Some(s.id.as_str())}>{ label }</option> }
        });
        html! {
            <div class="field">
                <label for={select_id.clone()}>{ default_name }</label>
                <select id={select_id} {onchange}>
                    <option value="" selected={named.is_none()}>
                        { t(ed.lang, EditorMsg::ScaleOption { name: t(ed.lang, EditorText::AppScale), min: builtin.min(), max: builtin.max() }) }
                    </option>
                    { for options }
                </select>
            </div>
        }
    });
    let wording_id = format!("ed-{list}-{i}-wording");
    let on_wording = {
        let send = ed.send.clone();
        Callback::from(move |e: Event| {
            let on = e.target_unchecked_into::<HtmlInputElement>().checked();
            send.emit(EditorCommand::Scale(ScaleCommand::ItemWording {
                kind,
                index: i,
                on,
            }));
        })
    };
    let steps = (0..levels).map(|j| step_field(ed, level_field(i, j), scale.start + j as u8));
    html! {
        <>
            { for choice }
            <div class="ed-check">
                <input type="checkbox" id={wording_id.clone()} checked={levels > 0} onchange={on_wording} />
                <label for={wording_id}>{ t(ed.lang, EditorText::OwnWording) }</label>
            </div>
            if levels > 0 {
                <div class="ed-levels">{ for steps }</div>
            }
        </>
    }
}
