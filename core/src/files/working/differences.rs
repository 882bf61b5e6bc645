//! What differs between this browser's assessments and the working file's, by assessment:
//! a three-way comparison with what this browser last wrote to the file (the base), so that a
//! change made only here is simply written and a change made there is never lost.

use crate::assessment::lookup::first_same_assessment;
use crate::assessment::{Assessment, PlanAction};
use crate::order::sorted_positions;

/// How an assessment differs, seen from this browser.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Change {
    /// In the file, not here (added there, or changed there after it was deleted here).
    AddedThere,
    /// Here, and deleted from the file since this browser last wrote it.
    RemovedThere,
    /// Changed in the file; here it is as last written.
    ChangedThere,
    /// Changed both here and in the file (or no base to tell which).
    ChangedBoth,
}

/// One assessment that differs: its position in our list and in theirs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Difference {
    pub change: Change,
    pub ours: Option<usize>,
    pub theirs: Option<usize>,
}

/// The same assessment with the same content: ids are left out, as each browser gives its own.
pub fn same_content(a: &Assessment, b: &Assessment) -> bool {
    let plain = |p: &PlanAction| PlanAction { id: 0, ..p.clone() };
    a.unit == b.unit
        && a.framework_id == b.framework_id
        && a.date == b.date
        && a.items == b.items
        && a.actions.len() == b.actions.len()
        && a.actions
            .iter()
            .zip(&b.actions)
            .all(|(x, y)| plain(x) == plain(y))
}

/// Every assessment that differs between `ours` and `theirs` in a way the user must decide,
/// in our order and then theirs. `base` is what this browser last wrote (none when the file
/// was only just opened: then everything that differs is asked about, and what is only here is
/// kept). Assessments are matched by unit, framework and date; two with the same of those in
/// one list are matched in their order. One sort: O(n log n).
pub fn differences(
    base: Option<&[Assessment]>,
    ours: &[Assessment],
    theirs: &[Assessment],
) -> Vec<Difference> {
    let base = base.unwrap_or(&[]);
    let lists = [base, ours, theirs];
    let ends = [
        base.len(),
        base.len() + ours.len(),
        base.len() + ours.len() + theirs.len(),
    ];
    let at = |i: usize| -> (usize, usize) {
        let l = ends.iter().position(|&e| i < e).unwrap_or(2);
        (l, i - if l == 0 { 0 } else { ends[l - 1] })
    };
    let get = |i: usize| {
        let (l, k) = at(i);
        &lists[l][k]
    };
    let total = ends[2];
    let head = first_same_assessment(total, &get);
    // The how-many-th of its kind each is in its own list.
    let mut seen = vec![[0usize; 3]; total];
    let nth: Vec<usize> = (0..total)
        .map(|i| {
            let count = &mut seen[head[i]][at(i).0];
            *count += 1;
            *count - 1
        })
        .collect();
    let order = sorted_positions(total, &|i, j| (head[i], nth[i]) < (head[j], nth[j]));
    let mut out = Vec::new();
    let mut run = 0;
    while run < total {
        let mut slot: [Option<usize>; 3] = [None; 3];
        let key = (head[order[run]], nth[order[run]]);
        while run < total && (head[order[run]], nth[order[run]]) == key {
            let (l, k) = at(order[run]);
            slot[l] = Some(k);
            run += 1;
        }
        let [in_base, o, t] = slot;
        let was = in_base.map(|k| &base[k]);
        let same = |x: Option<&Assessment>, y: Option<&Assessment>| match (x, y) {
            (Some(x), Some(y)) => same_content(x, y),
            _ => false,
        };
        let (oa, ta) = (o.map(|k| &ours[k]), t.map(|k| &theirs[k]));
        let change = match (oa, ta) {
            (None, None) => None,
            (Some(_), Some(_)) if same(oa, ta) => None,
            // Added here, or deleted here and left alone there: ours stands.
            (Some(_), None) if was.is_none() => None,
            (None, Some(_)) if same(was, ta) => None,
            (Some(_), None) => Some(Change::RemovedThere),
            (None, Some(_)) => Some(Change::AddedThere),
            (Some(_), Some(_)) if same(was, ta) => None,
            (Some(_), Some(_)) if same(was, oa) => Some(Change::ChangedThere),
            (Some(_), Some(_)) => Some(Change::ChangedBoth),
        };
        if let Some(change) = change {
            out.push(Difference {
                change,
                ours: o,
                theirs: t,
            });
        }
    }
    // In our order, then the file's for what is only there.
    let key = |d: &Difference| (d.ours.is_none(), d.ours.or(d.theirs).unwrap_or(0));
    let sorted = sorted_positions(out.len(), &|i, j| key(&out[i]) < key(&out[j]));
    sorted.into_iter().map(|i| out[i]).collect()
}
