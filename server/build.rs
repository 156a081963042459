// The migrations are embedded in the binary; rebuild when they change.
fn main() {
    println!("cargo:rerun-if-changed=../migrations");
}
