fn main() {
    yew::Renderer::<nara_vard_kompassen::App>::new().render();
}
