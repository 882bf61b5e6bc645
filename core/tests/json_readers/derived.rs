//! The structs as serde derived them before `read_struct!`: same names (serde's messages say
//! "struct Shift"), same fields in the same order, same attributes. Types the change left
//! alone are the real ones.
#![allow(dead_code)]

use std::collections::BTreeMap;

use kompass_core::{ActionStatus, Date, Rating};
use serde::{Deserialize, Serialize};

#[derive(Debug, Default, Deserialize, Serialize)]
pub struct Localized {
    pub sv: String,
    #[serde(default)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub en: Option<String>,
}

#[derive(Debug, Deserialize, Serialize)]
pub struct Framework {
    pub format: String,
    pub version: u32,
    pub id: String,
    pub name: Localized,
    #[serde(default)]
    pub source: Localized,
    #[serde(default)]
    pub horizon: Option<u16>,
    #[serde(default)]
    pub target_picture: Option<Localized>,
    pub questions: Vec<Localized>,
    pub factors_title: Localized,
    #[serde(default)]
    pub goal_areas: Vec<GoalArea>,
    pub shifts: Vec<Shift>,
    #[serde(default)]
    pub factors: Vec<Factor>,
    #[serde(default)]
    pub context: Vec<ContextBlock>,
    #[serde(default)]
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub scales: Vec<Scale>,
    #[serde(default)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub based_on: Option<BasedOn>,
}

#[derive(Debug, Deserialize, Serialize)]
pub struct BasedOn {
    pub id: String,
    pub name: Localized,
}

#[derive(Debug, Deserialize, Serialize)]
pub struct GoalArea {
    pub id: String,
    pub name: Localized,
    #[serde(default)]
    pub summary: Option<Localized>,
    #[serde(default)]
    pub description: Vec<Localized>,
}

#[derive(Debug, Deserialize, Serialize)]
pub struct Shift {
    pub id: String,
    pub from: Localized,
    pub to: Localized,
    #[serde(default)]
    pub goal_areas: Vec<String>,
    #[serde(default)]
    pub rationale: Option<Localized>,
    #[serde(default)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scale: Option<String>,
    #[serde(default)]
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub levels: Vec<Localized>,
}

#[derive(Debug, Deserialize, Serialize)]
pub struct Factor {
    pub id: String,
    pub name: Localized,
    #[serde(default)]
    pub goal_areas: Vec<String>,
    #[serde(default)]
    pub rationale: Option<Localized>,
    #[serde(default)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scale: Option<String>,
    #[serde(default)]
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub levels: Vec<Localized>,
}

#[derive(Debug, Deserialize, Serialize)]
pub struct ContextBlock {
    pub title: Localized,
    pub items: Vec<Localized>,
}

#[derive(Debug, Deserialize, Serialize)]
pub struct Scale {
    pub id: String,
    #[serde(default)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<Localized>,
    pub steps: u8,
    #[serde(default = "one")]
    pub start: u8,
    pub labels: Vec<Localized>,
}

fn one() -> u8 {
    1
}

#[derive(Debug, Deserialize, Serialize)]
pub struct ItemAnswer {
    #[serde(default)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub now: Option<Rating>,
    #[serde(default)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target: Option<Rating>,
    #[serde(default)]
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub answers: Vec<String>,
    #[serde(default)]
    #[serde(skip_serializing_if = "String::is_empty")]
    pub note: String,
}

#[derive(Debug, Deserialize, Serialize)]
pub struct PlanAction {
    pub id: u32,
    pub item: String,
    pub what: String,
    #[serde(default)]
    pub who: String,
    #[serde(default)]
    pub due: Option<Date>,
    #[serde(default)]
    pub status: ActionStatus,
}

#[derive(Debug, Deserialize, Serialize)]
pub struct Assessment {
    pub id: String,
    #[serde(default)]
    pub unit: String,
    pub framework_id: String,
    pub date: Date,
    #[serde(default)]
    pub items: BTreeMap<String, ItemAnswer>,
    #[serde(default)]
    pub actions: Vec<PlanAction>,
}
