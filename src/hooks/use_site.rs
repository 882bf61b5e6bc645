//! The organisation's site configuration, read once after the first render.

use yew::prelude::*;

use crate::hooks::use_mount;
use crate::i18n::{t, ErrorMsg};
use crate::platform::site_file::{self, SITE_FILE};
use crate::store::{Action, AppContext};
use kompass_core::framework::presets::presets;
use kompass_core::site::parse_site;
use kompass_core::{parse_framework, Framework};

/// Fetches `site.json` (if the site has one) and the framework files it names, and hands them
/// to the store; every problem is listed for the admin, and then nothing of the file is used.
#[hook]
pub fn use_site(state: AppContext) {
    use_mount(Box::new(move || {
        let lang = state.ws.lang;
        yew::platform::spawn_local(async move {
            let Some(text) = site_file::fetch(SITE_FILE).await else {
                return;
            };
            let built_in = presets();
            let ids: Vec<&str> = built_in.iter().map(|f| f.id.as_str()).collect();
            let site = match parse_site(&text, &ids) {
                Ok(site) => site,
                Err(problems) => {
                    let list = problems
                        .iter()
                        .map(|p| t(lang, ErrorMsg::Site(p)))
                        .collect();
                    state.dispatch(Action::SiteProblems(list));
                    return;
                }
            };
            let mut frameworks: Vec<Framework> = Vec::new();
            let mut problems: Vec<String> = Vec::new();
            for path in &site.frameworks {
                match site_file::fetch(path)
                    .await
                    .map(|text| parse_framework(&text))
                {
                    Some(Ok(fw)) => frameworks.push(fw),
                    Some(Err(errors)) => problems.extend(
                        errors
                            .iter()
                            .map(|e| format!("{path}: {}", t(lang, ErrorMsg::Framework(e)))),
                    ),
                    None => problems.push(format!(
                        "{path}: {}",
                        t(lang, ErrorMsg::FrameworkFileNotFetched)
                    )),
                }
            }
            let mut ids: Vec<&str> = built_in.iter().map(|f| f.id.as_str()).collect();
            ids.extend(frameworks.iter().map(|f| f.id.as_str()));
            if let Some(problem) = site.missing_framework(&ids) {
                problems.push(t(lang, ErrorMsg::Site(&problem)));
            }
            if !problems.is_empty() {
                state.dispatch(Action::SiteProblems(problems));
                return;
            }
            if let Some(colour) = &site.colour {
                site_file::set_brand_colour(colour);
            }
            state.dispatch(Action::Site {
                site: Box::new(site),
                frameworks,
            });
        });
        None
    }));
}
