//! The one application state, changed only through [`Action`]s. The reducer decides with the
//! domain; saving and other side effects live in effects (see `app.rs`), never here.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::presets::{presets, DEFAULT_PRESET};
use crate::domain::{Framework, Lang};

#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    pub lang: Lang,
    /// Every framework on offer, shared between renders.
    pub frameworks: Rc<Vec<Rc<Framework>>>,
    pub framework_id: String,
}

pub enum Action {
    SetLang(Lang),
    ChooseFramework(String),
}

/// What components get from the context.
pub type AppContext = UseReducerHandle<AppState>;

impl Default for AppState {
    fn default() -> Self {
        Self::with_frameworks(presets())
    }
}

impl AppState {
    pub fn with_frameworks(frameworks: Vec<Framework>) -> Self {
        let framework_id = frameworks
            .iter()
            .find(|f| f.id == DEFAULT_PRESET)
            .or(frameworks.first())
            .map(|f| f.id.clone())
            .unwrap_or_default();
        AppState {
            lang: Lang::default(),
            frameworks: Rc::new(frameworks.into_iter().map(Rc::new).collect()),
            framework_id,
        }
    }

    /// The chosen framework; `None` only when no framework could be loaded at all.
    pub fn framework(&self) -> Option<Rc<Framework>> {
        self.frameworks
            .iter()
            .find(|f| f.id == self.framework_id)
            .cloned()
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match action {
            Action::SetLang(lang) if lang != self.lang => Rc::new(AppState {
                lang,
                ..(*self).clone()
            }),
            Action::ChooseFramework(id)
                if id != self.framework_id && self.frameworks.iter().any(|f| f.id == id) =>
            {
                Rc::new(AppState {
                    framework_id: id,
                    ..(*self).clone()
                })
            }
            // Nothing changes: returning the same Rc skips a re-render.
            _ => self,
        }
    }
}
