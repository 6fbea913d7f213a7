//! The boundary-setting worksheet: for each topic of life, what each partner needs, what is not OK
//! for them and what they would like to happen if it is crossed, plus the wording they agree on.
//!
//! The saved [`Worksheet`] refers to built-in topics by id (see [`content`]), so their wording can
//! change without migrations. Every change goes through a method that validates it; the fields
//! are private. Dates come in from the UI as "today"; nothing here reads a clock.

mod change;
pub mod content;
mod json;

use crate::domain::date::Day;
use crate::domain::edit::{
    check_len, fresh_custom_id, renumber_custom_ids, shared_custom_ids, FieldError,
};
use crate::domain::flat::{FlatMap, FlatSet};
use crate::i18n::boundaries::{t, Msg};
use serde::{Deserialize, Serialize};
use std::collections::HashSet;

pub use change::Change;
pub use content::{builtin, intro, safety_note, BuiltinTopic, BUILTIN_TOPICS};

/// Longest text, in characters (not bytes), accepted for any partner view or agreement.
pub const MAX_FIELD_CHARS: usize = 2000;
/// Longest title, in characters, for a renamed or custom topic.
pub const MAX_TITLE_CHARS: usize = 80;
/// Longest explanation, in characters, for a custom topic.
pub const MAX_ABOUT_CHARS: usize = 300;
/// How many custom topics one worksheet may hold.
pub const MAX_CUSTOM_TOPICS: usize = 30;
/// Fields per topic: three for each partner plus the shared agreement.
pub const FIELDS_PER_TOPIC: u8 = 7;
/// Shown for a custom topic whose saved title is blank (only possible in hand-edited data).
fn untitled() -> String {
    t(Msg::UntitledTopic).to_owned()
}
/// Whose words a field holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    /// The first partner.
    A,
    /// The second partner.
    B,
    /// Both together: the agreement.
    Shared,
}

impl Side {
    /// A neutral label; the UI may replace it with the partners' chosen names.
    pub fn label(self) -> &'static str {
        match self {
            Side::A => t(Msg::SideA),
            Side::B => t(Msg::SideB),
            Side::Shared => t(Msg::SideShared),
        }
    }

    /// The fields this person writes, in display order.
    pub fn fields(self) -> &'static [Field] {
        match self {
            Side::A | Side::B => &[Field::Need, Field::NotOk, Field::IfCrossed],
            Side::Shared => &[Field::Agreement],
        }
    }
}

/// One text box of a topic.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    /// What I need (each partner).
    Need,
    /// What is not OK for me (each partner).
    NotOk,
    /// What I would like to happen if it is crossed (each partner).
    IfCrossed,
    /// The wording you both agree on (shared only).
    Agreement,
}

impl Field {
    /// The label above the text box.
    pub fn label(self) -> &'static str {
        match self {
            Field::Need => t(Msg::FieldNeed),
            Field::NotOk => t(Msg::FieldNotOk),
            Field::IfCrossed => t(Msg::FieldIfCrossed),
            Field::Agreement => t(Msg::FieldAgreement),
        }
    }
}

/// Where the conversation about a topic stands.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// You have not talked about it yet.
    #[default]
    NotDiscussed,
    /// You are talking it through.
    Talking,
    /// You both agree on the wording.
    Agreed,
    /// One of you would like to look at it again.
    NeedsRevisiting,
}

impl Status {
    /// Every status, in the order a conversation usually moves through them.
    pub const ALL: [Status; 4] = [
        Status::NotDiscussed,
        Status::Talking,
        Status::Agreed,
        Status::NeedsRevisiting,
    ];

    /// A short label for the status (never shown by colour alone).
    pub fn label(self) -> &'static str {
        match self {
            Status::NotDiscussed => t(Msg::StatusNotDiscussed),
            Status::Talking => t(Msg::StatusTalking),
            Status::Agreed => t(Msg::StatusAgreed),
            Status::NeedsRevisiting => t(Msg::StatusNeedsRevisiting),
        }
    }
}

/// One partner's side of a topic.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Views {
    /// What I need.
    pub need: String,
    /// What is not OK for me.
    pub not_ok: String,
    /// What I would like to happen if it is crossed.
    pub if_crossed: String,
}

impl Views {
    /// The text of one of this partner's fields (`None` for [`Field::Agreement`]).
    pub fn get(&self, field: Field) -> Option<&str> {
        match field {
            Field::Need => Some(&self.need),
            Field::NotOk => Some(&self.not_ok),
            Field::IfCrossed => Some(&self.if_crossed),
            Field::Agreement => None,
        }
    }

    fn slot(&mut self, field: Field) -> Option<&mut String> {
        match field {
            Field::Need => Some(&mut self.need),
            Field::NotOk => Some(&mut self.not_ok),
            Field::IfCrossed => Some(&mut self.if_crossed),
            Field::Agreement => None,
        }
    }

    fn filled(&self) -> u8 {
        [&self.need, &self.not_ok, &self.if_crossed]
            .iter()
            .filter(|t| has_words(t))
            .count() as u8
    }
}

/// An earlier agreed wording, kept when the couple revisits an agreement.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Revision {
    /// The wording as it was.
    pub text: String,
    /// When it was marked agreed, if it ever was.
    #[serde(default)]
    pub agreed_on: Option<Day>,
    /// The day you chose to revisit it.
    pub replaced_on: Day,
}

/// Everything written and decided about one topic. Read-only outside this module: change it
/// through [`Worksheet`]'s methods.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Entry {
    /// Hidden from the worksheet (its words are kept).
    pub hidden: bool,
    /// The couple's own title for a built-in topic.
    pub title: Option<String>,
    /// Partner A's side.
    pub a: Views,
    /// Partner B's side.
    pub b: Views,
    /// The shared wording.
    pub agreement: String,
    /// Where the conversation stands.
    pub status: Status,
    /// When the current wording was marked agreed; while set, the wording is locked.
    pub agreed_on: Option<Day>,
    /// When you would like to look at the agreement again.
    pub revisit_by: Option<Day>,
    /// Earlier wordings, oldest first.
    pub history: Vec<Revision>,
}

static EMPTY_ENTRY: Entry = Entry {
    hidden: false,
    title: None,
    a: Views {
        need: String::new(),
        not_ok: String::new(),
        if_crossed: String::new(),
    },
    b: Views {
        need: String::new(),
        not_ok: String::new(),
        if_crossed: String::new(),
    },
    agreement: String::new(),
    status: Status::NotDiscussed,
    agreed_on: None,
    revisit_by: None,
    history: Vec::new(),
};

impl Entry {
    /// The text of one field, or `None` when this person has no such field.
    pub fn get(&self, who: Side, field: Field) -> Option<&str> {
        match (who, field) {
            (Side::A, f) => self.a.get(f),
            (Side::B, f) => self.b.get(f),
            (Side::Shared, Field::Agreement) => Some(&self.agreement),
            (Side::Shared, _) => None,
        }
    }

    /// One partner's side (`None` for [`Side::Shared`]).
    fn side_mut(&mut self, who: Side) -> Option<&mut Views> {
        match who {
            Side::A => Some(&mut self.a),
            Side::B => Some(&mut self.b),
            Side::Shared => None,
        }
    }

    /// How many of the [`FIELDS_PER_TOPIC`] fields hold more than spaces.
    pub fn filled(&self) -> u8 {
        self.a.filled() + self.b.filled() + u8::from(has_words(&self.agreement))
    }

    /// Agreed, and the review date has come.
    pub fn is_due(&self, today: Day) -> bool {
        match self.status {
            Status::NeedsRevisiting => true,
            Status::Agreed => self.revisit_by.is_some_and(|d| d <= today),
            _ => false,
        }
    }

    fn slot(&mut self, who: Side, field: Field) -> Option<&mut String> {
        match (who, field) {
            (Side::A, f) => self.a.slot(f),
            (Side::B, f) => self.b.slot(f),
            (Side::Shared, Field::Agreement) => Some(&mut self.agreement),
            (Side::Shared, _) => None,
        }
    }
}

/// A topic the couple added themselves.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CustomTopic {
    /// Generated id, `custom-<n>`.
    pub id: String,
    /// The couple's title.
    pub title: String,
    /// An optional line about what it covers.
    #[serde(default)]
    pub about: Option<String>,
}

/// The couple's worksheet, as saved. Unknown ids in saved data are kept but ignored.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Worksheet {
    /// Display order by id. Areas missing here follow in their default order.
    order: Vec<String>,
    /// Per topic, keyed by id; a topic nobody has touched has no entry.
    entries: FlatMap<String, Entry>,
    /// Areas the couple added, in the order they were added.
    custom: Vec<CustomTopic>,
    /// Counter for custom ids.
    next_custom: u32,
    /// When each partner's side ("a", "b") last came from their own phone in a packet, in
    /// milliseconds since 1970 by the sender's clock (see `domain::merge`). Empty on a device
    /// that never received one.
    #[serde(skip_serializing_if = "FlatMap::is_empty")]
    received: FlatMap<String, u64>,
}

/// One topic, resolved for display: titles and prompts filled in, plus a copy of its entry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TopicView {
    /// The id to pass back to [`Worksheet`]'s methods.
    pub id: String,
    /// The title to show (the couple's rename if any).
    pub title: String,
    /// The built-in title, when this is a built-in topic (to offer "reset name").
    pub original_title: Option<&'static str>,
    /// What the topic covers ("" for a custom topic without one).
    pub about: String,
    /// Questions to get started (empty for custom topics).
    pub prompts: Vec<&'static str>,
    /// Built-in (can be hidden, not removed) or custom (can be removed).
    pub built_in: bool,
    /// Everything written and decided so far.
    pub entry: Entry,
}

impl TopicView {
    /// Whether the title shown is one the couple wrote: a topic of their own, or a built-in one
    /// they renamed. The screens keep such a title, like everything else they wrote, out of the
    /// browser's page translation, which sends the page's text to a server.
    pub fn title_is_theirs(&self) -> bool {
        self.original_title != Some(self.title.as_str())
    }
}

/// Why a topic appears in [`Worksheet::due_for_review`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DueReason {
    /// The review date you set has come (or passed).
    DateReached(Day),
    /// Someone marked it as needing another look.
    Marked,
}

/// A topic that is ready to be looked at again.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DueItem {
    /// The topic's id.
    pub id: String,
    /// The title to show.
    pub title: String,
    /// Whether the couple wrote the title (see [`TopicView::title_is_theirs`]).
    pub theirs: bool,
    /// Why it is listed.
    pub reason: DueReason,
}

/// How far along one topic is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TopicProgress {
    /// The topic's id.
    pub id: String,
    /// The title to show.
    pub title: String,
    /// Whether the couple wrote the title (see [`TopicView::title_is_theirs`]).
    pub theirs: bool,
    /// Fields holding words, out of [`FIELDS_PER_TOPIC`].
    pub filled: u8,
    /// Where the conversation stands.
    pub status: Status,
    /// Ready to look at again (see [`Entry::is_due`]).
    pub due: bool,
}

/// Counts over all visible topics.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Overview {
    /// Visible topics.
    pub topics: usize,
    /// Areas not talked about yet.
    pub not_discussed: usize,
    /// Areas being talked through.
    pub talking: usize,
    /// Areas with an agreement.
    pub agreed: usize,
    /// Areas marked for another look.
    pub needs_revisiting: usize,
    /// Areas ready for review today.
    pub due: usize,
    /// Fields with words, over all visible topics.
    pub fields_filled: usize,
    /// All fields of visible topics (`topics * 7`).
    pub fields_total: usize,
}

/// The words of a built-in or custom topic.
enum Kind<'a> {
    BuiltIn(&'static BuiltinTopic),
    Custom(&'a CustomTopic),
}

fn who_key(who: Side) -> &'static str {
    match who {
        Side::A => "a",
        Side::B => "b",
        Side::Shared => "shared",
    }
}

fn has_words(text: &str) -> bool {
    !text.trim().is_empty()
}

/// Titles are one line: collapse runs of whitespace (including newlines) into one space.
fn clean_title(raw: &str) -> Result<String, FieldError> {
    let title = raw.split_whitespace().collect::<Vec<_>>().join(" ");
    if title.is_empty() {
        return Err(FieldError::Empty { field: "title" });
    }
    check_len("title", &title, MAX_TITLE_CHARS)?;
    Ok(title)
}

impl Worksheet {
    /// An empty worksheet with every built-in topic visible.
    pub fn new() -> Worksheet {
        Worksheet::default()
    }

    fn kind(&self, id: &str) -> Option<Kind<'_>> {
        if let Some(b) = builtin(id) {
            return Some(Kind::BuiltIn(b));
        }
        self.custom.iter().find(|c| c.id == id).map(Kind::Custom)
    }

    fn entry(&self, id: &str) -> &Entry {
        self.entries.get(id).unwrap_or(&EMPTY_ENTRY)
    }

    /// The entry for a known id, created on first use.
    fn entry_mut(&mut self, id: &str) -> Result<&mut Entry, FieldError> {
        if self.kind(id).is_none() {
            return Err(FieldError::UnknownTopic);
        }
        Ok(self.entries.entry(id.to_owned()).or_default())
    }

    /// Every known id once, in display order (hidden ones included).
    fn ordered_ids(&self) -> Vec<String> {
        let mut seen = HashSet::new();
        let mut ids = Vec::new();
        let defaults = BUILTIN_TOPICS
            .iter()
            .map(|c| c.id)
            .chain(self.custom.iter().map(|c| c.id.as_str()));
        for id in self.order.iter().map(String::as_str).chain(defaults) {
            if self.kind(id).is_some() && seen.insert(id) {
                ids.push(id.to_owned());
            }
        }
        ids
    }

    fn title_of(&self, id: &str, kind: &Kind<'_>) -> String {
        match kind {
            Kind::BuiltIn(b) => match &self.entry(id).title {
                Some(t) if has_words(t) => t.clone(),
                _ => b.title().to_owned(),
            },
            Kind::Custom(c) if has_words(&c.title) => c.title.clone(),
            Kind::Custom(_) => untitled(),
        }
    }

    /// One topic resolved for display, hidden or not; `None` for an unknown id.
    pub fn topic(&self, id: &str) -> Option<TopicView> {
        let kind = self.kind(id)?;
        let title = self.title_of(id, &kind);
        let entry = self.entry(id).clone();
        Some(match kind {
            Kind::BuiltIn(b) => TopicView {
                id: b.id.to_owned(),
                title,
                original_title: Some(b.title()),
                about: b.about().to_owned(),
                prompts: b.prompts(),
                built_in: true,
                entry,
            },
            Kind::Custom(c) => TopicView {
                id: c.id.clone(),
                title,
                original_title: None,
                about: c.about.clone().unwrap_or_default(),
                prompts: Vec::new(),
                built_in: false,
                entry,
            },
        })
    }

    /// The visible topics in display order: what the worksheet page shows.
    pub fn view(&self) -> Vec<TopicView> {
        self.ordered_ids()
            .iter()
            .filter_map(|id| self.topic(id))
            .filter(|c| !c.entry.hidden)
            .collect()
    }

    /// How many visible topics hold any words (either side or the agreement): the count of
    /// [`Worksheet::view`]'s topics with [`Entry::filled`] above zero, from ids and entries
    /// only. It never looks a title up, so code that only counts (the import preview) does not
    /// pull the worksheet's text into its part.
    pub fn topics_with_notes(&self) -> usize {
        self.ordered_ids()
            .iter()
            .map(|id| self.entry(id))
            .filter(|entry| !entry.hidden && entry.filled() > 0)
            .count()
    }

    /// The ids of [`Worksheet::view`], without resolving each topic: what the page needs on
    /// every keystroke to know whether the list of topics changed.
    pub fn visible_ids(&self) -> Vec<String> {
        self.ordered_ids()
            .into_iter()
            .filter(|id| !self.entry(id).hidden)
            .collect()
    }

    /// The hidden topics in display order, so the UI can offer to show them again.
    pub fn hidden(&self) -> Vec<TopicView> {
        self.ordered_ids()
            .iter()
            .filter_map(|id| self.topic(id))
            .filter(|c| c.entry.hidden)
            .collect()
    }

    /// Adds a topic of your own at the end and returns its id. The title is trimmed and kept to
    /// one line.
    pub fn add_custom(&mut self, title: &str) -> Result<String, FieldError> {
        let title = clean_title(title)?;
        if self.custom.len() >= MAX_CUSTOM_TOPICS {
            return Err(FieldError::TooMany {
                max: MAX_CUSTOM_TOPICS,
            });
        }
        let (n, id) = fresh_custom_id(self.next_custom, |id| {
            self.kind(id).is_some() || self.entries.contains_key(id)
        })
        .ok_or(FieldError::TooMany {
            max: MAX_CUSTOM_TOPICS,
        })?;
        self.next_custom = self.next_custom.max(n);
        let mut order = self.ordered_ids();
        order.push(id.clone());
        self.order = order;
        self.custom.push(CustomTopic {
            id: id.clone(),
            title,
            about: None,
        });
        Ok(id)
    }

    /// Sets or clears (`""`) the explanation line of a custom topic.
    pub fn set_custom_about(&mut self, id: &str, about: &str) -> Result<(), FieldError> {
        let custom = match self.custom.iter_mut().find(|c| c.id == id) {
            Some(c) => c,
            None if builtin(id).is_some() => return Err(FieldError::BuiltIn),
            None => return Err(FieldError::UnknownTopic),
        };
        let about = about.trim();
        check_len("about", about, MAX_ABOUT_CHARS)?;
        custom.about = if about.is_empty() {
            None
        } else {
            Some(about.to_owned())
        };
        Ok(())
    }

    /// Gives a topic your own title (built-in topics keep their original for [`Self::reset_title`]).
    pub fn rename(&mut self, id: &str, title: &str) -> Result<(), FieldError> {
        let title = clean_title(title)?;
        if let Some(c) = self.custom.iter_mut().find(|c| c.id == id) {
            c.title = title;
            return Ok(());
        }
        self.entry_mut(id)?.title = Some(title);
        Ok(())
    }

    /// Goes back to the built-in title. Custom topics have no original, so this refuses them.
    pub fn reset_title(&mut self, id: &str) -> Result<(), FieldError> {
        if builtin(id).is_none() {
            return Err(if self.kind(id).is_some() {
                FieldError::NotBuiltIn
            } else {
                FieldError::UnknownTopic
            });
        }
        self.entry_mut(id)?.title = None;
        Ok(())
    }

    /// Hides a topic; its words and agreement are kept.
    pub fn hide(&mut self, id: &str) -> Result<(), FieldError> {
        self.entry_mut(id)?.hidden = true;
        Ok(())
    }

    /// Shows a hidden topic again in its old place.
    pub fn show(&mut self, id: &str) -> Result<(), FieldError> {
        self.entry_mut(id)?.hidden = false;
        Ok(())
    }

    /// Moves a topic above the visible topic before it. Does nothing at the top.
    pub fn move_up(&mut self, id: &str) -> Result<(), FieldError> {
        self.shift(id, true)
    }

    /// Moves a topic below the visible topic after it. Does nothing at the bottom.
    pub fn move_down(&mut self, id: &str) -> Result<(), FieldError> {
        self.shift(id, false)
    }

    fn shift(&mut self, id: &str, up: bool) -> Result<(), FieldError> {
        if self.kind(id).is_none() {
            return Err(FieldError::UnknownTopic);
        }
        let mut order = self.ordered_ids();
        let Some(from) = order.iter().position(|x| x == id) else {
            return Err(FieldError::UnknownTopic);
        };
        let visible = |x: &String| x != id && !self.entry(x).hidden;
        // Jump over hidden topics so each press moves the topic one place on screen.
        let neighbour = if up {
            order[..from].iter().rposition(visible)
        } else {
            order[from + 1..]
                .iter()
                .position(visible)
                .map(|i| from + 1 + i)
        };
        let Some(to) = neighbour else {
            return Ok(());
        };
        let moved = order.remove(from);
        order.insert(to, moved);
        self.order = order;
        Ok(())
    }

    /// Removes a topic you added, with everything written in it. Built-ins can only be hidden.
    pub fn remove_custom(&mut self, id: &str) -> Result<(), FieldError> {
        if builtin(id).is_some() {
            return Err(FieldError::BuiltIn);
        }
        let before = self.custom.len();
        self.custom.retain(|c| c.id != id);
        if self.custom.len() == before {
            return Err(FieldError::UnknownTopic);
        }
        self.entries.remove(id);
        self.order.retain(|x| x != id);
        Ok(())
    }

    /// One partner's side of every built-in topic where it holds words: what a packet to the other
    /// partner carries. Areas the couple added are left out: their ids are only unique on one
    /// device, so they cannot be matched on another.
    pub fn side(&self, who: Side) -> FlatMap<String, Views> {
        BUILTIN_TOPICS
            .iter()
            .filter_map(|c| {
                let entry = self.entry(c.id);
                let views = match who {
                    Side::A => &entry.a,
                    Side::B => &entry.b,
                    Side::Shared => return None,
                };
                (views.filled() > 0).then(|| (c.id.to_owned(), views.clone()))
            })
            .collect()
    }

    /// When `who`'s side last came from their phone (0: never).
    pub fn received(&self, who: Side) -> u64 {
        self.received.get(who_key(who)).copied().unwrap_or(0)
    }

    /// Puts `who`'s side as it came from their phone in a packet made at `changed`: each
    /// built-in topic takes the packet's words for that side, and a topic the packet does not
    /// hold is emptied on that side (they cleared it). The other side, the agreement, status,
    /// dates and topics the couple added are never touched. Refused with `false` (nothing changes)
    /// when a packet made at the same time or later was already received, or when the words are
    /// longer than a field holds.
    pub fn receive_side(
        &mut self,
        who: Side,
        areas: &FlatMap<String, Views>,
        changed: u64,
    ) -> bool {
        if who == Side::Shared || changed <= self.received(who) {
            return false;
        }
        let too_long = |v: &Views| {
            [&v.need, &v.not_ok, &v.if_crossed]
                .iter()
                .any(|t| t.chars().count() > MAX_FIELD_CHARS)
        };
        if areas.values().any(too_long) {
            return false;
        }
        for topic in BUILTIN_TOPICS {
            let incoming = areas.get(topic.id).cloned().unwrap_or_default();
            if incoming == Views::default() && !self.entries.contains_key(topic.id) {
                continue;
            }
            if let Some(side) = self
                .entries
                .entry(topic.id.to_owned())
                .or_default()
                .side_mut(who)
            {
                *side = incoming;
            }
        }
        self.received.insert(who_key(who).to_owned(), changed);
        true
    }

    /// The text of one field; `None` for an unknown topic or a field this person does not have.
    pub fn field(&self, id: &str, who: Side, field: Field) -> Option<&str> {
        self.kind(id)?;
        self.entry(id).get(who, field)
    }

    /// Stores one field's text as typed. Over-long text is refused whole, never cut. The agreed
    /// wording is locked until [`Self::revisit`] keeps a copy of it.
    pub fn set_field(
        &mut self,
        id: &str,
        who: Side,
        field: Field,
        text: &str,
    ) -> Result<(), FieldError> {
        check_len("text", text, MAX_FIELD_CHARS)?;
        let entry = self.entry_mut(id)?;
        if who == Side::Shared && field == Field::Agreement && entry.agreed_on.is_some() {
            if entry.agreement == text {
                return Ok(());
            }
            return Err(FieldError::AgreementLocked);
        }
        let slot = entry.slot(who, field).ok_or(FieldError::NotAField)?;
        text.clone_into(slot);
        Ok(())
    }

    /// Sets where the conversation stands. Marking [`Status::Agreed`] needs agreed wording and
    /// records `today` as the agreed date (kept if it was already agreed, as under "needs
    /// another look"). Going back to "not talked about yet" or "talking it through" from an
    /// agreement is refused ([`FieldError::AgreementLocked`]): [`Worksheet::revisit`] opens the
    /// wording again, keeping the agreed text in the history.
    pub fn set_status(&mut self, id: &str, status: Status, today: Day) -> Result<(), FieldError> {
        if self.kind(id).is_none() {
            return Err(FieldError::UnknownTopic);
        }
        // Refuse before touching anything: a refusal must not leave an empty entry behind.
        let words = self
            .entries
            .get(id)
            .is_some_and(|e| has_words(&e.agreement));
        if status == Status::Agreed && !words {
            return Err(FieldError::Empty { field: "agreement" });
        }
        // Agreed wording opens again only by `revisit`, asked for by its own button: an arrow key
        // on a closed picker chooses the next status at once, and one press on an agreement
        // opened it, put it among the earlier wordings and cleared the review date.
        let agreed = self.entries.get(id).is_some_and(|e| e.agreed_on.is_some());
        if agreed && matches!(status, Status::NotDiscussed | Status::Talking) {
            return Err(FieldError::AgreementLocked);
        }
        let entry = self.entry_mut(id)?;
        // Back from "Needs another look" the wording is the one agreed, on the day it was.
        if status == Status::Agreed && entry.agreed_on.is_none() {
            entry.agreed_on = Some(today);
        }
        entry.status = status;
        Ok(())
    }

    /// Sets or clears the day you would like to look at this agreement again.
    pub fn set_revisit_by(&mut self, id: &str, day: Option<Day>) -> Result<(), FieldError> {
        self.entry_mut(id)?.revisit_by = day;
        Ok(())
    }

    /// Opens an agreement again: the agreed wording and its date go into the history, the text
    /// stays as a draft to edit, the review date is cleared and the status becomes
    /// [`Status::Talking`].
    pub fn revisit(&mut self, id: &str, today: Day) -> Result<(), FieldError> {
        let entry = self.entry_mut(id)?;
        let was_agreed = entry.agreed_on.is_some()
            || matches!(entry.status, Status::Agreed | Status::NeedsRevisiting);
        if was_agreed && has_words(&entry.agreement) {
            entry.history.push(Revision {
                text: entry.agreement.clone(),
                agreed_on: entry.agreed_on,
                replaced_on: today,
            });
        }
        entry.agreed_on = None;
        entry.revisit_by = None;
        entry.status = Status::Talking;
        Ok(())
    }

    /// Visible topics ready for another look, in display order: agreed ones whose review date is
    /// today or earlier, and ones marked [`Status::NeedsRevisiting`].
    pub fn due_for_review(&self, today: Day) -> Vec<DueItem> {
        self.view()
            .into_iter()
            .filter(|c| c.entry.is_due(today))
            .map(|c| DueItem {
                reason: match c.entry.status {
                    Status::Agreed => c
                        .entry
                        .revisit_by
                        .map_or(DueReason::Marked, DueReason::DateReached),
                    _ => DueReason::Marked,
                },
                theirs: c.title_is_theirs(),
                id: c.id,
                title: c.title,
            })
            .collect()
    }

    /// Per visible topic: fields filled, status, and whether it is due, in display order.
    pub fn progress(&self, today: Day) -> Vec<TopicProgress> {
        self.view()
            .into_iter()
            .map(|c| TopicProgress {
                filled: c.entry.filled(),
                status: c.entry.status,
                due: c.entry.is_due(today),
                theirs: c.title_is_theirs(),
                id: c.id,
                title: c.title,
            })
            .collect()
    }

    /// Counts over all visible topics.
    pub fn overview(&self, today: Day) -> Overview {
        let mut o = Overview::default();
        for c in self.view() {
            o.topics += 1;
            o.fields_filled += usize::from(c.entry.filled());
            o.fields_total += usize::from(FIELDS_PER_TOPIC);
            o.due += usize::from(c.entry.is_due(today));
            match c.entry.status {
                Status::NotDiscussed => o.not_discussed += 1,
                Status::Talking => o.talking += 1,
                Status::Agreed => o.agreed += 1,
                Status::NeedsRevisiting => o.needs_revisiting += 1,
            }
        }
        o
    }
}

// The worksheet page keys its topics by id; a second topic with the same id would show and
// change the first one's words.
impl Worksheet {
    /// Custom topic ids that more than one topic answers to: shared by two custom topics, or
    /// taken by a built-in topic.
    fn shared_ids(&self) -> FlatSet<&str> {
        shared_custom_ids(self.custom.iter().map(|c| c.id.as_str()), |id| {
            builtin(id).is_some()
        })
    }

    /// True when two topics you added share an id and words or choices are saved under it, so
    /// the data cannot say which topic they belong to. (A custom topic with a built-in topic's id
    /// is not in doubt: what is saved under that id has always been shown on the built-in one.)
    pub fn ids_in_doubt(&self) -> bool {
        self.shared_ids().into_iter().any(|id| {
            builtin(id).is_none() && self.entries.get(id).is_some_and(|e| *e != Entry::default())
        })
    }

    /// Makes every custom topic id unique and distinct from the built-in ones. The first topic
    /// with an id keeps it, with what is saved under it; each later one gets a fresh id (and an
    /// empty entry), placed after the others. No topic is dropped. Returns how many got a new id.
    pub fn renumber_duplicate_ids(&mut self) -> usize {
        if self.shared_ids().is_empty() {
            return 0;
        }
        let taken = self
            .custom
            .iter()
            .map(|c| c.id.clone())
            .chain(self.entries.keys().cloned())
            .chain(self.order.iter().cloned())
            .collect();
        renumber_custom_ids(
            self.custom.iter_mut().map(|c| &mut c.id),
            |id| builtin(id).is_some(),
            taken,
            &mut self.next_custom,
        )
    }
}

#[cfg(test)]
mod tests;
