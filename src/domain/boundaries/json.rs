//! The worksheet in the stored format (see [`crate::domain::json`]): field names and order as
//! serde's derives on these types write them.

use super::{CustomTopic, Entry, Revision, Status, Views, Worksheet};
use crate::domain::json::Value;
use crate::domain::json::{json_names, FromJson, Obj, ObjWriter, ShapeError, ToJson};

json_names!(Status {
    NotDiscussed = "not_discussed",
    Talking = "talking",
    Agreed = "agreed",
    NeedsRevisiting = "needs_revisiting",
});

impl FromJson for Views {
    fn from_json(value: &Value) -> Result<Views, ShapeError> {
        let o = Obj::of(value)?;
        Ok(Views {
            need: o.or_default("need")?,
            not_ok: o.or_default("not_ok")?,
            if_crossed: o.or_default("if_crossed")?,
        })
    }
}

impl ToJson for Views {
    fn to_json(&self, out: &mut String) {
        ObjWriter::new(out)
            .field("need", &self.need)
            .field("not_ok", &self.not_ok)
            .field("if_crossed", &self.if_crossed)
            .end();
    }
}

impl FromJson for Revision {
    fn from_json(value: &Value) -> Result<Revision, ShapeError> {
        let o = Obj::of(value)?;
        Ok(Revision {
            text: o.req("text")?,
            agreed_on: o.or_default("agreed_on")?,
            replaced_on: o.req("replaced_on")?,
        })
    }
}

impl ToJson for Revision {
    fn to_json(&self, out: &mut String) {
        ObjWriter::new(out)
            .field("text", &self.text)
            .field("agreed_on", &self.agreed_on)
            .field("replaced_on", &self.replaced_on)
            .end();
    }
}

impl FromJson for Entry {
    fn from_json(value: &Value) -> Result<Entry, ShapeError> {
        let o = Obj::of(value)?;
        Ok(Entry {
            hidden: o.or_default("hidden")?,
            title: o.or_default("title")?,
            a: o.or_default("a")?,
            b: o.or_default("b")?,
            agreement: o.or_default("agreement")?,
            status: o.or_default("status")?,
            agreed_on: o.or_default("agreed_on")?,
            revisit_by: o.or_default("revisit_by")?,
            history: o.or_default("history")?,
        })
    }
}

impl ToJson for Entry {
    fn to_json(&self, out: &mut String) {
        ObjWriter::new(out)
            .field("hidden", &self.hidden)
            .field("title", &self.title)
            .field("a", &self.a)
            .field("b", &self.b)
            .field("agreement", &self.agreement)
            .field("status", &self.status)
            .field("agreed_on", &self.agreed_on)
            .field("revisit_by", &self.revisit_by)
            .field("history", &self.history)
            .end();
    }
}

impl FromJson for CustomTopic {
    fn from_json(value: &Value) -> Result<CustomTopic, ShapeError> {
        let o = Obj::of(value)?;
        Ok(CustomTopic {
            id: o.req("id")?,
            title: o.req("title")?,
            about: o.or_default("about")?,
        })
    }
}

impl ToJson for CustomTopic {
    fn to_json(&self, out: &mut String) {
        ObjWriter::new(out)
            .field("id", &self.id)
            .field("title", &self.title)
            .field("about", &self.about)
            .end();
    }
}

impl FromJson for Worksheet {
    fn from_json(value: &Value) -> Result<Worksheet, ShapeError> {
        let o = Obj::of(value)?;
        Ok(Worksheet {
            order: o.or_default("order")?,
            entries: o.or_default("entries")?,
            custom: o.or_default("custom")?,
            next_custom: o.or_default("next_custom")?,
            received: o.or_default("received")?,
        })
    }
}

impl ToJson for Worksheet {
    fn to_json(&self, out: &mut String) {
        let mut o = ObjWriter::new(out);
        o.field("order", &self.order)
            .field("entries", &self.entries)
            .field("custom", &self.custom)
            .field("next_custom", &self.next_custom);
        if !self.received.is_empty() {
            o.field("received", &self.received);
        }
        o.end();
    }
}
