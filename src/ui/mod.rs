//! Shared widgets: header and navigation, banners, charts, the QR code, the scale field, framework text.

mod header;
mod language_switch;
mod localized;
mod markup;
mod qr_code;
mod radar_chart;
mod same;
mod scale_field;
mod storage_banner;
mod timeline_chart;
mod update_prompt;
mod view_nav;

pub use header::app_header;
pub use language_switch::language_switch;
pub use localized::{item_label, item_title, level_label, loc, unit_name};
pub use markup::leaf;
pub use qr_code::qr_code;
pub use radar_chart::{radar_chart, RadarChartProps};
pub use same::Same;
pub use scale_field::{scale_field, ScaleFieldProps};
pub use storage_banner::{storage_banner, SaveState};
pub use timeline_chart::{timeline_chart, TimelineChartProps};
pub use update_prompt::update_prompt;
pub use view_nav::view_nav;
