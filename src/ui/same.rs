//! A shared value compared by identity, for hooks' dependencies: the store makes a new one on
//! every change, so comparing the pointer says whether it changed without reading it all.

use std::rc::Rc;

pub struct Same<T>(pub Rc<T>);

impl<T> PartialEq for Same<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}
