//! Workshops: the facilitator's page, the projector and the participant's phone.

mod collect;
mod consensus;
mod join;
mod participant_view;
mod projector_view;
mod rating_list;
mod results;
mod round_timer;
mod scanner;
mod setup;
mod workshop_view;

pub use collect::WorkshopCollect;
pub use consensus::WorkshopConsensus;
pub use join::{join_link, WorkshopJoin};
pub use participant_view::ParticipantView;
pub use projector_view::ProjectorView;
pub use rating_list::RatingList;
pub use results::{ResultItem, ResultItemProps, WorkshopResults};
pub use round_timer::RoundTimer;
pub use scanner::WorkshopScanner;
pub use setup::WorkshopSetupForm;
pub use workshop_view::WorkshopView;
