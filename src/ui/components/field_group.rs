//! A form that only groups controls that belong together.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;

/// A `<form>` around controls that belong together: a worksheet topic's boxes, status and review
/// date; the steps of a phase, or of trusting yourself; the promises. Each of those with its
/// notes. It never submits, and the browser is asked not to remember what is typed in it.
///
/// Every radio and checkbox is in one (the questionnaire's step, which partner uses the phone,
/// what to send, delete-on-exit, the sealed export): a browser keeps a page's checked radios and
/// boxes for restoring the tab, on disk, and Firefox skips one only when its form says
/// `autocomplete="off"` (the attribute does not apply to those types on the input itself). Text
/// areas and selects say it themselves too, since Firefox reads only their own attribute (README,
/// Privacy model; `tests/e2e/screens.test.mjs`).
///
/// Why a form: after every change to a field, Chromium's autofill reads the whole form the field
/// belongs to, and a field in no form belongs to the page's one "formless form", which is every
/// such field on the screen. With three years of data that work grew with the worksheet and the
/// lists, to 13 to 16 ms of the main thread per key in a worksheet box at 4x and 11 to 16 ms per
/// status change (issue #13; the README's "Years of data" has the measurements). Grouped, it is the
/// group's few fields.
///
/// Why it never submits: a submit would try to load the page again, without its screen in the
/// address and with any named field (a promise's outcome) in it; the page's policy
/// (`form-action 'none'`) refuses that and reports a violation. The HTML standard lets Enter in a
/// form's only one-line field submit it, and a topic's review date is one, though Chromium,
/// Firefox ESR and WebKitGTK do not submit from a date field (tried).
///
/// A function rather than a component: a component boxes its children as a view of any type, which
/// cost 0.1 to 0.2 KB more on each deep link that has one (the worksheet's is within 0.2 KB of its
/// ceiling).
pub fn field_group(children: impl IntoView) -> impl IntoView {
    view! {
        <form autocomplete="off" novalidate on:submit=stay>
            {children}
        </form>
    }
}

/// Stops a form's submit.
fn stay(ev: SubmitEvent) {
    ev.prevent_default();
}
