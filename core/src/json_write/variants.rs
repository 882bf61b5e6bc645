//! The values written by hand in serde's form: the enums `Rating`, `ActionStatus` and `Step`
//! (serde's derive with `rename_all = "snake_case"`) and a level pair, `[a,b]`.

use super::{field, WriteJson};
use crate::assessment::{ActionStatus, Rating};
use crate::navigation::step::Step;

impl WriteJson for (u8, u8) {
    fn write_json(&self, out: &mut Vec<u8>) {
        out.push(b'[');
        self.0.write_json(out);
        out.push(b',');
        self.1.write_json(out);
        out.push(b']');
    }
}

/// Writes `"name"`: a name that needs no escaping (an enum variant's).
#[inline(never)]
fn write_name(out: &mut Vec<u8>, name: &str) {
    out.push(b'"');
    out.extend_from_slice(name.as_bytes());
    out.push(b'"');
}

/// Writes `{"name":value}`, serde's form of a newtype variant.
#[inline(never)]
fn write_variant(out: &mut Vec<u8>, name: &str, value: &dyn WriteJson) {
    let first = &mut true;
    out.push(b'{');
    field(out, first, name, value);
    out.push(b'}');
}

/// The same as serde's derive with `rename_all = "snake_case"`.
impl WriteJson for Rating {
    fn write_json(&self, out: &mut Vec<u8>) {
        match self {
            Rating::Level(l) => write_variant(out, "level", &l.get()),
            Rating::DontKnow => write_name(out, "dont_know"),
        }
    }
}

/// The same as serde's derive with `rename_all = "snake_case"`.
impl WriteJson for ActionStatus {
    fn write_json(&self, out: &mut Vec<u8>) {
        write_name(
            out,
            match self {
                ActionStatus::Planned => "planned",
                ActionStatus::InProgress => "in_progress",
                ActionStatus::Done => "done",
            },
        );
    }
}

/// The fields of `Step::Compare`.
struct Pair<'a>(&'a String, &'a String);

impl WriteJson for Pair<'_> {
    fn write_json(&self, out: &mut Vec<u8>) {
        let first = &mut true;
        out.push(b'{');
        field(out, first, "from", self.0);
        field(out, first, "to", self.1);
        out.push(b'}');
    }
}

/// The same as serde's derive with `rename_all = "snake_case"`.
impl WriteJson for Step {
    fn write_json(&self, out: &mut Vec<u8>) {
        let name = match self {
            Step::Item(id) => return write_variant(out, "item", id),
            Step::Compare { from, to } => return write_variant(out, "compare", &Pair(from, to)),
            Step::Start => "start",
            Step::Actions => "actions",
            Step::Results => "results",
            Step::History => "history",
            Step::Trend => "trend",
            Step::Rollup => "rollup",
            Step::About => "about",
            Step::Workshop => "workshop",
            Step::Projector => "projector",
            Step::Participate => "participate",
            Step::Editor => "editor",
        };
        write_name(out, name);
    }
}
