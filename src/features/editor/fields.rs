//! One text of the framework as labelled inputs: Swedish always, English when asked for; its
//! hint and its problem linked with `aria-describedby`.

use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use crate::ui::leaf;

use super::Ed;
use crate::i18n::{t, EditorText};
use kompass_core::editor::{text_of, EditorCommand, TextField};
use kompass_core::Lang;

/// A one-line input or a text area.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Shape {
    Line,
    Area,
}

/// The field's inputs: Swedish, then English when the English fields are shown.
pub(crate) fn text_field(
    ed: &Ed,
    field: TextField,
    label: EditorText,
    hint: Option<EditorText>,
    shape: Shape,
) -> Html {
    labelled_field(ed, field, t(ed.lang, label), hint, shape)
}

/// The same with a label made of values ("Steg 3").
pub(crate) fn labelled_field(
    ed: &Ed,
    field: TextField,
    label: &str,
    hint: Option<EditorText>,
    shape: Shape,
) -> Html {
    let langs: &[Lang] = if ed.english { &Lang::ALL } else { &[Lang::Sv] };
    langs
        .iter()
        .map(|lang| one(ed, field, *lang, label, hint, shape))
        .collect::<Html>()
}

fn one(
    ed: &Ed,
    field: TextField,
    lang: Lang,
    label: &str,
    hint: Option<EditorText>,
    shape: Shape,
) -> Html {
    let key = field.id(lang);
    let id = format!("ed-{key}");
    let problem = ed.problem(&key);
    let which = t(
        ed.lang,
        match lang {
            Lang::Sv => EditorText::Swedish,
            Lang::En => EditorText::English,
        },
    );
    let oninput = {
        let send = ed.send.clone();
        Callback::from(move |e: InputEvent| {
            // An input and a text area both have `value`; the cast only names the getter.
            let value = e.target_unchecked_into::<HtmlTextAreaElement>().value();
            send.emit(EditorCommand::SetText { field, lang, value });
        })
    };
    let value = text_of(ed.fw, field, lang);
    let described = described_by(&id, hint.is_some(), problem.is_some());
    let invalid = problem.is_some().then_some("true");
    html! {
        <div class={classes!("field", "ed-field", problem.is_some().then_some("has-error"))}>
            <label for={id.clone()}>
                { label.to_owned() }
                // Which language, said only when both are shown.
                if ed.english {
                    { leaf("span", Some("ed-lang"), which.into()) }
                }
            </label>
            if let Some(hint) = hint {
                <p id={format!("{id}-hint")} class="hint">{ t(ed.lang, hint) }</p>
            }
            { error_line(ed, &id, problem) }
            if shape == Shape::Area {
                <textarea id={id.clone()} lang={lang.code()} rows="4" aria-describedby={described}
                    aria-invalid={invalid} {value} {oninput} />
            } else {
                <input id={id.clone()} type="text" lang={lang.code()} aria-describedby={described}
                    aria-invalid={invalid} {value} {oninput} />
            }
        </div>
    }
}

/// The ids a field's `aria-describedby` names: its hint and its problem, where shown.
pub(crate) fn described_by(id: &str, hint: bool, problem: bool) -> Option<String> {
    let parts: Vec<String> = [(hint, "hint"), (problem, "error")]
        .iter()
        .filter(|(on, _)| *on)
        .map(|(_, what)| format!("{id}-{what}"))
        .collect();
    (!parts.is_empty()).then(|| parts.join(" "))
}

/// The problem shown at the field with id `id`, as GOV.UK writes it ("Fel: …").
pub(crate) fn error_line(ed: &Ed, id: &str, problem: Option<String>) -> Html {
    match problem {
        Some(text) => html! {
            <p id={format!("{id}-error")} class="field-error">
                <span class="visually-hidden">{ t(ed.lang, EditorText::ErrorPrefix) }</span>{ text }
            </p>
        },
        None => Html::default(),
    }
}
