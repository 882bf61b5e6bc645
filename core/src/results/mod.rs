//! What the answers mean: scoring, radar and timeline geometry, a unit's history and trend,
//! the projection toward the target, and comparing two assessments.

pub mod compare;
pub mod history;
pub mod projection;
pub mod radar;
pub mod scoring;
pub mod summary;
pub mod timeline;
