//! The reveal on the projector: which screens there are, and where each answer's dot goes in a
//! distribution that spans the whole width.
//!
//! A distribution has one column per step of the item's scale (1–5, 0–5 …, then "Vet ej"). Each column's dots are
//! stacked from the bottom, every other row offset by half a dot so that the rows nest; the dot
//! size is the largest that lets the tallest stack fit the height allowed: the minimum (40 px on
//! the projector, legible from five metres) holds up to 40 answers on one step, and a larger
//! room gets smaller dots rather than a plot taller than the screen.

use super::apply::shifts_rated;
use super::group_work::Board;
use super::session::Workshop;
use crate::framework::Framework;

/// One projector screen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Slide {
    /// The QR code and link to join.
    Join,
    /// A screen of the group work: the opening question, a round, or a shift's summaries.
    Group(Board),
    /// One rated shift with its FRÅN → TILL, the dialogue questions and the timer.
    Discussion(String),
    /// One rated item's result (only once revealed and enough have answered).
    Reveal(String),
    /// Every item at once, widest disagreement first.
    Overview,
}

/// The projector's screens in order: join, the group work's (opening question, rounds,
/// summaries per shift), one per rated shift, then — once revealed — one per rated item with
/// the widest disagreement first, then the overview.
pub fn slide_list(w: &Workshop, fw: &Framework) -> Vec<Slide> {
    let mut out = vec![Slide::Join];
    out.extend(w.group_work.board().into_iter().map(Slide::Group));
    out.extend(
        shifts_rated(w, fw)
            .into_iter()
            .map(|id| Slide::Discussion(id.to_owned())),
    );
    if w.revealed && w.enough() {
        out.extend(w.results().into_iter().map(|r| Slide::Reveal(r.item)));
    }
    out.push(Slide::Overview);
    out
}

/// The room a distribution may take, in the drawing's units (px at 1:1).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PlotSpec {
    pub width: u32,
    /// The most the stacks and the counts over them may take.
    pub max_height: u32,
    pub min_dot: u32,
    pub max_dot: u32,
    /// Space between neighbouring dots.
    pub gap: u32,
    /// Room over the tallest stack for its count.
    pub label: u32,
}

impl PlotSpec {
    /// The projector at 1920 × 1080: the slide's inner width, dots of 40 px or more, and room
    /// for two plots (now and target) on one screen.
    pub const PROJECTOR: PlotSpec = PlotSpec {
        width: 1800,
        max_height: 300,
        min_dot: 40,
        max_dot: 72,
        gap: 2,
        label: 34,
    };
    /// The facilitator's page: a plot of about 56 rem, dots of 16 to 24 px.
    pub const PAGE: PlotSpec = PlotSpec {
        width: 900,
        max_height: 240,
        min_dot: 16,
        max_dot: 24,
        gap: 3,
        label: 26,
    };
}

/// A dot's centre.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Dot {
    pub x: u32,
    pub y: u32,
}

/// One step's column.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlotColumn {
    /// Left edge and width.
    pub x: u32,
    pub width: u32,
    pub count: usize,
    /// Where the count is written (its baseline), just over the stack.
    pub label_y: u32,
    pub dots: Vec<Dot>,
}

/// A drawn distribution: its size, the dot diameter and its columns.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DotPlot {
    pub width: u32,
    pub height: u32,
    pub dot: u32,
    pub columns: Vec<PlotColumn>,
}

/// How a column of `cw` fits dots of `d`: dots per row and the vertical pitch.
fn packing(cw: u32, d: u32, gap: u32) -> (usize, u32) {
    let pitch = d + gap;
    let pad = gap * 2;
    // A full row is (k − 1) pitches plus a dot plus the half-pitch offset of every other row.
    let room = cw.saturating_sub(2 * pad + d + pitch / 2);
    let per_row = (room / pitch) as usize + 1;
    // Offset rows nest: centres √3/2 of a pitch apart still keep a gap between the dots.
    let row_pitch = (pitch * 87).div_ceil(100);
    (per_row, row_pitch)
}

fn stack_height(n: usize, cw: u32, d: u32, gap: u32) -> u32 {
    if n == 0 {
        return 0;
    }
    let (per_row, row_pitch) = packing(cw, d, gap);
    let rows = u32::try_from(n.div_ceil(per_row)).unwrap_or(u32::MAX);
    (rows - 1).saturating_mul(row_pitch).saturating_add(d)
}

/// The distributions of one item (now, and the target when rated), drawn alike: the same dot
/// size and height, so that the rows can be compared. `rows` holds each distribution's counts.
pub fn dot_plots(rows: &[&[usize]], spec: PlotSpec) -> Vec<DotPlot> {
    let columns = rows.iter().map(|r| r.len()).max().unwrap_or(1).max(1);
    let cw = spec.width / u32::try_from(columns).unwrap_or(1);
    let tallest = rows
        .iter()
        .flat_map(|r| r.iter().copied())
        .max()
        .unwrap_or(0);
    let room = spec.max_height.saturating_sub(spec.label + spec.gap);
    // The minimum holds while it fits (40 answers on one step at 1920 × 1080); a larger room
    // gets smaller dots, down to a quarter of the minimum, rather than a plot off the screen.
    let end = spec.max_dot + 1;
    let dot = (spec.min_dot / 4..end)
        .rev()
        .find(|&d| stack_height(tallest, cw, d, spec.gap) <= room)
        .unwrap_or(spec.min_dot / 4);
    // At least one row of dots high, so that an empty plot keeps its place.
    let height = spec.label + stack_height(tallest.max(1), cw, dot, spec.gap) + spec.gap;
    rows.iter()
        .map(|counts| DotPlot {
            width: spec.width,
            height,
            dot,
            columns: counts
                .iter()
                .enumerate()
                .map(|(i, &n)| {
                    column(
                        u32::try_from(i).unwrap_or(0) * cw,
                        cw,
                        n,
                        dot,
                        height,
                        spec.gap,
                    )
                })
                .collect(),
        })
        .collect()
}

fn column(x: u32, cw: u32, count: usize, dot: u32, height: u32, gap: u32) -> PlotColumn {
    let (per_row, row_pitch) = packing(cw, dot, gap);
    let pitch = dot + gap;
    let centre = x + cw / 2;
    let bottom = height - gap - dot / 2;
    let mut dots = Vec::with_capacity(count);
    let mut row = 0u32;
    let mut left = count;
    let one_row = count <= per_row;
    while left > 0 {
        let in_row = left.min(per_row);
        let in_row32 = u32::try_from(in_row).unwrap_or(1);
        let start = if one_row {
            centre - (in_row32 - 1) * pitch / 2
        } else {
            // On the lattice of full rows: even rows lean a quarter pitch left, odd rows a
            // quarter right (half a pitch apart); a short top row takes the middle places.
            let full_row = u32::try_from(per_row).unwrap_or(1);
            let full = centre - (full_row - 1) * pitch / 2;
            let lean = if row % 2 == 0 {
                full - pitch / 4
            } else {
                full + pitch / 4
            };
            lean + (full_row - in_row32) / 2 * pitch
        };
        let row_y = bottom - row * row_pitch;
        dots.extend((0..in_row32).map(|i| Dot {
            x: start + i * pitch,
            y: row_y,
        }));
        left -= in_row;
        row += 1;
    }
    let top = height - gap - stack_height(count, cw, dot, gap);
    PlotColumn {
        x,
        width: cw,
        count,
        label_y: top.saturating_sub(gap * 2 + 2),
        dots,
    }
}
