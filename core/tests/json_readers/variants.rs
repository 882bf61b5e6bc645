//! Texts one change away from a full JSON document, for comparing two readers.

use serde_json::{json, Value};

/// JSON pointers of every object in `v`.
fn objects(v: &Value, at: &str, out: &mut Vec<String>) {
    match v {
        Value::Object(map) => {
            out.push(at.to_owned());
            for (k, child) in map {
                objects(child, &format!("{at}/{k}"), out);
            }
        }
        Value::Array(list) => {
            for (i, child) in list.iter().enumerate() {
                objects(child, &format!("{at}/{i}"), out);
            }
        }
        _ => {}
    }
}

/// `full` and every text one change away from it, pretty-printed (so lines and columns
/// differ): each key of each object left out, given a value of another type or doubled; an
/// unknown key added to each object; all keys of an object left out at once (serde names the
/// first missing field in struct order); and a few texts that are no object or no JSON.
pub fn variants(full: &Value) -> Vec<String> {
    let mut at = Vec::new();
    objects(full, "", &mut at);
    let mut texts = vec![serde_json::to_string_pretty(full).expect("json")];
    let pretty = |v: &Value| serde_json::to_string_pretty(v).expect("json");
    for path in &at {
        let keys: Vec<String> = full
            .pointer(path)
            .expect("path")
            .as_object()
            .expect("object")
            .keys()
            .cloned()
            .collect();
        let with = |change: &dyn Fn(&mut serde_json::Map<String, Value>)| {
            let mut v = full.clone();
            change(
                v.pointer_mut(path)
                    .expect("path")
                    .as_object_mut()
                    .expect("object"),
            );
            v
        };
        texts.push(pretty(&with(&|m| m.clear())));
        texts.push(pretty(&with(&|m| {
            m.insert("zz_unknown".into(), json!({"a": [1, null]}));
        })));
        for k in &keys {
            texts.push(pretty(&with(&|m| {
                m.remove(k);
            })));
            let was_object = full
                .pointer(&format!("{path}/{k}"))
                .is_some_and(Value::is_object);
            let mut others = vec![
                json!(true),
                json!("x"),
                json!(-1),
                json!(2.5),
                json!({}),
                json!(null),
            ];
            if !was_object {
                // A struct read from an array is the one known difference (main.rs tests it).
                others.push(json!([]));
            }
            for other in others {
                texts.push(pretty(&with(&|m| {
                    m.insert(k.clone(), other.clone());
                })));
            }
            // The same key twice: written under a placeholder that sorts last, then renamed.
            let doubled = with(&|m| {
                let value = m[k].clone();
                m.insert("zzzz_dup".into(), value);
            });
            texts.push(pretty(&doubled).replace("\"zzzz_dup\"", &format!("\"{k}\"")));
        }
    }
    for bad in ["\"text\"", "null", "3", "true", "{", "{\"a\" 1}", "{}x", ""] {
        texts.push(bad.to_owned());
    }
    texts
}
