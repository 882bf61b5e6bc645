//! Each feature's components in a folder of its own.

pub mod about;
pub mod assessment;
pub mod editor;
pub mod files;
pub mod history;
pub mod participant;
pub mod results;
pub mod rollup;
pub mod workshop;
