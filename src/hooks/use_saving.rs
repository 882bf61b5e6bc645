//! Saving the workspace in this browser: autosave after every change, and taking over what
//! another tab of the same browser saved.

use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

use crate::hooks::{use_effect_on, use_mount, use_slot, Slot};
use crate::platform::local_storage::{self, SaveProblem};
use crate::platform::page_hide::on_page_hide;
use crate::platform::timing::next_task;
use crate::store::{Action, AppContext};
use crate::ui::SaveState;
use kompass_core::files::save_steps::SaveSteps;
use kompass_core::files::saved::encode;
use kompass_core::Workspace;

/// The saved form is written in parts of about this size, each in a task of its own: 8 MB (a
/// workspace of 100,000 short assessments) took about 200 ms in one frozen stretch. A smaller
/// workspace is written in one part, at once, as before.
const STEP_BYTES: usize = 1 << 20;

/// The workspace whose save is still being written in steps, if any.
type Unsaved = Rc<RefCell<Option<Rc<Workspace>>>>;

/// What a save in steps needs from the hook: where to say how it went, whether saving has
/// stopped, the count of changes, and the workspace not saved yet.
struct Handles {
    save: Slot<SaveState>,
    blocked: Rc<RefCell<bool>>,
    generation: Rc<RefCell<u32>>,
    unsaved: Unsaved,
}

/// Writes every change of the workspace at once (never from the reducer), except what was just
/// taken over from another tab, which is saved already. Another tab's save is taken over, so
/// that this tab's next save builds on it; what a newer version saved there cannot be taken
/// over, and this tab stops saving. `can_save` is false while unreadable saved data could not
/// be put aside. Returns how the last save went.
#[hook]
pub fn use_saving(state: AppContext, can_save: bool) -> SaveState {
    let save = use_slot(|| {
        if can_save {
            SaveState::Idle
        } else {
            SaveState::Off
        }
    });
    let blocked = use_mut_ref(|| false);
    // Counts the changes, so that a save still being written in steps gives way to a newer one.
    let generation = use_mut_ref(|| 0_u32);
    // The workspace whose save is still being written in steps: if the page is left or hidden
    // first, it is written at once, so that closing the tab loses nothing.
    let unsaved: Unsaved = use_mut_ref(|| None);
    {
        let (unsaved, blocked) = (unsaved.clone(), blocked.clone());
        use_mount(Box::new(move || {
            let listeners = on_page_hide(move || {
                let pending = unsaved.borrow_mut().take();
                if let (Some(workspace), false) = (pending, *blocked.borrow()) {
                    // The page may be gone before a result could be shown; a refusal is shown
                    // by the save in steps, which goes on if the page was only hidden.
                    let _ = local_storage::save(&encode(&workspace));
                }
            });
            Some(Box::new(move || drop(listeners)))
        }));
    }
    {
        let (state, save, blocked) = (state.clone(), save.clone(), blocked.clone());
        use_mount(Box::new(move || {
            let listener = local_storage::on_other_tab_save(
                move |workspace| state.dispatch(Action::Adopt(Box::new(workspace))),
                move || {
                    *blocked.borrow_mut() = true;
                    save.set(SaveState::Failed(SaveProblem::NewerElsewhere));
                },
            );
            Some(Box::new(move || drop(listener)))
        }));
    }
    {
        let save = save.clone();
        let deps = (state.ws.clone(), state.from_other_tab);
        use_effect_on(
            Box::new(deps.clone()),
            Box::new(move || {
                let (workspace, adopted) = &deps;
                *generation.borrow_mut() += 1;
                *unsaved.borrow_mut() = None;
                if can_save && !adopted && !*blocked.borrow() {
                    let mut steps = SaveSteps::new(workspace);
                    if let Some(text) = steps.next(workspace, STEP_BYTES) {
                        write(&save, &text);
                    } else {
                        *unsaved.borrow_mut() = Some(Rc::clone(workspace));
                        yew::platform::spawn_local(save_in_steps(
                            Rc::clone(workspace),
                            steps,
                            Handles {
                                save,
                                blocked,
                                generation,
                                unsaved,
                            },
                        ));
                    }
                }
                None
            }),
        );
    }
    *save
}

/// Writes `text` and says how it went.
fn write(save: &Slot<SaveState>, text: &str) {
    save.set(match local_storage::save(text) {
        Ok(()) => SaveState::Saved,
        Err(problem) => SaveState::Failed(problem),
    });
}

/// Goes on writing a big workspace's saved form, a part per task, then saves it; gives up as
/// soon as a newer change has started its own save (or saving has stopped).
async fn save_in_steps(workspace: Rc<Workspace>, mut steps: SaveSteps, h: Handles) {
    let Handles {
        save,
        blocked,
        generation,
        unsaved,
    } = h;
    let mine = *generation.borrow();
    loop {
        next_task().await;
        if *generation.borrow() != mine || *blocked.borrow() {
            return;
        }
        if let Some(text) = steps.next(&workspace, STEP_BYTES) {
            next_task().await;
            if *generation.borrow() == mine && !*blocked.borrow() {
                write(&save, &text);
                *unsaved.borrow_mut() = None;
            }
            return;
        }
    }
}
