//! Two tabs of one browser share one saved workspace. When the other tab saves, this tab takes
//! over what it saved, so that its next save cannot overwrite the other tab's work.

use crate::framework::Framework;
use crate::workspace::step::Step;
use crate::workspace::Workspace;

impl Workspace {
    /// Takes over `saved`, written by another tab: every assessment, action and setting. This
    /// tab stays where it is (its language, the open assessment and the step); where that no
    /// longer exists there, it goes back to the start. Its undo steps are dropped: they point into data that
    /// has changed.
    pub fn adopt<F: AsRef<Framework>>(&mut self, saved: Workspace, frameworks: &[F]) {
        let current = self.current.take();
        let step = std::mem::take(&mut self.step);
        let lang = self.lang;
        *self = saved;
        self.lang = lang;
        self.current = current.filter(|id| self.assessments.iter().any(|a| a.id == *id));
        let fw = frameworks
            .iter()
            .map(AsRef::as_ref)
            .find(|f| f.id == self.framework_id());
        if self.can_show(&step, |id| fw.is_some_and(|fw| fw.has_item(id))) {
            self.step = step;
        } else {
            self.step = Step::Start;
        }
    }
}
