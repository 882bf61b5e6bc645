//! Every browser API the app uses, one module per concern; components and hooks call these only.

pub mod clipboard;
pub mod clock;
pub mod download;
pub mod file_read;
pub mod framework_file;
pub mod local_storage;
pub mod random;
pub mod timing;
