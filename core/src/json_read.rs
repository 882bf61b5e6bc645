//! Smaller JSON readers than serde's derive, with the same behaviour for a JSON object.
//!
//! serde's derived `Deserialize` gives every struct its own key matcher (`visit_str`,
//! `visit_bytes`, `visit_u64`) and a reader for an array as well as for an object, and inlines
//! each field's reader into it; in the wasm build, reading was 108 KB of code before
//! `wasm-opt`. [`read_struct!`] writes the object reader only; every struct shares one
//! non-generic key lookup ([`Key`]), and every field type one value reader ([`fill`]). The
//! messages are serde's own (`missing field`, `duplicate field`, `unknown field`, `invalid
//! type … expected struct X`), made through `serde::de::Error`, so `serde_json` adds the same
//! line and column. `core/tests/json_readers/` compares them with serde's derived readers.
//!
//! The one difference: a JSON array where an object belongs is refused where it starts
//! ("invalid type: sequence, expected struct X", at the position before the `[`, as for any
//! other value of the wrong type) instead of being read field by field in order, or refused
//! at its end with "invalid length …". The app never wrote a struct as an array.
//!
//! Adding a field to such a struct: add its name to the struct's `read_struct!` line (the
//! struct literal the macro builds does not compile without it), with `= default` where
//! serde's `#[serde(default)]` would have applied and `= path` for `#[serde(default =
//! "path")]`; and, for a struct with a twin in `core/tests/json_readers/derived*.rs`, the
//! same field there with serde's attribute (that test fails until the twins agree).

use std::fmt;

use serde::de::{DeserializeSeed, Deserializer, Error, MapAccess, Visitor};
use serde::Deserialize;

/// Reads one key of an object: its index in `names`, or `None` for a key the struct does not
/// have (refused with serde's "unknown field" message when `deny_unknown` is set).
#[derive(Clone, Copy)]
pub(crate) struct Key {
    pub(crate) names: &'static [&'static str],
    pub(crate) deny_unknown: bool,
}

impl<'de> DeserializeSeed<'de> for Key {
    type Value = Option<usize>;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Option<usize>, D::Error> {
        d.deserialize_identifier(self)
    }
}

impl Visitor<'_> for Key {
    type Value = Option<usize>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("field identifier")
    }

    fn visit_str<E: Error>(self, key: &str) -> Result<Option<usize>, E> {
        match self.names.iter().position(|n| *n == key) {
            Some(i) => Ok(Some(i)),
            None if self.deny_unknown => Err(E::unknown_field(key, self.names)),
            None => Ok(None),
        }
    }
}

/// Reads the value of the key `name` into `slot`, refused as serde refuses a key given twice.
/// One copy per field type, shared by every struct with a field of that type.
#[inline(never)]
pub(crate) fn fill<'de, A: MapAccess<'de>, T: Deserialize<'de>>(
    map: &mut A,
    slot: &mut Option<T>,
    name: &'static str,
) -> Result<(), A::Error> {
    if slot.is_some() {
        return Err(A::Error::duplicate_field(name));
    }
    *slot = Some(map.next_value()?);
    Ok(())
}

/// `impl Deserialize` for a struct with named fields, read from an object only:
/// `read_struct!(Type { required, with_default = default, other = path_to_fn });` (serde's
/// messages name it "struct Type").
/// `deny_unknown_fields` before the braces does what serde's attribute of that name does;
/// `skip { field }` after them names the fields serde's `#[serde(skip)]` leaves at their default.
macro_rules! read_struct {
    (@deny) => { false };
    (@deny deny_unknown_fields) => { true };
    (@missing $name:ident) => {
        return Err(serde::de::Error::missing_field(stringify!($name)))
    };
    (@missing $name:ident default) => {
        Default::default()
    };
    (@missing $name:ident $path:ident) => {
        $path()
    };
    ($ty:ident $($deny:ident)? { $($field:ident $(= $how:ident)?),* $(,)? }
        $(skip { $($skip:ident),* })?) => {
        impl<'de> serde::Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                #[allow(non_camel_case_types, clippy::enum_variant_names)]
                enum Field { $($field),* }
                struct Reader;
                impl<'de> serde::de::Visitor<'de> for Reader {
                    type Value = $ty;

                    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                        f.write_str(concat!("struct ", stringify!($ty)))
                    }

                    #[allow(clippy::manual_let_else)]
                    fn visit_map<A: serde::de::MapAccess<'de>>(
                        self,
                        mut map: A,
                    ) -> Result<$ty, A::Error> {
                        $(let mut $field = None;)*
                        let key = $crate::json_read::Key {
                            names: FIELDS,
                            deny_unknown: $crate::json_read::read_struct!(@deny $($deny)?),
                        };
                        while let Some(found) = map.next_key_seed(key)? {
                            let Some(i) = found else {
                                map.next_value::<serde::de::IgnoredAny>()?;
                                continue;
                            };
                            $(
                                if i == Field::$field as usize {
                                    let name = stringify!($field);
                                    $crate::json_read::fill(&mut map, &mut $field, name)?;
                                    continue;
                                }
                            )*
                        }
                        $(
                            let $field = match $field {
                                Some(v) => v,
                                None => $crate::json_read::read_struct!(@missing $field $($how)?),
                            };
                        )*
                        Ok($ty { $($field,)* $($($skip: Default::default()),*)? })
                    }
                }
                const FIELDS: &[&str] = &[$(stringify!($field)),*];
                d.deserialize_map(Reader)
            }
        }
    };
}

pub(crate) use read_struct;
