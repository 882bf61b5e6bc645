use std::rc::Rc;

use yew::prelude::*;

use kompass_core::workshop::phone::{Phone, PhoneEvent};

/// The participant page's one store: the core's [`Phone`], changed only by [`PhoneEvent`]s.
#[derive(Clone, Debug)]
pub struct PhoneState {
    pub phone: Rc<Phone>,
}

/// A change makes a new `Phone`, so the same one is the same state (and no deep comparison of
/// frameworks lands in the participant's bundle).
impl PartialEq for PhoneState {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.phone, &other.phone)
    }
}

pub type PhoneContext = UseReducerHandle<PhoneState>;

impl Reducible for PhoneState {
    type Action = PhoneEvent;

    fn reduce(self: Rc<Self>, event: PhoneEvent) -> Rc<Self> {
        let mut phone = (*self.phone).clone();
        if phone.update(event) {
            Rc::new(PhoneState {
                phone: Rc::new(phone),
            })
        } else {
            self
        }
    }
}
