//! The organisation view: many units' files side by side.

mod rollup_view;

pub use rollup_view::RollupView;
