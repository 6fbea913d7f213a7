//! A form that only groups controls that belong together.

use leptos::prelude::*;

/// A `<form>` around controls that belong together: a worksheet topic's boxes, status and review
/// date; a list of steps or of promises with their notes. It never submits, and the browser is
/// asked not to remember what is typed in it.
///
/// Why a form: after every change to a field, Chromium's autofill reads the whole form the field
/// belongs to, and a field in no form belongs to the page's one "formless form", which is every
/// such field on the screen. With three years of data that was 4 to 14 ms of the main thread after
/// each key in a worksheet box or a step's note, and about 30 ms after each status change, at 4x,
/// and it grew with the worksheet and the lists (issue #13). Grouped, it is the group's few fields.
///
/// Why it never submits: a submitted form would load the page again, leave an entry in the history
/// and be refused by the page's policy (`form-action 'none'`). The HTML standard lets Enter in a
/// form's only one-line field submit it, and a topic's review date is one, though Chromium,
/// Firefox ESR and WebKitGTK do not submit from a date field (tried).
#[component]
pub fn FieldGroup(children: Children) -> impl IntoView {
    view! {
        <form autocomplete="off" novalidate on:submit=|ev| ev.prevent_default()>
            {children()}
        </form>
    }
}
