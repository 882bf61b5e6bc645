//! Effects as custom hooks, so components and the root only render.

mod use_app;
mod use_camera_scan;
mod use_effect_on;
mod use_framework_file;
mod use_framework_link;
mod use_join_link;
mod use_page;
mod use_persist_storage;
mod use_phone_link;
mod use_print_footer;
mod use_projector;
mod use_saving;
mod use_share_link;
mod use_site;
mod use_slot;
mod use_storage_usage;
mod use_update_ready;
mod use_working_file;

pub use use_app::use_app;
pub use use_camera_scan::{use_camera_scan, CameraState};
pub use use_effect_on::{use_effect_on, use_mount, EveryRender, TearDown};
pub use use_framework_file::use_framework_file;
pub use use_framework_link::use_framework_link;
pub use use_join_link::use_join_link;
pub use use_page::{use_document_lang, use_focus_on_step, use_theme};
pub use use_persist_storage::use_persist_storage;
pub use use_phone_link::{use_phone_link, LinkState};
pub use use_print_footer::use_print_footer;
pub use use_projector::{use_full_screen, use_slide_keys};
pub use use_saving::use_saving;
pub use use_share_link::{use_share_link, Shared};
pub use use_site::use_site;
pub use use_slot::{use_node, use_slot, Slot};
pub use use_storage_usage::{use_storage_usage, StorageUse};
pub use use_update_ready::use_update_ready;
pub use use_working_file::use_working_file;
