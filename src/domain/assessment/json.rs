//! The questionnaire's run in progress and its history in the stored format (see
//! [`crate::domain::json`]): field names, order and enum forms as serde's derives on these types
//! write them.

use super::bank::{Answer, Area, Facet};
use super::history::{CompletedRun, Origin, RunResult};
use super::partner_result::PartnerResult;
use super::role::Role;
use super::scoring::{Score, Scores};
use super::session::{Mode, Session, Stage};
use super::AssessmentState;
use crate::domain::json::Value;
use crate::domain::json::{
    json_names, no_data, variant, write_variant, FromJson, Obj, ObjWriter, ShapeError, ToJson,
};

json_names!(Role {
    WasHurt = "WasHurt",
    BrokeTrust = "BrokeTrust",
    Both = "Both",
    CheckingIn = "CheckingIn",
    PreferNotToSay = "PreferNotToSay",
});
json_names!(Area {
    Honesty = "Honesty",
    Reliability = "Reliability",
    Boundaries = "Boundaries",
    Fidelity = "Fidelity",
    Security = "Security",
    Support = "Support",
    Accountability = "Accountability",
    Conflict = "Conflict",
    Expectations = "Expectations",
    HowItShows = "HowItShows",
    SelfTrust = "SelfTrust",
});
json_names!(Facet {
    Predictability = "Predictability",
    Dependability = "Dependability",
    Faith = "Faith",
});
json_names!(Mode { Solo = "Solo", Together = "Together" });

impl FromJson for Answer {
    fn from_json(value: &Value) -> Result<Answer, ShapeError> {
        match variant(value)? {
            ("Rating", Some(data)) => u8::from_json(data)
                .map(Answer::Rating)
                .map_err(|e| e.at("Rating")),
            ("Skipped", data) if no_data(data) => Ok(Answer::Skipped),
            ("NotApplicable", data) if no_data(data) => Ok(Answer::NotApplicable),
            (name, _) => Err(ShapeError::new(format!("unknown answer `{name}`"))),
        }
    }
}

impl ToJson for Answer {
    fn to_json(&self, out: &mut String) {
        match self {
            Answer::Rating(value) => write_variant(out, "Rating", value),
            Answer::Skipped => "Skipped".to_json(out),
            Answer::NotApplicable => "NotApplicable".to_json(out),
        }
    }
}

impl FromJson for Stage {
    fn from_json(value: &Value) -> Result<Stage, ShapeError> {
        match variant(value)? {
            ("Answering", Some(data)) => FromJson::from_json(data)
                .map(Stage::Answering)
                .map_err(|e| e.at("Answering")),
            ("HandOver", data) if no_data(data) => Ok(Stage::HandOver),
            ("Done", data) if no_data(data) => Ok(Stage::Done),
            (name, _) => Err(ShapeError::new(format!("unknown stage `{name}`"))),
        }
    }
}

impl ToJson for Stage {
    fn to_json(&self, out: &mut String) {
        match self {
            Stage::Answering(partner) => write_variant(out, "Answering", partner),
            Stage::HandOver => "HandOver".to_json(out),
            Stage::Done => "Done".to_json(out),
        }
    }
}

impl FromJson for Score {
    fn from_json(value: &Value) -> Result<Score, ShapeError> {
        let o = Obj::of(value)?;
        Ok(Score {
            value: o.or_default("value")?,
            answered: o.or_default("answered")?,
            total: o.or_default("total")?,
        })
    }
}

impl ToJson for Score {
    fn to_json(&self, out: &mut String) {
        ObjWriter::new(out)
            .field("value", &self.value)
            .field("answered", &self.answered)
            .field("total", &self.total)
            .end();
    }
}

impl FromJson for Scores {
    fn from_json(value: &Value) -> Result<Scores, ShapeError> {
        let o = Obj::of(value)?;
        Ok(Scores {
            overall: o.or_default("overall")?,
            areas: o.or_default("areas")?,
            facets: o.or_default("facets")?,
        })
    }
}

impl ToJson for Scores {
    fn to_json(&self, out: &mut String) {
        ObjWriter::new(out)
            .field("overall", &self.overall)
            .field("areas", &self.areas)
            .field("facets", &self.facets)
            .end();
    }
}

impl FromJson for Session {
    fn from_json(value: &Value) -> Result<Session, ShapeError> {
        // Sessions saved by earlier builds may hold `safety_a` and `safety_b`: skipped here like
        // any unknown field, and gone from the next save.
        let o = Obj::of(value)?;
        Ok(Session {
            started: o.req("started")?,
            mode: o.req("mode")?,
            stage: o.req("stage")?,
            step: o.or_default("step")?,
            answers_a: o.or_default("answers_a")?,
            answers_b: o.or_default("answers_b")?,
            role_a: o.or_default("role_a")?,
            role_b: o.or_default("role_b")?,
        })
    }
}

impl ToJson for Session {
    fn to_json(&self, out: &mut String) {
        ObjWriter::new(out)
            .field("started", &self.started)
            .field("mode", &self.mode)
            .field("stage", &self.stage)
            .field("step", &self.step)
            .field("answers_a", &self.answers_a)
            .field("answers_b", &self.answers_b)
            .field("role_a", &self.role_a)
            .field("role_b", &self.role_b)
            .end();
    }
}

impl FromJson for PartnerResult {
    fn from_json(value: &Value) -> Result<PartnerResult, ShapeError> {
        let o = Obj::of(value)?;
        Ok(PartnerResult {
            name: o.req("name")?,
            scores: o.req("scores")?,
            answers: o.or_default("answers")?,
            role: o.or_default("role")?,
        })
    }
}

impl ToJson for PartnerResult {
    fn to_json(&self, out: &mut String) {
        ObjWriter::new(out)
            .field("name", &self.name)
            .field("scores", &self.scores)
            .field("answers", &self.answers)
            .field("role", &self.role)
            .end();
    }
}

impl FromJson for RunResult {
    /// Tagged by its `mode` field, as serde's `#[serde(tag = "mode")]` writes it; a run alone
    /// must have its `scores`, a run together both partners. Every field is read whatever the
    /// mode, as serde's `StoredRunResult` did, so a run with a damaged field of the other mode is
    /// refused (and the stored text kept aside) rather than silently trimmed.
    fn from_json(value: &Value) -> Result<RunResult, ShapeError> {
        let o = Obj::of(value)?;
        let mode = o.req::<Mode>("mode")?;
        let scores = o.or::<Option<Scores>>("scores", None)?;
        let answers = o.or_default("answers")?;
        let role = o.or_default("role")?;
        let a = o.or::<Option<PartnerResult>>("a", None)?;
        let b = o.or::<Option<PartnerResult>>("b", None)?;
        match (mode, scores, a, b) {
            (Mode::Solo, Some(scores), _, _) => Ok(RunResult::Solo {
                scores,
                answers,
                role,
            }),
            (Mode::Solo, None, _, _) => Err(ShapeError::missing("scores")),
            (Mode::Together, _, Some(a), Some(b)) => Ok(RunResult::Together { a, b }),
            (Mode::Together, ..) => Err(ShapeError::new("missing field `a` or `b`")),
        }
    }
}

impl ToJson for RunResult {
    fn to_json(&self, out: &mut String) {
        let mut o = ObjWriter::new(out);
        match self {
            RunResult::Solo {
                scores,
                answers,
                role,
            } => o
                .field("mode", "Solo")
                .field("scores", scores)
                .field("answers", answers)
                .field("role", role),
            RunResult::Together { a, b } => o.field("mode", "Together").field("a", a).field("b", b),
        };
        o.end();
    }
}

impl FromJson for Origin {
    fn from_json(value: &Value) -> Result<Origin, ShapeError> {
        let o = Obj::of(value)?;
        Ok(Origin {
            from: o.req("from")?,
            run_id: o.req("run_id")?,
            changed: o.req("changed")?,
        })
    }
}

impl ToJson for Origin {
    fn to_json(&self, out: &mut String) {
        ObjWriter::new(out)
            .field("from", &self.from)
            .field("run_id", &self.run_id)
            .field("changed", &self.changed)
            .end();
    }
}

impl FromJson for CompletedRun {
    fn from_json(value: &Value) -> Result<CompletedRun, ShapeError> {
        let o = Obj::of(value)?;
        Ok(CompletedRun {
            id: o.req("id")?,
            date: o.req("date")?,
            bank_version: o.req("bank_version")?,
            result: o.req("result")?,
            origin: o.or_default("origin")?,
        })
    }
}

impl ToJson for CompletedRun {
    fn to_json(&self, out: &mut String) {
        let mut o = ObjWriter::new(out);
        o.field("id", &self.id)
            .field("date", &self.date)
            .field("bank_version", &self.bank_version)
            .field("result", &self.result);
        if let Some(origin) = &self.origin {
            o.field("origin", origin);
        }
        o.end();
    }
}

impl FromJson for AssessmentState {
    fn from_json(value: &Value) -> Result<AssessmentState, ShapeError> {
        let o = Obj::of(value)?;
        Ok(AssessmentState {
            in_progress: o.or_default("in_progress")?,
            history: o.or_default("history")?,
            next_id: o.or_default("next_id")?,
        })
    }
}

impl ToJson for AssessmentState {
    fn to_json(&self, out: &mut String) {
        ObjWriter::new(out)
            .field("in_progress", &self.in_progress)
            .field("history", &self.history)
            .field("next_id", &self.next_id)
            .end();
    }
}
