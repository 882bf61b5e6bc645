//! Workshops with no server: the set-up travels to the phones in a join link's fragment,
//! answers come back as short answer codes, and the facilitator's device adds them up.

pub mod agreement;
pub mod alphabet;
mod apply;
pub mod carried;
pub mod code;
pub mod collect;
pub mod extract;
pub mod group_work;
pub mod phone;
pub mod qr;
pub mod reveal;
pub mod rounds;
pub mod scan;
pub mod session;
pub mod setup;
mod stop_words;
pub mod summaries;
pub mod word_cloud;

pub use agreement::{results, Agreement, ItemResult, Tally};
pub use apply::{shifts_rated, slides, Workshops};
pub use code::{code_len, decode, encode, grouped, CodeError, Slot};
pub use collect::{paste, PasteReport, Rejection, Response};
pub use group_work::{Board, GroupCommand, GroupWork, Summary};
pub use reveal::{dot_plots, slide_list, DotPlot, PlotSpec, Slide};
pub use session::{Agreed, Participation, Round, Workshop, WorkshopCommand};
pub use setup::{read_join, WorkshopSetup};
