//! Share links: base64url, compression, and damaged links.
#![cfg(not(target_arch = "wasm32"))]

use kompass_core::files::saved::decode;
use kompass_core::files::share::{
    base64url, from_base64url, read_share, share_fragment, ShareError,
};
use kompass_core::framework::presets::presets;

const V1: &str = include_str!("fixtures/saved-v1.json");

#[test]
fn base64url_round_trips_every_length_and_refuses_strangers() {
    assert_eq!(base64url(b""), "");
    assert_eq!(base64url(b"f"), "Zg");
    assert_eq!(base64url(b"fo"), "Zm8");
    assert_eq!(base64url(b"foo"), "Zm9v");
    assert_eq!(base64url(&[0xfb, 0xff]), "-_8");
    for len in 0..300 {
        let bytes: Vec<u8> = (0..len).map(|i| (i * 37 + len) as u8).collect();
        assert_eq!(from_base64url(&base64url(&bytes)), Some(bytes));
    }
    assert_eq!(from_base64url("Zm9v+"), None, "+ is not URL-safe base64");
    assert_eq!(from_base64url("Zm9vZ"), None, "a length no encoder makes");
}

#[test]
fn an_assessment_travels_through_a_short_link() {
    let ws = decode(V1).expect("fixture");
    let a = &ws.assessments[0];
    let fragment = share_fragment(a, None);
    assert!(fragment.starts_with("dela="));
    assert!(fragment.len() < 1200, "{} characters", fragment.len());
    assert!(fragment
        .bytes()
        .all(|c| c.is_ascii_alphanumeric() || b"=-_".contains(&c)));
    let back = read_share(&format!("#{fragment}"), &presets())
        .expect("a share link")
        .expect("readable");
    assert_eq!(&back.assessment, a);
    assert_eq!(back.framework, None);
}

#[test]
fn other_fragments_are_not_share_links_and_damaged_links_say_so() {
    let fws = presets();
    assert_eq!(read_share("#main", &fws), None);
    assert_eq!(read_share("", &fws), None);
    assert_eq!(
        read_share("#dela=%%%", &fws),
        Some(Err(ShareError::Damaged))
    );
    let ws = decode(V1).expect("fixture");
    let fragment = share_fragment(&ws.assessments[0], None);
    let cut = &fragment[..fragment.len() / 2];
    assert_eq!(read_share(cut, &fws), Some(Err(ShareError::Damaged)));
    // A valid compressed document that is not an assessment of a known framework.
    let foreign = ws.assessments[2].clone();
    let mut unknown = foreign;
    unknown.framework_id = "gotland".into();
    assert!(matches!(
        read_share(&share_fragment(&unknown, None), &fws),
        Some(Err(ShareError::Unreadable(_)))
    ));
}
