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
    /// A generated file (it starts with the generated header) that the spec no longer
    /// produces, removed.
    Removed,
}

/// How the first line of every file the generator owns starts (see `crate::header`).
const OWNED_MARKERS: [&str; 2] = ["// @generated from ", "# @generated from "];

/// How the first line of every file of the runtime crate starts: its copy beside a
/// standalone pair is the generator's too (replaced when the runtime changes, removed when
/// the runtime drops a file), though not generated.
const RUNTIME_MARKERS: [&str; 2] = ["// codegen-runtime: ", "# codegen-runtime: "];

/// One planned change: the file, what happens to it, its old content (if any), its new
/// content (`None`: removed).
type Step<'a> = (PathBuf, Change, Option<Vec<u8>>, Option<&'a [u8]>);

/// Writes `files` under `root`, and removes generated files beside them that are no longer
/// produced. Only changed files are touched, each through a temporary file renamed into
/// place; if anything fails, what was already changed is put back, so the folder is as it
/// was before.
pub fn write(root: &Path, files: &[GeneratedFile]) -> io::Result<Vec<(PathBuf, Change)>> {
    write_observed(root, files, &mut |_| Ok(()))
}

/// [`write()`], calling `before_each` before each file is changed; an error it returns
/// aborts the write like any I/O error (tests use it to fail in the middle).
pub fn write_observed(
    root: &Path,
    files: &[GeneratedFile],
    before_each: &mut dyn FnMut(&Path) -> io::Result<()>,
) -> io::Result<Vec<(PathBuf, Change)>> {
    // Work out every change before making any.
    let mut plan: Vec<Step<'_>> = Vec::new();
    for file in files {
        let path = root.join(&file.path);
        let old = read_if_exists(&path)?;
        let change = match &old {
            Some(old) if old == file.contents.as_bytes() => Change::Unchanged,
            Some(old) if !starts_with_our_header(old) => {
                return Err(io::Error::new(
                    io::ErrorKind::AlreadyExists,
                    format!(
                        "{}: exists and was not generated (no generated header); refusing to overwrite it",
                        path.display()
                    ),
                ));
            }
            Some(_) => Change::Updated,
            None => Change::Created,
        };
        plan.push((
            file.path.clone(),
            change,
            old,
            Some(file.contents.as_bytes()),
        ));
    }
    for stale in stale_files(root, files)? {
        let old = read_if_exists(&root.join(&stale))?;
        plan.push((stale, Change::Removed, old, None));
    }

    let mut done: Vec<usize> = Vec::new();
    for (i, (relative, change, _, new)) in plan.iter().enumerate() {
        if *change == Change::Unchanged {
            continue;
        }
        let path = root.join(relative);
        let result = before_each(&path).and_then(|()| match new {
            Some(contents) => replace(&path, contents),
            None => fs::remove_file(&path),
        });
        if let Err(e) = result {
            let e = with_path(e, &path);
            return Err(match roll_back(root, &plan, &done) {
                Ok(()) => e,
                Err(undo) => io::Error::new(
                    e.kind(),
                    format!("{e}; putting back what was written failed too: {undo}"),
                ),
            });
        }
        done.push(i);
    }
    Ok(plan
        .into_iter()
        .map(|(path, change, _, _)| (path, change))
        .collect())
}

/// Puts back the files changed so far, newest first. Every file is tried; the first
/// failure is reported.
fn roll_back(root: &Path, plan: &[Step<'_>], done: &[usize]) -> io::Result<()> {
    let mut first_error = Ok(());
    for &i in done.iter().rev() {
        let (relative, _, old, _) = &plan[i];
        let path = root.join(relative);
        let result = match old {
            Some(old) => replace(&path, old),
            None => fs::remove_file(&path),
        };
        if let Err(e) = result
            && first_error.is_ok()
        {
            first_error = Err(with_path(e, &path));
        }
    }
    first_error
}

fn read_if_exists(path: &Path) -> io::Result<Option<Vec<u8>>> {
    match fs::read(path) {
        Ok(bytes) => Ok(Some(bytes)),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(with_path(e, path)),
    }
}

/// Generated files that `files` does not include, in the folders `files` go to and their
/// subfolders (build output and hidden folders aside). A file counts as generated when its
/// first line is this generator's header: other tools' generated files are left alone.
fn stale_files(root: &Path, files: &[GeneratedFile]) -> io::Result<Vec<PathBuf>> {
    // Only folders below the output root: the root itself holds the user's other files.
    let mut folders: Vec<PathBuf> = files
        .iter()
        .filter_map(|f| f.path.parent().map(Path::to_path_buf))
        .filter(|folder| !folder.as_os_str().is_empty())
        .collect();
    folders.sort();
    folders.dedup();
    // A folder inside another is scanned with it.
    let tops: Vec<PathBuf> = folders
        .iter()
        .filter(|f| !folders.iter().any(|o| o != *f && f.starts_with(o)))
        .cloned()
        .collect();
    let mut stale = Vec::new();
    let mut pending: Vec<(PathBuf, usize)> = tops.into_iter().map(|f| (f, 0)).collect();
    while let Some((folder, depth)) = pending.pop() {
        let entries = match fs::read_dir(root.join(&folder)) {
            Ok(entries) => entries,
            Err(e) if e.kind() == io::ErrorKind::NotFound => continue,
            Err(e) => return Err(with_path(e, &root.join(&folder))),
        };
        for entry in entries {
            let entry = entry?;
            let name = entry.file_name();
            let relative = folder.join(&name);
            let kind = entry.file_type()?;
            if kind.is_dir() {
                let skip =
                    name.to_string_lossy().starts_with('.') || name == "target" || depth >= 8;
                if !skip {
                    pending.push((relative, depth + 1));
                }
            } else if kind.is_file()
                && !files.iter().any(|f| f.path == relative)
                && is_ours(&root.join(&relative))?
            {
                stale.push(relative);
            }
        }
    }
    stale.sort();
    Ok(stale)
}

/// Whether the file starts with this generator's header line.
fn is_ours(path: &Path) -> io::Result<bool> {
    let mut head = vec![0u8; 8192];
    let n = fs::File::open(path).and_then(|mut f| io::Read::read(&mut f, &mut head))?;
    Ok(starts_with_our_header(&head[..n]))
}

fn starts_with_our_header(contents: &[u8]) -> bool {
    let first = contents.split(|b| *b == b'\n').next().unwrap_or_default();
    let first = String::from_utf8_lossy(first);
    (OWNED_MARKERS.iter().any(|m| first.starts_with(m)) && first.contains(" by codegen. "))
        || RUNTIME_MARKERS.iter().any(|m| first.starts_with(m))
}

/// Writes one file atomically: a temporary file beside it, renamed into place.
///
/// # Errors
/// Any I/O error, with the path.
pub fn write_file(path: &Path, contents: &[u8]) -> io::Result<()> {
    replace(path, contents).map_err(|e| with_path(e, path))
}

fn replace(path: &Path, contents: &[u8]) -> io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    fs::create_dir_all(dir)?;
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("file");
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let permissions = fs::metadata(path).ok().map(|m| m.permissions());
    let result = (|| {
        let mut f = fs::File::create(&tmp)?;
        f.write_all(contents)?;
        f.sync_all()?;
        if let Some(permissions) = permissions {
            fs::set_permissions(&tmp, permissions)?;
        }
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
    for path in stale_files(root, files)? {
        stale.push(Stale {
            diff: format!("{} is generated but no longer produced\n", path.display()),
            path,
        });
    }
    Ok(stale)
}
