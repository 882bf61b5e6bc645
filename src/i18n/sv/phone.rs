//! Svenska: the participant's texts on a phone (rating and the answer code).

use crate::i18n::{PhoneMsg as M, PhoneText as T};

pub fn text(key: T) -> &'static str {
    match key {
        T::Heading => "Workshop",
        T::ParticipantIntro => "Skatta på egen hand. Ingenting skickas någonstans: när du är klar får du en kod som du lämnar till samtalsledaren.",
        T::Back => "Tillbaka",
        T::Next => "Nästa",
        T::Done => "Klar – visa min svarskod",
        T::NothingAnswered => "Skatta minst en sak innan du tar fram din kod.",
        T::YourCode => "Din svarskod",
        T::CodeWays => "Lämna koden på det sätt som passar rummet:",
        T::CodeChat => "skriv den i chatten,",
        T::CodeSay => "läs upp den för samtalsledaren,",
        T::CodeCamera => "eller visa QR-koden för samtalsledarens kamera.",
        T::QrCode => "QR-kod med din svarskod",
        T::ChangeNote => "Har du redan lämnat din kod räknas den. Ändrar du svaren får du en ny kod.",
        T::ChangeAnswers => "Ändra mina svar",
        T::Leave => "Lämna workshopen",
        T::BadLink => "Länken till workshopen går inte att läsa. Be samtalsledaren om en ny länk.",
        T::JoinFirst => "Öppna länken eller skanna QR-koden som samtalsledaren visar, så kommer du till workshopen.",
    }
}

pub fn message(msg: M) -> String {
    match msg {
        M::WorkshopId { id } => format!("Workshop {id}"),
        M::ItemOf { i, n } => format!("{i} av {n}"),
    }
}
