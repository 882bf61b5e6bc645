//! Random numbers for workshop ids and answer-code nonces. They only keep codes apart, so the
//! browser's `Math.random` is enough; nothing secret depends on them.

pub fn random_u64() -> u64 {
    let part = || (js_sys::Math::random() * 4_294_967_296.0) as u64;
    part() << 32 | part()
}
