//! The reveal on the projector: its screens in order, and the dot plots that must fit a
//! 1920 × 1080 screen with 40 answers, dots of 40 px or more, none overlapping.
#![cfg(not(target_arch = "wasm32"))]

use kompass_core::framework::presets::presets;
use kompass_core::workshop::{
    dot_plots, slide_list, DotPlot, PlotSpec, Response, Slide, Slot, Workshop,
};

mod support;
use support::{four_shifts, lvl};

fn answers(levels: &[u8]) -> Vec<Response> {
    levels
        .iter()
        .map(|&n| Response {
            code: None,
            name: None,
            slots: vec![lvl(n); 4],
        })
        .collect()
}

/// Every dot inside its column and the plot, and no two dots overlapping.
fn assert_sound(plot: &DotPlot, spec: PlotSpec) {
    let r = plot.dot / 2;
    for col in &plot.columns {
        assert_eq!(col.dots.len(), col.count);
        for d in &col.dots {
            assert!(
                d.x >= col.x + r && d.x + r <= col.x + col.width,
                "{d:?} in {col:?}"
            );
            assert!(
                d.y >= r && d.y + r <= plot.height,
                "{d:?} in a plot {} high",
                plot.height
            );
            assert!(d.y > col.label_y, "the count stays over the stack");
        }
        for (i, a) in col.dots.iter().enumerate() {
            for b in &col.dots[i + 1..] {
                let (dx, dy) = (
                    f64::from(a.x) - f64::from(b.x),
                    f64::from(a.y) - f64::from(b.y),
                );
                assert!(
                    (dx * dx + dy * dy).sqrt() >= f64::from(plot.dot + spec.gap / 2),
                    "{a:?} and {b:?} overlap"
                );
            }
        }
    }
    assert!(
        plot.height <= spec.max_height,
        "{} > {}",
        plot.height,
        spec.max_height
    );
}

#[test]
fn forty_answers_on_one_step_fit_with_dots_of_forty_pixels() {
    let spec = PlotSpec::PROJECTOR;
    let now = [0, 0, 40, 0, 0, 0];
    let target = [0, 0, 0, 20, 20, 0];
    let plots = dot_plots(&[&now, &target], spec);
    assert_eq!(plots.len(), 2);
    for plot in &plots {
        assert!(plot.dot >= 40, "dot {}", plot.dot);
        assert_eq!(plot.columns.len(), 6, "five levels and Vet ej");
        assert_eq!(plot.width, 1800, "the whole width");
        assert_sound(plot, spec);
    }
    assert_eq!(
        plots[0].height, plots[1].height,
        "now and target drawn alike"
    );
    assert_eq!(plots[0].dot, plots[1].dot);
}

#[test]
fn few_answers_get_bigger_dots_and_a_lower_plot() {
    let spec = PlotSpec::PROJECTOR;
    let few = dot_plots(&[&[1, 2, 1, 1, 0, 0]], spec);
    let many = dot_plots(&[&[20, 10, 5, 5, 0, 0]], spec);
    assert_eq!(few[0].dot, spec.max_dot);
    assert!(many[0].dot < few[0].dot && many[0].dot >= spec.min_dot);
    assert!(few[0].height < spec.max_height);
    // One row of dots is centred on its step.
    let col = &few[0].columns[1];
    let mid = (col.dots[0].x + col.dots[1].x) / 2;
    assert_eq!(mid, col.x + col.width / 2);
    for plot in few.iter().chain(&many) {
        assert_sound(plot, spec);
    }
}

#[test]
fn every_spread_of_forty_answers_fits_the_projector_and_the_page() {
    for spec in [PlotSpec::PROJECTOR, PlotSpec::PAGE] {
        for top in 0..=40usize {
            let rest = 40 - top;
            let counts = [top, rest / 2, rest - rest / 2, 0, 0, 0];
            let plot = &dot_plots(&[&counts], spec)[0];
            assert!(plot.dot >= spec.min_dot);
            assert_eq!(plot.columns.iter().map(|c| c.dots.len()).sum::<usize>(), 40);
            assert_sound(plot, spec);
        }
    }
}

#[test]
fn a_seminar_of_two_hundred_still_fits_with_smaller_dots() {
    let spec = PlotSpec::PROJECTOR;
    let plots = dot_plots(&[&[0, 0, 120, 80, 0, 0], &[0, 0, 0, 0, 200, 0]], spec);
    for plot in &plots {
        assert!(plot.dot < spec.min_dot && plot.dot >= spec.min_dot / 4);
        assert_sound(plot, spec);
    }
}

#[test]
fn an_empty_plot_keeps_its_place() {
    let plot = &dot_plots(&[&[0; 6]], PlotSpec::PROJECTOR)[0];
    assert!(plot.height > PlotSpec::PROJECTOR.label);
    assert!(plot.columns.iter().all(|c| c.dots.is_empty()));
}

#[test]
fn the_reveal_adds_one_screen_per_item_then_the_overview() {
    let fws = presets();
    let fw = &fws[0];
    let mut setup = four_shifts(fw);
    setup.items.push(fw.factors[0].id.clone());
    let mut w = Workshop::new(setup);
    let shifts: Vec<Slide> = fw.shifts[..4]
        .iter()
        .map(|s| Slide::Discussion(s.id.clone()))
        .collect();
    let hidden: Vec<Slide> = std::iter::once(Slide::Join)
        .chain(shifts.clone())
        .chain([Slide::Overview])
        .collect();
    assert_eq!(
        slide_list(&w, fw),
        hidden,
        "nothing shown before the reveal"
    );
    w.revealed = true;
    assert_eq!(slide_list(&w, fw), hidden, "nor with too few answers");
    // Item 2 (the second shift) the most disputed: 1 and 5.
    w.responses = answers(&[3, 3, 3]);
    w.responses[0].slots[1] = lvl(1);
    w.responses[1].slots[1] = lvl(5);
    w.responses
        .iter_mut()
        .for_each(|r| r.slots.push(Slot::None));
    let list = slide_list(&w, fw);
    assert_eq!(list.len(), 1 + 4 + 5 + 1);
    assert_eq!(
        list[5],
        Slide::Reveal(fw.shifts[1].id.clone()),
        "widest disagreement first"
    );
    assert_eq!(list.last(), Some(&Slide::Overview));
    let revealed: Vec<&Slide> = list
        .iter()
        .filter(|s| matches!(s, Slide::Reveal(_)))
        .collect();
    assert_eq!(revealed.len(), 5, "every rated item, factors too");
}
