//! The shape of the code, read from its source: which module imports which (`crate::…::x`, or
//! `super::x` from a module's own file). No two modules import each other, directly or around a
//! circle: among the capabilities of `server/src/services`, among the top-level modules of `app`
//! and among its pages, its API modules and its components. The dossier module builds only on
//! the audit log, the outbox and the calendar, and `server` never reaches into `app::pages`
//! (docs/ARCHITECTURE.md, "The dossier module" and "The two crates of the UI").

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn services_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src/services")
}

fn app_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../app/src")
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("a readable folder").flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The names that follow `prefix` in `text` (comments left out).
fn names_after(text: &str, prefix: &str) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    for line in text.lines().map(|l| l.split("//").next().unwrap_or_default()) {
        for (at, _) in line.match_indices(prefix) {
            let before = line[..at].chars().last();
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':') {
                continue;
            }
            let name: String =
                line[at + prefix.len()..].chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
            found.insert(name);
        }
    }
    found
}

/// Module → the sibling modules it imports, for the modules in `dir`, whose path in the crate
/// is `path` (`crate::services::`).
fn graph_of(dir: &Path, path: &str) -> BTreeMap<String, BTreeSet<String>> {
    let mut capabilities = BTreeSet::new();
    for entry in std::fs::read_dir(dir).expect("a module folder").flatten() {
        let path = entry.path();
        let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or_default().to_owned();
        if !["mod", "lib", "main"].contains(&stem.as_str()) {
            capabilities.insert(stem);
        }
    }
    let mut graph = BTreeMap::new();
    for capability in &capabilities {
        let mut files = Vec::new();
        let own = dir.join(format!("{capability}.rs"));
        let top = path == "crate::";
        if own.exists() {
            files.push(own.clone());
        }
        if dir.join(capability).is_dir() {
            rust_files(&dir.join(capability), &mut files);
        }
        let mut uses = BTreeSet::new();
        for file in files {
            let text = std::fs::read_to_string(&file).expect("source");
            uses.extend(names_after(&text, path));
            if top {
                // At the crate's top, `super::` names the module's own parent: nothing to read.
            } else if file == own || file.ends_with(format!("{capability}/mod.rs")) {
                uses.extend(names_after(&text, "super::"));
            } else {
                uses.extend(names_after(&text, "super::super::"));
            }
        }
        uses.retain(|u| u != capability && capabilities.contains(u));
        graph.insert(capability.clone(), uses);
    }
    graph
}

fn graph() -> BTreeMap<String, BTreeSet<String>> {
    graph_of(&services_dir(), "crate::services::")
}

/// Depth-first from every module: reaching it again is a circle.
fn assert_no_circle(graph: &BTreeMap<String, BTreeSet<String>>) {
    for start in graph.keys() {
        let mut stack: Vec<Vec<String>> = vec![vec![start.clone()]];
        while let Some(path) = stack.pop() {
            let last = path.last().expect("a path");
            for next in &graph[last] {
                assert!(next != start, "import circle: {} → {next}", path.join(" → "));
                if !path.contains(next) {
                    let mut longer = path.clone();
                    longer.push(next.clone());
                    stack.push(longer);
                }
            }
        }
    }
}

#[test]
fn no_capability_imports_one_that_imports_it_back() {
    let graph = graph();
    assert!(graph.contains_key("filing") && graph["filing"].contains("dossier"), "the reading works: {graph:?}");
    assert_no_circle(&graph);
}

#[test]
fn no_module_of_the_app_imports_one_that_imports_it_back() {
    let app = app_dir();
    let top = graph_of(&app, "crate::");
    assert!(top["pages"].contains("api") && top["pages"].contains("request"), "the reading works: {top:?}");
    assert_no_circle(&top);
    // Pages show what the API modules give them; the API modules know nothing of pages.
    assert!(!top["api"].contains("pages") && !top["api"].contains("components"), "api imports {:?}", top["api"]);
    for (folder, path) in [("pages", "crate::pages::"), ("api", "crate::api::"), ("components", "crate::components::")]
    {
        let graph = graph_of(&app.join(folder), path);
        assert!(graph.len() > 2, "the reading of {folder} works: {graph:?}");
        assert_no_circle(&graph);
    }
}

#[test]
fn the_server_never_reaches_into_the_pages() {
    let mut files = Vec::new();
    rust_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut files);
    for file in files {
        let text = std::fs::read_to_string(&file).expect("source");
        let code: String = text.lines().map(|l| l.split("//").next().unwrap_or_default()).collect();
        assert!(!code.contains("app::pages"), "{} imports app::pages", file.display());
    }
}

#[test]
fn the_dossier_module_builds_only_on_the_audit_log_the_outbox_and_the_calendar() {
    let graph = graph();
    let allowed: BTreeSet<String> = ["audit", "notify", "calendar"].map(str::to_owned).into();
    assert!(graph["dossier"].is_subset(&allowed), "dossier imports {:?}", graph["dossier"]);
}
