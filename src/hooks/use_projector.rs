//! The projector's page: full screen while it is shown, and the keys that move between slides.

use yew::prelude::*;

use crate::hooks::{use_effect_on, use_mount};
use crate::platform::{fullscreen, keys};
use crate::store::{send, AppContext};
use kompass_core::workshop::WorkshopCommand;
use kompass_core::{Command, NavCommand, Step};

/// Asks for full screen when the projector opens and leaves it when it closes.
#[hook]
pub fn use_full_screen() {
    use_mount(Box::new(|| {
        fullscreen::enter();
        Some(Box::new(fullscreen::leave))
    }));
}

/// Arrows, space and PageUp/PageDown (a presentation clicker) move from `slide`; Esc leaves
/// the projector for the facilitator's page.
#[hook]
pub fn use_slide_keys(state: AppContext, slide: usize) {
    use_effect_on(
        Box::new(slide),
        Box::new(move || {
            let listener = keys::on_key(move |press| {
                let go = |to: usize| send(&state, Command::Workshop(WorkshopCommand::Slide(to)));
                match press.key.as_str() {
                    "ArrowRight" | "ArrowDown" | "PageDown" => go(slide + 1),
                    // Space presses a focused button instead.
                    " " if !press.on_control => go(slide + 1),
                    "ArrowLeft" | "ArrowUp" | "PageUp" if slide > 0 => go(slide - 1),
                    "Escape" => send(&state, Command::Navigate(NavCommand::GoTo(Step::Workshop))),
                    _ => return false,
                }
                true
            });
            Some(Box::new(move || drop(listener)))
        }),
    );
}
