//! Drawing a long screen in two tasks: its top at once, the rest just after the first paint.

use leptos::prelude::*;

/// A flag that turns true one task after the screen's first paint.
///
/// A long screen (the checklist, the worksheet) draws its top at once and the rest, most of its
/// nodes, when this turns true: a deep link is usable about as soon as the first controls are on
/// screen, instead of after every section has been built and laid out in one long task. A link
/// or control that leads into the rest sets it at once.
pub fn rest_after_first_paint() -> RwSignal<bool> {
    let rest = RwSignal::new(false);
    // The animation frame comes just before the paint; the timeout, one task after it.
    request_animation_frame(move || {
        set_timeout(
            move || {
                rest.try_set(true);
            },
            std::time::Duration::ZERO,
        );
    });
    rest
}
