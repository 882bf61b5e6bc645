//! Svenska: scanning answer codes with the camera.

use crate::i18n::ScanText as T;

pub fn text(key: T) -> &'static str {
    match key {
        T::Open => "Skanna svarskoder",
        T::Close => "Stäng kameran",
        T::Heading => "Skanna svarskoder med kameran",
        T::Help => "Be deltagarna visa QR-koden på sin telefon för kameran, en i taget. Ett högt pip betyder att koden är inlagd, ett lågt pip att den inte lades till.",
        T::Privacy => "Kamerabilden stannar i den här enheten och sparas inte.",
        T::Starting => "Startar kameran …",
        T::On => "Kameran är på. Visa nästa kod.",
        T::VideoLabel => "Kamerabild",
        T::Denied => "Kameran får inte användas. Tillåt kameran för den här sidan i webbläsarens inställningar, eller skriv eller klistra in koderna i stället.",
        T::NoCamera => "Ingen kamera hittades, eller så används den av ett annat program. Skriv eller klistra in koderna i stället.",
        T::Unsupported => "Den här webbläsaren kan inte läsa koder med kameran här. Skriv eller klistra in koderna i stället.",
        T::NotACode => "inte en svarskod",
        T::Damaged => "kunde inte läsas rätt – visa koden igen",
        T::OtherWorkshop => "hör till en annan workshop",
        T::Duplicate => "finns redan – koden är redan inlagd",
        T::Taken => "Inlagd:",
        T::Refused => "Inte inlagd:",
        T::Log => "Skannat hittills",
    }
}
