//! Size-oriented constructors for the `html!` macro (local fork, see vendor/README.md).
//!
//! Upstream `html!` writes the whole construction of every element (a fresh `NodeRef`, the
//! `VTag`, its `Rc`) inline at each place an element is written. These functions are not
//! inlined, so each place is only a call. They build exactly the nodes the upstream expansion
//! builds.

use std::rc::Rc;

use super::{AttrValue, AttributeOrProperty, Attributes, Listener, Listeners, VNode, VTag};
use crate::html::NodeRef;

/// An element with a literal tag name and neither `ref` nor `key`.
#[doc(hidden)]
#[inline(never)]
pub fn __el(
    tag: &'static str,
    attributes: Attributes,
    listeners: Listeners,
    children: VNode,
) -> VNode {
    VNode::VTag(Rc::new(VTag::__new_other(
        AttrValue::Static(tag),
        NodeRef::default(),
        None,
        attributes,
        listeners,
        children,
    )))
}

/// An element with a literal tag name, attributes known at compile time, no listener and
/// neither `ref` nor `key`.
#[doc(hidden)]
#[inline(never)]
pub fn __static_el(
    tag: &'static str,
    attributes: &'static [(&'static str, AttributeOrProperty)],
    children: VNode,
) -> VNode {
    __el(tag, Attributes::Static(attributes), Listeners::None, children)
}

/// An element with a literal tag name, attributes known at compile time, one listener and
/// neither `ref` nor `key`.
#[doc(hidden)]
#[inline(never)]
pub fn __static_el_on(
    tag: &'static str,
    attributes: &'static [(&'static str, AttributeOrProperty)],
    listener: Option<Rc<dyn Listener>>,
    children: VNode,
) -> VNode {
    __el(
        tag,
        Attributes::Static(attributes),
        __one_listener(listener),
        children,
    )
}

/// An element with a literal tag name, attributes known only at run time, no listener and
/// neither `ref` nor `key`.
#[doc(hidden)]
#[inline(never)]
pub fn __dynamic_el<const N: usize>(
    tag: &'static str,
    keys: &'static [&'static str],
    values: [Option<AttributeOrProperty>; N],
    children: VNode,
) -> VNode {
    __el(
        tag,
        __dynamic_attributes(keys, values),
        Listeners::None,
        children,
    )
}

/// An `<input>` with neither `ref` nor `key`.
#[doc(hidden)]
#[inline(never)]
pub fn __input(
    value: Option<AttrValue>,
    checked: Option<bool>,
    attributes: Attributes,
    listeners: Listeners,
) -> VNode {
    VNode::VTag(Rc::new(VTag::__new_input(
        value,
        checked,
        NodeRef::default(),
        None,
        attributes,
        listeners,
    )))
}

/// A `<textarea>` with neither `ref` nor `key`.
#[doc(hidden)]
#[inline(never)]
pub fn __textarea(
    value: Option<AttrValue>,
    defaultvalue: Option<AttrValue>,
    attributes: Attributes,
    listeners: Listeners,
) -> VNode {
    VNode::VTag(Rc::new(VTag::__new_textarea(
        value,
        defaultvalue,
        NodeRef::default(),
        None,
        attributes,
        listeners,
    )))
}

/// An element's only listener: the same as upstream's `Listeners::Pending(Box::new([listener]))`.
#[doc(hidden)]
#[inline(never)]
pub fn __one_listener(listener: Option<Rc<dyn Listener>>) -> Listeners {
    Listeners::Pending(Box::new([listener]))
}

/// Attributes whose values are known only at run time: the same as upstream's
/// `Attributes::Dynamic { keys, values: Box::new(values) }`.
#[doc(hidden)]
#[inline(never)]
pub fn __dynamic_attributes<const N: usize>(
    keys: &'static [&'static str],
    values: [Option<AttributeOrProperty>; N],
) -> Attributes {
    Attributes::Dynamic {
        keys,
        values: Box::new(values),
    }
}
