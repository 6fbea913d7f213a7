//! The hand-written format against serde's derives: for documents of every shape, well-formed or
//! not, both read the same (or both refuse), and both write the very same text.

use super::*;
use crate::domain::document::Document;
use crate::domain::lock::Envelope;
use crate::domain::schema;
use proptest::prelude::*;
use serde::Serialize;
use serde_json::{json, Map, Value};

/// What serde's derives write for the stored form (`schema::encode` before this module).
#[derive(Serialize)]
struct SerdeStored<'a> {
    schema_version: u32,
    #[serde(flatten)]
    document: &'a Document,
}

fn serde_text(document: &Document) -> String {
    serde_json::to_string(&SerdeStored {
        schema_version: schema::CURRENT_VERSION,
        document,
    })
    .expect("serde writes every document")
}

/// The value at an error's path.
fn value_at<'a>(value: &'a Value, path: &str) -> Option<&'a Value> {
    path.split('.')
        .filter(|step| !step.is_empty())
        .try_fold(value, |value, step| match value {
            Value::Array(items) => items.get(step.parse::<usize>().ok()?),
            _ => value.get(step),
        })
}

/// Reads `text` both ways and checks they agree; gives the document when both read it.
///
/// The one difference allowed: serde's derives also read a struct from a list of its fields in
/// order (`"repair": []`), which no Mend ever wrote; this refuses it.
fn both_read(text: &str) -> Result<Option<Document>, TestCaseError> {
    let by_serde = serde_json::from_str::<Document>(text);
    let value = parse(text).map_err(|e| TestCaseError::fail(e.to_string()))?;
    match (by_serde, Document::from_json(&value)) {
        (Ok(a), Ok(b)) => {
            prop_assert_eq!(&a, &b);
            Ok(Some(b))
        }
        (Err(_), Err(_)) => Ok(None),
        (Ok(_), Err(e))
            if e.what == "expected an object"
                && serde_json::from_str::<Value>(text)
                    .is_ok_and(|tree| value_at(&tree, &e.path).is_some_and(Value::is_array)) =>
        {
            Ok(None)
        }
        (a, b) => Err(TestCaseError::fail(format!(
            "serde: {a:?}\nby hand: {b:?}\ntext: {text}"
        ))),
    }
}

// Generators of JSON shaped like the stored types. With `BAD` set while a generator is built,
// every field is sometimes left out, null, of the wrong kind, or joined by a field no build
// knows, and names, dates and numbers are sometimes wrong; without it, every value fits, so that
// the writing side is compared on many documents too.

thread_local! {
    static BAD: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

fn bad() -> bool {
    BAD.with(std::cell::Cell::get)
}

/// The document generator, with bad values or without.
fn documents(with_bad: bool) -> BoxedStrategy<Value> {
    BAD.with(|b| b.set(with_bad));
    let strategy = document();
    BAD.with(|b| b.set(false));
    strategy
}

/// `good`, or when building with bad values, `good` and `wrong` mixed.
fn or_wrong(good: BoxedStrategy<Value>, wrong: BoxedStrategy<Value>) -> BoxedStrategy<Value> {
    if bad() {
        prop_oneof![6 => good, 1 => wrong].boxed()
    } else {
        good
    }
}

fn junk() -> BoxedStrategy<Value> {
    prop_oneof![
        Just(Value::Null),
        Just(json!(-1)),
        Just(json!(1.5)),
        Just(json!(true)),
        Just(json!("?")),
        Just(json!([])),
        Just(json!({})),
        Just(json!({"x": 1, "y": 2})),
    ]
    .boxed()
}

/// A field's value: mostly `good`, sometimes null or junk.
fn sometimes_bad(good: BoxedStrategy<Value>) -> BoxedStrategy<Value> {
    or_wrong(good, prop_oneof![Just(Value::Null), junk()].boxed())
}

/// An object with these fields, each sometimes left out or bad, sometimes an unknown one.
fn object(fields: Vec<(&'static str, BoxedStrategy<Value>)>) -> BoxedStrategy<Value> {
    let with_bad = bad();
    let fields: Vec<BoxedStrategy<Option<(&'static str, Value)>>> = fields
        .into_iter()
        .map(|(name, good)| {
            let present = sometimes_bad(good).prop_map(move |v| Some((name, v)));
            if with_bad {
                prop_oneof![8 => present, 1 => Just(None)].boxed()
            } else {
                present.boxed()
            }
        })
        .collect();
    let extra = if with_bad {
        proptest::option::weighted(0.1, junk()).boxed()
    } else {
        Just(None).boxed()
    };
    (fields, extra)
        .prop_map(|(fields, extra)| {
            let mut map = Map::new();
            for (name, value) in fields.into_iter().flatten() {
                map.insert(name.to_owned(), value);
            }
            if let Some(extra) = extra {
                map.insert("from_a_newer_build".to_owned(), extra);
            }
            Value::Object(map)
        })
        .boxed()
}

fn text() -> BoxedStrategy<Value> {
    prop_oneof![
        "[a-z]{0,4}",
        "\\PC{0,6}",
        Just("\"quoted\" \\ back\nline\ttab\u{1}\u{1f}\u{7f}é😀".to_owned()),
    ]
    .prop_map(Value::String)
    .boxed()
}

/// A number that fits a `u8`, or, when building with bad values, one near or past the edge of
/// some whole-number type.
fn number() -> BoxedStrategy<Value> {
    let good = (0u64..8).prop_map(Value::from).boxed();
    let edges = prop_oneof![
        Just(255u64),
        Just(256),
        Just(65_535),
        Just(65_536),
        Just(u64::from(u32::MAX)),
        Just(u64::from(u32::MAX) + 1),
        Just(u64::MAX)
    ]
    .prop_map(Value::from)
    .boxed();
    or_wrong(good, edges)
}

fn boolean() -> BoxedStrategy<Value> {
    any::<bool>().prop_map(Value::Bool).boxed()
}

fn day() -> BoxedStrategy<Value> {
    let good = prop_oneof![
        "20[0-9]{2}-(0[1-9]|1[0-2])-(0[1-9]|1[0-9]|2[0-8])",
        Just("2024-02-29".to_owned()),
    ];
    let wrong = prop_oneof![Just("2026-02-30".to_owned()), Just("26-1-1".to_owned())];
    or_wrong(
        good.prop_map(Value::String).boxed(),
        wrong.prop_map(Value::String).boxed(),
    )
}

fn name(names: &'static [&'static str]) -> BoxedStrategy<Value> {
    or_wrong(
        proptest::sample::select(names)
            .prop_map(|n| Value::String(n.to_owned()))
            .boxed(),
        Just(json!("Unknown")).boxed(),
    )
}

fn list(item: BoxedStrategy<Value>) -> BoxedStrategy<Value> {
    proptest::collection::vec(item, 0..3)
        .prop_map(Value::Array)
        .boxed()
}

fn map_of(keys: BoxedStrategy<String>, item: BoxedStrategy<Value>) -> BoxedStrategy<Value> {
    proptest::collection::btree_map(keys, item, 0..3)
        .prop_map(|m| Value::Object(m.into_iter().collect()))
        .boxed()
}

fn id() -> BoxedStrategy<String> {
    prop_oneof![Just("ack-say-it".to_owned()), "[a-z-]{1,6}"].boxed()
}

const PARTNERS: &[&str] = &["A", "B"];
const ROLES: &[&str] = &[
    "WasHurt",
    "BrokeTrust",
    "Both",
    "CheckingIn",
    "PreferNotToSay",
];
const AREAS: &[&str] = &[
    "Honesty",
    "Reliability",
    "Boundaries",
    "Fidelity",
    "Security",
    "Support",
    "Accountability",
    "Conflict",
    "Expectations",
    "HowItShows",
    "SelfTrust",
];

fn answer() -> BoxedStrategy<Value> {
    let good = prop_oneof![
        number().prop_map(|n| json!({ "Rating": n })),
        Just(json!("Skipped")),
        Just(json!("NotApplicable")),
        Just(json!({ "Skipped": null })),
    ];
    let wrong = prop_oneof![
        Just(json!({ "Done": 1 })),
        Just(json!({ "Rating": 1, "Skipped": null })),
        Just(json!({ "Skipped": 1 })),
        junk(),
    ];
    or_wrong(good.boxed(), wrong.boxed())
}

fn answers() -> BoxedStrategy<Value> {
    map_of(
        prop_oneof![Just("hon-01".to_owned()), "[a-z]{3}-0[1-9]"].boxed(),
        answer(),
    )
}

fn score() -> BoxedStrategy<Value> {
    object(vec![
        ("value", number()),
        ("answered", number()),
        ("total", number()),
    ])
}

fn scores() -> BoxedStrategy<Value> {
    let (area, facet) = if bad() {
        (
            prop_oneof![8 => proptest::sample::select(AREAS).prop_map(str::to_owned), 1 => Just("Nope".to_owned())].boxed(),
            prop_oneof![Just("Faith".to_owned()), Just("Predictability".to_owned()), Just("Nope".to_owned())].boxed(),
        )
    } else {
        (
            proptest::sample::select(AREAS)
                .prop_map(str::to_owned)
                .boxed(),
            prop_oneof![Just("Faith".to_owned()), Just("Predictability".to_owned())].boxed(),
        )
    };
    object(vec![
        ("overall", score()),
        ("areas", map_of(area, score())),
        ("facets", map_of(facet, score())),
    ])
}

fn partner_result() -> BoxedStrategy<Value> {
    object(vec![
        ("name", text()),
        ("scores", scores()),
        ("answers", answers()),
        ("role", name(ROLES)),
    ])
}

fn run() -> BoxedStrategy<Value> {
    let solo = object(vec![
        ("mode", Just(json!("Solo")).boxed()),
        ("scores", scores()),
        ("answers", answers()),
        ("role", name(ROLES)),
    ]);
    let together = object(vec![
        ("mode", Just(json!("Together")).boxed()),
        ("a", partner_result()),
        ("b", partner_result()),
    ]);
    let result = if bad() {
        let mixed = object(vec![
            ("mode", name(&["Solo", "Together"])),
            ("scores", scores()),
            ("a", partner_result()),
        ]);
        prop_oneof![solo, together, mixed].boxed()
    } else {
        prop_oneof![solo, together].boxed()
    };
    let origin = object(vec![
        ("from", name(PARTNERS)),
        ("run_id", number()),
        ("changed", number()),
    ]);
    object(vec![
        ("id", number()),
        ("date", day()),
        ("bank_version", number()),
        ("result", result),
        ("origin", origin),
    ])
}

fn session() -> BoxedStrategy<Value> {
    let stage = or_wrong(
        prop_oneof![
            name(PARTNERS).prop_map(|p| json!({ "Answering": p })),
            Just(json!("HandOver")),
            Just(json!("Done")),
            Just(json!({ "Done": null })),
        ]
        .boxed(),
        Just(json!("Answering")).boxed(),
    );
    object(vec![
        ("started", day()),
        ("mode", name(&["Solo", "Together"])),
        ("stage", stage),
        ("step", number()),
        ("answers_a", answers()),
        ("answers_b", answers()),
        ("role_a", name(ROLES)),
        ("role_b", name(ROLES)),
        ("safety_a", Just(json!({"safe-01": "Yes"})).boxed()),
    ])
}

fn assessment() -> BoxedStrategy<Value> {
    object(vec![
        ("in_progress", session()),
        ("history", list(run())),
        ("next_id", number()),
    ])
}

fn worksheet() -> BoxedStrategy<Value> {
    let views = object(vec![
        ("need", text()),
        ("not_ok", text()),
        ("if_crossed", text()),
    ]);
    let revision = object(vec![
        ("text", text()),
        ("agreed_on", day()),
        ("replaced_on", day()),
    ]);
    let status = or_wrong(
        name(&["not_discussed", "talking", "agreed", "needs_revisiting"]),
        Just(json!("Agreed")).boxed(),
    );
    let entry = object(vec![
        ("hidden", boolean()),
        ("title", text()),
        ("a", views.clone()),
        ("b", views),
        ("agreement", text()),
        ("status", status),
        ("agreed_on", day()),
        ("revisit_by", day()),
        ("history", list(revision)),
    ]);
    let custom = object(vec![
        ("id", id().prop_map(Value::String).boxed()),
        ("title", text()),
        ("about", text()),
    ]);
    object(vec![
        ("order", list(id().prop_map(Value::String).boxed())),
        ("entries", map_of(id(), entry)),
        ("custom", list(custom)),
        ("next_custom", number()),
        ("received", map_of(id(), number())),
    ])
}

fn repair() -> BoxedStrategy<Value> {
    let tick = object(vec![("done_on", day()), ("note", text())]);
    let who = or_wrong(
        name(&["broke_trust", "hurt", "both"]),
        Just(json!("Both")).boxed(),
    );
    let step = object(vec![
        ("id", id().prop_map(Value::String).boxed()),
        ("phase", text()),
        ("text", text()),
        ("who", who),
    ]);
    let decision = object(vec![
        ("outcome", name(&["kept", "missed"])),
        ("on", day()),
        ("note", text()),
    ]);
    let promise = object(vec![
        ("id", number()),
        ("text", text()),
        ("made_on", day()),
        ("due", day()),
        ("decision", decision),
    ]);
    let rating = object(vec![("trust", number()), ("closeness", number())]);
    let check_in = object(vec![
        ("date", day()),
        ("a", rating.clone()),
        ("b", rating),
        ("went_well", text()),
        ("was_hard", text()),
        ("next_step", text()),
    ]);
    let saved = object(vec![("id", number()), ("check_in", check_in)]);
    let received = object(vec![
        ("from", name(PARTNERS)),
        ("their_id", text()),
        ("changed", number()),
    ]);
    object(vec![
        ("ticks", map_of(id(), tick.clone())),
        ("hidden", list(id().prop_map(Value::String).boxed())),
        ("custom_steps", list(step)),
        ("self_trust", map_of(id(), tick)),
        ("promises", list(promise)),
        ("check_ins", list(saved)),
        ("check_in_every_days", number()),
        ("next_step", number()),
        ("next_promise", number()),
        ("next_check_in", number()),
        ("received", map_of(id(), received)),
    ])
}

fn document() -> BoxedStrategy<Value> {
    let settings = object(vec![
        ("wipe_on_quick_exit", boolean()),
        ("asked_to_persist", boolean()),
        ("auto_lock_minutes", number()),
        ("me", name(PARTNERS)),
    ]);
    object(vec![
        (
            "schema_version",
            Just(json!(schema::CURRENT_VERSION)).boxed(),
        ),
        ("couple", object(vec![("a", text()), ("b", text())])),
        ("assessment", assessment()),
        ("boundaries", worksheet()),
        ("repair", repair()),
        ("settings", settings),
    ])
}

/// One step down a tree.
#[derive(Clone, Debug)]
enum Step {
    Key(String),
    Item(usize),
}

/// The path to every value under `value` (not `value` itself).
fn places(value: &Value, path: &mut Vec<Step>, out: &mut Vec<Vec<Step>>) {
    let children: Vec<(Step, &Value)> = match value {
        Value::Object(map) => map.iter().map(|(k, v)| (Step::Key(k.clone()), v)).collect(),
        Value::Array(items) => items
            .iter()
            .enumerate()
            .map(|(i, v)| (Step::Item(i), v))
            .collect(),
        _ => Vec::new(),
    };
    for (step, child) in children {
        path.push(step);
        out.push(path.clone());
        places(child, path, out);
        path.pop();
    }
}

/// Replaces the value at `path` with `junk`, or removes it when `remove` and it is a field.
fn damage(value: &mut Value, path: &[Step], junk: Value, remove: bool) {
    let Some((last, parents)) = path.split_last() else {
        return;
    };
    let mut parent = value;
    for step in parents {
        parent = match (parent, step) {
            (Value::Object(map), Step::Key(k)) => map.get_mut(k).expect("a path that exists"),
            (Value::Array(items), Step::Item(i)) => items.get_mut(*i).expect("a path that exists"),
            _ => unreachable!("paths follow the tree"),
        };
    }
    match (parent, last) {
        (Value::Object(map), Step::Key(k)) if remove => {
            map.remove(k);
        }
        (Value::Object(map), Step::Key(k)) => {
            map.insert(k.clone(), junk);
        }
        (Value::Array(items), Step::Item(i)) => items[*i] = junk,
        _ => unreachable!("paths follow the tree"),
    }
}

/// What one damaged place may hold instead: anything of the wrong kind, or a name serde also
/// reads as a bare enum variant (`{"A":null}`).
fn one_damage() -> BoxedStrategy<Value> {
    prop_oneof![
        4 => junk(),
        1 => Just(json!({ "A": null })),
        1 => Just(json!({ "Solo": null })),
        1 => Just(json!({ "agreed": null })),
        1 => Just(json!(300)),
        1 => Just(json!(u64::MAX)),
        1 => Just(json!("2026-13-01")),
    ]
    .boxed()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    /// A well-formed document with one place damaged or left out: any single difference between
    /// the two readers shows here, where the rest of the document reads.
    #[test]
    fn one_damaged_place_is_read_or_refused_as_serde_does(
        value in documents(false),
        at in any::<proptest::sample::Index>(),
        junk in one_damage(),
        remove in any::<bool>(),
    ) {
        let mut all = Vec::new();
        places(&value, &mut Vec::new(), &mut all);
        let mut damaged = value.clone();
        if !all.is_empty() {
            let path: &Vec<Step> = at.get(&all);
            damage(&mut damaged, path, junk, remove);
        }
        both_read(&damaged.to_string())?;
    }

    #[test]
    fn reads_and_writes_as_serde_does(value in documents(false)) {
        let text = value.to_string();
        let document = both_read(&text)?;
        prop_assert!(document.is_some(), "a well-formed document does not read: {}", text);
        if let Some(document) = document {
            let written = schema::encode(&document).map_err(TestCaseError::fail)?;
            prop_assert_eq!(&written, &serde_text(&document));
            prop_assert_eq!(both_read(&written)?, Some(document));
        }
    }

    #[test]
    fn reads_or_refuses_damaged_documents_as_serde_does(value in documents(true)) {
        let text = value.to_string();
        if let Some(document) = both_read(&text)? {
            let written = schema::encode(&document).map_err(TestCaseError::fail)?;
            prop_assert_eq!(&written, &serde_text(&document));
            // And what is written reads back as the same document.
            prop_assert_eq!(both_read(&written)?, Some(document));
        }
    }

    #[test]
    fn whole_numbers_are_written_as_the_standard_library_writes_them(n in any::<u64>(), small in any::<u8>()) {
        prop_assert_eq!(to_string(&n), n.to_string());
        prop_assert_eq!(to_string(&small), small.to_string());
        prop_assert_eq!(to_string(&(n as usize)), (n as usize).to_string());
    }

    #[test]
    fn strings_are_escaped_as_serde_does(text in any::<String>(), control in "[\\x00-\\x1f\"\\\\\\x7f\\u{80}-\\u{9f}]{0,8}") {
        for text in [text.clone(), control.clone(), format!("{control}{text}{control}")] {
            let mut out = String::new();
            write_str(&mut out, &text);
            prop_assert_eq!(&out, &serde_json::to_string(&text).expect("a string"));
        }
    }
}

#[test]
fn whole_numbers_at_their_edges_are_written_in_decimal() {
    assert_eq!(to_string(&0u64), "0");
    assert_eq!(to_string(&9u8), "9");
    assert_eq!(to_string(&10u16), "10");
    assert_eq!(to_string(&u8::MAX), "255");
    assert_eq!(to_string(&u32::MAX), "4294967295");
    assert_eq!(to_string(&u64::MAX), "18446744073709551615");
}

#[test]
fn every_fixture_reads_the_same_as_with_serde_and_writes_the_same_text() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
    let mut seen = 0;
    for entry in std::fs::read_dir(dir).expect("fixtures") {
        let path = entry.expect("entry").path();
        if path.extension().and_then(|e| e.to_str()) != Some("json") {
            continue;
        }
        let text = std::fs::read_to_string(&path).expect("fixture");
        // The fixtures of version 2 have the current shape; version 1's are read by
        // `schema::decode`'s own tests.
        if text.contains("\"schema_version\": 1") || text.contains("\"schema_version\":1") {
            continue;
        }
        let document = both_read(&text)
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
            .unwrap_or_else(|| panic!("{} does not read", path.display()));
        assert_eq!(
            schema::encode(&document).ok(),
            Some(serde_text(&document)),
            "{}",
            path.display()
        );
        seen += 1;
    }
    assert!(seen >= 4, "only {seen} fixtures of the current shape");
}

#[test]
fn the_lock_envelope_is_written_and_read_as_serde_does() {
    let envelope = Envelope::seal(600_000, &[1; 16], &[2; 12], &[3; 40]);
    let text = envelope.to_text();
    assert_eq!(
        text,
        serde_json::to_string(&envelope).expect("serde writes it")
    );
    let value = parse(&text).expect("json");
    assert_eq!(Envelope::from_json(&value), Ok(envelope));
    for bad in [
        r#"{"format":"mend-locked"}"#,
        r#"{"format":1,"version":1,"iterations":1,"salt":"","iv":"","data":""}"#,
    ] {
        let value = parse(bad).expect("json");
        assert!(Envelope::from_json(&value).is_err(), "{bad}");
        assert!(serde_json::from_str::<Envelope>(bad).is_err(), "{bad}");
    }
}

#[test]
fn errors_say_where_in_the_document_the_shape_is_wrong() {
    let value = parse(r#"{"repair":{"promises":[{"id":1,"text":"t","made_on":"2026-01-01","due":"2026-02-30"}]}}"#)
        .expect("json");
    let error = Document::from_json(&value).expect_err("a bad day");
    assert_eq!(
        error.to_string(),
        "repair.promises.0.due: \"2026-02-30\" is not a date like 2026-01-31"
    );
    let value = parse(r#"{"couple":{"a":7}}"#).expect("json");
    assert_eq!(
        Document::from_json(&value).map_err(|e| e.to_string()),
        Err("couple.a: expected a string".to_owned())
    );
}

/// [`read_list`] against reading the whole tree first: the same list, or the same error.
fn list_as_tree<T: FromJson + PartialEq + std::fmt::Debug>(
    text: &str,
) -> Result<(), TestCaseError> {
    let whole = parse(text).map(|tree| Vec::<T>::from_json(&tree));
    prop_assert_eq!(read_list::<T>(text), whole, "{}", text);
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    /// Lists whose items fit or do not, damaged or not: read item by item exactly as from the
    /// whole tree, a syntax error after an item that does not fit included.
    #[test]
    fn a_list_is_read_item_by_item_as_from_its_tree(
        items in proptest::collection::vec(prop_oneof![
            4 => any::<u32>().prop_map(|n| json!(n)),
            1 => Just(json!("7")),
            1 => Just(json!(null)),
            1 => Just(json!([1, 2])),
        ], 0..8),
        damage in proptest::option::of((any::<proptest::sample::Index>(), proptest::sample::select(vec!["", ",", "]", "[", "x", "\"", "{", " "]))),
    ) {
        let mut text = serde_json::to_string(&items).map_err(|e| TestCaseError::fail(e.to_string()))?;
        if let Some((at, put)) = damage {
            let i = at.index(text.len() + 1);
            text.insert_str(i, put);
        }
        list_as_tree::<u32>(&text)?;
        list_as_tree::<Option<u32>>(&text)?;
        list_as_tree::<Vec<u32>>(&text)?;
    }
}

#[test]
fn a_list_read_item_by_item_says_what_reading_the_tree_says() {
    // The first item that does not fit, by its index.
    let misfit = read_list::<u32>(r#"[1, "2", null]"#).map(|r| r.map_err(|e| e.to_string()));
    assert_eq!(
        misfit,
        Ok(Err("1: expected a whole number in range".to_owned()))
    );
    // Bad syntax after it is what is said, as when the whole tree is read first.
    assert!(read_list::<u32>(r#"[1, "2", x]"#).is_err());
    assert_eq!(
        read_list::<u32>(r#"{"a": 1}"#),
        Ok(Err(ShapeError::expected("a list")))
    );
    assert_eq!(read_list::<u32>("[1,2,3]"), Ok(Ok(vec![1, 2, 3])));
}
