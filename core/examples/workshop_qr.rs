//! Prints the QR symbol of each line of standard input as the app draws it (the participant's
//! answer-code QR), for the camera scanner's end-to-end test, which turns them into video frames:
//! one line per symbol, `<text>\t<size>\t<modules row by row as 0 and 1>`.

use std::io::BufRead;

use kompass_core::workshop::qr::qr_modules;

fn main() {
    for line in std::io::stdin().lock().lines().map_while(Result::ok) {
        let text = line.trim();
        let Some(modules) = qr_modules(text) else {
            eprintln!("does not fit in a QR code: {text}");
            std::process::exit(2);
        };
        let bits: String = modules
            .iter()
            .flatten()
            .map(|dark| if *dark { '1' } else { '0' })
            .collect();
        println!("{text}\t{}\t{bits}", modules.len());
    }
}
