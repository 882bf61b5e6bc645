//! Everything the user works with in this browser, composed of its parts by concern: the
//! assessments, where the user is, what undo keeps, export bookkeeping and running workshops.
//! The Yew reducer only forwards commands here (like a crux core), so every rule is tested
//! natively.

use crate::assessment::{Assessment, Assessments, Undo};
use crate::config::UrlConfig;
use crate::editor::{Outcome, OwnFrameworks};
use crate::files::merge::{ExportStatus, FileCommand};
use crate::framework::text::Lang;
use crate::framework::Framework;
use crate::navigation::step::{PageView, Step};
use crate::navigation::{replace, NavCommand, Navigation};
use crate::site::Site;
use crate::workshop::Workshops;
use crate::workspace::command::Command;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Workspace {
    /// The interface language: a setting of this browser.
    pub lang: Lang,
    /// The framework chosen, the open assessment and the step shown.
    pub nav: Navigation,
    /// Every assessment, and the source of new ids.
    pub assessments: Assessments,
    /// What the last removal, deletion and import took away; not saved.
    pub undo: Undo,
    /// When everything was last saved as a file, and whether data changed since.
    pub export: ExportStatus,
    /// The workshop this device facilitates and the one it takes part in.
    pub workshops: Workshops,
    /// The user's own frameworks and the draft in the editor.
    pub own: OwnFrameworks,
}

impl Workspace {
    /// The open assessment, if any.
    pub fn current(&self) -> Option<&Assessment> {
        self.assessments.get(self.nav.current.as_deref())
    }

    /// The framework the current assessment (or the next one) uses.
    pub fn framework_id(&self) -> &str {
        self.current()
            .map_or(&self.nav.framework_id, |a| &a.framework_id)
    }

    /// Applies `cmd`; returns false (and changes nothing) when it does not apply. `frameworks`
    /// are all frameworks on offer, to check ids against.
    pub fn apply<F: AsRef<Framework>>(&mut self, cmd: Command, frameworks: &[F]) -> bool {
        let data = cmd.changes_data();
        // Opened into an empty browser, a file's data is all in that file: nothing to remind of.
        let from_file_only = matches!(cmd, Command::Files(FileCommand::Import { .. }))
            && self.assessments.is_empty();
        let changed = self.apply_inner(cmd, frameworks);
        if changed && data {
            self.export.unexported = !from_file_only;
        }
        changed
    }

    fn apply_inner<F: AsRef<Framework>>(&mut self, cmd: Command, frameworks: &[F]) -> bool {
        let find = |id: &str| frameworks.iter().map(AsRef::as_ref).find(|f| f.id == id);
        if let Command::Editor(cmd) = cmd {
            return match self.own.apply(cmd, &find) {
                Outcome::Unchanged => false,
                Outcome::Changed => {
                    if self.own.draft.is_none() && self.nav.step == Step::Editor {
                        self.nav.step = Step::Start;
                    }
                    true
                }
                Outcome::Used(id) => {
                    self.put_to_use(id);
                    true
                }
            };
        }
        let Some(fw) = find(self.framework_id()) else {
            // Only switching to a framework that exists can help.
            return match cmd {
                Command::Navigate(NavCommand::ChooseFramework(id)) if find(&id).is_some() => {
                    self.nav.framework_id = id;
                    true
                }
                Command::SetLang(lang) => replace(&mut self.lang, lang),
                _ => false,
            };
        };
        match cmd {
            Command::SetLang(lang) => replace(&mut self.lang, lang),
            Command::Navigate(cmd) => {
                let allowed = match &cmd {
                    NavCommand::ChooseFramework(id) => {
                        find(id).is_some() && !self.current().is_some_and(Assessment::has_answers)
                    }
                    NavCommand::GoTo(step) => self.can_show(step, Some(fw)),
                    NavCommand::NewUnit => true,
                };
                let open = self.assessments.get_mut(self.nav.current.as_deref());
                self.nav
                    .apply(cmd, open.map(|a| &mut a.framework_id), allowed)
            }
            Command::History(cmd) => self
                .assessments
                .apply(cmd, &mut self.nav, &mut self.undo, fw),
            Command::Answers(cmd) => {
                let Assessments { list, next_id } = &mut self.assessments;
                let open = self.nav.current.as_deref();
                match list.iter_mut().find(|a| Some(a.id.as_str()) == open) {
                    Some(a) => a.apply(cmd, fw, next_id, &mut self.undo.removed),
                    None => false,
                }
            }
            Command::Files(cmd) => {
                self.export
                    .apply(cmd, &mut self.assessments, &mut self.nav, &mut self.undo)
            }
            Command::EraseAll => {
                *self = Workspace {
                    lang: self.lang,
                    nav: Navigation {
                        step: Step::About,
                        ..Navigation::default()
                    },
                    ..Workspace::default()
                };
                true
            }
            Command::Workshop(cmd) => {
                self.workshops
                    .apply(cmd, &mut self.assessments, &mut self.nav, &find)
            }
            // Applied above, whatever framework is chosen.
            Command::Editor(_) => false,
        }
    }

    /// The own framework `id`, just put to use, chosen on the start page: for the open
    /// assessment when it has no answers yet (or already uses it), else for the next one.
    fn put_to_use(&mut self, id: String) {
        let open = self.assessments.get_mut(self.nav.current.as_deref());
        match open {
            Some(a) if a.framework_id == id => {}
            Some(a) if !a.has_answers() => a.framework_id.clone_from(&id),
            Some(_) => self.nav.current = None,
            None => {}
        }
        self.nav.framework_id = id;
        self.nav.step = Step::Start;
    }

    /// Whether `step` can be shown now: an item step needs an assessment open and an item of
    /// its framework `fw`, a comparison two existing assessments, and so on.
    pub fn can_show(&self, step: &Step, fw: Option<&Framework>) -> bool {
        let exists = |id: &str| self.assessments.iter().any(|a| a.id == id);
        let open = self.nav.current.is_some();
        match step {
            Step::Start => true,
            Step::Item(id) => open && fw.is_some_and(|fw| fw.has_item(id)),
            Step::Actions | Step::Results | Step::Trend => open,
            Step::History => !self.assessments.is_empty(),
            Step::Rollup | Step::About => true,
            Step::Workshop => true,
            Step::Projector => self.workshops.workshop.is_some(),
            Step::Participate => self.workshops.participation.is_some(),
            Step::Editor => self.own.draft.is_some(),
            Step::Compare { from, to } => exists(from) && exists(to),
        }
    }

    /// What the page shows for the step: a step that needs what is not there (an open
    /// assessment, any assessment) falls back to the start.
    pub fn page(&self) -> PageView<'_> {
        let open = self.current().is_some();
        match &self.nav.step {
            Step::History if !self.assessments.is_empty() => PageView::History,
            Step::Trend if open => PageView::Trend,
            Step::Item(id) if open => PageView::Item(id),
            Step::Actions if open => PageView::Actions,
            Step::Results if open => PageView::Results,
            Step::Compare { from, to } => PageView::Compare { from, to },
            Step::Rollup => PageView::Rollup,
            Step::About => PageView::About,
            Step::Editor if self.own.draft.is_some() => PageView::Editor,
            Step::Workshop | Step::Projector | Step::Participate => PageView::Workshop,
            _ => PageView::Start,
        }
    }

    /// Takes over `saved`, written by another tab: every assessment, action and setting. This
    /// tab stays where it is (its language, the open assessment and the step); where that no
    /// longer exists there, it goes back to the start. Its undo steps are dropped: they point
    /// into data that has changed.
    pub fn adopt<F: AsRef<Framework>>(&mut self, saved: Workspace, frameworks: &[F]) {
        let current = self.nav.current.take();
        let step = std::mem::take(&mut self.nav.step);
        let lang = self.lang;
        *self = saved;
        self.lang = lang;
        self.nav.current = current.filter(|id| self.assessments.iter().any(|a| a.id == *id));
        let fw = frameworks
            .iter()
            .map(AsRef::as_ref)
            .find(|f| f.id == self.framework_id());
        self.nav.step = if self.can_show(&step, fw) {
            step
        } else {
            Step::Start
        };
    }

    /// What the page's URL asks for, applied: the language, the framework when no assessment
    /// is open, and where the mode opens the app.
    pub fn configure<F: AsRef<Framework>>(&mut self, config: &UrlConfig, frameworks: &[F]) {
        if let Some(lang) = config.lang {
            self.apply(Command::SetLang(lang), frameworks);
        }
        if let Some(id) = &config.framework {
            self.prefer_framework(id, frameworks);
        }
        if let Some(step) = config.start_step(&self.nav.step, &self.workshops) {
            self.apply(Command::Navigate(NavCommand::GoTo(step)), frameworks);
        }
    }

    /// The site configuration's defaults, where the address asks for nothing else and this
    /// browser has no assessment yet: its language, and its framework for the next assessment.
    pub fn apply_site<F: AsRef<Framework>>(
        &mut self,
        site: &Site,
        config: &UrlConfig,
        frameworks: &[F],
    ) {
        let fresh = self.assessments.is_empty();
        if let (Some(lang), None, true) = (site.lang, config.lang, fresh) {
            self.apply(Command::SetLang(lang), frameworks);
        }
        let asked = config.framework.is_some() || config.framework_file.is_some();
        if let (Some(id), false, true) = (&site.framework, asked, fresh) {
            self.prefer_framework(id, frameworks);
        }
    }

    /// Chooses framework `id` for the next assessment when none is open; false when nothing
    /// changed.
    pub fn prefer_framework<F: AsRef<Framework>>(&mut self, id: &str, frameworks: &[F]) -> bool {
        let choose = Command::Navigate(NavCommand::ChooseFramework(id.to_owned()));
        self.current().is_none() && self.apply(choose, frameworks)
    }
}
