//! A component's state of any type through one state type: Yew compiles `use_state` anew for
//! each type it holds, so these states hold theirs behind `Rc<dyn Any>`, and that code is
//! written once.

use std::any::Any;
use std::marker::PhantomData;
use std::ops::Deref;
use std::rc::Rc;

use yew::prelude::*;

/// A state holding a `T`, like `UseStateHandle<T>`: read through `*`, changed with `set`, which
/// draws the component again.
pub struct Slot<T> {
    handle: UseStateHandle<Rc<dyn Any>>,
    kind: PhantomData<T>,
}

impl<T> Clone for Slot<T> {
    fn clone(&self) -> Self {
        Slot {
            handle: self.handle.clone(),
            kind: PhantomData,
        }
    }
}

impl<T: 'static> Deref for Slot<T> {
    type Target = T;

    fn deref(&self) -> &T {
        let value: &dyn Any = &**self.handle;
        value
            .downcast_ref::<T>()
            .expect("a slot holds the type it was made with")
    }
}

impl<T: 'static> Slot<T> {
    /// Holds `value` from now on and draws the component again.
    pub fn set(&self, value: T) {
        self.handle.set(Rc::new(value));
    }
}

/// A state starting as `init()`.
#[hook]
pub fn use_slot<T: 'static, F: FnOnce() -> T>(init: F) -> Slot<T> {
    let handle = use_state(move || Rc::new(init()) as Rc<dyn Any>);
    Slot {
        handle,
        kind: PhantomData,
    }
}

/// A node reference kept from render to render, as Yew's `use_node_ref` (which is a state of its
/// own type) keeps it.
#[hook]
pub fn use_node() -> NodeRef {
    (*use_slot(NodeRef::default)).clone()
}
