//! Compiles the message catalogues (`locales/<tag>/<slice>.ftl`) into Rust, so the app looks
//! text up by a typed id and needs no parser at run time (see `src/i18n/mod.rs` and the README's
//! "Languages").
//!
//! `locales/en/` is the source. The ids of `shell.ftl` (what every first load shows) become the
//! variants of `i18n::Msg` (messages without placeholders) and `i18n::Fmt` (messages with them);
//! every other file is a slice, a module `i18n::<slice>` with its own `Msg` and `Fmt`. A message
//! the UI names but English lacks does not compile. Every other language must have the same files
//! with exactly the same ids and placeholders; otherwise the build stops and lists each difference
//! (the host test `tests/catalogues.rs` reports the same). There is no fallback: a language with a
//! hole in it is not built.
//!
//! Writes, in `OUT_DIR`:
//! - `catalogues.rs`, included by `src/i18n/mod.rs`: `Lang`, the shell's `Msg`, `Fmt` and one
//!   `Catalogue` static per language, `Slice`, and one module per slice with one `Table` static
//!   per language and its lookups;
//! - `language_parts.rs`, included by `src/ui/i18n.rs`: the split points, one per language other
//!   than English for its shell (`lang_<tag>`) and one per slice (`text_<slice>_<tag>`), so each
//!   is its own lazily loaded part of the module;
//! - `styles.rs`, included by `src/ui/styles.rs`: each tool's own style sheet
//!   (`style/<tool>.css`, see [`TOOL_STYLES`]) as its rules, without comments.

#[path = "src/i18n/ftl.rs"]
#[allow(dead_code)]
mod ftl;

use std::fmt::Write as _;
use std::path::Path;

const SOURCE: &str = "en";

/// The slice of every catalogue that is in every first load: its ids are `i18n::Msg` and
/// `i18n::Fmt`. Every other file `locales/<tag>/<slice>.ftl` is a module `i18n::<slice>`.
const SHELL: &str = "shell";

/// The file of each language that is not a slice: what boot.js shows by itself, before the app
/// runs or outside it, kept in index.html's boot-text table (tests/catalogues.rs checks it).
const BOOT: &str = "boot";

/// Slices whose English comes in two parts, each with the id of its first late message (in the
/// English file's order): the slice's module keeps only the messages before it in its English
/// table (`EN`, the rest empty), so only they are in the part that looks them up; the whole table
/// (`english_whole`) is installed by the part that shows the rest (`i18n::install`). The
/// checklist shows its first phase before the rest of its text is needed.
const LATE_ENGLISH: &[(&str, &str)] = &[("repair", "phase-ownership")];

/// One language: its tag and its catalogue slices by name, the shell first.
type Language = (String, Vec<(String, ftl::Catalogue)>);

fn main() {
    // Read when the script runs, not when it is compiled: two checkouts sharing one target
    // directory share this script's binary, and a baked-in path would read the other's files.
    let root = std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_else(|| ".".into());
    write_styles(Path::new(&root));
    let dir = Path::new(&root).join("locales");
    println!("cargo::rerun-if-changed=locales");
    println!("cargo::rerun-if-changed=src/i18n/ftl.rs");

    let mut problems = Vec::new();
    let mut languages: Vec<Language> = Vec::new();
    for tag_dir in sorted_entries(&dir).into_iter().filter(|p| p.is_dir()) {
        println!("cargo::rerun-if-changed={}", tag_dir.display());
        let tag = tag_dir.file_name().unwrap().to_string_lossy().into_owned();
        let mut slices = Vec::new();
        for path in sorted_entries(&tag_dir)
            .into_iter()
            .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
        {
            println!("cargo::rerun-if-changed={}", path.display());
            let slice = path.file_stem().unwrap().to_string_lossy().into_owned();
            // boot.js's own text (index.html's boot-text table): the app never shows it.
            if slice == BOOT {
                continue;
            }
            if !is_slice_name(&slice) {
                problems.push(format!(
                    "locales/{tag}/{slice}.ftl: a slice's name is lower-case letters and '_'"
                ));
                continue;
            }
            let text = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("locales/{tag}/{slice}.ftl: {e}"));
            match ftl::parse(&text) {
                Ok(catalogue) => slices.push((slice, catalogue)),
                Err(errors) => {
                    for e in errors {
                        problems.push(format!("locales/{tag}/{slice}.ftl {e}"));
                    }
                }
            }
        }
        slices.sort_by_key(|(name, _)| (name != SHELL, name.clone()));
        languages.push((tag, slices));
    }
    let Some(source_at) = languages.iter().position(|(tag, _)| tag == SOURCE) else {
        fail(
            &problems,
            "locales/en/, the source catalogue, is missing or unreadable",
        );
    };
    let source = languages.remove(source_at);
    languages.insert(0, source);
    let source = &languages[0].1;
    if source.first().is_none_or(|(name, _)| name != SHELL) {
        fail(&problems, "locales/en/shell.ftl is missing");
    }
    for (tag, slices) in &languages[1..] {
        for (name, catalogue) in source {
            match slices.iter().find(|(n, _)| n == name) {
                Some((_, theirs)) => {
                    for difference in ftl::compare(catalogue, theirs) {
                        problems.push(format!("locales/{tag}/{name}.ftl: {difference}"));
                    }
                }
                None => problems.push(format!("locales/{tag}/{name}.ftl is missing")),
            }
        }
        for (name, _) in slices {
            if !source.iter().any(|(n, _)| n == name) {
                problems.push(format!(
                    "locales/{tag}/{name}.ftl: English has no such file"
                ));
            }
        }
    }
    for (tag, slices) in &languages {
        let shell = slices.iter().find(|(n, _)| n == SHELL);
        if shell.is_none_or(|(_, c)| c.get("language-name").is_none()) {
            problems.push(format!(
                "locales/{tag}/shell.ftl: 'language-name' (the language's name in itself) is missing"
            ));
        }
    }
    if !problems.is_empty() {
        fail(&problems, "the catalogues do not match");
    }

    let out = Path::new(&std::env::var("OUT_DIR").unwrap()).to_path_buf();
    std::fs::write(out.join("catalogues.rs"), catalogues(&languages)).unwrap();
    std::fs::write(out.join("language_parts.rs"), parts(&languages)).unwrap();
}

fn sorted_entries(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("a readable directory entry").path())
        .collect();
    entries.sort();
    entries
}

fn is_slice_name(name: &str) -> bool {
    name.chars().next().is_some_and(|c| c.is_ascii_lowercase())
        && name.chars().all(|c| c.is_ascii_lowercase() || c == '_')
}

/// A language's slice by name (every language has every slice: checked above).
fn slice<'a>(language: &'a Language, name: &str) -> &'a ftl::Catalogue {
    &language.1.iter().find(|(n, _)| n == name).unwrap().1
}

/// The split point of a language's slice: `lang_<tag>` for the shell, else `text_<slice>_<tag>`.
fn part_name(tag: &str, slice: &str) -> String {
    let tag = tag.to_ascii_lowercase().replace('-', "_");
    if slice == SHELL {
        format!("lang_{tag}")
    } else {
        format!("text_{slice}_{tag}")
    }
}

fn fail(problems: &[String], summary: &str) -> ! {
    let mut text = format!("{summary}:\n");
    for p in problems {
        let _ = writeln!(text, "  {p}");
    }
    panic!("{text}");
}

fn rust_name(tag: &str) -> String {
    ftl::variant_name(&tag.to_ascii_lowercase())
}

fn static_name(tag: &str) -> String {
    tag.to_ascii_uppercase().replace('-', "_")
}

fn catalogues(languages: &[Language]) -> String {
    let source = slice(&languages[0], SHELL);
    let (formatted, plain) = partition(source);
    let mut s = String::from("// Generated by build.rs from locales/*/*.ftl. Do not edit.\n\n");

    s += "/// A language Mend is written in: one for each folder in `locales/`.\n";
    s += "#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]\npub enum Lang {\n";
    for language in languages {
        let name = &slice(language, SHELL).get("language-name").unwrap().text;
        let _ = writeln!(
            s,
            "    /// {name} (`{}`).\n    {},",
            language.0,
            rust_name(&language.0)
        );
    }
    s += "}\n\nimpl Lang {\n";
    s += "    /// Every language, the source (English) first.\n";
    let _ = writeln!(
        s,
        "    pub const ALL: [Lang; {}] = [{}];",
        languages.len(),
        languages
            .iter()
            .map(|(t, _)| format!("Lang::{}", rust_name(t)))
            .collect::<Vec<_>>()
            .join(", ")
    );
    s += "    /// The BCP 47 tag, for `<html lang>` and storage.\n";
    s += "    pub fn tag(self) -> &'static str {\n        match self {\n";
    for (tag, _) in languages {
        let _ = writeln!(s, "            Lang::{} => {tag:?},", rust_name(tag));
    }
    s += "        }\n    }\n";
    s += "    /// The language's name in itself (\"Español\"), for the language switch.\n";
    s += "    pub fn own_name(self) -> &'static str {\n        match self {\n";
    for language in languages {
        let name = &slice(language, SHELL).get("language-name").unwrap().text;
        let _ = writeln!(
            s,
            "            Lang::{} => {name:?},",
            rust_name(&language.0)
        );
    }
    s += "        }\n    }\n}\n\n";

    id_enums(&mut s, "", &plain, &formatted);

    for language in languages {
        let catalogue = slice(language, SHELL);
        let _ = writeln!(
            s,
            "/// The `{tag}` catalogue's shell (`locales/{tag}/shell.ftl`).\npub static {}: Catalogue = Catalogue {{\n    lang: Lang::{},\n    plain: &[{}],\n    formatted: &[{}],\n}};\n",
            static_name(&language.0),
            rust_name(&language.0),
            literals(catalogue, &plain),
            literals(catalogue, &formatted),
            tag = language.0,
        );
    }
    let _ = writeln!(
        s,
        "/// Every language's shell catalogue, for the host tests. The app never calls this: it would put\n/// every language into the main module.\npub fn all_catalogues() -> [&'static Catalogue; {}] {{\n    [{}]\n}}\n",
        languages.len(),
        languages
            .iter()
            .map(|(t, _)| format!("&{}", static_name(t)))
            .collect::<Vec<_>>()
            .join(", ")
    );

    let slices: Vec<&str> = languages[0].1[1..]
        .iter()
        .map(|(n, _)| n.as_str())
        .collect();
    s += "/// A slice of the catalogues beyond the shell: the text of one part of the app, in a module of\n";
    s += "/// its own (`i18n::<slice>`), so its English is in the part that uses it and each other\n";
    s += "/// language's is a part of its own (`text_<slice>_<tag>`).\n";
    s += "#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]\npub enum Slice {\n";
    for name in &slices {
        let _ = writeln!(
            s,
            "    /// `locales/<tag>/{name}.ftl`, module [`{name}`].\n    {},",
            ftl::variant_name(name)
        );
    }
    s += "}\n\nimpl Slice {\n    /// Every slice.\n";
    let _ = writeln!(
        s,
        "    pub const ALL: [Slice; {}] = [{}];",
        slices.len(),
        slices
            .iter()
            .map(|n| format!("Slice::{}", ftl::variant_name(n)))
            .collect::<Vec<_>>()
            .join(", ")
    );
    s += "    /// Its file name in `locales/<tag>/`, without `.ftl`.\n    pub fn name(self) -> &'static str {\n        match self {\n";
    for name in &slices {
        let _ = writeln!(
            s,
            "            Slice::{} => {name:?},",
            ftl::variant_name(name)
        );
    }
    s += "        }\n    }\n";
    s += "    /// The ids of its plain and formatted messages, in table order (for the host tests).\n";
    s += "    pub fn ids(self) -> (&'static [&'static str], &'static [&'static str]) {\n        match self {\n";
    for name in &slices {
        let (formatted, plain) = partition(slice(&languages[0], name));
        let ids = |m: &[&ftl::Message]| {
            m.iter()
                .map(|m| format!("{:?}", m.id))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let _ = writeln!(
            s,
            "            Slice::{} => (&[{}], &[{}]),",
            ftl::variant_name(name),
            ids(&plain),
            ids(&formatted)
        );
    }
    s += "        }\n    }\n}\n\n";

    for name in &slices {
        s += &slice_module(languages, name);
    }
    let _ = writeln!(
        s,
        "/// Every language's table of every slice, for the host tests.\npub fn all_tables() -> Vec<&'static Table> {{\n    vec![{}]\n}}",
        slices
            .iter()
            .flat_map(|n| languages.iter().map(move |(t, _)| {
                let whole = t == SOURCE && late_from(n).is_some();
                format!("&{n}::{}", if whole { "EN_WHOLE".to_owned() } else { static_name(t) })
            }))
            .collect::<Vec<_>>()
            .join(", ")
    );
    s
}

/// `catalogue`'s text of each of `messages` (the source's ids, in order), written as the items of
/// a Rust `&[&str]`: a table's `plain` or `formatted` list.
fn literals(catalogue: &ftl::Catalogue, messages: &[&ftl::Message]) -> String {
    messages
        .iter()
        .map(|m| format!("{:?}", catalogue.get(&m.id).unwrap().text))
        .collect::<Vec<_>>()
        .join(", ")
}

/// [`literals`] with the text of every message in `late` (ids) left empty.
fn early_literals(
    catalogue: &ftl::Catalogue,
    messages: &[&ftl::Message],
    late: &[String],
) -> String {
    messages
        .iter()
        .map(|m| {
            if late.contains(&m.id) {
                "\"\"".to_owned()
            } else {
                format!("{:?}", catalogue.get(&m.id).unwrap().text)
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// The id of the first late English message of slice `name`, if it has any (see [`LATE_ENGLISH`]).
fn late_from(name: &str) -> Option<&'static str> {
    LATE_ENGLISH
        .iter()
        .find(|(slice, _)| *slice == name)
        .map(|(_, first)| *first)
}

/// The messages with placeholders, then those without, in file order.
fn partition(catalogue: &ftl::Catalogue) -> (Vec<&ftl::Message>, Vec<&ftl::Message>) {
    catalogue
        .messages
        .iter()
        .partition(|m| !m.placeholders.is_empty())
}

/// `Msg` and `Fmt` with their ids; `indent` for code inside a module.
fn id_enums(s: &mut String, indent: &str, plain: &[&ftl::Message], formatted: &[&ftl::Message]) {
    for (kind, doc, messages) in [
        (
            "Msg",
            "A message without placeholders, by its id in the English file.",
            plain,
        ),
        (
            "Fmt",
            "A message with placeholders, by its id in the English file.",
            formatted,
        ),
    ] {
        let _ = writeln!(
            s,
            "{indent}/// {doc}\n{indent}#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]\n{indent}pub enum {kind} {{"
        );
        for m in messages.iter() {
            let first = m.text.lines().next().unwrap_or_default();
            let _ = writeln!(
                s,
                "{indent}    /// `{}`: {}\n{indent}    {},",
                m.id,
                first,
                ftl::variant_name(&m.id)
            );
        }
        let _ = writeln!(s, "{indent}}}\n\n{indent}impl {kind} {{");
        let _ = writeln!(
            s,
            "{indent}    /// Every message of this kind, in catalogue order.\n{indent}    pub const ALL: [{kind}; {}] = [{}];",
            messages.len(),
            messages
                .iter()
                .map(|m| format!("{kind}::{}", ftl::variant_name(&m.id)))
                .collect::<Vec<_>>()
                .join(", ")
        );
        if messages.is_empty() {
            let _ = writeln!(s, "{indent}}}\n");
            continue;
        }
        let _ = writeln!(s, "{indent}    /// The id in the catalogue files.\n{indent}    pub fn id(self) -> &'static str {{\n{indent}        match self {{");
        for m in messages.iter() {
            let _ = writeln!(
                s,
                "{indent}            {kind}::{} => {:?},",
                ftl::variant_name(&m.id),
                m.id
            );
        }
        let _ = writeln!(s, "{indent}        }}\n{indent}    }}");
        if kind == "Fmt" {
            let _ = writeln!(s, "{indent}    /// The placeholders' names, as in the source catalogue.\n{indent}    pub fn placeholders(self) -> &'static [&'static str] {{\n{indent}        match self {{");
            for m in messages.iter() {
                let _ = writeln!(
                    s,
                    "{indent}            Fmt::{} => &{:?},",
                    ftl::variant_name(&m.id),
                    m.placeholders
                );
            }
            let _ = writeln!(s, "{indent}        }}\n{indent}    }}");
        }
        let _ = writeln!(s, "{indent}}}\n");
    }
}

/// `pub mod <slice>`: its ids, one table per language and the lookups in the language on screen.
fn slice_module(languages: &[Language], name: &str) -> String {
    let variant = ftl::variant_name(name);
    let (formatted, plain) = partition(slice(&languages[0], name));
    let mut s = format!(
        "/// The text of `locales/<tag>/{name}.ftl`, looked up in the language on screen.\npub mod {name} {{\n    use super::{{Lang, Slice, Table}};\n\n"
    );
    id_enums(&mut s, "    ", &plain, &formatted);
    let late = late_from(name).map(|first| {
        let at = slice(&languages[0], name)
            .messages
            .iter()
            .position(|m| m.id == first)
            .unwrap_or_else(|| panic!("LATE_ENGLISH: {name}.ftl has no message '{first}'"));
        slice(&languages[0], name).messages[at..]
            .iter()
            .map(|m| m.id.clone())
            .collect::<Vec<_>>()
    });
    for language in languages {
        let catalogue = slice(language, name);
        let english_early = language.0 == SOURCE && late.is_some();
        let _ = writeln!(
            s,
            "    /// `locales/{tag}/{name}.ftl`{}.\n    pub static {}: Table = Table::new(Slice::{variant}, Lang::{}, &[{}], &[{}]);\n",
            if english_early { ", its early messages (the late ones empty)" } else { "" },
            static_name(&language.0),
            rust_name(&language.0),
            if english_early { early_literals(catalogue, &plain, late.as_deref().unwrap_or_default()) } else { literals(catalogue, &plain) },
            if english_early { early_literals(catalogue, &formatted, late.as_deref().unwrap_or_default()) } else { literals(catalogue, &formatted) },
            tag = language.0,
        );
    }
    if late.is_some() {
        let catalogue = slice(&languages[0], name);
        let _ = writeln!(
            s,
            "    /// `locales/{SOURCE}/{name}.ftl`, every message.\n    pub static EN_WHOLE: Table = Table::new(Slice::{variant}, Lang::{}, &[{}], &[{}]);\n",
            rust_name(SOURCE),
            literals(catalogue, &plain),
            literals(catalogue, &formatted),
        );
        s += "    /// The whole English table, for the part that shows the late messages to install\n    /// (`i18n::install`) before it shows them: referenced from there only, so its text is in that part.\n    pub fn english_whole() -> &'static Table {\n        &EN_WHOLE\n    }\n\n";
        let _ = writeln!(
            s,
            "    /// The table in the language on screen. In a split build, English has only the early\n    /// messages until the part that shows the rest installs the whole table.\n    #[cfg(feature = \"split\")]\n    fn table() -> &'static Table {{\n        super::table_for_late(Slice::{variant}, &{})\n    }}\n\n    /// The table in the language on screen (whole in English: nothing is split).\n    #[cfg(not(feature = \"split\"))]\n    fn table() -> &'static Table {{\n        super::table_for(Slice::{variant}, &EN_WHOLE)\n    }}\n",
            static_name(SOURCE)
        );
    } else {
        let _ = writeln!(
            s,
            "    /// The table in the language on screen: English here, so it is in the part that looks it\n    /// up; any other language from its own part, which `ui::i18n` loads before it is shown.\n    fn table() -> &'static Table {{\n        super::table_for(Slice::{variant}, &{})\n    }}\n",
            static_name(SOURCE)
        );
    }
    if !plain.is_empty() {
        s += "    /// A plain message in the language on screen.\n    pub fn t(msg: Msg) -> &'static str {\n        table().text(msg as usize)\n    }\n";
    }
    if !formatted.is_empty() {
        s += "\n    /// A message with its placeholders filled by name, in the language on screen.\n";
        s += "    pub fn f(msg: Fmt, args: &[(&str, &str)]) -> String {\n        debug_assert!(\n            msg.placeholders().iter().all(|n| args.iter().any(|(a, _)| a == n)),\n            \"{}: every placeholder needs a value\",\n            msg.id()\n        );\n        table().format(msg as usize, args)\n    }\n";
        s += "\n    /// The text before and after the one placeholder of `msg`, for markup around it.\n";
        s += "    pub fn around(msg: Fmt) -> (&'static str, &'static str) {\n        table().around(msg as usize)\n    }\n";
    }
    if late.is_some() {
        // A late message looked up before its part installed the whole table is empty: reported.
        let check =
            format!("super::present(table().pattern(msg as usize), Slice::{variant});\n        ");
        s = s
            .replace(
                "table().text(msg as usize)",
                &format!("super::present(table().text(msg as usize), Slice::{variant})"),
            )
            .replace("table().format(", &format!("{check}table().format("))
            .replace("table().around(", &format!("{check}table().around("));
    }
    s += "}\n\n";
    s
}

fn parts(languages: &[Language]) -> String {
    let mut s = String::from("// Generated by build.rs from locales/*/*.ftl. Do not edit.\n\n");
    s += "/// The shell catalogue of `lang`: English is in the main module, every other language in its\n";
    s += "/// own part (`lang_<tag>`, listed in build/parts.json), fetched the first time it is needed.\n";
    s += "pub async fn load_catalogue(lang: Lang) -> Result<&'static Catalogue, SplitLoaderError> {\n";
    s += "    match lang {\n";
    for (i, (tag, _)) in languages.iter().enumerate() {
        let variant = rust_name(tag);
        if i == 0 {
            let _ = writeln!(
                s,
                "        Lang::{variant} => Ok(&crate::i18n::{}),",
                static_name(tag)
            );
            continue;
        }
        let _ = writeln!(
            s,
            "        Lang::{variant} => {},",
            split_call(
                &part_name(tag, SHELL),
                "Catalogue",
                &format!("crate::i18n::{}", static_name(tag))
            )
        );
    }
    s += "    }\n}\n\n";
    s += "/// The table of `slice` in `lang`, from the slice's own part (`text_<slice>_<tag>`, listed in\n";
    s += "/// build/parts.json); `None` for English, whose text is in the part that looks it up.\n";
    s += "pub async fn load_table(lang: Lang, slice: Slice) -> Result<Option<&'static Table>, SplitLoaderError> {\n";
    s += "    let table = match (lang, slice) {\n";
    let _ = writeln!(
        s,
        "        (Lang::{}, _) => return Ok(None),",
        rust_name(SOURCE)
    );
    for (tag, slices) in &languages[1..] {
        for (name, _) in &slices[1..] {
            let _ = writeln!(
                s,
                "        (Lang::{}, Slice::{}) => {},",
                rust_name(tag),
                ftl::variant_name(name),
                split_call(
                    &part_name(tag, name),
                    "Table",
                    &format!("crate::i18n::{name}::{}", static_name(tag))
                )
            );
        }
    }
    s += "    };\n    table.map(Some)\n}\n";
    s
}

/// A block that fetches the part `part` (with the `split` feature) and returns `&path`.
fn split_call(part: &str, ty: &str, path: &str) -> String {
    format!("crate::part::from_part!({part}, () -> &'static {ty} {{ &{path} }})")
}

/// The style sheets only some screens use: each comes with the part of the module that draws
/// what it styles (`ui::styles`), not in every first load's `main.css`.
const TOOL_STYLES: &[&str] = &["assessment", "charts", "repair", "sharing"];

/// Writes `styles.rs`: for each of [`TOOL_STYLES`] a constant `<NAME>` holding its top-level rules
/// (an `@media` block is one rule), one per line, minified by [`css_rules`]. One string, not a
/// list: a list's table of addresses costs the part more than the line breaks.
fn write_styles(root: &Path) {
    let mut out = String::from("// Written by build.rs from style/<tool>.css.\n");
    for name in TOOL_STYLES {
        let path = root.join("style").join(format!("{name}.css"));
        println!("cargo::rerun-if-changed={}", path.display());
        let text =
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let rules = css_rules(&text).unwrap_or_else(|e| panic!("style/{name}.css: {e}"));
        let _ = writeln!(
            out,
            "/// The rules of `style/{name}.css`, one per line.\npub const {}: &str = {:?};",
            name.to_ascii_uppercase(),
            rules.join("\n")
        );
    }
    let dir = std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR");
    std::fs::write(Path::new(&dir).join("styles.rs"), out).expect("write styles.rs");
}

/// The top-level rules of a style sheet, minified: no comments, no space that means nothing (at a
/// brace, a semicolon or a comma, after a declaration's colon), no semicolon before a closing
/// brace. Fails on a comment or a brace left open, or a brace closed too often. Enough for Mend's
/// own sheets, which have no strings and no nesting but `@media`.
fn css_rules(text: &str) -> Result<Vec<String>, String> {
    let mut plain = String::new();
    let mut rest = text;
    while let Some(at) = rest.find("/*") {
        plain.push_str(&rest[..at]);
        let end = rest[at..].find("*/").ok_or("a comment is never closed")?;
        rest = &rest[at + end + 2..];
    }
    plain.push_str(rest);
    let chars: Vec<char> = plain
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .collect();
    let (mut rules, mut rule) = (Vec::new(), String::new());
    // For each open block, whether it holds declarations (a style rule's) or rules (`@media`'s);
    // and where the current prelude or declaration began in `rule`.
    let (mut blocks, mut segment): (Vec<bool>, usize) = (Vec::new(), 0);
    for (i, &c) in chars.iter().enumerate() {
        let prev = rule.chars().last();
        if c == ' ' {
            let next = chars.get(i + 1).copied();
            let at_edge = |x: Option<char>| matches!(x, None | Some('{' | '}' | ';' | ','));
            let declaring = blocks.last() == Some(&true);
            if at_edge(prev) || at_edge(next) || (declaring && prev == Some(':')) {
                continue;
            }
        }
        match c {
            '{' => {
                blocks.push(!rule[segment..].trim_start().starts_with('@'));
                rule.push(c);
            }
            '}' => {
                if prev == Some(';') {
                    rule.pop();
                }
                rule.push(c);
                blocks.pop().ok_or("a '}' closes nothing")?;
                if blocks.is_empty() {
                    rules.push(std::mem::take(&mut rule));
                }
            }
            _ => rule.push(c),
        }
        if matches!(c, '{' | '}' | ';') {
            segment = rule.len();
        }
    }
    if !blocks.is_empty() || !rule.trim().is_empty() {
        return Err("a rule is never closed".into());
    }
    Ok(rules)
}
