//! The organisation view: many units' files side by side.

mod rollup_view;
mod unit_radars;

pub use rollup_view::RollupView;
