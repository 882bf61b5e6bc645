//! Workshops: the facilitator's page, the projector and the participant's phone.

mod collect;
mod consensus;
mod join;
mod opening_question;
mod participant_view;
mod projector_view;
mod rating_list;
mod results;
mod round_timer;
mod rounds_setup;
mod rounds_slide;
mod setup;
mod summaries;
mod word_cloud;
mod workshop_view;

pub use collect::WorkshopCollect;
pub use consensus::WorkshopConsensus;
pub use join::{join_link, WorkshopJoin};
pub use opening_question::opening_question;
pub use participant_view::ParticipantView;
pub use projector_view::ProjectorView;
pub use rating_list::RatingList;
pub use results::{ResultItem, ResultItemProps, WorkshopResults};
pub use round_timer::RoundTimer;
pub use rounds_setup::group_rounds;
pub use rounds_slide::group_slide;
pub use setup::WorkshopSetupForm;
pub use summaries::GroupSummaries;
pub use word_cloud::word_cloud;
pub use workshop_view::WorkshopView;
