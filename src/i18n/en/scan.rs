//! English: scanning answer codes with the camera.

use crate::i18n::ScanText as T;

pub fn text(key: T) -> &'static str {
    match key {
        T::Open => "Scan answer codes",
        T::Close => "Turn off the camera",
        T::Heading => "Scan answer codes with the camera",
        T::Help => "Ask the participants to show the QR code on their phone to the camera, one at a time. A high beep means the code was added, a low beep that it was not.",
        T::Privacy => "The camera image stays on this device and is not saved.",
        T::Starting => "Starting the camera …",
        T::On => "The camera is on. Show the next code.",
        T::VideoLabel => "Camera image",
        T::Denied => "The camera may not be used. Allow the camera for this page in the browser's settings, or type or paste the codes instead.",
        T::NoCamera => "No camera was found, or another program is using it. Type or paste the codes instead.",
        T::Unsupported => "This browser cannot read codes with the camera here. Type or paste the codes instead.",
        T::NotACode => "not an answer code",
        T::Damaged => "could not be read correctly – show the code again",
        T::OtherWorkshop => "belongs to another workshop",
        T::Duplicate => "already there – the code was added before",
        T::Taken => "Added:",
        T::Refused => "Not added:",
        T::Log => "Scanned so far",
    }
}
