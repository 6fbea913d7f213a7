//! `build/parts.json` is the one list of the module's split points: the build, `boot.js` and the
//! size checks read it. This checks it against the split points the Rust code declares, so a
//! part added or renamed in `src/ui` without the list (or the reverse) fails on the host.

use std::collections::BTreeSet;

/// Every language in `locales/` (its tag as a part name writes it) and its slices' names.
fn languages() -> Vec<(String, Vec<String>)> {
    let locales = format!("{}/locales", env!("CARGO_MANIFEST_DIR"));
    let mut out = Vec::new();
    for entry in std::fs::read_dir(&locales).unwrap_or_else(|e| panic!("{locales}: {e}")) {
        let entry = entry.unwrap();
        let tag = entry
            .file_name()
            .to_string_lossy()
            .to_ascii_lowercase()
            .replace('-', "_");
        let slices = std::fs::read_dir(entry.path())
            .unwrap()
            .filter_map(|f| {
                let name = f.unwrap().file_name().to_string_lossy().into_owned();
                name.strip_suffix(".ftl").map(str::to_owned)
            })
            // boot.ftl is boot.js's text (index.html), not a slice of the app.
            .filter(|slice: &String| slice != "boot")
            .collect();
        out.push((tag, slices));
    }
    out
}

/// Every `.rs` file under `dir` (relative to the crate), as relative paths.
fn rust_files(dir: &str) -> Vec<String> {
    let mut files = Vec::new();
    let root = format!("{}/{dir}", env!("CARGO_MANIFEST_DIR"));
    for entry in std::fs::read_dir(&root).unwrap_or_else(|e| panic!("{root}: {e}")) {
        let entry = entry.unwrap();
        let name = format!("{dir}/{}", entry.file_name().to_string_lossy());
        if entry.file_type().unwrap().is_dir() {
            files.extend(rust_files(&name));
        } else if name.ends_with(".rs") {
            files.push(name);
        }
    }
    files
}

fn read(path: &str) -> String {
    std::fs::read_to_string(format!("{}/{path}", env!("CARGO_MANIFEST_DIR")))
        .unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The (function, part) pair of every `split_screen!(function, part, …)` call in `text` (read
/// from `file`), leaving out the macro's own definition (`$part`).
fn split_screens(text: &str, file: &str) -> Vec<(String, String)> {
    let mut calls = Vec::new();
    for (i, _) in text.match_indices("split_screen!(") {
        // Skip the doc comments inside the call, then read `function, part,`.
        let code: String = text[i + "split_screen!(".len()..]
            .lines()
            .map(str::trim)
            .filter(|l| !l.starts_with("///") && !l.is_empty())
            .collect::<Vec<_>>()
            .join(" ");
        let mut names = code.split(',').map(str::trim);
        let (Some(function), Some(part)) = (names.next(), names.next()) else {
            panic!("unreadable split_screen! in {file}")
        };
        if part != "$part" {
            calls.push((function.to_owned(), part.to_owned()));
        }
    }
    calls
}

/// The part names the Rust code declares: the second name of every `split_screen!`, the first
/// argument of every `from_part!` call and of any direct `wasm_split(` attribute, and for each
/// language but English
/// `lang_<tag>` (its shell text) and `text_<slice>_<tag>` for every other slice (build.rs writes
/// those split points from `locales/<tag>/<slice>.ftl`).
fn declared() -> BTreeSet<String> {
    let mut parts = BTreeSet::new();
    for (tag, slices) in languages().into_iter().filter(|(tag, _)| tag != "en") {
        parts.insert(format!("lang_{tag}"));
        for slice in slices.into_iter().filter(|s| s != "shell") {
            parts.insert(format!("text_{slice}_{tag}"));
        }
    }
    for file in rust_files("src") {
        let text = read(&file);
        parts.extend(
            split_screens(&text, &file)
                .into_iter()
                .map(|(_, part)| part),
        );
        for marker in ["wasm_split::wasm_split(", "from_part!("] {
            for (i, _) in text.match_indices(marker) {
                // A call in a comment (a doc example) declares nothing.
                let line_start = text[..i].rfind('\n').map_or(0, |n| n + 1);
                if text[line_start..i].trim_start().starts_with("//") {
                    continue;
                }
                let rest = &text[i + marker.len()..];
                let name = rest.split(',').next().unwrap_or_default().trim();
                if name != "$part" {
                    parts.insert(name.to_owned());
                }
            }
        }
    }
    parts
}

/// The names between the brackets of `"parts": [...]` and the parts every screen lists.
fn listed() -> (BTreeSet<String>, BTreeSet<String>) {
    let text = read("build/parts.json");
    let names = |s: &str| {
        s.split('"')
            .skip(1)
            .step_by(2)
            .map(str::to_owned)
            .collect::<BTreeSet<_>>()
    };
    let parts_at = text.find("\"parts\"").expect("a parts list");
    let open = parts_at + text[parts_at..].find('[').expect("[");
    let close = open + text[open..].find(']').expect("]");
    let parts = names(&text[open + 1..close]);
    let screens_at = text.find("\"screens\"").expect("a screens map");
    let mut used = BTreeSet::new();
    for list in text[screens_at..].split('[').skip(1) {
        used.extend(names(list.split(']').next().unwrap_or_default()));
    }
    (parts, used)
}

#[test]
fn the_list_of_parts_is_the_code_s() {
    let declared = declared();
    assert!(
        declared.len() >= 6,
        "found too few split points: {declared:?}"
    );
    let (listed, used) = listed();
    assert_eq!(
        listed, declared,
        "build/parts.json and the split points in src/ui differ"
    );
    // `text_<slice>_*` names the slice's part in each language but English.
    let used: BTreeSet<String> = used
        .into_iter()
        .flat_map(|part| match part.strip_suffix('*') {
            Some(stem) => languages()
                .into_iter()
                .map(|(tag, _)| format!("{stem}{tag}"))
                .filter(|part| !part.ends_with("_en"))
                .collect(),
            None => vec![part],
        })
        .collect();
    let unknown: Vec<_> = used.difference(&listed).collect();
    assert!(
        unknown.is_empty(),
        "screens in build/parts.json use parts that do not exist: {unknown:?}"
    );
}

/// The body of the first `match` after `start` in `text`, as `(left, right)` pairs of its arms,
/// each side trimmed and without a trailing comma.
fn arms<'a>(text: &'a str, start: &str) -> Vec<(&'a str, &'a str)> {
    let at = text
        .find(start)
        .unwrap_or_else(|| panic!("no `{start}` in src/ui/lazy.rs"));
    let body = &text[at..];
    let open = body.find("match self {").expect("a match over the screen") + "match self {".len();
    let close = open + body[open..].find("\n        }").expect("the match's end");
    body[open..close]
        .lines()
        .map(str::trim)
        .filter(|l| l.contains("=>") && !l.starts_with("//"))
        .map(|l| {
            let (left, right) = l.split_once("=>").unwrap();
            (left.trim(), right.trim().trim_end_matches(','))
        })
        .collect()
}

/// `YourData` -> `your_data`, as build.rs names a slice after its file.
fn snake(camel: &str) -> String {
    let mut out = String::new();
    for (i, c) in camel.chars().enumerate() {
        if c.is_ascii_uppercase() && i > 0 {
            out.push('_');
        }
        out.push(c.to_ascii_lowercase());
    }
    out
}

/// The screens of build/parts.json, each with the parts it lists.
fn listed_screens() -> Vec<(String, BTreeSet<String>)> {
    let text = read("build/parts.json");
    let screens = &text[text.find("\"screens\"").expect("a screens map")..];
    // The screens' map ends where the later parts' begins.
    let screens = &screens[..screens.find("\"later\"").unwrap_or(screens.len())];
    let mut out = Vec::new();
    for line in screens.lines().filter(|l| l.contains(": [")) {
        let (key, list) = line.split_once(": [").unwrap();
        let parts = list
            .split(']')
            .next()
            .unwrap_or_default()
            .split('"')
            .skip(1)
            .step_by(2)
            .map(str::to_owned)
            .collect();
        out.push((key.trim().trim_matches('"').to_owned(), parts));
    }
    out
}

/// Each screen's slices in `Screen::slices` (src/ui/lazy.rs) are the `text_<slice>_*` that its
/// entry in build/parts.json lists, and the reverse: boot.js fetches a deep link's text from the
/// list, the app from the code, and a difference would fetch a language's part twice or late.
/// A screen's entry is the one that lists its own part (`Screen::load` calls the function that
/// `split_screen!(function, part, …)` declares).
#[test]
fn each_screen_s_slices_are_the_list_s() {
    let lazy = read("src/ui/lazy.rs");
    // function -> part, from the split_screen! calls.
    let part_of: std::collections::BTreeMap<String, String> =
        split_screens(&lazy, "src/ui/lazy.rs").into_iter().collect();
    let loads = arms(&lazy, "async fn load(self)");
    let slices = arms(&lazy, "fn slices(self)");
    assert!(
        loads.len() >= 8 && slices.len() == loads.len(),
        "could not read Screen::load and Screen::slices: {loads:?} {slices:?}"
    );
    let screens = listed_screens();
    assert_eq!(
        screens.len(),
        loads.len(),
        "build/parts.json lists a different number of screens than Screen has"
    );
    for (variant, call) in &loads {
        let function = call.trim_end_matches(".await").trim_end_matches("()");
        let part = part_of.get(function).unwrap_or_else(|| {
            panic!("{variant} loads {function}, which no split_screen! declares")
        });
        let owners: Vec<_> = screens
            .iter()
            .filter(|(_, parts)| parts.contains(part))
            .collect();
        let [(key, parts)] = owners.as_slice() else {
            panic!(
                "{variant}: {} screens of build/parts.json list the part {part}",
                owners.len()
            );
        };
        let in_list: BTreeSet<String> = parts
            .iter()
            .filter_map(|p| {
                p.strip_prefix("text_")?
                    .strip_suffix("_*")
                    .map(str::to_owned)
            })
            .collect();
        let (_, code) = slices
            .iter()
            .find(|(v, _)| v == variant)
            .unwrap_or_else(|| panic!("Screen::slices has no arm for {variant}"));
        let in_code: BTreeSet<String> = code
            .trim_start_matches("&[")
            .trim_end_matches(']')
            .split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(|s| {
                snake(
                    s.strip_prefix("Slice::")
                        .unwrap_or_else(|| panic!("{variant}: {s}")),
                )
            })
            .collect();
        assert_eq!(
            in_code, in_list,
            "{variant}: Screen::slices (src/ui/lazy.rs) and the text_<slice>_* of \"{key}\" in build/parts.json differ"
        );
    }
}
