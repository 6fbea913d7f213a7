//! The message catalogues (`locales/<tag>/<slice>.ftl`) are complete: every language has every
//! slice of the English source, each with every message and the same placeholders, and no others.
//! `build.rs` refuses to build an incomplete language (there is no fallback at run time); this
//! test says the same as a test failure, listing every difference, and checks that the compiled
//! tables are the files and that the app uses every message.

use mend::i18n::{all_catalogues, all_tables, ftl, Fmt, Lang, Msg, Slice};
use std::path::Path;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn read(tag: &str, slice: &str) -> ftl::Catalogue {
    let path = root()
        .join("locales")
        .join(tag)
        .join(format!("{slice}.ftl"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    ftl::parse(&text).unwrap_or_else(|errors| {
        panic!(
            "locales/{tag}/{slice}.ftl:\n{}",
            errors
                .iter()
                .map(|e| format!("  {e}\n"))
                .collect::<String>()
        )
    })
}

/// The names of the files in a folder of `locales/` (or of its folders), sorted.
fn names(dir: &Path, suffix: &str) -> Vec<String> {
    let mut out: Vec<String> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter_map(|n| n.strip_suffix(suffix).map(str::to_owned))
        .collect();
    out.sort();
    out
}

#[test]
fn every_language_has_every_message_with_the_same_placeholders() {
    let slices = names(&root().join("locales/en"), ".ftl");
    assert!(slices.iter().any(|s| s == "shell"), "locales/en/shell.ftl");
    let tags = names(&root().join("locales"), "");
    let mut problems = Vec::new();
    for tag in &tags {
        let theirs = names(&root().join("locales").join(tag), ".ftl");
        if theirs != slices {
            problems.push(format!(
                "locales/{tag}/ has the files {theirs:?}, English {slices:?}"
            ));
        }
        for slice in slices.iter().filter(|s| theirs.contains(s)) {
            for difference in ftl::compare(&read("en", slice), &read(tag, slice)) {
                problems.push(format!("locales/{tag}/{slice}.ftl: {difference}"));
            }
        }
    }
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
    let mut built: Vec<&str> = Lang::ALL.iter().map(|l| l.tag()).collect();
    assert_eq!(built[0], "en", "English first");
    built.sort();
    assert_eq!(
        built, tags,
        "every folder in locales/ is a language of the app"
    );
    let mut compiled: Vec<&str> = Slice::ALL.iter().map(|s| s.name()).collect();
    compiled.push("shell");
    // boot.ftl is boot.js's text, not compiled (see boot_js_text_is_the_catalogues_in_every_language).
    compiled.push("boot");
    compiled.sort();
    assert_eq!(
        compiled, slices,
        "every file but boot.ftl is a slice of the app"
    );
}

#[test]
fn the_compiled_catalogues_are_the_files() {
    for catalogue in all_catalogues() {
        let file = read(catalogue.lang.tag(), "shell");
        for msg in Msg::ALL {
            assert_eq!(
                catalogue.text(msg),
                file.get(msg.id()).unwrap().text,
                "{}",
                msg.id()
            );
        }
        for msg in Fmt::ALL {
            assert_eq!(
                catalogue.pattern(msg),
                file.get(msg.id()).unwrap().text,
                "{}",
                msg.id()
            );
        }
        assert_eq!(
            catalogue.lang.own_name(),
            file.get("language-name").unwrap().text
        );
    }
    let tables = all_tables();
    assert_eq!(tables.len(), Slice::ALL.len() * Lang::ALL.len());
    for table in tables {
        let file = read(table.lang.tag(), table.slice.name());
        let (plain, formatted) = table.slice.ids();
        assert_eq!(plain.len() + formatted.len(), file.messages.len());
        for (i, id) in plain.iter().enumerate() {
            assert_eq!(table.text(i), file.get(id).unwrap().text, "{id}");
        }
        for (i, id) in formatted.iter().enumerate() {
            assert_eq!(table.pattern(i), file.get(id).unwrap().text, "{id}");
        }
    }
}

/// All of `src/`, except the generated code (which is in `OUT_DIR`, not here).
fn sources(dir: &Path, out: &mut String) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|x| x == "rs") {
            out.push_str(&std::fs::read_to_string(&path).unwrap());
        }
    }
}

#[test]
fn the_app_uses_every_message() {
    let mut code = String::new();
    sources(&root().join("src"), &mut code);
    let name = |id: &str| ftl::variant_name(id);
    let mut ids: Vec<(&str, &str)> = Msg::ALL
        .iter()
        .map(|m| ("Msg::", m.id()))
        .chain(Fmt::ALL.iter().map(|m| ("Fmt::", m.id())))
        .collect();
    for slice in Slice::ALL {
        let (plain, formatted) = slice.ids();
        ids.extend(plain.iter().map(|id| ("Msg::", *id)));
        ids.extend(formatted.iter().map(|id| ("Fmt::", *id)));
    }
    let unused: Vec<&str> = ids
        .into_iter()
        // The language's own name is read through `Lang::own_name`.
        .filter(|(_, id)| *id != "language-name")
        .filter(|(kind, id)| !code.contains(&format!("{kind}{}", name(id))))
        .map(|(_, id)| id)
        .collect();
    assert!(unused.is_empty(), "messages no code uses: {unused:?}");
}

/// The numbers in a text (digit runs, whatever separates them: "600,000" and "600.000" agree).
fn numbers(text: &str) -> Vec<String> {
    let mut out: Vec<String> = text
        .split(|c: char| !c.is_ascii_digit())
        .filter(|run| !run.is_empty())
        .map(str::to_owned)
        .collect();
    out.sort();
    out
}

#[test]
fn every_translation_keeps_the_numbers_phone_numbers_above_all() {
    // A translation may reword everything but a number: a phone number, a text code, a count.
    let mut problems = Vec::new();
    for slice in names(&root().join("locales/en"), ".ftl") {
        let source = read("en", &slice);
        for tag in names(&root().join("locales"), "")
            .into_iter()
            .filter(|t| t != "en")
        {
            let translation = read(&tag, &slice);
            for message in &source.messages {
                let Some(theirs) = translation.get(&message.id) else {
                    continue;
                };
                if numbers(&message.text) != numbers(&theirs.text) {
                    problems.push(format!(
                        "locales/{tag}/{slice}.ftl '{}': {:?}, English {:?}",
                        message.id,
                        numbers(&theirs.text),
                        numbers(&message.text)
                    ));
                }
            }
        }
    }
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
}

/// index.html's boot-text table: what is shown before the app runs (the quick exit and the loading
/// line, which exit.js puts in the starting language) or outside it (a failed start, the update
/// notice, which boot.js shows), per language.
fn boot_table() -> serde_json::Map<String, serde_json::Value> {
    let html = std::fs::read_to_string(root().join("index.html")).expect("index.html");
    let open = r#"<script type="application/json" id="boot-text">"#;
    let start = html.find(open).expect("index.html has the boot-text table") + open.len();
    let end = start + html[start..].find("</script>").expect("the table ends");
    match serde_json::from_str(&html[start..end]) {
        Ok(serde_json::Value::Object(table)) => table,
        other => panic!("the boot-text table is not a JSON object: {other:?}"),
    }
}

#[test]
fn boot_js_text_is_the_catalogues_in_every_language() {
    // boot.ftl is boot.js's text and the quick exit's two messages come from the shell. English
    // is the markup's and boot.js's own text; every other language is a table entry that must
    // say exactly what its files say, and nothing else.
    let expected = |tag: &str| {
        let mut texts: Vec<(String, String)> = read(tag, "boot")
            .messages
            .into_iter()
            .map(|m| (m.id, m.text))
            .collect();
        let shell = read(tag, "shell");
        for id in ["quick-exit-button", "quick-exit-hint"] {
            let text = shell.get(id).map(|m| m.text.clone()).unwrap_or_default();
            texts.push((id.to_owned(), text));
        }
        texts.sort();
        texts
    };
    let table = boot_table();
    let tags = names(&root().join("locales"), "");
    let mut problems = Vec::new();
    for tag in tags.iter().filter(|t| *t != "en") {
        let mut found: Vec<(String, String)> = table
            .get(tag)
            .and_then(|v| v.as_object())
            .map(|o| {
                o.iter()
                    .map(|(k, v)| (k.clone(), v.as_str().unwrap_or("(not text)").to_owned()))
                    .collect()
            })
            .unwrap_or_default();
        found.sort();
        let want = expected(tag);
        if found != want {
            problems.push(format!(
                "index.html's boot-text table for {tag}:\n  has  {found:?}\n  want {want:?}"
            ));
        }
    }
    let others: Vec<&String> = tags.iter().filter(|t| *t != "en").collect();
    if table.keys().collect::<Vec<_>>() != others {
        problems.push(format!(
            "the table has {:?}, locales/ has {others:?} besides English",
            table.keys().collect::<Vec<_>>()
        ));
    }
    // English: the quick exit and the loading line in the markup, the rest in boot.js.
    let html = std::fs::read_to_string(root().join("index.html")).expect("index.html");
    let boot = std::fs::read_to_string(root().join("boot.js")).expect("boot.js");
    for (id, english) in expected("en") {
        let found = match id.as_str() {
            "quick-exit-button" | "quick-exit-hint" | "boot-loading" => {
                html.contains(&format!(">{english}<"))
            }
            _ => boot.contains(&format!("'{english}'")),
        };
        if !found {
            problems.push(format!(
                "{id}: the English {english:?} is not in index.html's markup or boot.js"
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
