//! The shape of `server/src/services`, read from its source: which capability imports which
//! (`crate::services::x`, or `super::x` from a capability's own file). No two capabilities import
//! each other, directly or around a circle, and the dossier module builds only on the audit log,
//! the outbox and the calendar (docs/ARCHITECTURE.md, "The dossier module").

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn services_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src/services")
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

/// Capability → the capabilities it imports.
fn graph() -> BTreeMap<String, BTreeSet<String>> {
    let dir = services_dir();
    let mut capabilities = BTreeSet::new();
    for entry in std::fs::read_dir(&dir).expect("services").flatten() {
        let path = entry.path();
        let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or_default().to_owned();
        if stem != "mod" {
            capabilities.insert(stem);
        }
    }
    let mut graph = BTreeMap::new();
    for capability in &capabilities {
        let mut files = Vec::new();
        let own = dir.join(format!("{capability}.rs"));
        if own.exists() {
            files.push(own.clone());
        }
        if dir.join(capability).is_dir() {
            rust_files(&dir.join(capability), &mut files);
        }
        let mut uses = BTreeSet::new();
        for file in files {
            let text = std::fs::read_to_string(&file).expect("source");
            uses.extend(names_after(&text, "crate::services::"));
            if file == own {
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

#[test]
fn no_capability_imports_one_that_imports_it_back() {
    let graph = graph();
    assert!(graph.contains_key("filing") && graph["filing"].contains("dossier"), "the reading works: {graph:?}");
    // Depth-first from every capability: reaching it again is a circle.
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
fn the_dossier_module_builds_only_on_the_audit_log_the_outbox_and_the_calendar() {
    let graph = graph();
    let allowed: BTreeSet<String> = ["audit", "notify", "calendar"].map(str::to_owned).into();
    assert!(graph["dossier"].is_subset(&allowed), "dossier imports {:?}", graph["dossier"]);
}
