//! English: the participant's texts on a phone (rating and the answer code).

use crate::i18n::{PhoneMsg as M, PhoneText as T};

pub fn text(key: T) -> &'static str {
    match key {
        T::Heading => "Workshop",
        T::ParticipantIntro => "Rate on your own. Nothing is sent anywhere: when you are done you get a code to give to the facilitator.",
        T::Back => "Back",
        T::Next => "Next",
        T::Done => "Done – show my answer code",
        T::NothingAnswered => "Rate at least one thing before you get your code.",
        T::YourCode => "Your answer code",
        T::CodeWays => "Hand in the code in the way that suits the room:",
        T::CodeChat => "write it in the chat,",
        T::CodeSay => "read it out to the facilitator,",
        T::CodeCamera => "or show the QR code to the facilitator's camera.",
        T::QrCode => "QR code with your answer code",
        T::ChangeNote => "If you have already given your code, it counts. Changing your answers gives you a new code.",
        T::ChangeAnswers => "Change my answers",
        T::Leave => "Leave the workshop",
        T::BadLink => "The workshop link cannot be read. Ask the facilitator for a new link.",
        T::JoinFirst => "Open the link or scan the QR code the facilitator shows to get to the workshop.",
    }
}

pub fn message(msg: M) -> String {
    match msg {
        M::WorkshopId { id } => format!("Workshop {id}"),
        M::ItemOf { i, n } => format!("{i} of {n}"),
    }
}
