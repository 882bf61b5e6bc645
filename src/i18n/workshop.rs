//! Keys of the workshop's texts: set-up, joining, answer codes, results, consensus, projector.

use kompass_core::workshop::{Agreement, Rejection};

/// Every fixed text of the workshop.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WorkshopText {
    Nav,
    Heading,
    Intro,
    SetupHeading,
    UnitLabel,
    ItemsLegend,
    Targets,
    Anonymous,
    MinGroup,
    Create,
    NoItems,
    TooMany,
    MinGroupBad,
    JoinHeading,
    JoinHelp,
    QrJoin,
    CollectHeading,
    PasteLabel,
    PasteHint,
    PasteButton,
    NothingFound,
    RoundStart,
    RoundHelp,
    RoundName,
    RoundSubmit,
    RoundEnd,
    Reveal,
    Hide,
    Hidden,
    OrderNote,
    Median,
    Spread,
    Distribution,
    Blank,
    ConsensusHelp,
    AgreedNow,
    AgreedTarget,
    GroupNotes,
    Save,
    Saved,
    OpenSaved,
    Projector,
    ProjectorHelp,
    LeaveProjector,
    Next,
    Previous,
    Timer,
    TimerStart,
    TimerPause,
    TimerReset,
    ResultsSlide,
    End,
    EndConfirm,
    Consensus,
    Split,
    Uncertain,
    Typo,
    OtherWorkshop,
    Duplicate,
    OverviewSlide,
    AgreementHeader,
    TargetMedian,
    Item,
    Step,
    StepJoin,
    StepCollect,
    StepReveal,
    StepAgree,
    /// The facilitator's step of group dialogues in rounds.
    StepGroups,
    StateOpen,
    StateHidden,
    StateShown,
    StateTooFew,
    StateSaved,
    StateNotSaved,
    AgreeAfter,
}

impl WorkshopText {
    /// How much the answers to an item agree.
    pub fn agreement(agreement: Agreement) -> Self {
        match agreement {
            Agreement::Consensus => Self::Consensus,
            Agreement::Split => Self::Split,
            Agreement::Uncertain => Self::Uncertain,
        }
    }

    /// Why an answer code was not added.
    pub fn rejection(rejection: Rejection) -> Self {
        match rejection {
            Rejection::Typo => Self::Typo,
            Rejection::OtherWorkshop => Self::OtherWorkshop,
            Rejection::Duplicate => Self::Duplicate,
        }
    }
}

/// Workshop texts with values in them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WorkshopMsg<'a> {
    /// How many answers are collected.
    Collected(usize),
    /// How many pasted codes were added.
    Added(usize),
    /// How many pasted codes could not be added (a list follows).
    NotAdded(usize),
    /// How long the answer code will be.
    CodeLength(usize),
    /// The workshop's heading, naming its id.
    WorkshopId { id: &'a str },
    /// Why no result shows yet: fewer than `min` answers.
    TooFew { min: u8, n: usize },
    /// How many have handed in during a round on one device.
    RoundGiven(usize),
    /// A number of steps on the scale (the spread of the answers).
    Steps(u8),
    /// A median given doubled: "3" or "2,5" / "2.5"; a dash if there is none.
    Median(Option<u8>),
    /// The option that keeps the median as the shared assessment.
    MedianOption { level: &'a str },
    /// Which screen of the projector is showing.
    SlideOf { i: usize, n: usize },
    /// How many answers an item has.
    AnswersCount(usize),
    /// The group dialogues' step state: how many rounds are planned.
    StateRounds(usize),
    /// An item's agreement in words with its spread: "Delade meningar – spridning 3 steg".
    AgreementSpread { agreement: &'a str, steps: u8 },
    /// A median inside a line: "median 3".
    MedianLine(Option<u8>),
}

localized_by!(WorkshopText, &'static str, workshop::text);

localized_by!(WorkshopMsg<'_>, String, workshop::message);
