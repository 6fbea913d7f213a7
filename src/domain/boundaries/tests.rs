use super::*;
use crate::domain::edit::CUSTOM_PREFIX;
use proptest::prelude::*;

fn day(y: i32, m: u8, d: u8) -> Day {
    Day::new(y, m, d).expect("valid test date")
}

fn ids(ws: &Worksheet) -> Vec<String> {
    ws.view().into_iter().map(|c| c.id).collect()
}

fn builtin_ids() -> Vec<String> {
    BUILTIN_TOPICS.iter().map(|c| c.id.to_owned()).collect()
}

#[test]
fn content_is_complete_and_ids_are_unique() {
    assert_eq!(BUILTIN_TOPICS.len(), 7);
    let mut seen = HashSet::new();
    for c in BUILTIN_TOPICS {
        assert!(seen.insert(c.id), "duplicate id {}", c.id);
        assert!(!c.id.starts_with(CUSTOM_PREFIX), "{} looks custom", c.id);
        assert!(
            c.id.chars().all(|ch| ch.is_ascii_lowercase() || ch == '-'),
            "{}",
            c.id
        );
        assert!(has_words(c.title()) && has_words(c.about()), "{}", c.id);
        assert_eq!(
            c.title.id(),
            format!("topic-{}", c.id),
            "a topic's messages follow its id"
        );
        assert!(c.title().chars().count() <= MAX_TITLE_CHARS, "{}", c.id);
        assert!((2..=3).contains(&c.prompts.len()), "{}", c.id);
        assert!(c.prompts().iter().all(|p| has_words(p)), "{}", c.id);
        assert!(
            !c.about().contains("  "),
            "line continuation left spaces in {}",
            c.id
        );
    }
    assert!(has_words(intro()) && has_words(safety_note()));
}

#[test]
fn a_new_worksheet_lists_every_builtin_in_default_order() {
    let ws = Worksheet::new();
    assert_eq!(ids(&ws), builtin_ids());
    let first = &ws.view()[0];
    assert_eq!(first.title, BUILTIN_TOPICS[0].title());
    assert_eq!(first.prompts, BUILTIN_TOPICS[0].prompts());
    assert!(first.built_in);
    assert_eq!(first.entry, Entry::default());
    assert!(ws.hidden().is_empty());
}

#[test]
fn custom_topics_are_added_renamed_described_and_removed() {
    let mut ws = Worksheet::new();
    let id = ws
        .add_custom("  Chores \n and   housework ")
        .expect("valid title");
    assert_eq!(id, "custom-1");
    let view = ws.topic(&id).expect("added");
    assert_eq!(view.title, "Chores and housework");
    assert!(!view.built_in && view.prompts.is_empty() && view.about.is_empty());
    assert_eq!(ids(&ws).last(), Some(&id));

    ws.rename(&id, "Housework").expect("rename");
    ws.set_custom_about(&id, "  Who does what at home. ")
        .expect("about");
    let view = ws.topic(&id).expect("still there");
    assert_eq!(
        (view.title.as_str(), view.about.as_str()),
        ("Housework", "Who does what at home.")
    );

    let second = ws.add_custom("Pets").expect("valid");
    assert_eq!(second, "custom-2");
    ws.set_field(&id, Side::A, Field::Need, "help on Sundays")
        .expect("fits");
    ws.remove_custom(&id).expect("custom");
    assert!(ws.topic(&id).is_none());
    assert!(!ids(&ws).contains(&id));
    assert_eq!(ws.field(&id, Side::A, Field::Need), None);
    // Ids are never reused, even after a removal.
    assert_eq!(ws.add_custom("Holidays").as_deref(), Ok("custom-3"));
}

#[test]
fn titles_are_validated() {
    let mut ws = Worksheet::new();
    let cases: &[(&str, Result<(), FieldError>)] = &[
        ("", Err(FieldError::Empty { field: "title" })),
        ("   \n\t ", Err(FieldError::Empty { field: "title" })),
        (&"é".repeat(MAX_TITLE_CHARS), Ok(())),
        (
            &"é".repeat(MAX_TITLE_CHARS + 1),
            Err(FieldError::TooLong {
                field: "title",
                max: 80,
                len: 81,
            }),
        ),
    ];
    for (title, want) in cases {
        assert_eq!(ws.add_custom(title).map(|_| ()), *want, "{title:?}");
        assert_eq!(ws.rename("money", title), *want, "{title:?}");
    }
}

#[test]
fn builtins_can_be_renamed_reset_and_hidden_but_not_removed() {
    let mut ws = Worksheet::new();
    ws.rename("money", "Our money").expect("rename");
    let view = ws.topic("money").expect("built-in");
    assert_eq!(
        (view.title.as_str(), view.original_title),
        ("Our money", Some("Money"))
    );
    ws.reset_title("money").expect("reset");
    assert_eq!(ws.topic("money").map(|c| c.title), Some("Money".to_owned()));

    assert_eq!(ws.remove_custom("money"), Err(FieldError::BuiltIn));
    assert_eq!(ws.set_custom_about("money", "x"), Err(FieldError::BuiltIn));
    let custom = ws.add_custom("Pets").expect("valid");
    assert_eq!(ws.reset_title(&custom), Err(FieldError::NotBuiltIn));

    ws.set_field("money", Side::B, Field::NotOk, "secret debts")
        .expect("fits");
    ws.hide("money").expect("known");
    assert!(!ids(&ws).contains(&"money".to_owned()));
    assert_eq!(
        ws.hidden()
            .iter()
            .map(|c| c.id.as_str())
            .collect::<Vec<_>>(),
        ["money"]
    );
    ws.show("money").expect("known");
    assert_eq!(
        ws.field("money", Side::B, Field::NotOk),
        Some("secret debts")
    );
    assert_eq!(ids(&ws)[3], "money", "back in its old place");
}

#[test]
fn unknown_ids_are_refused_without_change() {
    let mut ws = Worksheet::new();
    let before = ws.clone();
    let today = day(2026, 3, 1);
    assert_eq!(ws.rename("nope", "x"), Err(FieldError::UnknownTopic));
    assert_eq!(ws.hide("nope"), Err(FieldError::UnknownTopic));
    assert_eq!(ws.show("nope"), Err(FieldError::UnknownTopic));
    assert_eq!(ws.move_up("nope"), Err(FieldError::UnknownTopic));
    assert_eq!(ws.move_down("nope"), Err(FieldError::UnknownTopic));
    assert_eq!(ws.remove_custom("custom-9"), Err(FieldError::UnknownTopic));
    assert_eq!(ws.reset_title("nope"), Err(FieldError::UnknownTopic));
    assert_eq!(
        ws.set_field("nope", Side::A, Field::Need, "x"),
        Err(FieldError::UnknownTopic)
    );
    assert_eq!(
        ws.set_status("nope", Status::Talking, today),
        Err(FieldError::UnknownTopic)
    );
    assert_eq!(
        ws.set_revisit_by("nope", None),
        Err(FieldError::UnknownTopic)
    );
    assert_eq!(ws.revisit("nope", today), Err(FieldError::UnknownTopic));
    assert_eq!(ws.field("nope", Side::A, Field::Need), None);
    assert_eq!(ws, before);
}

#[test]
fn moving_steps_over_hidden_neighbours_and_stops_at_the_ends() {
    let mut ws = Worksheet::new();
    let all = builtin_ids();
    ws.move_up(&all[0]).expect("known");
    ws.move_down(&all[6]).expect("known");
    assert_eq!(ids(&ws), all, "ends do not move");

    ws.move_down(&all[0]).expect("known");
    assert_eq!(
        &ids(&ws)[..3],
        [all[1].clone(), all[0].clone(), all[2].clone()]
    );
    ws.move_up(&all[0]).expect("known");
    assert_eq!(ids(&ws), all);

    // With [2] hidden, moving [3] up lands it above [1] in one press.
    ws.hide(&all[2]).expect("known");
    ws.move_up(&all[3]).expect("known");
    assert_eq!(
        &ids(&ws)[..3],
        [all[0].clone(), all[3].clone(), all[1].clone()]
    );
    ws.show(&all[2]).expect("known");
    assert_eq!(
        &ids(&ws)[..4],
        [
            all[0].clone(),
            all[3].clone(),
            all[1].clone(),
            all[2].clone()
        ]
    );
}

#[test]
fn set_field_stores_each_slot_and_refuses_bad_input_whole() {
    let mut ws = Worksheet::new();
    let slots = [
        (Side::A, Field::Need),
        (Side::A, Field::NotOk),
        (Side::A, Field::IfCrossed),
        (Side::B, Field::Need),
        (Side::B, Field::NotOk),
        (Side::B, Field::IfCrossed),
        (Side::Shared, Field::Agreement),
    ];
    for (i, (who, field)) in slots.iter().enumerate() {
        assert!(who.fields().contains(field));
        ws.set_field("conflict", *who, *field, &format!("text {i}"))
            .expect("fits");
        assert_eq!(
            ws.field("conflict", *who, *field),
            Some(format!("text {i}").as_str())
        );
        assert_eq!(
            ws.topic("conflict").map(|c| c.entry.filled()),
            Some(i as u8 + 1)
        );
    }
    for (who, field) in [
        (Side::A, Field::Agreement),
        (Side::B, Field::Agreement),
        (Side::Shared, Field::Need),
    ] {
        assert_eq!(
            ws.set_field("conflict", who, field, "x"),
            Err(FieldError::NotAField)
        );
        assert_eq!(ws.field("conflict", who, field), None);
    }

    // Limits count characters, not bytes: 2000 four-byte emoji fit.
    let max = "🙂".repeat(MAX_FIELD_CHARS);
    assert_eq!(ws.set_field("money", Side::A, Field::Need, &max), Ok(()));
    let over = format!("{max}a");
    assert_eq!(
        ws.set_field("money", Side::A, Field::Need, &over),
        Err(FieldError::TooLong {
            field: "text",
            max: MAX_FIELD_CHARS,
            len: MAX_FIELD_CHARS + 1
        })
    );
    assert_eq!(
        ws.field("money", Side::A, Field::Need),
        Some(max.as_str()),
        "nothing stored"
    );

    // Markup is just text.
    ws.set_field("money", Side::B, Field::Need, "<script>x</script>")
        .expect("fits");
    assert_eq!(
        ws.field("money", Side::B, Field::Need),
        Some("<script>x</script>")
    );
    // Blank text does not count as filled.
    ws.set_field("intimacy", Side::A, Field::Need, "  \n ")
        .expect("fits");
    assert_eq!(ws.topic("intimacy").map(|c| c.entry.filled()), Some(0));
}

#[test]
fn agreeing_records_the_date_and_locks_the_wording() {
    let mut ws = Worksheet::new();
    let (d1, d2) = (day(2026, 1, 10), day(2026, 1, 20));
    assert_eq!(
        ws.set_status("money", Status::Agreed, d1),
        Err(FieldError::Empty { field: "agreement" })
    );
    ws.set_status("money", Status::Talking, d1).expect("known");
    ws.set_field(
        "money",
        Side::Shared,
        Field::Agreement,
        "Talk before spending over 200.",
    )
    .expect("fits");
    ws.set_status("money", Status::Agreed, d1)
        .expect("has wording");
    ws.set_status("money", Status::Agreed, d2).expect("again");
    let entry = ws.topic("money").expect("known").entry;
    assert_eq!(
        (entry.status, entry.agreed_on),
        (Status::Agreed, Some(d1)),
        "first date kept"
    );

    assert_eq!(
        ws.set_field("money", Side::Shared, Field::Agreement, "changed"),
        Err(FieldError::AgreementLocked)
    );
    // Re-saving the same text (a form submit without edits) is fine.
    assert_eq!(
        ws.set_field(
            "money",
            Side::Shared,
            Field::Agreement,
            "Talk before spending over 200."
        ),
        Ok(())
    );
    // Partners' own views stay editable.
    assert_eq!(
        ws.set_field("money", Side::A, Field::Need, "a budget"),
        Ok(())
    );
}

#[test]
fn revisiting_keeps_earlier_wording_with_its_dates() {
    let mut ws = Worksheet::new();
    let (d1, d2, d3, d4) = (
        day(2026, 1, 1),
        day(2026, 2, 1),
        day(2026, 3, 1),
        day(2026, 4, 1),
    );
    ws.set_field("conflict", Side::Shared, Field::Agreement, "No shouting.")
        .expect("fits");
    ws.set_status("conflict", Status::Agreed, d1)
        .expect("agreed");
    ws.set_revisit_by("conflict", Some(d3)).expect("known");

    ws.revisit("conflict", d2).expect("known");
    let e = ws.topic("conflict").expect("known").entry;
    assert_eq!(e.status, Status::Talking);
    assert_eq!((e.agreed_on, e.revisit_by), (None, None));
    assert_eq!(e.agreement, "No shouting.", "kept as a draft");
    assert_eq!(
        e.history,
        [Revision {
            text: "No shouting.".into(),
            agreed_on: Some(d1),
            replaced_on: d2
        }]
    );

    // A second press while still talking does not duplicate the history.
    ws.revisit("conflict", d2).expect("known");
    assert_eq!(ws.topic("conflict").expect("known").entry.history.len(), 1);

    ws.set_field(
        "conflict",
        Side::Shared,
        Field::Agreement,
        "No shouting; breaks of 20 minutes.",
    )
    .expect("unlocked");
    ws.set_status("conflict", Status::Agreed, d3)
        .expect("agreed");
    ws.set_status("conflict", Status::NeedsRevisiting, d4)
        .expect("known");
    ws.revisit("conflict", d4).expect("known");
    let e = ws.topic("conflict").expect("known").entry;
    assert_eq!(e.history.len(), 2);
    assert_eq!(e.history[1].agreed_on, Some(d3));
    assert_eq!(e.history[1].replaced_on, d4);

    // Revisiting something never agreed just opens the talk.
    ws.revisit("money", d4).expect("known");
    let e = ws.topic("money").expect("known").entry;
    assert_eq!((e.status, e.history.len()), (Status::Talking, 0));
}

#[test]
fn due_for_review_at_the_date_boundary() {
    let mut ws = Worksheet::new();
    let review = day(2026, 5, 10);
    ws.set_field("money", Side::Shared, Field::Agreement, "x")
        .expect("fits");
    ws.set_status("money", Status::Agreed, day(2026, 1, 1))
        .expect("agreed");
    ws.set_revisit_by("money", Some(review)).expect("known");
    ws.set_status("intimacy", Status::NeedsRevisiting, day(2026, 1, 1))
        .expect("known");
    ws.set_revisit_by("conflict", Some(day(2026, 1, 1)))
        .expect("known"); // not agreed: never due

    let table = [
        (review.plus_days(-1), false),
        (review, true),
        (review.plus_days(1), true),
    ];
    for (today, money_due) in table {
        let due = ws.due_for_review(today);
        let want_len = 1 + usize::from(money_due);
        assert_eq!(due.len(), want_len, "{today}");
        assert!(due
            .iter()
            .any(|d| d.id == "intimacy" && d.reason == DueReason::Marked));
        assert_eq!(
            due.iter()
                .any(|d| d.id == "money" && d.reason == DueReason::DateReached(review)),
            money_due
        );
        assert_eq!(ws.overview(today).due, want_len);
    }
    // Display order: money (4th) before intimacy (6th).
    assert_eq!(ws.due_for_review(review)[0].id, "money");
    ws.hide("money").expect("known");
    assert_eq!(
        ws.due_for_review(review).len(),
        1,
        "hidden areas are not listed"
    );
}

#[test]
fn progress_and_overview_count_visible_areas() {
    let mut ws = Worksheet::new();
    let today = day(2026, 6, 1);
    ws.set_field("money", Side::A, Field::Need, "x")
        .expect("fits");
    ws.set_field("money", Side::B, Field::Need, "y")
        .expect("fits");
    ws.set_field("money", Side::Shared, Field::Agreement, "z")
        .expect("fits");
    ws.set_status("money", Status::Agreed, today)
        .expect("agreed");
    ws.set_status("conflict", Status::Talking, today)
        .expect("known");
    ws.set_status("intimacy", Status::NeedsRevisiting, today)
        .expect("known");
    let pets = ws.add_custom("Pets").expect("valid");
    ws.set_field(&pets, Side::A, Field::IfCrossed, "talk")
        .expect("fits");
    ws.hide("personal-space").expect("known");

    let progress = ws.progress(today);
    assert_eq!(progress.len(), 7);
    let money = progress.iter().find(|p| p.id == "money").expect("visible");
    assert_eq!(
        (money.filled, money.status, money.due),
        (3, Status::Agreed, false)
    );
    assert!(progress
        .iter()
        .any(|p| p.id == pets && p.filled == 1 && p.title == "Pets"));

    let o = ws.overview(today);
    assert_eq!(
        o,
        Overview {
            topics: 7,
            not_discussed: 4,
            talking: 1,
            agreed: 1,
            needs_revisiting: 1,
            due: 1,
            fields_filled: 4,
            fields_total: 49,
        }
    );
    assert_eq!(
        o.not_discussed + o.talking + o.agreed + o.needs_revisiting,
        o.topics
    );
}

#[test]
fn custom_topic_cap() {
    let mut ws = Worksheet::new();
    for i in 0..MAX_CUSTOM_TOPICS {
        ws.add_custom(&format!("Topic {i}")).expect("under the cap");
    }
    assert_eq!(
        ws.add_custom("One more"),
        Err(FieldError::TooMany {
            max: MAX_CUSTOM_TOPICS
        })
    );
    assert_eq!(ws.view().len(), 7 + MAX_CUSTOM_TOPICS);
}

#[test]
fn empty_json_is_the_default_worksheet() {
    let ws: Worksheet = serde_json::from_str("{}").expect("empty object");
    assert_eq!(ws, Worksheet::default());
    assert_eq!(ids(&ws), builtin_ids());
}

#[test]
fn populated_worksheet_round_trips_through_json() {
    let mut ws = Worksheet::new();
    let d = day(2026, 2, 14);
    let pets = ws.add_custom("Pets").expect("valid");
    ws.set_custom_about(&pets, "The dog.").expect("fits");
    ws.rename("money", "Our money").expect("valid");
    ws.hide("intimacy").expect("known");
    ws.move_up(&pets).expect("known");
    ws.set_field(
        "money",
        Side::Shared,
        Field::Agreement,
        "Ask first. \"Quotes\" and ünïcödé",
    )
    .expect("fits");
    ws.set_status("money", Status::Agreed, d).expect("agreed");
    ws.revisit("money", d.plus_days(30)).expect("known");
    ws.set_status("money", Status::Agreed, d.plus_days(31))
        .expect("agreed");
    ws.set_revisit_by("money", Some(d.plus_days(90)))
        .expect("known");

    let json = serde_json::to_string(&ws).expect("serialize");
    assert!(
        json.contains("\"2026-02-14\""),
        "days are plain strings: {json}"
    );
    let back: Worksheet = serde_json::from_str(&json).expect("deserialize");
    assert_eq!(back, ws);
    assert_eq!(back.view(), ws.view());
}

#[test]
fn unknown_ids_in_saved_data_are_ignored() {
    let json = r#"{
        "order": ["gone", "money", "money", "custom-7", "conflict"],
        "entries": {
            "gone": {"agreement": "old", "status": "agreed"},
            "money": {"title": "   ", "a": {"need": "x"}, "unknown_field": 1}
        },
        "custom": [
            {"id": "custom-7", "title": ""},
            {"id": "custom-7", "title": "duplicate"},
            {"id": "money", "title": "shadowing a built-in"}
        ],
        "next_custom": 6,
        "from_a_future_version": true
    }"#;
    let mut ws: Worksheet = serde_json::from_str(json).expect("tolerant");
    let got = ids(&ws);
    assert_eq!(&got[..3], ["money", "custom-7", "conflict"]);
    assert_eq!(got.len(), 8, "each known area once");
    assert_eq!(
        ws.topic("money").map(|c| c.title),
        Some("Money".into()),
        "blank rename ignored"
    );
    assert_eq!(ws.topic("custom-7").map(|c| c.title), Some(untitled()));
    assert!(ws.topic("gone").is_none());
    assert_eq!(ws.due_for_review(day(2030, 1, 1)), []);
    // A new id skips the ones already taken.
    assert_eq!(ws.add_custom("New").as_deref(), Ok("custom-8"));
}

#[derive(Clone, Debug)]
enum Op {
    Add(String),
    Rename(usize, String),
    Hide(usize),
    Show(usize),
    Up(usize),
    Down(usize),
    Remove(usize),
    Set(usize, u8, String),
    Status(usize, u8, i64),
    Revisit(usize, i64),
}

fn op() -> impl Strategy<Value = Op> {
    let text = "[a-z \n]{0,12}";
    prop_oneof![
        text.prop_map(Op::Add),
        (0..12usize, text).prop_map(|(i, t)| Op::Rename(i, t)),
        (0..12usize).prop_map(Op::Hide),
        (0..12usize).prop_map(Op::Show),
        (0..12usize).prop_map(Op::Up),
        (0..12usize).prop_map(Op::Down),
        (0..12usize).prop_map(Op::Remove),
        (0..12usize, 0..7u8, text).prop_map(|(i, f, t)| Op::Set(i, f, t)),
        (0..12usize, 0..4u8, 0..400i64).prop_map(|(i, s, d)| Op::Status(i, s, d)),
        (0..12usize, 0..400i64).prop_map(|(i, d)| Op::Revisit(i, d)),
    ]
}

proptest! {
    #[test]
    fn any_sequence_of_operations_keeps_the_worksheet_consistent(ops in proptest::collection::vec(op(), 0..60)) {
        let mut ws = Worksheet::new();
        let start = day(2026, 1, 1);
        let slots = [
            (Side::A, Field::Need), (Side::A, Field::NotOk), (Side::A, Field::IfCrossed),
            (Side::B, Field::Need), (Side::B, Field::NotOk), (Side::B, Field::IfCrossed),
            (Side::Shared, Field::Agreement),
        ];
        for op in ops {
            let all: Vec<String> = ws.view().into_iter().chain(ws.hidden()).map(|c| c.id).collect();
            let pick = |i: usize| all.get(i).cloned().unwrap_or_else(|| "unknown".into());
            // Errors are fine; panics and inconsistencies are not.
            let _ = match op {
                Op::Add(t) => ws.add_custom(&t).map(|_| ()),
                Op::Rename(i, t) => ws.rename(&pick(i), &t),
                Op::Hide(i) => ws.hide(&pick(i)),
                Op::Show(i) => ws.show(&pick(i)),
                Op::Up(i) => ws.move_up(&pick(i)),
                Op::Down(i) => ws.move_down(&pick(i)),
                Op::Remove(i) => ws.remove_custom(&pick(i)),
                Op::Set(i, f, t) => {
                    let (who, field) = slots[usize::from(f)];
                    ws.set_field(&pick(i), who, field, &t)
                }
                Op::Status(i, s, d) => ws.set_status(&pick(i), Status::ALL[usize::from(s)], start.plus_days(d)),
                Op::Revisit(i, d) => ws.revisit(&pick(i), start.plus_days(d)),
            };
            let visible = ws.view();
            let hidden = ws.hidden();
            prop_assert_eq!(ws.visible_ids(), visible.iter().map(|c| c.id.clone()).collect::<Vec<_>>());
            let mut seen = HashSet::new();
            for c in visible.iter().chain(&hidden) {
                prop_assert!(seen.insert(c.id.clone()), "{} listed twice", c.id);
                prop_assert!(c.entry.filled() <= FIELDS_PER_TOPIC);
                prop_assert!(!c.title.is_empty());
                if c.entry.status == Status::Agreed {
                    prop_assert!(c.entry.agreed_on.is_some());
                }
            }
            for b in BUILTIN_TOPICS {
                prop_assert!(seen.contains(b.id), "built-in {} lost", b.id);
            }
            let o = ws.overview(start);
            prop_assert_eq!(o.topics, visible.len());
            prop_assert_eq!(o.not_discussed + o.talking + o.agreed + o.needs_revisiting, o.topics);
            let json = serde_json::to_string(&ws).map_err(|e| TestCaseError::fail(e.to_string()))?;
            let back: Worksheet = serde_json::from_str(&json).map_err(|e| TestCaseError::fail(e.to_string()))?;
            prop_assert_eq!(&back, &ws);
        }
    }
}

#[test]
fn leaving_an_agreement_for_talking_is_refused_and_revisiting_keeps_the_agreed_text() {
    for back_to in [Status::Talking, Status::NotDiscussed] {
        let mut ws = Worksheet::new();
        let (d1, d2) = (day(2026, 2, 1), day(2026, 3, 1));
        ws.set_field(
            "money",
            Side::Shared,
            Field::Agreement,
            "Talk before big spending.",
        )
        .expect("fits");
        ws.set_status("money", Status::Agreed, d1)
            .expect("has wording");
        ws.set_revisit_by("money", Some(d2)).expect("known");
        let before = ws.clone();
        // One arrow key on the picker: nothing opened, nothing moved, no date lost.
        assert_eq!(
            ws.set_status("money", back_to, d2),
            Err(FieldError::AgreementLocked),
            "{back_to:?}"
        );
        assert_eq!(ws, before, "{back_to:?}");
        // Its own button opens it again.
        ws.revisit("money", d2).expect("known");
        let entry = ws.topic("money").expect("known").entry;
        assert_eq!((entry.status, entry.agreed_on), (Status::Talking, None));
        assert_eq!(
            entry.history.len(),
            1,
            "the agreed wording is kept in the history"
        );
        assert_eq!(
            (entry.history[0].agreed_on, entry.history[0].replaced_on),
            (Some(d1), d2)
        );
        // The wording can be edited again, and the status set freely.
        ws.set_field("money", Side::Shared, Field::Agreement, "Talk first.")
            .expect("editable");
        ws.set_status("money", back_to, d2).expect("open");
    }
    // "Needs another look" keeps the agreement as it is.
    let mut ws = Worksheet::new();
    ws.set_field("money", Side::Shared, Field::Agreement, "Talk first.")
        .expect("fits");
    ws.set_status("money", Status::Agreed, day(2026, 2, 1))
        .expect("agreed");
    ws.set_status("money", Status::NeedsRevisiting, day(2026, 3, 1))
        .expect("known");
    let entry = ws.topic("money").expect("known").entry;
    assert_eq!(
        (entry.agreed_on, entry.history.len()),
        (Some(day(2026, 2, 1)), 0)
    );
    // And back to "Agreed" (an arrow key on the picker does both at once): the wording is the
    // one agreed, on the day it was.
    ws.set_status("money", Status::Agreed, day(2026, 3, 2))
        .expect("agreed");
    let entry = ws.topic("money").expect("known").entry;
    assert_eq!(
        (entry.status, entry.agreed_on, entry.history.len()),
        (Status::Agreed, Some(day(2026, 2, 1)), 0)
    );
}

#[test]
fn a_title_is_theirs_when_they_wrote_it_and_not_once_it_is_the_built_in_one_again() {
    let today = day(2026, 5, 1);
    let mut ws = Worksheet::new();
    let theirs = |ws: &Worksheet, id: &str| {
        let view = ws.topic(id).expect("known").title_is_theirs();
        let progress = ws.progress(today).into_iter().find(|p| p.id == id);
        assert_eq!(
            progress.map(|p| p.theirs),
            Some(view),
            "{id}: progress agrees"
        );
        view
    };
    assert!(!theirs(&ws, "money"), "a built-in title");
    ws.rename("money", "Our savings").expect("valid");
    assert!(theirs(&ws, "money"), "renamed");
    ws.reset_title("money").expect("known");
    assert!(!theirs(&ws, "money"), "the built-in title again");
    let pets = ws.add_custom("Pets").expect("valid");
    assert!(theirs(&ws, &pets), "a topic of their own");
    // Renamed to the built-in title's very words, it reads as the app's own.
    ws.rename(
        "money",
        ws.topic("money")
            .expect("known")
            .original_title
            .expect("built in"),
    )
    .expect("valid");
    assert!(!theirs(&ws, "money"));
    // Due items say the same.
    ws.rename("conflict", "When we fight").expect("valid");
    ws.set_field("conflict", Side::Shared, Field::Agreement, "Pause first.")
        .expect("fits");
    ws.set_status("conflict", Status::NeedsRevisiting, today)
        .expect("known");
    let due = ws.due_for_review(today);
    assert_eq!(
        due.iter()
            .map(|d| (d.id.as_str(), d.theirs))
            .collect::<Vec<_>>(),
        [("conflict", true)]
    );
}
