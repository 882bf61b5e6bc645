use yew::prelude::*;

use crate::store::AppContext;

use crate::i18n::{t, AboutMsg, AboutText};

/// Who publishes the app and how to reach them, from the site configuration; nothing when the
/// site has none (the statement then asks the reader to contact the publishing organisation).
pub fn site_contact(state: &AppContext) -> Html {
    let lang = state.ws.lang;
    let site = &state.site;
    let Some(org) = &site.organisation else {
        return html! {};
    };
    let c = &site.contact;
    html! {
        <div class="site-contact">
            <p>{ t(lang, AboutMsg::PublishedBy { organisation: org.get(lang) }) }</p>
            <ul>
                if let Some(email) = &c.email {
                    <li>{ t(lang, AboutText::ContactEmail) }{ " " }<a href={format!("mailto:{email}")}>{ email.clone() }</a></li>
                }
                if let Some(phone) = &c.phone {
                    <li>{ t(lang, AboutText::ContactPhone) }{ " " }{ phone.clone() }</li>
                }
                if let Some(url) = &c.url {
                    <li><a href={url.clone()}>{ t(lang, AboutText::ContactPage) }</a></li>
                }
            </ul>
        </div>
    }
}
