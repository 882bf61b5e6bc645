//! The workshop's structs as serde derived them before `read_struct!` (see `derived.rs`).
#![allow(dead_code)]

use std::collections::BTreeMap;

use kompass_core::workshop::code::Slot;
use kompass_core::Rating;
use serde::{Deserialize, Serialize};

#[derive(Debug, Deserialize, Serialize)]
pub struct WorkshopSetup {
    pub id: String,
    pub framework_id: String,
    pub items: Vec<String>,
    #[serde(default)]
    pub targets: bool,
    #[serde(default = "yes")]
    pub anonymous: bool,
    #[serde(default = "three")]
    pub min_group: u8,
    #[serde(default)]
    pub unit: String,
    #[serde(default)]
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub scales: Vec<(u8, u8)>,
}

fn yes() -> bool {
    true
}

fn three() -> u8 {
    3
}

#[derive(Debug, Default, Deserialize, Serialize)]
pub struct Agreed {
    #[serde(default)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub now: Option<Rating>,
    #[serde(default)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target: Option<Rating>,
    #[serde(default)]
    #[serde(skip_serializing_if = "String::is_empty")]
    pub note: String,
}

#[derive(Debug, Default, Deserialize, Serialize)]
pub struct Round {
    pub slots: Vec<Slot>,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub given: usize,
}

#[derive(Debug, Deserialize, Serialize)]
pub struct Workshop {
    pub setup: WorkshopSetup,
    #[serde(default)]
    pub responses: Vec<Response>,
    #[serde(default)]
    pub revealed: bool,
    #[serde(default)]
    pub agreed: BTreeMap<String, Agreed>,
    #[serde(default)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub round: Option<Round>,
    #[serde(default)]
    pub slide: usize,
    #[serde(skip)]
    pub last_paste: Option<u8>,
    #[serde(default)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub saved_as: Option<String>,
    #[serde(default)]
    #[serde(skip_serializing_if = "group_work_is_empty")]
    pub group_work: GroupWork,
}

#[derive(Debug, Deserialize, Serialize)]
pub struct Participation {
    pub setup: WorkshopSetup,
    pub slots: Vec<Slot>,
    pub nonce: u64,
    #[serde(default)]
    pub done: bool,
}

#[derive(Debug, Deserialize, Serialize)]
pub struct Response {
    #[serde(default)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    #[serde(default)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    pub slots: Vec<Slot>,
}

#[derive(Debug, Deserialize, Serialize)]
pub struct Summary {
    pub round: usize,
    pub group: u8,
    pub text: String,
}

#[derive(Debug, Default, Deserialize, Serialize)]
pub struct GroupWork {
    #[serde(default)]
    pub opening: bool,
    #[serde(default)]
    #[serde(skip_serializing_if = "String::is_empty")]
    pub answers: String,
    #[serde(default)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub plan: Option<RoundsPlan>,
    #[serde(default)]
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub summaries: Vec<Summary>,
    #[serde(default)]
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub unclaimed: Vec<String>,
}

#[derive(Debug, Deserialize, Serialize)]
pub struct RoundsPlan {
    pub minutes: u32,
    pub rounds: Vec<Vec<String>>,
}

/// What `GroupWork::is_empty` says: nothing set.
fn group_work_is_empty(g: &GroupWork) -> bool {
    !g.opening
        && g.answers.is_empty()
        && g.plan.is_none()
        && g.summaries.is_empty()
        && g.unclaimed.is_empty()
}
