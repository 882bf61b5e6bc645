//! Smaller JSON writers than serde's derive, writing the same bytes as `serde_json::to_writer`.
//!
//! serde's derived `Serialize` inlines every field's writer into each struct's own
//! `serialize`. [`write_struct!`] instead writes [`WriteJson`] for a struct: one call per field
//! to the shared, non-generic [`field`], which takes the value as `&dyn WriteJson`. Strings,
//! numbers, `Lang` and `Date` are still written by `serde_json` (the one serializer the app
//! already has), so escaping and number forms are `serde_json`'s own; `Step`, `Rating` and
//! `ActionStatus` are written by hand in serde's form. `core/tests/json_readers/` compares all
//! of it with serde's derived writers.
//!
//! Adding a field to such a struct: add its name to the struct's `write_struct!` line, in the
//! struct's order, with `if path` for serde's `skip_serializing_if = "path"`, or under `skip { }`
//! for serde's `#[serde(skip)]` (a field named in neither is a compile error); for a struct with a twin in
//! `core/tests/json_readers/derived*.rs`, add the field there too, with serde's attributes.
//! A new variant of `Step` needs its name in `impl WriteJson for Step` (the match is
//! exhaustive) and in `every_step` of `core/tests/support/mod.rs`.

use std::collections::BTreeMap;

use serde::ser::Error;
use serde::{Serialize, Serializer};
use serde_json::value::RawValue;

mod variants;

/// A value that writes itself as compact JSON.
pub trait WriteJson {
    fn write_json(&self, out: &mut Vec<u8>);
}

/// The compact JSON of `value`.
pub fn to_json(value: &dyn WriteJson) -> String {
    let mut out = Vec::new();
    value.write_json(&mut out);
    // Only UTF-8 is ever written.
    String::from_utf8(out).unwrap_or_default()
}

/// Writes `"name":value` into an object that `{` opened, after a `,` unless it is the first.
#[inline(never)]
pub fn field(out: &mut Vec<u8>, first: &mut bool, name: &str, value: &dyn WriteJson) {
    if !*first {
        out.push(b',');
    }
    *first = false;
    out.push(b'"');
    out.extend_from_slice(name.as_bytes());
    out.extend_from_slice(b"\":");
    value.write_json(out);
}

/// `Serialize` through [`WriteJson`], for a caller that still asks serde (tests, old call
/// sites): the text is handed to `serde_json` as a raw value.
pub fn serialize<S: Serializer>(value: &dyn WriteJson, serializer: S) -> Result<S::Ok, S::Error> {
    RawValue::from_string(to_json(value))
        .map_err(S::Error::custom)?
        .serialize(serializer)
}

/// Values that `serde_json` writes itself (strings with its escaping, numbers, the enums).
macro_rules! by_serde {
    ($($ty:ty),* $(,)?) => {
        $(
            impl WriteJson for $ty {
                fn write_json(&self, out: &mut Vec<u8>) {
                    // Writing to memory cannot fail.
                    let _ = serde_json::to_writer(out, self);
                }
            }
        )*
    };
}

by_serde!(
    str,
    u64,
    crate::assessment::date::Date,
    crate::framework::text::Lang
);

/// The smaller unsigned integers, written as a `u64` (the same digits) by one shared writer.
macro_rules! as_u64 {
    ($($ty:ty),*) => {
        $(
            impl WriteJson for $ty {
                fn write_json(&self, out: &mut Vec<u8>) {
                    write_dyn(out, &u64::from(*self));
                }
            }
        )*
    };
}

as_u64!(u8, u16, u32);

impl WriteJson for usize {
    fn write_json(&self, out: &mut Vec<u8>) {
        // usize is at most 64 bits on every target the app is built for.
        write_dyn(out, &(*self as u64));
    }
}

impl WriteJson for bool {
    fn write_json(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(if *self { b"true" } else { b"false" });
    }
}

/// Writes `value` through its vtable: keeps each element's or field's writer out of the
/// (generic) container writers, so that those stay one small copy per type.
#[inline(never)]
pub fn write_dyn(out: &mut Vec<u8>, value: &dyn WriteJson) {
    value.write_json(out);
}

/// Writes `[a,b,…]`.
#[inline(never)]
fn write_items(out: &mut Vec<u8>, items: &mut dyn Iterator<Item = &dyn WriteJson>) {
    out.push(b'[');
    for (i, v) in items.enumerate() {
        if i > 0 {
            out.push(b',');
        }
        v.write_json(out);
    }
    out.push(b']');
}

impl WriteJson for String {
    fn write_json(&self, out: &mut Vec<u8>) {
        self.as_str().write_json(out);
    }
}

impl<T: WriteJson + ?Sized> WriteJson for &T {
    fn write_json(&self, out: &mut Vec<u8>) {
        (**self).write_json(out);
    }
}

impl<T: WriteJson> WriteJson for Option<T> {
    fn write_json(&self, out: &mut Vec<u8>) {
        match self {
            Some(v) => write_dyn(out, v),
            None => out.extend_from_slice(b"null"),
        }
    }
}

impl<T: WriteJson> WriteJson for [T] {
    fn write_json(&self, out: &mut Vec<u8>) {
        write_items(out, &mut self.iter().map(|v| v as &dyn WriteJson));
    }
}

impl<T: WriteJson> WriteJson for Vec<T> {
    fn write_json(&self, out: &mut Vec<u8>) {
        self.as_slice().write_json(out);
    }
}

impl<T: WriteJson> WriteJson for BTreeMap<String, T> {
    fn write_json(&self, out: &mut Vec<u8>) {
        out.push(b'{');
        for (i, (k, v)) in self.iter().enumerate() {
            if i > 0 {
                out.push(b',');
            }
            write_dyn(out, k);
            out.push(b':');
            write_dyn(out, v);
        }
        out.push(b'}');
    }
}

/// `impl WriteJson` (and `Serialize` through it) for a struct with named fields, written in the
/// order given: `write_struct!(Type { always, sometimes if Option::is_none });` (`if path`
/// leaves the field out where `path(&field)` holds, as serde's `skip_serializing_if`).
/// `skip { field }` after the braces names the fields that are never written (serde's
/// `#[serde(skip)]`). Every field must be named in one of the two: a new field is a compile
/// error until it is.
macro_rules! write_struct {
    (@skip $value:expr) => { false };
    (@skip $value:expr, $skip:path) => { $skip($value) };
    ($ty:ty { $($field:ident $(if $skip:path)?),* $(,)? } $(skip { $($skipped:ident),* $(,)? })?) => {
        impl $crate::json_write::WriteJson for $ty {
            fn write_json(&self, out: &mut Vec<u8>) {
                // No `..`: the pattern names every field, so a field left off both lists fails.
                let Self { $($field: _,)* $($($skipped: _,)*)? } = self;
                let mut first = true;
                out.push(b'{');
                $(
                    if !$crate::json_write::write_struct!(@skip &self.$field $(, $skip)?) {
                        let name = stringify!($field);
                        $crate::json_write::field(out, &mut first, name, &self.$field);
                    }
                )*
                let _ = first;
                out.push(b'}');
            }
        }

        impl serde::Serialize for $ty {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                $crate::json_write::serialize(self, s)
            }
        }
    };
}

pub(crate) use write_struct;
