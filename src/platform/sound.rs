//! Short beeps (Web Audio), so whoever holds up a phone hears that its code was taken or
//! refused without looking at the screen.

use web_sys::{AudioContext, OscillatorType};

/// A beep for one outcome.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Beep {
    /// One high tone.
    Taken,
    /// One low tone, twice as long.
    Refused,
}

/// Plays beeps; silent where the browser has no Web Audio.
pub struct Beeper(Option<AudioContext>);

impl Beeper {
    /// Made after a click (browsers start sound only after the user has done something).
    pub fn new() -> Self {
        Self(AudioContext::new().ok())
    }

    pub fn play(&self, beep: Beep) {
        let Some(ctx) = &self.0 else { return };
        let (Ok(osc), Ok(gain)) = (ctx.create_oscillator(), ctx.create_gain()) else {
            return;
        };
        let (freq, secs) = match beep {
            Beep::Taken => (880.0, 0.12),
            Beep::Refused => (220.0, 0.25),
        };
        osc.set_type(OscillatorType::Sine);
        osc.frequency().set_value(freq);
        gain.gain().set_value(0.2);
        let now = ctx.current_time();
        let _ = osc.connect_with_audio_node(&gain);
        let _ = gain.connect_with_audio_node(&ctx.destination());
        let _ = osc.start_with_when(now);
        let _ = osc.stop_with_when(now + secs);
    }
}

impl Default for Beeper {
    fn default() -> Self {
        Self::new()
    }
}

impl Drop for Beeper {
    fn drop(&mut self) {
        if let Some(ctx) = &self.0 {
            let _ = ctx.close();
        }
    }
}
