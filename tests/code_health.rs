//! Habits of the shell that clippy cannot see, checked on the host (issue #17):
//! - no function in `src/ui` is longer than 80 lines;
//! - every screen changes the document the same way, by sending a typed change (see
//!   `domain::change`) through `AppState::apply`: no page edits it through a closure.

use std::path::{Path, PathBuf};

/// The longest a function in `src/ui` may be, from its `fn` line to its closing brace.
const MAX_FN_LINES: usize = 80;

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let entries = std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|x| x == "rs") {
            out.push(path);
        }
    }
}

/// Every `.rs` file under `src/ui`, with its path from the crate root and its text.
fn ui_sources() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src/ui"), &mut files);
    files.sort();
    files
        .into_iter()
        .map(|path| {
            let text = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let name = path
                .strip_prefix(root)
                .map_or_else(|_| path.display().to_string(), |p| p.display().to_string());
            (name, text)
        })
        .collect()
}

/// The name of the function a line opens, if it opens one (`pub(crate) async fn name(`...).
fn fn_name(line: &str) -> Option<&str> {
    let mut rest = line.trim_start();
    for prefix in ["pub(crate) ", "pub(super) ", "pub ", "async ", "const "] {
        rest = rest.strip_prefix(prefix).unwrap_or(rest);
    }
    let rest = rest.strip_prefix("fn ")?;
    let end = rest.find(|c: char| !(c.is_alphanumeric() || c == '_'))?;
    Some(&rest[..end])
}

/// Functions longer than [`MAX_FN_LINES`] in one file's text: (name, first line, length).
/// rustfmt puts a function's closing brace alone on a line at the indent of its `fn` line.
fn long_functions(text: &str) -> Vec<(String, usize, usize)> {
    let lines: Vec<&str> = text.lines().collect();
    let mut found = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        if let Some(name) = fn_name(lines[i]) {
            let indent = lines[i].len() - lines[i].trim_start().len();
            let close = format!("{}}}", " ".repeat(indent));
            // A declaration without a body (in a trait) ends on its own line.
            if lines[i].trim_end().ends_with(';') {
                i += 1;
                continue;
            }
            let end = (i..lines.len())
                .find(|&j| lines[j].trim_end() == close)
                .unwrap_or(lines.len() - 1);
            let length = end - i + 1;
            if length > MAX_FN_LINES {
                found.push((name.to_owned(), i + 1, length));
            }
            i = end;
        }
        i += 1;
    }
    found
}

#[test]
fn no_function_in_the_shell_is_longer_than_80_lines() {
    let mut over = Vec::new();
    for (file, text) in ui_sources() {
        for (name, line, length) in long_functions(&text) {
            over.push(format!("{file}:{line} `{name}` has {length} lines"));
        }
    }
    assert!(
        over.is_empty(),
        "split these into smaller functions (at most {MAX_FN_LINES} lines):\n{}",
        over.join("\n")
    );
}

#[test]
fn screens_change_the_document_only_through_typed_changes() {
    let mut found = Vec::new();
    for (file, text) in ui_sources() {
        // The app state itself is where changes are carried out.
        if file.ends_with("state.rs") {
            continue;
        }
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or_default();
            if code.contains("state.update(") || code.contains(".document.update(") {
                found.push(format!("{file}:{}: {}", n + 1, line.trim()));
            }
        }
    }
    assert!(
        found.is_empty(),
        "send a typed change (domain::change) through AppState::apply instead:\n{}",
        found.join("\n")
    );
}

/// The checks must be able to fail: a long function and a closure edit are found.
#[test]
fn the_checks_see_what_they_look_for() {
    let body = "    let x = 1;\n".repeat(MAX_FN_LINES);
    let text = format!("/// Doc.\npub fn too_long() {{\n{body}}}\n\nfn short() {{\n}}\n");
    assert_eq!(
        long_functions(&text),
        vec![("too_long".to_owned(), 2, MAX_FN_LINES + 2)]
    );
    let fine = format!(
        "fn just_fits() {{\n{}}}\n",
        "    x;\n".repeat(MAX_FN_LINES - 2)
    );
    assert!(long_functions(&fine).is_empty());
    assert_eq!(
        fn_name("    pub(super) async fn load_part() {"),
        Some("load_part")
    );
    assert_eq!(fn_name("    let f = move |_| fn_like();"), None);
}
