//! The `portal` binary: sub-commands, and configuration errors that stop it before it binds.

use std::process::Command;

fn portal() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_portal"));
    for key in ["DATABASE_URL", "PORTAL_CONFIG", "PORTAL_LISTEN", "PORTAL_STORAGE", "LOG_FORMAT", "RUST_LOG"] {
        cmd.env_remove(key);
    }
    cmd
}

#[test]
fn help_lists_the_sub_commands() {
    let out = portal().arg("--help").output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success());
    for sub in ["serve", "migrate", "seed", "admin", "worker"] {
        assert!(text.contains(sub), "{text}");
    }
}

#[test]
fn bad_configuration_stops_with_one_line_naming_the_key() {
    let dir = tempfile::tempdir().unwrap();
    for (key, value) in [("PORTAL_LISTEN", "not-an-address"), ("PORTAL_STORAGE", "tape"), ("LOG_FORMAT", "yaml")] {
        let out = portal().arg("serve").env("PORTAL_DATA_DIR", dir.path()).env(key, value).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{key}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(stderr.trim().lines().count(), 1, "{stderr}");
        assert!(stderr.starts_with(&format!("configuration error: {key}: ")), "{stderr}");
    }
    assert!(!dir.path().join("portal.sqlite").exists(), "nothing was touched");
}

#[test]
fn toml_file_is_read_and_environment_wins() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("portal.toml");
    std::fs::write(&file, "LOG_FORMAT = \"xml\"\n").unwrap();
    let out = portal().arg("migrate").env("PORTAL_CONFIG", &file).env("PORTAL_DATA_DIR", dir.path()).output().unwrap();
    assert!(
        String::from_utf8_lossy(&out.stderr).starts_with("configuration error: LOG_FORMAT"),
        "the file's value is checked"
    );
    let out = portal()
        .arg("migrate")
        .env("PORTAL_CONFIG", &file)
        .env("LOG_FORMAT", "json")
        .env("PORTAL_DATA_DIR", dir.path())
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(dir.path().join("portal.sqlite").exists());
}

#[test]
fn the_catalog_is_imported_from_the_command_line_with_a_dry_run_first() {
    let dir = tempfile::tempdir().unwrap();
    let demo = concat!(env!("CARGO_MANIFEST_DIR"), "/src/seed/demo_catalog.json");
    let import = |args: &[&str]| {
        let out = portal().args(["catalog", "import"]).args(args).env("PORTAL_DATA_DIR", dir.path()).output().unwrap();
        (
            out.status.success(),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    let demo_file: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(demo).unwrap()).unwrap();
    let n = demo_file["procedures"].as_array().unwrap().len();
    let (ok, out, err) = import(&[demo, "--dry-run"]);
    assert!(ok, "{err}");
    assert!(out.contains(&format!("Thủ tục mới: {n};")) && out.contains("Chưa thay đổi gì"), "{out}");
    let export = portal().args(["catalog", "export"]).env("PORTAL_DATA_DIR", dir.path()).output().unwrap();
    let exported: serde_json::Value = serde_json::from_slice(&export.stdout).unwrap();
    assert_eq!(exported["procedures"].as_array().unwrap().len(), 0, "the dry run wrote nothing");

    let (ok, out, _) = import(&[demo]);
    assert!(ok && out.contains(&format!("Thủ tục mới: {n};")) && out.contains("Đã nhập."), "{out}");
    let (ok, out, _) = import(&[demo]);
    assert!(ok && out.contains(&format!("giữ nguyên: {n};")), "twice is once: {out}");

    // The same catalog as a spreadsheet: exported by the file's name, imported back unchanged.
    for name in ["danh-muc.xlsx", "danh-muc.csv"] {
        let sheet = dir.path().join(name);
        let export =
            portal().args(["catalog", "export"]).arg(&sheet).env("PORTAL_DATA_DIR", dir.path()).output().unwrap();
        assert!(export.status.success(), "{}", String::from_utf8_lossy(&export.stderr));
        let (ok, out, err) = import(&[sheet.to_str().unwrap(), "--dry-run"]);
        assert!(ok && out.contains(&format!("giữ nguyên: {n};")), "{name}: {out}{err}");
    }

    // A file with a bad row: its problems by row, a failing exit, nothing written.
    let mut file: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(demo).unwrap()).unwrap();
    file["procedures"][3]["name"] = "".into();
    file["procedures"][3]["effective_from"] = "2030-01-01".into();
    let broken = dir.path().join("broken.json");
    std::fs::write(&broken, file.to_string()).unwrap();
    let (ok, out, _) = import(&[broken.to_str().unwrap()]);
    assert!(!ok);
    assert!(out.contains("dòng 4 (2.000815) name: Vui lòng nhập thông tin này."), "{out}");
    // Not JSON at all: where it broke.
    std::fs::write(&broken, "{\"procedures\": [}").unwrap();
    let (ok, _, err) = import(&[broken.to_str().unwrap()]);
    assert!(!ok && err.contains("line 1"), "{err}");
}
