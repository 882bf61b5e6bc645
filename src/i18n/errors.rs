//! Keys of the error sentences: framework files, unreadable saved data, files not imported.

use kompass_core::files::saved::StoreError;
use kompass_core::files::transfer::ImportError;
use kompass_core::site::SiteProblem;
use kompass_core::FrameworkError;

/// Every error sentence, each with the values it names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorMsg<'a> {
    /// One problem in a framework's content.
    Framework(&'a FrameworkError),
    /// Why saved data could not be read.
    Store(&'a StoreError),
    /// Why a file could not be imported, naming the file.
    Import { file: &'a str, err: &'a ImportError },
    /// A custom framework file that is not on the app's own site.
    FrameworkFileOtherSite,
    /// A custom framework file that could not be fetched at all.
    FrameworkFileNotFetched,
    /// A custom framework file answered with this HTTP status.
    FrameworkFileStatus(u16),
    /// A custom framework whose id is already a built-in framework's.
    FrameworkFilePresetId { id: &'a str },
    /// The heading of the list of a framework file's problems.
    FrameworkFileHeading { file: &'a str, n: usize },
    /// One problem in the site configuration (`site.json`), for its admin.
    Site(&'a SiteProblem),
    /// The heading of the list of the site configuration's problems.
    SiteHeading { n: usize },
}

localized_by!(ErrorMsg<'_>, String, errors::message);
