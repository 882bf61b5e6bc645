//! What the user can do in the editor, as data.

use crate::framework::text::Lang;
use crate::framework::ItemKind;

/// One text of the draft; indexes are positions in their list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextField {
    Name,
    Source,
    TargetPicture,
    FactorsTitle,
    Question(usize),
    GoalName(usize),
    GoalSummary(usize),
    /// Paragraphs, separated by an empty line.
    GoalDescription(usize),
    ShiftFrom(usize),
    ShiftTo(usize),
    ShiftRationale(usize),
    FactorName(usize),
    FactorRationale(usize),
    ContextTitle(usize),
    /// One text per line.
    ContextItems(usize),
    /// Own scale `.0`'s label of step `.1` (0-based).
    ScaleLabel(usize, usize),
    /// Own scale `.0`'s name.
    ScaleName(usize),
    /// A shift's own wording of step `.1` of its scale.
    ShiftLevel(usize, usize),
    /// A factor's own wording of step `.1` of its scale.
    FactorLevel(usize, usize),
}

/// A list of the draft that items are added to, removed from and moved in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ListKind {
    Question,
    GoalArea,
    Shift,
    Factor,
    Context,
    /// The framework's own scales.
    Scale,
}

#[derive(Clone, Debug, PartialEq)]
pub enum EditorCommand {
    /// A new, empty draft with framework id `id` (made unique by the shell).
    New {
        id: String,
    },
    /// A draft copied from the framework on offer `from`, under the new id `id`.
    Copy {
        from: String,
        id: String,
    },
    /// The own framework `id` into the draft, to change it.
    Edit {
        id: String,
    },
    SetText {
        field: TextField,
        lang: Lang,
        value: String,
    },
    /// The horizon year as typed; empty for none.
    SetHorizon(String),
    /// Whether the shift or factor at `index` serves goal area `goal`.
    SetServes {
        kind: ItemKind,
        index: usize,
        goal: String,
        serves: bool,
    },
    Add(ListKind),
    Remove(ListKind, usize),
    /// Brings back what the last removal took away.
    Undo,
    /// Moves the entry at `index` one place up (`up`) or down.
    Move {
        list: ListKind,
        index: usize,
        up: bool,
    },
    /// Puts the draft to use when it has no problems; otherwise shows every problem.
    Use,
    /// Throws the draft away.
    Discard,
    /// The draft's scales, or the scale of an item.
    Scale(crate::editor::ScaleCommand),
    /// Adds frameworks that came with a file or a link to the own frameworks (each takes the
    /// place of an own one with its id: conflicts are resolved before).
    Install(Vec<crate::framework::Framework>),
}
