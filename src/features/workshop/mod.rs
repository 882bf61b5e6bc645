//! Workshops: the facilitator's page, the projector and the participant's phone.

mod collect;
mod consensus;
mod discussion_slide;
pub(crate) mod dot_plot;
mod facilitator_steps;
mod join;
mod overview_slide;
mod participant_code;
mod participant_view;
mod projector_view;
mod rating_step;
mod results;
mod reveal_slide;
mod round_timer;
mod setup;
mod workshop_view;

pub use collect::WorkshopCollect;
pub use consensus::WorkshopConsensus;
pub use discussion_slide::discussion_slide;
pub use facilitator_steps::{facilitator_step, StepHead};
pub use join::{join_link, WorkshopJoin};
pub use overview_slide::overview_slide;
pub use participant_code::participant_code;
pub use participant_view::ParticipantView;
pub use projector_view::ProjectorView;
pub use rating_step::{rating_list, rating_step, RatingStep};
pub use results::{ResultItem, ResultItemProps, WorkshopResults};
pub use reveal_slide::reveal_slide;
pub use round_timer::RoundTimer;
pub use setup::WorkshopSetupForm;
pub use workshop_view::WorkshopView;
