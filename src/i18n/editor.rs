//! Keys of the editor's texts ("Eget ramverk"): the user's own framework.

use kompass_core::editor::ListKind;
use kompass_core::FrameworkError;

/// Every fixed text of the editor.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EditorText {
    Heading,
    Intro,
    StartHeading,
    StartIntro,
    NewEmpty,
    ContinueDraft,
    AboutHeading,
    Name,
    Source,
    SourceHint,
    Horizon,
    HorizonHint,
    TargetPicture,
    FactorsTitle,
    FactorsTitleHint,
    Swedish,
    English,
    QuestionsHeading,
    GoalsHeading,
    ShiftsHeading,
    FactorsHeading,
    ContextHeading,
    GoalName,
    GoalSummary,
    GoalDescription,
    DescriptionHint,
    From,
    To,
    FactorName,
    Serves,
    NoGoalsYet,
    Rationale,
    ContextTitle,
    ContextItems,
    ItemsHint,
    Remove,
    MoveUp,
    MoveDown,
    Undo,
    Removed,
    Use,
    Preview,
    BackToEditing,
    Discard,
    DiscardConfirm,
    DiscardYes,
    Cancel,
    SummaryHeading,
    ErrorPrefix,
    DraftNote,
    PreviewNote,
    ListFull,
    ShowEnglish,
    ScalesHeading,
    ScalesIntro,
    AppScale,
    ScaleName,
    Steps,
    StartLegend,
    ItemScale,
    OwnWording,
    ConflictHeading,
    KeepBoth,
    ReplaceMine,
    SaveFrameworkFile,
    ShareFramework,
    FrameworkLinkExplain,
    FrameworkLinkLabel,
    FrameworkLinkDamaged,
}

/// Editor texts with values in them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EditorMsg<'a> {
    /// "Utgå från Sörmland 2035": a copy of the framework chosen.
    CopyOf(&'a str),
    /// "Ändra Vår målbild": edit an own framework.
    EditOwn(&'a str),
    /// "Bygger på Sörmland 2035".
    BasedOn(&'a str),
    /// The heading of one entry of a list: "Målområde 2".
    Entry(ListKind, usize),
    /// "Lägg till målområde".
    Add(ListKind),
    /// A step of a scale by its number: "Steg 3".
    Step(u8),
    /// A scale an item can be rated on: its name (or place) and its numbers.
    ScaleOption { name: &'a str, min: u8, max: u8 },
    /// A problem the validator found, in words for the field it is shown at.
    Problem(&'a FrameworkError),
    /// A framework from a file or a link is now among the own ones.
    FrameworkAdded(&'a str),
    /// A file or link brings framework `there` whose id is that of `here`, with other content.
    Conflict { here: &'a str, there: &'a str },
}

localized_by!(EditorText, &'static str, editor::text);

localized_by!(EditorMsg<'_>, String, editor::message);
