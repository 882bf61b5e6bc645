//! The one application state, changed only through [`Action`]s. The reducer forwards to the
//! domain (`Workspace::apply`); saving and other side effects live in effects (see `app.rs`).

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::presets::presets;
use crate::domain::rollup::Rollup;
use crate::domain::transfer::ImportError;
use crate::domain::{Assessment, Command, Framework, Workspace};

#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    /// Every framework on offer, shared between renders.
    pub frameworks: Rc<Vec<Rc<Framework>>>,
    pub ws: Rc<Workspace>,
    /// The organisation view's files: held apart from the user's data and never saved.
    pub rollup: Rc<Rollup>,
}

pub enum Action {
    Do(Command),
    /// Files read for the organisation view (name, assessments or why not), added in one step.
    RollupFiles(Vec<(String, Result<Vec<Assessment>, ImportError>)>),
    RollupClear,
}

/// What components get from the context.
pub type AppContext = UseReducerHandle<AppState>;

impl AppState {
    pub fn new(frameworks: Vec<Framework>, ws: Workspace) -> Self {
        AppState {
            frameworks: Rc::new(frameworks.into_iter().map(Rc::new).collect()),
            ws: Rc::new(ws),
            rollup: Rc::new(Rollup::default()),
        }
    }

    /// The built-in frameworks and the given workspace.
    pub fn with_workspace(ws: Workspace) -> Self {
        Self::new(presets(), ws)
    }

    /// The framework of the current assessment (or of the next one).
    pub fn framework(&self) -> Option<Rc<Framework>> {
        let id = self.ws.framework_id();
        self.frameworks.iter().find(|f| f.id == id).cloned()
    }

    pub fn current(&self) -> Option<&Assessment> {
        self.ws.current()
    }
}

impl Default for AppState {
    fn default() -> Self {
        Self::with_workspace(Workspace::default())
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut rollup = (*self.rollup).clone();
        match action {
            Action::Do(cmd) => {
                let mut ws = (*self.ws).clone();
                if !ws.apply(cmd, self.frameworks.as_slice()) {
                    // Nothing changed: the same Rc skips a re-render and a save.
                    return self;
                }
                return Rc::new(AppState {
                    ws: Rc::new(ws),
                    ..(*self).clone()
                });
            }
            Action::RollupFiles(files) => {
                for (file, result) in files {
                    match result {
                        Ok(assessments) => rollup.add_file(&file, assessments),
                        Err(error) => rollup.refuse(&file, error),
                    }
                }
            }
            Action::RollupClear => rollup = Rollup::default(),
        }
        Rc::new(AppState {
            rollup: Rc::new(rollup),
            ..(*self).clone()
        })
    }
}

/// Dispatches a domain command.
pub fn send(state: &AppContext, cmd: Command) {
    state.dispatch(Action::Do(cmd));
}
