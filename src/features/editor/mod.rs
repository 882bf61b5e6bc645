//! The editor of the user's own framework ("Eget ramverk"): one component for the page, and
//! view functions for its sections, its fields and the list widget they share (a component
//! type costs about 9 KB of wasm; a view function almost nothing).

mod editor_view;
mod fields;
mod items;
mod list;
mod scale_items;
mod sections;
mod start_entry;
mod summary;

pub use editor_view::EditorView;
pub use start_entry::own_framework_start;

use yew::Callback;

use kompass_core::editor::{EditorCommand, FieldProblem};
use kompass_core::{Framework, Lang};

/// What every section of the editor renders from.
pub(crate) struct Ed<'a> {
    pub lang: Lang,
    pub fw: &'a Framework,
    /// The problems shown now, each at its field.
    pub problems: &'a [FieldProblem],
    /// Whether the English fields are shown.
    pub english: bool,
    pub send: Callback<EditorCommand>,
    /// Asks for the focus to go to the element with this id after the next render.
    pub focus: Callback<String>,
    /// Tells the page which list an entry was just removed from (it shows undo there).
    pub removed: Callback<kompass_core::editor::ListKind>,
}

impl Ed<'_> {
    /// The first problem shown at `field`, in words.
    pub fn problem(&self, field: &str) -> Option<String> {
        self.problems
            .iter()
            .find(|p| p.field == field)
            .map(|p| crate::i18n::t(self.lang, crate::i18n::EditorMsg::Problem(&p.error)))
    }
}
