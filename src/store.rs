//! The one application state, changed only through [`Action`]s. The reducer forwards to the
//! domain (`Workspace::apply`); saving and other side effects live in effects (see `app.rs`).

use std::rc::Rc;

use yew::prelude::*;

mod working;

pub use working::{Question, WorkingEvent, WorkingFile};

use kompass_core::config::UrlConfig;
use kompass_core::files::transfer::ImportError;
use kompass_core::framework::presets::{offer, presets};
use kompass_core::rollup::Rollup;
use kompass_core::site::Site;
use kompass_core::{Assessment, Command, Framework, Workspace};

#[derive(Clone, Debug)]
pub struct AppState {
    /// Every framework on offer, shared between renders.
    pub frameworks: Rc<Vec<Rc<Framework>>>,
    pub ws: Rc<Workspace>,
    /// The organisation view's files: held apart from the user's data and never saved.
    pub rollup: Rc<Rollup>,
    /// What the page's URL asked for.
    pub config: Rc<UrlConfig>,
    /// A custom framework file that could not be used.
    pub framework_problems: Option<FrameworkProblems>,
    /// The workspace is as another tab saved it: nothing of this tab's to save until it changes.
    pub from_other_tab: bool,
    /// The organisation's site configuration (`site.json`); the default when there is none.
    pub site: Rc<Site>,
    /// Why `site.json` could not be used, in words for its admin.
    pub site_problems: Option<Vec<String>>,
    /// The working file, where the browser can keep one.
    pub working: Rc<WorkingFile>,
}

/// Compared by the identity of its shared parts: the reducer makes a new one of each part it
/// changes, so this says whether the store changed without reading the workspace, frameworks
/// and files through (the context provider compares on every render of `App`).
impl PartialEq for AppState {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.frameworks, &other.frameworks)
            && Rc::ptr_eq(&self.ws, &other.ws)
            && Rc::ptr_eq(&self.rollup, &other.rollup)
            && Rc::ptr_eq(&self.config, &other.config)
            && Rc::ptr_eq(&self.site, &other.site)
            && Rc::ptr_eq(&self.working, &other.working)
            && self.from_other_tab == other.from_other_tab
            && self.framework_problems == other.framework_problems
            && self.site_problems == other.site_problems
    }
}

/// A custom framework file that could not be used: its name and every problem, in words.
#[derive(Clone, Debug, PartialEq)]
pub struct FrameworkProblems {
    pub file: String,
    pub problems: Vec<String>,
}

pub enum Action {
    Do(Command),
    /// Files read for the organisation view (name, assessments or why not), added in one step.
    RollupFiles(
        Vec<(String, Result<Vec<Assessment>, ImportError>)>,
        Vec<Framework>,
    ),
    RollupClear,
    /// A custom framework read from the admin's file: offered, and chosen when nothing is started.
    AddFramework(Box<Framework>),
    /// The admin's framework file could not be used.
    FrameworkProblems(FrameworkProblems),
    /// What another tab of this browser saved, taken over (see `Workspace::adopt`).
    Adopt(Box<Workspace>),
    /// The site configuration and the framework files it names, read: offered, and its defaults
    /// applied where nothing else chose.
    Site {
        site: Box<Site>,
        frameworks: Vec<Framework>,
    },
    /// `site.json` could not be used: every problem, in words.
    SiteProblems(Vec<String>),
    Working(WorkingEvent),
}

/// What components get from the context.
pub type AppContext = UseReducerHandle<AppState>;

impl AppState {
    pub fn new(frameworks: Vec<Framework>, ws: Workspace) -> Self {
        AppState {
            frameworks: Rc::new(frameworks.into_iter().map(Rc::new).collect()),
            ws: Rc::new(ws),
            rollup: Rc::new(Rollup::default()),
            config: Rc::new(UrlConfig::default()),
            framework_problems: None,
            from_other_tab: false,
            site: Rc::new(Site::default()),
            site_problems: None,
            working: Rc::default(),
        }
    }

    /// The frameworks on offer (presets and `custom`), the saved workspace, and what the URL
    /// asks for applied to it: language, and the framework when no assessment is open.
    pub fn configured(ws: Workspace, custom: Option<Framework>, config: UrlConfig) -> Self {
        let mut frameworks = presets();
        frameworks.extend(custom);
        let mut state = Self::new(frameworks, ws);
        state.frameworks = with_own(&state.frameworks, &state.ws);
        let mut ws = (*state.ws).clone();
        ws.configure(&config, state.frameworks.as_slice());
        state.ws = Rc::new(ws);
        state.config = Rc::new(config);
        state.working = Rc::new(WorkingFile {
            supported: crate::platform::working_file::supported(),
            ..WorkingFile::default()
        });
        state
    }

    /// The built-in frameworks and the given workspace.
    pub fn with_workspace(ws: Workspace) -> Self {
        Self::new(presets(), ws)
    }

    /// The framework of the current assessment (or of the next one).
    pub fn framework(&self) -> Option<Rc<Framework>> {
        self.framework_by_id(self.ws.framework_id())
    }

    /// The framework on offer with id `id`.
    pub fn framework_by_id(&self, id: &str) -> Option<Rc<Framework>> {
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

/// The frameworks on offer with the user's own frameworks in `ws` added (an own framework
/// takes the place of one on offer with the same id).
fn with_own(offered: &Rc<Vec<Rc<Framework>>>, ws: &Workspace) -> Rc<Vec<Rc<Framework>>> {
    let mut list = Rc::clone(offered);
    for fw in &ws.own.list {
        if list.iter().all(|f| **f != *fw) {
            list = Rc::new(offer(&list, Rc::new(fw.clone())));
        }
    }
    list
}

impl AppState {
    /// This state with the workspace `ws`, which came from another tab or not.
    fn with_ws(&self, ws: Workspace, from_other_tab: bool) -> Rc<Self> {
        Rc::new(AppState {
            frameworks: with_own(&self.frameworks, &ws),
            ws: Rc::new(ws),
            from_other_tab,
            ..self.clone()
        })
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let rollup = match action {
            Action::Do(cmd) => {
                let mut ws = (*self.ws).clone();
                if !ws.apply(cmd, self.frameworks.as_slice()) {
                    // Nothing changed: the same Rc skips a re-render and a save.
                    return self;
                }
                return self.with_ws(ws, false);
            }
            Action::Adopt(saved) => {
                let mut ws = (*self.ws).clone();
                ws.adopt(*saved, self.frameworks.as_slice());
                return self.with_ws(ws, true);
            }
            Action::Working(event) => {
                let mut next = (*self).clone();
                if let WorkingEvent::Answered(r, _) = &event {
                    let mut ws = (*self.ws).clone();
                    let cmd = Command::Files(kompass_core::FileCommand::Resolve(r.clone()));
                    if ws.apply(cmd, self.frameworks.as_slice()) {
                        next.ws = Rc::new(ws);
                        next.from_other_tab = false;
                    }
                }
                next.working = Rc::new(self.working.after(event));
                return Rc::new(next);
            }
            Action::RollupFiles(files, frameworks) => {
                let mut rollup = (*self.rollup).clone();
                rollup.frameworks.extend(frameworks);
                rollup.add_files(files);
                rollup
            }
            Action::RollupClear => Rollup::default(),
            Action::AddFramework(fw) => {
                let id = fw.id.clone();
                let frameworks = Rc::new(offer(&self.frameworks, Rc::new(*fw)));
                let mut ws = (*self.ws).clone();
                ws.prefer_framework(&id, frameworks.as_slice());
                return Rc::new(AppState {
                    frameworks,
                    ws: Rc::new(ws),
                    framework_problems: None,
                    from_other_tab: false,
                    ..(*self).clone()
                });
            }
            Action::Site { site, frameworks } => {
                let mut offered = Rc::clone(&self.frameworks);
                for fw in frameworks {
                    offered = Rc::new(offer(&offered, Rc::new(fw)));
                }
                let mut ws = (*self.ws).clone();
                ws.apply_site(&site, &self.config, offered.as_slice());
                return Rc::new(AppState {
                    frameworks: offered,
                    ws: Rc::new(ws),
                    site: Rc::new(*site),
                    from_other_tab: false,
                    ..(*self).clone()
                });
            }
            Action::SiteProblems(problems) => {
                return Rc::new(AppState {
                    site_problems: Some(problems),
                    ..(*self).clone()
                });
            }
            Action::FrameworkProblems(problems) => {
                return Rc::new(AppState {
                    framework_problems: Some(problems),
                    ..(*self).clone()
                });
            }
        };
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

/// A click that only dispatches `cmd`. Every such button shares this one callback type, instead
/// of a closure type (with its own code) each.
pub fn send_on_click(state: &AppContext, cmd: Command) -> Callback<MouseEvent> {
    let state = state.clone();
    Callback::from(move |_: MouseEvent| send(&state, cmd.clone()))
}
