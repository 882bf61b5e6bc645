//! The app's effects through one effect type: each effect of Yew is compiled anew for each type
//! of its closure and dependencies, so the app's effects box theirs, and that code is written
//! once.

use std::any::Any;

use yew::prelude::*;

/// What to do when the dependencies change or the component goes (remove a listener, leave
/// full screen), if anything.
pub type TearDown = Option<Box<dyn FnOnce()>>;

/// An effect's dependencies, compared with those of the render before.
pub trait Deps: Any {
    /// Whether `before` holds the same dependencies.
    fn same(&self, before: &dyn Any) -> bool;
    fn as_any(&self) -> &dyn Any;
}

impl<D: PartialEq + 'static> Deps for D {
    fn same(&self, before: &dyn Any) -> bool {
        before.downcast_ref::<D>() == Some(self)
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// Dependencies that differ on every render: the effect runs after each.
pub struct EveryRender;

impl PartialEq for EveryRender {
    fn eq(&self, _: &Self) -> bool {
        false
    }
}

/// Boxed dependencies, compared through [`Deps`].
struct Keyed(Box<dyn Deps>);

impl PartialEq for Keyed {
    fn eq(&self, other: &Self) -> bool {
        self.0.same(other.0.as_any())
    }
}

/// Runs `start` after the first render and after each render whose `deps` differ from the
/// render before; what it returns runs before the next start and when the component goes.
#[hook]
pub fn use_effect_on(deps: Box<dyn Deps>, start: Box<dyn FnOnce() -> TearDown>) {
    use_effect_with(Keyed(deps), move |_| {
        let end = start();
        move || {
            if let Some(end) = end {
                end();
            }
        }
    });
}

/// Runs `start` once, after the first render; what it returns runs when the component goes.
#[hook]
pub fn use_mount(start: Box<dyn FnOnce() -> TearDown>) {
    use_effect_on(Box::new(()), start);
}
