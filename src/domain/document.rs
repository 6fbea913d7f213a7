//! The one document Mend keeps: everything a couple has entered, in the shape this build uses.

use super::assessment::AssessmentState;
use super::boundaries::Worksheet;
use super::couple::{Couple, Partner};
use super::json::{FromJson, Obj, ObjWriter, ShapeError, ToJson};
use super::repair::RepairPlan;
use crate::domain::json::Value;
use serde::{Deserialize, Serialize};

/// Everything Mend stores, in the current schema. Persisted through [`super::schema`].
///
/// Every field has a default so that a field added later is an additive change, not a new version.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// The partners' optional names.
    #[serde(default)]
    pub couple: Couple,
    /// Trust self-assessment: the run in progress and the history.
    #[serde(default)]
    pub assessment: AssessmentState,
    /// Boundary-setting worksheet.
    #[serde(default)]
    pub boundaries: Worksheet,
    /// Repair checklist, promises and check-ins.
    #[serde(default)]
    pub repair: RepairPlan,
    /// Choices about how Mend behaves.
    #[serde(default)]
    pub settings: Settings,
}

/// Choices about how Mend behaves on this device.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Settings {
    /// Delete everything when the quick exit is used. On the device this choice lives in a key of
    /// its own (it must work before the data is read, and while it is locked), so here it only
    /// travels: in export files, and in documents stored by older versions, where the shell
    /// moves it to that key on opening.
    #[serde(default)]
    pub wipe_on_quick_exit: bool,
    /// The user has been asked whether the browser should keep Mend's data persistently.
    #[serde(default)]
    pub asked_to_persist: bool,
    /// With the passphrase lock on: lock after this many idle minutes (`None`: never).
    #[serde(default)]
    pub auto_lock_minutes: Option<u32>,
    /// Which partner uses this device, asked the first time a packet is sent or received (see
    /// `domain::merge`). `None` until then; also what a shared device keeps.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub me: Option<Partner>,
}

impl Document {
    /// True when nothing has been entered yet, so there is nothing worth saving or backing up.
    pub fn is_empty(&self) -> bool {
        // Asked at every save: compared with one empty document kept for it, not a new one
        // built (with its worksheet and checklist) each time.
        thread_local! {
            static EMPTY: Document = Document::default();
        }
        EMPTY.with(|empty| self == empty)
    }
}

impl FromJson for Document {
    fn from_json(value: &Value) -> Result<Document, ShapeError> {
        let o = Obj::of(value)?;
        Ok(Document {
            couple: o.or_default("couple")?,
            assessment: o.or_default("assessment")?,
            boundaries: o.or_default("boundaries")?,
            repair: o.or_default("repair")?,
            settings: o.or_default("settings")?,
        })
    }
}

impl Document {
    /// Writes the document's fields into an object being written (the stored form puts its
    /// `schema_version` first, in the same object).
    pub fn write_fields(&self, o: &mut ObjWriter<'_>) {
        o.field("couple", &self.couple)
            .field("assessment", &self.assessment)
            .field("boundaries", &self.boundaries)
            .field("repair", &self.repair)
            .field("settings", &self.settings);
    }
}

impl FromJson for Settings {
    fn from_json(value: &Value) -> Result<Settings, ShapeError> {
        let o = Obj::of(value)?;
        Ok(Settings {
            wipe_on_quick_exit: o.or_default("wipe_on_quick_exit")?,
            asked_to_persist: o.or_default("asked_to_persist")?,
            auto_lock_minutes: o.or_default("auto_lock_minutes")?,
            me: o.or_default("me")?,
        })
    }
}

impl ToJson for Settings {
    fn to_json(&self, out: &mut String) {
        let mut o = ObjWriter::new(out);
        o.field("wipe_on_quick_exit", &self.wipe_on_quick_exit)
            .field("asked_to_persist", &self.asked_to_persist)
            .field("auto_lock_minutes", &self.auto_lock_minutes);
        if let Some(me) = &self.me {
            o.field("me", me);
        }
        o.end();
    }
}
