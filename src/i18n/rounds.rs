//! Keys of the group work's texts: the opening question and its word cloud, group rounds and
//! the groups' summaries.

/// Every fixed text of the group work.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RoundsText {
    OpeningHeading,
    /// The opening question itself, from the Kalmar deck.
    OpeningQuestion,
    OpeningShow,
    AnswersLabel,
    AnswersHint,
    CloudHeading,
    CloudCaption,
    ColWord,
    ColCount,
    CloudEmpty,
    RoundsIntro,
    RoundsOn,
    RoundsOff,
    NoShifts,
    GroupsLabel,
    RoundsLabel,
    MinutesLabel,
    PlanCaption,
    ColGroup,
    Appoint,
    WriteSummary,
    SummariesHeading,
    SummariesLabel,
    SummariesHint,
    Sort,
    NothingSorted,
    NoSummaries,
    AsideHeading,
    AsideHelp,
    Clear,
    ClearConfirm,
    SavedWithNotes,
    SlideSummaries,
    SlideNoSummaries,
}

/// Group work texts with values in them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RoundsMsg<'a> {
    Round(usize),
    /// Round `i` of `n` as a slide's heading.
    RoundOf {
        i: usize,
        n: usize,
    },
    /// One group or a range ("1–4") of them.
    Groups {
        ranges: &'a str,
        many: bool,
    },
    /// A summary's heading: the group and, with more than one round, the round.
    SummaryOf {
        group: u8,
        round: Option<usize>,
    },
    /// Which shift group `group` discusses in round `round` (a select's name).
    ShiftFor {
        group: u8,
        round: usize,
    },
    Sorted {
        sorted: usize,
        aside: usize,
        repeated: usize,
    },
    /// How many words were counted and how many differ.
    Words {
        words: usize,
        distinct: usize,
    },
}

localized_by!(RoundsText, &'static str, rounds::text);

localized_by!(RoundsMsg<'_>, String, rounds::message);
