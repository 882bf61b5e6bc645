//! The list widget every list of the editor shares (questions, goal areas, shifts, factors,
//! context): numbered entries, each with move up, move down and remove; undo after a removal;
//! add at the end. Buttons, no dragging; the focus follows what the user moved, removed or added.

use yew::prelude::*;

use crate::ui::leaf;

use super::fields::error_line;
use super::Ed;
use crate::i18n::{t, EditorMsg, EditorText};
use kompass_core::editor::{EditorCommand, ListKind, TextField};
use kompass_core::Lang;

/// One list: its heading, its entries (the content of each), its problem and its buttons.
pub(crate) struct ListSpec {
    pub kind: ListKind,
    pub heading: EditorText,
    /// The entry's first field, where the focus goes when an entry is added.
    pub first: fn(usize) -> TextField,
    /// The list just had an entry removed: show undo here.
    pub removed: bool,
    /// A line under the heading.
    pub intro: Option<EditorText>,
}

pub(crate) fn list_section(ed: &Ed, spec: &ListSpec, entries: Vec<Html>) -> Html {
    let kind = spec.kind;
    let list = kind.id();
    let len = entries.len();
    let items = entries.into_iter().enumerate().map(|(i, content)| {
        let name = t(ed.lang, EditorMsg::Entry(kind, i + 1));
        html! {
            <li class="ed-entry">
                <fieldset>
                    { leaf("legend", None, name.clone().into()) }
                    { content }
                    { entry_tools(ed, kind, i, len, &name) }
                </fieldset>
            </li>
        }
    });
    let add_id = format!("ed-{list}-add");
    let problem = ed.problem(list);
    let full = len >= kind.max();
    let on_add = {
        let (send, focus, first) = (ed.send.clone(), ed.focus.clone(), spec.first);
        Callback::from(move |_: MouseEvent| {
            send.emit(EditorCommand::Add(kind));
            focus.emit(format!("ed-{}", first(len).id(Lang::Sv)));
        })
    };
    let on_undo = {
        let (send, focus) = (ed.send.clone(), ed.focus.clone());
        Callback::from(move |_: MouseEvent| {
            send.emit(EditorCommand::Undo);
            focus.emit(format!("ed-{list}-heading"));
        })
    };
    let described = problem.is_some().then(|| format!("ed-{list}-error"));
    html! {
        <section class="ed-section" aria-labelledby={format!("ed-{list}-heading")}>
            <h2 id={format!("ed-{list}-heading")} tabindex="-1">{ t(ed.lang, spec.heading) }</h2>
            if let Some(intro) = spec.intro {
                { leaf("p", Some("hint"), t(ed.lang, intro).into()) }
            }
            if len > 0 {
                <ol class="ed-list">{ for items }</ol>
            }
            if spec.removed {
                <p class="ed-undo" role="status">
                    { t(ed.lang, EditorText::Removed) }{ " " }
                    <button type="button" id={format!("ed-{list}-undo")} class="link-button" onclick={on_undo}>
                        { t(ed.lang, EditorText::Undo) }
                    </button>
                </p>
            }
            { error_line(ed, &format!("ed-{list}"), problem) }
            if full {
                { leaf("p", Some("hint"), t(ed.lang, EditorText::ListFull).into()) }
            } else {
                <button type="button" id={add_id} class="ed-add" aria-describedby={described} onclick={on_add}>
                    { t(ed.lang, EditorMsg::Add(kind)) }
                </button>
            }
        </section>
    }
}

/// Move up, move down and remove for entry `i` of `len`, named after the entry.
fn entry_tools(ed: &Ed, kind: ListKind, i: usize, len: usize, name: &str) -> Html {
    let list = kind.id();
    let button =
        |what: EditorText, suffix: &str, cmd: EditorCommand, disabled: bool, then: String| {
            let (send, focus) = (ed.send.clone(), ed.focus.clone());
            let onclick = Callback::from(move |_: MouseEvent| {
                send.emit(cmd.clone());
                focus.emit(then.clone());
            });
            let label = format!("{} – {name}", t(ed.lang, what));
            html! {
                <button type="button" id={format!("ed-{list}-{i}-{suffix}")} aria-label={label}
                    {disabled} {onclick}>{ t(ed.lang, what) }</button>
            }
        };
    // After a move the focus stays on the button that moved the entry, or on its other move
    // button where that one is now disabled (at either end).
    let moved = |to: usize, up: bool| {
        let suffix = match (up, to) {
            (true, 0) => "down",
            (false, t) if t + 1 == len => "up",
            (true, _) => "up",
            (false, _) => "down",
        };
        format!("ed-{list}-{to}-{suffix}")
    };
    html! {
        <div class="ed-entry-tools">
            { button(EditorText::MoveUp, "up", EditorCommand::Move { list: kind, index: i, up: true }, i == 0, moved(i.saturating_sub(1), true)) }
            { button(EditorText::MoveDown, "down", EditorCommand::Move { list: kind, index: i, up: false }, i + 1 >= len, moved((i + 1).min(len.saturating_sub(1)), false)) }
            { remove_button(ed, kind, i, name) }
        </div>
    }
}

/// Remove: the list shows undo, and the focus goes to it.
fn remove_button(ed: &Ed, kind: ListKind, i: usize, name: &str) -> Html {
    let list = kind.id();
    let (send, focus, removed) = (ed.send.clone(), ed.focus.clone(), ed.removed.clone());
    let onclick = Callback::from(move |_: MouseEvent| {
        send.emit(EditorCommand::Remove(kind, i));
        removed.emit(kind);
        focus.emit(format!("ed-{list}-undo"));
    });
    let what = t(ed.lang, EditorText::Remove);
    html! {
        <button type="button" id={format!("ed-{list}-{i}-remove")} class="ed-remove"
            aria-label={format!("{what} – {name}")} {onclick}>{ what }</button>
    }
}
