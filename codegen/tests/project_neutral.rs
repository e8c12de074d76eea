//! The generator is a library for any Swagger 2.0 spec: what it knows of this repository
//! (the Netatmo spec, the crates it generates into) is `xtask`'s, given to it as input. No
//! source file of `codegen`, or of the runtime crate generated code stands on
//! (`codegen/runtime`), names the project.

use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("codegen/src is readable") {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn no_source_file_names_the_project() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    // The runtime crate generated code stands on knows no API either.
    rust_files(&root.join("runtime/src"), &mut files);
    assert!(files.len() > 10, "found only {files:?}");
    let mut found = Vec::new();
    for file in &files {
        let relative = file.strip_prefix(root).expect("under the crate");
        let text = std::fs::read_to_string(file).expect("a source file is text");
        for (i, line) in text.lines().enumerate() {
            if line.to_ascii_lowercase().contains("netatmo") {
                found.push(format!("{}:{}: {}", relative.display(), i + 1, line.trim()));
            }
        }
    }
    assert!(
        found.is_empty(),
        "codegen must not know this repository's project; move it to xtask:\n{}",
        found.join("\n")
    );
}
