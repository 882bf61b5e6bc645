//! This module contains useful utilities to get information about the current document.

use std::marker::PhantomData;

use implicit_clone::unsync::IArray;
use implicit_clone::ImplicitClone;
use yew::html::ChildrenRenderer;

/// Map `IntoIterator<Item = Into<T>>` to `Iterator<Item = T>`
pub fn into_node_iter<IT, T, R>(it: IT) -> impl Iterator<Item = R>
where
    IT: IntoIterator<Item = T>,
    T: Into<R>,
{
    it.into_iter().map(|n| n.into())
}

/// The nodes a `{ expr }` child of `html!` stands for (none, one or several).
///
/// Local fork (vendor/README.md): upstream keeps them in an `IArray`, so that even a single node
/// costs an `Rc` allocation; here a single node is kept as it is, and `html!` adds the nodes to
/// its list through [`NodeSeq::__push_into`], which is not inlined.
#[doc(hidden)]
#[derive(Debug)]
pub struct NodeSeq<IN, OUT>(Seq<OUT>, PhantomData<IN>);

#[doc(hidden)]
#[derive(Debug)]
pub enum Seq<OUT> {
    Empty,
    One(OUT),
    Many(Vec<OUT>),
}

impl<IN: Into<OUT>, OUT> From<IN> for NodeSeq<IN, OUT> {
    fn from(val: IN) -> Self {
        Self(Seq::One(val.into()), PhantomData)
    }
}

impl<IN: Into<OUT>, OUT> From<Option<IN>> for NodeSeq<IN, OUT> {
    fn from(val: Option<IN>) -> Self {
        Self(
            val.map_or(Seq::Empty, |s| Seq::One(s.into())),
            PhantomData,
        )
    }
}

impl<IN: Into<OUT>, OUT> From<Vec<IN>> for NodeSeq<IN, OUT> {
    fn from(val: Vec<IN>) -> Self {
        Self(
            Seq::Many(val.into_iter().map(|x| x.into()).collect()),
            PhantomData,
        )
    }
}

impl<IN: Into<OUT> + ImplicitClone, OUT> From<IArray<IN>> for NodeSeq<IN, OUT> {
    fn from(val: IArray<IN>) -> Self {
        Self(
            Seq::Many(val.into_iter().map(|x| x.into()).collect()),
            PhantomData,
        )
    }
}

impl<IN: Into<OUT> + ImplicitClone, OUT> From<&IArray<IN>> for NodeSeq<IN, OUT> {
    fn from(val: &IArray<IN>) -> Self {
        Self(
            Seq::Many(val.clone().into_iter().map(|x| x.into()).collect()),
            PhantomData,
        )
    }
}

impl<IN: Into<OUT> + Clone, OUT> From<&ChildrenRenderer<IN>> for NodeSeq<IN, OUT> {
    fn from(val: &ChildrenRenderer<IN>) -> Self {
        Self(
            Seq::Many(val.iter().map(|x| x.into()).collect()),
            PhantomData,
        )
    }
}

impl<IN, OUT> NodeSeq<IN, OUT> {
    /// Adds the nodes to the end of `list` (used by `html!`).
    #[doc(hidden)]
    #[inline]
    pub fn __push_into(self, list: &mut Vec<OUT>) {
        push_seq(self.0, list)
    }
}

#[inline(never)]
fn push_seq<OUT>(seq: Seq<OUT>, list: &mut Vec<OUT>) {
    match seq {
        Seq::Empty => {}
        Seq::One(node) => list.push(node),
        Seq::Many(nodes) => list.extend(nodes),
    }
}

impl<IN, OUT> IntoIterator for NodeSeq<IN, OUT> {
    type IntoIter = std::vec::IntoIter<OUT>;
    type Item = OUT;

    fn into_iter(self) -> Self::IntoIter {
        let mut list = Vec::new();
        push_seq(self.0, &mut list);
        list.into_iter()
    }
}

/// Adds one node to the end of `list` (used by `html!`; not inlined, so that each place is
/// only a call).
#[doc(hidden)]
#[inline(never)]
pub fn __push<OUT>(list: &mut Vec<OUT>, node: OUT) {
    list.push(node)
}

/// Hack to force type mismatch compile errors in yew-macro.
// TODO: replace with `compile_error!`, when `type_name_of_val` is stabilised (https://github.com/rust-lang/rust/issues/66359).
#[doc(hidden)]
pub fn __ensure_type<T>(_: T) {}

/// Print the [web_sys::Node]'s contents as a string for debugging purposes
pub fn print_node(n: &web_sys::Node) -> String {
    use wasm_bindgen::JsCast;

    match n.dyn_ref::<web_sys::Element>() {
        Some(el) => el.outer_html(),
        None => n.text_content().unwrap_or_default(),
    }
}

// NOTE: replace this by Rc::unwrap_or_clone() when it becomes stable
pub(crate) trait RcExt<T: Clone> {
    fn unwrap_or_clone(this: Self) -> T;
}

impl<T: Clone> RcExt<T> for std::rc::Rc<T> {
    fn unwrap_or_clone(this: Self) -> T {
        std::rc::Rc::try_unwrap(this).unwrap_or_else(|rc| (*rc).clone())
    }
}
