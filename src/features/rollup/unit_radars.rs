use std::rc::Rc;
use yew::prelude::*;

use crate::hooks::{use_effect_on, use_slot};
use crate::i18n::{t, RollupMsg, RollupText};
use crate::platform::timing::next_task;
use crate::ui::{radar_chart, unit_name, RadarChartProps, Same};
use kompass_core::rollup::{unit_radars, Entry, Rollup};
use kompass_core::{Framework, Lang};

/// How many units get a small radar.
const MAX_RADARS: usize = 60;
/// With more units than this, the radars are drawn in a task after the table: the table's
/// rows and 60 radars together froze the page for about 0.4 s with 10,000 units.
const DRAW_LATER_FROM: usize = 100;

#[derive(Properties)]
pub struct UnitRadarsProps {
    pub rollup: Rc<Rollup>,
    pub fw: Rc<Framework>,
    pub lang: Lang,
}

impl PartialEq for UnitRadarsProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.rollup, &other.rollup)
            && Rc::ptr_eq(&self.fw, &other.fw)
            && self.lang == other.lang
    }
}

/// A small radar per unit, for the first 60 units; with many units, "Ritar diagrammen …" until
/// they are drawn, a moment after the table.
#[component]
pub fn UnitRadars(props: &UnitRadarsProps) -> Html {
    // The roll-up whose radars may be drawn now.
    let ready = use_slot(|| None::<Rc<Rollup>>);
    {
        let ready = ready.clone();
        let rollup = Rc::clone(&props.rollup);
        use_effect_on(
            Box::new(Same(Rc::clone(&rollup))),
            Box::new(move || {
                yew::platform::spawn_local(async move {
                    next_task().await;
                    ready.set(Some(rollup));
                });
                None
            }),
        );
    }
    let (fw, lang) = (&props.fw, props.lang);
    let entries: Vec<&Entry> = props.rollup.with_framework(fw).collect();
    let drawn = ready.as_ref().is_some_and(|r| Rc::ptr_eq(r, &props.rollup));
    if !drawn && entries.len() > DRAW_LATER_FROM {
        return html! { <p class="radars-drawing" role="status">{ t(lang, RollupText::DrawingRadars) }</p> };
    }
    // A radar per unit reads for tens of units; 10,000 would take half a minute to draw.
    let radars = unit_radars(fw, &entries)
        .take(MAX_RADARS)
        .enumerate()
        .map(|(i, radar)| {
            let labels: Vec<String> = fw
                .shifts
                .iter()
                .map(|s| s.to.get(lang).to_owned())
                .collect();
            let scales: Vec<_> = fw
                .shifts
                .iter()
                .map(|s| fw.scale_of(&s.id).clone())
                .collect();
            radar_chart(&RadarChartProps {
                id: format!("unit-radar-{i}").into(),
                title: unit_name(radar.unit, lang).into(),
                labels,
                values: radar.values,
                scales,
                lang,
                compact: true,
            })
        });
    html! {
        <>
            if entries.len() > MAX_RADARS {
                <p class="radars-shown">{ t(lang, RollupMsg::RadarsShown { shown: MAX_RADARS, total: entries.len() }) }</p>
            }
            <div class="small-radars">{ for radars }</div>
        </>
    }
}
