//! The workshop's structs as serde derived them before `read_struct!` (see `derived.rs`).
#![allow(dead_code)]

use std::collections::BTreeMap;

use kompass_core::workshop::code::Slot;
use kompass_core::Rating;
use serde::Deserialize;

#[derive(Debug, Deserialize)]
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
    pub scales: Vec<(u8, u8)>,
}

fn yes() -> bool {
    true
}

fn three() -> u8 {
    3
}

#[derive(Debug, Default, Deserialize)]
pub struct Agreed {
    #[serde(default)]
    pub now: Option<Rating>,
    #[serde(default)]
    pub target: Option<Rating>,
    #[serde(default)]
    pub note: String,
}

#[derive(Debug, Default, Deserialize)]
pub struct Round {
    pub slots: Vec<Slot>,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub given: usize,
}

#[derive(Debug, Deserialize)]
pub struct Workshop {
    pub setup: WorkshopSetup,
    #[serde(default)]
    pub responses: Vec<Response>,
    #[serde(default)]
    pub revealed: bool,
    #[serde(default)]
    pub agreed: BTreeMap<String, Agreed>,
    #[serde(default)]
    pub round: Option<Round>,
    #[serde(default)]
    pub slide: usize,
    #[serde(skip)]
    pub last_paste: Option<u8>,
    #[serde(default)]
    pub saved_as: Option<String>,
    #[serde(default)]
    pub group_work: GroupWork,
}

#[derive(Debug, Deserialize)]
pub struct Participation {
    pub setup: WorkshopSetup,
    pub slots: Vec<Slot>,
    pub nonce: u64,
    #[serde(default)]
    pub done: bool,
}

#[derive(Debug, Deserialize)]
pub struct Response {
    #[serde(default)]
    pub code: Option<String>,
    #[serde(default)]
    pub name: Option<String>,
    pub slots: Vec<Slot>,
}

#[derive(Debug, Deserialize)]
pub struct Summary {
    pub round: usize,
    pub group: u8,
    pub text: String,
}

#[derive(Debug, Default, Deserialize)]
pub struct GroupWork {
    #[serde(default)]
    pub opening: bool,
    #[serde(default)]
    pub answers: String,
    #[serde(default)]
    pub plan: Option<RoundsPlan>,
    #[serde(default)]
    pub summaries: Vec<Summary>,
    #[serde(default)]
    pub unclaimed: Vec<String>,
}

#[derive(Debug, Deserialize)]
pub struct RoundsPlan {
    pub minutes: u32,
    pub rounds: Vec<Vec<String>>,
}
