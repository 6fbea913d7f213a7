//! The checklist's records in the stored format (see [`crate::domain::json`]): field names and
//! order as serde's derives on these types write them.

use super::{
    CheckIn, CustomStep, Decision, Doer, Outcome, Promise, Rating, Received, RepairPlan,
    SavedCheckIn, SharedRepair, Tick,
};
use crate::domain::json::Value;
use crate::domain::json::{json_names, FromJson, Obj, ObjWriter, ShapeError, ToJson};

json_names!(Doer { BrokeTrust = "broke_trust", Hurt = "hurt", Both = "both" });
json_names!(Outcome { Kept = "kept", Missed = "missed" });

impl FromJson for Tick {
    fn from_json(value: &Value) -> Result<Tick, ShapeError> {
        let o = Obj::of(value)?;
        Ok(Tick {
            done_on: o.req("done_on")?,
            note: o.or_default("note")?,
        })
    }
}

impl ToJson for Tick {
    fn to_json(&self, out: &mut String) {
        ObjWriter::new(out)
            .field("done_on", &self.done_on)
            .field("note", &self.note)
            .end();
    }
}

impl FromJson for CustomStep {
    fn from_json(value: &Value) -> Result<CustomStep, ShapeError> {
        let o = Obj::of(value)?;
        Ok(CustomStep {
            id: o.req("id")?,
            phase: o.req("phase")?,
            text: o.req("text")?,
            who: o.req("who")?,
        })
    }
}

impl ToJson for CustomStep {
    fn to_json(&self, out: &mut String) {
        ObjWriter::new(out)
            .field("id", &self.id)
            .field("phase", &self.phase)
            .field("text", &self.text)
            .field("who", &self.who)
            .end();
    }
}

impl FromJson for Decision {
    fn from_json(value: &Value) -> Result<Decision, ShapeError> {
        let o = Obj::of(value)?;
        Ok(Decision {
            outcome: o.req("outcome")?,
            on: o.req("on")?,
            note: o.or_default("note")?,
        })
    }
}

impl ToJson for Decision {
    fn to_json(&self, out: &mut String) {
        ObjWriter::new(out)
            .field("outcome", &self.outcome)
            .field("on", &self.on)
            .field("note", &self.note)
            .end();
    }
}

impl FromJson for Promise {
    fn from_json(value: &Value) -> Result<Promise, ShapeError> {
        let o = Obj::of(value)?;
        Ok(Promise {
            id: o.req("id")?,
            text: o.req("text")?,
            made_on: o.req("made_on")?,
            due: o.req("due")?,
            decision: o.or_default("decision")?,
        })
    }
}

impl ToJson for Promise {
    fn to_json(&self, out: &mut String) {
        ObjWriter::new(out)
            .field("id", &self.id)
            .field("text", &self.text)
            .field("made_on", &self.made_on)
            .field("due", &self.due)
            .field("decision", &self.decision)
            .end();
    }
}

impl FromJson for Rating {
    fn from_json(value: &Value) -> Result<Rating, ShapeError> {
        let o = Obj::of(value)?;
        Ok(Rating {
            trust: o.req("trust")?,
            closeness: o.req("closeness")?,
        })
    }
}

impl ToJson for Rating {
    fn to_json(&self, out: &mut String) {
        ObjWriter::new(out)
            .field("trust", &self.trust)
            .field("closeness", &self.closeness)
            .end();
    }
}

impl FromJson for CheckIn {
    fn from_json(value: &Value) -> Result<CheckIn, ShapeError> {
        let o = Obj::of(value)?;
        Ok(CheckIn {
            date: o.req("date")?,
            a: o.req("a")?,
            b: o.req("b")?,
            went_well: o.or_default("went_well")?,
            was_hard: o.or_default("was_hard")?,
            next_step: o.or_default("next_step")?,
        })
    }
}

impl ToJson for CheckIn {
    fn to_json(&self, out: &mut String) {
        ObjWriter::new(out)
            .field("date", &self.date)
            .field("a", &self.a)
            .field("b", &self.b)
            .field("went_well", &self.went_well)
            .field("was_hard", &self.was_hard)
            .field("next_step", &self.next_step)
            .end();
    }
}

impl FromJson for SavedCheckIn {
    fn from_json(value: &Value) -> Result<SavedCheckIn, ShapeError> {
        let o = Obj::of(value)?;
        Ok(SavedCheckIn {
            id: o.req("id")?,
            check_in: o.req("check_in")?,
        })
    }
}

impl ToJson for SavedCheckIn {
    fn to_json(&self, out: &mut String) {
        ObjWriter::new(out)
            .field("id", &self.id)
            .field("check_in", &self.check_in)
            .end();
    }
}

impl FromJson for Received {
    fn from_json(value: &Value) -> Result<Received, ShapeError> {
        let o = Obj::of(value)?;
        Ok(Received {
            from: o.req("from")?,
            their_id: o.req("their_id")?,
            changed: o.req("changed")?,
        })
    }
}

impl ToJson for Received {
    fn to_json(&self, out: &mut String) {
        ObjWriter::new(out)
            .field("from", &self.from)
            .field("their_id", &self.their_id)
            .field("changed", &self.changed)
            .end();
    }
}

impl FromJson for RepairPlan {
    /// Every field may be left out and then has its value in [`RepairPlan::default`] (weekly
    /// check-ins), as with serde's container default.
    fn from_json(value: &Value) -> Result<RepairPlan, ShapeError> {
        let o = Obj::of(value)?;
        let d = RepairPlan::default();
        Ok(RepairPlan {
            ticks: o.or("ticks", d.ticks)?,
            hidden: o.or("hidden", d.hidden)?,
            custom_steps: o.or("custom_steps", d.custom_steps)?,
            self_trust: o.or("self_trust", d.self_trust)?,
            promises: o.or("promises", d.promises)?,
            check_ins: o.or("check_ins", d.check_ins)?,
            check_in_every_days: o.or("check_in_every_days", d.check_in_every_days)?,
            next_step: o.or("next_step", d.next_step)?,
            next_promise: o.or("next_promise", d.next_promise)?,
            next_check_in: o.or("next_check_in", d.next_check_in)?,
            received: o.or("received", d.received)?,
        })
    }
}

impl ToJson for RepairPlan {
    fn to_json(&self, out: &mut String) {
        let mut o = ObjWriter::new(out);
        o.field("ticks", &self.ticks)
            .field("hidden", &self.hidden)
            .field("custom_steps", &self.custom_steps)
            .field("self_trust", &self.self_trust)
            .field("promises", &self.promises)
            .field("check_ins", &self.check_ins)
            .field("check_in_every_days", &self.check_in_every_days)
            .field("next_step", &self.next_step)
            .field("next_promise", &self.next_promise)
            .field("next_check_in", &self.next_check_in);
        if !self.received.is_empty() {
            o.field("received", &self.received);
        }
        o.end();
    }
}

impl FromJson for SharedRepair {
    fn from_json(value: &Value) -> Result<SharedRepair, ShapeError> {
        let o = Obj::of(value)?;
        Ok(SharedRepair {
            ticks: o.or_default("ticks")?,
            promises: o.or_default("promises")?,
            check_ins: o.or_default("check_ins")?,
        })
    }
}

impl ToJson for SharedRepair {
    fn to_json(&self, out: &mut String) {
        ObjWriter::new(out)
            .field("ticks", &self.ticks)
            .field("promises", &self.promises)
            .field("check_ins", &self.check_ins)
            .end();
    }
}
