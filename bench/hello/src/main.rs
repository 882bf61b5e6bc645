use yew::prelude::*;

/// Hello world with one button, so that "interactive" means the same as in the app: a control
/// whose input the page has handled (the count goes up).
#[component]
fn App() -> Html {
    let count = use_state(|| 0u32);
    let onclick = {
        let count = count.clone();
        Callback::from(move |_: MouseEvent| count.set(*count + 1))
    };
    html! {
        <>
            <h1>{ "Hello world" }</h1>
            <button type="button" {onclick}>{ format!("Klick: {}", *count) }</button>
        </>
    }
}

fn main() {
    yew::Renderer::<App>::new().render();
}
