//! Effects as custom hooks, so components and the root only render.

pub mod use_join_link;
