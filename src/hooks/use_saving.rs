//! Saving the workspace in this browser: autosave after every change, and taking over what
//! another tab of the same browser saved.

use yew::prelude::*;

use crate::platform::local_storage::{self, SaveProblem};
use crate::store::{Action, AppContext};
use crate::ui::SaveState;
use kompass_core::files::saved::encode;

/// Writes every change of the workspace at once (never from the reducer), except what was just
/// taken over from another tab, which is saved already. Another tab's save is taken over, so
/// that this tab's next save builds on it; what a newer version saved there cannot be taken
/// over, and this tab stops saving. `can_save` is false while unreadable saved data could not
/// be put aside. Returns how the last save went.
#[hook]
pub fn use_saving(state: AppContext, can_save: bool) -> SaveState {
    let save = use_state(|| {
        if can_save {
            SaveState::Idle
        } else {
            SaveState::Off
        }
    });
    let blocked = use_mut_ref(|| false);
    {
        let (state, save, blocked) = (state.clone(), save.clone(), blocked.clone());
        use_effect_with((), move |()| {
            let listener = local_storage::on_other_tab_save(
                move |workspace| state.dispatch(Action::Adopt(Box::new(workspace))),
                move || {
                    *blocked.borrow_mut() = true;
                    save.set(SaveState::Failed(SaveProblem::NewerElsewhere));
                },
            );
            move || drop(listener)
        });
    }
    {
        let save = save.clone();
        use_effect_with(
            (state.ws.clone(), state.from_other_tab),
            move |(workspace, adopted)| {
                if can_save && !adopted && !*blocked.borrow() {
                    save.set(match local_storage::save(&encode(workspace)) {
                        Ok(()) => SaveState::Saved,
                        Err(problem) => SaveState::Failed(problem),
                    });
                }
            },
        );
    }
    *save
}
