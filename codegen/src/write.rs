//! Write: generated files -> disk, touching only what changed; or check that disk is current.

use std::fs;
use std::io::{self, Write as _};
use std::path::{Path, PathBuf};

use crate::GeneratedFile;

/// What writing did to one file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    /// The file did not exist.
    Created,
    /// The file's content differed and was replaced.
    Updated,
    /// The file already had this content; it was not touched (its mtime is unchanged).
    Unchanged,
}

/// Writes `files` under `root`. Every file's new state is worked out before anything is
/// written; each changed file is written to a temporary file beside it and renamed into
/// place, so a reader never sees half a file.
pub fn write(root: &Path, files: &[GeneratedFile]) -> io::Result<Vec<(PathBuf, Change)>> {
    let mut plan = Vec::with_capacity(files.len());
    for file in files {
        let path = root.join(&file.path);
        let change = match fs::read(&path) {
            Ok(old) if old == file.contents.as_bytes() => Change::Unchanged,
            Ok(_) => Change::Updated,
            Err(e) if e.kind() == io::ErrorKind::NotFound => Change::Created,
            Err(e) => return Err(with_path(e, &path)),
        };
        plan.push((file, path, change));
    }
    for (file, path, change) in &plan {
        if *change != Change::Unchanged {
            replace(path, file.contents.as_bytes()).map_err(|e| with_path(e, path))?;
        }
    }
    Ok(plan
        .into_iter()
        .map(|(f, _, c)| (f.path.clone(), c))
        .collect())
}

fn replace(path: &Path, contents: &[u8]) -> io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    fs::create_dir_all(dir)?;
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("file");
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut f = fs::File::create(&tmp)?;
        f.write_all(contents)?;
        f.sync_all()?;
        fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
}

fn with_path(e: io::Error, path: &Path) -> io::Error {
    io::Error::new(e.kind(), format!("{}: {e}", path.display()))
}

/// A file on disk that differs from what the generator produces now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stale {
    /// Path relative to the root.
    pub path: PathBuf,
    /// A unified diff from the file on disk to the generated content (empty for a missing file).
    pub diff: String,
}

/// Compares `files` with what is under `root`, changing nothing.
pub fn check(root: &Path, files: &[GeneratedFile]) -> io::Result<Vec<Stale>> {
    let mut stale = Vec::new();
    for file in files {
        let path = root.join(&file.path);
        let old = match fs::read_to_string(&path) {
            Ok(old) => old,
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                stale.push(Stale {
                    path: file.path.clone(),
                    diff: String::new(),
                });
                continue;
            }
            Err(e) => return Err(with_path(e, &path)),
        };
        if old != file.contents {
            let name = file.path.display().to_string();
            let diff = similar::TextDiff::from_lines(&old, &file.contents)
                .unified_diff()
                .context_radius(3)
                .header(&format!("{name} (on disk)"), &format!("{name} (generated)"))
                .to_string();
            stale.push(Stale {
                path: file.path.clone(),
                diff,
            });
        }
    }
    Ok(stale)
}
