//! English: the group work's texts (opening question, word cloud, group rounds, summaries).

use std::fmt::Write as _;

use crate::i18n::{RoundsMsg as M, RoundsText as T};

pub fn text(key: T) -> &'static str {
    match key {
        T::OpeningHeading => "Opening question",
        T::OpeningQuestion => "Welcome! What does close care mean to you?",
        T::OpeningShow => "Show the question on the projector and make a word cloud of the answers",
        T::AnswersLabel => "The answers from the chat",
        T::AnswersHint => "Paste the answers. You may remove names. Small words such as “and” and “the” (and Swedish ones such as “och”) are not counted, nor are numbers.",
        T::CloudHeading => "Word cloud",
        T::CloudCaption => "The words in the answers and how many times each occurs",
        T::ColWord => "Word",
        T::ColCount => "Count",
        T::CloudEmpty => "No words yet.",
        T::RoundsIntro => "The groups discuss one shift per round from two questions. After each round every group writes a short summary in the chat.",
        T::RoundsOn => "Plan group dialogues",
        T::RoundsOff => "Remove the group dialogues",
        T::NoShifts => "The group dialogues are about the shifts, and this workshop rates no shift.",
        T::GroupsLabel => "Number of groups",
        T::RoundsLabel => "Number of rounds",
        T::MinutesLabel => "Minutes per round",
        T::PlanCaption => "Which shift each group discusses",
        T::ColGroup => "Group",
        T::Appoint => "Choose one person to lead the conversation and one to take notes.",
        T::WriteSummary => "Then write a short summary in the chat, starting with your group's number, for example “Group 3: …”. Be ready to tell the other groups.",
        T::SummariesHeading => "The groups' summaries",
        T::SummariesLabel => "Paste the chat with the summaries",
        T::SummariesHint => "A line starting with “Group 3:”, “Grupp 3 -” or “G3:” starts group 3's text, and the lines after it belong to it. Group 3's first text goes to round 1 and the next to round 2, unless the line says “Group 3, round 2:”. You may paste the whole chat again – what is already there is not added twice.",
        T::Sort => "Sort the summaries",
        T::NothingSorted => "No new text was found.",
        T::NoSummaries => "No summaries yet.",
        T::AsideHeading => "Text without a group",
        T::AsideHelp => "This text belonged to no group in the plan. It is kept here and not lost.",
        T::Clear => "Clear the summaries",
        T::ClearConfirm => "Yes, clear all summaries",
        T::SavedWithNotes => "The summaries are saved with the notes of each shift when you save the agreed result.",
        T::SlideSummaries => "The groups' summaries",
        T::SlideNoSummaries => "No summaries about this shift yet.",
    }
}

pub fn message(msg: M) -> String {
    match msg {
        M::Round(n) => format!("Round {n}"),
        M::RoundOf { i, n } => format!("Group dialogue – round {i} of {n}"),
        M::Groups { ranges, many: true } => format!("Groups {ranges}"),
        M::Groups {
            ranges,
            many: false,
        } => format!("Group {ranges}"),
        M::SummaryOf { group, round: None } => format!("Group {group}"),
        M::SummaryOf {
            group,
            round: Some(r),
        } => format!("Group {group}, round {r}"),
        M::ShiftFor { group, round } => format!("Group {group}, round {round}"),
        M::Sorted {
            sorted,
            aside,
            repeated,
        } => {
            let mut out = match sorted {
                1 => "1 summary sorted.".to_owned(),
                n => format!("{n} summaries sorted."),
            };
            match aside {
                0 => {}
                1 => out += " 1 piece of text without a group put aside.",
                n => {
                    let _ = write!(out, " {n} pieces of text without a group put aside.");
                }
            }
            if repeated > 0 {
                let _ = write!(
                    out,
                    " {repeated} were already there and were not added again."
                );
            }
            out
        }
        M::Words { words, distinct } => format!("{words} words counted, {distinct} different."),
    }
}
