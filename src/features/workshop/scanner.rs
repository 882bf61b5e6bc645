//! "Skanna svarskoder": the facilitator's camera reads the answer codes' QR codes from the
//! participants' phones, one after another. Each code goes through the same checks as a typed or
//! pasted one (the workshop's `Paste` command); the outcome shows, is read out by screen readers
//! and beeps. The camera is on only while the panel is open.

use yew::prelude::*;

use crate::ui::leaf;

use crate::hooks::{use_app, use_camera_scan, use_effect_on, use_node, use_slot, CameraState};
use crate::i18n::{t, Lang, ScanText};
use crate::platform::camera::CameraError;
use crate::platform::sound::{Beep, Beeper};
use crate::store::send;
use kompass_core::workshop::{paste, Workshop, WorkshopCommand};
use kompass_core::Command;

/// How many outcomes the panel lists.
const LOG_LEN: usize = 6;

#[derive(Properties, PartialEq)]
pub struct WorkshopScannerProps {
    pub workshop: Workshop,
}

/// One scanned text's outcome: the code as read, and why it was refused (`None`: taken). Kept
/// as keys, so a change of language changes the list too.
#[derive(Clone, PartialEq)]
struct Outcome {
    code: String,
    refused: Option<ScanText>,
}

impl Outcome {
    fn taken(&self) -> bool {
        self.refused.is_none()
    }

    /// "Inlagd: <code>" or "Inte inlagd: <code> – why", the code kept on one line.
    fn view(&self, lang: Lang) -> Html {
        let (lead, why) = match self.refused {
            None => (t(lang, ScanText::Taken), None),
            Some(why) => (t(lang, ScanText::Refused), Some(t(lang, why))),
        };
        html! {
            <>
                { lead }{ " " }<span class="code">{ self.code.clone() }</span>
                if let Some(why) = why { { " – " }{ why } }
            </>
        }
    }
}

/// What the checks make of one scanned text: the same `paste` the command runs, on a copy.
fn judge(ws: &Workshop, text: &str) -> Outcome {
    let report = paste(&ws.setup, &mut ws.responses.clone(), text);
    if let Some((code, why)) = report.rejected.first() {
        return Outcome {
            code: code.clone(),
            refused: Some(ScanText::rejection(*why)),
        };
    }
    Outcome {
        code: text.trim().chars().take(40).collect(),
        refused: (report.added == 0).then_some(ScanText::NotACode),
    }
}

/// The button, and the panel while it is open (one component: the camera runs only while open).
#[component]
pub fn WorkshopScanner(props: &WorkshopScannerProps) -> Html {
    let state = use_app();
    let lang = state.ws.lang;
    let open = use_slot(|| false);
    let opener = use_node();
    let video = use_node();
    // Newest first; a mutable list, so two codes read from one frame both stay.
    let log = use_mut_ref(Vec::<Outcome>::new);
    let redraw = use_force_update();
    // Made on the click that opens the panel, so the browser lets it sound.
    let beeper = use_mut_ref(|| None::<Beeper>);
    // Back to the button when the panel closes, so keyboard users keep their place; not on the
    // first render, where the panel was never open and the focus belongs where the page put it.
    let was_open = use_mut_ref(|| false);
    {
        let (opener, was_open) = (opener.clone(), was_open.clone());
        let is_open = *open;
        use_effect_on(
            Box::new(is_open),
            Box::new(move || {
                if !is_open && *was_open.borrow() {
                    if let Some(button) = opener.cast::<web_sys::HtmlElement>() {
                        let _ = button.focus();
                    }
                }
                *was_open.borrow_mut() = is_open;
                None
            }),
        );
    }
    let on_text = {
        let (ws, log, beeper) = (props.workshop.clone(), log.clone(), beeper.clone());
        Callback::from(move |text: String| {
            let outcome = judge(&ws, &text);
            if let Some(beeper) = &*beeper.borrow() {
                beeper.play(if outcome.taken() {
                    Beep::Taken
                } else {
                    Beep::Refused
                });
            }
            send(&state, Command::Workshop(WorkshopCommand::Paste(text)));
            let mut entries = log.borrow_mut();
            entries.insert(0, outcome);
            entries.truncate(LOG_LEN);
            redraw.force_update();
        })
    };
    let camera = use_camera_scan(*open, video.clone(), on_text);
    if !*open {
        // Closed: no sound either.
        if beeper.borrow().is_some() {
            *beeper.borrow_mut() = None;
        }
        let on_open = Callback::from(move |_: MouseEvent| {
            *beeper.borrow_mut() = Some(Beeper::new());
            log.borrow_mut().clear();
            open.set(true);
        });
        return html! {
            <p class="field-row scanner-open">
                <button type="button" ref={opener} onclick={on_open}>{ t(lang, ScanText::Open) }</button>
            </p>
        };
    }
    let on_close = Callback::from(move |_: MouseEvent| open.set(false));
    let status = match camera {
        CameraState::Starting => leaf("p", None, t(lang, ScanText::Starting).into()),
        CameraState::On => leaf("p", None, t(lang, ScanText::On).into()),
        CameraState::Failed(e) => {
            let why = match e {
                CameraError::Denied => ScanText::Denied,
                CameraError::NoCamera => ScanText::NoCamera,
                CameraError::Unsupported => ScanText::Unsupported,
            };
            leaf("p", Some("error scan-failed"), t(lang, why).into())
        }
    };
    let log = log.borrow();
    let latest = log.first().map(|o| {
        let class = if o.taken() {
            "scan-outcome taken"
        } else {
            "scan-outcome refused"
        };
        html! { <p class={class}>{ o.view(lang) }</p> }
    });
    let earlier = log.iter().skip(1).map(|o| {
        let class = if o.taken() { "taken" } else { "refused" };
        html! { <li class={class}>{ o.view(lang) }</li> }
    });
    let failed = matches!(camera, CameraState::Failed(_));
    html! {
        <section class="scanner" aria-labelledby="scanner-heading">
            <h3 id="scanner-heading">{ t(lang, ScanText::Heading) }</h3>
            { leaf("p", None, t(lang, ScanText::Help).into()) }
            { leaf("p", Some("hint"), t(lang, ScanText::Privacy).into()) }
            <div class="scanner-live" role="status" aria-live="polite">
                { status }
                { for latest }
            </div>
            if !failed {
                <video ref={video} class="scanner-video" muted=true playsinline=true
                    aria-label={t(lang, ScanText::VideoLabel)} />
            }
            if log.len() > 1 {
                <h4 class="scanner-log-heading">{ t(lang, ScanText::Log) }</h4>
                <ul class="scanner-log">{ for earlier }</ul>
            }
            <p class="field-row">
                <button type="button" onclick={on_close}>{ t(lang, ScanText::Close) }</button>
            </p>
        </section>
    }
}
