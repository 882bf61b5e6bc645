//! Where each problem the framework validator finds belongs in the editor: its path
//! (`goal_areas[1].name.sv`) mapped to the field that shows it (`goal_areas-1-name-sv`).

use crate::editor::command::{ListKind, TextField};
use crate::editor::draft::Draft;
use crate::framework::text::Lang;
use crate::framework::validate::{validate, FrameworkError};
use crate::order::sort_small;

/// One problem of the draft, at the field (or list) that shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldProblem {
    /// The field's id without the page's prefix; also what [`TextField::id`] gives.
    pub field: String,
    pub error: FrameworkError,
}

/// The field that shows a problem at the validator's `path`. A paragraph or line of a text
/// belongs to the whole text; an id (made by the editor) to the item's first text.
pub fn field_id(path: &str) -> String {
    let mut parts: Vec<String> = Vec::new();
    for segment in path.split('.') {
        let (name, index) = match segment.split_once('[') {
            Some((name, rest)) => (name, Some(rest.trim_end_matches(']'))),
            None => (segment, None),
        };
        parts.push(name.to_owned());
        // Paragraphs, lines and mapped goal areas are one field each.
        if let Some(i) = index
            .filter(|_| !matches!(name, "description" | "items" | "goal_areas") || parts.len() == 1)
        {
            parts.push(i.to_owned());
        }
    }
    if parts.last().is_some_and(|p| p == "id") {
        parts.pop();
        let first = match parts.first().map(String::as_str) {
            Some("shifts") => "from",
            _ => "name",
        };
        parts.push(first.to_owned());
        parts.push("sv".to_owned());
    }
    parts.join("-")
}

impl TextField {
    /// The id of this field's input in `lang` (see [`field_id`]).
    pub fn id(self, lang: Lang) -> String {
        let (list, index, name) = match self {
            TextField::Name => ("", 0, "name"),
            TextField::Source => ("", 0, "source"),
            TextField::TargetPicture => ("", 0, "target_picture"),
            TextField::FactorsTitle => ("", 0, "factors_title"),
            TextField::Question(i) => ("questions", i, ""),
            TextField::GoalName(i) => ("goal_areas", i, "name"),
            TextField::GoalSummary(i) => ("goal_areas", i, "summary"),
            TextField::GoalDescription(i) => ("goal_areas", i, "description"),
            TextField::ShiftFrom(i) => ("shifts", i, "from"),
            TextField::ShiftTo(i) => ("shifts", i, "to"),
            TextField::ShiftRationale(i) => ("shifts", i, "rationale"),
            TextField::FactorName(i) => ("factors", i, "name"),
            TextField::FactorRationale(i) => ("factors", i, "rationale"),
            TextField::ContextTitle(i) => ("context", i, "title"),
            TextField::ContextItems(i) => ("context", i, "items"),
            TextField::ScaleName(i) => ("scales", i, "name"),
            // Steps are fields of their own: `scales-0-labels-2-sv`.
            TextField::ScaleLabel(i, j) => return format!("scales-{i}-labels-{j}-{}", lang.code()),
            TextField::ShiftLevel(i, j) => return format!("shifts-{i}-levels-{j}-{}", lang.code()),
            TextField::FactorLevel(i, j) => {
                return format!("factors-{i}-levels-{j}-{}", lang.code())
            }
        };
        let lang = lang.code();
        match (list, name) {
            ("", _) => format!("{name}-{lang}"),
            (_, "") => format!("{list}-{index}-{lang}"),
            _ => format!("{list}-{index}-{name}-{lang}"),
        }
    }
}

impl ListKind {
    /// The id of the list as a whole (where a problem with its length shows).
    pub fn id(self) -> &'static str {
        match self {
            ListKind::Question => "questions",
            ListKind::GoalArea => "goal_areas",
            ListKind::Shift => "shifts",
            ListKind::Factor => "factors",
            ListKind::Context => "context",
            ListKind::Scale => "scales",
        }
    }
}

/// Where a field's section is on the editor's page, top first.
fn page_rank(field: &str) -> u8 {
    match field.split('-').next().unwrap_or_default() {
        "goal_areas" => 1,
        "scales" => 2,
        "shifts" => 3,
        "questions" => 4,
        "factors" => 5,
        "context" => 6,
        _ => 0,
    }
}

impl Draft {
    /// Every problem the validator finds in the draft, each at its field, in the page's order.
    pub fn problems(&self) -> Vec<FieldProblem> {
        let mut out: Vec<FieldProblem> = validate(&self.fw)
            .into_iter()
            .map(|error| {
                let field = match &error {
                    FrameworkError::Empty { path }
                    | FrameworkError::TooLong { path, .. }
                    | FrameworkError::BadId { path, .. }
                    | FrameworkError::DuplicateId { path, .. }
                    | FrameworkError::UnknownGoalArea { path, .. } => field_id(path),
                    // A context section's lines are one text field.
                    FrameworkError::Count { path, .. } if path.contains('.') => {
                        format!("{}-sv", field_id(path))
                    }
                    FrameworkError::Count { path, .. } => field_id(path),
                    _ => "horizon".to_owned(),
                };
                FieldProblem { field, error }
            })
            .collect();
        // In the page's order (the validator checks the questions before the lists).
        sort_small(&mut out, |a, b| page_rank(&a.field) < page_rank(&b.field));
        // A year that is not a number is out of range too (the draft keeps it as typed).
        let typed = self.horizon_text.trim();
        if !typed.is_empty() && typed.parse::<u16>().is_err() {
            out.insert(
                0,
                FieldProblem {
                    field: "horizon".to_owned(),
                    error: FrameworkError::HorizonOutOfRange { year: 0 },
                },
            );
        }
        out
    }

    /// The problems shown now: all once "Använd" has been tried, before that only those of
    /// fields the user has typed in.
    pub fn visible_problems(&self) -> Vec<FieldProblem> {
        let mut all = self.problems();
        if !self.tried {
            all.retain(|p| self.touched.contains(&p.field));
        }
        all
    }
}
