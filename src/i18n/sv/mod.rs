//! Svenska: the first language of the app, one file per feature.

pub mod about;
pub mod assessment;
pub mod common;
pub mod editor;
pub mod errors;
pub mod files;
pub mod history;
pub mod phone;
pub mod results;
pub mod rollup;
pub mod rounds;
pub mod scan;
pub mod working;
pub mod workshop;
