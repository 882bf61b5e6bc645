//! The working file as an effect: on the first render, the file remembered from an earlier
//! visit (connected at once when the browser still lets the app write, else one click away);
//! then every change written to the file at most a second after it was made, each write only
//! after checking that no one else changed the file (`kompass_core::files::working`).

use std::cell::RefCell;
use std::rc::Rc;

use gloo_timers::callback::Timeout;
use yew::prelude::*;

use crate::hooks::{use_effect_on, use_mount};
use crate::platform::clock::{local_time, now_iso};
use crate::platform::working_file::{self, FileHandle};
use crate::store::{Action, AppContext, Question, WorkingEvent};
use kompass_core::files::transfer::{export, read_import};
use kompass_core::files::working::{
    decide, differences, resolve, untouched, Choice, Decision, Link, Written,
};
use kompass_core::Workspace;

/// How long after a change the file is written: changes made meanwhile go in the same write.
const DELAY_MS: u32 = 1000;

type Shared<T> = Rc<RefCell<T>>;

/// Whether `ws` holds data the file does not (what was written last is `was`).
fn differs(was: &Workspace, ws: &Workspace) -> bool {
    was.assessments.list != ws.assessments.list || was.workshops != ws.workshops
}

#[hook]
pub fn use_working_file(state: AppContext) {
    // The state now, for the write that runs later.
    let latest = use_mut_ref(|| state.clone());
    *latest.borrow_mut() = state.clone();
    // The workspace last written; none right after connecting (the file is compared first).
    let written: Shared<Option<Rc<Workspace>>> = use_mut_ref(|| None);
    let scheduled = use_mut_ref(|| false);
    let was_link = use_mut_ref(|| Link::None);
    {
        let state = state.clone();
        use_mount(Box::new(move || {
            if state.working.supported {
                yew::platform::spawn_local(async move {
                    if let Some((handle, last)) = working_file::remembered().await {
                        let event = if working_file::may_write(&handle, false).await {
                            WorkingEvent::Connect(handle, Some(last))
                        } else {
                            WorkingEvent::Remembered(handle, last)
                        };
                        state.dispatch(Action::Working(event));
                    }
                });
            }
            None
        }));
    }
    let deps = (
        state.ws.clone(),
        state.working.link.clone(),
        state.working.last.clone(),
    );
    use_effect_on(
        Box::new(deps.clone()),
        Box::new(move || {
            let (ws, link, _) = &deps;
            let connected = *link == Link::Connected;
            if connected && *was_link.borrow() != Link::Connected {
                written.borrow_mut().take();
            }
            *was_link.borrow_mut() = link.clone();
            let due = written.borrow().as_ref().is_none_or(|w| differs(w, ws));
            if connected && due && !*scheduled.borrow() {
                *scheduled.borrow_mut() = true;
                Timeout::new(DELAY_MS, move || {
                    yew::platform::spawn_local(async move {
                        let event = sync(&latest, &written).await;
                        // Free before telling: changes made while writing are written next.
                        *scheduled.borrow_mut() = false;
                        if let Some(event) = event {
                            latest.borrow().dispatch(Action::Working(event));
                        }
                    });
                })
                .forget();
            }
            None
        }),
    );
}

/// Compares the file with what this browser last wrote, then writes the workspace, or asks,
/// or stops with the reason: what to tell the store.
async fn sync(
    latest: &Shared<AppContext>,
    written: &Shared<Option<Rc<Workspace>>>,
) -> Option<WorkingEvent> {
    let state = latest.borrow().clone();
    let (Some(handle), Link::Connected) = (state.working.handle.clone(), &state.working.link)
    else {
        return None;
    };
    let tell = Some;
    let last = state.working.last.as_deref().cloned();
    let (modified, size, file) = match working_file::stat(&handle).await {
        Ok(found) => found,
        Err(problem) => return tell(WorkingEvent::Failed(problem)),
    };
    if !untouched(last.as_ref(), modified, size) {
        let text = match working_file::text(&file).await {
            Ok(text) => text,
            Err(problem) => return tell(WorkingEvent::Failed(problem)),
        };
        let frameworks = state.frameworks.as_slice();
        match decide(last.as_ref(), &text, frameworks) {
            Decision::Write => {}
            Decision::PutAside(err) => return tell(WorkingEvent::PutAside(err)),
            Decision::Theirs(theirs) => {
                let base = last.and_then(|w| read_import(&w.text, frameworks).ok());
                let ours = &state.ws.assessments.list;
                let diffs = differences(base.as_deref(), ours, &theirs);
                let file = Written { text, modified };
                if ours.is_empty() && !diffs.is_empty() {
                    // Nothing here yet (a new computer): the file's assessments, no question.
                    let choices: Vec<Choice> =
                        diffs.iter().map(|d| d.change.default_choice()).collect();
                    let r = resolve(ours, &theirs, &diffs, &choices);
                    return tell(WorkingEvent::Answered(r, file));
                }
                if !diffs.is_empty() {
                    let choices = diffs.iter().map(|d| d.change.default_choice()).collect();
                    return tell(WorkingEvent::Ask(Question {
                        ours: ours.clone(),
                        theirs,
                        diffs,
                        file,
                        choices,
                    }));
                }
            }
        }
    }
    Some(write(latest, &handle, written).await)
}

/// Writes the workspace as it is now, in the format of "Spara som fil".
async fn write(
    latest: &Shared<AppContext>,
    handle: &FileHandle,
    written: &Shared<Option<Rc<Workspace>>>,
) -> WorkingEvent {
    let state = latest.borrow().clone();
    let text = export(&state.ws, &now_iso());
    match working_file::write(handle, &text).await {
        Ok(modified) => {
            let done = Written { text, modified };
            working_file::remember(handle, &done).await;
            *written.borrow_mut() = Some(state.ws.clone());
            WorkingEvent::Wrote(done, local_time())
        }
        Err(problem) => WorkingEvent::Failed(problem),
    }
}
