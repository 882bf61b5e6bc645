//! The organisation view: many units' files side by side.

mod rollup_view;
mod unit_radars;
mod units_table;

pub use rollup_view::RollupView;
