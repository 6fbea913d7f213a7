//! What one partner's phone sends the other's in a sealed packet ([`super::packet`]), what the
//! receiver sees before anything changes, and how it is merged.
//!
//! Ownership decides everything. On each phone, the person using it ([`super::document::Settings::me`])
//! owns the assessment runs finished there and their own side of the worksheet; the partner owns
//! what came from their phone. A packet carries only its sender's own records, and merging only
//! adds or updates records the sender owns:
//!
//! - **Assessment**: the sender's latest run finished alone on their phone. The receiver keeps it
//!   as one run marked with its [`Origin`] (owner, id on the sender's phone, when it changed),
//!   paired with the receiver's own latest run taken alone, so both show side by side exactly
//!   like a run taken together on one device. A later packet with the same run updates that
//!   record; runs finished on the receiving phone are never changed.
//! - **Worksheet**: the sender's side of every built-in area. It replaces that side only, and only
//!   when the packet is newer than the last one received
//!   ([`super::boundaries::Worksheet::receive_side`]); the receiver's side and the shared
//!   agreement are never touched.
//! - **Repair checklist**: the built-in steps the sender ticked, and the promises and check-ins
//!   made on their phone ([`super::repair::RepairPlan::receive`]): added, or updated by a newer
//!   packet; a step the receiver ticked keeps the receiver's tick. Deleting is not carried over.
//! - **Names**: the sender's name fills the partner's name only where the receiver has none.
//!
//! A packet never holds safety answers: they live only in memory ([`super::assessment::SafetyCheck`])
//! and no type here has a place for them. A packet from the receiver themselves is refused.

use super::assessment::{
    item, score, CompletedRun, Origin, PartnerResult, RunResult, BANK_VERSION,
};
use super::boundaries::{builtin, Side, Views, MAX_FIELD_CHARS};
use super::couple::{shown_name, Partner, MAX_NAME_CHARS};
use super::date::Day;
use super::document::Document;
use super::json::{self, FromJson, Obj, ObjWriter, ShapeError, ToJson};
use super::packet::PacketError;
use super::repair::SharedRepair;
use crate::domain::flat::FlatMap;
use crate::domain::json::Value;
use serde::{Deserialize, Serialize};

/// What the sender chose to put in a packet.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Choice {
    /// My latest assessment answers (taken alone).
    pub assessment: bool,
    /// My side of the worksheet.
    pub worksheet: bool,
    /// The steps I ticked, and the promises and check-ins made on this phone.
    pub repair: bool,
}

/// What a packet holds, once opened.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Contents {
    /// Who sent it.
    pub from: Partner,
    /// The name they gave (may be empty).
    #[serde(default)]
    pub name: String,
    /// When it was made, in milliseconds since 1970 by the sender's clock.
    pub made_at: u64,
    /// Their latest assessment taken alone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assessment: Option<SharedRun>,
    /// Their side of the worksheet, by built-in area id (areas without words are left out).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub worksheet: Option<FlatMap<String, Views>>,
    /// Their own part of the repair checklist.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub repair: Option<SharedRepair>,
}

impl Contents {
    /// These contents as received at `now_millis` by the receiving phone's clock. A packet
    /// stamped later than that (the sender's clock runs ahead) counts as made now: kept as it
    /// is, its time would make every later packet from that phone look older, and be left out.
    pub fn received_at(mut self, now_millis: u64) -> Contents {
        self.made_at = self.made_at.min(now_millis);
        self
    }
}

/// One finished run as it travels.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SharedRun {
    /// Its id on the sender's phone.
    pub id: u64,
    /// The day it was finished.
    pub date: Day,
    /// The bank of statements it was answered with.
    pub bank_version: u32,
    /// Answers, role and scores (no safety answers: the type has no place for them).
    pub result: PartnerResult,
}

/// The worksheet's id for a partner's side.
pub fn side_of(partner: Partner) -> Side {
    match partner {
        Partner::A => Side::A,
        Partner::B => Side::B,
    }
}

/// The latest run finished alone on this device (not one received).
pub fn own_run(document: &Document) -> Option<&CompletedRun> {
    document
        .assessment
        .history
        .iter()
        .filter(|run| run.origin.is_none() && matches!(run.result, RunResult::Solo { .. }))
        .max_by_key(|run| (run.date, run.id))
}

/// What `me` could send from `document`: the day of their latest run taken alone, how many
/// worksheet areas hold words on their side, and how many repair records are their own.
pub fn available(document: &Document, me: Partner) -> (Option<Day>, usize, usize) {
    (
        own_run(document).map(|run| run.date),
        document.boundaries.side(side_of(me)).len(),
        document.repair.own_part().len(),
    )
}

/// The name `who` gave on this phone, trimmed; empty when none (never a default's text, which
/// the receiver shows in its own language).
fn given_name(document: &Document, who: Partner) -> String {
    document.couple.given(who).to_owned()
}

/// The packet's contents: `me`'s own records that `choice` asks for, made at `made_at`.
pub fn contents(document: &Document, me: Partner, choice: Choice, made_at: u64) -> Contents {
    let name = given_name(document, me);
    let assessment = choice
        .assessment
        .then(|| own_run(document))
        .flatten()
        .and_then(|run| match &run.result {
            RunResult::Solo {
                scores,
                answers,
                role,
            } => Some(SharedRun {
                id: run.id,
                date: run.date,
                bank_version: run.bank_version,
                result: PartnerResult {
                    name: name.clone(),
                    scores: scores.clone(),
                    answers: answers.clone(),
                    role: *role,
                },
            }),
            RunResult::Together { .. } => None,
        });
    let worksheet = choice
        .worksheet
        .then(|| document.boundaries.side(side_of(me)));
    let repair = choice.repair.then(|| document.repair.own_part());
    Contents {
        from: me,
        name,
        made_at,
        assessment,
        worksheet,
        repair,
    }
}

/// The contents as the bytes that are sealed.
pub fn encode(contents: &Contents) -> Vec<u8> {
    json::to_string(contents).into_bytes()
}

/// Reads opened bytes, checking what a hand-made packet could get wrong: the name is cut to the
/// usual length, scores are computed again from the answers (never trusted), answers must be to
/// known statements, and worksheet words must fit their fields (unknown areas are dropped).
///
/// The reasons are in the language on screen (the `partner` slice: only the partner screen opens
/// packets).
pub fn decode(plain: &[u8]) -> Result<Contents, PacketError> {
    use crate::i18n::partner::{t, Msg};
    let unreadable = |why: Msg| PacketError::Unreadable(t(why).to_owned());
    let mut contents = std::str::from_utf8(plain)
        .ok()
        .and_then(|text| json::parse(text).ok())
        .and_then(|value| Contents::from_json(&value).ok())
        .ok_or_else(|| unreadable(Msg::PacketNotMendsForm))?;
    contents.name = contents.name.trim().chars().take(MAX_NAME_CHARS).collect();
    if let Some(run) = contents.assessment.as_mut() {
        if run.bank_version > BANK_VERSION {
            return Err(unreadable(Msg::PacketRunNewer));
        }
        if run.bank_version == BANK_VERSION {
            if run.result.answers.keys().any(|id| item(id).is_none()) {
                return Err(unreadable(Msg::PacketRunUnknown));
            }
            run.result.scores = score(&run.result.answers);
        }
        run.result.name = contents.name.clone();
    }
    if let Some(areas) = contents.worksheet.as_mut() {
        areas.retain(|id, _| builtin(id).is_some());
        let too_long = |v: &Views| {
            [&v.need, &v.not_ok, &v.if_crossed]
                .iter()
                .any(|t| t.chars().count() > MAX_FIELD_CHARS)
        };
        if areas.values().any(too_long) {
            return Err(unreadable(Msg::PacketWordsTooLong));
        }
    }
    if let Some(Err(why)) = contents.repair.as_ref().map(SharedRepair::check) {
        return Err(in_repair(why));
    }
    Ok(contents)
}

/// A packet refused for one of its repair records, saying so in the language on screen.
fn in_repair(why: impl std::fmt::Display) -> PacketError {
    use crate::i18n::partner::{f, Fmt};
    PacketError::Unreadable(f(Fmt::PacketInRepair, &[("why", &why.to_string())]))
}

/// How one part of a packet compares with what the receiver has.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Change {
    /// Not here yet: it will be added.
    New,
    /// An earlier version is here: it will be updated.
    Update,
    /// Exactly this is here already.
    Same,
    /// A newer version is here already: this part is left as it is.
    Older,
}

/// What the receiver is shown before anything changes, and told after.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Preview {
    /// Who sent it.
    pub from: Partner,
    /// Their name as the packet gives it, trimmed; empty when none. Shown through
    /// [`Preview::name`].
    pub given_name: String,
    /// When it was made.
    pub made_at: u64,
    /// The assessment's day, and what merging does with it.
    pub assessment: Option<(Day, Change)>,
    /// How many worksheet areas hold words on the sender's side, and what merging does.
    pub worksheet: Option<(usize, Change)>,
    /// How many repair records it holds, and how many of them merging adds and updates.
    pub repair: Option<(usize, usize, usize)>,
    /// Whether the receiver has a run of their own to compare with.
    pub paired: bool,
    /// Whether the sender's column on this device holds words that merging replaces (typed
    /// here on one screen, or received before and since changed on the sender's phone).
    pub replaces_words: bool,
}

impl Preview {
    /// Whether merging would change anything.
    pub fn changes_anything(&self) -> bool {
        [self.assessment.map(|a| a.1), self.worksheet.map(|w| w.1)]
            .into_iter()
            .flatten()
            .any(|c| matches!(c, Change::New | Change::Update))
            || self
                .repair
                .is_some_and(|(_, added, updated)| added + updated > 0)
    }

    /// The sender's name to show: as the packet gives it, or their default name in the
    /// language on screen ([`shown_name`]), looked up when shown so it follows a switch.
    ///
    /// Packets carry the name as given, empty when none, and always have: a Mend older than
    /// this one shows an empty name as its own (English) default too (its `display_name`), so
    /// a packet without a name reads "Partner A"/"Partner B" there, never a blank.
    pub fn name(&self) -> String {
        shown_name(&self.given_name, self.from)
    }

    /// One line per part, for people.
    pub fn lines(&self) -> Vec<String> {
        use crate::i18n::partner::{f, t, Fmt, Msg};
        let name = self.name();
        let name = name.as_str();
        // "1 record" or "3 records", in the language on screen.
        let count = |n: usize, one: Msg, many: Fmt| {
            if n == 1 {
                t(one).to_owned()
            } else {
                f(many, &[("count", &n.to_string())])
            }
        };
        let mut lines = Vec::new();
        if let Some((day, change)) = self.assessment {
            let msg = match change {
                Change::New if self.paired => Fmt::PreviewRunPaired,
                Change::New => Fmt::PreviewRunNew,
                Change::Update => Fmt::PreviewRunUpdate,
                Change::Same => Fmt::PreviewRunSame,
                Change::Older => Fmt::PreviewRunOlder,
            };
            lines.push(f(msg, &[("name", name), ("date", &day.to_string())]));
        }
        if let Some((areas, change)) = self.worksheet {
            let areas = count(areas, Msg::PreviewAreasOne, Fmt::PreviewAreas);
            let msg = match change {
                Change::New | Change::Update if self.replaces_words => Fmt::PreviewSheetReplaces,
                Change::New | Change::Update => Fmt::PreviewSheetFills,
                Change::Same | Change::Older => Fmt::PreviewSheetHave,
            };
            lines.push(f(msg, &[("name", name), ("areas", &areas)]));
        }
        if let Some((records, added, updated)) = self.repair {
            let records_of = |n| count(n, Msg::PreviewRecordsOne, Fmt::PreviewRecords);
            let msg = match (added, updated) {
                (0, 0) => Fmt::PreviewRepairHave,
                (_, 0) => Fmt::PreviewRepairAdd,
                (0, _) => Fmt::PreviewRepairUpdate,
                _ => Fmt::PreviewRepairBoth,
            };
            let (records, added, updated) =
                (records_of(records), records_of(added), records_of(updated));
            lines.push(f(
                msg,
                &[
                    ("name", name),
                    ("records", &records),
                    ("added", &added),
                    ("updated", &updated),
                ],
            ));
        }
        if lines.is_empty() {
            lines.push(f(Fmt::PreviewNothing, &[("name", name)]));
        }
        lines
    }
}

/// The record the receiver keeps for `shared`: paired with their own latest run when they have one.
fn received_run(
    document: &Document,
    contents: &Contents,
    shared: &SharedRun,
    me: Partner,
) -> (u32, Day, RunResult) {
    // Names are stored as given (empty when none), never as a default's text: see
    // `couple::shown_name`, which every screen uses to show them.
    let theirs = PartnerResult {
        name: contents.name.trim().to_owned(),
        ..shared.result.clone()
    };
    match own_run(document) {
        Some(
            own @ CompletedRun {
                result:
                    RunResult::Solo {
                        scores,
                        answers,
                        role,
                    },
                ..
            },
        ) => {
            let mine = PartnerResult {
                name: given_name(document, me),
                scores: scores.clone(),
                answers: answers.clone(),
                role: *role,
            };
            let (a, b) = match contents.from {
                Partner::A => (theirs, mine),
                Partner::B => (mine, theirs),
            };
            (
                shared.bank_version.min(own.bank_version),
                shared.date.max(own.date),
                RunResult::Together { a, b },
            )
        }
        _ => (
            shared.bank_version,
            shared.date,
            RunResult::Solo {
                scores: theirs.scores,
                answers: theirs.answers,
                role: theirs.role,
            },
        ),
    }
}

/// [`merge`] as a value: the partner screen takes it from a lazily loaded part of its own and
/// hands it to the state, which carries it out like any other change.
pub type MergeFn = fn(&Document, &Contents, Partner) -> Result<(Document, Preview), PacketError>;

/// Merges `contents` into a copy of `document` by the rules above and returns it with what was
/// done (the screen shows that as its preview, and keeps the copy until the person agrees). `me`
/// is the person using this phone; a packet they sent themselves is refused.
pub fn merge(
    document: &Document,
    contents: &Contents,
    me: Partner,
) -> Result<(Document, Preview), PacketError> {
    if contents.from == me {
        return Err(PacketError::OwnPacket);
    }
    let mut merged = document.clone();
    let mut preview = Preview {
        from: contents.from,
        given_name: contents.name.trim().to_owned(),
        made_at: contents.made_at,
        assessment: None,
        worksheet: None,
        repair: None,
        paired: own_run(document).is_some(),
        replaces_words: false,
    };

    if let Some(shared) = &contents.assessment {
        let (bank_version, date, result) = received_run(document, contents, shared, me);
        let origin = Origin {
            from: contents.from,
            run_id: shared.id,
            changed: contents.made_at,
        };
        let history = &mut merged.assessment.history;
        let existing = history.iter().position(|run| {
            run.origin
                .is_some_and(|o| o.from == origin.from && o.run_id == origin.run_id)
        });
        let change = match existing {
            Some(at) => {
                let run = &mut history[at];
                let stored = run.origin.map(|o| o.changed).unwrap_or(0);
                if stored > origin.changed {
                    Change::Older
                } else if run.result == result
                    && run.date == date
                    && run.bank_version == bank_version
                {
                    Change::Same
                } else {
                    run.result = result;
                    run.date = date;
                    run.bank_version = bank_version;
                    run.origin = Some(origin);
                    Change::Update
                }
            }
            None => {
                // As when a run is finished: never an id that is already taken.
                let id = history
                    .iter()
                    .map(|run| run.id.saturating_add(1))
                    .fold(merged.assessment.next_id, u64::max);
                merged.assessment.history.push(CompletedRun {
                    id,
                    date,
                    bank_version,
                    result,
                    origin: Some(origin),
                });
                merged.assessment.next_id = id.saturating_add(1);
                Change::New
            }
        };
        preview.assessment = Some((shared.date, change));
    }

    if let Some(areas) = &contents.worksheet {
        let side = side_of(contents.from);
        let before = merged.boundaries.side(side);
        let received = merged.boundaries.received(side);
        let change = if contents.made_at <= received {
            if contents.made_at == received && merged.boundaries.side(side) == *areas {
                Change::Same
            } else {
                Change::Older
            }
        } else if merged.boundaries.side(side) == *areas {
            // Nothing to show differently, but the newer time is kept.
            merged
                .boundaries
                .receive_side(side, areas, contents.made_at);
            Change::Same
        } else if merged
            .boundaries
            .receive_side(side, areas, contents.made_at)
        {
            if received == 0 {
                Change::New
            } else {
                Change::Update
            }
        } else {
            Change::Older
        };
        preview.replaces_words = matches!(change, Change::New | Change::Update)
            && before
                .iter()
                .any(|(id, views)| areas.get(id) != Some(views));
        preview.worksheet = Some((areas.len(), change));
    }

    if let Some(part) = &contents.repair {
        let (added, updated) = merged
            .repair
            .receive(contents.from, part, contents.made_at)
            .map_err(in_repair)?;
        preview.repair = Some((part.len(), added, updated));
    }

    if !contents.name.is_empty() && given_name(&merged, contents.from).is_empty() {
        merged.couple.set_name(contents.from, &contents.name);
    }
    Ok((merged, preview))
}

impl FromJson for Contents {
    fn from_json(value: &Value) -> Result<Contents, ShapeError> {
        let o = Obj::of(value)?;
        Ok(Contents {
            from: o.req("from")?,
            name: o.or_default("name")?,
            made_at: o.req("made_at")?,
            assessment: o.or_default("assessment")?,
            worksheet: o.or_default("worksheet")?,
            repair: o.or_default("repair")?,
        })
    }
}

impl ToJson for Contents {
    fn to_json(&self, out: &mut String) {
        let mut o = ObjWriter::new(out);
        o.field("from", &self.from)
            .field("name", &self.name)
            .field("made_at", &self.made_at);
        if let Some(run) = &self.assessment {
            o.field("assessment", run);
        }
        if let Some(worksheet) = &self.worksheet {
            o.field("worksheet", worksheet);
        }
        if let Some(repair) = &self.repair {
            o.field("repair", repair);
        }
        o.end();
    }
}

impl FromJson for SharedRun {
    fn from_json(value: &Value) -> Result<SharedRun, ShapeError> {
        let o = Obj::of(value)?;
        Ok(SharedRun {
            id: o.req("id")?,
            date: o.req("date")?,
            bank_version: o.req("bank_version")?,
            result: o.req("result")?,
        })
    }
}

impl ToJson for SharedRun {
    fn to_json(&self, out: &mut String) {
        ObjWriter::new(out)
            .field("id", &self.id)
            .field("date", &self.date)
            .field("bank_version", &self.bank_version)
            .field("result", &self.result)
            .end();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::assessment::{
        Answer, Answers, SafetyAnswer, SafetyCheck, ITEMS, SAFETY_ITEMS,
    };
    use crate::domain::boundaries::{Field, BUILTIN_TOPICS};
    use crate::domain::packet::{
        self,
        tests::{code, derive, NONCE, SALT},
    };
    use crate::i18n::{names, partner, with_language, Lang};
    use proptest::prelude::*;

    fn day(d: u8) -> Day {
        Day::new(2026, 11, d).unwrap_or(Day::EPOCH)
    }

    fn answers(value: u8) -> Answers {
        ITEMS
            .iter()
            .map(|item| (item.id.to_string(), Answer::Rating(value)))
            .collect()
    }

    /// Finishes a run alone on `document`, through the same steps the screen uses.
    fn finish_alone(document: &mut Document, value: u8, on: Day) {
        let answers = answers(value);
        document.assessment.history.push(CompletedRun {
            id: document.assessment.next_id,
            date: on,
            bank_version: BANK_VERSION,
            result: RunResult::Solo {
                scores: score(&answers),
                answers,
                role: None,
            },
            origin: None,
        });
        document.assessment.next_id += 1;
    }

    fn phone(me: Partner, name: &str, value: u8, need: &str) -> Document {
        let mut document = Document::default();
        document.settings.me = Some(me);
        document.couple.set_name(me, name);
        finish_alone(&mut document, value, day(3));
        let id = BUILTIN_TOPICS[0].id;
        let _ = document
            .boundaries
            .set_field(id, side_of(me), Field::Need, need);
        let _ = document
            .boundaries
            .set_field(id, Side::Shared, Field::Agreement, "shared words");
        document
    }

    const BOTH: Choice = Choice {
        assessment: true,
        worksheet: true,
        repair: true,
    };

    #[test]
    fn refusals_of_what_a_packet_holds_follow_the_language_on_screen() {
        let english = decode(b"[]")
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(
            english.contains("it is not in the form Mend writes"),
            "{english}"
        );
        let (spanish, in_repair) = with_language(Lang::Es, &[&partner::ES], || {
            (decode(b"[]"), in_repair("x"))
        });
        assert_eq!(
            spanish.err(),
            Some(PacketError::Unreadable(
                "no tiene el formato que usa Mend".into()
            ))
        );
        assert_eq!(
            in_repair,
            PacketError::Unreadable("en la lista de reparación: x".into())
        );
    }

    #[test]
    fn names_travel_and_are_kept_as_given_and_defaults_show_in_the_language_on_screen() {
        // Neither phone has names: the packet and the kept run hold none, never a default.
        let sam = phone(Partner::A, "", 6, "words");
        let alex = phone(Partner::B, "  ", 3, "more words");
        let from_sam = contents(&sam, Partner::A, BOTH, 1_000);
        assert_eq!(from_sam.name, "");
        let stored_names = |d: &Document| {
            d.assessment.history.iter().find_map(|r| match &r.result {
                RunResult::Together { a, b } if r.origin.is_some() => {
                    Some((a.name.clone(), b.name.clone()))
                }
                _ => None,
            })
        };
        let (after, seen) = merge(&alex, &from_sam, Partner::B).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(stored_names(&after), Some((String::new(), String::new())));
        // The preview shows the sender's default (an older Mend does the same with an empty
        // name: see `Preview::name`).
        assert_eq!(seen.given_name, "");
        assert_eq!(seen.name(), "Partner A");
        let (in_spanish, made_before) =
            with_language(Lang::Es, &[&names::ES, &partner::ES], || {
                let in_spanish =
                    merge(&alex, &from_sam, Partner::B).map(|(_, p)| (p.lines(), p.name()));
                // A preview made before the switch follows it too.
                (in_spanish, seen.name())
            });
        assert_eq!(made_before, "Persona A");
        let (lines, name) = in_spanish.unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(name, "Persona A");
        assert!(lines.iter().any(|l| l.contains("Persona A")), "{lines:?}");
        // A given name is stored and shown as given, whatever the language.
        let named = phone(Partner::A, " Partner B ", 6, "words");
        let from_named = contents(&named, Partner::A, BOTH, 1_000);
        let (after, seen) = merge(&alex, &from_named, Partner::B).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(seen.name(), "Partner B");
        assert_eq!(
            stored_names(&after),
            Some(("Partner B".to_owned(), String::new()))
        );
    }

    #[test]
    fn both_phones_end_up_with_the_same_comparison() {
        let mut sam = phone(Partner::A, "Sam", 6, "Sam needs time");
        let mut alex = phone(Partner::B, "Alex", 3, "Alex needs honesty");
        let from_sam = contents(&sam, Partner::A, BOTH, 1_000);
        let from_alex = contents(&alex, Partner::B, BOTH, 2_000);
        let (alex_after, seen) =
            merge(&alex, &from_sam, Partner::B).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(seen.assessment, Some((day(3), Change::New)));
        assert_eq!(seen.worksheet, Some((1, Change::New)));
        assert!(seen.changes_anything());
        let (sam_after, _) = merge(&sam, &from_alex, Partner::A).unwrap_or_else(|e| panic!("{e}"));
        alex = alex_after;
        sam = sam_after;
        let received = |d: &Document| {
            d.assessment
                .history
                .iter()
                .find(|r| r.origin.is_some())
                .cloned()
        };
        let (on_alex, on_sam) = (received(&alex), received(&sam));
        // Exactly as if taken together on one device: A is Sam, B is Alex, on both phones.
        for run in [&on_alex, &on_sam] {
            let Some(CompletedRun {
                result: RunResult::Together { a, b },
                ..
            }) = run
            else {
                panic!("{run:?}")
            };
            assert_eq!((a.name.as_str(), b.name.as_str()), ("Sam", "Alex"));
            assert_eq!(
                (a.scores.overall(), b.scores.overall()),
                (score(&answers(6)).overall(), score(&answers(3)).overall())
            );
            assert!(run.as_ref().and_then(CompletedRun::comparison).is_some());
        }
        assert_eq!(on_alex.map(|r| r.result), on_sam.map(|r| r.result));
        // The worksheet's partner column filled in; each own column and the agreement unchanged.
        let id = BUILTIN_TOPICS[0].id;
        for d in [&sam, &alex] {
            assert_eq!(
                d.boundaries.field(id, Side::A, Field::Need),
                Some("Sam needs time")
            );
            assert_eq!(
                d.boundaries.field(id, Side::B, Field::Need),
                Some("Alex needs honesty")
            );
            assert_eq!(
                d.boundaries.field(id, Side::Shared, Field::Agreement),
                Some("shared words")
            );
        }
        assert_eq!(
            (sam.couple.name(Partner::B), alex.couple.name(Partner::A)),
            ("Alex".to_owned(), "Sam".to_owned())
        );
    }

    #[test]
    fn the_preview_warns_when_words_in_the_senders_column_are_replaced() {
        let sam = phone(Partner::A, "Sam", 6, "Sam needs time");
        let from_sam = contents(&sam, Partner::A, BOTH, 1_000);
        // Alex's phone has nothing in Sam's column: filling it in replaces nothing.
        let alex = phone(Partner::B, "Alex", 3, "Alex needs honesty");
        let (_, seen) = merge(&alex, &from_sam, Partner::B).unwrap_or_else(|e| panic!("{e}"));
        assert!(!seen.replaces_words);
        assert!(seen
            .lines()
            .iter()
            .any(|l| l.contains("fill in Sam's column")));
        // Words typed into Sam's column on Alex's phone (together, on one screen) would go.
        let mut typed_here = alex.clone();
        let id = BUILTIN_TOPICS[0].id;
        let _ = typed_here
            .boundaries
            .set_field(id, Side::A, Field::NotOk, "typed on Alex's phone");
        let (merged, seen) =
            merge(&typed_here, &from_sam, Partner::B).unwrap_or_else(|e| panic!("{e}"));
        assert!(seen.replaces_words);
        assert!(
            seen.lines()
                .iter()
                .any(|l| l.contains("replace what Sam's column holds")),
            "{:?}",
            seen.lines()
        );
        // The same line in Spanish, once that language's text is loaded (this thread only).
        let in_spanish = with_language(Lang::Es, &[&partner::ES], || seen.lines());
        assert!(
            in_spanish
                .iter()
                .any(|l| l.contains("sustituirá lo que tiene ahora la columna de Sam")),
            "{in_spanish:?}"
        );
        assert_eq!(
            merged
                .boundaries
                .field(id, Side::A, Field::NotOk)
                .unwrap_or_default(),
            "",
            "the words typed here are replaced, as the preview said"
        );
        // The same words again: nothing is replaced, and nothing is said to be.
        let (_, again) = merge(&merged, &from_sam, Partner::B).unwrap_or_else(|e| panic!("{e}"));
        assert!(!again.replaces_words);
    }

    #[test]
    fn a_sender_clock_running_ahead_does_not_block_later_packets() {
        const HOUR: u64 = 3_600_000;
        let now = 1_796_000_000_000;
        let alex = phone(Partner::B, "Alex", 3, "Alex needs honesty");
        let id = BUILTIN_TOPICS[0].id;
        // Sam's phone thinks it is ten years later.
        let mut sam = phone(Partner::A, "Sam", 6, "Sam needs time");
        let ahead = contents(&sam, Partner::A, BOTH, now + 10 * 365 * 24 * HOUR);
        assert_eq!(ahead.clone().received_at(now).made_at, now);
        let (alex, seen) =
            merge(&alex, &ahead.received_at(now), Partner::B).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(seen.worksheet, Some((1, Change::New)));
        // The clock is put right; an hour later Sam changes a word and sends again.
        let _ = sam
            .boundaries
            .set_field(id, Side::A, Field::Need, "Sam needs quiet");
        let later = contents(&sam, Partner::A, BOTH, now + HOUR);
        let (alex, seen) = merge(
            &alex,
            &later.clone().received_at(now + 2 * HOUR),
            Partner::B,
        )
        .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(seen.worksheet, Some((1, Change::Update)));
        assert_eq!(
            alex.boundaries.field(id, Side::A, Field::Need),
            Some("Sam needs quiet")
        );
        // A packet within the receiver's time keeps its own.
        assert_eq!(later.received_at(now + 2 * HOUR).made_at, now + HOUR);
    }

    #[test]
    fn the_repair_checklist_travels_and_own_ticks_stay() {
        let mut sam = phone(Partner::A, "Sam", 6, "x");
        let mut alex = phone(Partner::B, "Alex", 3, "y");
        let (first, second) = (step_id(0), step_id(1));
        assert_eq!(sam.repair.tick(first, day(2), "Sam's note"), Ok(()));
        assert_eq!(sam.repair.tick(second, day(2), ""), Ok(()));
        assert!(sam
            .repair
            .add_promise("Call when late", day(9), day(2))
            .is_ok());
        assert!(sam.repair.add_check_in(check_in(6, 3)).is_ok());
        assert_eq!(alex.repair.tick(first, day(4), "Alex's own note"), Ok(()));
        let (after, seen) = merge(&alex, &contents(&sam, Partner::A, BOTH, 100), Partner::B)
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            seen.repair,
            Some((4, 3, 0)),
            "two ticks, a promise and a check-in; Alex's own tick stays"
        );
        assert!(seen
            .lines()
            .iter()
            .any(|l| l.contains("3 records will be added")));
        alex = after;
        assert_eq!(alex.repair.promises().len(), 1);
        assert_eq!(
            alex.repair
                .received_from("promise", alex.repair.promises()[0].id),
            Some(Partner::A)
        );
        assert_eq!(alex.repair.check_ins().len(), 1);
        // Alex's tick of the first step is Alex's; Sam's tick of the second came in.
        assert_eq!(
            alex.repair
                .own_part()
                .ticks
                .get(first)
                .map(|t| t.note.as_str()),
            Some("Alex's own note")
        );
        // Received records are not sent back.
        assert_eq!(alex.repair.own_part().promises.len(), 0);
        // Sam unticks the second step and keeps the promise: the next packet follows.
        assert_eq!(sam.repair.untick(second), Ok(()));
        let id = sam.repair.promises()[0].id;
        assert!(sam
            .repair
            .mark(id, crate::domain::repair::Outcome::Kept, "", day(5))
            .is_ok());
        let (after, seen) = merge(&alex, &contents(&sam, Partner::A, BOTH, 200), Partner::B)
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(seen.repair, Some((3, 0, 2)));
        assert!(after.repair.promises()[0].decision.is_some());
        assert_eq!(after.repair.own_part().ticks.len(), 1);
        // The older packet again changes nothing.
        let (again, seen) = merge(&after, &contents(&sam, Partner::A, BOTH, 100), Partner::B)
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(again, after);
        assert!(!seen.changes_anything());
    }

    #[test]
    fn ones_own_packet_is_refused() {
        let sam = phone(Partner::A, "Sam", 6, "x");
        let own = contents(&sam, Partner::A, BOTH, 1);
        assert_eq!(
            merge(&sam, &own, Partner::A).map(|_| ()),
            Err(PacketError::OwnPacket)
        );
    }

    #[test]
    fn without_a_run_of_ones_own_the_partners_shows_alone_and_pairs_later() {
        let sam = phone(Partner::A, "Sam", 6, "x");
        let mut alex = Document::default();
        let (after, seen) = merge(&alex, &contents(&sam, Partner::A, BOTH, 5), Partner::B)
            .unwrap_or_else(|e| panic!("{e}"));
        assert!(!seen.paired);
        assert!(matches!(
            after.assessment.history[0].result,
            RunResult::Solo { .. }
        ));
        alex = after;
        finish_alone(&mut alex, 2, day(4));
        // The same packet, opened again once Alex has answered: now side by side.
        let (after, seen) = merge(&alex, &contents(&sam, Partner::A, BOTH, 5), Partner::B)
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(seen.assessment, Some((day(3), Change::Update)));
        assert_eq!(after.assessment.history.len(), 2);
        assert!(after
            .assessment
            .history
            .iter()
            .any(|r| matches!(r.result, RunResult::Together { .. })));
    }

    #[test]
    fn safety_answers_are_never_in_a_packet() {
        // Someone answered the private safety check with "Yes" everywhere, then finished.
        let mut check = SafetyCheck::new();
        for item in SAFETY_ITEMS {
            assert!(check.answer(item.id, SafetyAnswer::Yes));
        }
        let mut document = Document::default();
        assert!(document.assessment.start_solo(day(1)));
        let _ = document.assessment.stop_privately(&mut SafetyCheck::new());
        assert!(document.assessment.start_solo(day(1)));
        finish_alone(&mut document, 5, day(2));
        let bytes = encode(&contents(&document, Partner::A, BOTH, 9));
        let text = String::from_utf8(bytes).unwrap_or_default();
        for item in SAFETY_ITEMS {
            assert!(!text.contains(item.id), "{} leaked", item.id);
            assert!(!text.contains(item.text()));
        }
        assert!(!text.to_lowercase().contains("safe"));
        assert!(check.is_concerning(), "the check itself was real");
    }

    #[test]
    fn sealed_round_trip_through_the_packet_format() {
        let sam = phone(Partner::A, "Sam", 6, "Sam needs time");
        let sent = contents(&sam, Partner::A, BOTH, 77);
        let key = derive(&code(), &SALT);
        let text = packet::seal(&encode(&sent), &key, &SALT, &NONCE).unwrap_or_default();
        let opened = packet::read(&text)
            .and_then(|p| p.open(&derive(&code(), p.salt())))
            .and_then(|b| decode(&b));
        assert_eq!(opened, Ok(sent));
    }

    #[test]
    fn hand_made_contents_are_checked() {
        let sam = phone(Partner::A, "Sam", 6, "x");
        let mut sent = contents(&sam, Partner::A, BOTH, 77);
        // Scores are computed again, never taken from the packet.
        if let Some(run) = sent.assessment.as_mut() {
            run.result.scores = score(&answers(1));
        }
        let back = decode(&encode(&sent)).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            back.assessment.map(|r| r.result.scores.overall()),
            Some(score(&answers(6)).overall())
        );
        let mut newer = sent.clone();
        if let Some(run) = newer.assessment.as_mut() {
            run.bank_version = BANK_VERSION + 1;
        }
        assert!(decode(&encode(&newer)).is_err());
        let mut long = sent.clone();
        long.worksheet = Some(
            [(
                BUILTIN_TOPICS[0].id.to_owned(),
                Views {
                    need: "x".repeat(MAX_FIELD_CHARS + 1),
                    ..Views::default()
                },
            )]
            .into(),
        );
        assert!(decode(&encode(&long)).is_err());
        let mut unknown = sent;
        unknown.worksheet = Some(
            [(
                "custom-1".to_owned(),
                Views {
                    need: "y".into(),
                    ..Views::default()
                },
            )]
            .into(),
        );
        assert_eq!(
            decode(&encode(&unknown)).map(|c| c.worksheet),
            Ok(Some(FlatMap::new()))
        );
        assert!(decode(b"{\"from\":\"C\",\"made_at\":1}").is_err());
        assert!(decode(b"[]").is_err());
    }

    fn views() -> impl Strategy<Value = Views> {
        ("[a-z ]{0,6}", "[a-z]{0,4}", "[a-z]{0,3}").prop_map(|(need, not_ok, if_crossed)| Views {
            need,
            not_ok,
            if_crossed,
        })
    }

    fn step_id(i: usize) -> &'static str {
        let steps: Vec<&'static str> = crate::domain::repair::PHASES
            .iter()
            .flat_map(|p| p.steps.iter().map(|s| s.id))
            .collect();
        steps[i % steps.len()]
    }

    fn check_in(value: u8, on: u8) -> crate::domain::repair::CheckIn {
        let rating = crate::domain::repair::Rating {
            trust: value,
            closeness: 11 - value,
        };
        crate::domain::repair::CheckIn {
            date: day(on),
            a: rating,
            b: rating,
            went_well: format!("w{value}"),
            was_hard: String::new(),
            next_step: String::new(),
        }
    }

    /// A repair part as it travels: ticks, promises and check-ins with the sender's ids.
    fn shared_repair() -> impl Strategy<Value = SharedRepair> {
        (
            proptest::collection::btree_map(0usize..40, "[a-z]{0,3}", 0..4),
            proptest::collection::btree_map(1u32..5, ("[a-z]{1,5}", 1u8..=28, any::<bool>()), 0..3),
            proptest::collection::btree_map(1u32..4, (1u8..=10, 1u8..=28), 0..3),
        )
            .prop_map(|(ticks, promises, check_ins)| {
                use crate::domain::repair::{Decision, Outcome, Promise, SavedCheckIn, Tick};
                SharedRepair {
                    ticks: ticks
                        .into_iter()
                        .map(|(i, note)| {
                            (
                                step_id(i).to_owned(),
                                Tick {
                                    done_on: day(2),
                                    note,
                                },
                            )
                        })
                        .collect(),
                    promises: promises
                        .into_iter()
                        .map(|(id, (text, due, kept))| Promise {
                            id,
                            text,
                            made_on: day(1),
                            due: day(due),
                            decision: kept.then(|| Decision {
                                outcome: Outcome::Kept,
                                on: day(due),
                                note: String::new(),
                            }),
                        })
                        .collect(),
                    check_ins: check_ins
                        .into_iter()
                        .map(|(id, (v, on))| SavedCheckIn {
                            id,
                            check_in: check_in(v, on),
                        })
                        .collect(),
                }
            })
    }

    fn partner() -> impl Strategy<Value = Partner> {
        prop_oneof![Just(Partner::A), Just(Partner::B)]
    }

    /// A phone's document: some runs of its own, perhaps one received, both worksheet sides.
    fn document() -> impl Strategy<Value = (Document, Partner)> {
        (
            partner(),
            proptest::collection::vec((1u8..=7, 1u8..=28), 0..3),
            proptest::collection::vec((0..BUILTIN_TOPICS.len(), partner(), views()), 0..6),
            proptest::option::of((0u64..3, 0u64..2_000)),
            "[A-Za-z]{0,5}",
            (shared_repair(), proptest::option::of(shared_repair())),
        )
            .prop_map(|(me, runs, sides, received, name, (own, got))| {
                let mut d = Document::default();
                d.settings.me = Some(me);
                d.couple.set_name(Partner::A, &name);
                for (value, on) in runs {
                    finish_alone(&mut d, value, day(on));
                }
                for (i, who, v) in sides {
                    let id = BUILTIN_TOPICS[i].id;
                    for (field, text) in [
                        (Field::Need, &v.need),
                        (Field::NotOk, &v.not_ok),
                        (Field::IfCrossed, &v.if_crossed),
                    ] {
                        let _ = d.boundaries.set_field(id, side_of(who), field, text);
                    }
                }
                if let Some((run_id, changed)) = received {
                    let other = if me == Partner::A {
                        Partner::B
                    } else {
                        Partner::A
                    };
                    let answers = answers(4);
                    d.assessment.history.push(CompletedRun {
                        id: d.assessment.next_id,
                        date: day(1),
                        bank_version: BANK_VERSION,
                        result: RunResult::Solo {
                            scores: score(&answers),
                            answers,
                            role: None,
                        },
                        origin: Some(Origin {
                            from: other,
                            run_id,
                            changed,
                        }),
                    });
                    d.assessment.next_id += 1;
                }
                // This phone's own repair records, entered as on the screen.
                for (id, tick) in &own.ticks {
                    let _ = d.repair.tick(id, tick.done_on, &tick.note);
                }
                for p in &own.promises {
                    let _ = d.repair.add_promise(&p.text, p.due.max(day(1)), day(1));
                }
                for c in &own.check_ins {
                    let _ = d.repair.add_check_in(c.check_in.clone());
                }
                // Perhaps records received from the partner before.
                if let Some(got) = got {
                    let other = if me == Partner::A {
                        Partner::B
                    } else {
                        Partner::A
                    };
                    let _ = d.repair.receive(other, &got, 1_500);
                }
                (d, me)
            })
    }

    fn packet_from() -> impl Strategy<Value = Contents> {
        (
            partner(),
            "[A-Za-z]{0,5}",
            0u64..3_000,
            proptest::option::of((0u64..3, 1u8..=7, 1u8..=28)),
            proptest::option::of(proptest::collection::btree_map(
                0..BUILTIN_TOPICS.len(),
                views(),
                0..4,
            )),
            proptest::option::of(shared_repair()),
        )
            .prop_map(|(from, name, made_at, run, sides, repair)| {
                let name = name.trim().to_owned();
                Contents {
                    from,
                    name: name.clone(),
                    made_at,
                    assessment: run.map(|(id, value, on)| {
                        let answers = answers(value);
                        SharedRun {
                            id,
                            date: day(on),
                            bank_version: BANK_VERSION,
                            result: PartnerResult {
                                name: name.clone(),
                                scores: score(&answers),
                                answers,
                                role: None,
                            },
                        }
                    }),
                    worksheet: sides.map(|s| {
                        s.into_iter()
                            .filter(|(_, v)| {
                                [&v.need, &v.not_ok, &v.if_crossed]
                                    .iter()
                                    .any(|t| !t.trim().is_empty())
                            })
                            .map(|(i, v)| (BUILTIN_TOPICS[i].id.to_owned(), v))
                            .collect()
                    }),
                    repair,
                }
            })
    }

    fn own_records(
        d: &Document,
        me: Partner,
    ) -> (
        Vec<CompletedRun>,
        FlatMap<String, Views>,
        Vec<String>,
        String,
        SharedRepair,
    ) {
        let runs = d
            .assessment
            .history
            .iter()
            .filter(|r| r.origin.is_none())
            .cloned()
            .collect();
        let agreements = BUILTIN_TOPICS
            .iter()
            .map(|c| {
                format!(
                    "{:?}",
                    d.boundaries.topic(c.id).map(|v| (
                        v.entry.agreement,
                        v.entry.status,
                        v.entry.agreed_on
                    ))
                )
            })
            .collect();
        (
            runs,
            d.boundaries.side(side_of(me)),
            agreements,
            given_name(d, me),
            d.repair.own_part(),
        )
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        /// A packet is written as serde's derives wrote it, and what they wrote reads back the
        /// same (see `domain::json`): packets from phones with an older Mend still open.
        #[test]
        fn packets_are_written_and_read_as_serde_does(c in packet_from()) {
            let by_serde = serde_json::to_vec(&c).map_err(|e| TestCaseError::fail(e.to_string()))?;
            prop_assert_eq!(encode(&c), by_serde.clone());
            let text = String::from_utf8(by_serde).map_err(|e| TestCaseError::fail(e.to_string()))?;
            let value = json::parse(&text).map_err(|e| TestCaseError::fail(e.to_string()))?;
            prop_assert_eq!(Contents::from_json(&value), Ok(c.clone()));
            prop_assert_eq!(serde_json::from_str::<Contents>(&text).ok(), Some(c));
        }

        /// Merging never changes the receiver's own records, the checklist or the settings.
        #[test]
        fn the_receivers_own_records_are_never_changed((d, me) in document(), c in packet_from()) {
            match merge(&d, &c, me) {
                Err(e) => {
                    prop_assert_eq!(c.from, me);
                    prop_assert_eq!(e, PacketError::OwnPacket);
                }
                Ok((after, _)) => {
                    prop_assert_eq!(own_records(&after, me), own_records(&d, me));
                    prop_assert_eq!(after.repair.check_in_every_days(), d.repair.check_in_every_days());
                    prop_assert_eq!(&after.settings, &d.settings);
                    prop_assert_eq!(&after.assessment.in_progress, &d.assessment.in_progress);
                    // Only the sender's records are added: at most one run, theirs.
                    prop_assert!(after.assessment.history.len() <= d.assessment.history.len() + 1);
                    for run in after.assessment.history.iter().filter(|r| !d.assessment.history.contains(r)) {
                        prop_assert_eq!(run.origin.map(|o| o.from), Some(c.from));
                    }
                    // Ids stay unique.
                    let mut ids: Vec<u64> = after.assessment.history.iter().map(|r| r.id).collect();
                    ids.sort_unstable();
                    ids.dedup();
                    prop_assert_eq!(ids.len(), after.assessment.history.len());
                }
            }
        }

        /// The same packet twice changes nothing the second time.
        #[test]
        fn merging_is_idempotent((d, me) in document(), c in packet_from()) {
            if let Ok((once, _)) = merge(&d, &c, me) {
                let (twice, seen) = merge(&once, &c, me).unwrap_or_else(|e| panic!("{e}"));
                prop_assert_eq!(&twice, &once);
                prop_assert!(!seen.changes_anything());
            }
        }

        /// A newer packet's words take the partner's column; an older one after it changes nothing.
        #[test]
        fn newer_wins_and_older_changes_nothing((d, me) in document(), old in packet_from(), new in packet_from()) {
            let other = if me == Partner::A { Partner::B } else { Partner::A };
            let old = Contents { from: other, made_at: 10_000, ..old };
            let new = Contents { from: other, made_at: 20_000, ..new };
            let (after_new, _) = merge(&d, &new, me).unwrap_or_else(|e| panic!("{e}"));
            if let Some(areas) = &new.worksheet {
                prop_assert_eq!(&after_new.boundaries.side(side_of(other)), areas);
            }
            let (after_old, seen) = merge(&after_new, &old, me).unwrap_or_else(|e| panic!("{e}"));
            if let (Some(a), Some(b)) = (&old.repair, &new.repair) {
                // Records both packets hold keep the newer packet's version.
                let (_, seen_new) = merge(&after_new, &new, me).unwrap_or_else(|e| panic!("{e}"));
                prop_assert!(!seen_new.changes_anything());
                let newer_promises: Vec<_> = after_old.repair.promises().iter().filter(|p| after_old.repair.received_from("promise", p.id) == Some(other)).map(|p| p.text.clone()).collect();
                for p in &b.promises {
                    if a.promises.iter().any(|q| q.id == p.id) {
                        prop_assert!(newer_promises.contains(&p.text));
                    }
                }
            }
            if new.worksheet.is_some() {
                prop_assert_eq!(after_old.boundaries.side(side_of(other)), after_new.boundaries.side(side_of(other)));
            }
            if let (Some(a), Some(b)) = (&old.assessment, &new.assessment) {
                if a.id == b.id {
                    prop_assert_eq!(&after_old.assessment, &after_new.assessment);
                    prop_assert_eq!(seen.assessment.map(|x| x.1), Some(Change::Older));
                }
            }
        }

        /// Whatever a packet holds, it survives sealing and opening unchanged.
        #[test]
        fn contents_round_trip(c in packet_from()) {
            prop_assert_eq!(decode(&encode(&c)), Ok(c));
        }
    }
}

#[cfg(test)]
mod fixture {
    use super::*;
    use crate::domain::packet::{
        self,
        tests::{code, derive, NONCE, SALT},
    };

    /// The contents frozen in `tests/fixtures/packet-v1.txt`.
    fn frozen_contents() -> Contents {
        let mut areas = FlatMap::new();
        areas.insert(
            "emotional-support".to_owned(),
            Views {
                need: "Time to talk".into(),
                not_ok: String::new(),
                if_crossed: String::new(),
            },
        );
        Contents {
            from: Partner::A,
            name: "Sam".into(),
            made_at: 1_796_000_000_000,
            assessment: None,
            worksheet: Some(areas),
            repair: None,
        }
    }

    /// A packet of version 1 must keep opening: the frozen file is sealed with the test code,
    /// salt and nonce. The browser test (`tests/web_crypto.rs`) opens the same file with
    /// WebCrypto's key derivation, which shows both derive the same key.
    #[test]
    fn the_frozen_version_1_packet_opens() {
        let text = include_str!("../../tests/fixtures/packet-v1.txt").trim();
        let key = derive(&code(), &SALT);
        assert_eq!(code().display(), "7J8GF-AJY23");
        let opened = packet::read(text)
            .and_then(|p| p.open(&key))
            .and_then(|b| decode(&b));
        assert_eq!(opened, Ok(frozen_contents()));
        assert_eq!(
            packet::seal(&encode(&frozen_contents()), &key, &SALT, &NONCE).as_deref(),
            Ok(text)
        );
    }
}
