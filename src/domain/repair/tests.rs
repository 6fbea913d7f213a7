use super::*;
use crate::domain::edit::CUSTOM_PREFIX;
use proptest::prelude::*;
use std::collections::HashSet;

fn day(y: i32, m: u8, d: u8) -> Day {
    Day::new(y, m, d).expect("valid test date")
}

fn check_in(date: Day, a: (u8, u8), b: (u8, u8)) -> CheckIn {
    CheckIn {
        date,
        a: Rating {
            trust: a.0,
            closeness: a.1,
        },
        b: Rating {
            trust: b.0,
            closeness: b.1,
        },
        went_well: String::new(),
        was_hard: String::new(),
        next_step: String::new(),
    }
}

fn words(text: &str) -> bool {
    !text.trim().is_empty()
}

#[test]
fn content_ids_are_unique_and_texts_present() {
    assert_eq!(PHASES.len(), 8);
    let mut ids = HashSet::new();
    let mut whos = HashSet::new();
    for p in PHASES {
        assert!(ids.insert(p.id), "duplicate id {}", p.id);
        assert!(words(p.title()) && words(p.intro()), "{}", p.id);
        assert!(
            (3..=5).contains(&p.steps.len()),
            "{} has {} steps",
            p.id,
            p.steps.len()
        );
        for s in p.steps {
            assert!(ids.insert(s.id), "duplicate id {}", s.id);
            assert!(!s.id.starts_with(CUSTOM_PREFIX), "{}", s.id);
            assert!(
                words(s.text()) && words(s.why()) && words(s.done_when()),
                "{}",
                s.id
            );
            assert!(s.text().chars().count() <= 200, "{} is long", s.id);
            whos.insert(s.who);
        }
        assert!(
            !p.intro().contains("  "),
            "line continuation left spaces in {}",
            p.id
        );
    }
    assert_eq!(whos.len(), Doer::ALL.len(), "every who is used");
    assert!((4..=6).contains(&SELF_TRUST.len()));
    for i in SELF_TRUST {
        assert!(ids.insert(i.id), "duplicate id {}", i.id);
        assert!(words(i.text()) && words(i.why()), "{}", i.id);
    }
    assert!(words(intro()) && words(self_trust_intro()));
    assert!(phase("boundaries").is_some_and(|p| p.related.contains(&Related::BoundaryWorksheet)));
    assert!(phase("support").is_some_and(|p| p.related.contains(&Related::SafetyHelp)));
    // The checklist draws the first phase before the others; its safety link draws the text at
    // once when its phase is not there yet, and that phase then leaves its copy out
    // (`ui::pages::repair::checklist::phase_section`). In the first phase it would be shown twice.
    assert!(PHASES
        .first()
        .is_some_and(|p| !p.related.contains(&Related::SafetyHelp)));
    assert!(Doer::ALL.iter().all(|w| words(w.label())));
}

#[test]
fn percent_table() {
    for (done, total, want) in [
        (0, 0, 0),
        (5, 0, 0),
        (0, 4, 0),
        (1, 4, 25),
        (1, 3, 33),
        (2, 3, 67),
        (1, 8, 13), // 12.5 rounds up
        (3, 3, 100),
        (9, 3, 100), // never above 100
        (u32::MAX, u32::MAX, 100),
        (1, u32::MAX, 0),
    ] {
        assert_eq!(percent(done, total), want, "{done}/{total}");
        assert_eq!(Progress { done, total }.percent(), want);
    }
}

#[test]
fn progress_counts_visible_steps_per_phase_and_overall() {
    let mut plan = RepairPlan::new();
    let today = day(2026, 1, 5);
    let total: u32 = PHASES.iter().map(|p| p.steps.len() as u32).sum();
    assert_eq!(plan.overall_progress(), Progress { done: 0, total });
    assert_eq!(plan.phase_progress("nope"), Progress::default());

    let ack = phase("acknowledge").expect("built-in");
    let n = ack.steps.len() as u32;
    let table: &[(&str, Progress)] = &[
        ("tick first", Progress { done: 1, total: n }),
        ("tick second", Progress { done: 2, total: n }),
        (
            "hide a done step",
            Progress {
                done: 1,
                total: n - 1,
            },
        ),
        (
            "hide an open step",
            Progress {
                done: 1,
                total: n - 2,
            },
        ),
        (
            "add custom",
            Progress {
                done: 1,
                total: n - 1,
            },
        ),
        (
            "tick custom",
            Progress {
                done: 2,
                total: n - 1,
            },
        ),
        (
            "show both",
            Progress {
                done: 3,
                total: n + 1,
            },
        ),
        (
            "untick first",
            Progress {
                done: 2,
                total: n + 1,
            },
        ),
    ];
    let mut custom = String::new();
    for (action, want) in table {
        match *action {
            "tick first" => plan.tick(ack.steps[0].id, today, ""),
            "tick second" => plan.tick(ack.steps[1].id, today, "went ok"),
            "hide a done step" => plan.hide(ack.steps[1].id),
            "hide an open step" => plan.hide(ack.steps[2].id),
            "add custom" => plan
                .add_custom_step("acknowledge", "Write a letter", Doer::Hurt)
                .map(|id| custom = id),
            "tick custom" => plan.tick(&custom, today, ""),
            "show both" => plan.show(ack.steps[1].id).and(plan.show(ack.steps[2].id)),
            "untick first" => plan.untick(ack.steps[0].id),
            _ => unreachable!(),
        }
        .expect(action);
        assert_eq!(plan.phase_progress("acknowledge"), *want, "{action}");
    }
    assert_eq!(
        plan.overall_progress(),
        Progress {
            done: 2,
            total: total + 1
        }
    );
    assert_eq!(plan.progress_by_phase().len(), PHASES.len());
    assert_eq!(
        plan.progress_by_phase()[0].progress,
        Progress {
            done: 2,
            total: n + 1
        }
    );
}

#[test]
fn ticks_keep_their_date_and_notes_are_validated() {
    let mut plan = RepairPlan::new();
    let (d1, d2) = (day(2026, 1, 1), day(2026, 1, 9));
    assert_eq!(plan.set_note("ack-listen", "x"), Err(FieldError::NotTicked));
    plan.tick("ack-listen", d1, "first").expect("known");
    plan.tick("ack-listen", d2, "second").expect("known");
    let tick = plan
        .steps("acknowledge")
        .into_iter()
        .find(|s| s.id == "ack-listen")
        .and_then(|s| s.tick);
    assert_eq!(
        tick,
        Some(Tick {
            done_on: d1,
            note: "second".into()
        })
    );

    let long = "ß".repeat(MAX_NOTE_CHARS + 1);
    let err = Err(FieldError::TooLong {
        field: "note",
        max: MAX_NOTE_CHARS,
        len: MAX_NOTE_CHARS + 1,
    });
    assert_eq!(plan.set_note("ack-listen", &long), err);
    assert_eq!(plan.tick("ack-pace", d1, &long), err);
    assert_eq!(plan.phase_progress("acknowledge").done, 1, "nothing stored");
    plan.set_note("ack-listen", "edited").expect("fits");

    assert_eq!(plan.tick("nope", d1, ""), Err(FieldError::UnknownStep));
    assert_eq!(plan.untick("nope"), Err(FieldError::UnknownStep));
    assert_eq!(plan.hide("nope"), Err(FieldError::UnknownStep));
    assert_eq!(plan.show("nope"), Err(FieldError::UnknownStep));
    assert_eq!(plan.set_note("nope", ""), Err(FieldError::UnknownStep));
    assert_eq!(
        plan.untick("ack-pace"),
        Ok(()),
        "unticking an open step is harmless"
    );
}

#[test]
fn custom_steps_are_validated_added_and_removed() {
    let mut plan = RepairPlan::new();
    let today = day(2026, 2, 2);
    assert_eq!(
        plan.add_custom_step("nope", "x", Doer::Both),
        Err(FieldError::UnknownPhase)
    );
    assert_eq!(
        plan.add_custom_step("reconnect", "  \n", Doer::Both),
        Err(FieldError::Empty { field: "text" })
    );
    assert_eq!(
        plan.add_custom_step("reconnect", &"x".repeat(MAX_STEP_CHARS + 1), Doer::Both),
        Err(FieldError::TooLong {
            field: "text",
            max: MAX_STEP_CHARS,
            len: MAX_STEP_CHARS + 1
        })
    );
    let id = plan
        .add_custom_step("reconnect", "  Dance in the kitchen ", Doer::Both)
        .expect("valid");
    assert_eq!(id, "custom-1");
    let last = plan.steps("reconnect").pop().expect("listed");
    assert_eq!(
        (last.text.as_str(), last.custom, last.why),
        ("Dance in the kitchen", true, None)
    );

    plan.tick(&id, today, "").expect("known");
    plan.hide(&id).expect("known");
    assert_eq!(
        plan.remove_custom_step("rec-share"),
        Err(FieldError::BuiltIn)
    );
    plan.remove_custom_step(&id).expect("custom");
    assert_eq!(plan.remove_custom_step(&id), Err(FieldError::UnknownStep));
    assert_eq!(plan.tick(&id, today, ""), Err(FieldError::UnknownStep));
    assert_eq!(
        plan,
        RepairPlan {
            next_step: 1,
            ..RepairPlan::new()
        },
        "tick and hide went with it"
    );
    assert_eq!(
        plan.add_custom_step("reconnect", "again", Doer::Hurt)
            .as_deref(),
        Ok("custom-2")
    );
}

#[test]
fn self_trust_ticks() {
    let mut plan = RepairPlan::new();
    let today = day(2026, 3, 3);
    assert_eq!(
        plan.self_trust_progress(),
        Progress {
            done: 0,
            total: SELF_TRUST.len() as u32
        }
    );
    plan.tick_self_trust(SELF_TRUST[0].id, today, "")
        .expect("known");
    assert_eq!(plan.self_trust_progress().done, 1);
    assert_eq!(
        plan.self_trust()[0].tick.as_ref().map(|t| t.done_on),
        Some(today)
    );
    assert_eq!(
        plan.tick_self_trust("ack-listen", today, ""),
        Err(FieldError::UnknownStep)
    );
    plan.untick_self_trust(SELF_TRUST[0].id).expect("known");
    assert_eq!(plan.self_trust_progress().done, 0);
    assert_eq!(
        plan.overall_progress().done,
        0,
        "self-trust is separate from the checklist"
    );
}

#[test]
fn promises_validate_and_change_state() {
    let mut plan = RepairPlan::new();
    let today = day(2026, 4, 10);
    assert_eq!(
        plan.add_promise(" ", today, today),
        Err(FieldError::Empty { field: "text" })
    );
    assert_eq!(
        plan.add_promise("x", today.plus_days(-1), today),
        Err(FieldError::DueBeforeToday)
    );
    let id = plan
        .add_promise(" Call if I am late ", today, today)
        .expect("valid");
    assert_eq!(id, 1);
    let p = plan.promise(id).expect("added");
    assert_eq!(
        (p.text.as_str(), p.made_on, p.due),
        ("Call if I am late", today, today)
    );
    assert_eq!(p.state(today), PromiseState::Open);
    assert_eq!(p.state(today.plus_days(1)), PromiseState::Overdue);

    plan.mark(id, Outcome::Missed, "forgot", today)
        .expect("known");
    assert_eq!(
        plan.promise(id).map(|p| p.state(today)),
        Some(PromiseState::Missed)
    );
    plan.mark(id, Outcome::Kept, "", today).expect("known");
    assert_eq!(
        plan.promise(id).map(|p| p.state(today)),
        Some(PromiseState::Kept)
    );
    plan.reopen(id).expect("known");
    assert_eq!(plan.promise(id).and_then(|p| p.decision.clone()), None);

    assert_eq!(
        plan.mark(99, Outcome::Kept, "", today),
        Err(FieldError::UnknownPromise)
    );
    assert_eq!(plan.reopen(99), Err(FieldError::UnknownPromise));
    assert_eq!(plan.delete_promise(99), Err(FieldError::UnknownPromise));
    plan.delete_promise(id).expect("known");
    assert!(plan.promises().is_empty());
    assert_eq!(
        plan.add_promise("next", today, today),
        Ok(2),
        "ids are not reused"
    );
}

#[test]
fn promise_list_order() {
    let mut plan = RepairPlan::new();
    let t = day(2026, 4, 1);
    let later = plan.add_promise("later", t.plus_days(5), t).expect("valid");
    let soon = plan.add_promise("soon", t.plus_days(1), t).expect("valid");
    let overdue = plan.add_promise("overdue", t, t).expect("valid");
    let old = plan.add_promise("old", t, t).expect("valid");
    let new = plan.add_promise("new", t, t).expect("valid");
    plan.mark(old, Outcome::Kept, "", t).expect("known");
    plan.mark(new, Outcome::Missed, "", t.plus_days(1))
        .expect("known");
    let order: Vec<u32> = plan
        .promise_list(t.plus_days(2))
        .iter()
        .map(|(p, _)| p.id)
        .collect();
    assert_eq!(order, [overdue, soon, later, new, old]);
}

#[test]
fn kept_rate_and_its_history() {
    let mut plan = RepairPlan::new();
    let t = day(2026, 5, 1);
    assert_eq!(plan.kept_rate(), None);
    assert!(plan.kept_rate_over_time().is_empty());
    let ids: Vec<u32> = (0..5)
        .map(|i| plan.add_promise(&format!("p{i}"), t, t).expect("valid"))
        .collect();
    assert_eq!(plan.kept_rate(), None, "open promises do not count");

    // Decided out of date order on purpose: the history must sort by day.
    plan.mark(ids[0], Outcome::Kept, "", t.plus_days(3))
        .expect("known");
    plan.mark(ids[1], Outcome::Missed, "", t.plus_days(1))
        .expect("known");
    plan.mark(ids[2], Outcome::Kept, "", t.plus_days(1))
        .expect("known");
    plan.mark(ids[3], Outcome::Kept, "", t.plus_days(2))
        .expect("known");
    assert_eq!(plan.kept_rate(), Some(75));
    assert_eq!(
        plan.kept_rate_over_time(),
        [
            (t.plus_days(1), 50),
            (t.plus_days(2), 67),
            (t.plus_days(3), 75)
        ]
    );
    plan.reopen(ids[0]).expect("known");
    assert_eq!(plan.kept_rate(), Some(67));
    plan.mark(ids[4], Outcome::Missed, "", t).expect("known");
    assert_eq!(
        plan.kept_rate_over_time(),
        [(t, 0), (t.plus_days(1), 33), (t.plus_days(2), 50)]
    );
}

#[test]
fn check_ins_validate_every_field() {
    let mut plan = RepairPlan::new();
    let d = day(2026, 6, 1);
    let base = check_in(d, (5, 5), (5, 5));
    let rating_err = |field, got| {
        Err(FieldError::OutOfRange {
            field,
            min: 1,
            max: 10,
            got,
        })
    };
    let cases: Vec<(CheckIn, Result<(), FieldError>)> = vec![
        (base.clone(), Ok(())),
        (check_in(d, (1, 10), (10, 1)), Ok(())),
        (check_in(d, (0, 5), (5, 5)), rating_err("a.trust", 0)),
        (check_in(d, (5, 11), (5, 5)), rating_err("a.closeness", 11)),
        (check_in(d, (5, 5), (255, 5)), rating_err("b.trust", 255)),
        (check_in(d, (5, 5), (5, 0)), rating_err("b.closeness", 0)),
        (
            CheckIn {
                went_well: "a".repeat(MAX_CHECK_IN_CHARS),
                ..base.clone()
            },
            Ok(()),
        ),
        (
            CheckIn {
                went_well: "a".repeat(MAX_CHECK_IN_CHARS + 1),
                ..base.clone()
            },
            Err(FieldError::TooLong {
                field: "went_well",
                max: MAX_CHECK_IN_CHARS,
                len: MAX_CHECK_IN_CHARS + 1,
            }),
        ),
        (
            CheckIn {
                was_hard: "ü".repeat(MAX_CHECK_IN_CHARS + 1),
                ..base.clone()
            },
            Err(FieldError::TooLong {
                field: "was_hard",
                max: MAX_CHECK_IN_CHARS,
                len: MAX_CHECK_IN_CHARS + 1,
            }),
        ),
        (
            CheckIn {
                next_step: "n".repeat(MAX_CHECK_IN_CHARS + 1),
                ..base.clone()
            },
            Err(FieldError::TooLong {
                field: "next_step",
                max: MAX_CHECK_IN_CHARS,
                len: MAX_CHECK_IN_CHARS + 1,
            }),
        ),
    ];
    let mut stored = 0;
    for (input, want) in cases {
        assert_eq!(input.validate(), want, "{input:?}");
        let added = plan.add_check_in(input).map(|_| ());
        assert_eq!(added, want);
        stored += usize::from(want.is_ok());
        assert_eq!(
            plan.check_ins().len(),
            stored,
            "only valid check-ins are stored"
        );
    }
    let id = plan.check_ins()[0].id;
    plan.delete_check_in(id).expect("known");
    assert_eq!(plan.delete_check_in(id), Err(FieldError::UnknownCheckIn));
    assert_eq!(plan.check_ins().len(), stored - 1);
}

#[test]
fn trend_is_sorted_by_date_then_id() {
    let mut plan = RepairPlan::new();
    let t = day(2026, 7, 1);
    let c = plan
        .add_check_in(check_in(t.plus_days(14), (7, 7), (6, 6)))
        .expect("valid");
    let a = plan
        .add_check_in(check_in(t, (3, 4), (5, 6)))
        .expect("valid");
    let b1 = plan
        .add_check_in(check_in(t.plus_days(7), (5, 5), (5, 5)))
        .expect("valid");
    let b2 = plan
        .add_check_in(check_in(t.plus_days(7), (6, 5), (5, 5)))
        .expect("valid");
    let trend = plan.trend();
    assert_eq!(
        trend.iter().map(|p| p.id).collect::<Vec<_>>(),
        [a, b1, b2, c]
    );
    assert_eq!(
        trend[0],
        TrendPoint {
            id: a,
            date: t,
            a: Rating {
                trust: 3,
                closeness: 4
            },
            b: Rating {
                trust: 5,
                closeness: 6
            }
        }
    );
    assert_eq!(plan.last_check_in(), Some(t.plus_days(14)));
}

#[test]
fn reminder_at_the_interval_boundaries() {
    for every in [1u32, 7, 14, 90] {
        let mut plan = RepairPlan::new();
        plan.set_check_in_every_days(every).expect("in range");
        let last = day(2026, 12, 28);
        assert_eq!(
            plan.check_in_due(last),
            Some(Reminder::First),
            "no check-in yet"
        );
        plan.add_check_in(check_in(last.plus_days(-30), (5, 5), (5, 5)))
            .expect("valid");
        plan.add_check_in(check_in(last, (5, 5), (5, 5)))
            .expect("valid");
        // An older check-in added later does not move the anchor.
        plan.add_check_in(check_in(last.plus_days(-3), (5, 5), (5, 5)))
            .expect("valid");
        let every = i64::from(every);
        for (since, want) in [
            (0, None),
            (every - 1, None),
            (
                every,
                Some(Reminder::Due {
                    last,
                    days_overdue: 0,
                }),
            ),
            (
                every + 1,
                Some(Reminder::Due {
                    last,
                    days_overdue: 1,
                }),
            ),
            (
                every + 400,
                Some(Reminder::Due {
                    last,
                    days_overdue: 400,
                }),
            ),
        ] {
            assert_eq!(
                plan.check_in_due(last.plus_days(since)),
                want,
                "every {every}, {since} days after"
            );
        }
        assert_eq!(plan.next_check_in_on(), Some(last.plus_days(every)));
        assert_eq!(
            plan.check_in_due(last.plus_days(-5)),
            None,
            "a check-in dated in the future"
        );
    }
}

#[test]
fn reminder_messages() {
    let last = day(2026, 1, 1);
    assert!(Reminder::First.message().contains("first check-in"));
    assert_eq!(
        Reminder::Due {
            last,
            days_overdue: 0
        }
        .message(),
        "Your next check-in is due today."
    );
    assert!(Reminder::Due {
        last,
        days_overdue: 3
    }
    .message()
    .contains("2026-01-01"));
}

#[test]
fn check_in_interval_is_bounded() {
    let mut plan = RepairPlan::new();
    assert_eq!(plan.check_in_every_days(), 7);
    for (days, ok) in [
        (0, false),
        (1, true),
        (30, true),
        (90, true),
        (91, false),
        (u32::MAX, false),
    ] {
        let want = if ok {
            Ok(())
        } else {
            Err(FieldError::OutOfRange {
                field: "every_days",
                min: 1,
                max: 90,
                got: days,
            })
        };
        assert_eq!(plan.set_check_in_every_days(days), want, "{days}");
    }
    assert_eq!(plan.check_in_every_days(), 90);
    // Out-of-range saved values are pulled in rather than trusted.
    for (saved, used) in [(0, 1), (500, 90)] {
        let plan: RepairPlan =
            serde_json::from_str(&format!(r#"{{"check_in_every_days": {saved}}}"#))
                .expect("parses");
        assert_eq!(plan.check_in_every_days(), used);
    }
}

#[test]
fn empty_json_is_the_default_plan_with_weekly_check_ins() {
    let plan: RepairPlan = serde_json::from_str("{}").expect("empty object");
    assert_eq!(plan, RepairPlan::default());
    assert_eq!(plan.check_in_every_days(), 7);
    assert_eq!(
        plan.check_in_every_days, 7,
        "the stored field itself, not only the getter"
    );
}

#[test]
fn populated_plan_round_trips_through_json() {
    let mut plan = RepairPlan::new();
    let t = day(2026, 8, 8);
    plan.tick("own-apology", t, "said it \"properly\" ✓")
        .expect("known");
    plan.hide("sup-first-session").expect("known");
    let custom = plan
        .add_custom_step("maintain", "Sunday walk", Doer::Both)
        .expect("valid");
    plan.tick(&custom, t, "").expect("known");
    plan.tick_self_trust("self-no", t, "").expect("known");
    let p = plan
        .add_promise("Text when leaving work", t.plus_days(1), t)
        .expect("valid");
    plan.mark(p, Outcome::Kept, "every day", t.plus_days(1))
        .expect("known");
    plan.add_promise("Open", t.plus_days(9), t).expect("valid");
    plan.add_check_in(CheckIn {
        went_well: "a walk".into(),
        ..check_in(t, (4, 5), (6, 7))
    })
    .expect("valid");
    plan.set_check_in_every_days(14).expect("in range");

    let json = serde_json::to_string(&plan).expect("serialize");
    assert!(
        json.contains("\"broke_trust\"") || json.contains("\"both\""),
        "{json}"
    );
    let back: RepairPlan = serde_json::from_str(&json).expect("deserialize");
    assert_eq!(back, plan);
    assert_eq!(back.overall_progress(), plan.overall_progress());
    assert_eq!(back.check_in_every_days(), 14);
}

#[test]
fn unknown_ids_in_saved_data_are_ignored() {
    let json = r#"{
        "ticks": {"gone-step": {"done_on": "2026-01-01"}, "ack-listen": {"done_on": "2026-01-02", "note": "ok"}},
        "hidden": ["gone-step"],
        "custom_steps": [
            {"id": "custom-4", "phase": "gone-phase", "text": "orphan", "who": "both"},
            {"id": "ack-pace", "phase": "acknowledge", "text": "shadows a built-in", "who": "both"}
        ],
        "self_trust": {"gone-item": {"done_on": "2026-01-01"}},
        "promises": [{"id": 7, "text": "x", "made_on": "2026-01-01", "due": "2026-01-02"}],
        "check_ins": [{"id": 3, "check_in": {"date": "2026-01-01", "a": {"trust": 0, "closeness": 99}, "b": {"trust": 5, "closeness": 5}}}],
        "next_promise": 2,
        "a_future_field": [1, 2, 3]
    }"#;
    let mut plan: RepairPlan = serde_json::from_str(json).expect("tolerant");
    let n = phase("acknowledge").map_or(0, |p| p.steps.len() as u32);
    assert_eq!(
        plan.phase_progress("acknowledge"),
        Progress { done: 1, total: n }
    );
    assert_eq!(plan.overall_progress().done, 1);
    assert_eq!(plan.self_trust_progress().done, 0);
    assert_eq!(
        plan.tick("custom-4", day(2026, 1, 1), ""),
        Err(FieldError::UnknownStep)
    );
    assert_eq!(
        plan.untick("gone-step"),
        Ok(()),
        "stale ticks can be cleared"
    );
    let trend = plan.trend();
    assert_eq!(
        (trend[0].a.trust, trend[0].a.closeness),
        (1, 10),
        "clamped for the chart"
    );
    // New ids skip past those already saved.
    let t = day(2026, 1, 1);
    assert_eq!(plan.add_promise("y", t, t), Ok(8));
    assert_eq!(plan.add_check_in(check_in(t, (5, 5), (5, 5))), Ok(4));
    assert_eq!(
        plan.add_custom_step("maintain", "z", Doer::Both).as_deref(),
        Ok("custom-1")
    );
}

proptest! {
    #[test]
    fn percent_is_bounded_and_monotonic(done in 0u32..2000, total in 0u32..2000) {
        let p = percent(done, total);
        prop_assert!(p <= 100);
        if total > 0 && done < total {
            prop_assert!(percent(done + 1, total) >= p);
        }
        if total == 0 {
            prop_assert_eq!(p, 0);
        }
    }

    #[test]
    fn trend_is_sorted_whatever_the_insert_order(offsets in proptest::collection::vec(0i64..60, 0..30)) {
        let mut plan = RepairPlan::new();
        let t = day(2026, 1, 1);
        for o in &offsets {
            plan.add_check_in(check_in(t.plus_days(*o), (5, 5), (5, 5))).map_err(|e| TestCaseError::fail(e.to_string()))?;
        }
        let trend = plan.trend();
        prop_assert_eq!(trend.len(), offsets.len());
        prop_assert!(trend.windows(2).all(|w| (w[0].date, w[0].id) < (w[1].date, w[1].id)));
    }

    #[test]
    fn a_page_of_check_ins_is_the_newest_of_the_trend(offsets in proptest::collection::vec(0i64..60, 0..40), limit in 0usize..50) {
        let mut plan = RepairPlan::new();
        let t = day(2026, 1, 1);
        for o in &offsets {
            plan.add_check_in(check_in(t.plus_days(*o), (5, 5), (5, 5))).map_err(|e| TestCaseError::fail(e.to_string()))?;
        }
        // The trend, oldest first, read backwards: the order the list shows.
        let expected: Vec<u32> = plan.trend().iter().rev().take(limit).map(|p| p.id).collect();
        let page: Vec<u32> = plan.recent_check_ins(limit).iter().map(|c| c.id).collect();
        prop_assert_eq!(page, expected);
    }

    #[test]
    fn a_page_of_promises_is_the_newest_added(count in 0usize..60, deleted in proptest::collection::vec(0usize..60, 0..10), limit in 0usize..70) {
        let mut plan = RepairPlan::new();
        let t = day(2026, 1, 1);
        let mut ids = Vec::new();
        for _ in 0..count {
            ids.push(plan.add_promise("p", t, t).map_err(|e| TestCaseError::fail(e.to_string()))?);
        }
        for i in &deleted {
            if let Some(id) = ids.get(*i) {
                let _ = plan.delete_promise(*id);
            }
        }
        let remaining: Vec<u32> = plan.promises().iter().map(|p| p.id).collect();
        let expected: Vec<u32> = remaining.iter().rev().take(limit).copied().collect();
        prop_assert_eq!(plan.recent_promise_ids(limit), expected);
    }

    #[test]
    fn kept_counts_agree_with_the_kept_rate(decisions in proptest::collection::vec(proptest::option::of(any::<bool>()), 0..40)) {
        let mut plan = RepairPlan::new();
        let t = day(2026, 1, 1);
        for decision in &decisions {
            let id = plan.add_promise("p", t, t).map_err(|e| TestCaseError::fail(e.to_string()))?;
            if let Some(kept) = decision {
                let outcome = if *kept { Outcome::Kept } else { Outcome::Missed };
                plan.mark(id, outcome, "", t).map_err(|e| TestCaseError::fail(e.to_string()))?;
            }
        }
        let kept = decisions.iter().filter(|d| **d == Some(true)).count() as u32;
        let decided = decisions.iter().filter(|d| d.is_some()).count() as u32;
        prop_assert_eq!(plan.kept_counts(), (kept, decided));
        prop_assert_eq!(plan.kept_rate(), (decided > 0).then(|| percent(kept, decided)));
    }

    #[test]
    fn kept_rate_history_ends_at_the_kept_rate(decisions in proptest::collection::vec((any::<bool>(), 0i64..30), 0..40)) {
        let mut plan = RepairPlan::new();
        let t = day(2026, 1, 1);
        for (kept, offset) in &decisions {
            let id = plan.add_promise("p", t, t).map_err(|e| TestCaseError::fail(e.to_string()))?;
            let outcome = if *kept { Outcome::Kept } else { Outcome::Missed };
            plan.mark(id, outcome, "", t.plus_days(*offset)).map_err(|e| TestCaseError::fail(e.to_string()))?;
        }
        let history = plan.kept_rate_over_time();
        prop_assert_eq!(history.last().map(|p| p.1), plan.kept_rate());
        prop_assert!(history.windows(2).all(|w| w[0].0 < w[1].0));
        prop_assert!(history.iter().all(|p| p.1 <= 100));
    }
}

#[test]
fn a_check_in_cannot_be_dated_after_today() {
    let mut plan = RepairPlan::new();
    let today = day(2026, 6, 10);
    assert_eq!(
        plan.record_check_in(check_in(today.plus_days(1), (5, 5), (5, 5)), today),
        Err(FieldError::DateInFuture)
    );
    assert!(plan.check_ins().is_empty(), "nothing was saved");
    assert!(plan
        .record_check_in(check_in(today, (5, 5), (5, 5)), today)
        .is_ok());
    assert!(plan
        .record_check_in(check_in(today.plus_days(-30), (5, 5), (5, 5)), today)
        .is_ok());
    assert_eq!(plan.check_ins().len(), 2);
}

#[test]
fn a_promise_keeps_the_day_of_its_answer_until_the_answer_changes() {
    let mut plan = RepairPlan::new();
    let (d1, d2, d3) = (day(2026, 6, 1), day(2026, 6, 5), day(2026, 6, 9));
    let id = plan.add_promise("Call at lunch", d1, d1).expect("valid");
    plan.decide(id, Some(Outcome::Kept), "", d1).expect("known");
    // A note added later to the same answer keeps the day.
    plan.decide(id, Some(Outcome::Kept), "We laughed.", d2)
        .expect("known");
    let decision = plan
        .promise(id)
        .and_then(|p| p.decision.clone())
        .expect("decided");
    assert_eq!(
        (decision.outcome, decision.on, decision.note.as_str()),
        (Outcome::Kept, d1, "We laughed.")
    );
    // A changed answer is dated the day it changed.
    plan.decide(id, Some(Outcome::Missed), "We laughed.", d3)
        .expect("known");
    assert_eq!(
        plan.promise(id)
            .and_then(|p| p.decision.as_ref())
            .map(|d| (d.outcome, d.on)),
        Some((Outcome::Missed, d3))
    );
    // None opens it again.
    plan.decide(id, None, "", d3).expect("known");
    assert_eq!(plan.promise(id).and_then(|p| p.decision.clone()), None);
    assert_eq!(
        plan.decide(999, Some(Outcome::Kept), "", d3),
        Err(FieldError::UnknownPromise)
    );
}
