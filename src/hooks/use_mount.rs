//! The one effect that runs once, after the first render: every such effect of the app goes
//! through it, so that its code is written once rather than once per closure type.

use yew::prelude::*;

/// What to do when the component goes (remove a listener, leave full screen), if anything.
pub type TearDown = Option<Box<dyn FnOnce()>>;

/// Runs `start` once, after the first render; what it returns runs when the component goes.
#[hook]
pub fn use_mount(start: Box<dyn FnOnce() -> TearDown>) {
    use_effect_with((), move |()| {
        let end = start();
        move || {
            if let Some(end) = end {
                end();
            }
        }
    });
}
