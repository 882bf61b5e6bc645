//! Every browser API the app uses, one module per concern; components and hooks call these
//! instead of reaching for `web_sys::window()` themselves.

pub mod barcode;
pub mod camera;
pub mod clipboard;
pub mod clock;
pub mod compression;
pub mod document;
pub mod download;
pub mod file_read;
pub mod framework_file;
pub mod fullscreen;
pub mod idb;
pub mod js_call;
pub mod keys;
pub mod local_storage;
pub mod location;
pub mod page_hide;
pub mod random;
pub mod site_file;
pub mod sound;
pub mod storage_estimate;
pub mod timing;
pub mod update;
pub mod working_file;
