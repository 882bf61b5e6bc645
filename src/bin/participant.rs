//! The participant page (`join.html`): only what a phone needs to take part in a workshop, so
//! it loads fast on a venue's wifi. Join links and their QR codes open it.

fn main() {
    yew::Renderer::<nara_vard_kompassen::features::participant::ParticipantApp>::new().render();
}
