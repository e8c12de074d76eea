// codegen-runtime: a copy of this crate goes, unchanged, with every standalone generated pair.
//! [`Upload`], a file sent as a part of a `multipart/form-data` body, and the encoding of
//! such bodies (RFC 7578).

use std::fmt;

/// A file to upload (a `type: file` parameter): its bytes, with the file name and media type
/// the server is told. Without them, the part is named after the parameter and sent as
/// `application/octet-stream`.
///
/// ```
/// use codegen_runtime::Upload;
///
/// let photo = Upload::new(vec![0xff, 0xd8, 0xff])
///     .file_name("photo.jpg")
///     .content_type("image/jpeg");
/// assert_eq!(photo.len(), 3);
/// ```
#[derive(Clone, PartialEq, Eq)]
pub struct Upload {
    bytes: Vec<u8>,
    file_name: Option<String>,
    content_type: Option<String>,
}

impl Upload {
    /// A file of these bytes.
    pub fn new(bytes: impl Into<Vec<u8>>) -> Self {
        Upload {
            bytes: bytes.into(),
            file_name: None,
            content_type: None,
        }
    }

    /// The file name the server is told (`filename` in the part's `Content-Disposition`).
    pub fn file_name(mut self, name: impl Into<String>) -> Self {
        self.file_name = Some(name.into());
        self
    }

    /// The media type of the bytes (`image/jpeg`); default `application/octet-stream`.
    pub fn content_type(mut self, media_type: impl Into<String>) -> Self {
        self.content_type = Some(media_type.into());
        self
    }

    /// The bytes.
    pub fn bytes(&self) -> &[u8] {
        &self.bytes
    }

    /// How many bytes.
    pub fn len(&self) -> usize {
        self.bytes.len()
    }

    /// Whether there are no bytes.
    pub fn is_empty(&self) -> bool {
        self.bytes.is_empty()
    }
}

impl From<Vec<u8>> for Upload {
    fn from(bytes: Vec<u8>) -> Self {
        Upload::new(bytes)
    }
}

impl From<&[u8]> for Upload {
    fn from(bytes: &[u8]) -> Self {
        Upload::new(bytes)
    }
}

/// Shows the name, type and size, not the contents (which may be large or private).
impl fmt::Debug for Upload {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Upload")
            .field("file_name", &self.file_name)
            .field("content_type", &self.content_type)
            .field("len", &self.bytes.len())
            .finish()
    }
}

/// The value of one part of a multipart body.
#[derive(Debug, Clone)]
pub(super) enum Part {
    /// A form field.
    Text(String),
    /// A file.
    File(Upload),
}

/// Encodes `parts` as a `multipart/form-data` body: its content type (with the boundary)
/// and bytes. The boundary is derived from the contents and checked not to occur in them,
/// so the same request always encodes the same way.
pub(super) fn encode(parts: &[(String, Part)]) -> (String, Vec<u8>) {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for (name, part) in parts {
        for byte in name.as_bytes().iter().chain(contents(part)) {
            hash ^= u64::from(*byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    let boundary = boundary(hash, parts);
    let mut body = Vec::new();
    for (name, part) in parts {
        body.extend_from_slice(format!("--{boundary}\r\n").as_bytes());
        let disposition = format!("Content-Disposition: form-data; name=\"{}\"", quoted(name));
        body.extend_from_slice(disposition.as_bytes());
        match part {
            Part::Text(text) => {
                body.extend_from_slice(b"\r\n\r\n");
                body.extend_from_slice(text.as_bytes());
            }
            Part::File(upload) => {
                let file_name = upload.file_name.as_deref().unwrap_or(name);
                let content_type = upload
                    .content_type
                    .as_deref()
                    .unwrap_or("application/octet-stream");
                body.extend_from_slice(
                    format!(
                        "; filename=\"{}\"\r\nContent-Type: {}\r\n\r\n",
                        quoted(file_name),
                        content_type.replace(['\r', '\n'], " ")
                    )
                    .as_bytes(),
                );
                body.extend_from_slice(&upload.bytes);
            }
        }
        body.extend_from_slice(b"\r\n");
    }
    body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
    (format!("multipart/form-data; boundary={boundary}"), body)
}

/// The first boundary made from `hash` that occurs in no part.
fn boundary(hash: u64, parts: &[(String, Part)]) -> String {
    let mut attempt = 0u32;
    loop {
        let candidate = format!("------------------------{hash:016x}{attempt:x}");
        let clashes = parts.iter().any(|(name, part)| {
            contains(contents(part), candidate.as_bytes()) || name.contains(&candidate)
        });
        if !clashes {
            return candidate;
        }
        attempt += 1;
    }
}

fn contents(part: &Part) -> &[u8] {
    match part {
        Part::Text(text) => text.as_bytes(),
        Part::File(upload) => &upload.bytes,
    }
}

/// A name or file name inside `"..."` of a `Content-Disposition`: quotes and line breaks
/// percent-encoded, as browsers do (RFC 7578, section 4.2).
fn quoted(text: &str) -> String {
    text.replace('"', "%22")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack
        .windows(needle.len())
        .any(|window| window == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_and_files_become_parts() {
        let parts = vec![
            ("title".to_owned(), Part::Text("Front \"door\"".to_owned())),
            (
                "photo".to_owned(),
                Part::File(
                    Upload::new(&b"\xff\xd8 jpeg"[..])
                        .file_name("door\n.jpg")
                        .content_type("image/jpeg"),
                ),
            ),
            ("raw".to_owned(), Part::File(Upload::new(vec![1, 2]))),
        ];
        let (content_type, body) = encode(&parts);
        let boundary = content_type
            .strip_prefix("multipart/form-data; boundary=")
            .expect("the boundary is in the content type");
        let mut expected = Vec::new();
        expected.extend_from_slice(
            format!(
                "--{boundary}\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nFront \"door\"\r\n\
                 --{boundary}\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"door%0A.jpg\"\r\nContent-Type: image/jpeg\r\n\r\n"
            )
            .as_bytes(),
        );
        expected.extend_from_slice(b"\xff\xd8 jpeg");
        expected.extend_from_slice(
            format!(
                "\r\n--{boundary}\r\nContent-Disposition: form-data; name=\"raw\"; filename=\"raw\"\r\nContent-Type: application/octet-stream\r\n\r\n"
            )
            .as_bytes(),
        );
        expected.extend_from_slice(&[1, 2]);
        expected.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
        assert_eq!(body, expected);
        // Same request, same bytes: a retry sends exactly what the first attempt did.
        assert_eq!(encode(&parts).1, body);
    }

    #[test]
    fn the_boundary_never_occurs_in_a_part() {
        let first = boundary(7, &[]);
        let parts = [(
            "f".to_owned(),
            Part::File(Upload::new(format!("..{first}..").into_bytes())),
        )];
        let chosen = boundary(7, &parts);
        assert_ne!(chosen, first);
        assert!(!contains(contents(&parts[0].1), chosen.as_bytes()));
    }

    #[test]
    fn debug_shows_the_size_not_the_bytes() {
        let upload = Upload::new(b"private".to_vec()).file_name("a.txt");
        let debug = format!("{upload:?}");
        assert!(
            debug.contains("a.txt") && debug.contains("len: 7"),
            "{debug}"
        );
        assert!(!debug.contains("112"), "{debug}");
    }
}
