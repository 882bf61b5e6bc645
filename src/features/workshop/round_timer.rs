use gloo_timers::callback::Interval;
use yew::prelude::*;

use crate::ui::leaf;

use crate::hooks::{use_effect_on, use_slot};
use crate::i18n::{t, Lang, WorkshopText};

/// Minutes per dialogue round (the Kalmar deck's group dialogues run about 20 minutes).
pub const ROUND_MINUTES: u32 = 20;

#[derive(Properties, PartialEq)]
pub struct RoundTimerProps {
    pub lang: Lang,
    /// The round's length (group rounds set their own).
    #[prop_or(ROUND_MINUTES)]
    pub minutes: u32,
}

/// Seconds left and the round's minutes; a reducer so that every tick counts down from the latest value.
#[derive(PartialEq)]
struct Left(u32, u32);

enum Tick {
    Second,
    Reset,
}

impl Reducible for Left {
    type Action = Tick;
    fn reduce(self: std::rc::Rc<Self>, action: Tick) -> std::rc::Rc<Self> {
        std::rc::Rc::new(Left(
            match action {
                Tick::Second => self.0.saturating_sub(1),
                Tick::Reset => self.1 * 60,
            },
            self.1,
        ))
    }
}

/// A count-down for the dialogue round: start, pause, restart.
#[component]
pub fn RoundTimer(props: &RoundTimerProps) -> Html {
    let minutes = props.minutes;
    let left = use_reducer(move || Left(minutes * 60, minutes));
    let running = use_slot(|| false);
    {
        let left = left.dispatcher();
        let is_running = *running;
        use_effect_on(
            Box::new(is_running),
            Box::new(move || {
                // The interval lives while the timer runs; dropping it stops it.
                let tick =
                    is_running.then(|| Interval::new(1000, move || left.dispatch(Tick::Second)));
                Some(Box::new(move || drop(tick)))
            }),
        );
    }
    let lang = props.lang;
    let toggle = {
        let running = running.clone();
        Callback::from(move |_: MouseEvent| running.set(!*running))
    };
    let reset = {
        let (left, running) = (left.dispatcher(), running.clone());
        Callback::from(move |_: MouseEvent| {
            running.set(false);
            left.dispatch(Tick::Reset);
        })
    };
    let left = left.0;
    let over = left == 0;
    html! {
        <div class={classes!("round-timer", over.then_some("over"))}>
            { leaf("span", Some("timer-label"), t(lang, WorkshopText::Timer).into()) }
            <span class="timer-time" role="timer">{ format!("{:02}:{:02}", left / 60, left % 60) }</span>
            <button type="button" onclick={toggle}>{ t(lang, if *running { WorkshopText::TimerPause } else { WorkshopText::TimerStart }) }</button>
            <button type="button" onclick={reset}>{ t(lang, WorkshopText::TimerReset) }</button>
        </div>
    }
}
