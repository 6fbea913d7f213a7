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
            .collect();
        out.push((tag, slices));
    }
    out
}

fn read(path: &str) -> String {
    std::fs::read_to_string(format!("{}/{path}", env!("CARGO_MANIFEST_DIR")))
        .unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The part names the Rust code declares: the second name of every `split_screen!`, the first
/// argument of every direct `wasm_split(` attribute, and for each language but English
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
    for file in ["src/ui/lazy.rs", "src/ui/session.rs"] {
        let text = read(file);
        for (i, _) in text.match_indices("split_screen!(") {
            // Skip the doc comments inside the call, then read `name, part,`.
            let call = &text[i + "split_screen!(".len()..];
            let code: String = call
                .lines()
                .map(str::trim)
                .filter(|l| !l.starts_with("///") && !l.is_empty())
                .collect::<Vec<_>>()
                .join(" ");
            let mut names = code.split(',').map(str::trim);
            let (Some(_), Some(part)) = (names.next(), names.next()) else {
                panic!("unreadable split_screen! in {file}")
            };
            if part != "$part" {
                parts.insert(part.to_owned());
            }
        }
        for (i, _) in text.match_indices("wasm_split::wasm_split(") {
            let rest = &text[i + "wasm_split::wasm_split(".len()..];
            let name = rest.split(',').next().unwrap_or_default().trim();
            if name != "$part" {
                parts.insert(name.to_owned());
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
