//! Keys of the participant's texts on a phone: rating one item per screen and the answer code.
//! A feature of its own so that the participant page (`join.html`) carries only these.

/// Every fixed text of the participant's round.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PhoneText {
    Heading,
    ParticipantIntro,
    Back,
    Next,
    Done,
    NothingAnswered,
    YourCode,
    CodeWays,
    CodeChat,
    CodeSay,
    CodeCamera,
    QrCode,
    ChangeNote,
    ChangeAnswers,
    Leave,
    BadLink,
    JoinFirst,
}

/// The participant's texts with values in them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PhoneMsg<'a> {
    /// The workshop's heading, with its id.
    WorkshopId { id: &'a str },
    /// Where the participant is: "2 av 4".
    ItemOf { i: usize, n: usize },
}

localized_by!(PhoneText, &'static str, phone::text);
localized_by!(PhoneMsg<'_>, String, phone::message);
