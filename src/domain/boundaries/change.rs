//! Every change a person can make to the worksheet, as one value: the screen builds a
//! [`Change`] from what was clicked or typed and [`Worksheet::apply`] carries it out.

use super::{Field, Side, Status, Worksheet};
use crate::domain::change::Made;
use crate::domain::date::Day;
use crate::domain::edit::FieldError;

/// One change to the worksheet. `id` is the topic it is about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Change {
    /// Text typed into one box.
    Text {
        /// The topic.
        id: String,
        /// Whose box.
        side: Side,
        /// Which box.
        field: Field,
        /// The whole text of the box now.
        text: String,
    },
    /// Where the couple is with this topic.
    Status {
        /// The topic.
        id: String,
        /// The new status.
        status: Status,
    },
    /// The day to look at it again, or none.
    RevisitBy {
        /// The topic.
        id: String,
        /// The day, `None` to clear it.
        day: Option<Day>,
    },
    /// Open an agreed wording again; the old one is kept.
    Revisit(String),
    /// One place up the list.
    MoveUp(String),
    /// One place down the list.
    MoveDown(String),
    /// Off the list; what was written stays.
    Hide(String),
    /// Back on the list.
    Show(String),
    /// A built-in topic's original title again.
    ResetTitle(String),
    /// A topic of the couple's own removed, with what was written in it.
    Remove(String),
    /// A new title.
    Rename {
        /// The topic.
        id: String,
        /// The title as typed.
        title: String,
    },
    /// A topic of the couple's own, added at the end.
    Add {
        /// The title as typed.
        title: String,
    },
}

impl Change {
    /// The topic the change is about; `None` for [`Change::Add`].
    pub fn id(&self) -> Option<&str> {
        match self {
            Change::Text { id, .. }
            | Change::Status { id, .. }
            | Change::RevisitBy { id, .. }
            | Change::Rename { id, .. }
            | Change::Revisit(id)
            | Change::MoveUp(id)
            | Change::MoveDown(id)
            | Change::Hide(id)
            | Change::Show(id)
            | Change::ResetTitle(id)
            | Change::Remove(id) => Some(id),
            Change::Add { .. } => None,
        }
    }
}

impl Worksheet {
    /// Carries out one change made `today`; after [`Change::Add`] the new topic's id comes
    /// back in [`Made::Added`]. Nothing changes when it is refused.
    pub fn apply(&mut self, change: Change, today: Day) -> Result<Made, FieldError> {
        match change {
            Change::Text {
                id,
                side,
                field,
                text,
            } => self.set_field(&id, side, field, &text),
            Change::Status { id, status } => self.set_status(&id, status, today),
            Change::RevisitBy { id, day } => self.set_revisit_by(&id, day),
            Change::Revisit(id) => self.revisit(&id, today),
            Change::MoveUp(id) => self.move_up(&id),
            Change::MoveDown(id) => self.move_down(&id),
            Change::Hide(id) => self.hide(&id),
            Change::Show(id) => self.show(&id),
            Change::ResetTitle(id) => self.reset_title(&id),
            Change::Remove(id) => self.remove_custom(&id),
            Change::Rename { id, title } => self.rename(&id, &title),
            Change::Add { title } => return self.add_custom(&title).map(Made::Added),
        }
        .map(|()| Made::Changed)
    }
}
