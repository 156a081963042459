//! Every setting the server reads (`PORTAL_…` in `server/src/config*`) is documented in
//! `.env.example`, which is where an operator learns what can be set.

use std::path::Path;

#[test]
fn every_setting_the_server_reads_is_in_env_example() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let example = std::fs::read_to_string(root.join("../.env.example")).expect(".env.example");
    let mut sources = vec![root.join("src/config.rs")];
    for entry in std::fs::read_dir(root.join("src/config")).expect("config folder").flatten() {
        sources.push(entry.path());
    }
    let mut keys = std::collections::BTreeSet::new();
    for source in sources {
        let text = std::fs::read_to_string(&source).expect("source");
        for (at, _) in text.match_indices("\"PORTAL_") {
            let key: String = text[at + 1..].chars().take_while(|c| c.is_ascii_uppercase() || *c == '_').collect();
            keys.insert(key);
        }
    }
    assert!(keys.len() > 20 && keys.contains("PORTAL_BASE_URL"), "the reading works: {keys:?}");
    let missing: Vec<&String> = keys.iter().filter(|k| !example.contains(k.as_str())).collect();
    assert!(missing.is_empty(), "settings missing from .env.example: {missing:?}");
}
