//! The participant page (`join.html`): a bundle of its own, holding only what a phone needs to
//! open a join link, rate and show its answer code. The rules are the core's
//! (`kompass_core::workshop::phone`); the round itself is the full app's [`PhoneRound`].
//!
//! [`PhoneRound`]: crate::features::workshop::PhoneRound

mod participant_app;
mod phone_header;
mod phone_store;

pub use participant_app::ParticipantApp;
pub use phone_header::phone_header;
pub use phone_store::{PhoneContext, PhoneState};
