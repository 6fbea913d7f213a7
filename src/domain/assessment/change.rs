//! Every change a person makes to the self-assessment, as one value, carried out by
//! [`crate::domain::document::Document::apply`] (finishing a run needs the couple's names).

use super::{Answer, AssessmentState, Mode, Role};
use crate::domain::date::Day;

/// One change to the self-assessment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Change {
    /// A new run, alone or together. Refused while another is in progress.
    Start(Mode),
    /// One statement answered (or skipped, or marked not applicable).
    Answer {
        /// The statement.
        item: &'static str,
        /// The answer.
        answer: Answer,
    },
    /// Who is answering says which fits them.
    Role(Role),
    /// On to the next step; after the last one the run is finished and scored.
    Next,
    /// Back one step.
    Back,
    /// The second partner has the device and starts their part.
    HandOverDone,
    /// The first partner finishes alone instead of handing over.
    ContinueAlone,
    /// "Stop privately": the run in progress goes with every answer, and no result is kept. The
    /// private safety check lives only in memory; the screen forgets it at the same moment.
    StopPrivately,
    /// One finished run deleted.
    DeleteRun(u64),
    /// The history and any run in progress deleted.
    Clear,
}

impl AssessmentState {
    /// Carries out one change made `today`, except finishing, which [`Change::Next`] leaves to
    /// the document (it names the partners). Returns whether anything changed.
    pub(crate) fn apply(&mut self, change: Change, today: Day) -> bool {
        match change {
            Change::Start(mode) => self.start(mode, today),
            Change::Answer { item, answer } => self.answer(item, answer),
            Change::Role(role) => self.set_role(role),
            Change::Next => self.next_step(),
            Change::Back => self.back(),
            Change::HandOverDone => self.hand_over_done(),
            Change::ContinueAlone => self.continue_alone(),
            Change::StopPrivately => self.in_progress.take().is_some(),
            Change::DeleteRun(id) => self.delete_run(id),
            Change::Clear => {
                let had = self.in_progress.is_some() || !self.history.is_empty();
                self.clear();
                had
            }
        }
    }
}
