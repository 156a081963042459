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
