//! The message catalogues (`locales/<tag>.ftl`) are complete: every language has every message of
//! the English source with the same placeholders, and no others. `build.rs` refuses to build an
//! incomplete language (there is no fallback at run time); this test says the same as a test
//! failure, listing every difference, and checks that the UI uses every message.

use mend::i18n::{all_catalogues, ftl, Fmt, Lang, Msg};
use std::path::Path;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn read(tag: &str) -> ftl::Catalogue {
    let path = root().join("locales").join(format!("{tag}.ftl"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    ftl::parse(&text).unwrap_or_else(|errors| {
        panic!(
            "locales/{tag}.ftl:\n{}",
            errors
                .iter()
                .map(|e| format!("  {e}\n"))
                .collect::<String>()
        )
    })
}

#[test]
fn every_language_has_every_message_with_the_same_placeholders() {
    let source = read("en");
    let mut problems = Vec::new();
    let mut files = Vec::new();
    for entry in std::fs::read_dir(root().join("locales")).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        if let Some(tag) = name.strip_suffix(".ftl") {
            files.push(tag.to_owned());
        }
    }
    files.sort();
    for tag in &files {
        for difference in ftl::compare(&source, &read(tag)) {
            problems.push(format!("locales/{tag}.ftl: {difference}"));
        }
    }
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
    let built: Vec<&str> = Lang::ALL.iter().map(|l| l.tag()).collect();
    assert_eq!(
        built, files,
        "every file in locales/ is a language of the app, English first"
    );
}

#[test]
fn the_compiled_catalogues_are_the_files() {
    for catalogue in all_catalogues() {
        let file = read(catalogue.lang.tag());
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
    let unused: Vec<&str> = Msg::ALL
        .iter()
        .map(|m| ("Msg::", m.id()))
        .chain(Fmt::ALL.iter().map(|m| ("Fmt::", m.id())))
        // The language's own name is read through `Lang::own_name`.
        .filter(|(_, id)| *id != "language-name")
        .filter(|(kind, id)| !code.contains(&format!("{kind}{}", name(id))))
        .map(|(_, id)| id)
        .collect();
    assert!(unused.is_empty(), "messages no code uses: {unused:?}");
}
